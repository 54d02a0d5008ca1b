"""A press office's clipping line above each headline: the paper, the page it printed the story on
and its section, set off by bars ('EL PAÍS | Pág. 22 | Economía', 'HANDELSBLATT | S. 11 | Politik',
'Le Monde | p. 8 | International'). The paper is the item's outlet; the line is no headline. Two
such lines or more on the page (one alone may be a headline with a bar). (The section is not kept:
a line's labels go to the item the line is in, and an outlet line above its item is in the one
before; itemoutlets.above gives each item the outlet line over it.)"""
from __future__ import annotations

import re

from ..lines import Line
from ..outlets import Outlets, spelled

_CLIPPING = re.compile(r"(?i)^(?P<name>[^|·\d][^|·]{1,50}?)\s*[|·]\s*(?:p[áa]g(?:ina)?|p|pp|s|seite|page|pag|blz)\.?\s*\d{1,4}"
                       r"(?:\s*[|·]\s*(?P<section>[^|·\d][^|·]{1,40}?))?\s*$")
_LEAST = 2
_SMALL = frozenset("de del la las los el y da das do dos di della du des le les et von der den und van het of the and".split())


def mark(ls: list[Line], outlets: Outlets) -> int:
    """Mark the clipping lines as outlet lines, in place; how many there were."""
    found = [(l, m) for l in ls if l.kind in ("head", "prose") and ("|" in l.text or "·" in l.text)
             for m in [_CLIPPING.match(l.text)] if m]
    if len(found) < _LEAST:
        return 0
    for l, m in found:
        name = m["name"].strip()
        l.kind, l.outlet = "outlet", _uncapped(spelled(name) if outlets.is_outlet(name) else name)
    return len(found)


def _uncapped(name: str) -> str:
    """An unlisted paper's name the page shouts ('LA VOZ DEL CINCA') as it is written ('La Voz del Cinca')."""
    if not name.isupper():
        return name
    words = name.lower().split()
    return " ".join(w if k and w in _SMALL else "-".join(p[:1].upper() + p[1:] for p in w.split("-")) for k, w in enumerate(words))
