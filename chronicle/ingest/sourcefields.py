"""A labelled source line naming a body or a gazette in sentence case, maybe with its reference,
then the date: 'Source : Journal officiel, 29/10/2026', 'Fonte: Gazzetta ufficiale, 28/10/2026',
'Source: Conseil d'État, décision n° 489213, 30/10/2026', 'Quelle: Bundesanzeiger, Az. 12/26,
02.11.2026'. The label says the name is the item's source, so it need not be listed nor capitalised
in every word (French, Italian and Spanish names are not): its first field is the name, what
stands between it and the closing date is a reference, not the name."""
from __future__ import annotations

import re

_LABEL = re.compile(r"(?i)^(?:sources?|quelle|fuente|fonte|bron)\s*:\s*(?P<name>[^,;|:()]{2,40}?)\s*,\s*")
_FIRSTS = frozenset("SsQqFfBb")


def name(text: str, found: list) -> str:
    """The source's name of such a line (its date closing it), else ''. (A first-letter test first:
    asked of every short keyed line.)"""
    if text[:1] not in _FIRSTS or not found or found[-1].kind == "relative" or len(text) > 100:
        return ""
    m = _LABEL.match(text)
    if not m or found[-1].end < len(text.rstrip(" .")) or found[0].start < m.end():
        return ""
    words = m["name"].split()
    if not 1 <= len(words) <= 5 or not words[0][:1].isupper() or any(c.isdigit() for c in m["name"]):
        return ""
    return m["name"].strip() if found[-1].start - m.end() <= 40 else ""
