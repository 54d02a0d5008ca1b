"""A picture's alt text over each headline: a news site's list copied from the browser keeps, for
each item's picture, its description on the line right above the headline ('Rows of solar panels at
a mine site' / 'Platinum producer signs 20-year wheeling deal …' / '15th May 2025 By: Name' / text;
'Ein Windrad im Abendlicht' / headline / 'vor 3 Stunden'). Two headline-like lines one under the
other, the second with the item's date line (or its outlet's with a date) right under it, again and again: the second is the
headline, the first, shorter, the picture's: page furniture (reported), neither title nor text."""
from __future__ import annotations

from ..lines import Line, words

_LEAST = 3


def mark(ls: list[Line]) -> int:
    """Mark the alt lines as furniture, in place, when the page has three or more; how many."""
    found = [alt for alt, head, date in zip(ls, ls[1:], ls[2:])
             if alt.kind == head.kind == "head" and date.dates and date.kind in ("date", "outlet") and not (alt.marker or head.marker)
             and alt.no + 1 == head.no == date.no - 1 and alt.gap > 0 and not alt.text.isupper()
             and 3 <= words(alt.text) < words(head.text)]
    if len(found) < _LEAST:
        return 0
    for l in found:
        l.kind = "furn"
    return len(found)
