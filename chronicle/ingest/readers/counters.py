"""Counters a page prints by each item: a number and one word, the same word by three items or
more with other numbers ('412 votes', '3861 clics', '61 points', '287 Stimmen', '12 reacties',
and a site's own word for a vote). A headline is never a number and one word repeated down the
page: these lines are furniture (reported), so they neither open items nor become titles."""
from __future__ import annotations

import re
from collections import defaultdict

from ..lines import Line

_COUNT = re.compile(r"^[^\w\s]{0,2}\s*\d[\d.,]*\s?[kKmM]?\s+(?P<word>[^\W\d_]{2,20})\.?$")
_LEAST = 3


def mark(ls: list[Line]) -> int:
    """Mark the counter lines as furniture, in place; how many there were."""
    by_word: dict[str, list[Line]] = defaultdict(list)
    for l in ls:
        m = _COUNT.match(l.text) if len(l.text) <= 30 and l.text[:3].strip()[:1].isdigit() else None
        if m and l.kind in ("head", "prose") and not l.dates:   # ("12 MRT.", "7 mars" are dates)
            by_word[m["word"].lower()].append(l)
    n = 0
    for found in by_word.values():
        if len(found) >= _LEAST and len({l.text for l in found}) >= 2:
            for l in found:
                l.kind, l.dates, n = "furn", [], n + 1
    return n
