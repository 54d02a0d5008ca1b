"""The day a read-at line names after its outlet ('Read at the Irish Examiner, Monday', 'Read at
RTÉ News, 28 February', 'Lire sur Ouest-France, lundi'): no part of the name, and the item's date.
A date is read as any date is; a weekday alone (written out: 'Mon', 'mar', 'do' are other words
too) is the latest such day up to the capture, and nothing without a capture date."""
from __future__ import annotations

import datetime as dt
import re

from . import when
from .numdates import weekday_index

_TAIL = re.compile(r",\s*(?P<day>[^,]{3,30}?)\s*$")


def _weekday(text: str) -> int:
    word = text.strip().lower()
    return weekday_index(word) if len(word) >= 5 and " " not in word else -1


def cut(name: str) -> str:
    """The name without the day that closes it ('Irish Examiner, Monday' -> 'Irish Examiner')."""
    m = _TAIL.search(name)
    if m and (_weekday(m["day"]) >= 0 or _date_alone(m["day"])):
        return name[:m.start()].rstrip()
    return name


def cut_weekday(name: str) -> str:
    """The name without a written-out weekday closing it ('Kyodo, Friday' -> 'Kyodo'); a date after
    it stays ('X, June 22': the labelled line's date, read with it)."""
    m = _TAIL.search(name) if "," in name else None
    return name[:m.start()].rstrip() if m and _weekday(m["day"]) >= 0 else name


def _date_alone(text: str) -> bool:
    found = when.find_dates(text)
    return bool(found) and found[0].start == 0 and found[-1].end >= len(text.rstrip(" .")) - 1


def mark(ls: list, captured: dt.date | None) -> int:
    """Date the outlet lines that close with a weekday alone, in place; how many."""
    n = 0
    for l in ls:
        m = _TAIL.search(l.text) if l.kind == "outlet" and not l.dates and captured else None
        wd = _weekday(m["day"]) if m else -1
        if wd >= 0:
            ago = dt.timedelta(days=(captured.weekday() - wd) % 7)
            l.dates, n = [when.Found("relative", m.start("day"), m.end("day"), ago=ago)], n + 1
    return n
