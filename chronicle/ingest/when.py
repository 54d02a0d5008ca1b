"""Dates and times as people write them in English, German, French, Spanish and Italian (and
the month names and relative dates of Dutch, Portuguese and Polish).

Everything here is pure and clock-free: a relative date is resolved only against a capture date
the caller passes, never against today, so the same input always gives the same output."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..dates import days_after
from . import numdates
from .alsoday import also_heading
from .datescan import alternation, forms_to_try, words_hint
from .dateorder import decide_order   # (when.decide_order: the readers ask it here)
from .monthnames import AMBIGUOUS, MONTHS, WEEKDAYS


_MON = r"(?P<mon>" + alternation(MONTHS) + r")\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
PATTERNS = (
    # year first: '2025-05-12', and as South Africa, Japan or Hungary print it '2025/05/12', '2025.05.12.'
    # (a dotted one with two-digit month and day: 'v2020.3.1' is a version; none after a '/': a web address)
    ("iso", re.compile(r"(?<![\d./])(?P<year>(?:19|20)\d\d)(?:(?P<isep>[-/])(?P<a>\d{1,2})(?P=isep)(?P<b>\d{1,2})"
                       r"|\.(?P<a2>\d\d)\.(?P<b2>\d\d))(?![\d])"
                       # a feed's time and zone with it ('2026-11-26T18:20:00+01:00', '…T14:30Z'): the day as written
                       r"(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?(?![\d:]))?")),
    ("num", re.compile(r"(?<![\d:/])(?<!\d\.)(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<year>(?:19|20)?\d\d)(?![\d/])")),
    ("mdy", re.compile(r"(?i)(?<!\w)" + _MON + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:(?:,\s*|\s+)" + _YEAR + r"(?!\d))?")),
    ("dmy", re.compile(r"(?i)(?<![\w.])" + r"(?P<day>\d{1,2})(?:st|nd|rd|th|er|º|\.)?\s+(?:de\s+)?" + _MON
                       + r"(?!\w)(?:(?:,\s*|\s+)(?:de\s+|del\s+)?" + _YEAR + r"(?!\d))?")),   # ('20 May,2025' too)
    # 'Wednesday 12, March 2025', 'mercredi 12, mars 2025': a cover sheet's comma after the day, only
    # with the weekday before it and the year after ('12, March' alone may be a list of numbers)
    ("dmy,", re.compile(r"(?i)(?<!\w)(?:" + alternation(WEEKDAYS) + r")\.?,?\s+(?P<day>\d{1,2})(?:st|nd|rd|th|er|\.)?,\s*"
                        + _MON + r"(?!\w),?\s+" + _YEAR + r"(?!\d)")),
    # '21 // Abr // 2025', '21-Apr-2025', '21/abr/2025': the month's name between slashes or dashes
    ("dmy/", re.compile(r"(?i)(?<![\w./-])(?P<day>\d{1,2})\s*(?P<s>/{1,2}|-)\s*" + _MON + r"\s*(?P=s)\s*" + _YEAR + r"(?!\d)")),
    # 'Fußball · 21.04.', '21.04. | Sport': a day and month in digits, no year, as German-speaking
    # pages print a post's date: only set off on a line by itself or by a separator ('Python 3.12.' is none)
    ("dm.", re.compile(r"(?:^|(?<=[·•|–—]\s))(?P<day>\d{1,2})\.(?P<mm>\d{1,2})\.(?=\s*(?:[·•|–—]\s|$))")),
    # 'Tue 29/4', 'mar. 29/04', 'Di, 29.4.': a weekday, then a day and month in digits, no year (a feed
    # reader's or a list's date); which number is the month, the page decides as for any numeric date
    ("wdm", re.compile(r"(?i)(?<!\w)(?P<wd>" + alternation(WEEKDAYS) + r")\.?,?\s+(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})\.?(?![\d/.]|\.\d)")),
    # 'Original: The Canberra Times, 13/5': a day and month closing a line after a name and a comma
    ("cdm", re.compile(r"(?<=[^\W\d],\s)(?P<a>\d{1,2})(?P<sep>/)(?P<b>\d{1,2})\s*$")),
)
TIME = re.compile(r"(?i)^(?:\d{1,2}(?::\d{2})?\s*(?:a\.?\s?m\.?|p\.?\s?m\.?)|\d{1,2}[:.h]\d{2}(?:\s*(?:uhr|h|hrs))?"
                  r"|\d{1,2}\s*uhr|noon|midnight)(?=\s|$|[,;:—–-]|\.(?!\d))")
_REL_UNITS = {   # (also Dutch, Portuguese and Polish: agency pages in those languages write them)
    "minute": "minute minutes min mins minuto minuti minutos minute minuten minuut minutę minuty minut",
    "hour": "hour hours hr hrs h heure heures hora horas ora ore stunde stunden std uur uren godzinę godziny godzin",
    "day": "day days jour jours día días dia dias giorno giorni tag tage tagen dag dagen dzień dni",
    "week": "week weeks semaine semaines semana semanas settimana settimane woche wochen weken tydzień tygodnie tygodni",
}
UNITS = {w: u for u, ws in _REL_UNITS.items() for w in ws.split()}
_UNIT = r"(?P<unit>" + "|".join(sorted(map(re.escape, UNITS), key=len, reverse=True)) + r")\.?"
_UNIT2 = r"(?:\s+(?P<n2>\d{1,4})\s+(?P<unit2>" + "|".join(sorted(map(re.escape, UNITS), key=len, reverse=True)) + r")\.?)?"
RELATIVE = (
    # '3 hours ago', '3 days 23 hours ago', '11 minuten geleden', '2 horas atrás', '3 dni temu'
    re.compile(r"(?i)(?<!\w)(?P<n>an?|one|\d{1,4})\s+" + _UNIT + _UNIT2 + r"\s+(?:ago|geleden|atrás|temu)(?!\w)"),
    re.compile(r"(?i)(?<!\w)(?:vor|il y a|hace|hai|há)\s+(?P<n>einer?|einem|un|une|una|um|uma|\d{1,4})\s+" + _UNIT + r"(?!\w)"),
    re.compile(r"(?i)(?<!\w)(?P<n>un|una|\d{1,4})\s+" + _UNIT + r"\s+fa(?!\w)"),
)
# 'Reuters · 4h', 'Canary Media / 3h', '2d': a feed reader's or a search card's age, only at a line's end
# after a name and a separator ('3h' inside a sentence, '45 min' alone on a line are no dates)
# (looked for in a line's last 20 characters only, and before a name at its start: '5h · Il Post')
_AGE_END = re.compile(r"(?:(?<=\w\s[·•|/–—-])|(?<=\w[·•]))\s*(?P<n>\d{1,3})\s?(?P<unit>min|m|h|hrs?|d|w)\.?(?:\s+ago)?\s*$")
_AGE_START = re.compile(r"(?P<n>\d{1,3})\s?(?P<unit>min|m|h|hrs?|d|w)\.?(?=\s*[·•|/–—-]\s*[^\W\d])")
# '2h ago', '38m ago', 'Updated 1d ago': the compact age with its 'ago' says it anywhere in a line
_AGE_AGO = re.compile(r"(?<!\w)(?P<n>\d{1,3})(?P<unit>min|m|h|hrs?|d|w)\.?\s+ago(?!\w)")
_COMPACT_UNITS = {"min": "minutes", "m": "minutes", "h": "hours", "hr": "hours", "hrs": "hours", "d": "days", "w": "weeks"}
DAY_WORDS = {"today": 0, "heute": 0, "aujourd'hui": 0, "aujourd’hui": 0, "hoy": 0, "oggi": 0, "just now": 0,
             "vandaag": 0, "yesterday": 1, "gestern": 1, "hier": 1, "ayer": 1, "ieri": 1, "gisteren": 1,
             "vorgestern": 2, "avant-hier": 2, "anteayer": 2, "eergisteren": 2,   # (Dutch too: 'Gisteren, 21:10')
             "hoje": 0, "ontem": 1, "anteontem": 2}   # (and Portuguese: 'Record | Ontem')
_NAME_BEFORE = re.compile(r"[A-ZÀ-Ý][\w&.'’-]*\s+$")
# 'pflegeinfo-heute.de', 'redazione@salute-oggi.it', 'zdf.de/heute-journal': a day word joined to other
# letters by a dot, hyphen, slash, '@' or '_' is part of an address or a name, no date
_JOINED_BEFORE, _JOINED_AFTER = re.compile(r"\w[-./@_]$"), re.compile(r"[-./@_]\w")
_DAY_WORD = re.compile(r"(?i)(?<!\w)(" + alternation(DAY_WORDS) + r")(?!\w)")
_DAY_HINT = words_hint(DAY_WORDS)   # (in the folded text: datescan.py)


# How to give a capture date, for every message about a date that needs one.
CAPTURE_HINT = ("give the capture date: --captured YYYY-MM-DD with build.py ingest, CAPTURED=YYYY-MM-DD with "
                "make site, a first line 'captured: YYYY-MM-DD' in the digest, or the date in its file name")


@dataclass(frozen=True)
class Found:
    """A date written in a text: year None when it is not written; a/b the two numbers of a
    numeric date whose day/month order the page decides."""
    kind: str            # iso, num, mdy, dmy, relative
    start: int
    end: int
    year: int | None = None
    month: int = 0
    day: int = 0
    a: int = 0
    b: int = 0
    ago: dt.timedelta | None = None
    weekday: int = -1    # 0 = Monday, when a weekday is written just before the date
    dotted: bool = False  # a numeric date written with dots ('12.03.2025')
    clock12: bool = False  # a numeric date with a 12-hour time after it ('3/11/2025 8:02 PM')
    vague: bool = False  # an age counted in weeks ('1 settimana fa'): it names no day

    def resolve(self, order: str | None, year: int | None = None) -> dt.date | None:
        """The calendar date, given the page's day/month order and a year for a date without one."""
        y = self.year or year
        if y is None:
            return None
        if self.kind == "num":
            if self.a == self.b:
                m, d = self.a, self.b
            elif order is None:
                return None
            else:
                d, m = (self.a, self.b) if order == "dmy" else (self.b, self.a)
        else:
            m, d = self.month, self.day
        try:
            day = dt.date(y, m, d)
        except ValueError:
            return None
        return None if self.kind == "num" and self.year is None and 0 <= self.weekday != day.weekday() else day


