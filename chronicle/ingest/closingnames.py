"""Names on a line of their own closing an item's text, as tickers credit agencies ('… mit.' / 'dpa'
/ blank; 'Quelle: Reuters'; 'AFP'). Where most of the names a page puts there are listed outlets,
the others there are the page's outlets too, written as the page writes them: 'dpa' in lower case
is refused alone (a short lower-case word is too often a word), not in that place."""
from __future__ import annotations

import re

from .outletlist import known
from .outletnames import key, names_like

_LABEL = re.compile(r"(?i)^(?:quelle|source|fuente|fonte|bron)\s*:\s*")


def closing_names(lines: list[str]) -> set[str]:
    """The keys of the names closing a paragraph of text (a line of 60 characters or more above,
    a blank line or the page's end below)."""
    out: set[str] = set()
    for k in range(1, len(lines)):
        s = _LABEL.sub("", lines[k].strip())
        if not (2 <= len(s) <= 40 and len(s.split()) <= 4) or len(lines[k - 1].strip()) < 60:
            continue
        if (k + 1 == len(lines) or not lines[k + 1].strip()) and (names_like(s) or key(s) in known()):
            out.add(key(s))
    return out
