"""A social feed copied from the web client (Bluesky, Mastodon, X, Threads): per post the account's
display name, its handle with the post's age ('@reuters.com · 2h', '@ana@mastodon.social · 1d',
'@bbc.co.uk · Apr 3'), the post's text, perhaps a link card (the site, the linked page's headline,
its description) and a line of counts ('💬 14  🔁 122  ❤️ 306  ⋯'). Each post is an item opening at
its display name, which is its outlet; the handle line dates it; the card's headline is its title
(else one is derived from the text). What stands between a post's counts and the next post (a
'Reposted by' line, a sponsor's block, 'End of feed') is no post's: furniture, reported."""
from __future__ import annotations

import re

from .. import when
from ..lines import Line, words

# '@reuters.com · 2h', '@ana@mastodon.social · 1d', '@handle • Apr 3': a handle, then the post's age
_HANDLE = re.compile(r"^@[\w.-]{2,60}(?:@[\w.-]{2,60})?\s*[·•|]\s*\S.{0,24}$")
# '@Reuters' / '·' / '2h': the handle alone, its age on a line below (as X and Mastodon copy)
_HANDLE_ALONE = re.compile(r"^@[\w.-]{2,60}(?:@[\w.-]{2,60})?$")
# '💬 14   🔁 122   ❤️ 1.2K   ⋯': the post's counts, each a pictogram and a number
_COUNTS = re.compile(r"^(?:[^\w\s]+\s*\d[\d.,]*\s?[KkMm]?\s*){2,}[⋯…·.]*$")


def _age(ls: list[Line], h: int) -> int:
    """The index of the line that dates the post whose handle is at h (-1 when none does)."""
    l = ls[h]
    if l.dates and len(l.text) <= 90 and _HANDLE.match(l.text):
        return h
    if not _HANDLE_ALONE.match(l.text):
        return -1
    for j in range(h + 1, min(h + 3, len(ls))):
        if ls[j].text in ("·", "•"):
            continue
        # ('2h' alone is no date on any page; under a handle it is the post's age, as '@handle · 2h' is)
        found = ls[j].dates or (when.find_dates(f"{l.text} · {ls[j].text}") if len(ls[j].text) <= 20 else [])
        if found:
            ls[j].dates = found
            return j
        return -1
    return -1


def starts(ls: list[Line]) -> list[tuple[int, str]]:
    """(index, 'teaser') of each post's first line, on a page of two posts or more (else [])."""
    posts = [(h, a) for h in range(len(ls)) if ls[h].text[:1] == "@" and (a := _age(ls, h)) >= 0]
    if len(posts) < 2:
        return []
    out = []
    for h, a in posts:
        ls[h].kind, ls[h].outlet = ("date", "") if a == h else ("furn", "")   # (the post's age, or its handle)
        ls[a].kind = "date"
        name = ls[h - 1] if h else None
        if name is not None and name.kind in ("outlet", "head", "prose") and words(name.text) <= 6 and not name.dates \
                and not _COUNTS.match(name.text):
            name.kind, name.outlet = "outlet", name.outlet or name.text.strip()
            h -= 1
        out.append(h)
    _after_counts(ls, out)
    return [(i, "teaser") for i in out]


def _after_counts(ls: list[Line], out: list[int]) -> None:
    """A post ends with its counts: the lines after them, up to the next post, are furniture."""
    for a, b in zip(out, out[1:] + [len(ls)]):
        ends = [j for j in range(a + 1, b) if _COUNTS.match(ls[j].text)]
        for j in range(ends[0] if ends else b, b):
            ls[j].kind = "furn"
