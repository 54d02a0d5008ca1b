"""What one value of a JSON export is, whatever app wrote it: text (plain, HTML, or rich text as
Telegram writes it: a list of strings and `{type, text, href}` entities), a date (ISO with or
without its offset, epoch seconds or milliseconds), a web address, a list of names (tags), or a
name (an outlet given as text, a domain, or an object with a `name`)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from . import htmltext
from .domains import host_of, outlet_of

_ISO = re.compile(r"^\s*(\d{4})-?(\d{2})-?(\d{2})"
                  r"(?:$|[T ]\d{2}:?\d{2}(?::?\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?\s*$)")
_EPOCH = re.compile(r"^\d{9,13}(?:\.\d+)?$")
URL = re.compile(r"^https?://[^\s<>\"]+$", re.I)
_TAG = re.compile(r"<(?:p|br|a|div|span|b|i|em|strong|ul|ol|li|h[1-6]|blockquote)\b[^>]*>", re.I)
# Slack writes links in its text as <https://…|label> or <https://…>, and mentions as <@U123>
_ANGLE_LINK = re.compile(r"<(https?://[^|>\s]+)(?:\|([^>]*))?>")
_ANGLE_OTHER = re.compile(r"<[@#!][^>]{1,80}>")
_NAME_KEYS = ("name", "title", "label", "display_name", "site_name", "term", "tag", "nom", "nombre", "nome", "titel")


@dataclass
class Rich:
    """A text value read: its text, its links (href, the linked words) and a bold opening line."""
    text: str
    links: list[tuple[str, str]] = field(default_factory=list)
    lead: str = ""   # a bold first entity followed by a line break: the message's headline
    hashtags: list[str] = field(default_factory=list)   # '#energy' entities: the channel's own labels


def is_rich(value: object) -> bool:
    """A list of text pieces: strings and entities (`{type, text, href}`, at least one); a list of
    objects with more to them (Slack's attachments) is a list of records."""
    return isinstance(value, list) and any(isinstance(v, dict) for v in value) and all(
        isinstance(v, str) or isinstance(v, dict) and isinstance(v.get("text"), str) and "type" in v and len(v) <= 6
        for v in value)


def text_of(value: object) -> Rich | None:
    """A value that is text, as text; None for a number, a date, a list of names or an object."""
    if isinstance(value, str):
        if _TAG.search(value):
            page = htmltext.parsed(value)
            text = "\n".join(l.strip() for l in "".join(page.out).split("\n") if l.strip())
            return Rich(text, [(h, t) for h, t in page.links if URL.match(h)])
        links = [(m[1], m[2] or "") for m in _ANGLE_LINK.finditer(value)]
        if links:
            value = _ANGLE_OTHER.sub("", _ANGLE_LINK.sub(lambda m: m[2] or m[1], value))
        return Rich(value.strip(), links)
    if is_rich(value):
        return _entities(value)
    return None


def _entities(parts: list) -> Rich:
    text, links, lead, tags = [], [], "", []
    for n, part in enumerate(parts):
        if isinstance(part, str):
            text.append(part)
            continue
        words, href = part["text"], part.get("href")
        text.append(words)
        kind = str(part.get("type", ""))
        if isinstance(href, str) and URL.match(href):
            links.append((href, words))
        elif kind in ("link", "url") and URL.match(words.strip()):
            links.append((words.strip(), ""))
        elif kind == "hashtag" and 1 < len(words.strip()) <= 100:
            tags.append(words.strip().lstrip("#"))
        if n == 0 and kind in ("bold", "strong", "b") and "\n" not in words.strip():
            lead = words.strip()
    joined = "".join(text)
    if lead and not joined[len(parts[0]["text"]):].startswith("\n"):
        lead = ""   # bold words that run on into the sentence are emphasis, not a headline
    return Rich(joined.strip(), links, lead, tags)


def date_of(value: object, timely: bool) -> dt.date | None:
    """The day a value states: an ISO date or time as written (its own offset's day: 23:30-05:00
    on the 2nd is the 2nd), or, when the key says it is a time, epoch seconds or milliseconds (a
    day in UTC, the only one an epoch states)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        m = _ISO.match(value)
        if m:
            return _day(int(m[1]), int(m[2]), int(m[3]))
        if not (timely and _EPOCH.match(value.strip())):
            return None
        value = float(value)
    if isinstance(value, (int, float)) and timely:
        seconds = value / 1000 if value > 1e11 else value
        if 9.4e8 <= seconds <= 4.1e9:   # 1999 to 2099: ids and counts are not times
            return dt.datetime.fromtimestamp(int(seconds), dt.timezone.utc).date()
    return None


def _day(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d) if 1900 <= y <= 2200 else None
    except ValueError:
        return None


def is_url(value: object) -> bool:
    return isinstance(value, str) and bool(URL.match(value.strip())) and len(value) < 2000


def names_of(value: object) -> list[str]:
    """Tags however an app lists them: strings, objects with a name or label, a comma-separated
    string, or an object whose keys are the tags (Pocket); '#energy' is 'energy'."""
    if isinstance(value, str):
        found = re.split(r"\s*[,;|]\s*", value)
    elif isinstance(value, list):
        found = [v if isinstance(v, str) else name_of(v) for v in value[:200] if isinstance(v, (str, dict))]
    elif isinstance(value, dict):
        found = [k for k in list(value)[:200]]
    else:
        return []
    out = []
    for name in found:
        name = " ".join(str(name).split()).lstrip("#")
        if name and len(name) <= 100 and name not in out:
            out.append(name)
    return out


def name_of(value: object) -> str:
    """An outlet's or tag's name: text, or the name of an object (NewsAPI's `source: {id, name}`)."""
    if isinstance(value, dict):
        value = next((value[k] for k in _NAME_KEYS if isinstance(value.get(k), str) and value[k].strip()), "")
    if not isinstance(value, str):
        return ""
    value = " ".join(value.split())
    if is_url(value) or ("." in value and " " not in value and host_of(value)):
        return outlet_of(value) if not value.startswith("self.") else ""
    return value if len(value) <= 200 else ""
