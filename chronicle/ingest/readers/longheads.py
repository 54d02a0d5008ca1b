"""A long headline over its date line ('Comboios parados em metade das linhas, Governo chama … : o
sexto dia da greve ferroviária' / 'Atualizado há 3 horas' / paragraphs): a line of more words than
a headline is read with alone (is_head: 22), without a stop at its end or a second sentence inside,
alone between blank lines, right above a date line that has the item's text under it, is the item's headline. It had been a
paragraph, and the section's word above it ('Transportes') the title. A teaser cut short ends with
'…' and stays text. Cost: a look at each line's kind; the rest only for a paragraph right above a
date line."""
from __future__ import annotations

import re

from ..lines import Line, words

_MAX_WORDS = 40
_END = (".", "!", "?", "…", ":", ";", ",")
_QUOTES = "\"”»’' "
_INSIDE = re.compile(r"[.!?…]['\"”’»]?\s+[\"“«]?[A-ZÀ-Ý]")   # a second sentence


def mark(ls: list[Line]) -> int:
    """Mark such lines as headlines, in place; how many there were."""
    n = 0
    for j in range(len(ls) - 2):
        l, below = ls[j], ls[j + 1]
        if l.kind != "prose" or below.kind != "date" or l.marker or not below.dates or ls[j + 2].kind != "prose":
            continue
        if not (l.gap or j == 0) or not below.gap:
            continue   # (alone between blank lines: not a paragraph's last line, nor a card's row)
        if l.text.rstrip(_QUOTES).endswith(_END) or words(l.text) > _MAX_WORDS or _INSIDE.search(l.text) \
                or l.dated or l.lead:
            continue
        l.kind = "head"
        n += 1
    return n
