"""Numbered items run together in one paragraph ('(1) Text. (Irish Independent) (2) Text. (Connacht
Tribune) (3) …', '1) Text. 2) Text. 3) …': a newsletter's 'three things' pasted without its line
breaks): one list item each, numbered as a list prints them ('1. Text.'). Only a line that opens
with the first number is looked at (a literal test first); the numbers must run 1, 2, 3 … and each
piece end a sentence or a parenthesis before the next number (an enumeration inside a sentence,
'would (1) raise fees, (2) cut …', is none). So is a numbered list item that runs into the next
('4. Cabinet approved … in 2027. 5. Cabinet approved …': a line break lost), split where the next
number follows a sentence's end and opens a capitalised word."""
from __future__ import annotations

import re

_NUMBER = re.compile(r"(?:^|(?<=[.!?)”\"»])\s+)(?:\((?P<p>\d{1,2})\)|(?P<b>\d{1,2})\))\s+(?=\S)")


_DOTTED = re.compile(r"^(?P<n>\d{1,2})\.\s+\S")


def split(s: str) -> list[str] | None:
    """The items of a numbered run, each as '1. text', else None."""
    if s[:1].isdigit() and s[1:3] != ") ":
        return _dotted(s)
    if not (s[:4] == "(1) " or s[:3] == "1) "):
        return None
    marks = list(_NUMBER.finditer(s))
    if len(marks) < 2 or [int(m["p"] or m["b"]) for m in marks] != list(range(1, len(marks) + 1)):
        return None
    pieces = [s[m.end():(marks[k + 1].start() if k + 1 < len(marks) else len(s))].strip() for k, m in enumerate(marks)]
    if any(len(p.split()) < 4 for p in pieces):
        return None
    return [f"{k}. {p}" for k, p in enumerate(pieces, 1)]



def _dotted(s: str) -> list[str] | None:
    """'4. Text. 5. Text.' -> ['4. Text.', '5. Text.'], else None."""
    m = _DOTTED.match(s)
    if m is None or ". " not in s[m.end():]:
        return None
    n, at, out = int(m["n"]), 0, []
    while True:
        nxt = re.search(rf"(?<=[.!?)”\"»])\s+{n + 1}\.\s+(?=[A-ZÀ-Ý])", s[at:])
        if nxt is None:
            break
        out.append(s[at:at + nxt.start()].strip())
        at, n = at + nxt.start(), n + 1
    if not out:
        return None
    pieces = out + [s[at:].strip()]
    return pieces if all(len(p.split()) >= 5 for p in pieces) else None
