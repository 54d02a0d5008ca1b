"""A link under each item, a few words and an arrow ('Show report ›', 'View announcement »', 'Zum
Bericht →', 'Voir le communiqué ›', 'Ver informe »'): the same line under two items or more is the
list's link to each full text, page furniture as a 'Read more' is, not a headline (the last one,
with the footer under it, had made an item). Cost: a literal test of the line's last character."""
from __future__ import annotations

from collections import Counter

from ..lines import Line, words

_ARROWS = "›»→"
_WORDS = 4


def mark(ls: list[Line]) -> None:
    """Mark repeated arrow links as furniture, in place."""
    found = [l for l in ls if l.text[-1:] in _ARROWS and l.kind in ("head", "prose") and not l.marker
             and 1 <= words(l.text.rstrip(_ARROWS + " ")) <= _WORDS]
    seen = Counter(l.text for l in found)
    for l in found:
        if seen[l.text] >= 2:
            l.kind, l.section = "furn", False
