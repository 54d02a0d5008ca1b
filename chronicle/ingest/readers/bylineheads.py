"""A long sentence-case headline over its byline ('Early voting on the ballot issues begins in two
weeks, but county boards say they still lack envelopes' / 'By A Name, Associated Press'): a
headline of 18 words or more with a comma reads as prose by its shape, and the item merged with
the one above it. A line with no sentence end, right over a byline that is itself followed by
text or a date line, is the item's headline when the page prints at least one other headline
over a byline the same way (one such line alone could be a teaser's unfinished sentence)."""
from __future__ import annotations

from ..lines import BYLINE, Line

_ENDS = ".!?…:;\"”’»)"


def _over_byline(ls: list[Line], i: int) -> bool:
    l = ls[i]
    if l.marker or not l.text or l.text[-1] in _ENDS or len(l.text) > 250 or i + 2 >= len(ls):
        return False
    by, after = ls[i + 1], ls[i + 2]
    return by.gap == 0 and bool(BYLINE.match(by.text)) and after.kind in ("prose", "date")


def mark(ls: list[Line]) -> None:
    found = [i for i, l in enumerate(ls) if l.kind in ("prose", "head") and _over_byline(ls, i)]
    if len(found) >= 2:
        for i in found:
            if ls[i].kind == "prose":
                ls[i].kind = "head"
