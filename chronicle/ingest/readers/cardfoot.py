"""A card's foot line naming who posted it: a news page's card prints its headline, its teaser,
then a short name ('Riverina Branch', 'Redaktion', 'Legal clinic', the site's own name) and its
date right under it, no blank line between ('Teaser.' / 'Toronto chapter' / '18 March 2026'). On
two cards or more that name is the item's source, not a headline of an item of its own (the last
card's was read as one) nor furniture. A person's name there ('Andrea Salazar') is the author's,
left to authorlines.py (furniture): a name that reads like a person's is taken only where a word
of it names a body ('Union', 'Verband', 'Syndicat'); a byline ('By Jane Doe') never."""
from __future__ import annotations

import re

from ..lines import BYLINE, Line, sentence_like, words
from ..outletnames import looks_like_name, month_word

_LEAST = 2
_NAME = 6   # words at most
# a word that names a body, not a person (English, German, French, Spanish, Italian, Dutch)
_BODY = re.compile(r"(?i)\b(?:union|branch|chapter|federation|association|council|committee|society|institute|agency|"
                   r"ministry|department|office|newsroom|desk|team|clinic|network|trust|foundation|"
                   r"\w*(?:verband|verein|gewerkschaft|ministerium|redaktion|amt|stelle|bund)|"
                   r"syndicat|fédération|ministère|rédaction|sindicato|federación|asociación|ministerio|redacción|"
                   r"sindacato|federazione|associazione|ministero|redazione|vakbond|vereniging|ministerie|redactie)\b")


def _foot(ls: list[Line], i: int) -> bool:
    above, l, below = ls[i - 1], ls[i], ls[i + 1]
    return (l.kind in ("head", "furn") and not l.marker and not l.section and not l.dates
            and above.kind == "prose" and below.kind == "date" and bool(below.dates)
            and l.gap == below.gap == 0 and l.no == above.no + 1 == below.no - 1
            and words(l.text) <= _NAME and l.text[:1].isupper() and not l.text.endswith((".", ":", "?", "!"))
            and ":" not in l.text and not sentence_like(l.text) and not BYLINE.match(l.text) and not month_word(l.text)
            and (not (2 <= words(l.text) <= 5 and looks_like_name(l.text)) or bool(_BODY.search(l.text))))


def mark(ls: list[Line]) -> int:
    """Mark the cards' foot names as their outlet lines, in place, when two cards or more have
    one; how many."""
    found = [i for i in range(1, len(ls) - 1) if _foot(ls, i)]
    if len(found) < _LEAST:
        return 0
    for i in found:
        ls[i].kind, ls[i].outlet = "outlet", ls[i].text
    return len(found)
