"""The date in a table's date column: a full date as written; an age ('hace 5 horas', '2 days ago')
counted back from the capture date; a day and month without a year ('14/04', '14.04.', in the
order the column's full dates decide; '4 Mar', '19 juin', '15 Sept', '3. März', '10 ago.') as the latest such day up to the capture; an English
column of '11/08' alone, on a page saying its list is newest first ('newest on top'), in the order
that runs so, if only one does. Without a capture
date the last two are left undated: a year or an age would be a guess."""
from __future__ import annotations

import datetime as dt
import re

from .. import when
from ..monthnames import MONTHS

# a day and month alone in the cell: '14/04', '4-14', '14.04.'
_DAY_MONTH = re.compile(r"^(\d{1,2})[/.-](\d{1,2})\.?$")
# a day and a month's short name alone in a date column: '10 ago.', '3 set', '12 mar.' ('ago', 'set',
# 'mar' are words too, so when.py reads them only with a year; in a date cell they are the month)
_DAY_ABBR = re.compile(r"^(\d{1,2})\.?\s+(?:de\s+)?([^\W\d_]{3,4})\.?$")


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
    abbr = None if m or found else _DAY_ABBR.match(cell.strip())
    if abbr and abbr[2].lower() in MONTHS:
        return _latest(int(abbr[1]), MONTHS[abbr[2].lower()], captured)
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


def yearless_order(cells: list[str], lang: str, captured: dt.date | None = None, newest: bool = False) -> str | None:
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
    return "dmy" if lang != "en" else _newest_first(pairs, captured) if newest else None


# a list saying how it is sorted: '(newest on top)', 'latest first', 'most recent at the top'
_SAYS_NEWEST = re.compile(r"(?i)\b(?:newest|latest|most recent)\s+(?:first|on top|at the top)\b")


def says_newest_first(lines: list[str]) -> bool:
    """Whether a line of the page (outside its rows) says the list runs newest first."""
    return any(_SAYS_NEWEST.search(l) for l in lines if "first" in l or "top" in l)


def _newest_first(pairs: list[tuple[int, int]], captured: dt.date | None) -> str | None:
    """The one order under which a column the page says is newest first runs so, each day put on
    or before the capture day (a list saved on 11 August prints '10/08' for 10 August, or for 8 October of the
    year before): '11/08', '09/08', '06/08' are a reading list's latest days only day first."""
    fits = []
    for order in ("dmy", "mdy"):
        ds = [_latest(*((a, b) if order == "dmy" else (b, a)), captured)[0] for a, b in pairs]
        if None not in ds and len(set(ds)) > 1 and all(x >= y for x, y in zip(ds, ds[1:])):
            fits.append(order)
    return fits[0] if len(fits) == 1 else None


_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})$|^(\d{1,2})\.(\d{1,2})\.$")   # ('2-1' may be a score: no dash)


def day_month(cell: str) -> bool:
    """A cell of a day and a month alone, '5/19' or '19.5.', a day of the year in one order or the other."""
    m = _SLASHED.match(cell.strip())
    if not m:
        return False
    a, b = (int(m[1]), int(m[2])) if m[1] else (int(m[3]), int(m[4]))
    return 1 <= a <= 31 and 1 <= b <= 31 and min(a, b) <= 12
