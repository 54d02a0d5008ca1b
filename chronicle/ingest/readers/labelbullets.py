"""A notes page's item: a headline, then bullets of its fields ('**Source** : [[Le Monde]] · hier',
'**Lien** : …', 'Tags : #…') and a bullet that only names what comes under it ('Résumé :',
'Summary:', 'Notes:') over the item's text as indented bullets. Read as they were, the headline
was a heading over items (a bullet follows it) and each summary bullet an item of its own. The
naming bullet is furniture and the indented bullets under it are the item's text, each a
paragraph (an Obsidian or Notion note pasted as it is written)."""
from __future__ import annotations

import re

from ..lines import Line

_NAMING = re.compile(r"^\**[^\W\d_][\w'’ -]{0,25}?\**\s*:\s*$")


def mark(ls: list[Line]) -> int:
    """Unbullet the text under each naming bullet, in place; how many lines."""
    n = 0
    for i, l in enumerate(ls):
        if not (l.marker and l.kind in ("head", "prose") and _NAMING.match(l.text)):
            continue
        under = []
        for j in range(i + 1, len(ls)):
            if ls[j].gap or ls[j].indent <= l.indent or not ls[j].marker:
                break
            under.append(ls[j])
        if not under:
            continue
        l.kind = "furn"
        for u in under:
            u.marker, u.kind, n = "", "prose", n + 1
    return n
