"""A picture's alt text over the item's date line: a regional broadcaster's list copied from the
browser prints, per item, the picture's description, then the category with the date and time
('Verkehr 11.08.2026 07:52 Uhr', 'Energy 10.08.2026 09:05'), then the headline and its teaser
(3301's kind; altlines.py reads the alt line right over the headline, the date under it). A
headline-like line alone (no text of its own), right over a date line that stands right over a
headline with text under it, three times or more on a page: the picture's, page furniture
(reported), no item of one line."""
from __future__ import annotations

from ..lines import Line

_LEAST = 3


def mark(ls: list[Line]) -> int:
    """Mark such alt lines as furniture, in place, when the page has three or more; how many."""
    found = [alt for alt, date, head, text in zip(ls, ls[1:], ls[2:], ls[3:])
             if alt.kind == head.kind == "head" and date.kind == "date" and date.dates and text.kind == "prose"
             and not (alt.marker or head.marker) and alt.gap > 0 and not alt.text.isupper()]
    if len(found) < _LEAST:
        return 0
    for l in found:
        l.kind = "furn"
    return len(found)
