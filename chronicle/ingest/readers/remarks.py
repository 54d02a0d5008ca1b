"""A collector's remark under a pasted item in a notes file ('>> check the figures, ask on Monday'):
a line opening with '>>' that closes its block (a blank line or the page's end after it), under
lines without the mark. It is the writer's, not the item's: furniture, reported with its line
number. A run of '>>' lines (a list bulleted with chevrons) or '>>' on most lines (quoting) is
neither, so only a lone one counts. Indented under a bulleted item ('* Headline — Outlet' /
'  -> ask whether …'), a '->' or '>>' line is the writer's remark on that item whatever follows it."""
from __future__ import annotations

import re

from ..lines import Line

_REMARK = re.compile(r"^>>\s*\S")
_UNDER_BULLET = re.compile(r"^(?:>>|->)\s*\S")


def mark(ls: list[Line]) -> int:
    """Mark the remark lines as furniture, in place; how many there were."""
    n = 0
    for k, l in enumerate(ls):
        closes = k + 1 == len(ls) or ls[k + 1].gap > 0
        under = k > 0 and l.gap == 0 and not _REMARK.match(ls[k - 1].text)
        if l.kind in ("head", "prose") and not l.marker and _REMARK.match(l.text) and closes and under \
                or l.kind in ("head", "prose", "date") and _under_bullet(ls, k):
            l.kind, l.dates, n = "furn", [], n + 1   # (a date in the remark is the writer's: 'opened Feb 8? check')
    return n


def _under_bullet(ls: list[Line], k: int) -> bool:
    """ls[k] is a '->' remark indented under the bulleted line above it (or under its remarks)."""
    l = ls[k]
    if not (l.indent and l.gap == 0 and not l.marker and _UNDER_BULLET.match(l.text)):
        return False
    j = k - 1
    while j >= 0 and ls[j].gap == 0 and ls[j].indent >= l.indent and _UNDER_BULLET.match(ls[j].text):
        j -= 1
    return j >= 0 and bool(ls[j].marker) and ls[j].indent < l.indent and (j == k - 1 or ls[j + 1].gap == 0)
