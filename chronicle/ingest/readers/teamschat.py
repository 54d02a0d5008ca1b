"""A Microsoft Teams channel or chat copied from the app or the browser: each message under a
header of the poster's name and, after two spaces or more, the day and time as Teams prints them:
a date for older messages ('15/05/2026 3:10 pm', '5/12/2026 9:05 AM', '12.05.2026 09:05'), a
weekday for this week's ('Monday 9:05 AM', 'Montag 09:05'), 'Yesterday 4:52 pm' ('Gestern 16:52',
'Hier 16:52', 'Gisteren 16:52'), and the time alone for today's. A link pasted into a message
shows its preview under the poster's remark: the page's headline, its description and the site's
domain ('rnz.co.nz'). chat.py makes the items of these messages (card_story: the preview's)."""
from __future__ import annotations

import datetime as dt
import re

from .. import outlets, when
from ..lang import language
from ..model import Story
from ..numdates import weekday_index
from .chatdays import day_of

HEADER = re.compile(r"^(?P<name>[^\W\d][^\d:|•·]{0,40}?)\s{2,}(?:(?P<day>\S[^:]{1,20}?)\s+)?"
                    r"(?P<time>\d{1,2}[:.]\d{2}(?:\s?[AaPp]\.?\s?[Mm]\.?)?)\s*$")
_SITE = re.compile(r"^(?:[\w-]+\.)+[a-z]{2,12}$")
_STOPS = ".!?…\"”"


def headers(content: list[str]) -> int:
    """How many lines are message headers, when two or more of them print their own day (else 0:
    a name and a time alone is a Slack header, chat.py's)."""
    heads = [m for l in content if "  " in l and (m := HEADER.match(l))]
    return len(heads) if sum(1 for m in heads if m["day"] and _named_day(m["day"])) >= 2 else 0


def _named_day(s: str) -> bool:
    if weekday_index(s) >= 0:
        return True
    found = when.find_dates(s)
    return len(found) == 1 and found[0].end >= len(s.rstrip(" ,")) - 1 and found[0].kind in ("num", "relative", "dmy", "mdy", "iso")


def messages(lines: list[str], ctx) -> list[tuple[int, dt.date | None, str, list[str]]]:
    """(line, date, basis, text lines) of each message. A time alone is today's message: the capture
    day, unless a message below it prints a day (the page is then not in the order Teams shows)."""
    heads = {no: m for no, l in enumerate(lines, 1) if "  " in l and (m := HEADER.match(l.strip()))}
    found = [f for m in heads.values() if m["day"] for f in when.find_dates(m["day"])]
    order = when.decide_order(found, language("\n".join(lines)), ctx.captured)
    last_day = max((no for no, m in heads.items() if m["day"]), default=0)
    out: list[tuple[int, dt.date | None, str, list[str]]] = []
    for no, raw in enumerate(lines, 1):
        s = raw.strip()
        if no in heads:
            m = heads[no]
            if m["day"]:
                day = _day(m["day"].strip(" ,"), order, ctx.captured)
            else:
                day = ctx.captured if no > last_day else None
            out.append((no, day, ("stated" if m["day"] and not _relative(m["day"]) else "derived") if day else "", []))
        elif s and out:
            out[-1][3].append(s)
    return out


def _relative(s: str) -> bool:
    return weekday_index(s.strip(" ,")) >= 0 or any(f.kind == "relative" for f in when.find_dates(s))


def _day(s: str, order: str | None, captured: dt.date | None) -> dt.date | None:
    wd = weekday_index(s)
    if wd >= 0:   # this week's: the latest such day before the capture (today's print no day)
        return captured - dt.timedelta(days=(captured.weekday() - wd) % 7 or 7) if captured else None
    return day_of(s, captured, order)


def card_story(line: int, text: list[str], day: dt.date | None, basis: str) -> Story | None:
    """A message's link preview without its link: the site's domain on the last line of it, the
    description's sentences above, the headline (no closing stop, three words or more) above them.
    The remark above the headline is the poster's, not the story's text."""
    at = next((i for i in range(len(text) - 1, 0, -1) if _SITE.match(text[i]) and outlets.site_name(text[i].lower())), None)
    if at is None:
        return None
    j = at - 1
    while j > 0 and text[j][-1:] in _STOPS:
        j -= 1
    title = text[j]
    if title[-1:] in _STOPS or len(title.split()) < 3:
        return None
    return Story(line=line, paras=text[j + 1:at] or [title], title=title, date=day,
                 date_basis=basis if day else "", source=text[at])
