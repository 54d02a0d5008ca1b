"""Release lines: a newsroom's or an agency's line by each headline that gives the kind of
release, then its date and time ('Press release | 11.3.2025 10:30 EET', 'Stock exchange release |
10.3.2025 16:00 EET', 'Pressemitteilung · 04.03.2025, 09:15 MEZ', 'Communiqué – 3 mars 2025'),
or the date first, then the kind and a reference ('12.03.2025 Parliament news — Answer — No.
163/2025', '3 mars 2025 | Communiqué | Réf. 25-114'). The kind is neither an outlet nor a
headline, and a time zone after the time is no word of text: the line is the item's date line. Taken as such only when two lines or more
of the page have the shape, with no listed outlet before the separator ('Reuters | 03/03/2025'
is an outlet's line)."""
from __future__ import annotations

import re

from .. import when
from ..lines import Line, date_only
from ..outlets import is_known, site_name

_SHAPE = re.compile(r"^(?P<kind>[^|·•–—\d]{2,40}?)\s+[|·•–—]\s+(?P<rest>\S.{4,60})$")
# a time zone's abbreviation or offset after the time ('EET', 'MEZ', 'UTC+2', 'GMT+01:00')
_SEPARATED = re.compile(r"\s[|·•–—]\s")
_PARTS = re.compile(r"\s+[|·•–—]\s+")
_LABELLED = re.compile(r"^\W*[^\W\d][\w .'’-]{0,24}:\s")   # 'Quelle: X', 'Source: X' (not '10:30')
_ENDS = re.compile(r"^[\W_]+|[\W_]+$")   # pictograms, brackets, commas around a part
_ZONE = re.compile(r"\s+(?:[A-Z]{2,5}(?:[+-]\d{1,2}(?::\d{2})?)?|[+-]\d{2}:?\d{2})\s*$")


def mark(ls: list[Line]) -> int:
    """Mark the release lines as date lines, in place; how many there are."""
    found = []
    for l in ls:
        # (a separator first: most lines have none, and the patterns cost more)
        # (an outlet line the page's items show in an outlet's place is one: placednames.py)
        if l.kind in ("head", "date", "outlet", "prose") and not l.outlet and len(l.text) <= 100 and _SEPARATED.search(l.text) \
                and not _names_outlet(l.text) and (_kind_first(l.text) or _date_first(l.text)):
            found.append(l)
    if len(found) < 2:
        return 0
    for l in found:
        l.kind, l.outlet = "date", ""
        l.dates = [f for f in when.find_dates(l.text) if f.kind != "relative"]
    return len(found)


def _names_outlet(text: str) -> bool:
    """A part between separators is a listed outlet ('By A | Reuters | 3 March 2025', '🗞️ Die Zeit ·
    date', 'Jun 10, 2025 — Financial Times — 6 minute read', a site's domain: 'abc.net.au · 27.04.2025')
    or a labelled field ('Quelle: X · Datum: …'): an outlet's line, which a release's kind never is."""
    parts = _PARTS.split(text)
    return bool(_LABELLED.match(parts[0])) or any(is_known(_ENDS.sub("", p)) or site_name(_ENDS.sub("", p)) for p in parts)


def _kind_first(text: str) -> bool:
    m = _SHAPE.match(text)
    if m is None or len(m["kind"].split()) > 4:
        return False
    rest = _ZONE.sub("", m["rest"])
    dates = [f for f in when.find_dates(rest) if f.kind != "relative"]
    return bool(dates) and date_only(rest, dates)


def _date_first(text: str) -> bool:
    """A full date opening the line, then two short labels or more between separators."""
    dates = when.find_dates(text[:40])
    if not dates or dates[0].start != 0 or dates[0].kind == "relative" or dates[0].year is None:
        return False
    parts = _PARTS.split(text[dates[0].end:].strip())
    return len(parts) >= 2 and all(1 <= len(p.split()) <= 4 and p[-1:] not in ".!?:" for p in parts)