_DIGIT = re.compile(r"\d")
_DAY_SLASH = re.compile(r"\d\s*(?:/{1,2}|-)\s*[^\W\d_]")
_RELATIVE_HINT = re.compile(r"(?i)\bago\b|\bvor\b|il y a|\bhace\b|\bfa\b|\bgeleden\b|atrás|\btemu\b|\bhá\b")
# Text _RELATIVE_HINT can match holds one of these once case-folded (tests/test_ingest_prefilters.py):
# a plain substring test spares the pattern, which is tried at every position of every line.
RELATIVE_HINT_WORDS = ("ago", "vor", "il y a", "hace", "fa", "geleden", "atrás", "temu", "há")
_HINT_WORD = re.compile("|".join(RELATIVE_HINT_WORDS))
# what (?i) also takes for an ASCII letter (the dotted and dotless i, the long s)
FOLD_LIKE_RE = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})
# A page's lines are read for dates several times over (classified, then as titles, bodies, date
# lines): each text's dates are kept, as a tuple (Found is frozen), up to a bound.
_SEEN: dict[str, tuple[Found, ...]] = {}
_SEEN_MAX = 100_000


def find_dates(text: str) -> list[Found]:
    """Every date written in a text, left to right, without overlaps."""
    seen = _SEEN.get(text)
    if seen is None:
        if len(_SEEN) >= _SEEN_MAX:
            _SEEN.clear()
        seen = _SEEN[text] = tuple(_find_dates(text))
    return list(seen)


