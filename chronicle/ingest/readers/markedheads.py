"""A newsletter's section heading set off by a block sign and written in capitals ('■ NOTICIAS DEL
SECTOR', '◆ AUS DEM VERBAND', '▪ IN BRIEF', '□ ACTUALITÉS DES MEMBRES'): a heading over the items
under it, no item, and no list item though the sign reads as a list marker. Only the block signs
(squares and diamonds), not a bullet or an arrow that opens an item ('• …', '▶ Headline'); at
most six words, all in capitals. Cost: the marker's test on each line, the rest on marked lines."""
from __future__ import annotations

from ..lines import Line, words

_BLOCKS = frozenset("■□▪▫◆◇◼◻◾◽⬛⬜♦")
_WORDS = 6


def mark(ls: list[Line]) -> None:
    """Mark such headings as section headings in place."""
    for l in ls:
        if l.marker and l.marker in _BLOCKS and l.kind in ("head", "prose") and l.text.isupper() \
                and sum(c.isalpha() for c in l.text) >= 4 and words(l.text) <= _WORDS:
            l.kind, l.section = "head", True
