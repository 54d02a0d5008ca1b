"""What a press clipping's source line writes beside its outlet and date besides them: the weekday
('The Irish Times, Monday 7 December 2026, p. 1'), the page ('p. 16', 'S. 9', 'Seite 9', 'pag. 31',
'pág. 12'), a clipping service's fields ('Stuttgarter Zeitung | 04.12.2026 | Ressort: Wirtschaft |
Seite 11') and the edition in brackets after the name ('RTÉ News (online)', '(Print)'). Neither is
a second name beside the date: outlets.beside_date passes over them, so the line names its outlet."""
from __future__ import annotations

import re

from . import when

_WEEKDAY = re.compile(r"(?i)^(?:" + "|".join(map(re.escape, when.WEEKDAYS)) + r")\.?$")
_PAGE = re.compile(r"(?i)^(?:p|pp|pg|pag|page|pages|s|seite|seiten|pág|página|pagina)\.?\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?f?\.?$")
# a clipping service's fields beside them ('Ressort: Wirtschaft', 'Wörter: 116', 'Auflage: 101.240')
_FIELD = re.compile(r"(?i)^(?:ressort|rubrik|section|rubrique|secci[oó]n|sezione|w[oö]rter|words|mots|palabras|parole|"
                    r"auflage|circulation|tirage|tirada|tiratura|reichweite|reach|audience|medientyp|media ?type|"
                    r"visits(?:/monat)?)\s*:\s*\S.{0,40}$")
_EDITION = re.compile(r"(?i)\s*\((?:online|print|web|e-?paper|digital|website|radio|tv)\)$")
# the word that led to the date the line gave ('Quelle: Stuttgarter Zeitung vom 04.12.2026', 'from', 'du')
_LABELLED = re.compile(r"(?i)^(?:quelle|source|fuente|fonte|bron|origine)\s*:")
_TO_DATE = re.compile(r"(?i)\s+(?:vom|von|am|from|of|dated|on|du|le|del|de|dal|del)$")


_FOOTER = re.compile(r"(?i)^(?:page|seite|página|pagina|pag\.?|pág\.?)\s*\d{1,4}\s*(?:/|of|von|de|di|sur)\s*\d{1,4}\s*[|·–—-]\s*\S")


def page_footer(line: str) -> bool:
    """A printed document's running header or footer that opens with its page ('Seite 1 von 5 |
    MEDIASCAN Pressespiegel … | Nur für den internen Gebrauch'); lines.py reads one that closes
    with it."""
    return line[:1] in "PSpsp" and bool(_FOOTER.match(line))


def aside(part: str) -> bool:
    """A weekday or a page reference, standing alone between a source line's separators."""
    return bool(_WEEKDAY.match(part) or _PAGE.match(part) or _FIELD.match(part))


def bare(name: str) -> str:
    """The name without its edition in brackets ('RTÉ News (online)' -> 'RTÉ News') and without the
    word that led to its date in a labelled line ('Quelle: Stuttgarter Zeitung vom' -> 'Quelle:
    Stuttgarter Zeitung')."""
    name = _EDITION.sub("", name) if name.endswith(")") else name
    return _TO_DATE.sub("", name) if _LABELLED.match(name) else name   # (a headline's 'Tax cut from' stays)
