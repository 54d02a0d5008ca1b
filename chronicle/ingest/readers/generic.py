"""A reader for digests of no known layout, built from common parts: delimited records, Markdown
headings, bullet items, short heading lines before prose, datelines and blank-line blocks.
It never merges two stories: when unsure, each block is its own story."""
from __future__ import annotations

import re

from .. import dates
from . import records
from ..model import TERMINAL, Context, Parsed, Story, is_prose

MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(?P<text>.+?)\s*#*\s*$")
BULLET = re.compile(r"^\s*(?:[-*+•⇒→►▶➤]|\d{1,3}[.)])\s+(?P<text>\S.*)$")
DATELINE = re.compile(r"^(?P<place>[A-Z][A-Za-z .,'-]{0,40}?,?\s*)?(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})\s*[—–-]+\s*")
URL = re.compile(r"^https?://\S+$")
SEPARATOR = re.compile(r"^\s*([-*_=~#•·])(?:\s*\1){2,}\s*$")
DELIMS = ("\t", " | ", ";")


def read_any(lines: list[str], ctx: Context) -> Parsed:
    """Delimited records and Markdown headings by their own rules; anything else by evidence."""
    rows = [(n, "" if SEPARATOR.match(l) else l.rstrip()) for n, l in enumerate(lines, 1)]
    content = [(n, l) for n, l in rows if l.strip()]
    parsed = records.read(lines, ctx)
    if parsed is not None:
        return parsed
    for finder in (_md_headings,):
        stories = finder(content, rows, ctx) if content else []
        if stories:
            for s in stories:
                _dateline(s)
            return Parsed("generic", [s for s in stories if s.paras])
    from . import evidence
    return evidence.read(lines, ctx)


def read(lines: list[str], ctx: Context) -> Parsed:
    rows = [(n, "" if SEPARATOR.match(l) else l.rstrip()) for n, l in enumerate(lines, 1)]
    content = [(n, l) for n, l in rows if l.strip()]
    cut = next((i for i, (_, l) in enumerate(content) if TERMINAL.match(l.strip())), len(content))
    content = content[:cut]
    if not content:
        return Parsed("generic", [])
    for finder in (_records, _md_headings, _bullets, _datelines, _short_headings):
        stories = finder(content, rows, ctx)
        if stories:
            break
    else:
        stories = _blocks(rows)
    for s in stories:
        _dateline(s)
    return Parsed("generic", [s for s in stories if s.paras])


def delimiter(lines: list[str]) -> str | None:
    """The field delimiter when every non-blank line is a record with the same number of fields."""
    content = [l for l in lines if l.strip()]
    for delim in DELIMS:
        counts = [l.count(delim) for l in content]
        if len(content) >= 2 and min(counts) >= 2 and len(set(counts)) == 1:
            return delim
    return None


def _records(content, rows, ctx) -> list[Story]:
    delim = delimiter([l for _, l in content])
    if delim:
        fields = [[f.strip() for f in l.split(delim)] for _, l in content]
        head = [f.lower() for f in fields[0]]
        named = {"title", "date", "source", "url", "summary", "body", "text", "outlet"} & set(head)
        if named:
            fields = fields[1:]
            content = content[1:]
        raw_dates = [f for row in fields for f in row if dates.NUMERIC.match(f)]
        order = dates.decide_order(raw_dates)
        out = []
        for (no, _), row in zip(content, fields):
            out.append(_record(no, row, head if named else None, order))
        return out
    return []


def _record(no: int, row: list[str], head: list[str] | None, order) -> Story:
    story = Story(line=no, paras=[])
    if head:
        get = dict(zip(head, row)).get
        story.title = get("title", "")
        story.source = get("source", "") or get("outlet", "")
        story.url = get("url", "")
        body = get("summary", "") or get("body", "") or get("text", "")
        story.paras = [body] if body else []
        raw = get("date", "")
        if raw:
            story.date = dates.numeric_date(raw, order) or dates.written_date(raw, whole=True)
            story.date_basis = "stated" if story.date else ""
        return story
    rest = []
    for f in row:
        if URL.match(f):
            story.url = f
        elif dates.is_date_line(f) and not story.date:
            story.date = dates.numeric_date(f, order) or dates.written_date(f, whole=True)
            story.date_basis = "stated" if story.date else ""
        elif f:
            rest.append(f)
    if rest:
        body = max(rest, key=len)
        story.paras = [body]
        others = [f for f in rest if f is not body]
        if others:
            story.title = others[0]
        if len(others) > 1 and len(others[1]) <= 40:
            story.source = others[1]
    return story


