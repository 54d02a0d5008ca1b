"""A site's menu copied as one line at the page's top ('Schweiz   International   Wirtschaft   Wissen
Sport', 'Politique   Économie   Monde   Culture', 'Main Market   NewConnect   Catalyst   Indices'):
four entries or more of one to three words each, set apart by runs of spaces (or bars), above the
page's first paragraph. The site's navigation, a heading of the page, never an item's headline
(with the cookie banner under it read as furniture it had headed the first item). Cost: lines
above the first paragraph only, a literal test for a double space or a bar first."""
from __future__ import annotations

import re

from ..lines import Line, words

_SPLIT = re.compile(r"\s{2,}|\s+\|\s+")
_LEAST = 4


def menu(text: str) -> bool:
    if "  " not in text and " | " not in text:
        return False
    parts = [p for p in _SPLIT.split(text.strip()) if p]
    return len(parts) >= _LEAST and all(1 <= words(p) <= 3 and p[-1:] not in ".!?:," for p in parts)


def mark(ls: list[Line]) -> None:
    """Mark menu lines above the page's first paragraph as the page's headings, in place."""
    for l in ls:
        if l.kind == "prose" and not l.section:
            return
        if l.kind == "head" and not l.section and menu(l.text):
            l.section = True
