"""A blog's meta row under each post's headline on a tag or category page: its author, its date and
the category it is filed under, on one line between bars or dots ('Posted by A Name | 3 hours ago |
Markets', 'By A Name · May 18, 2026 · Economy', 'Publié par A Name | 12 mai 2026 | Politique',
'Von A Name | 14.05.2026 | Wirtschaft', 'Posted by A Name | Economy' with no date). Read as a
headline, it became the item's title (or its outlet, its category). It is the item's date line: the
date dates the item, the category is its label, the author is no outlet (unless the name is a listed
agency's: 'By Reuters | …')."""
from __future__ import annotations

import re

from .. import when
from ..lines import Line, date_only
from ..outletlist import is_known

_NAME = r"[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:(?:de|van|von|der|den|da|di|del|du|le|la)\s+)?[A-ZÀ-Ý][\w'’.-]*){0,3}"
_BY = re.compile(r"^(?i:(?:posted|written|published|veröffentlicht|geschrieben|publié|écrit|publicado|escrito|pubblicato|"
                 r"scritto|geplaatst|gepubliceerd)\s+)?(?i:by|von|par|por|da|di|door)\s*:?\s+(?P<name>" + _NAME + r")$")
_PARTS = re.compile(r"\s+[|·•]\s+|\s*\|\s*")
_CATEGORY = re.compile(r"^[A-ZÀ-Ý][^\W\d_]*(?:[ &/-]+[^\W\d_]+){0,2}$")   # one to three words, capitalised, no digit


def row(text: str) -> tuple[str, list, list[str]] | None:
    """(the author's name, the row's dates, its categories) of such a row, else None."""
    parts = [p.strip() for p in _PARTS.split(text)]
    if not 2 <= len(parts) <= 4 or not all(parts):
        return None
    bys = [m for m in map(_BY.match, parts) if m]
    if len(bys) != 1:
        return None
    dates, labels = [], []
    for p in parts:
        if _BY.match(p):
            continue
        found = when.find_dates(p)
        if found and not dates and date_only(p, found):
            dates = found
        elif _CATEGORY.match(p) and not found:
            labels.append(p)
        else:
            return None
    return (bys[0]["name"], dates, labels) if labels or dates else None


def mark(ls: list[Line]) -> None:
    """Read each such row as its item's date line (a blank one when it prints no date), in place."""
    for l in ls:
        if l.kind not in ("head", "prose", "date", "furn") or len(l.text) > 140 or not ("|" in l.text or "·" in l.text or "•" in l.text):
            continue
        found = row(l.text)
        if found is None:
            continue
        name, dates, labels = found
        l.labels = labels
        if is_known(name):
            l.kind, l.outlet = "outlet", name
        else:
            l.kind = "date"   # (with no date, its row printed none: the item is undated, blankdates.own_blank)
        if dates and not l.dates:
            l.dates = [when.find_dates(l.text)[0]]