def folded(text: str) -> str:
    """The text lower-cased as (?i) compares it (a translation table costs more than three scans)."""
    if "İ" in text or "ı" in text or "ſ" in text:
        text = text.translate(FOLD_LIKE_RE)
    return text.lower()


def remember(text: str, found: list[Found]) -> None:
    """Keep `found` as the dates of `text`: what find_dates(text) gave in a worker process (the
    lines of a long page are classified on every core), so this one does not read them again."""
    if len(_SEEN) < _SEEN_MAX:
        _SEEN.setdefault(text, tuple(found))


def _relative_hint(text: str, low: str | None = None) -> bool:
    return bool(_HINT_WORD.search(folded(text) if low is None else low) and _RELATIVE_HINT.search(text))


def _find_dates(text: str) -> list[Found]:
    out: list[Found] = []
    taken: list[tuple[int, int]] = []
    low = folded(text)   # (once for both hints)
    relative, days = _relative_hint(text, low), _DAY_HINT.search(low) is not None
    if not _DIGIT.search(text):   # every written date has a number; most lines have none
        if relative or days and _DAY_WORD.search(text):
            return _relative(text, out, taken, relative, days)
        return out
    for kind, rx in forms_to_try(text, PATTERNS):
        if kind == "dmy/" and not _DAY_SLASH.search(text):
            continue   # ('21 // Abr // 2025' is rare: a cheaper pattern says where it can be)
        for m in rx.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            f = _found(kind, m)
            if f and kind == "num":
                marks = numdates.marks(text, m.start(), m.end())   # a weekday before, a 12-hour clock after
                f = Found(**{**f.__dict__, **marks}) if marks else f
            if f:
                out.append(f)
                taken.append((m.start(), m.end()))
    return _relative(text, out, taken, relative, days)


