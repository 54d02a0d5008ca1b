"""A date line in fields: a search result's or a listing's 'date time | place | author' line ('20 May,
2025 10:48 AM IST | Mumbai | PTI', '19/05/2025 | Rosario | Redacción'): it opens with a date (a
clock time and its zone may follow), and each field after a ' | ' is a few words, a place, a name or
an outlet, no sentence. Read as a date line (lines.py) whatever its words after the date."""
from __future__ import annotations

import re

from .releasefields import issuer
from .when import is_time

_SEP = " | "
_ZONE = re.compile(r"^[A-Z]{2,5}$")   # 'IST', 'CEST', 'UTC'
_FIELD_WORDS = 5
_FIELDS = (2, 5)


def dated_fields(text: str, found: list) -> bool:
    """The line is a date and its fields, as above (found: its dates, as lines.classify read them)."""
    if not found or found[0].start != 0 or found[0].kind == "relative" or found[0].year is None or _SEP not in text:
        return False
    fields = text.split(_SEP)
    if not _FIELDS[0] <= len(fields) <= _FIELDS[1]:
        return False
    rest = fields[0][found[0].end:].strip(" ,")
    clock = is_time(rest)
    rest = rest[clock.end():].strip() if clock else rest
    if rest and not _ZONE.match(rest):
        return False   # (the date opens a sentence, not a field of its own)
    return all(0 < len(f.split()) <= _FIELD_WORDS and not f.rstrip().endswith((".", "!", "?")) for f in fields[1:])


def field_outlet(text: str, outlets) -> str:
    """The outlet a date line's last field names when it is a listed one ('… | New Delhi | PTI'), or the
    body a release list names before the release's type ('… | Health Canada | News releases'), else ''."""
    last = text.rsplit(_SEP, 1)[-1].strip() if _SEP in text else ""
    return last if last and outlets.is_outlet(last, strict=True) else issuer(text.split(_SEP))
