"""A meta line of three fields under a headline with its date in the middle: 'Le Soir · il y a 3
heures · Économie', 'Reuters | 2 days ago | Markets', "L'Echo · 06/03 · Économie" (a day and month
without the year: there, between a name and a section, a date; the page decides its order). An
aggregator or section page prints its items' outlet first and the section last; the first field
is the outlet (when it is a name), the last the section the page filed the item under. A reader's
feed line over each headline ('★  The Hindu - Elections') names the outlet, then the section, with no
date between them."""
from __future__ import annotations

import re

from . import when
from .outletnames import key, looks_like_name

_SEP = re.compile(r"\s[·•|]\s")


def _two_separators(text: str) -> bool:
    return text.count(" · ") + text.count(" | ") + text.count(" • ") == 2


def _fields(text: str, found: list) -> list[str]:
    """The three fields of 'Name · date · Section' when the one date fills the middle field, else []."""
    if len(text) > 90 or len(found) != 1 or not _two_separators(text):
        return []
    cuts = [m.span() for m in _SEP.finditer(text)]
    if len(cuts) != 2 or not (cuts[0][1] <= found[0].start and found[0].end <= cuts[1][0]):
        return []
    fields = [text[:cuts[0][0]].strip(), text[cuts[0][1]:cuts[1][0]].strip(), text[cuts[1][1]:].strip()]
    last = fields[2]
    # the date is all of the middle field but a clock time; the section is a label, no sentence
    if text[cuts[0][1]:found[0].start].strip() or not last or len(last.split()) > 3 or re.search(r"\d", last):
        return []
    return fields


_DAY_MONTH = re.compile(r"(?P<a>\d{1,2})[/.](?P<b>\d{1,2})\.?")


def numeric_middle(text: str) -> list:
    """[the yearless numeric date] of 'Name · 06/03 · Section', else []: alone, '06/03' may be a
    score or a fraction, but not between an outlet's name and a section's."""
    if not _two_separators(text) or len(text) > 90:
        return []
    cuts = [m.span() for m in _SEP.finditer(text)]
    m = _DAY_MONTH.fullmatch(text, cuts[0][1], cuts[1][0]) if len(cuts) == 2 else None
    if not m or not (1 <= int(m["a"]) <= 31 and 1 <= int(m["b"]) <= 31 and min(int(m["a"]), int(m["b"])) <= 12):
        return []
    found = [when.Found("num", m.start(), m.end(), None, a=int(m["a"]), b=int(m["b"]))]
    return found if outlet_field(text, found) else []


def outlet_field(text: str, found: list) -> str:
    """'Le Soir · il y a 3 heures · Économie' -> 'Le Soir'; '' when the line has no such shape."""
    fields = _fields(text, found)
    return fields[0] if fields and looks_like_name(fields[0]) else ""


def section_field(text: str, found: list) -> str:
    """'Le Soir · il y a 3 heures · Économie' -> 'Économie'; '' when the line has no such shape."""
    fields = _fields(text, found)
    return fields[2] if fields else ""


def meta_outlet(line: str) -> str:
    """outlet_field of a page's line, its date found here ('' at once for lines of no such shape)."""
    s = line.strip()
    return outlet_field(s, when.find_dates(s) or numeric_middle(s)) if _two_separators(s) else ""


# a feed's name as a reader prints it over each headline: 'The Hindu - Elections', 'BBC News – Business'
_FEED = re.compile(r"^(?P<name>[^-–—|:>]{2,40}?)\s+[-–—|>]\s+(?P<section>[^\W\d][^\W\d_]*(?:\s[^\W\d][^\W\d_]*)?)$")


def feed_outlet(text: str, is_outlet, own: set[str]) -> str:
    """'The Hindu - Elections' -> 'The Hindu' when the name is a listed outlet and the rest is a
    section's name of one or two capitalised words (no outlet itself); else text unchanged, as
    when the page puts the whole feed name on lines of their own (then it is the outlet as printed)."""
    m = _FEED.match(text) if " " in text and len(text) <= 60 and key(text) not in own else None
    if not m or not m["section"][:1].isupper() or not is_outlet(m["name"], strict=True) or is_outlet(m["section"]):
        return text
    return m["name"]


def mark(ls: list) -> None:
    """Give each 'Outlet · age · Section' line its section as its item's label (a tag), in place."""
    for l in ls:
        if l.kind in ("outlet", "date") and l.dates and not l.labels and _two_separators(l.text):
            section = section_field(l.text, l.dates)
            l.labels = [section] if section else []
