"""One article per line in fixed-width columns, as a monitoring tool or a terminal prints a table:
a header row naming the columns ('DATE   SOURCE   HEADLINE'), often a rule of dashes under each
column, then rows whose cells start where the header's do. No delimiter marks a cell: the
header's positions cut each row (a cell may be empty: spaces where the date would be). Read by
records.py as its rows, the header first."""
from __future__ import annotations

import re
from typing import Callable

_CELL = re.compile(r"\S+(?:\s\S+)*")          # a cell: words apart by single spaces
_RULE_GROUP = re.compile(r"[-=]{3,}")         # a column's part of the rule under the header
_WIDE_GAP = re.compile(r"\S\s{2,}\S")
_HEAD_LINES = 30   # the header is among the page's first lines


def rows(lines: list[str], role_of: Callable[[str], str | None]) -> tuple[list[int], list[list[str]]] | None:
    """(line numbers, cells) of the header and the rows under it, or None when the page has no
    such table. role_of: a header cell's role (records._header_role): two at least, a title's among them."""
    for i, line in enumerate(lines[:_HEAD_LINES]):
        if len(_WIDE_GAP.findall(line)) < 1:
            continue   # (cheap test first: a header has cells apart by two spaces or more)
        cells = list(_CELL.finditer(line))
        roles = [role_of(m.group()) for m in cells]
        if len(cells) < 2 or sum(1 for r in roles if r) < 2 or "title" not in roles or any(len(m.group()) > 24 for m in cells):
            continue
        starts = [m.start() for m in cells]
        k = i + 1
        if k < len(lines) and _RULE_GROUP.search(lines[k]) and not lines[k].strip(" -=\t"):
            groups = [m.start() for m in _RULE_GROUP.finditer(lines[k])]
            starts = groups if len(groups) == len(starts) else starts
            k += 1
        found = _body(lines, k, starts)
        if len(found) >= 2:
            return [i + 1] + [n for n, _ in found], [[m.group() for m in cells]] + [r for _, r in found]
    return None


def _body(lines: list[str], k: int, starts: list[int]) -> list[tuple[int, list[str]]]:
    """The rows from line index k to the first blank line: each cut at the columns' starts, where
    a cell ends in a space (a row whose text runs across a column's start is no row of the table)."""
    out: list[tuple[int, list[str]]] = []
    for n in range(k, len(lines)):
        line = lines[n].rstrip()
        if not line.strip():
            break
        if any(0 < s < len(line) and not line[s - 1].isspace() for s in starts):
            return []
        bounds = starts[1:] + [len(line)]
        out.append((n + 1, [line[a:b].strip() for a, b in zip(starts, bounds)]))
    return out
