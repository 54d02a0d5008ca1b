"""A feed of cards copied from an app (MSN / Microsoft Start's `For you`, a Mastodon timeline with
each header on lines of its own): each card headed by the name that posted it on a line of its own,
then a `·` or the account's `@handle`, then the card's age (`3 h`, `3 Std.`, `2d`, `7. Juni`), then
the card's text and its counters. One item per card, the name its outlet, the age its date from the
capture: a headline line over a paragraph is its title, a post of prose alone is untitled (its
title derived later). On a timeline (`@handle` headers) a post that links nowhere is the poster's
own talk, left out; sponsored cards print no age and are left out with the app's lines."""
from __future__ import annotations

import datetime as dt
import re

from ..lang import language
from ..model import Context, Parsed, Story
from .chat import day_of
from .social import _age

_HANDLE = re.compile(r"^@[\w.-]{2,60}(?:@[\w-]+(?:\.[\w-]+)+)?$")
# ('3 Std.', '2 j', '2 g': units in the apps' other languages, which social.py does not know)
_LOCAL_AGE = re.compile(r"^(?P<n>\d{1,3})\s?(?P<unit>Std|Min|Tg|T|j|g)\.?$")
_LOCAL_UNITS = {"Std": "hours", "Min": "minutes", "Tg": "days", "T": "days", "j": "days", "g": "days"}
_COUNTER = re.compile(r"^\d[\d.,]*\s*[KkMm]?$|^(?i:comentarios|comments|kommentare|commentaires|commenti)$")
_LINK = re.compile(r"(?:https?://|www\.)\S+|^(?:[\w-]+\.)+[a-z]{2,12}/\S*$")
_SENTENCES = re.compile(r"[.!?](?:\s|$)")
_TAGS = re.compile(r"^(?:#\w+\s*)+$")
_LEAST = 2


def read(lines: list[str], ctx: Context) -> Parsed | None:
    heads = [k for k in range(len(lines) - 2) if _header(lines, k, ctx.captured)]
    if len(heads) < _LEAST:
        return None
    stories, talk = [], 0
    for n, k in enumerate(heads):
        day = _header(lines, k, ctx.captured)
        end = heads[n + 1] if n + 1 < len(heads) else len(lines)
        social = bool(_HANDLE.match(lines[k + 1].strip()))
        text = _card(lines[k + 3:end])
        if not text or social and not any(_LINK.search(s) for s in text):
            talk += 1
            continue
        stories.append(_item(text, k + 4, lines[k].strip(), day))
    if not stories:
        return None
    notes = [f"left out: {talk} post(s) that link nowhere (the poster's own)"] if talk else []
    return Parsed("generic", stories, notes=notes, lang=language("\n".join(lines)))


def _header(lines: list[str], k: int, captured: dt.date | None) -> dt.date | None:
    # (the mark line first: asked of every line of a page, and most are no '·' or '@handle')
    mark = lines[k + 1].strip()
    if not (mark in "·•" and mark or _HANDLE.match(mark)):
        return None
    name, age = lines[k].strip(), lines[k + 2].strip()
    if not name or name[:1] == "@" or len(name.split()) > 5 or name.endswith((".", ":")):
        return None
    m = _LOCAL_AGE.match(age)
    if m and captured:
        delta = dt.timedelta(**{_LOCAL_UNITS[m["unit"]]: int(m["n"])})
        return captured - dt.timedelta(days=delta.days)
    return _age(age, captured) if len(age) <= 12 else None


def _card(lines: list[str]) -> list[str]:
    """The card's lines up to its first blank line, without its counters."""
    out = []
    for l in lines:
        s = l.strip()
        if not s:
            break
        if not _COUNTER.match(s):
            out.append(s)
    return out


def _item(text: list[str], line: int, name: str, day: dt.date | None) -> Story:
    words = [s for s in text if not _LINK.fullmatch(s) and not _TAGS.match(s)]
    first = words[0] if words else text[0]
    titled = not _SENTENCES.search(first) and 3 <= len(first.split()) <= 30   # (a headline: no sentence ends in it)
    paras = (words[1:] or [first]) if titled else words
    return Story(line=line, paras=paras or text, title=first if titled else "", date=day,
                 date_basis="derived" if day else "", source=name)
