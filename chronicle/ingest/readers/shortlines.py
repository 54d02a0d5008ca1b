"""A short sentence right under a headline is that item's text, not a second headline
('Nuovo ponte sul Po a Cremona' / 'I lavori partiranno in primavera.'): lines.is_head takes a
sentence of a few words with its full stop for a headline ('Mauvais présage.'), which holds for a
line standing alone, not for one that follows a headline without a blank line."""
from __future__ import annotations

import re

from ..lines import Line, sentence_like

_STOP_INSIDE = re.compile(r"[.!?]\s+[A-ZÀ-Ý]")


def mark(ls: list[Line]) -> None:
    """Re-kinds such lines as prose (in place)."""
    for i in range(1, len(ls)):
        l, prev = ls[i], ls[i - 1]
        t = l.text.rstrip()
        if l.kind == "head" and prev.kind == "head" and l.gap == 0 and not l.marker and not prev.marker \
                and t.endswith(".") and not t.endswith("..") and not prev.text.rstrip().endswith((".", ":")) \
                and not t.isupper():
            l.kind = "prose"


def headline_over_text(texts: list[Line]) -> bool:
    """A ticker entry's lines open with its headline: a headline-like line, not a sentence, over
    its text, or over a dek and then its text ('Headline' / 'Dek without a stop' / text). Under a
    live blog's clock time a headline may run past lines.is_head's 22 words: a line of one clause
    without a stop over a paragraph is the entry's headline all the same."""
    first = texts[0] if texts else None
    if len(texts) < 2 or first.marker or sentence_like(first.text) or not (first.kind == "head" or _long_head(first, texts[1])):
        return False
    return texts[1].kind == "prose" or texts[1].kind == "head" and len(texts) >= 3 and texts[2].kind == "prose"


def _long_head(l: Line, under: Line) -> bool:
    """A prose line of at most 30 words with no stop inside or at its end, over sentences."""
    t = l.text.rstrip()
    return l.kind == "prose" and len(t.split()) <= 30 and t[-1:] not in ".!?:;,…\"”»)" and under.kind == "prose" \
        and sentence_like(under.text) and not _STOP_INSIDE.search(t)
