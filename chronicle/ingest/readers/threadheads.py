"""A thread of headlines posted by one account (Bluesky, X, Threads, Mastodon) as the app prints it
when copied: each post under a header of its own lines (display name, `@handle`, `·`, the post's
age `2h`), its text numbered `2/`, `3/` …, then `Link card` and the counters (`3 reposts  9 likes`).
One item per numbered post that is a headline: its text without the number and without the outlet
that closes it, `(CBC News)`, `(Financial Post, June 9)`, `— Toronto Star, Mon`, `(CREA via Global
News)`, which is its outlet and, with a day, its date (a weekday alone is the latest such day up to
the capture). The post's age is when it was shared, no article's date: an item without a day of its
own is undated. The opener (`… 1/17`, no number in front) and talk (a post of sentences: `That's it
for today. See you Thursday`) are the poster's, left out and counted."""
from __future__ import annotations

import datetime as dt
import re

from .. import when
from ..lang import language
from ..model import Context, Parsed, Story
from ..numdates import weekday_index

_HANDLE = re.compile(r"^@[\w.-]{2,60}(?:@[\w-]+(?:\.[\w-]+)+)?$")
_NUMBERED = re.compile(r"^(?P<n>\d{1,3})/\s+(?P<text>\S.*)$")
_CHROME = re.compile(r"(?i)^(?:·|•|link card|\d{1,3}[smhdw]|(?:\d[\d.,]*[km]?\s+(?:reposts?|quotes?|likes?|replies|"
                     r"repost|boosts?|favourites?|views?)\s*)+)$")
_SUFFIX = (re.compile(r"\s+\((?P<src>[^()]{2,60})\)\s*$"),
           re.compile(r"\s+[—–]\s+(?P<src>[^—–]{2,60})$"))
_VIA = re.compile(r"(?i)^.+?\s+via\s+(?P<name>\S.*)$")
_SENTENCE = re.compile(r"[.!?]\s+[A-Z]|[.!?]$")
_WEEKDAY_ABBR = {"Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"}
_LEAST = 3


def read(lines: list[str], ctx: Context) -> Parsed | None:
    posts = _posts(lines)
    numbered = [p for p in posts if _NUMBERED.match(p[1][0])]
    if len(numbered) < _LEAST or len(numbered) < len(posts) / 2:
        return None
    stories = [st for st in (_item(line, text, ctx.captured) for line, text in numbered) if st]
    if not stories:
        return None
    talk = len(posts) - len(stories)
    notes = [f"left out: {talk} post(s) of the poster's own (the thread's opener, sign-off, talk)"] if talk else []
    return Parsed("generic", stories, notes=notes, lang=language("\n".join(lines)))


def _posts(lines: list[str]) -> list[tuple[int, list[str]]]:
    """(line of the post's header, its text lines) for each post: a display name over an @handle."""
    heads = [k - 1 for k in range(1, len(lines)) if _HANDLE.match(lines[k].strip()) and lines[k - 1].strip()]
    out = []
    for n, k in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(lines)
        text = []
        for s in (l.strip() for l in lines[k + 2:end]):
            if not s and text:
                break
            if s and not _CHROME.match(s):
                text.append(s)
        if text:
            out.append((k + 1, text))
    return out


def _item(line: int, text: list[str], captured: dt.date | None) -> Story | None:
    body = _NUMBERED.match(text[0])["text"]
    title, source, day = _outlet(body, captured)
    if len(title.split()) < _LEAST or (not source and _SENTENCE.search(title)):
        return None   # (talk: the sign-off, a remark between the headlines)
    return Story(line=line, paras=[title] + text[1:], title=title, date=day, date_basis="stated" if day else "",
                 source=source)


def _outlet(text: str, captured: dt.date | None) -> tuple[str, str, dt.date | None]:
    """(the headline, the outlet closing it, the day named after the outlet)."""
    for pattern in _SUFFIX:
        m = pattern.search(text)
        if not m:
            continue
        name, _, tail = m["src"].partition(",")
        day = _day(tail.strip(), captured) if tail else None
        if tail and day is None:
            continue   # ('(Ottawa, Gatineau)': no outlet and a day)
        via = _VIA.match(name.strip())
        name = (via["name"] if via else name).strip()
        if name[:1].isupper() and len(name.split()) <= 6:
            return text[:m.start()].rstrip(), name, day
    return text, "", None


def _day(text: str, captured: dt.date | None) -> dt.date | None:
    """'June 9' (the latest such day up to the capture), 'Mon' / 'Monday' (the latest such weekday)."""
    if captured is None:
        return None
    wd = weekday_index(text) if text in _WEEKDAY_ABBR or len(text) >= 5 and " " not in text else -1
    if wd >= 0:
        return captured - dt.timedelta(days=(captured.weekday() - wd) % 7)
    found = when.find_dates(text)
    if not found or found[0].start > 0 or found[0].kind == "relative":
        return None
    f = found[0]
    d = f.resolve(None, f.year or captured.year)
    return f.resolve(None, captured.year - 1) if d and not f.year and d > captured else d
