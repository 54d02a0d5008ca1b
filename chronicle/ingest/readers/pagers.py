"""A list page's pager: '« first ‹ previous 1 2 3 4 next › last »', 'Anterior 1 2 3 … 98 Siguiente',
'‹ Zurück 1 2 3 Weiter ›', '1 2 3 … 12 Suivant »': page numbers among navigation words and arrows.
It is the page's, not the last item's text (nor an item of its own): furniture, reported."""
from __future__ import annotations

import re

from ..lines import Line

_NAV = frozenset("""first previous prev next last older newer page pages of more
erste vorherige zurück weiter nächste letzte seite von
début premier précédent précédente suivant suivante fin dernier dernière page sur
primera primero anterior siguiente última último página de
prima precedente successivo successiva ultima pagina di""".split())
_NUMBERS = re.compile(r"\d\D{1,20}?\d")   # (two numbers: a cheap test before the tokens, on every line)
_TOKEN = re.compile(r"\d{1,4}|[^\W\d_]+|[^\w\s]+")


def pager(text: str) -> bool:
    """Two page numbers or more, and nothing but navigation words, arrows and dots besides."""
    tokens = _TOKEN.findall(text)
    numbers = sum(1 for t in tokens if t.isdigit())
    return numbers >= 2 and all(t.isdigit() or t.lower() in _NAV or not t[:1].isalpha() for t in tokens) \
        and any(not t.isdigit() for t in tokens)


def mark(ls: list[Line]) -> int:
    """Mark the pager lines as furniture, in place; how many there were."""
    n = 0
    for l in ls:
        if l.kind in ("head", "prose") and len(l.text) <= 120 and _NUMBERS.search(l.text) and pager(l.text):
            l.kind, n = "furn", n + 1
    return n
