"""Numbered items run together in one paragraph ('(1) Text. (Irish Independent) (2) Text. (Connacht
Tribune) (3) …', '1) Text. 2) Text. 3) …': a newsletter's 'three things' pasted without its line
breaks): one list item each, numbered as a list prints them ('1. Text.'). Only a line that opens
with the first number is looked at (a literal test first); the numbers must run 1, 2, 3 … and each
piece end a sentence or a parenthesis before the next number (an enumeration inside a sentence,
'would (1) raise fees, (2) cut …', is none)."""
from __future__ import annotations

import re

_NUMBER = re.compile(r"(?:^|(?<=[.!?)”\"»])\s+)(?:\((?P<p>\d{1,2})\)|(?P<b>\d{1,2})\))\s+(?=\S)")


def split(s: str) -> list[str] | None:
    """The items of a numbered run, each as '1. text', else None."""
    if not (s[:4] == "(1) " or s[:3] == "1) "):
        return None
    marks = list(_NUMBER.finditer(s))
    if len(marks) < 2 or [int(m["p"] or m["b"]) for m in marks] != list(range(1, len(marks) + 1)):
        return None
    pieces = [s[m.end():(marks[k + 1].start() if k + 1 < len(marks) else len(s))].strip() for k, m in enumerate(marks)]
    if any(len(p.split()) < 4 for p in pieces):
        return None
    return [f"{k}. {p}" for k, p in enumerate(pieces, 1)]
