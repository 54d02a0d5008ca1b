"""A list page's categories closing each item, right under its text ('text' / 'Climate adaptation' /
blank, 'text' / 'Transport, Education' / blank, 'text' / 'Politique, Santé' / blank): the item's
labels, not a headline of an item of its own nor a heading over the next. Read so where three items
or more close that way (one label, or a few joined by commas), each part a capitalised name of one
to three words without digits. Cost: per line, its kind and the next line's gap; the split only on
a short line right under a paragraph."""
from __future__ import annotations

import re

from ..lines import Line, words

_PARTS = re.compile(r"\s*,\s*")   # (not 'Economy | Reuters': a category and its agency, labeloutlets.py)
_LEAST = 3
_LONGEST = 60


def _labels(l: Line) -> list[str]:
    t = l.text
    if len(t) > _LONGEST or l.marker or l.dates or t[-1:] in ".!?:;" or any(c.isdigit() for c in t):
        return []
    parts = [p for p in _PARTS.split(t) if p]
    return parts if all(p[:1].isupper() and 1 <= words(p) <= 3 for p in parts) and len(parts) <= 4 else []


def mark(ls: list[Line]) -> None:
    """Mark the closing label lines as the items' labels in place."""
    found = [(i, parts) for i, l in enumerate(ls) if i and l.kind in ("head", "furn") and not l.gap and ls[i - 1].kind == "prose"
             and (i + 1 == len(ls) or ls[i + 1].gap) and (parts := _labels(l))]
    if len(found) < _LEAST or sum(1 for _, p in found if len(p) > 1) < 1:
        return
    for i, parts in found:
        ls[i].kind, ls[i].labels, ls[i].section = "labels", parts, False
