"""A newsletter's read-more line naming where the story ran, under each item: 'Read more: Houston
Ledger', 'Full story at The Irish Times', 'Weiterlesen bei Allgäuer Zeitung', 'Lire la suite sur Le
Temps', 'Leer más en El País', 'Leggi su Il Post'. The line is the item's outlet line, its name the
outlet, when two lines of the page or more are of this shape (one alone may be a sentence's end);
it is never an item of its own nor the next item's heading. (A line that also gives a date is
storyat.py's.)"""
from __future__ import annotations

import re

from ..lines import Line
from ..outletnames import looks_like_name
from ..outlets import spelled

_LINE = re.compile(
    r"(?i)^\W*(?:read (?:more|the full (?:story|article))|full (?:story|article|report)|more|continue reading|"
    r"weiterlesen|mehr|(?:den )?ganzen (?:artikel|beitrag) lesen|lire la suite|lire l['’]article|la suite|"
    r"leer más|seguir leyendo|la noticia completa|leggi(?: tutto| l['’]articolo)?|continua a leggere|lees (?:meer|verder)|leia mais)"
    r"\s*(?::|\bat\b|\bon\b|\bin\b|\bbei\b|\bauf\b|\bim\b|\bsur\b|\bchez\b|\bdans\b|\ben\b|\bsu\b|\bop\b|\bbij\b|\bno\b|\bna\b)\s*"
    r"(?-i:(?:der|die|dem|den|des)\s+)?(?P<name>[^:·|]{2,50}?)\s*[.…»›>→↗]*\s*$")
_LEAST = 2


def mark(ls: list[Line]) -> int:
    """Mark the read-more-at lines as outlet lines, in place; how many there were."""
    found = [(l, m["name"].strip()) for l in ls if not l.dates and not l.outlet
             for m in [_LINE.match(l.text)] if m and looks_like_name(m["name"].strip())]
    if len(found) < _LEAST:
        return 0
    for l, name in found:
        l.kind, l.outlet, l.section = "outlet", spelled(name), False
    return len(found)
