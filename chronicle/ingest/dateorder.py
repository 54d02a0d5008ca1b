"""Day or month first: the order of a page's numeric dates ('03/04/2025'), decided from the
evidence the page gives (a number above 12, a weekday, the language, dots, a newest-first list, the
day it was captured), else left undecided: such a date is left out and reported, never guessed."""
from __future__ import annotations

import datetime as dt


def decide_order(found: list, lang: str = "en", captured: dt.date | None = None) -> str | None:
    """'dmy' or 'mdy' for a page's numeric dates (when.Found): a number above 12 decides, then a weekday
    that fits one reading, then a 12-hour clock after the dates (month first); otherwise the
    page's language (day first everywhere but in English); English pages with '/' stay undecided
    unless the dates are dotted (a European habit), or only one reading puts none of them after the
    day the page was captured (`captured`), or only one runs newest first."""
    nums = [f for f in found if f.kind == "num"]
    if not nums:
        return None
    if any(f.a > 12 for f in nums):
        return "dmy"
    if any(f.b > 12 for f in nums):
        return "mdy"
    for order in ("mdy", "dmy"):   # a written weekday fits only one reading
        dated = [(f, _day(f, order, captured)) for f in nums if f.weekday >= 0]
        other = "dmy" if order == "mdy" else "mdy"
        if dated and all(d and d.weekday() == f.weekday for f, d in dated) and not all(
                (d2 := _day(f, other, captured)) and d2.weekday() == f.weekday for f, _ in dated):
            return order
    if any(f.clock12 for f in nums) and not any(f.dotted for f in nums):
        return "mdy"   # a 12-hour clock beside the date ('3/11/2025 8:02 PM'): the American form
    if lang != "en" or all(f.dotted for f in nums):
        return "dmy"
    return _not_after(nums, captured) or _among_written(nums, found) or _newest_first(nums)


def _day(f, order: str, captured: dt.date | None) -> dt.date | None:
    """The date under one reading; a date without its year ('Sun 2/3') in the year that puts it
    on or before the capture day (none without a capture date)."""
    if f.year is not None or captured is None:
        return f.resolve(order)
    day = f.resolve(order, captured.year)
    return f.resolve(order, captured.year - 1) if day and day > captured else day


def _not_after(nums: list, captured: dt.date | None) -> str | None:
    """The one reading under which no date falls after the capture day, if only one does."""
    if captured is None:
        return None
    fits = [order for order in ("dmy", "mdy") if all((d := f.resolve(order)) and d <= captured for f in nums)]
    return fits[0] if len(fits) == 1 else None


def _among_written(nums: list, found: list) -> str | None:
    """The one reading that puts every numeric date among the page's dates written with their
    month's name (within a fortnight of them), if only one does: a clipping digest's 'Business
    Post, 06/12/2026' between 'Saturday 5 December 2026' and 'Monday 7 December 2026'."""
    written = [d for f in found if f.kind not in ("num", "relative") and f.year is not None for d in [f.resolve(None)] if d]
    if len(written) < 2:
        return None
    lo, hi = min(written) - dt.timedelta(days=14), max(written) + dt.timedelta(days=14)
    fits = [order for order in ("dmy", "mdy") if all((d := f.resolve(order)) and lo <= d <= hi for f in nums)]
    return fits[0] if len(fits) == 1 else None


def _newest_first(nums: list) -> str | None:
    """The one reading under which a list of several dates runs newest first, if only one does."""
    fits = []
    for order in ("dmy", "mdy"):
        ds = [f.resolve(order) for f in nums]
        if None not in ds and len(set(ds)) > 1 and all(a >= b for a, b in zip(ds, ds[1:])):
            fits.append(order)
    return fits[0] if len(fits) == 1 else None
