"""A company's name on a line of its own right over each report's title, as a stock exchange's or a
regulator's list of company announcements prints it ('PGE POLSKA GRUPA ENERGETYCZNA SA' / title,
'Siemens Energy AG', 'EQUINOR ASA', 'Nokia Oyj', 'Vodafone Group Plc', 'Grupo Bimbo, S.A.B. de
C.V.'): the name ends in a company's legal form. The issuer publishes the report, the list only
gathers them: the line is the item's outlet line (read as any outlet line over its headline), not
a headline or a kicker. Read so where two items or more are headed that way. Cost: per line, the
kinds of it and the next two lines; only on a line right over a headline over text, its length and
last character, then one regex at the line's end."""
from __future__ import annotations

import re

from ..lines import Line

# legal forms closing a company's name, in the languages of the markets (not words a headline ends on)
_FORM = (r"S\.?A\.?|S\.?A\.?B\.? de C\.?V\.?|S\.?p\.?A\.?|S\.?A\.?S\.?|AG|SE|KGaA|N\.?V\.?|B\.?V\.?|ASA|AB(?: \(publ\))?|"
         r"Oyj|A/S|ApS|PLC|Plc|plc|Ltd\.?|Limited|Inc\.?|Corp\.?|Corporation|GmbH|Ltda\.?|S/A|Tbk|Bhd|Berhad|"
         r"PJSC|JSC|Nyrt\.?|d\.d\.|a\.s\.|SGPS|Aktiengesellschaft|Aktiebolag|Aktieselskab|Aksjeselskap|Osakeyhtiö")
_FORM_END = re.compile(r"(?:^|[ ,])(?:" + _FORM + r")$")
# the words of the name: capitalised, numbers or joined marks ('ALLEGRO.EU', 'H&M', '3M'), and the particles between them
_WORD = re.compile(r"[A-ZÀ-Ý0-9][\w&.'’-]*,?|&|de|del|der|des|du|di|do|da|of|and|the|und|für|et|y|e|i")
_LEAST = 2


def issuer(l: Line) -> bool:
    """The line is a company's name with its legal form, nothing else."""
    t = l.text
    if len(t) > 60 or not (t[-1:].isalpha() or t[-1:] in ".)") or l.dates or l.marker:
        return False
    m = _FORM_END.search(t)
    ws = t[:m.start()].split() if m else []
    return 1 <= len(ws) <= 6 and ws[0][:1].isalnum() and all(_WORD.fullmatch(w) for w in ws)


def mark(ls: list[Line]) -> None:
    """Issuer lines right over a headline that has text under it become outlet lines in place."""
    found = [i for i, l in enumerate(ls[:-2]) if l.kind in ("head", "prose") and not l.section and ls[i + 1].kind == "head"
             and not ls[i + 1].gap and ls[i + 2].kind == "prose" and issuer(l) and not issuer(ls[i + 1])]
    if len(found) < _LEAST:
        return
    for i in found:
        ls[i].kind, ls[i].outlet = "outlet", ls[i].text
