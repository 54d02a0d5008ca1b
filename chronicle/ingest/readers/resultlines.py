"""A search page's results without headlines: each result a snippet of text, then its 'date | place |
author' line ('… stressing the current variant causes mostly mild illness' / '18 May,2025 07:52 PM
IST | New Delhi | IANS'), one snippet between two such lines. A snippet of twenty words without a
full stop reads like a headline, and a headline opens an item over the snippets after it; on such a
page each snippet is a result's text (an item of one line, its date line under it)."""
from __future__ import annotations

from ..datefields import dated_fields
from ..lines import Line, words

TEXT = ("prose", "head", "plus")
_LEAST = 3
_SNIPPET = 15   # words at least in a snippet (a headline is shorter)


def mark(ls: list[Line]) -> int:
    """Mark the results' snippets read as headlines as text, in place; how many."""
    metas = [i for i, l in enumerate(ls) if l.kind in ("date", "outlet") and dated_fields(l.text, l.dates)]
    if len(metas) < _LEAST:
        return 0
    snippets = []
    for a, b in zip([-1, *metas], metas):
        between = [j for j in range(a + 1, b) if ls[j].kind in TEXT and not ls[j].section and not ls[j].marker]
        if a >= 0 and len(between) != 1:
            return 0   # (a headline and its teaser between two date lines: a page of another kind)
        if between and words(ls[between[-1]].text) >= _SNIPPET and between[-1] + 1 == b:
            snippets.append(between[-1])
    if len(snippets) < len(metas) - 1:
        return 0
    heads = [j for j in snippets if ls[j].kind == "head"]
    for j in heads:
        ls[j].kind = "prose"
    return len(heads)