def _relative(text: str, out: list[Found], taken: list[tuple[int, int]], relative: bool, days: bool) -> list[Found]:
    for rx in (RELATIVE if relative else ()):
        for m in rx.finditer(text):
            n = m["n"].lower()
            count = int(n) if n.isdigit() else 1
            unit = UNITS[folded(m["unit"]).rstrip(".")]
            ago = dt.timedelta(**{unit + "s": count})
            if m.groupdict().get("n2"):   # '3 days 23 hours ago': both parts count
                ago += dt.timedelta(**{UNITS[folded(m["unit2"])] + "s": int(m["n2"])})
            out.append(Found("relative", m.start(), m.end(), ago=ago, vague=unit == "week"))
    age = _compact_age(text)
    if age and not any(age.start < e and s < age.end for s, e in taken):
        out.append(age)
    for m in (_DAY_WORD.finditer(text) if days and not also_heading(text) else ()):   # ('Also today': the column's)
        if m[1][:1].isupper() and _NAME_BEFORE.search(text, 0, m.start()):
            continue   # 'India Today', 'USA TODAY': the name of an outlet, not the day
        if _JOINED_AFTER.match(text, m.end()) or _JOINED_BEFORE.search(text, max(0, m.start() - 2), m.start()):
            continue
        if not any(m.start() < e and s < m.end() for s, e in taken):
            out.append(Found("relative", m.start(), m.end(), ago=dt.timedelta(days=DAY_WORDS[folded(m[1])])))
    return sorted(out, key=lambda f: f.start)


def _compact_age(text: str) -> Found | None:
    """A card's compact age ('Reuters · 4h', '5h · Il Post', '2h ago') as a relative date."""
    m = _AGE_START.match(text) if text[:1].isdigit() else None
    if m is None and " ago" in text:
        m = _AGE_AGO.search(text)
    end = text.rstrip().removesuffix(" ago").rstrip(".")
    if m is None and end[-1:] in "mhdwsn" and end.rstrip("minhrsdw").rstrip()[-1:].isdigit():   # (a number, a unit)
        m = _AGE_END.search(text, max(0, len(text) - 20))   # (its lookbehind sees the name before)
    if m is None or m["unit"] == "min" and " min" in m[0] and "ago" not in m[0]:
        return None   # ('bbc.co.uk · 5 min', '5 min · Medium': a reading time, as read-later apps print it)
    return Found("relative", m.start("n"), m.end(), ago=dt.timedelta(**{_COMPACT_UNITS[m["unit"]]: int(m["n"])}),
                 vague=m["unit"] == "w")


