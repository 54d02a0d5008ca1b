"""Lower-case agency marks closing an item's text, as German-language wires credit a report ('…
teilte das Amt mit. (sda)', '… in Betrieb. (awp)', '(apa)', '(kna)', '(epd)'): where the page closes
a paragraph so with a listed agency ('(sda)', '(dpa)'), its other lower-case marks in that place are
agencies too (3505's one unlisted '(awp)' had been no outlet). A mark in the middle of a paragraph,
or one not after a sentence's end, is none. Cost: each line's last character is looked at; the
pattern runs only on lines ending in ')', on their last 14 characters."""
from __future__ import annotations

import re

from .outletlist import is_known

_MARK = re.compile(r"[.!?…»«\"“”’]\s*\((?P<name>[a-zäöüß]{2,5})\)$")


def lower_marks(lines: list[str]) -> frozenset[str]:
    """The lower-case marks closing the page's paragraphs, when one of them is a listed agency."""
    names = set()
    for line in lines:
        s = line.rstrip()
        if s[-1:] == ")":
            m = _MARK.search(s[-14:])
            if m:
                names.add(m["name"])
    return frozenset(names) if any(is_known(n) for n in names) else frozenset()
