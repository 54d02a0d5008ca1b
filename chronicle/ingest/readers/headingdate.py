"""A page whose title names the day all its items are of ('Die Beschlüsse der 1069. Sitzung am
27. November 2026', 'Telediario, 2 de diciembre de 2026', 'Council meeting of December 1, 2026'):
a session's, a broadcast's or a meeting's items, none dated on its own. Read as the page's first
item (a heading over the page's intro), that heading's closing date is the page's date, which
items.Page gives every undated item as it gives a page's date line."""
from __future__ import annotations

from ..lines import Line, words

_MOST_WORDS = 14   # a title, not a sentence that ends on a date


def dated_title(page, ls: list[Line], groups: list) -> bool:
    """Set page.page_date from the first item's heading when it closes on a whole date and no other
    item prints a date of its own; whether it did."""
    if len(groups) < 3 or not groups[0].lines:
        return False
    head = groups[0].lines[0]
    found = [f for f in head.dates if f.year and f.kind != "relative"] if head.kind == "head" else []
    if not found or found[-1].end < len(head.text.rstrip(" .")) - 1 or words(head.text) > _MOST_WORDS:
        return False
    if any(l.dates for g in groups[1:] for l in _header(g.lines) if l.kind in ("date", "outlet", "head")):
        return False   # (the page's foot under the last item's text, 'Stand: 27.11.2026', is no item's date)
    day = found[-1].resolve(page.order)
    if day is None or page.ctx.captured and day > page.ctx.captured:
        return False   # (a day after the capture is an announced event's, no page's)
    page.page_date, page.page_basis = day, "stated"
    return True


def _header(lines: list[Line]) -> list[Line]:
    """An item's lines down to its text's first paragraph."""
    k = next((k for k, l in enumerate(lines) if l.kind == "prose"), len(lines))
    return lines[:k + 1]
