"""Section labels in capitals right above each headline ('ESTERI' / 'Ucraina, intesa …' / text;
'WIRTSCHAFT', 'SPORT'), as teletext pages and some section fronts print them: three times or
more on a page, each over a headline with its text under it. Such a label is the item's own
label (a tag), not its headline (which the headline-over-dek reading made it) nor a heading over
several items."""
from __future__ import annotations

from ..lines import Line, words

_LEAST = 3


def mark(ls: list[Line]) -> int:
    """Mark the labels in place: the label line is meta, its label (in sentence case) the
    headline's, so it goes with the item below it; how many there were."""
    found = [(l, head) for l, head, text in zip(ls, ls[1:], ls[2:])
             if l.kind == "head" and l.text.isupper() and words(l.text) <= 3 and not l.marker
             and head.kind == "head" and head.no == l.no + 1 and not head.text.isupper() and text.kind == "prose"]
    if len(found) < _LEAST:
        return 0
    for l, head in found:
        l.kind, l.labels, head.labels = "labels", [], [l.text.strip().capitalize()]
    return len(found)
