"""A press review that quotes the papers ('Presseschau', 'revue de presse', 'rassegna stampa'): a
line naming a paper and its verb of saying, ending with a colon, over the quoted passage
('Die „Süddeutsche Zeitung" kommentiert den Koalitionsvertrag:' / '„Union und SPD …"'). The line
is the item's outlet line (its outlet the paper), not a section heading over a quote that became
an item of its own. Two such lines or more on the page; the paper a listed outlet, or named in
quotation marks."""
from __future__ import annotations

import re

from ..lines import Line
from ..outlets import Outlets, canonical

_VERBS = (r"kommentiert|schreibt|meint|urteilt|stellt fest|bemerkt|befasst sich|beschäftigt sich|blickt|sieht|fragt|notiert|"
          r"writes|says|comments|argues|notes|warns|asks|"
          r"écrit|estime|juge|commente|titre|note|souligne|s['’]interroge|"
          r"escribe|opina|comenta|señala|titula|advierte|"
          r"scrive|commenta|osserva|titola|sottolinea|nota")
_INTRO = re.compile(r"^(?P<art>(?:die|der|das|the|le|la|les|l['’]|el|il|lo)\s+)?(?P<q>[„\"“«‘']?)(?P<name>[^„\"“”«»‘’:]{2,60}?)"
                    r"(?P<close>[\"“”»’']?)\s+(?:" + _VERBS + r")\b[^:]{0,120}:$", re.I)
_QUOTE_OPEN = "„\"“«‘'"
_LEAST = 2


def mark(ls: list[Line], outlets: Outlets) -> int:
    """Mark the papers' lines as outlet lines, in place; how many there were."""
    found = []
    for i in range(len(ls) - 1):
        l, nxt = ls[i], ls[i + 1]
        if l.kind not in ("head", "prose") or not l.text.endswith(":") or nxt.gap or nxt.text[:1] not in _QUOTE_OPEN:
            continue
        name = _paper(l.text, outlets)
        if name:
            found.append((l, name))
    if len(found) < _LEAST:
        return 0
    for l, name in found:
        l.kind, l.outlet, l.section = "outlet", name, False
    return len(found)


def _paper(text: str, outlets: Outlets) -> str:
    m = _INTRO.match(text)
    if not m:
        return ""
    name = m["name"].strip()
    for named in (canonical(f"{m['art'] or ''}{name}"), canonical(name)):   # ('Le Figaro', 'Die Welt'; 'Das Handelsblatt')
        if outlets.is_outlet(named):
            return named
    quoted = bool(m["q"]) and bool(m["close"]) and name[:1].isupper()
    return name if quoted else ""
