"""A list's date written in the same field as the next one: '[13 Apr] The Hindu | Headline',
'12.3. Der Standard ; Headline' (one delimiter, two fields before it). The date is split off
into a column of its own, so each column has one role; and a key line naming both in one
field ('(format: [day] outlet | headline)') is split the same way."""
from __future__ import annotations

import re

from .. import when

_OPEN = re.compile(r"^[\[(]?")
_KEY_PREFIX = re.compile(r"^\(?\s*(?:format|key|legend|fields|columns|spalten|format des lignes)\s*:\s*", re.I)
_MOST = 0.6   # of the rows: a field that opens with a date in most of them holds two


def split_leading_dates(rows: list[list[str]], role_of) -> list[list[str]]:
    """`rows` with the first field cut in two (its leading date, the rest) where most rows'
    first fields open with a date followed by a few words; a row whose first field has no date
    gets an empty date. A first row that is a key line naming two roles in its first field
    ('[day] outlet', `role_of`: a word's role or None) is cut into those two names."""
    if len(rows) < 2 or len(rows[0]) < 2:
        return rows
    key = _key_words(rows[0][0], role_of)
    data = rows[1:] if key else rows
    cut = [_leading_date(r[0]) for r in data]
    if sum(1 for c in cut if c) < _MOST * len(data):
        return rows
    out = [[*key, *rows[0][1:]]] if key else []
    for row, c in zip(data, cut):
        out.append([*(c if c else ("", row[0])), *row[1:]])
    return out


def _leading_date(field: str) -> tuple[str, str] | None:
    """(date, rest) when `field` opens with a date (in brackets or not) and goes on with one to
    six words ('[13 Apr] The Hindu', '12.3. ORF')."""
    found = when.find_dates(field[:40])
    if not found:   # a day and month alone ('12.4.') is read as a date only as a token of its own
        first = field.split(maxsplit=1)[0] if field.strip() else ""
        found = [f for f in when.find_dates(first) if (f.start, f.end) == (0, len(first))]
    if not found or found[0].kind == "relative":
        return None
    f = found[0]
    opening = field[:f.start]
    if _OPEN.sub("", opening).strip():
        return None   # words before the date: not a leading date
    end = f.end
    if end < len(field) and field[end] in "])":
        end += 1
    rest = field[end:].strip(" -–—:·,")
    if not rest or not 1 <= len(rest.split()) <= 6:
        return None
    return field[:end].strip(" []()"), rest


def _key_words(field: str, role_of) -> list[str] | None:
    """The two role names of a key line's first field ('(format: [day] outlet' -> ['day',
    'outlet']), or None."""
    words = [w.strip("[]()*") for w in _KEY_PREFIX.sub("", field.strip()).split()]
    words = [w for w in words if w]
    if len(words) == 2 and all(role_of(w.lower()) for w in words) and role_of(words[0].lower()) != role_of(words[1].lower()):
        return words
    return None
