"""A collector's remark under a pasted item in a notes file ('>> check the figures, ask on Monday'):
a line opening with '>>' that closes its block (a blank line or the page's end after it), under
lines without the mark. It is the writer's, not the item's: furniture, reported with its line
number. A run of '>>' lines (a list bulleted with chevrons) or '>>' on most lines (quoting) is
neither, so only a lone one counts."""
from __future__ import annotations

import re

from ..lines import Line

_REMARK = re.compile(r"^>>\s*\S")


def mark(ls: list[Line]) -> int:
    """Mark the remark lines as furniture, in place; how many there were."""
    n = 0
    for k, l in enumerate(ls):
        closes = k + 1 == len(ls) or ls[k + 1].gap > 0
        under = k > 0 and l.gap == 0 and not _REMARK.match(ls[k - 1].text)
        if l.kind in ("head", "prose") and not l.marker and _REMARK.match(l.text) and closes and under:
            l.kind, n = "furn", n + 1
    return n
