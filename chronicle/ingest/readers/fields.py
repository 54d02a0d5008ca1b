"""Items written as 'Key: value' lines, a block per item: an RSS feed or a database export pasted
as text ('Title: …', 'Link: …', 'Description: …', 'pubDate: …'). The keys say each value's role
(records.NAMES, in five languages); every title key starts an item. Read only when such lines are
most of the page and at least two items have a title."""
from __future__ import annotations

import re

from .. import when
from ..lang import language
from ..model import Context, Parsed, Story
from .records import ROLE_OF

_KEY_LINE = re.compile(r"^\s*(?P<key>[A-Za-zÀ-ÿ][\w:. -]{0,24}?)\s*:\s+(?P<value>\S.*)$")
# keys of a feed item that say nothing an article shows
_IGNORED = frozenset("author creator dccreator guid id comments enclosure language copyright".split())
_MORE_ROLES = {"pubdate": "date", "pub date": "date", "updated": "date", "link": "url", "source": "source"}


def role_of(key: str) -> str | None:
    k = key.lower().replace("dc:", "").replace("_", " ").strip()
    if k in _IGNORED or k.replace(" ", "") in _IGNORED:
        return "ignored"
    return _MORE_ROLES.get(k) or ROLE_OF.get(k) or ROLE_OF.get(k.replace(" ", ""))


def _fields(lines: list[str]) -> tuple[list[tuple[int, str, str]], int]:
    """(line, role, value) of each key line, and the number of non-blank lines."""
    out, content = [], 0
    for no, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        content += 1
        m = _KEY_LINE.match(raw)
        role = role_of(m["key"]) if m else None
        if role:
            out.append((no, role, m["value"].strip()))
    return out, content


def read(lines: list[str], ctx: Context) -> Parsed | None:
    found, content = _fields(lines)
    if sum(1 for _, r, _ in found if r == "title") < 2 or len(found) < 0.7 * content:
        return None
    items: list[dict] = []
    for no, role, value in found:
        if role == "title" or not items:
            items.append({"line": no})
        if role != "ignored":
            items[-1].setdefault(role, value)
    order = when.decide_order([f for it in items for f in when.find_dates(it.get("date", ""))],
                              language("\n".join(lines)))
    stories = [story_of(it, order) for it in items if it.get("title") or it.get("body")]
    return Parsed("generic", stories)


def story_of(item: dict, order: str | None) -> Story:
    title, body = item.get("title", ""), item.get("body", "")
    st = Story(line=item["line"], paras=[body or title], title=title, source=item.get("source", ""),
               url=item.get("url", ""))
    stated = [f for f in when.find_dates(item.get("date", "")) if f.kind != "relative"]
    if stated:
        st.date = stated[0].resolve(order)
        st.date_basis = "stated" if st.date else ""
    st.labels = [t.strip() for t in re.split(r"[,;/]", item.get("tags", "")) if t.strip()]
    return st
