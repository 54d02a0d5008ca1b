"""The chrome of a mailed bulletin above its salutation:

- **a short header among the mail's headers** ('Para: Asociados', 'À : Adhérents', 'An: Mitglieder',
  'A: Soci', 'Aan: Leden' between 'De:' / 'Asunto:' lines): the 'To:' of a mail sent to a list,
  no headline (lines.EMAIL_HEADER reads these short keys only with an address, '@' or '<');
- **the view-in-browser sentence** ('Si no puede ver este correo, ábralo en su navegador.', 'If you
  cannot see this email, open it in your browser', 'Falls diese E-Mail nicht korrekt angezeigt
  wird …', 'Si vous ne voyez pas ce message …');
- **the bulletin's masthead** (the sender's name, the issue's line, a 'do not forward' note) between
  those and a salutation alone on its line ('Estimado asociado:', salutations.py): headings of the
  page, no items; read so only when no paragraph stands between.

Cost: a literal test per line (a ':' in the first eight characters, the line's first word) before a regex."""
from __future__ import annotations

import re

from ..lines import EMAIL_HEADER, Line
from ..salutations import salutation

_TO = re.compile(r"(?i)^(?:para|à|a|an|da|de|aan|to|cc)\s*:\s+\S")
_BROWSER = re.compile(
    r"(?i)^(?:if you (?:can(?:not|['’]t)|are unable to) (?:see|view|read) this (?:e-?mail|message|newsletter)|"
    r"si no (?:puede|puedes|logra|consigue) (?:ver|visualizar|leer) (?:este|el) (?:correo|mensaje|e-?mail|boletín)|"
    r"si vous ne (?:voyez|pouvez pas (?:voir|lire)|parvenez pas à (?:voir|lire)) (?:pas )?(?:ce|cet|le) (?:message|courriel|e-?mail)|"
    r"(?:falls|wenn) (?:sie )?diese (?:e-?mail|nachricht|newsletter) nicht (?:richtig |korrekt )?(?:angezeigt wird|sehen|lesen)|"
    r"se non (?:riesci|riuscite) a (?:vedere|leggere) (?:questa|la) (?:e-?mail|newsletter|mail)|"
    r"se não (?:consegue|conseguir) (?:ver|visualizar) (?:este|o) (?:e-?mail|boletim)|"
    r"als (?:je|u) deze (?:e-?mail|nieuwsbrief) niet (?:goed )?(?:kunt|kan) (?:zien|lezen|bekijken))")
_FIRST_WORDS = ("if", "si", "falls", "wenn", "se", "als")
_TOP = 40   # lines: a mail's headers and masthead stand in its first ones


def _header(ls: list[Line], i: int) -> bool:
    """Line i is a short mail header beside another header line."""
    return ":" in ls[i].text[:8] and bool(_TO.match(ls[i].text)) and any(
        0 <= j < len(ls) and EMAIL_HEADER.match(ls[j].text) for j in (i - 1, i + 1))


def _browser(l: Line) -> bool:
    first = l.text.split(maxsplit=1)[0].lower() if l.text else ""
    return first in _FIRST_WORDS and len(l.text) <= 160 and bool(_BROWSER.match(l.text))


def mark(ls: list[Line]) -> None:
    """Mark the headers and the browser line as furniture, and the masthead as the page's headings, in place."""
    top = ls[:_TOP]
    for i, l in enumerate(top):
        if l.kind != "furn" and (_header(ls, i) or _browser(l)):
            l.kind = "furn"
    salute = next((i for i, l in enumerate(top) if salutation(l.text)), -1)
    if salute < 0 or not any(l.kind == "furn" and EMAIL_HEADER.match(l.text) for l in top[:salute]):
        return
    above = [l for l in top[:salute] if l.kind != "furn" and not l.section]
    if above and all(l.kind in ("head", "date") for l in above):
        for l in above:
            l.section = l.section or l.kind == "head"
