"""A list or a table an item's text introduces with a colon ('… set the following dates:' / '1.
Nominations …' / '2. The fee …'; '… as follows:' / '| Ward | District |' / rows): the item's own
text, no item of its own, however its lines look (numbered, bulleted, cells in '|'), as long as
no blank line stands between them."""
from __future__ import annotations

from ..lines import Line, words

_LEAST_WORDS = 5   # a sentence introducing the list, not a label ('Sources:')
_MOST_LINES = 40   # a list an item's text introduces is short: no walk up a page-long run of bullets


def introduced(ls: list[Line], i: int) -> bool:
    """Whether line i is a list item or a table row of a list introduced by a colon above it."""
    l = ls[i]
    if l.gap or not (l.marker or _row(l)):
        return False
    k = i - 1
    while k >= max(0, i - _MOST_LINES) and not ls[k + 1].gap and (ls[k].marker or _row(ls[k]) or ls[k].kind == "furn" and "|" in ls[k].text):
        k -= 1   # (up the list's items, the table's rows, its header and rule)
    return k >= max(0, i - _MOST_LINES) and not ls[k + 1].gap and ls[k].kind in ("prose", "head") and ls[k].text.rstrip().endswith(":") \
        and words(ls[k].text) >= _LEAST_WORDS


def _row(l: Line) -> bool:
    return l.text.count(" | ") >= 2


def mark(ls: list[Line]) -> int:
    """A headline-like line ending with a colon right over such a list or table is the item's text
    (prose), not a headline; how many were."""
    n = 0
    for i, l in enumerate(ls[:-1]):
        if l.kind == "head" and l.text.rstrip().endswith(":") and words(l.text) >= _LEAST_WORDS and introduced(ls, i + 1):
            l.kind, n = "prose", n + 1
    return n
