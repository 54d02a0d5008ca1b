"""A section page's closing line under each teaser naming the item's category and the agency that
supplied it ('Economy | Reuters', 'Politik | dpa', 'Économie | AFP', 'Economía | EFE'): the agency
is the item's outlet and the category its label, not a headline of a story of its own. Read so
where two items or more close that way, the line right under the teaser, the name a listed outlet
or an agency's joined capitals ('ANA-MPA', 'APA-OTS'); 'World | USA' (two labels) stays as it was."""
from __future__ import annotations

import re

from ..lines import Line, words
from ..outlets import Outlets

_JOINED = re.compile(r"^[A-Z]{2,6}[-/][A-Z]{2,6}$")   # an agency's joined initials


def _split(l: Line, outlets: Outlets) -> tuple[str, str] | None:
    """(category, outlet) of a closing 'Category | Outlet' line, else None."""
    text = l.text
    if "|" not in text or len(text) > 60 or text.count("|") != 1 or l.marker:
        return None
    left, right = (p.strip() for p in text.split("|"))
    if not left[:1].isupper() or not 1 <= words(left) <= 3 or not right:
        return None
    name = outlets.line(right) or (right if outlets.is_outlet(right) or _JOINED.match(right) else "")
    return (left, name) if name else None


def mark(ls: list[Line], outlets: Outlets) -> None:
    """Cost: one literal test ('|') per line; the split and the lookup on short lines holding one."""
    found = [(i, s) for i, l in enumerate(ls) if i and l.kind in ("head", "outlet") and "|" in l.text and not l.gap
             and ls[i - 1].kind == "prose" and (s := _split(l, outlets))]
    if len(found) < 2:
        return
    for i, (label, name) in found:
        if ls[i].kind == "head":   # (one already read as its outlet's line, 'Verkehr | dpa', counts too)
            ls[i].kind, ls[i].outlet, ls[i].labels = "outlet", name, [label]
