"""A social timeline copied from the web (Mastodon, Bluesky, X): posts headed by 'Name
@handle@server' (or 'Name @handle · 2h'), the post's age ('2h', '1d', 'Mar 3') on the header
line or under it, the post, the link card it shares (the site's name, the page's title, its
description) and the counters ('↩ 4  🔁 27  ⭐ 58'). One item per post that shares a card: the
card's title is its title, the site its outlet, the post's age its date; posts without a card (a
thread's opener, a reply) are the poster's talk, dropped and counted. A boost line ('🔁 Name
boosted') ends the post above it. Read only when three post headers or more head a good part of
the page; read by the evidence reader, each header, age and card line became an article."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .. import outlets, when
from ..lang import language
from ..model import Context, Parsed, Story
from .chat import day_of

# 'Lucía Ferrer @luciaferrer@mastodon.social', 'Ana Gil @anagil.bsky.social', 'Ana Gil @anagil · 2h'
_HEADER = re.compile(r"^(?P<name>[^@\s][^@]{0,60}?)\s+@[\w.-]+(?:@[\w-]+(?:\.[\w-]+)+)?(?:\s*[·•]\s*(?P<age>\S.{0,15}))?$")
_AGE = re.compile(r"^(?P<n>\d{1,3})\s?(?P<unit>s|m|min|h|d|w)$")
_UNITS = {"s": "seconds", "m": "minutes", "min": "minutes", "h": "hours", "d": "days", "w": "weeks"}
_COUNTERS = re.compile(r"^(?:[^\w\s]{1,3}\s*\d[\d.,]*[KkMm]?\s*)+$")
_BOOST = re.compile(r"^(?:🔁|♻️?|⟲)\s*\S.{0,60}$")
_LEAST = 3


@dataclass
class _Post:
    line: int
    date: dt.date | None = None
    text: list[str] = field(default_factory=list)


def read(lines: list[str], ctx: Context) -> Parsed | None:
    content = [l.strip() for l in lines if l.strip()]
    heads = sum(1 for l in content if _HEADER.match(l))
    if heads < _LEAST or heads < 0.08 * len(content):
        return None
    posts = _posts(lines, ctx.captured)
    stories = [st for st in map(_story, posts) if st is not None]
    if not stories:
        return None   # (a timeline without link cards: the other readers read its posts)
    talk = len(posts) - len(stories)
    notes = [f"{talk} post(s) without a link card (a thread's opener, replies) dropped"] if talk else []
    above = [f"line {no} '{l.strip()[:40]}'" for no, l in enumerate(lines[:posts[0].line - 1], 1) if l.strip()]
    notes += [f"left out, above the first post: {', '.join(above)}"] if above else []
    return Parsed("generic", stories, notes=notes, lang=language("\n".join(content)))


def _posts(lines: list[str], captured: dt.date | None) -> list[_Post]:
    out: list[_Post] = []
    for no, raw in enumerate(lines, 1):
        s = raw.strip()
        m = _HEADER.match(s)
        if m:
            out.append(_Post(no, _age(m["age"] or "", captured)))
        elif _BOOST.match(s):
            out.append(_Post(no))   # ends the post above; the boosted post's header follows
        elif out and s and not _COUNTERS.match(s):
            post = out[-1]
            if not post.text and post.date is None and _is_age(s):
                post.date = _age(s, captured)
            else:
                post.text.append(s)
    return [p for p in out if p.text]


def _is_age(s: str) -> bool:
    return bool(_AGE.match(s)) or len(s) <= 20 and bool(when.find_dates(s))


def _age(s: str, captured: dt.date | None) -> dt.date | None:
    """'2h', '1d' (counted back from the capture date), 'Mar 3' (the latest such day up to it)."""
    m = _AGE.match(s.strip())
    if m:
        found = when.Found("relative", 0, len(s), ago=dt.timedelta(**{_UNITS[m["unit"]]: int(m["n"])}))
        return when.relative_to(found, captured)
    return day_of(s.strip(), captured) if s else None


def _story(post: _Post) -> Story | None:
    """The post's card: a site's name, then a title (no full stop), then its description."""
    t = post.text
    for i in range(1, len(t) - 1):
        site, title = t[i], t[i + 1]
        if (outlets.looks_like_name(site) or outlets.site_name(site)) and not site.endswith(".") \
                and not title.endswith(".") and len(title.split()) >= 3:
            return Story(line=post.line, paras=t[i + 2:] + t[:i], title=title, date=post.date,
                         date_basis="derived" if post.date else "", source=site)
    return None
