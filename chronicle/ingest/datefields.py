"""A date line in fields: a search result's or a listing's 'date time | place | author' line ('20 May,
2025 10:48 AM IST | Mumbai | PTI', '19/05/2025 | Rosario | Redacción'): it opens with a date (a
clock time and its zone may follow), and each field after a ' | ' is a few words, a place, a name or
an outlet, no sentence. Read as a date line (lines.py) whatever its words after the date."""
from __future__ import annotations

import re

from .releasefields import issuer
from . import when
from .when import is_time

_SEP = " | "
_ZONE = re.compile(r"^[A-Z]{2,5}$")   # 'IST', 'CEST', 'UTC'
_FIELD_WORDS = 5
_FIELDS = (2, 5)
# a lone field that is a headline: its subject and place apart by a spaced dash, or a lower-case word
# among its first four ('Cholera – Haiti', 'Avian influenza in Cambodia'); a place, an author's or
# an outlet's name has neither
_HEADLINE_FIELD = re.compile(r"\S\s[–—-]\s\S|^\s*\S+(?:\s+\S+){0,2}\s+(?!(?:de|da|del|di|van|von|der|le|la|al|bin)\b)[a-zà-ÿ]{3,}")


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
    if len(fields) == 2 and _HEADLINE_FIELD.search(fields[1]):
        return False   # ('27 November 2026 | Cholera – Haiti': a list's date and headline, no fields)
    return all(0 < len(f.split()) <= _FIELD_WORDS and not f.rstrip().endswith((".", "!", "?")) for f in fields[1:])


def field_outlet(text: str, outlets) -> str:
    """The outlet a date line's last field names when it is a listed one ('… | New Delhi | PTI'), or the
    body a release list names before the release's type ('… | Health Canada | News releases'), else ''."""
    last = text.rsplit(_SEP, 1)[-1].strip() if _SEP in text else ""
    return last if last and outlets.is_outlet(last, strict=True) else issuer(text.split(_SEP))


def dated_headline(s: str) -> list[str] | None:
    """'27 November 2026 | Marburg virus disease – Tanzania' (a list's date, then its headline, on
    one line) -> the date line and the headline, each a line of its own; None for any other line."""
    fields = s.split(_SEP)
    if len(fields) != 2 or not _HEADLINE_FIELD.search(fields[1]):
        return None
    date = fields[0].strip()
    found = when.find_dates(date)
    if not found or found[0].start != 0 or found[0].kind == "relative" or found[0].year is None:
        return None
    rest = date[found[0].end:].strip(" ,")
    clock = is_time(rest) if rest else None
    if rest and not (clock and not rest[clock.end():].strip()):
        return None
    return [date, fields[1].strip()]
