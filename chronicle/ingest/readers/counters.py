"""Counters a page prints by each item: a number and one word, the same word by three items or
more with other numbers ('412 votes', '3861 clics', '61 points', '287 Stimmen', '12 reacties',
and a site's own word for a vote). A headline is never a number and one word repeated down the
page: these lines are furniture (reported), so they neither open items nor become titles. So is
a show's or app's rating with the number of ratings ('4,6 • 3,1K beoordelingen', '4.8 ★ (12,345
ratings)', '4,7 · 812 Bewertungen'), once at the page's top, and a bar's shares written out by
each item ('L 22%   C 51%   R 27%': a news aggregator's bias bar, a poll's 'Sí 40% No 60%').
The word may stand first or around the number ('views 1.2K', 'Aufrufe 412', 'visto 298 volte'), but
not as a numbered run ('Day 1', 'Day 2', 'Day 3' are headings, not counters)."""
from __future__ import annotations

import re
from collections import defaultdict

from ..lines import Line

_COUNT = re.compile(r"^[^\w\s]{0,2}\s*\d[\d.,]*\s?[kKmM]?\s+(?P<word>[^\W\d_]{2,20})\.?$")
# the word first, or around the number ('views 1.2K', 'visto 298 volte')
_WORD_FIRST = re.compile(r"^(?P<word>[^\W\d_]{2,20})\s+(?P<n>\d[\d.,]*)\s?[kKmM]?(?:\s+(?P<after>[^\W\d_]{2,20}))?\.?$")
_LEAST = 3
# a bar's shares written out, two or more labels each with its percentage and nothing else
# ('L 22%   C 51%   R 27%', 'Left 40% · Right 60%', 'Ja 54 % Nein 46 %')
_SHARES = re.compile(r"^(?:[^\W\d_]{1,12}\.?:?\s*\d{1,3}(?:[.,]\d)?\s?%\s*[·|/,;]?\s*){2,}$")
_RATING = re.compile(r"^[★☆\s]*[0-5][.,]\d\s*[★☆]*\s*(?:[•·|/]\s*|\(\s*)?[\d.,]+\s?[kKmM]?\s+[^\W\d_]{3,20}\)?$")


def mark(ls: list[Line]) -> int:
    """Mark the counter lines as furniture, in place; how many there were."""
    by_word: dict[str, list[Line]] = defaultdict(list)
    for l in ls:
        m = _count(l.text) if len(l.text) <= 30 else None
        if m and l.kind in ("head", "prose") and not l.dates:   # ("12 MRT.", "7 mars" are dates)
            by_word[m].append(l)
    n = 0
    for l in ls:
        if l.kind in ("head", "prose") and len(l.text) <= 80 and "%" in l.text and _SHARES.match(l.text):
            l.kind, n = "furn", n + 1
        elif l.kind in ("head", "prose") and len(l.text) <= 40 and _RATING.match(l.text) and not l.dates:
            l.kind, n = "furn", n + 1
    for found in by_word.values():
        if len(found) >= _LEAST and len({l.text for l in found}) >= 2 and not _numbered_run(found):
            for l in found:
                l.kind, l.dates, n = "furn", [], n + 1
    return n


def _count(text: str) -> str | None:
    """The counter's word(s), lower case ('views', 'visto volte'), if the line is a number and a word."""
    m = _COUNT.match(text) if text[:3].strip()[:1].isdigit() else None
    if m:
        return m["word"].lower()
    m = _WORD_FIRST.match(text)
    return f"{m['word']} {m['after'] or ''}".strip().lower() if m else None


def _numbered_run(found: list[Line]) -> bool:
    """'Day 1', 'Day 2', 'Day 3' (or counting down): headings numbered in turn, not counters."""
    nums = [re.search(r"\d+", l.text) for l in found]
    ns = [int(m[0]) for m in nums if m]
    steps = {b - a for a, b in zip(ns, ns[1:])}
    return len(steps) == 1 and steps <= {1, -1}
