"""A picture's alt text over the item's date line: a regional broadcaster's list copied from the
browser prints, per item, the picture's description, then the category with the date and time
('Verkehr 11.08.2026 07:52 Uhr', 'Energy 10.08.2026 09:05'), then the headline and its teaser
(3301's kind; altlines.py reads the alt line right over the headline, the date under it). A
headline-like line alone (no text of its own), right over a date line that stands right over a
headline with text under it, three times or more on a page: the picture's, page furniture
(reported), no item of one line. A word or two before the date there is the item's category (its
label, as a 'Category | Agency' line's is)."""
from __future__ import annotations

import re

from ..lines import Line

_LEAST = 3


def mark(ls: list[Line]) -> int:
    """Mark such alt lines as furniture, in place, when the page has three or more; how many."""
    found = [(alt, date, head) for alt, date, head, text in zip(ls, ls[1:], ls[2:], ls[3:])
             if alt.kind == head.kind == "head" and date.kind == "date" and date.dates and text.kind == "prose"
             and not (alt.marker or head.marker) and alt.gap > 0 and not alt.text.isupper()]
    if len(found) < _LEAST:
        return 0
    for alt, date, head in found:
        alt.kind = "furn"
        label = date.text[:date.dates[0].start].strip()   # ('Verkehr 11.08.2026 07:52 Uhr': the item's category,
        if label and not head.labels and _CATEGORY.match(label):   # kept on its headline: the date line
            head.labels = [label]                                  # stands above the item's first line)
    return len(found)


# a category of one or two words before the date ('Verkehr', 'Local news'), no digits or marks
_CATEGORY = re.compile(r"^[^\W\d_][^\W\d_'’-]*(?:[ -][^\W\d_]+)?$")
