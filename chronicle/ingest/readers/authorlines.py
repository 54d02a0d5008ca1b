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
from ..readmore import READ_MORE_LINE
from ..outletnames import looks_like_name

_LEAST = 2
_STAFF = re.compile(r"(?i)^(?:by|par|von|por|di|da|door)\s+(?:the\s+|la\s+|der\s+|il\s+|a\s+|de\s+)?"
                    r"(?:staff|editors|newsroom|news desk|rédaction|redaktion|redacción|redazione|redação|redactie)$")


def mark(ls: list[Line]) -> int:
    """Mark the author lines as furniture, in place; how many there were."""
    staff = [l for a, l in zip(ls, ls[1:]) if l.kind == "head" and a.kind == "prose" and _STAFF.match(l.text.strip())]
    for l in staff if len(staff) >= _LEAST else []:
        l.kind = "furn"
    found = [i for i in range(1, len(ls) - 1) if _author(ls[i - 1], ls[i], ls[i + 1]) or _signed_foot(ls, i)]
    if len(found) < _LEAST and not (found and _foot(ls, found[0])):
        return 0
    # (a role under the name, before the date: 'Consumer Affairs Editor', the foot's too)
    found = [ls[i] for i in found] + [ls[i + 1] for i in found if ls[i + 1].kind == "head" and not ls[i + 1].dates]
    for l in found:
        l.kind = "furn"
    return len(found)


def _author(before: Line, line: Line, after: Line) -> bool:
    return (line.kind == "head" and not line.marker and not line.dates and 2 <= words(line.text) <= 5
            and before.kind == "prose" and after.kind == "date" and before.no + 1 == line.no == after.no - 1
            and looks_like_name(line.text))


def _signed_foot(ls: list[Line], i: int) -> bool:
    """A name alone under a teaser's 'Read more', over its role and its date or its date alone ('text'
    / 'Read more' / 'Harriet Okafor' / 'Consumer Affairs Editor' / '3 hours ago'), as a topic page
    signs each teaser."""
    line, before = ls[i], ls[i - 1]
    if not (line.kind == "head" and not line.marker and not line.dates and 2 <= words(line.text) <= 5 and line.gap == 0
            and before.kind == "furn" and READ_MORE_LINE.match(before.text) and i >= 2 and ls[i - 2].kind == "prose"
            and before.gap == 0):
        return False
    after = ls[i + 1:i + 3]
    dated = [k for k, l in enumerate(after) if l.kind in ("date", "outlet") and l.dates and l.gap == 0]
    if not dated:
        return False
    # (a desk's name right over the date, 'Money team'; a person's over a role line: 'Consumer Affairs Editor')
    return dated[0] == 0 or looks_like_name(line.text) and after[0].kind in ("outlet", "head") and not after[0].section \
        and words(after[0].text) <= 5 and not after[0].dates and after[0].gap == 0


def _foot(ls: list[Line], i: int) -> bool:
    """One name alone between a teaser and its date: furniture all the same where the date closes
    its block (a blank line or the page's end under it) under a headline and its text, and no
    headline of the page has its date right under it ('Headline' / '3 May 2026' / text pages)."""
    end = i + 2 >= len(ls) or ls[i + 2].gap > 0
    headed = i >= 2 and ls[i - 2].kind == "head" and ls[i - 2].no + 1 == ls[i - 1].no
    dated_heads = any(a.kind == "head" and b.kind == "date" and b.no == a.no + 1 and a is not ls[i] for a, b in zip(ls, ls[1:]))
    return end and headed and not dated_heads
