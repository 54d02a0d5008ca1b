"""Which outlet line names which item. On most pages an item's outlet line stands in the item
('… text' / '(Reuters)', 'Mehr dazu im Spiegel'); some put it *above* the headline (a news
aggregator's 'Reuters' / headline / teaser / '2 days ago', a river's 'Author / Outlet:', a press
review's 'Outlet, 12/03/2025, pag. 31'). The page's own shape tells which: its first item has an
outlet line above it and its last item none after its text. Read wrongly, every outlet lands one
item early. On such a page a headline alone without an outlet line above it ('Top news', 'More
coverage') is a heading over the items, not an item."""
from __future__ import annotations

from ..lines import Line

TEXT = ("prose", "head", "plus")


def _text_span(g) -> tuple[int, int]:
    """Page indices of the group's first and last text lines (-1, -1 when it has none)."""
    texts = [g.index + k for k, l in enumerate(g.lines) if l.kind in TEXT and not l.section]
    return (texts[0], texts[-1]) if texts else (-1, -1)


def above(ls: list[Line], groups: list) -> dict[int, Line | None] | None:
    """Group index -> the outlet line between the text before it and its own first text line, on a
    page whose outlet lines lead their items; None on any other page."""
    items = [g for g in groups if g.mode != "headonly" and _text_span(g)[0] >= 0]
    if len(items) < 2:
        return None
    out: dict[int, Line | None] = {}
    prev_end = -1   # the last text line before the group (the page's own lines before the first)
    for g in groups:
        first, last = _text_span(g)
        if first < 0:
            continue
        out[g.index] = next((ls[j] for j in range(prev_end + 1, first) if ls[j].kind == "outlet"), None)
        prev_end = last
    end = items[-1].index + len(items[-1].lines)
    trailing = any(ls[j].kind == "outlet" for j in range(_text_span(items[-1])[1] + 1, end))
    led = sum(1 for g in items if out.get(g.index) is not None)
    if out.get(items[0].index) is None or trailing or led < 0.6 * len(items):
        return None
    return out


def headings(ls: list[Line], groups: list) -> list:
    """The groups without the headlines alone that head items on a page whose outlet lines lead
    (each such line is marked a section heading, and reported as one)."""
    lead = above(ls, groups)
    if lead is None:
        return groups
    kept = []
    for g in groups:
        if g.mode == "headonly" and lead.get(g.index) is None:
            for l in g.lines:
                l.section = l.section or l.kind in TEXT
        else:
            kept.append(g)
    return kept
