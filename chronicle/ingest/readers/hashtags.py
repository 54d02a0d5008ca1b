"""A line of hashtags under an item ('#energy #uk', '#Klima #Energiewende', '#vivienda'), as
read-later apps, social cards and blog themes print an item's tags: the item's labels, never a
heading, nor an item of one line (one such line alone read as a headline with no text)."""
from __future__ import annotations

import re

from ..lines import Line

_TAGS = re.compile(r"^(?:#[^\W\d_][\w-]{0,40}\s*){1,12}$")
_TAG = re.compile(r"#([\w-]+)")


def mark(ls: list[Line]) -> int:
    """Mark the hashtag lines as labels lines, in place; how many there were."""
    n = 0
    for l in ls:
        if l.kind in ("head", "prose", "furn") and not l.marker and l.text[:1] == "#" and _TAGS.match(l.text):
            l.kind, l.labels, l.section, n = "labels", _TAG.findall(l.text), False, n + 1
    return n
