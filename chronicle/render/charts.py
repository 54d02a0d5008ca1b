"""Charts made at build time (no chart library in the browser): SVG bar charts, trend lines
and the data of the year x month heat map (partials/heatmap.html draws it).

Only numbers and escaped labels go into the SVG, so it is safe to mark as Markup.
"""
from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# Readable at 375 px, every value visible without a pointer (issue 15).
# Text is drawn at its CSS size (12 px and up): the SVG has no viewBox that would scale it down
# on a phone (a 640-unit viewBox at 343 px draws 12-unit text at 6.4 px) or up on a desktop.
# Its width is 100% of the column and bars are placed in percent; rows of twelve months keep each
# month at least 24 px wide down to a 320 px screen, whatever the archive's span.
ROW_H = 120            # one year: its label, values, bars (BAR_H) and month names
BAR_H = 56
MAX_ROWS = 4           # years drawn (480 px at most); the table under the chart has them all
SLOT = 100 / 12        # percent of the width per month


def year_chart(counts: dict[tuple[int, int], int], title: str, href) -> Markup:
    """Articles per month as one row of twelve bars per year (newest year on top), each value
    written above its bar, each busy month a link (`href(year, month)`); then a <details> table
    of the same numbers. `counts`: (year, month) -> articles; empty when nothing is dated."""
    busy = sorted(ym for ym, n in counts.items() if n)
    if not busy:
        return Markup("")
    years = sorted({y for y, _ in busy}, reverse=True)
    top = max(counts[ym] for ym in busy)
    drawn = years[:MAX_ROWS]
    total = sum(counts[ym] for ym in busy)
    peak = min(busy, key=lambda ym: (-counts[ym], ym))
    articles = f"{total} article{'s' if total != 1 else ''}"
    desc = ((f"{articles}, in {_long(peak)}." if len(busy) == 1 else
             f"{articles} from {_long(busy[0])} to {_long(busy[-1])}; the busiest month is {_long(peak)} with {counts[peak]}.")
            + (f" The chart shows the latest {MAX_ROWS} years." if len(years) > MAX_ROWS else "")
            + " The numbers are also in the table that follows.")
    parts = [f'<svg class="chart year-chart" width="100%" height="{ROW_H * len(drawn)}">'
             f'<title>{escape(title)}</title><desc>{escape(desc)}</desc>']
    for row, year in enumerate(drawn):
        parts.append(_year_row(row * ROW_H, year, counts, top, busy[0], busy[-1], href))
    parts.append("</svg>")
    return Markup("".join(parts)) + _table(years, counts, busy[0], busy[-1], title)


def _year_row(y0: int, year: int, counts, top: int, first, last, href) -> str:
    """A year's row. Every byte here is repeated on 200 topic pages and on every story's page
    (issue 13): the month names share one group, whose class they inherit their fill, size and
    anchor from; a month without articles has no bar (one of height 0 drew nothing), only its
    0 in the table; numbers carry no trailing zeros."""
    base = y0 + 40 + BAR_H            # the bars' baseline, under the year's name and the top value
    ticks = "".join(f'<text x="{_pct(m * SLOT + SLOT / 2)}%" y="{base + 16}">{name}</text>' for m, name in enumerate(MONTH_ABBR))
    parts = [f'<text class="year" x="0" y="{y0 + 20}">{year}</text>',
             f'<line class="axis" x1="0" x2="100%" y1="{base + 0.5}" y2="{base + 0.5}"/>', f'<g class="tick">{ticks}</g>']
    for month in range(1, 13):
        n = counts.get((year, month), 0)
        if not n or not first <= (year, month) <= last:
            continue
        x = (month - 1) * SLOT
        h = max(2, round(BAR_H * n / top))
        bar = f'<rect class="bar" x="{_pct(x + SLOT * .15)}%" y="{base - h}" width="{_pct(SLOT * .7)}%" height="{h}"/>'
        label = f"{MONTH_ABBR[month - 1]} {year}: {n} article{'s' if n != 1 else ''}"
        value = f'<text class="value" x="{_pct(x + SLOT / 2)}%" y="{base - h - 4}">{n}</text>'
        # the link covers the month's whole column (at least 24 px wide from a 320 px screen)
        hit = f'<rect class="hit" x="{_pct(x)}%" y="{y0 + 26}" width="{_pct(SLOT)}%" height="{base - y0 - 26}"/>'
        parts.append(f'<a href="{escape(href(year, month))}" aria-label="{label}">{hit}{bar}{value}</a>')
    return "".join(parts)


