"""An item's categories as bullets closing its meta lines: a news page's card prints its headline,
teaser, outlet and date, then its categories as a row of bullets ('• Pay  • Media release',
'• Klima', '· Santé  · Hôpitaux'), and a blank line before the next card. Those bullets are the
item's labels (kept as its tags), not a list of items of their own: each read as an item of one
line before (eight on one union's news page). Short ones only (four words at most, no sentence),
right under a date or outlet line and followed by a blank line or the page's end, on two cards or
more: a list that follows a date in a text runs on into more text or is longer."""
from __future__ import annotations

from ..lines import Line, sentence_like, words

_LEAST = 2
_META = ("date", "time", "outlet")


def _run(ls: list[Line], i: int) -> int:
    """The end (exclusive) of the bullet lines from i that could be labels, or i."""
    j = i
    while j < len(ls) and ls[j].marker and not ls[j].marker[0].isdigit() and words(ls[j].text) <= 4 \
            and len(ls[j].text) <= 40 and not sentence_like(ls[j].text) and (j == i or ls[j].gap == 0):
        j += 1
    return j


def mark(ls: list[Line]) -> int:
    """Mark such bullets as labels lines, in place, when two cards or more have them; how many."""
    runs = []
    for i in range(1, len(ls)):
        above, l = ls[i - 1], ls[i]
        if not l.marker or l.gap or above.kind not in _META or above.marker or l.no - above.no > 1:
            continue
        end = _run(ls, i)
        if end > i and (end == len(ls) or ls[end].gap > 0):
            runs.append((i, end))
    if len(runs) < _LEAST:
        return 0
    for i, end in runs:
        for l in ls[i:end]:
            l.kind, l.labels, l.section = "labels", [l.text], False
    return sum(end - i for i, end in runs)
