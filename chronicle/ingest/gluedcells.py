"""A listing's row copied from a table whose cells lose their separators: the notice's number, its
type in capitals and its date and time glued into one line ('121406GENERAL NOTICE28/11/2026
04:12:09 PM', 'MARKET INTERVENTION27/11/2026 09:05:44 PM'). Read whole, the date sits in the
middle of a word and the line does not read as the date line each item opens with; split, it is
'28/11/2026 04:12:09 PM | GENERAL NOTICE' (datefields: a date and its fields), the number dropped
(a notice's running number names nothing a reader looks for). Done on the raw lines, one line for
one line, before any reader sees them (run.parse)."""
from __future__ import annotations

import re

from . import when

# (a capital letter right before a numeric date's digits: no writer glues them)
HINT = re.compile(r"[A-Z]\d{1,4}[/.-]\d{1,2}[/.-]\d")
_ROW = re.compile(r"^(?:\d{2,12})?(?P<type>[A-Z][A-Z&/ -]{1,40}[A-Z])(?P<date>\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b.{0,30})$")


def row(s: str) -> str | None:
    """The line as a date line with its type (above), or None when it is no such row."""
    m = _ROW.match(s) if len(s) <= 90 else None
    if m is None:
        return None
    found = when.find_dates(m["date"])
    if not found or found[0].start != 0 or found[0].year is None:
        return None
    return f"{m['date'].strip()} | {m['type'].strip()}"


def unglued(lines: list[str]) -> list[str]:
    """The page's lines with each such row split as above (the same number of lines)."""
    out = lines
    for k, line in enumerate(lines):
        if len(line) <= 100 and HINT.search(line):
            split = row(line.strip())
            if split:
                out = out if out is not lines else list(lines)
                out[k] = split
    return out

