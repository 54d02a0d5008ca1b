"""An age in hours or minutes above a headline ('Updated: 2 hours 5 min ago', 'vor 3 Stunden', 'il y
a 40 min'): the stamp of the one item under it, not a heading over the items after it as a day's
heading is ('Yesterday', 'Monday 2 November'). A section page prints it over its newest item; the
items further down that print no date of their own (a wire box, a most-read list) are undated."""
from __future__ import annotations

import datetime as dt

from ..lines import Line

_DAY = dt.timedelta(days=1)


def hours_age(l: Line) -> bool:
    """The date line's date is an age of less than a day (not 'today', which names the day)."""
    f = l.dates[0] if l.dates else None
    return f is not None and f.kind == "relative" and f.ago is not None and dt.timedelta(0) < f.ago < _DAY \
        and any(c.isdigit() for c in l.text)
