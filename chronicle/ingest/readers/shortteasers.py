"""A short sentence right under a list item's headline is that item's text ('- Port reports record
year' / 'Throughput rose ten per cent.'). A line that short reads as a headline when classified
alone, and then the item had no text: the sentence was taken for a section heading or the page's
footer and dropped (the report said so, but the reader lost it). Two such pairs or more, each a
marked headline over an unmarked full sentence with no blank line between, make every such
sentence text."""
from __future__ import annotations

from ..lines import Line, words

_LEAST = 2
_END = (".", "!", "?", "…", ".”", ".\"", ".»")


def mark(ls: list[Line]) -> int:
    """Mark the teasers as prose, in place; how many there were."""
    found = [j for j in range(1, len(ls)) if _teaser(ls[j - 1], ls[j])]
    if len(found) < _LEAST:
        return 0
    for j in found:
        ls[j].kind = "prose"
    return len(found)


def _teaser(head: Line, line: Line) -> bool:
    return bool(head.marker) and head.kind == "head" and not head.text.endswith(_END) \
        and line.kind == "head" and not line.marker and line.gap == 0 and line.indent <= head.indent + 4 \
        and line.text.endswith(_END) and not line.text.endswith("...") and words(line.text) >= 3 \
        and any(c.islower() for c in line.text)
