"""A reading time printed in parentheses after a headline: '(3 MINUTE READ)', '(4 min read)',
'(Lesezeit: 4 Min.)', '(3 min de lecture)', '(5 minuti di lettura)', as link newsletters print it.

It says the line is an item's headline (a section heading has no reading time, even in capitals)
and it is no part of the title."""
from __future__ import annotations

import re

from .lines import READ_TIME

_TAIL = re.compile(r"(?i)(?<!\s)\s*[(\[]\s*(?:" + READ_TIME.pattern.removeprefix("(?i)") + r")\s*[)\]]\s*$")


def timed(text: str) -> bool:
    """Whether a headline ends in a reading time in parentheses."""
    return (")" in text[-3:] or "]" in text[-3:]) and bool(_TAIL.search(text))


def untimed(text: str) -> str:
    """The headline without its reading time."""
    return _TAIL.sub("", text) if timed(text) else text
