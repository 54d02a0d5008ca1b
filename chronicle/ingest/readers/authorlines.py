"""An author's name alone on the line between an item's text and its date below it, as tag and
section pages print a teaser's foot ('text' / 'A Name' / '22 March 2025 - 19:42', 'Texte' /
'Prénom Nom' / '22 mars 2025 à 19h42'). The name reads like a headline; left so, it opens an
item and the date below goes to the wrong one. Where the foot repeats (twice or more) the name
lines are furniture (reported) and each date stays below its own text; once, where the date
closes the teaser's block under its headline (_foot). So is a newsroom's byline under each item's
text ('Par la rédaction', 'By the editors', 'Von der Redaktion', 'Por la redacción'), twice or more."""
from __future__ import annotations

import re

from ..lines import Line, words
from ..outletnames import looks_like_name

_LEAST = 2
_STAFF = re.compile(r"(?i)^(?:by|par|von|por|di|da|door)\s+(?:the\s+|la\s+|der\s+|il\s+|a\s+|de\s+)?"
                    r"(?:staff|editors|newsroom|news desk|rédaction|redaktion|redacción|redazione|redação|redactie)$")


def mark(ls: list[Line]) -> int:
    """Mark the author lines as furniture, in place; how many there were."""
    staff = [l for a, l in zip(ls, ls[1:]) if l.kind == "head" and a.kind == "prose" and _STAFF.match(l.text.strip())]
    for l in staff if len(staff) >= _LEAST else []:
        l.kind = "furn"
    found = [i for i in range(1, len(ls) - 1) if _author(ls[i - 1], ls[i], ls[i + 1])]
    if len(found) < _LEAST and not (found and _foot(ls, found[0])):
        return 0
    found = [ls[i] for i in found]
    for l in found:
        l.kind = "furn"
    return len(found)


def _author(before: Line, line: Line, after: Line) -> bool:
    return (line.kind == "head" and not line.marker and not line.dates and 2 <= words(line.text) <= 5
            and before.kind == "prose" and after.kind == "date" and before.no + 1 == line.no == after.no - 1
            and looks_like_name(line.text))


def _foot(ls: list[Line], i: int) -> bool:
    """One name alone between a teaser and its date: furniture all the same where the date closes
    its block (a blank line or the page's end under it) under a headline and its text, and no
    headline of the page has its date right under it ('Headline' / '3 May 2026' / text pages)."""
    end = i + 2 >= len(ls) or ls[i + 2].gap > 0
    headed = i >= 2 and ls[i - 2].kind == "head" and ls[i - 2].no + 1 == ls[i - 1].no
    dated_heads = any(a.kind == "head" and b.kind == "date" and b.no == a.no + 1 and a is not ls[i] for a, b in zip(ls, ls[1:]))
    return end and headed and not dated_heads
