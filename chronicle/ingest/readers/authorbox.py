"""The author's box under an article page's last text: a label alone ('Source', 'Fonte', 'Fuente',
'Quelle', 'About the author', 'Sobre o autor'), the author's name alone, and a line of biography
('Journalist, writes about cities …'). Each reads like a headline and, left so, opens an item of
one line; the box is furniture (reported). Only at the page's end: nothing but the box follows it."""
from __future__ import annotations

import re

from ..lines import Line

_LABEL = re.compile(r"(?i)^(?:sources?|fontes?|fuentes?|quellen?|bronn?e?n?|fonte dell['’]articolo|about the author|sobre o autor|"
                    r"sobre el autor|à propos de l['’]auteur|über den autor|über die autorin|l['’]autore|autor|autora|"
                    r"author|auteur|autore)\s*:?$")
_NAME = re.compile(r"^[A-ZÀ-Ý][\w'’.-]+(?:\s+(?:de |da |del |van |von )?[A-ZÀ-Ý][\w'’.-]+){1,3}$")   # a full name


def mark(ls: list[Line]) -> int:
    """Mark an author box closing the page as furniture, in place; how many lines."""
    # (the box is the page's last two or three lines: only those are looked at, not a slice of
    # the rest after every line, which cost a 21,000-line digest 0.1 s)
    for k in range(max(1, len(ls) - 3), len(ls) - 1):
        label, name, rest = ls[k], ls[k + 1], ls[k + 2:]
        # (under the text, or under a list's last bullet, which may end without a full stop)
        if (ls[k - 1].kind == "prose" or ls[k - 1].marker) and label.kind == "head" and _LABEL.match(label.text.strip()) \
                and name.kind == "head" and _NAME.match(name.text.strip()) \
                and all(l.kind in ("head", "prose") and len(l.text) <= 200 for l in rest):
            for l in ls[k:]:
                l.kind, l.section = "furn", False
            return len(ls) - k
    return 0
