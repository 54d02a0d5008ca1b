"""A short sentence right under a headline is that item's text, not a second headline
('Nuovo ponte sul Po a Cremona' / 'I lavori partiranno in primavera.'): lines.is_head takes a
sentence of a few words with its full stop for a headline ('Mauvais présage.'), which holds for a
line standing alone, not for one that follows a headline without a blank line."""
from __future__ import annotations

from ..lines import Line, sentence_like


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
    its text, or over a dek and then its text ('Headline' / 'Dek without a stop' / text)."""
    if len(texts) < 2 or texts[0].kind != "head" or texts[0].marker or sentence_like(texts[0].text):
        return False
    return texts[1].kind == "prose" or texts[1].kind == "head" and len(texts) >= 3 and texts[2].kind == "prose"
