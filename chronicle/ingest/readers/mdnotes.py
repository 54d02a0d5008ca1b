"""Markdown notes exported from a notes or read-later app (Obsidian, Notion, Readwise): one
heading per article with '- Key: value' metadata bullets under it ('- Source: Financial Times',
'- Published: 2025-03-05', '- Tags: #germany #fiscal-policy'), then its text, where deeper
headings ('### Summary', '### Highlights') name parts of the article, not other articles. Read
only when at least two headings of one level carry such a metadata block; YAML front matter at the
top is the note's own, not an article's."""
from __future__ import annotations

import re

from .. import when
from ..lang import language
from ..lines import md_heading_text
from ..model import Context, Parsed, Story
from .fields import role_of, story_of

# the closing hashes are cut by lines.md_heading_text: `(?P<text>\S.*?)\s*#*\s*$` took cubic time on a
# heading followed by spaces and a letter ('# a', 1,500 spaces, 'x': 15 s; 20,000: hours)
_HEADING = re.compile(r"^(?P<level>#{1,6})\s+(?P<text>\S.*)$")
_META = re.compile(r"^\s*[-*+]\s+(?:\*\*)?(?P<key>[A-Za-zÀ-ÿ][\w .-]{0,24}?)(?:\*\*)?\s*:\s*+(?:\*\*)?\s*+(?P<value>\S.*)$")
_BULLET = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
_WIKILINK = re.compile(r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_TAG = re.compile(r"#?([^\s#,;]+)")


def read(lines: list[str], ctx: Context) -> Parsed | None:
    body = _without_front_matter(lines)
    level = _item_level(body)
    if level is None:
        return None
    starts = [k for k, (_, l) in enumerate(body) if _level(l) == level]
    ends = [next((j for j in range(k + 1, len(body)) if 0 < _level(body[j][1]) <= level), len(body)) for k in starts]
    items = [_item(body[k:e]) for k, e in zip(starts, ends)]
    order = when.decide_order([f for it in items for f in when.find_dates(it.get("date", ""))], language("\n".join(lines)),
                               ctx.captured)
    stories = [_story(it, order) for it in items if it["paras"] or it["title"]]
    # the lines in no article (above the first heading, or under a higher one between two) and
    # the second value of a field: left out, and said (they were left out without a word)
    inside = {j for k, e in zip(starts, ends) for j in range(k, e)}
    left = sorted([(no, f"'{l.strip()[:40]}'") for j, (no, l) in enumerate(body) if l.strip() and j not in inside]
                  + [(no, f"'{value[:40]}' (a second {role})") for it in items for no, role, value in it["again"]])
    return Parsed("generic", stories, notes=["read as Markdown notes: a heading per article, its '- Key: value' lines as its fields"]
                  + ([f"left out: {', '.join(f'line {no} {what}' for no, what in left)}"] if left else []))


def _without_front_matter(lines: list[str]) -> list[tuple[int, str]]:
    numbered = [(no, l) for no, l in enumerate(lines, 1)]
    first = next((k for k, (_, l) in enumerate(numbered) if l.strip()), None)
    if first is not None and numbered[first][1].strip() == "---":
        close = next((k for k in range(first + 1, len(numbered)) if numbered[k][1].strip() == "---"), None)
        if close is not None:
            return numbered[close + 1:]
    return numbered


def _level(line: str) -> int:
    m = _HEADING.match(line) if line[:1] == "#" else None
    return len(m["level"]) if m else 0


def _meta_of(line: str) -> tuple[str, str] | None:
    m = _META.match(line) if line.lstrip()[:1] in "-*+" else None
    role = role_of(m["key"]) if m else None
    return (role, m["value"].strip()) if role else None


def _item_level(body: list[tuple[int, str]]) -> int | None:
    """The heading level whose headings carry metadata blocks, two of them or more."""
    carried: dict[int, int] = {}
    for k, (_, line) in enumerate(body):
        level = _level(line)
        if not level:
            continue
        # (up to the next heading: the metadata under '## Item' does not make '# Week 2' above it an item)
        below = body[k + 1:k + 8]
        below = below[:next((j for j, (_, l) in enumerate(below) if _level(l)), len(below))]
        nxt = [l for _, l in below if l.strip()][:4]
        if sum(1 for l in nxt if _meta_of(l)) >= 2:
            carried[level] = carried.get(level, 0) + 1
    best = [lv for lv, n in carried.items() if n >= 2]
    return min(best) if best else None


def _item(block: list[tuple[int, str]]) -> dict:
    item: dict = {"line": block[0][0], "title": _plain(md_heading_text(_HEADING.match(block[0][1]))), "paras": [],
                  "again": []}
    for no, line in block[1:]:
        if not line.strip() or _level(line):
            continue   # a deeper heading names a part of the article ('Summary', 'Highlights')
        meta = _meta_of(line) if not item["paras"] else None
        if meta and meta[0] in item:
            item["again"].append((no, *meta))
        elif meta:
            item[meta[0]] = meta[1]
        if meta:
            continue
        text = _plain(_BULLET.sub("", line.strip().lstrip("> ")))
        if text:
            item["paras"].append(text)
    return item


def _plain(text: str) -> str:
    return _LINK.sub(r"\1", _WIKILINK.sub(r"\1", text)).replace("**", "").strip()


def _story(item: dict, order: str | None) -> Story:
    st = story_of({**item, "source": _plain(item.get("source", ""))}, order)
    st.paras = item["paras"] or [item["title"]]
    st.labels = [m[1] for m in _TAG.finditer(_plain(item.get("tags", "")))]   # '#germany #fiscal-policy'
    return st
