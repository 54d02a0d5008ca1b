"""Messages forwarded from channels, as a messenger prints them when copied (Telegram's "Saved
Messages"): each under `Forwarded from Channel` (the channel that posted it: the item's outlet), a
headline line (a `🔴`, `⚡️` … before it) or none, its paragraphs (blank lines between them are the
message's own), the link it shares and its view counter `👁 48.2K`, which closes it. One item per
forwarded message that says something of a news item's length; an untitled one keeps its text
(the title is derived later), and a dateline's day (`KANO, June 8 —`) is its date. The messages
carry no date of their own (the copy prints none), so an item without a dateline is undated."""
from __future__ import annotations

import datetime as dt
import re

from ..lang import language
from ..model import Context, Parsed, Story
from .chat import day_of

_FORWARD = re.compile(r"(?i)^(?:forwarded from|weitergeleitet von|transféré de|reenviado de|inoltrato da)\s+(?P<name>\S.{1,60})$")
_VIEWS = re.compile(r"^(?:👁️?|👀)\s*\d[\d.,]*\s*[KkMm]?$")
_URL = re.compile(r"^(?:https?://|www\.)\S+$")
_DATELINE = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý .'-]{1,30},\s*(?P<day>[^—–]{3,25}?)\s*[—–]\s+\S")
_LEAD_MARK = re.compile(r"^[^\w\"“„«‘'¿¡(]+")
_LEAST = 2


def read(lines: list[str], ctx: Context) -> Parsed | None:
    heads = [k for k, l in enumerate(lines) if _FORWARD.match(l.strip())]
    if len(heads) < _LEAST:
        return None
    stories = []
    for n, k in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(lines)
        text = _message(lines[k + 1:end])
        st = _item(text, k + 1, _FORWARD.match(lines[k].strip())["name"].strip(), ctx.captured)
        if st is None:
            return None   # (a forward of talk: some other page, read by the evidence of its lines)
        stories.append(st)
    above = sum(1 for l in lines[:heads[0]] if l.strip())
    notes = [f"left out, above the first message: {above} line(s) of the messenger's page"] if above else []
    return Parsed("generic", stories, notes=notes, lang=language("\n".join(lines)))


def _message(lines: list[str]) -> list[str]:
    """The message's lines up to its view counter, without its links."""
    out = []
    for l in lines:
        s = l.strip()
        if _VIEWS.match(s):
            break
        if s and not _URL.match(s):
            out.append(s)
    return out


def _item(text: list[str], line: int, name: str, captured: dt.date | None) -> Story | None:
    if not text or sum(len(s.split()) for s in text) < 20:
        return None
    first = _LEAD_MARK.sub("", text[0]).strip()
    titled = len(text) > 1 and 3 <= len(first.split()) <= 20 and not first.endswith((".", "!", "?"))
    paras = text[1:] if titled else text
    m = _DATELINE.match(paras[0])
    day = day_of(m["day"], captured) if m else None
    return Story(line=line + 1, paras=paras, title=first if titled else "", date=day,
                 date_basis="stated" if day else "", source=name)
