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


def month_bars(first: tuple[int, int], last: tuple[int, int], counts: dict[tuple[int, int], int], href) -> list[Bar]:
    """One bar per month from `first` to `last` inclusive, zero months included."""
    bars = []
    year, month = first
    while (year, month) <= last:
        n = counts.get((year, month), 0)
        label = f"{MONTH_ABBR[month - 1]} {year}: {n} article{'s' if n != 1 else ''}"
        tick = str(year) if month == 1 or (year, month) == first else ""
        bars.append(Bar(label, n, href(year, month) if n else None, tick))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return bars


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