_DAY_SPAN = re.compile(r"\s*[-–]\s*\d{1,2}(?![\d:.])")


def _found(kind: str, m: re.Match) -> Found | None:
    if kind == "cdm":
        a, b = int(m["a"]), int(m["b"])
        return Found("num", m.start("a"), m.end(), None, a=a, b=b) if 1 <= a <= 31 and 1 <= b <= 31 and min(a, b) <= 12 else None
    if kind == "wdm":
        a, b = int(m["a"]), int(m["b"])
        if not (1 <= a <= 31 and 1 <= b <= 31) or (a > 12 and b > 12):
            return None
        # (the weekday must fall on the date: '(Sun, 4/16)' is an author's citation when 16 April is no Sunday)
        return Found("num", m.start("a"), m.end(), None, a=a, b=b, dotted=m["sep"] == ".",
                     weekday=numdates.weekday_index(m["wd"]))
    if kind == "dm.":
        day, month = int(m["day"]), int(m["mm"])
        return Found("dmy", m.start(), m.end(), None, month, day) if 1 <= day <= 31 and 1 <= month <= 12 else None
    year = int(m["year"]) if m["year"] else None
    if kind == "num":
        if year is not None and year < 100:
            if m["sep"] == "-" or int(m["a"]) > 31:
                return None
            year += 2000
        a, b = int(m["a"]), int(m["b"])
        if not (1 <= a <= 31 and 1 <= b <= 31) or (a > 12 and b > 12):
            return None
        return Found("num", m.start(), m.end(), year, a=a, b=b, dotted=m["sep"] == ".")
    if kind == "iso":
        return Found("iso", m.start(), m.end(), year, int(m["a"] or m["a2"]), int(m["b"] or m["b2"]))
    word = m["mon"]
    month = MONTHS[folded(word).rstrip(".")]
    day = int(m["day"])
    if word in AMBIGUOUS and year is None and numdates.weekday_before(m.string, m.start()) < 0 and not numdates.closing_field(m.string, m.start(), m.end()):
        return None   # '12 may be', '3 ago': a common word next to a number, not a date ('dinsdag 6 mei' is one)
    if not 1 <= day <= 31 or year is None and _DAY_SPAN.match(m.string, m.end()):
        return None   # ('Oct 16-22', '3-4 March': a span of days, no one day)
    return Found(kind.rstrip("/,"), m.start(), m.end(), year, month, day)   # ('dmy/', 'dmy,': 'dmy' dates)


def relative_to(found: Found, captured: dt.date | None) -> dt.date | None:
    """'3 hours ago' / 'vor 2 Tagen' -> a date counted back from the capture date (None without one)."""
    if captured is None or found.ago is None or found.vague:
        return None   # ('1 week ago' may be any of seven days: a date would be a guess, so none)
    if found.ago >= dt.timedelta(days=1) or found.ago == dt.timedelta(0):
        # '3 days 23 hours ago' is four days back at any capture time before 23:00: the more
        # likely day, as '2 days 4 hours ago' is two
        return days_after(captured, -found.ago.days - (found.ago.seconds > 12 * 3600))
    return captured   # hours or minutes ago: the capture day (the capture time is not known)


def is_time(text: str) -> re.Match | None:
    """A clock time at the start of a text ('6 p.m.', '14:05', '9.30 Uhr')."""
    return TIME.match(text.strip())


def year_of(text: str) -> int | None:
    m = re.search(r"(?<!\d)((?:19|20)\d\d)(?!\d)", text)
    return int(m[1]) if m else None


def capture_from_name(name: str) -> dt.date | None:
    """A capture date in a file name: 2025-03-04, 20250304 or 2025_03_04."""
    m = re.search(r"(?<!\d)((?:19|20)\d\d)[-_.]?(\d\d)[-_.]?(\d\d)(?!\d)", name)
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3])) if m else None
    except ValueError:
        return None
