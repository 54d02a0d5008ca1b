"""Credit lines over untitled paragraphs: a think tank's or a press office's 'In the news' page
lists each appearance of its people as the outlet and the date ('• Financial Times, 4 April 2025',
'Le Monde, 2 avril 2025') over the paragraph quoted from it, with no headline. Each credit line
opens an item (its outlet and date are the line's; the title is derived from the paragraph), so
the paragraphs are not read as one article under the page's title."""
from __future__ import annotations

from ..lines import Line


def starts(ls: list[Line]) -> list[tuple[int, str]]:
    """(index, 'plain') of each credit line, when three or more stand over a paragraph each and no
    headline stands between a credit line and its paragraph (that is a headline's item: itemoutlets.py)."""
    idx = [i for i, l in enumerate(ls) if _credit(l) and i + 1 < len(ls) and ls[i + 1].kind == "prose"]
    if len(idx) < 3:
        return []
    # (the credits are the page's items: all its dated outlet lines, and no paragraph stands alone between them)
    credits = [i for i, l in enumerate(ls) if _credit(l)]
    for a, b in zip(idx, idx[1:]):
        if any(l.kind == "head" for l in ls[a + 1:b]):
            return []
    return [(i, "plain") for i in idx] if len(idx) == len(credits) else []


def _credit(l: Line) -> bool:
    return l.kind == "outlet" and bool(l.outlet) and bool(l.dates)