def _split_at(content, starts: list[int], title_of) -> list[Story]:
    out = []
    for k, s in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(content)
        no, line = content[s]
        title, first = title_of(line)
        paras = ([first] if first else []) + [l.strip() for _, l in content[s + 1:end]]
        out.append(Story(line=no, paras=paras, title=title))
    return out


def _md_headings(content, rows, ctx) -> list[Story]:
    starts = [i for i, (_, l) in enumerate(content) if MD_HEADING.match(l)]
    if not starts:
        return []
    if starts[0] != 0 and len(starts) == 1:
        return []
    if len(starts) > 1 and starts[0] == 0 and not _has_prose_between(content, 0, starts[1]):
        starts = starts[1:]   # a page heading over the stories
    return _split_at(content, starts, lambda l: (MD_HEADING.match(l)["text"], ""))


def _has_prose_between(content, a, b) -> bool:
    return any(is_prose(l) for _, l in content[a + 1:b])


def _bullets(content, rows, ctx) -> list[Story]:
    starts = [i for i, (_, l) in enumerate(content) if BULLET.match(l) and len(BULLET.match(l)["text"]) >= 40]
    if len(starts) < 2 or len(starts) < len(content) / 3:
        return []
    out = _split_at(content, starts, lambda l: ("", BULLET.match(l)["text"]))
    for s in out:   # lines after an item that are not prose are headings of the next part; drop them
        s.paras = [p for p in s.paras if is_prose(p, 60) or p is s.paras[0]]
    return out


def has_datelines(lines: list[str]) -> bool:
    return sum(1 for l in lines if DATELINE.match(l.strip())) >= 2


def _datelines(content, rows, ctx) -> list[Story]:
    """Items that each open with a dateline ('KYIV, March 4, 2025 — …')."""
    starts = [i for i, (_, l) in enumerate(content) if DATELINE.match(l.strip())]
    if len(starts) < 2:
        return []
    head = [l for _, l in content[:starts[0]]]
    if head and all(_is_heading(content, i) for i in range(starts[0])):
        return []   # the datelines sit under headings: let the heading reader split
    return _split_at(content, starts, lambda l: ("", l.strip()))


def _is_heading(content, i: int) -> bool:
    line = content[i][1].strip()
    if is_prose(line) or len(line) > 160 or line.endswith((".", ":")) or dates.is_date_line(line):
        return False
    nxt = content[i + 1][1] if i + 1 < len(content) else ""
    after = content[i + 2][1] if i + 2 < len(content) else ""
    return is_prose(nxt) or (dates.is_date_line(nxt.strip()) and is_prose(after))


def _short_headings(content, rows, ctx) -> list[Story]:
    starts = [i for i in range(len(content) - 1) if _is_heading(content, i)]
    if not starts:
        return []
    stories = _split_at(content, starts, lambda l: (l.strip(), ""))
    if starts[0] > 0:   # prose before the first heading is a story of its own
        lead = [l.strip() for _, l in content[:starts[0]] if is_prose(l, 60)]
        if lead:
            stories.insert(0, Story(line=content[0][0], paras=lead))
    return stories


def _blocks(rows) -> list[Story]:
    out, block = [], []
    for no, line in rows + [(0, "")]:
        if line.strip():
            block.append((no, line.strip()))
        elif block:
            out.append(Story(line=block[0][0], paras=[l for _, l in block]))
            block = []
    return out


def _dateline(story: Story) -> None:
    if not story.paras:
        return
    first = story.paras[0]
    if dates.is_date_line(first) and len(story.paras) > 1:
        story.date = dates.written_date(first, whole=True) or dates.numeric_date(first, None)
        story.date_basis = "stated" if story.date else ""
        story.paras = story.paras[1:]
        return
    m = DATELINE.match(first)
    if m and m["date"] and not story.date:
        story.date = dates.written_date(m["date"])
        story.date_basis = "stated" if story.date else ""
