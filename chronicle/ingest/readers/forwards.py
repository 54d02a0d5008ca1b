"""A messenger group copied from a desktop app (Signal, WhatsApp Web, Telegram Desktop): day
dividers alone on their line ('Yesterday', 'Gestern', a weekday, a date), then per message the
sender's name, a forward mark ('↪ Forwarded'), the link, the link preview (its page title, its site's
domain, its description), the sender's own comment and the time alone on the last line. One item
per message sharing a link: the preview's title is the item's title, its domain the outlet, its
description the text, the divider above its day. The sender, the mark and the comment are chat,
not the news item. Read only when most messages end on a time of their own and share a link."""
from __future__ import annotations

import datetime as dt
import re

from .. import domains, when
from ..lang import language
from ..model import Context, Parsed, Story, is_prose
from .chat import day_of

# '18:22', '9.31', '8:05 PM', '18:22 ✓✓' (read receipts): a message's time, alone on its line
_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s?[AaPp]\.?\s?[Mm]\.?)?(?:\s*[✓✔]+)?$")
_URL = re.compile(r"^https?://\S+$")
_DOMAIN = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+$", re.I)
# Weekday names as dividers name the days of the past week (0 = Monday); today and yesterday are
# said as words ('Oggi', 'Ieri'), which day_of reads.
_WEEKDAY = {w: i for i, words in enumerate((
    "monday montag lundi lunes lunedì lunedi maandag segunda-feira",
    "tuesday dienstag mardi martes martedì martedi dinsdag terça-feira",
    "wednesday mittwoch mercredi miércoles miercoles mercoledì mercoledi woensdag quarta-feira",
    "thursday donnerstag jeudi jueves giovedì giovedi donderdag quinta-feira",
    "friday freitag vendredi viernes venerdì venerdi vrijdag sexta-feira",
    "saturday samstag sonnabend samedi sábado sabado sabato zaterdag",
    "sunday sonntag dimanche domingo domenica zondag")) for w in words.split()}


def read(lines: list[str], ctx: Context) -> Parsed | None:
    msgs = _messages(lines)
    linked = [m for m in msgs if any(_URL.match(t) for _, t in m)]
    if len(linked) < 2 or len(linked) < 0.5 * len(msgs):
        return None
    stories, day, chatter = [], None, 0
    for m in msgs:
        at = next((i for i, (_, t) in enumerate(m) if _URL.match(t)), None)
        for _, t in m[:at]:
            day = _divider(t, ctx.captured) or day
        st = _story(m, at, day) if at is not None else None
        if st is None:
            chatter += 1
        else:
            stories.append(st)
    if len(stories) < 2:
        return None
    notes = [f"{chatter} chat messages without a shared link left out"] if chatter else []
    return Parsed("generic", stories, notes=notes, lang=language("\n".join(lines)))


def _messages(lines: list[str]) -> list[list[tuple[int, str]]]:
    """The page's lines (number, text) cut after each time alone on its line; what follows the last
    one (the app's 'Type a message' box) is none."""
    out, cur = [], []
    for n, line in enumerate(lines, 1):
        s = line.strip()
        if not s:
            continue
        if _CLOCK.match(s):
            if cur:
                out.append(cur)
            cur = []
        else:
            cur.append((n, s))
    return out if len(out) >= 3 else []


def _divider(s: str, captured: dt.date | None) -> tuple[dt.date, str] | None:
    """(day, basis) of a day divider: a weekday (the latest such day before the capture), a word
    such as 'Yesterday', or a date alone on its line."""
    low = s.lower().strip(" ,.")
    if low in _WEEKDAY:
        if captured is None:
            return None
        back = (captured.weekday() - _WEEKDAY[low]) % 7 or 7
        return captured - dt.timedelta(days=back), "derived"
    found = when.find_dates(s)
    if len(s.split()) > 5 or not found or found[0].start > 0 or len(s) - found[-1].end > 2:
        return None
    day = day_of(s, captured)
    return (day, "stated" if found[0].year else "derived") if day else None


def _story(msg: list[tuple[int, str]], at: int, day: tuple[dt.date, str] | None) -> Story | None:
    """The link preview after the link: title, domain and description (WhatsApp puts the domain
    first); without a domain line, the outlet is the link's."""
    url, after = msg[at][1], [t for _, t in msg[at + 1:]]
    if not after:
        return None
    if len(after) >= 2 and _DOMAIN.match(after[1]) and not _DOMAIN.match(after[0]):
        title, source, rest = after[0], after[1], after[2:]
    elif len(after) >= 2 and _DOMAIN.match(after[0]):
        title, source, rest = after[1], after[0], after[2:]
    else:
        title, source, rest = after[0], domains.outlet_of(url), after[1:]
    # the description is the preview's; a line after it is the sender's comment
    body = rest[:1] if rest and (is_prose(rest[0], 80) or rest[0][-1:] in ".!?…") else []
    date, basis = day if day else (None, "")
    return Story(line=msg[at][0], paras=body or [title], title=title, date=date, date_basis=basis,
                 source=source, url=url)
