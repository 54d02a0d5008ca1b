"""What is written beside a numeric date that can tell day-first from month-first: a weekday
before it ('Mon, 03/10/2025': only one reading falls on a Monday) and a 12-hour clock after it
('3/11/2025 8:02 PM', as US software prints dates: month first). when.decide_order weighs them."""
from __future__ import annotations

import re

from .monthnames import WEEKDAYS

# (longest first, then in alphabetical order: the same pattern in every process, whatever the hash seed)
_WEEKDAY_BEFORE = re.compile(r"(?i)(?<!\w)(" + "|".join(sorted(map(re.escape, set(WEEKDAYS)), key=lambda w: (-len(w), w)))
                             + r")\.?,?\s*$")
_WEEKDAY_INDEX = {w: i % 7 for i, w in enumerate(
    "monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag mo di mi do fr sa so "
    "lundi mardi mercredi jeudi vendredi samedi dimanche lun mar mer jeu ven sam dim "
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag "
    "lunes martes miércoles jueves viernes sábado domingo lun mar mié jue vie sáb dom lun mar mie jue vie sab dom".split())}
_CLOCK12_AFTER = re.compile(r"(?i),?\s{1,3}(?:at\s+|um\s+|à\s+)?\d{1,2}:\d{2}(?::\d{2})?\s?[ap]\.?\s?m\.?(?!\w)")


def weekday_index(word: str) -> int:
    """0 for Monday … 6 for Sunday; -1 for a word that is no weekday this module knows."""
    return _WEEKDAY_INDEX.get(word.lower().rstrip("."), -1)


def weekday_before(text: str, start: int) -> int:
    """The weekday written just before text[start:] (0 = Monday), else -1."""
    m = _WEEKDAY_BEFORE.search(text[max(0, start - 14):start])
    return _WEEKDAY_INDEX.get(m[1].lower(), -1) if m else -1


def marks(text: str, start: int, end: int) -> dict:
    """The Found fields to set for the numeric date at text[start:end]: 'weekday' (0 = Monday) when
    one is written just before it, 'clock12' when a 12-hour time follows it."""
    out: dict = {}
    m = _WEEKDAY_BEFORE.search(text[max(0, start - 14):start])
    day = _WEEKDAY_INDEX.get(m[1].lower()) if m else None
    if day is not None:
        out["weekday"] = day
    if _CLOCK12_AFTER.match(text, end):
        out["clock12"] = True
    return out


# what is left of 'Global Markets Desk, [3/11/2025 8:02 PM]' without its date and time: a chat
# message's header, the channel's or sender's name over the message (a date line, not a headline)
_SENDER_STAMP = re.compile(r"^\s*[^\W\d][^\[\]\n]{0,50}?,?\s*\[\s*(?:[ap]\.?\s?m\.?)?\s*\]\s*$", re.I)   # ('p. m.')


def without_sender(rest: str) -> str:
    """A date line's leftover words once its date and time are gone, without a sender's name
    before a bracketed time stamp."""
    return "" if _SENDER_STAMP.match(rest) else rest


_DAY_MONTH_DOT = re.compile(r"^(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.$")


def day_month_dot(text: str) -> bool:
    """'13.02.' alone: a day and month as German and Austrian pages print them without the year
    (the closing dot says so); '13.02' is a clock time, '13.02. Uhr' is not written."""
    return bool(_DAY_MONTH_DOT.match(text.strip()))


def closing_field(text: str, start: int, end: int) -> bool:
    """The date at text[start:end] is the last field of a line, after a separator ('Europa Press ·
    4 dic', 'Sole 24 Ore | 3 mag'): no sentence goes on there, so a month's short form that is also
    a word ('dic', 'mag', 'ago') is the month's (when.py)."""
    before = text[:start].rstrip()
    return text[end:].strip(" .") == "" and bool(before) and before[-1] in "·|•,–—-(/"
