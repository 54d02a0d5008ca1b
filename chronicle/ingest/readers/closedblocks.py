"""A list whose every item closes with a date line of its own, each part of the item a paragraph of
its own: 'Headline' / blank / 'dek without a full stop' / blank / 'Updated On: 15 Sep 2025 | 1:18 PM
IST' / blank. A business paper's long sentence-case headlines (over twenty words) read as prose and
its deks as headlines, so neither marks where an item starts; the page's rhythm does: each item is
the same number of paragraphs, ended by its date line. A short label glued above a headline
('Premium' / headline) is a section mark, not the title; the lines after the last date line are the page's
footer ('Top Sections' / its links)."""
from __future__ import annotations

from ..lines import Line, words

_TEXT = ("prose", "head")


def starts(ls: list[Line]) -> list[tuple[int, str]]:
    """(index, 'titled') of each item's first paragraph; [] on any other page."""
    dates = [k for k, l in enumerate(ls) if l.kind == "date" and l.dates and l.gap >= 1]
    if len(dates) < 3 or not all(_closes(ls, d) for d in dates):
        return []
    if any(l.kind == "prose" or l.kind == "head" and words(l.text) > 8 for l in ls[dates[-1] + 1:]):
        return []   # (text after the last date line: the dates open their items, 'Headline' / date / text)
    segments = [_blocks(ls, a + 1, b) for a, b in zip(dates, dates[1:])]
    if any(s is None for s in segments):
        return []
    n = len(segments[0])
    first = _tail_blocks(ls, dates[0], n) if n >= 2 and all(len(s) == n for s in segments) else None
    if first is None:
        return []
    out = []
    for block in [first[0]] + [s[0] for s in segments]:
        k = block[0]
        if len(block) >= 2 and ls[k].kind == "head" and words(ls[k].text) <= 2 and words(ls[block[1]].text) > 4:
            ls[k].section = True   # ('Premium' / headline: a label over it)
        out.append((k, "titled"))
    for l in ls[dates[-1] + 1:]:   # (the last item closed by its date line: what follows is the page's footer)
        l.kind = "furn" if l.kind in _TEXT else l.kind
    return out


def _closes(ls: list[Line], d: int) -> bool:
    """A text line right above the date line (past buttons), and a blank line, or the page's end, after it."""
    before = next((k for k in range(d - 1, -1, -1) if ls[k].kind != "furn"), None)
    after = next((k for k in range(d + 1, len(ls)) if ls[k].kind != "furn" or ls[k].gap > 0), None)
    return before is not None and ls[before].kind in _TEXT and (after is None or ls[after].gap > 0)


def _blocks(ls: list[Line], a: int, b: int) -> list[list[int]] | None:
    """The paragraphs (runs of text lines without a blank between them) from a to b, furniture skipped;
    None when a line of another kind stands among them."""
    out: list[list[int]] = []
    for k in range(a, b):
        if ls[k].kind == "furn":
            continue
        if ls[k].kind not in _TEXT:
            return None
        if out and ls[k].gap == 0 and out[-1][-1] == k - 1:
            out[-1].append(k)
        else:
            out.append([k])
    return out


def _tail_blocks(ls: list[Line], d: int, n: int) -> list[list[int]] | None:
    """The n paragraphs right above the first date line: the first item's."""
    k = d - 1
    found: list[list[int]] = []
    while k >= 0 and len(found) < n:
        if ls[k].kind == "furn":
            k -= 1
            continue
        if ls[k].kind not in _TEXT:
            return None
        block = [k]
        while ls[block[0]].gap == 0 and block[0] - 1 >= 0 and ls[block[0] - 1].kind in _TEXT:
            block.insert(0, block[0] - 1)
        found.insert(0, block)
        k = block[0] - 1
    return found if len(found) == n else None
