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
    found = [alt for i, (alt, head) in enumerate(zip(ls, ls[1:]))
             if alt.kind == head.kind == "head" and not (alt.marker or head.marker)
             and alt.no + 1 == head.no and alt.gap > 0 and not alt.text.isupper()
             and 3 <= words(alt.text) < words(head.text) and _dated_below(ls, i + 2)]
    if len(found) < _LEAST:
        return 0
    for l in found:
        l.kind = "furn"
    return len(found)


def _dated_below(ls: list[Line], i: int) -> bool:
    """The headline's date line right under it, or under its teaser and outlet line (a card:
    headline, teaser, 'Riverina branch', '13 April 2026'), with no blank line between."""
    for l in ls[i:i + 3]:
        if l.gap or l.marker:
            return False
        if l.dates and l.kind in ("date", "outlet"):
            return True
        if l.kind not in ("prose", "furn", "head", "outlet") or l.kind == "head" and l is not ls[i + 1 if i + 1 < len(ls) else i]:
            return False
    return False
