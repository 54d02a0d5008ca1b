"""Bulleted items run together on one line, each closing with its outlet in parentheses ('• Text.
(WA Today) • Text. (The Mercury) • …', '(1) Text. (Outlet) (2) Text. (Outlet) …', a newsletter's
'In brief' pasted without its line breaks):
each item's end is a marker's place as a line's end is, so the page's outlet markers are counted
there too (outlets.Outlets._repeated). Only lines holding ') •' or ') (' are split (a literal test first)."""
from __future__ import annotations

import re

_AFTER_PAREN = re.compile(r"(?<=\))\s+(?:[•·▪◦]|\(\d{1,2}\))\s+")   # (or the next number: '(Outlet) (2) Text')


def pieces(lines: list[str]) -> list[str]:
    """The lines, each line of run-together items split after each closing parenthesis and bullet."""
    out: list[str] = []
    for line in lines:
        if ") •" in line or ") ·" in line or ")  •" in line or ") (" in line:
            out.extend(_AFTER_PAREN.split(line))
        else:
            out.append(line)
    return out
