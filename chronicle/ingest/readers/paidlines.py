"""A paid line in a newsletter, tagged at its start: '*Sponsored* · Open an account with …',
'[Anzeige] Jetzt … eröffnen', '(Publicité) — …', 'Sponsorizzato · …'. The tag says the line is an
advertisement, whatever follows it: page furniture (reported), never an item nor an item's text.
So is a paywall's badge alone on its line right above an item's kicker or headline ('Abonnés',
'Réservé aux abonnés', 'Nur für Abonnenten', 'Subscribers only', 'Solo para suscriptores', 'ABO+', 'Z+',
'Premium')."""
from __future__ import annotations

import re

from ..lines import Line

_TAGS = (r"sponsored|sponsor|promoted|paid post|advertisement|anzeige|werbung|gesponsert|sponsorisé|publicité|"
         r"publicidad|patrocinado|sponsorizzato|pubblicità|gesponsord|advertentie")
# the tag set off by emphasis or brackets ('*Anzeige* · …', '[Publicité] — …'), or bare before a dot or
# bar ('Sponsored · …'); bare before a colon it is a headline's kicker ('Werbung: Verbot für Kinder')
_PAID = re.compile(r"(?i)^\s*(?:[*_\[(]+(?:" + _TAGS + r")[*_\])]+\s*[·•:|—–-]?|(?:" + _TAGS + r")\s*[·•|])\s*\w")

_BADGE = re.compile(r"(?i)^(?:abonnés?|réservé aux abonnés|exclusif abonnés|pour les abonnés|nur für abonnenten|für abonnenten|"
                    r"abonnenten|subscribers?(?: only| exclusive)?|for subscribers|exclusivo(?: para)? suscriptores|"
                    r"solo para suscriptores|suscriptores|esclusivo(?: per)? abbonati|per gli abbonati|riservato agli abbonati|"
                    r"alleen voor abonnees|abonnees|exclusivo para assinantes|assinantes|"
                    r"[^\W\d_]{1,5} ?\+|abo|premium)$")   # ('ABO+', 'Z+', 'F+': a paid badge; not 'Lire plus', a link)


def mark(ls: list[Line]) -> None:
    for k, l in enumerate(ls):
        if l.kind in ("head", "prose") and not l.marker and _PAID.match(l.text):
            l.kind = "furn"
        elif l.kind == "head" and len(l.text) <= 40 and _BADGE.match(l.text) and k + 1 < len(ls) and not ls[k + 1].gap:
            l.kind = "furn"   # (the badge over the kicker: 'Abonnés' / 'Législative partielle' / headline)
