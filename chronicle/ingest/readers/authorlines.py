"""An author's name alone on the line between an item's text and its date below it, as tag and
section pages print a teaser's foot ('text' / 'A Name' / '22 March 2025 - 19:42', 'Texte' /
'Prénom Nom' / '22 mars 2025 à 19h42'). The name reads like a headline; left so, it opens an
item and the date below goes to the wrong one. Where the foot repeats (twice or more) the name
lines are furniture (reported) and each date stays below its own text."""
from __future__ import annotations

from ..lines import Line, words
from ..outletnames import looks_like_name

_LEAST = 2


def mark(ls: list[Line]) -> int:
    """Mark the author lines as furniture, in place; how many there were."""
    found = [ls[i] for i in range(1, len(ls) - 1) if _author(ls[i - 1], ls[i], ls[i + 1])]
    if len(found) < _LEAST:
        return 0
    for l in found:
        l.kind = "furn"
    return len(found)


def _author(before: Line, line: Line, after: Line) -> bool:
    return (line.kind == "head" and not line.marker and not line.dates and 2 <= words(line.text) <= 5
            and before.kind == "prose" and after.kind == "date" and before.no + 1 == line.no == after.no - 1
            and looks_like_name(line.text))
