"""Items written as 'Key: value' lines, a block per item: an RSS feed or a database export pasted
as text ('Title: …', 'Link: …', 'Description: …', 'pubDate: …'). The keys say each value's role
(records.NAMES, in five languages). A title key starts an item (but in the block of an item with
no title yet: 'Link:' may come first), and so does a block (after a blank line) that gives a field
the item has. A value's next lines without a key go on it (a description wrapped over lines); a
second description is the item's next paragraph. Read only when such lines are most of the page
and at least two items have a title. Nothing is left out without a word (it was: a wrapped line,
a block without a title, a second link): a second value of another field and the lines above the
first key line are named in a note, an item of no title nor text is reported skipped."""
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


def _fields(lines: list[str]) -> tuple[list[tuple[int, str | None, str, bool]], int]:
    """(line, role or None for a line without a key, value, after a blank line) of each non-blank
    line, and the number of key lines."""
    out, keyed, blank = [], 0, False
    for no, raw in enumerate(lines, 1):
        if not raw.strip():
            blank = True
            continue
        m = _KEY_LINE.match(raw)
        role = role_of(m["key"]) if m else None
        keyed += role is not None
        out.append((no, role, m["value"].strip() if role else raw.strip(), blank))
        blank = False
    return out, keyed


def read(lines: list[str], ctx: Context) -> Parsed | None:
    found, keyed = _fields(lines)
    if sum(1 for _, r, _, _ in found if r == "title") < 2 or keyed < 0.7 * len(found):
        return None
    items: list[dict] = []
    notes: list[str] = []
    role = None   # the field the last key line gave: the lines after it without a key go on it
    for no, key, value, after_blank in found:
        if key is None and role in (None, "ignored"):   # above the first item, or under a field not shown
            notes.append(f"line {no} '{value[:40]}'")
        elif key is None:
            items[-1][role] += " " + value   # (a value wrapped over lines)
        elif key == "ignored":
            role = key
        else:
            again = key in items[-1] if items else False   # (a field the item has: another item's)
            if not items or after_blank and again or key == "title" and (after_blank or again):
                items.append({"line": no})
            role = key if key not in items[-1] or key == "body" else "ignored"
            if key not in items[-1]:
                items[-1][key] = value
            elif key == "body":
                items[-1]["body"] += "\n" + value   # a second description: the next paragraph
            else:
                notes.append(f"line {no} '{value[:40]}' (a second {key})")
    order = when.decide_order([f for it in items for f in when.find_dates(it.get("date", ""))],
                              language("\n".join(lines)), ctx.captured)
    return Parsed("generic", [story_of(it, order) for it in items],
                  notes=[f"left out: {', '.join(notes)}"] if notes else [])


def story_of(item: dict, order: str | None) -> Story:
    title, body = item.get("title", ""), item.get("body", "")
    st = Story(line=item["line"], paras=body.split("\n") if body else [title], title=title,
               source=item.get("source", ""), url=item.get("url", ""))
    stated = [f for f in when.find_dates(item.get("date", "")) if f.kind != "relative"]
    if stated:
        st.date = stated[0].resolve(order)
        st.date_basis = "stated" if st.date else ""
    st.labels = [t.strip() for t in re.split(r"[,;/]", item.get("tags", "")) if t.strip()]
    return st
