"""The date in a table's date column: a full date as written; an age ('hace 5 horas', '2 days ago')
counted back from the capture date; a day and month without a year ('14/04', '14.04.', in the
order the column's full dates decide; '15 Sept', '3. März'), as the latest such day up to the capture. Without a capture
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
    for year in (captured.year, captured.year - 1):   # the latest such day up to the capture
        try:
            day = dt.date(year, mo, d)
        except ValueError:
            return None, ""
        if day <= captured:
            return day, "derived"
    return None, ""
