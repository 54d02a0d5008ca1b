"""A chapter mark before a headline in a podcast's or video's show notes ('[02:10] Headline',
'(1:02:45) Headline', '14:35 – Headline' is not one: that is a clock): where in the recording the
story is discussed, which is no part of its title and no time of day (so it dates nothing)."""
from __future__ import annotations

import re

# minutes and seconds (or hours, minutes and seconds) in brackets, then a capitalised word
_MARK = re.compile(r"^[\[(](?:\d{1,2}:)?\d{1,2}:\d{2}[\])]\s+(?=[^\W\d_]|[\"“‘'«])")


def unmarked(text: str) -> str:
    """The line without its chapter mark (the line itself when it has none)."""
    return text[_MARK.match(text).end():] if text[:1] in "[(" and _MARK.match(text) else text
