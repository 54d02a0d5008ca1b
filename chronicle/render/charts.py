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
