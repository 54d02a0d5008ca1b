"""Dates as the site shows them: one place for the month names (English, whatever the machine's
locale: `calendar.month_name` follows it, and the same input must give the same bytes)."""
from __future__ import annotations

import datetime as dt

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December")
_EPOCH = dt.date(1970, 1, 1)


def format_date(value: dt.date | None) -> str:
    """'5 March 2025', or 'undated'."""
    return f"{value.day} {MONTH_NAMES[value.month - 1]} {value.year}" if value else "undated"


def month_label(year: int, month: int) -> str:
    """'March 2025'."""
    return f"{MONTH_NAMES[month - 1]} {year}"


def iso_date(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def atom_stamp(value: dt.date | None) -> str:
    """An RFC 3339 time for Atom, which needs one even for an undated article (the epoch)."""
    return f"{(value or _EPOCH).isoformat()}T00:00:00Z"


def days_after(day: dt.date, days: int) -> dt.date | None:
    """`day` moved by `days` (back when negative); None past year 1 or 9999, where a date cannot go
    ('5 days ago' in a digest captured 0001-01-02 was an OverflowError traceback)."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return None
