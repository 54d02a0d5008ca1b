"""A paid line in a newsletter, tagged at its start: '*Sponsored* · Open an account with …',
'[Anzeige] Jetzt … eröffnen', '(Publicité) — …', 'Sponsorizzato · …'. The tag says the line is an
advertisement, whatever follows it: page furniture (reported), never an item nor an item's text."""
from __future__ import annotations

import re

from ..lines import Line

_TAGS = (r"sponsored|sponsor|promoted|paid post|advertisement|anzeige|werbung|gesponsert|sponsorisé|publicité|"
         r"publicidad|patrocinado|sponsorizzato|pubblicità|gesponsord|advertentie")
# the tag set off by emphasis or brackets ('*Anzeige* · …', '[Publicité] — …'), or bare before a dot or
# bar ('Sponsored · …'); bare before a colon it is a headline's kicker ('Werbung: Verbot für Kinder')
_PAID = re.compile(r"(?i)^\s*(?:[*_\[(]+(?:" + _TAGS + r")[*_\])]+\s*[·•:|—–-]?|(?:" + _TAGS + r")\s*[·•|])\s*\w")


def mark(ls: list[Line]) -> None:
    for l in ls:
        if l.kind in ("head", "prose") and not l.marker and _PAID.match(l.text):
            l.kind = "furn"
