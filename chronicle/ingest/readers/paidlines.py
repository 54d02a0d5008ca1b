"""A paid line in a newsletter, tagged at its start: '*Sponsored* · Open an account with …',
'Anzeige: Jetzt … eröffnen', '[Publicité] — …', 'Sponsorizzato · …'. The tag says the line is an
advertisement, whatever follows it: page furniture (reported), never an item nor an item's text."""
from __future__ import annotations

import re

from ..lines import Line

_TAGS = (r"sponsored|sponsor|promoted|paid post|advertisement|anzeige|werbung|gesponsert|sponsorisé|publicité|"
         r"publicidad|patrocinado|sponsorizzato|pubblicità|gesponsord|advertentie")
_PAID = re.compile(r"(?i)^[\W_]*(?:" + _TAGS + r")[*_\])]*\s*[·•:|—–-]\s*\w")


def mark(ls: list[Line]) -> None:
    for l in ls:
        if l.kind in ("head", "prose") and not l.marker and _PAID.match(l.text):
            l.kind = "furn"
