"""A newsletter's boxes that hold no news, under a heading of their own: the day's number or quote
('ZAHL DES TAGES', 'NUMBER OF THE DAY', 'CHIFFRE DU JOUR', 'CIFRA DEL DÍA', 'QUOTE OF THE DAY',
'ZITAT DES TAGES') and a bulletin's reminders to its members ('RECORDATORIOS', 'REMINDERS',
'ERINNERUNGEN', 'RAPPELS', 'PROMEMORIA', 'AVISOS A LOS SOCIOS'): the heading and the lines under it,
to the next heading (six at most, none a headline over text), are page furniture, not items.
Cost: headings only (a section heading, or a short line in capitals) meet the regex."""
from __future__ import annotations

import re

from ..lines import Line

_BOX = re.compile(
    r"(?i)^\W*(?:(?:zahl|zitat|grafik|chart) des tages|(?:number|figure|quote|chart|stat) of the (?:day|week)|"
    r"(?:le )?(?:chiffre|citation|graphique) du jour|(?:la )?(?:cifra|frase|gráfica) del día|(?:il )?(?:numero|dato|grafico) del giorno|"
    r"la citazione del giorno|(?:het )?(?:getal|citaat) van de dag|"
    r"recordatorios?|avisos?(?: a los (?:socios|asociados))?|reminders?|member notices|notices to members|erinnerungen|"
    r"hinweise(?: für mitglieder)?|in eigener sache|rappels?|avis aux (?:adhérents|membres)|promemoria|avvisi(?: ai soci)?|"
    r"herinneringen|mededelingen)\W*$")
_MOST = 6


def _heading(l: Line) -> bool:
    return (l.section or l.kind == "head" and l.text.isupper()) and len(l.text) <= 40 and bool(_BOX.match(l.text))


def mark(ls: list[Line]) -> None:
    """Mark each box's heading and lines as furniture, in place."""
    for i, l in enumerate(ls):
        if not _heading(l):
            continue
        end = next((k for k in range(i + 1, len(ls)) if ls[k].section or ls[k].kind == "head" and (ls[k].gap or ls[k].text.isupper())),
                   len(ls))
        box = ls[i + 1:end]
        if len(box) > _MOST or any(b.kind == "head" and k + 1 < len(box) and box[k + 1].kind == "prose" and not b.marker
                                   for k, b in enumerate(box)):
            continue   # (a section of items under a heading so named)
        for b in [l] + box:
            b.kind, b.section = "furn", False
