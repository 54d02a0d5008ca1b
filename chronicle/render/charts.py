"""Inline SVG bar charts made at build time (no chart library in the browser).

Only numbers and escaped labels go into the SVG, so it is safe to mark as Markup.
"""
from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class Bar:
    label: str          # tooltip, e.g. "May 2025: 12 articles"
    value: int
    href: str | None    # relative link, or None
    tick: str = ""      # axis label under the bar, often empty


# A run of empty months longer than this is one narrow "no articles" bar: the chart follows the
# archive's real span, so dates 0001-01-01 and 9999-12-31 make 3 bars, not 120,000.
MAX_EMPTY_RUN = 12
GAP_TICK = "…"


def month_bars(first: tuple[int, int], last: tuple[int, int], counts: dict[tuple[int, int], int], href) -> list[Bar]:
    """One bar per month from `first` to `last` inclusive, zero months included, but each run of
    more than MAX_EMPTY_RUN empty months shown as one gap bar."""
    bars: list[Bar] = []
    start, stop = _index(first), _index(last) + 1
    busy = sorted(i for i in map(_index, (m for m, n in counts.items() if n)) if start <= i < stop)
    cur = start
    for i in busy + [stop]:
        if i - cur > MAX_EMPTY_RUN:
            bars.append(Bar(f"{_name(cur)} – {_name(i - 1)}: no articles", 0, None, GAP_TICK))
        else:
            bars += [_bar(j, 0, href, j == start) for j in range(cur, i)]
        if i < stop:   # a busy month; the first after a gap names its year
            bars.append(_bar(i, counts[i // 12, i % 12 + 1], href, i == start or bars[-1:] != [] and bars[-1].tick == GAP_TICK))
        cur = i + 1
    return bars


def _index(ym: tuple[int, int]) -> int:
    return ym[0] * 12 + ym[1] - 1


def _name(i: int) -> str:
    return f"{MONTH_ABBR[i % 12]} {i // 12}"


def _bar(i: int, n: int, href, first: bool) -> Bar:
    year, month = i // 12, i % 12 + 1
    label = f"{MONTH_ABBR[month - 1]} {year}: {n} article{'s' if n != 1 else ''}"
    tick = str(year) if month == 1 or first else ""
    return Bar(label, n, href(year, month) if n else None, tick)


def bar_chart(bars: list[Bar], title: str, height: int = 120, target_width: int = 640) -> Markup:
    if not bars:
        return Markup("")
    # few months get wide bars, many months thin ones (scrolling sideways past ~6 years)
    bar_width = max(6, min(36, target_width // len(bars) - 2))
    gap = 2 if bar_width < 12 else 4
    top = max(b.value for b in bars) or 1
    plot_h = height - 18
    width = len(bars) * (bar_width + gap) + gap
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
        f'<line class="axis" x1="0" y1="{plot_h + 0.5}" x2="{width}" y2="{plot_h + 0.5}"/>',
    ]
    for i, bar in enumerate(bars):
        x = gap + i * (bar_width + gap)
        h = round(plot_h * bar.value / top, 1) if bar.value else 0
        rect = (f'<rect class="bar" x="{x}" y="{round(plot_h - h, 1)}" width="{bar_width}" height="{h}">'
                f"<title>{escape(bar.label)}</title></rect>")
        # a transparent full-height target makes thin bars easy to hover and click
        hit = f'<rect class="hit" x="{x}" y="0" width="{bar_width}" height="{plot_h}"><title>{escape(bar.label)}</title></rect>'
        if bar.href:
            parts.append(f'<a href="{escape(bar.href)}" aria-label="{escape(bar.label)}">{hit}{rect}</a>')
        else:
            parts.append(hit + rect)
        if bar.tick:
            parts.append(f'<text class="tick" x="{x}" y="{height - 4}">{escape(bar.tick)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


# The charts of issue 15: readable at 375 px, every value visible without a pointer.
# Text is drawn at its CSS size (12 px and up): the SVG has no viewBox that would scale it down
# on a phone (a 640-unit viewBox at 343 px draws 12-unit text at 6.4 px) or up on a desktop.
# Its width is 100% of the column and bars are placed in percent; rows of twelve months keep each
# month at least 24 px wide down to a 320 px screen, whatever the archive's span.
ROW_H = 120            # one year: its label, values, bars (BAR_H) and month names
BAR_H = 56
MAX_ROWS = 10          # years drawn; the table under the chart has them all
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
    base = y0 + 40 + BAR_H            # the bars' baseline, under the year's name and the top value
    parts = [f'<text class="year" x="0" y="{y0 + 20}">{year}</text>',
             f'<line class="axis" x1="0" x2="100%" y1="{base + 0.5}" y2="{base + 0.5}"/>']
    for month in range(1, 13):
        x = (month - 1) * SLOT
        parts.append(f'<text class="tick" x="{x + SLOT / 2:.3f}%" y="{base + 16}">{MONTH_ABBR[month - 1]}</text>')
        if not first <= (year, month) <= last:
            continue                  # before the first article or after the last: no bar
        n = counts.get((year, month), 0)
        h = max(2, round(BAR_H * n / top)) if n else 0
        bar = f'<rect class="bar" x="{x + SLOT * .15:.3f}%" y="{base - h}" width="{SLOT * .7:.3f}%" height="{h}"/>'
        if not n:
            parts.append(bar)
            continue
        label = f"{MONTH_ABBR[month - 1]} {year}: {n} article{'s' if n != 1 else ''}"
        value = f'<text class="value" x="{x + SLOT / 2:.3f}%" y="{base - h - 4}">{n}</text>'
        # the link covers the month's whole column (at least 24 px wide from a 320 px screen)
        hit = f'<rect class="hit" x="{x:.3f}%" y="{y0 + 26}" width="{SLOT:.3f}%" height="{base - y0 - 26}"/>'
        parts.append(f'<a href="{escape(href(year, month))}" aria-label="{label}">{hit}{bar}{value}</a>')
    return "".join(parts)


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
    """A small trend line (no axis, no text: the numbers are its accessible name). Whole-number
    points and no size attributes (the stylesheet sizes it): a home page shows a dozen."""
    if not values:
        return Markup("")
    top = max(values) or 1
    points = " ".join(f"{i * 10},{22 - round(20 * v / top)}" for i, v in enumerate(values))
    return Markup(f'<svg class="spark" viewBox="0 0 {10 * (len(values) - 1) or 1} 24" preserveAspectRatio="none" role="img" '
                  f'aria-label="{escape(label)}"><polyline points="{points}"/></svg>')


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
