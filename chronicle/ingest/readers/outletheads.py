"""A press review by outlet: each outlet's name alone between blank lines ('Le Monde'), then its
headlines, each with its text, up to the next outlet's name. The name is the outlet of every item
under it, not only of the first (the readers take an outlet line for the item it stands over or
closes, and the second 'Le Monde' story had none). Only where two such names or more stand alone
and the first stands above the first item: a page whose outlet lines close their items opens
with an item, not a name."""
from __future__ import annotations

from ..lines import Line

_LEAST = 2


def running(ls: list[Line], starts: list[int]) -> dict[int, str]:
    """Item start index -> the outlet named alone above it ('' for none); {} on any other page."""
    heads = [i for i, l in enumerate(ls) if l.kind == "outlet" and l.outlet and not l.dates and l.gap
             and i + 1 < len(ls) and ls[i + 1].gap and ls[i + 1].kind in ("head", "prose")]
    if len(heads) < _LEAST or not starts or heads[0] > min(starts):
        return {}
    out, k = {}, -1
    for s in sorted(starts):
        while k + 1 < len(heads) and heads[k + 1] < s:
            k += 1
        out[s] = ls[heads[k]].outlet if k >= 0 else ""
    return out
