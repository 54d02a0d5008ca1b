"""A joint release's line naming who issued it with the author, under its headline ('With: Senator
the Hon A Name, Minister for X', 'Mit: Staatssekretärin A Name', 'Avec : A Name, ministre de …',
'Con: …'). It reads like a headline (short, no sentence end) and, left so, takes the headline's
place as the title; it is neither title nor text: furniture, reported with its line number."""
from __future__ import annotations

import re

from ..lines import Line

_WITH = re.compile(r"^(?:With|Mit|Avec|Con|Com|Met|Together with|Gemeinsam mit)\s*:\s*(?:[A-ZÀ-Ý]|the |la |le |el |die |der |il )")


def mark(ls: list[Line]) -> int:
    """Mark the 'With:' lines right under a headline as furniture, in place; how many there were."""
    n = 0
    for above, l in zip(ls, ls[1:]):
        if l.kind in ("head", "prose") and above.kind == "head" and l.gap == 0 and len(l.text) <= 160 and _WITH.match(l.text):
            l.kind, n = "furn", n + 1
    return n
