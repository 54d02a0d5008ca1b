"""Which outlet line names which item. On most pages an item's outlet line stands in the item
('… text' / '(Reuters)', 'Mehr dazu im Spiegel'); some put it *above* the headline (a news
aggregator's 'Reuters' / headline / teaser / '2 days ago', a river's 'Author / Outlet:', a press
review's 'Outlet, 12/03/2025, pag. 31'). The page's own shape tells which: its first item has an
outlet line above it and its last item none after its text. Read wrongly, every outlet lands one
item early. On such a page a headline alone without an outlet line above it ('Top news', 'More
coverage') is a heading over the items, not an item."""
from __future__ import annotations

from ..lines import Line, words
from .pagetitles import titled

TEXT = ("prose", "head", "plus")
_SUBTITLE = 12   # words at most in a line of a heading over the items (an item's text is longer)


def _text_span(g) -> tuple[int, int]:
    """Page indices of the group's first and last text lines (-1, -1 when it has none)."""
    ls = g.lines
    first = next((k for k, l in enumerate(ls) if l.kind in TEXT and not l.section), -1)
    if first < 0:
        return -1, -1
    last = next(k for k in range(len(ls) - 1, first - 1, -1) if ls[k].kind in TEXT and not ls[k].section)
    return g.index + first, g.index + last


def above(ls: list[Line], groups: list) -> dict[int, Line | None] | None:
    """Group index -> the outlet line between the text before it and its own first text line, on a
    page whose outlet lines lead their items; None on any other page."""
    if not any(l.kind == "outlet" for l in ls):
        return None   # (most pages have no outlet line)
    spans = {g.index: _text_span(g) for g in groups}
    heads = page_heads(ls, groups, spans)
    items = _items(ls, [g for g in groups if g.index not in heads], spans)
    # (a page's note above its first outlet line, as in 'Este resumen es de uso interno.', or its masthead)
    span = spans[items[0].index] if items else (-1, -1)
    mast = items[0].index if len(items) >= 3 and (_masthead(ls, span) or _intro(ls, span) or titled(ls, span)) else -1
    if mast >= 0:
        items = items[1:]
    if len(items) < 2 or not _first_led(ls, spans[items[0].index][0]):
        return None   # (nor one above their first item)
    out: dict[int, Line | None] = {}
    prev_end = -1   # the last text line before the group (the page's own lines before the first)
    for g in groups:
        first, last = spans[g.index]
        if first < 0 or g.index in heads or g.index == mast:
            continue   # (a masthead or note is no item: headings() makes it the page's heading)
        # (an outlet line the item opens with is its own, not one of the page's lines above it; else
        # the nearest above its text: over the first item, the page's masthead may be one too)
        out[g.index] = next((ls[j] for j in range(max(prev_end + 1, g.index), first) if ls[j].kind == "outlet"),
                            next((ls[j] for j in range(first - 1, prev_end, -1) if ls[j].kind == "outlet"), None))
        prev_end = last
    # (an outlet line after the last item's text closes it; the last item may be a headline alone, the
    # last text item's next outlet line then leading it: 'ITV News logo' / date / headline / 'Read article')
    last = max((g for g in groups if g.index in out), key=lambda g: g.index, default=items[-1])
    end = last.index + len(last.lines)
    trailing = any(ls[j].kind == "outlet" for j in range(spans[last.index][1] + 1, end))
    led = sum(1 for g in items if out.get(g.index) is not None)
    if out.get(items[0].index) is None or trailing or led < 0.6 * len(items) or _all_close(ls, out):
        return None
    return out


def _all_close(ls: list[Line], out: dict) -> bool:
    """Every outlet line taken as leading an item closes the block above it instead: right under a
    text line, a blank line after it ('teaser' / 'Economy | Reuters' / blank / date / headline)."""
    at = {id(l): j for j, l in enumerate(ls)}
    found = [at[id(l)] for l in out.values() if l is not None]
    return bool(found) and all(j > 0 and not ls[j].gap and ls[j - 1].kind == "prose" and ls[j].labels
                               and (j + 1 == len(ls) or ls[j + 1].gap) for j in found)


def page_heads(ls: list[Line], groups: list, spans: dict) -> set[int]:
    """The groups above the page's first outlet line that hold short lines only, no paragraph ('Top
    Stories' / 'Chosen by the editors.'): a section's heading and its subtitle over the items."""
    first = next((j for j, l in enumerate(ls) if l.kind == "outlet"), len(ls))
    return {g.index for g in groups if 0 <= spans[g.index][1] < first
            and all(words(l.text) <= _SUBTITLE for l in g.lines if l.kind in TEXT)}


def _items(ls: list[Line], groups: list, spans: dict) -> list:
    """The groups that are items for sure: those with text of their own, or on a page of headlines
    alone, those after its first outlet line (a heading above it is no item)."""
    items = [g for g in groups if g.mode != "headonly" and spans[g.index][0] >= 0]
    if items:
        return items
    first = next((j for j, l in enumerate(ls) if l.kind == "outlet"), len(ls))
    return [g for g in groups if spans[g.index][0] > first]


def _intro(ls: list[Line], span: tuple[int, int]) -> bool:
    """A paragraph and no headline, wholly above the page's first outlet line."""
    first, last = span
    return first >= 0 and all(ls[j].kind != "outlet" for j in range(0, last + 1)) \
        and not any(ls[j].kind == "head" and not ls[j].section for j in range(first, last + 1))


def _masthead(ls: list[Line], span: tuple[int, int]) -> bool:
    """A headline and its text wholly above a section heading that stands over the page's first
    outlet line (a briefing's masthead and note, then '——— FRANCE ———' / 'Les Echos · 2026-05-18' /
    headline): a heading ends the text above it, so the outlet line under it is the next item's, and
    the text above is the page's own."""
    first, last = span
    if first < 0 or any(ls[j].kind == "outlet" for j in range(0, last + 1)) or _intro(ls, span):
        return False
    outlet = next((j for j in range(last + 1, len(ls)) if ls[j].kind == "outlet"), len(ls))
    return any(ls[j].section and ls[j].kind == "head" for j in range(last + 1, outlet))


def _first_led(ls: list[Line], first: int) -> bool:
    """The first item (its first text line at `first`) has an outlet line above it, after any text before it."""
    for j in range(first - 1, -1, -1):
        if ls[j].kind == "outlet":
            return True
        if ls[j].kind in TEXT and not ls[j].section:
            return False
    return False


def headings(ls: list[Line], groups: list) -> list:
    """The groups without the headlines alone that head items on a page whose outlet lines lead
    (each such line is marked a section heading, and reported as one)."""
    lead = above(ls, groups)
    if lead is None:
        return groups
    kept = []
    for g in groups:
        if (g.mode == "headonly" or g.index not in lead) and lead.get(g.index) is None:
            for l in g.lines:
                l.section = l.section or l.kind in TEXT
        else:
            kept.append(g)
    return kept
