"""The day a chat's divider or a message's header names (chat.py, teamschat.py and the other
readers of posts and forwards)."""
from __future__ import annotations

import datetime as dt

from .. import when


def day_of(s: str, captured: dt.date | None, order: str | None = None) -> dt.date | None:
    """The day `s` names; a day without a year is the latest such day up to the capture. A
    numeric day is read in `order` (d/m or m/d); where nothing decides it, it is left undated."""
    found = when.find_dates(s)
    if not found:
        return None
    f = found[0]
    if f.kind == "relative":
        return when.relative_to(f, captured)
    if f.year or captured is None:
        return f.resolve(order)
    d = f.resolve(order, captured.year)
    return f.resolve(order, captured.year - 1) if d and d > captured else d
