"""A news river's time and category over each headline ('13:58 | Local', '09:12 · Wirtschaft',
'18h40 - Sport'): the time dates nothing but the clock, the word or two after it is the item's
category (kept as its label), and the headline on the next line is the title. Read as a headline,
the line made the category the item's title. Only on a page that prints two such lines or more,
each right over a headline-like line."""
from __future__ import annotations

import re

from ..lines import Line, sentence_like, words
from ..when import is_time

# the separator between the time and the category, then a category of one to three words, no digits
_LABEL = re.compile(r"^\s*[|·•–—-]\s*(?P<label>[^\W\d_][^\d|·•.!?:;]{0,38})$")
_LEAST = 2


def _label(ls: list[Line], i: int) -> str:
    l = ls[i]
    m = is_time(l.text) if l.kind in ("head", "prose") and not l.marker and i + 1 < len(ls) else None
    below = ls[i + 1] if m else None
    label = _LABEL.match(l.text[m.end():]) if m else None
    if not label or below.kind != "head" or below.no != l.no + 1 or sentence_like(below.text):
        return ""
    return label["label"].strip() if 1 <= words(label["label"]) <= 3 else ""


def mark(ls: list[Line]) -> int:
    """Mark the 'time | category' lines as time lines carrying their label, in place; how many."""
    found = [(i, t) for i in range(len(ls)) for t in [_label(ls, i)] if t]
    if len(found) < _LEAST:
        return 0
    for i, label in found:
        ls[i].kind, ls[i].labels = "time", [label]
    return len(found)
