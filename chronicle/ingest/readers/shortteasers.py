"""A short sentence in the place of an item's text is that text: right under a list item's
headline ('- Port reports record year' / 'Throughput rose ten per cent.'), or under a headline's
outlet or date line where the page's other items have their text ('Headline' / 'Público | Há 5
horas' / 'Não houve feridos.'). A line that short reads as a headline when classified alone, and
then the item had no text: the sentence was taken for a section heading, the page's footer or an
item of its own. Two such places or more on the page (text or short sentence) make every such
sentence text."""
from __future__ import annotations

from ..lines import Line, words

_LEAST = 2
_END = (".", "!", "?", "…", ".”", ".\"", ".»")
_META = ("outlet", "date")


def mark(ls: list[Line]) -> int:
    """Mark the teasers as prose, in place; how many there were."""
    marked = [j for j in range(1, len(ls)) if _sentence(ls[j], ls[j - 1]) and _list_head(ls[j - 1])]
    placed = [j for j in range(2, len(ls)) if _under_meta(ls, j)]   # (text there, or a short sentence)
    found = (marked if len(marked) >= _LEAST else []) + \
        ([j for j in placed if ls[j].kind == "head"] if len(placed) >= _LEAST else [])
    for j in found:
        ls[j].kind = "prose"
    return len(found)


def _list_head(head: Line) -> bool:
    return bool(head.marker) and head.kind == "head" and not head.text.endswith(_END)


def _under_meta(ls: list[Line], j: int) -> bool:
    """Line j is where an item's text goes: under its headline's outlet or date line, no blank
    line between, and it is text or a short sentence."""
    meta, head = ls[j - 1], ls[j - 2]
    return meta.kind in _META and meta.gap == 0 and ls[j].gap == 0 and head.kind == "head" and not head.marker \
        and (ls[j].kind == "prose" or _sentence(ls[j], meta))


def _sentence(line: Line, above: Line) -> bool:
    return line.kind == "head" and not line.marker and line.gap == 0 and line.indent <= above.indent + 4 \
        and line.text.endswith(_END) and not line.text.endswith("...") and words(line.text) >= 3 \
        and any(c.islower() for c in line.text)
