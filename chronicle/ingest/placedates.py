"""A place's dateline standing as a line of its own: 'Ciudad de México - 13 ene 2026 - 14:05 CST',
'Buenos Aires | 4 feb 2026 | 09:10 ART', 'São Paulo, 3 de fevereiro de 2026 às 18h'. The place
names where the item was written; the line is the item's date line, not a headline."""
from __future__ import annotations

import re

# a place: up to four capitalised words, with the lowercase particles of place names between them
_PLACE = re.compile(r"^\s*[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:(?:de|del|la|las|los|do|da|dos|das|di|am|an|der|sur|upon|on|el)\s+)?"
                    r"[A-ZÀ-Ý][\w'’.-]*){0,3}\s*(?:[-–—|·,]\s*)$")
# what may follow the date: a clock time with its zone, and the separators between them
_AFTER = re.compile(r"(?i)^\s*(?:[-–—|·,]\s*|(?:a las|às|alle|à|um|at)\s+)?(?:\d{1,2}[:.h]\d{2}|\d{1,2}\s*h)?\s*"
                    r"(?:h|hrs|uhr|[a-z]{0,2}[cemp][sd]?t|gmt|utc|art|brt|clt|cot|pet|cet|cest|bst)?\s*$")


def dateline(text: str, found: list) -> bool:
    """The line is a place, a separator, one written date and at most a clock time with its zone."""
    dated = [f for f in found if f.kind != "relative"]
    if len(dated) != 1 or len(text) > 80:
        return False
    f = dated[0]
    return bool(f.start > 0 and _PLACE.match(text[:f.start]) and _AFTER.match(text[f.end:]))
