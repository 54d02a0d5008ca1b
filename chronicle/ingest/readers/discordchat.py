"""A Discord channel copied from the desktop app or the browser: each message under a header
'name — 04/27/2025 6:40 PM' ('— 27/04/2025 18:40', '— Yesterday at 9:02 PM', '— Today at 8:14 AM',
'— Gestern um 21:02', '— Hier à 21:02', '— Ayer a las 21:02', '— Ieri alle 21:02'); the messages a
user sends right after it have no header of their own. A shared link is followed by its embed:
site name, title, description (an '(edited)' mark glued to its end), then the reactions, each
emoji and its count on a line of their own. A new link after an embed, or text after the
reactions, is the next message of the same user (same day); a 'NEW' divider and the composer
('Message #channel') are the app's. chat.py makes the items of these messages."""
from __future__ import annotations

import datetime as dt
import re

from .. import when
from ..lang import language

# 'name — when': an em dash between the user's name and the message's day and time
HEADER = re.compile(r"^(?P<name>[^\s—][^—]{0,40}?)\s+—\s+(?P<when>\S.{3,30})$")
_TIME = re.compile(r"(?i)(?:,?\s+(?:at|um|à|a las|alle|om|às)\s+|,?\s+)\d{1,2}[:.h]\d{2}(?:\s?[ap]\.?\s?m\.?)?\s*$")
_URL = re.compile(r"^https?://\S+$")
_EMOJI = re.compile(r"^[^\w\s]{1,4}$")   # a reaction's emoji alone ('👍', '🔥')
_COUNT = re.compile(r"^\d{1,4}$")
_APP = re.compile(r"^(?:NEW|NEU|NOUVEAU|NUEVO|NUOVO|NIEUW)$|^(?:Message|Nachricht an|Envoyer un message dans|Enviar mensaje a|Invia un messaggio in)\s+[#@]")
_EDITED = re.compile(r"\s*\((?:edited|bearbeitet|modifié|editado|modificato|bewerkt)\)$")


def headers(content: list[str]) -> int:
    """How many lines of the page are message headers with a day."""
    return sum(1 for l in content if (m := HEADER.match(l)) and _day_text(m["when"]))


def _day_text(s: str) -> str:
    """The day of a header's 'when' without its time ('Yesterday at 9:02 PM' -> 'Yesterday'), '' if none:
    the app writes a day in numbers or a word and always the time ('NRC — 14 maart 2025' is a source line)."""
    t = _TIME.search(s)
    day = s[:t.start()].strip(" ,") if t else ""
    found = when.find_dates(day) if day else []
    return day if len(found) == 1 and found[0].kind in ("num", "relative") and found[0].end >= len(day) - 1 else ""


def messages(lines: list[str], ctx) -> list[tuple[int, dt.date | None, str, list[str]]]:
    """(line, date, basis, text lines) of each message, a headerless follow-up as one of its own."""
    heads = [(no, m) for no, l in enumerate(lines, 1) if (m := HEADER.match(l.strip())) and _day_text(m["when"])]
    found = [f for _, m in heads for f in when.find_dates(_day_text(m["when"]))]
    order = when.decide_order(found, language("\n".join(lines)), ctx.captured)
    out: list[tuple[int, dt.date | None, str, list[str]]] = []
    day, basis, embed, reacted = None, "", False, False
    for no, raw in enumerate(lines, 1):
        s = raw.strip()
        m = HEADER.match(s)
        if m and _day_text(m["when"]):
            day, basis = _day(_day_text(m["when"]), order, ctx.captured)
            out.append((no, day, basis, []))
            embed = reacted = False
            continue
        if not s or _APP.search(s) or not out:
            continue
        if _EMOJI.match(s) or _COUNT.match(s) and reacted:
            reacted = True   # (the reactions close the message: what follows is the next one)
            continue
        if reacted or _URL.match(s) and embed:
            out.append((no, day, basis, []))
            embed = reacted = False
        embed = embed or bool(_URL.match(s))
        out[-1][3].append(_EDITED.sub("", s))
    return out


def _day(text: str, order: str | None, captured: dt.date | None) -> tuple[dt.date | None, str]:
    f = when.find_dates(text)[0]
    if f.kind == "relative":
        d = when.relative_to(f, captured)
        return d, "derived" if d else ""
    d = f.resolve(order)
    return d, "stated" if d else ""
