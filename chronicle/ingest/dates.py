"""Dates in raw digests: numeric dates with day/month order decided per file, relative dates,
war-day counts, written-out datelines and weekday checks. Pure functions."""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Sequence

from ..dates import days_after

NUMERIC = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$")
ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")
RELATIVE = re.compile(
    r"^\s*(?:(an?|one|\d{1,4})\s+(minute|hour|day|week|month|year)s?\s+ago|(today|yesterday|just now))\s*$", re.I)
WAR_DAY = re.compile(
    r"\b(?:the\s+(\d{1,5})(?:st|nd|rd|th)\s+day|day\s+(\d{1,5}))\s+of\s+(?:the\s+)?(?:full[- ]scale\s+)?"
    r"(?:war|invasion)\b", re.I)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_THIS_WEEKDAY = re.compile(r"\b(?:this|on|last|on this)\s+(" + "|".join(WEEKDAYS) + r")\b", re.I)
MONTHS = {m: i + 1 for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"))}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9
_MONTH_RE = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
WRITTEN = [
    re.compile(_MONTH_RE + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})", re.I),
    re.compile(r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH_RE + r",?\s+(?P<year>\d{4})", re.I),
]


@lru_cache(maxsize=8192)   # layout detection asks about the same lines more than once
def is_date_line(line: str) -> bool:
    if len(line) > 80 and len(line.split(None, 3)) > 3:
        # a body line (listing.looks_like asks of every line): the patterns below each take at
        # most three words, and the five-language forms at most 80 characters
        return False
    if NUMERIC.match(line) or ISO.match(line) or RELATIVE.match(line) or written_date(line, whole=True):
        return True
    from . import when   # the five-language forms ('7. Mai 2025', 'hace 2 días', 'Mon, 03/10/2025 - 9:15am')
    from .lines import date_only
    return len(line) <= 80 and date_only(line, when.find_dates(line))


def written_date(text: str, whole: bool = False) -> dt.date | None:
    """'March 3, 2025' / '3 March 2025' -> date (whole=True: the text must be just the date)."""
    for rx in WRITTEN:
        m = rx.fullmatch(text.strip()) if whole else rx.search(text)
        if m:
            try:
                return dt.date(int(m["year"]), MONTHS[m["mon"].lower().rstrip(".")], int(m["day"]))
            except ValueError:
                return None
    return None


def decide_order(raw: Sequence[str]) -> str | None:
    """'dmy' or 'mdy' for a file's numeric dates, from the evidence; None when it cannot be told.

    A field above 12 decides; otherwise the order that keeps a newest-first listing newest first.
    """
    pairs = [(int(m[1]), int(m[2]), int(m[3])) for m in (NUMERIC.match(r) for r in raw) if m]
    if not pairs:
        return None
    if any(a > 12 for a, _, _ in pairs):
        return "dmy"
    if any(b > 12 for _, b, _ in pairs):
        return "mdy"
    if all(a == b for a, b, _ in pairs):
        return "dmy"  # 05-05-2025 reads the same either way
    fits = []
    for order in ("dmy", "mdy"):
        dates = [_make(p, order) for p in pairs]
        if None in dates:
            continue
        if all(x >= y for x, y in zip(dates, dates[1:])):
            fits.append(order)
    return fits[0] if len(fits) == 1 else None


def _make(p: tuple[int, int, int], order: str) -> dt.date | None:
    a, b, y = p
    day, month = (a, b) if order == "dmy" else (b, a)
    try:
        return dt.date(y, month, day)
    except ValueError:
        return None


def numeric_date(raw: str, order: str | None) -> dt.date | None:
    m = ISO.match(raw)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    m = NUMERIC.match(raw)
    if not m:
        return None
    p = (int(m[1]), int(m[2]), int(m[3]))
    if p[0] == p[1]:
        return _make(p, "dmy")
    return _make(p, order) if order else None


def relative_date(raw: str, captured: dt.date | None) -> dt.date | None:
    """'5 days ago' -> captured - 5 days; None without a capture date or for hours/minutes before midnight."""
    m = RELATIVE.match(raw)
    if not m or captured is None:
        return None
    if m[3]:
        word = m[3].lower()
        return days_after(captured, -1 if word == "yesterday" else 0)
    n = 1 if m[1].lower() in ("a", "an", "one") else int(m[1])
    unit = m[2].lower()
    if unit in ("minute", "hour"):
        return captured if unit == "minute" or n < 24 else days_after(captured, -(n // 24))
    if unit == "day":
        return days_after(captured, -n)
    if unit == "week":
        return days_after(captured, -7 * n)
    return None  # "2 months ago" is too vague to be a date


def war_day(text: str, epoch: dt.date) -> tuple[int, dt.date] | None:
    m = WAR_DAY.search(text)
    if not m:
        return None
    n = int(m[1] or m[2])
    if n < 1:
        return None
    day = days_after(epoch, n - 1)
    return (n, day) if day else None


def weekday_mentions(text: str) -> list[str]:
    """Weekdays named as 'this Wednesday' / 'on Wednesday' (the day of the report)."""
    return [m[1].lower() for m in _THIS_WEEKDAY.finditer(text) if m[0].lower().startswith("this")]


def weekday_name(day: dt.date) -> str:
    return WEEKDAYS[day.weekday()]