def _pct(value: float) -> str:
    """`value` to three decimals, without trailing zeros (50, not 50.000)."""
    return f"{value:.3f}".rstrip("0").rstrip(".")


def _table(years: list[int], counts, first, last, title: str) -> Markup:
    head = "".join(f'<th scope="col">{m}</th>' for m in MONTH_ABBR)
    rows = []
    for year in years:
        cells = "".join(f"<td>{counts.get((year, m), 0) if first <= (year, m) <= last else ''}</td>" for m in range(1, 13))
        rows.append(f'<tr><th scope="row">{year}</th>{cells}</tr>')
    return Markup(f'<details class="chart-data"><summary>The numbers</summary><table><caption>{escape(title)}</caption>'
                  f'<thead><tr><th scope="col">Year</th>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></details>')


def _long(ym: tuple[int, int]) -> str:
    return f"{MONTH_ABBR[ym[1] - 1]} {ym[0]}"


def sparkline(values: list[int], label: str) -> Markup:
    """A small trend line (no axis: the numbers are its accessible name, and the home page writes
    out its latest and busiest month, which two dots mark: `trend`). Whole-number points and no
    size attributes (the stylesheet sizes it): a home page shows a dozen. A dot is a zero-length
    stroke with round caps, so it stays round however the line is stretched."""
    if not values:
        return Markup("")
    top = max(values) or 1
    points = [(i * 10, 22 - round(20 * v / top)) for i, v in enumerate(values)]
    marked = dict.fromkeys([points[_peak(values)], points[-1]] if max(values) else [points[-1]])
    dots = "".join(f'<path class="dot" d="M{x},{y}h0"/>' for x, y in marked)
    return Markup(f'<svg class="spark" viewBox="0 0 {10 * (len(values) - 1) or 1} 24" preserveAspectRatio="none" role="img" '
                  f'aria-label="{escape(label)}"><polyline points="{" ".join(f"{x},{y}" for x, y in points)}"/>{dots}</svg>')


@dataclass(frozen=True)
class Trend:
    """A busy topic's trend line on the home page and the values written beside it (issue 15:
    readable without a pointer): its latest month's count and its busiest month's (the latest of
    them on a tie); months as 'Jun' (twelve months name each month once)."""
    line: Markup
    latest: int
    latest_month: str
    peak: int
    peak_month: str


def trend(values: list[int], last: tuple[int, int], label: str) -> Trend:
    """`values`: the counts of the months ending with `last`, oldest first."""
    end = last[0] * 12 + last[1] - 1   # months since year 0, January 0
    peak = _peak(values)
    return Trend(sparkline(values, label), values[-1], MONTH_ABBR[end % 12], values[peak],
                 MONTH_ABBR[(end - len(values) + 1 + peak) % 12])


def _peak(values: list[int]) -> int:
    return max(range(len(values)), key=lambda i: (values[i], i))


@dataclass(frozen=True)
class Cell:
    month: int
    count: int | None    # None: outside the archive's span
    href: str | None
    level: int           # 0 (none) to 4 (the busiest months)


def calendar(counts: dict[tuple[int, int], int], href) -> list[dict]:
    """The year x month heat map, newest year first, for partials/calendar.html: each year with
    its twelve cells; years without articles between two that have some are one gap entry
    (so dates 0001 and 9999 make three entries, not 10,000)."""
    busy = sorted(ym for ym, n in counts.items() if n)
    if not busy:
        return []
    top = max(counts[ym] for ym in busy)
    entries: list[dict] = []
    for year in sorted({y for y, _ in busy}, reverse=True):
        if entries and entries[-1]["year"] - year > 1:
            entries.append({"gap": (year + 1, entries[-1]["year"] - 1)})
        cells = []
        for m in range(1, 13):
            n = counts.get((year, m), 0) if busy[0] <= (year, m) <= busy[-1] else None
            cells.append(Cell(m, n, href(year, m) if n else None, -(-4 * n // top) if n else 0))
        entries.append({"year": year, "count": sum(c.count or 0 for c in cells), "cells": cells})
    return entries
