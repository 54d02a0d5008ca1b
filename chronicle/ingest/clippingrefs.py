"""What a press clipping's source line writes beside its outlet and date besides them: the weekday
('The Irish Times, Monday 7 December 2026, p. 1'), the page ('p. 16', 'S. 9', 'Seite 9', 'pag. 31',
'pág. 12'), and the edition in brackets after the name ('RTÉ News (online)', '(Print)'). Neither is
a second name beside the date: outlets.beside_date passes over them, so the line names its outlet."""
from __future__ import annotations

import re

from . import when

_WEEKDAY = re.compile(r"(?i)^(?:" + "|".join(map(re.escape, when.WEEKDAYS)) + r")\.?$")
_PAGE = re.compile(r"(?i)^(?:p|pp|pg|pag|page|pages|s|seite|seiten|pág|página|pagina)\.?\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?f?\.?$")
_EDITION = re.compile(r"(?i)\s*\((?:online|print|web|e-?paper|digital|website|radio|tv)\)$")


def aside(part: str) -> bool:
    """A weekday or a page reference, standing alone between a source line's separators."""
    return bool(_WEEKDAY.match(part) or _PAGE.match(part))


def bare(name: str) -> str:
    """The name without its edition in brackets ('RTÉ News (online)' -> 'RTÉ News')."""
    return _EDITION.sub("", name) if name.endswith(")") else name
