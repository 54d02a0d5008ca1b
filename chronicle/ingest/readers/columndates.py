"""The date in a table's date column: a full date as written; an age ('hace 5 horas', '2 days ago')
counted back from the capture date; a day and month without a year ('14/04', '14.04.', in the
order the column's full dates decide; '4 Mar', '19 juin', '15 Sept', '3. März') as the latest such day up to the capture. Without a capture
date the last two are left undated: a year or an age would be a guess."""
from __future__ import annotations

import datetime as dt
import re

from .. import when

# a day and month alone in the cell: '14/04', '4-14', '14.04.'
_DAY_MONTH = re.compile(r"^(\d{1,2})[/.-](\d{1,2})\.?$")


def column_date(cell: str, order: str | None, captured: dt.date | None) -> tuple[dt.date | None, str]:
    """(date, basis) of one date cell; (None, "") when it names no day."""
    found = when.find_dates(cell)
    if found and found[0].kind == "relative":
        day = when.relative_to(found[0], captured)
        return (day, "derived") if day else (None, "")
    if found and not _DAY_MONTH.match(cell.strip()):   # ('14.04.' is read below, by the column's order)
        if found[0].year is None and found[0].month:   # '4 Mar', '19 juin': a named month, no year
            return _latest(found[0].day, found[0].month, captured)
        day = found[0].resolve(order)
        if day is None and found[0].year is None and captured is not None:   # '15 Sept': the latest such day up to the capture
            day = next((d for y in (captured.year, captured.year - 1) for d in [found[0].resolve(order, y)] if d and d <= captured), None)
            return (day, "derived") if day else (None, "")
        return (day, "stated") if day else (None, "")
    m = _DAY_MONTH.match(cell.strip())
    if not m or captured is None:
        return None, ""
    a, b = int(m[1]), int(m[2])
    if a != b and order is None:
        return None, ""
    d, mo = (a, b) if order == "dmy" or a == b else (b, a)
    return _latest(d, mo, captured)


def _latest(d: int, mo: int, captured: dt.date | None) -> tuple[dt.date | None, str]:
    """The latest day d of month mo up to the capture (basis 'derived'), or none without a capture."""
    if captured is None:
        return None, ""
    for year in (captured.year, captured.year - 1):
        try:
            day = dt.date(year, mo, d)
        except ValueError:
            return None, ""
        if day <= captured:
            return day, "derived"
    return None, ""


def yearless_order(cells: list[str], lang: str) -> str | None:
    """The order of a column's days and months without a year ('5/19', '5/13'), its full dates deciding
    nothing: a number above 12 in the first place is a day ('dmy'), in the second ('5/19') a day after
    the month ('mdy', the American form); else the page's language, day first everywhere but in
    English, where '5/6' stays undecided (its cells undated)."""
    pairs = [(int(m[1]), int(m[2])) for c in cells for m in [_DAY_MONTH.match(c.strip())] if m]
    if not pairs:
        return None
    if any(a > 12 for a, _ in pairs):
        return "dmy"
    if any(b > 12 for _, b in pairs):
        return "mdy"
    return "dmy" if lang != "en" else None


_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})$|^(\d{1,2})\.(\d{1,2})\.$")   # ('2-1' may be a score: no dash)


def day_month(cell: str) -> bool:
    """A cell of a day and a month alone, '5/19' or '19.5.', a day of the year in one order or the other."""
    m = _SLASHED.match(cell.strip())
    if not m:
        return False
    a, b = (int(m[1]), int(m[2])) if m[1] else (int(m[3]), int(m[4]))
    return 1 <= a <= 31 and 1 <= b <= 31 and min(a, b) <= 12
