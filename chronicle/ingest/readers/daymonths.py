"""A day and month without a year, as lists of briefs and social captions print them:

- a meta line over each item, its publication day and time and its rubric ('Publié le 28/04 à
  17h42 | Ferroviaire', 'Posted 03/11 at 09:15 · Energy', 'Publicado el 28/04 a las 17:42 |
  Economía'): the item's date line (two such lines or more on the page), the rubric its label;
- a heading at the page's top that names the day in brackets ('HEADLINES FOR TUESDAY (29/04)',
  'Le titres du jour (28/04)'): the page's date, for the items under it.

when.find_dates reads no such date (a year is missing, and '3/4' is as often a fraction): here the
line's shape says it is one. The order of day and month is the page's (items.Page: its numbers,
else its language); the year is the page's or the capture's, never after the capture."""
from __future__ import annotations

import re

from .. import when
from ..lines import Line

_DAY_MONTH = r"(?P<a>\d{1,2})[/.](?P<b>\d{1,2})\.?"
_META = re.compile(r"(?i)^\W*(?:(?:published|posted|updated|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|"
                   r"veröffentlicht|aktualisiert|gepubliceerd)(?:\s+(?:on|le|am|el|il|em|op))?\s+)?" + _DAY_MONTH +
                   r"(?P<time>,?\s*(?:à|at|um|a las|alle|às|om|-)?\s*\d{1,2}[h:.]\d{2}(?:\s*(?:uhr|h))?)?"
                   r"(?:\s+[|·•–—]\s+(?P<rubric>[^\W\d][\w '’&-]{1,30}?))?\s*$")
_CUED = re.compile(r"(?i)^\W*[^\W\d]")   # (a word before the day: 'Publié le')
_BRACKETED = re.compile(r"\(" + _DAY_MONTH + r"\)")
_TOP = 8   # lines at the page's top where its own heading stands
_LEAST = 2


def mark(ls: list[Line]) -> int:
    """Mark such meta lines and such a heading as date lines, in place; how many there are."""
    found = [(l, m) for l in ls if l.kind in ("head", "prose") and not l.dates and len(l.text) <= 100
             for m in [_META.match(l.text)] if m and (m["time"] or _CUED.match(l.text))]
    if len(found) < _LEAST:
        found = []
    for l, m in found:
        l.kind, l.dates = "date", [_found(m)]
        j = ls.index(l) + 1
        if m["rubric"] and j < len(ls) and ls[j].kind in ("head", "prose") and not ls[j].labels:
            ls[j].labels = [m["rubric"].strip()]   # (the headline's label: a date line's own are not read)
    for l in ls[:_TOP]:
        if l.kind == "prose":
            break
        m = _BRACKETED.search(l.text) if l.kind == "head" and not l.dates else None
        if m:
            l.kind, l.dates = "date", [_found(m)]
            return len(found) + 1
    return len(found)


def _found(m: re.Match) -> when.Found:
    return when.Found("num", m.start("a"), m.end("b"), a=int(m["a"]), b=int(m["b"]))
