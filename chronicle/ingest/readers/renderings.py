"""A headline's rendering in another language on the line right under it: a press briefing that
prints each headline in its own language gives a translation in brackets, labelled with the
language's code or a word for 'translation' ('[EN: Regulator fines municipality …]', '(DE: …)',
'[Traduction : …]', '[Übersetzung: …]', '[trad.: …]'). The printed headline is the title; the
rendering is neither the title nor a headline of an item of its own, nor text: page furniture
(reported). Only right under a headline-like line, with no blank line between."""
from __future__ import annotations

import re

from ..lines import Line

# (a language's code in capitals, or a word saying what the line is, then a colon; the whole line in brackets)
_RENDERING = re.compile(
    r"^[\[(]\s*(?:[A-Z]{2}|(?i:translation|translated|english|deutsch|englisch|übersetzung|übers\.|traduction|trad\.|"
    r"anglais|traducción|inglés|traduzione|inglese|vertaling|engels|tradução|inglês))\s*:\s*\S.{2,}[\])]$")


def rendering(text: str) -> bool:
    """The line is a bracketed, labelled rendering of a headline (see the module's note)."""
    return text[:1] in "[(" and text[-1:] in "])" and bool(_RENDERING.match(text))


def mark(ls: list[Line]) -> None:
    """Mark each rendering right under a headline as furniture, in place."""
    for above, l in zip(ls, ls[1:]):
        if l.kind in ("head", "prose", "furn") and l.gap == 0 and above.kind == "head" and above.no + 1 == l.no \
                and rendering(l.text):
            l.kind = "furn"
