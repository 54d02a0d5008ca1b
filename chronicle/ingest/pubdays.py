"""A publication line with a day and month in numbers and no year ('Publié le 13/05 à 19h30',
'Published 13/05, 7:30 pm', 'Veröffentlicht am 13.05. um 19:30 Uhr', 'Publicado el 13/05',
'Gepubliceerd op 13-05'): alone '13/05' may be a score or a fraction, but after the page's
'published' label it is the item's day (the page decides the order, the capture the year)."""
from __future__ import annotations

import re

from .when import Found

_STARTS = ("publi", "posted", "updated", "mis à", "modifié", "veröff", "aktual", "actual", "pubbl", "aggiorn", "gepubl", "bijgew")
_LABELLED = re.compile(r"(?i)^(?:publié|mis à jour|modifié|published|posted|updated|veröffentlicht|aktualisiert|publicado|"
                       r"actualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt)(?:\s+(?:le|on|am|el|il|op|em|a|o))?\s*:?\s*"
                       r"(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})\.?"
                       r"(?:\s*(?:,|à|at|um|a las|alle|om|às|-|–|·)?\s*\d{1,2}[:h.]\d{2}(?:\s?uhr|\s?h|\s?[ap]\.?m\.?)?)?\s*$")


def labelled_day(text: str) -> list:
    """[the yearless numeric date] of such a line, else [] (a cheap test of its first word first)."""
    if len(text) > 60 or not text[:6].lower().startswith(_STARTS):
        return []
    m = _LABELLED.match(text)
    if not m:
        return []
    a, b = int(m["a"]), int(m["b"])
    if not (1 <= a <= 31 and 1 <= b <= 31) or min(a, b) > 12:
        return []
    return [Found("num", m.start("a"), m.end("b"), None, a=a, b=b)]
