"""An aggregator's tally line under each headline: its counts, the poster and the age, and the
links a reader clicks, set off by bars or dots ('412 points by jdoe 1 day ago | hide | 268
comments', '87 Punkte von anna vor 3 Stunden | 41 Kommentare', '1,2k votes · 345 commentaires').
The same count word opens three such lines or more, each with another count: they are furniture,
so a list of headlines alone stays a list of items (each headline its own text). A thread's vote bar
under each post ('↑ 214  Reply  Share', '▲ 38 Antworten', '👍 12 Répondre Partager': a vote mark, a
count, the buttons) is furniture too, where three lines or more open their buttons with one word."""
from __future__ import annotations

import re
from collections import defaultdict

from ..lines import Line

# a count and its word first, then a bar or dot and more (the segments after it are not read)
_TALLY = re.compile(r"^\d[\d.,]*\s?[kKmM]?\s+(?P<word>[^\W\d_]{2,20})\b[^|·•]{0,60}\s[|·•]\s.{1,80}$")
_LEAST = 3
# a vote mark and a count, then a few words with no sentence in them (the buttons)
_VOTES = re.compile(r"^[↑▲⬆△⇧👍]\s*\d[\d.,]*\s?[kK]?\s+(?P<word>[^\W\d_]{2,20})(?:\s+[^\W\d_]{2,20}){0,3}$")


def mark(ls: list[Line]) -> int:
    """Mark the tally lines as furniture, in place; how many there were."""
    by_word: dict[str, list[Line]] = defaultdict(list)
    for l in ls:
        # ('97 Punkte …' reads as a list's number 97 and its text: the number is the count)
        text = f"{l.marker} {l.text}" if l.marker.isdigit() else "" if l.marker else l.text
        m = _TALLY.match(text) if l.kind in ("head", "prose") and text[:1].isdigit() else None
        if m and any(c.isdigit() for c in text[m.end("word"):]):   # (a second count: '… | 268 comments')
            by_word[m["word"].lower()].append(l)
        m = _VOTES.match(l.text) if l.kind in ("head", "prose") and l.text[:1] in "↑▲⬆△⇧👍" else None
        if m:
            by_word["\0" + m["word"].lower()].append(l)
    n = 0
    for found in by_word.values():
        if len(found) >= _LEAST and len({l.text for l in found}) == len(found):
            for l in found:
                l.kind, n = "furn", n + 1   # (its age, if any, stays: the item's own)
    return n
