"""A photo gallery's counters ('1/6', '2/6', … over each picture's place, date and caption): each
marks where the next picture's item starts, as a blank line does. Three or more counters of one
total, counting up, each alone on its line, are read as blank lines (a raw pre-pass in run.parse:
one line for one line, so line numbers stay the file's); a lone '1/6' is left alone (a date)."""
from __future__ import annotations

import re

_COUNTER = re.compile(r"^\s*(\d{1,3})\s*/\s*(\d{1,3})\s*$")
_LEAST = 3


def blanked(lines: list[str]) -> list[str]:
    found = [(k, m) for k, line in enumerate(lines) if "/" in line and len(line) <= 12 for m in [_COUNTER.match(line)] if m]
    totals = {m[2] for _, m in found}
    if len(found) < _LEAST or len(totals) != 1:
        return lines
    steps = [int(m[1]) for _, m in found]
    if steps != sorted(steps) or steps[-1] > int(next(iter(totals))):
        return lines
    at = {k for k, _ in found}
    return ["" if k in at else line for k, line in enumerate(lines)]
