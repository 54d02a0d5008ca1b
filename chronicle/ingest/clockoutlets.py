"""An aggregator's line above each headline that gives the item's time and its outlet, and
nothing else: '08:14 Público', '05, 08:14 Expresso' (day of the month, time, outlet),
'14h32 · Le Monde', 'Reuters | 09:05'. Without the time the name alone is an outlet line already
(outlets.Outlets.line); with it the line read as a headline, so every outlet was lost and the
line was reported as a page heading. The name must be a listed outlet, or one the page repeats."""
from __future__ import annotations

import datetime as dt
import re

from .outlets import Outlets

_TIME = r"(?:[01]?\d|2[0-3])[:h.][0-5]\d"
_LEAD = re.compile(rf"^(?:(?:[0-2]?\d|3[01]),\s+)?{_TIME}\s*(?:[·|•–—-]\s*)?(?P<name>[^\d\s].{{0,50}})$")
_DAY = re.compile(rf"^([0-2]?\d|3[01]),\s+{_TIME}\b")
_TAIL = re.compile(rf"^(?P<name>[^\d\s].{{0,50}}?)\s*[·|•–—-]\s*(?:(?:[0-2]?\d|3[01]),\s+)?{_TIME}$")


def clock_outlet(text: str, outlets: Outlets) -> str:
    """The outlet of a line that is a clock time (a day of the month before it or not) and an
    outlet's name; '' for any other line."""
    m = (_LEAD.match(text) if text[:1].isdigit() else None) or (_TAIL.match(text) if text[-1:].isdigit() else None)
    name = m["name"].strip() if m else ""
    return name if name and outlets.is_outlet(name) else ""


def day_on_page(text: str, page_date: dt.date | None) -> dt.date | None:
    """'04, 22:40 Observador' under a page dated 5 March 2025 -> 4 March 2025: the day of the
    month before the time, in the page date's month (or the month before, for a day after the
    page's: the 30th under a page of the 2nd); None without a day or a page date."""
    m = _DAY.match(text)
    if not m or page_date is None:
        return None
    day, first = int(m[1]), page_date.replace(day=1)
    month = first if day <= page_date.day else (first - dt.timedelta(days=1)).replace(day=1)
    try:
        return month.replace(day=day)
    except ValueError:   # (the 31st of a month of 30 days: no date rather than a wrong one)
        return None
