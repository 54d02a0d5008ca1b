"""A curated news page's line under each item naming where the full story ran, and when, over its
web address: 'Die Nachricht ausführlich bei aerzteblatt.de, 12.05.2025:', 'Full story at The
Irish Times, 9 May 2025:', "L'article complet sur Le Temps, 07.05.2025 :", 'La noticia completa en
El País, 6 de mayo de 2025:', and a second outlet's '… im Tagesspiegel, 12.05.2025:'. The outlet is
the words after the last preposition, the date the one the line ends with; the line is the item's
outlet line (its date the item's, its name the outlet), never a heading over the next item. A line
of this shape counts only when it ends with a colon or stands over a web address, and when two
lines of the page or more are of it (one alone may be a sentence)."""
from __future__ import annotations

import re

from .. import when
from ..lines import Line
from ..outlets import spelled

# 'at', 'bei', 'sur' … then an article in lower case ('der HNA'; 'La Verdad', 'The Guardian' keep theirs)
_PREP = re.compile(r"(?i)(?:^|\s)(?:at|on|in|from|via|bei|beim|im|auf|von|sur|chez|dans|en|su|sul|sulla|"
                   r"nel|nella|op|bij|no|na|em)\s+(?-i:(?:der|die|dem|den|des|la|le|les|el|il|lo)\s+)?")
_URL = re.compile(r"^(?:https?://|www\.)\S+$")
_LEAST = 2
_MOST_WORDS = 20     # the lead ('Die Nachricht ausführlich und mit Hintergrund') and the name together


def mark(ls: list[Line], outlets=None) -> int:
    """Mark the full-story lines as outlet lines with their dates, in place; how many there were."""
    found = [(l, name) for k, l in enumerate(ls) if l.kind in ("head", "prose", "date", "outlet") and l.dates
             for name in [_outlet(l, ls[k + 1] if k + 1 < len(ls) else None)] if name]
    if len(found) < _LEAST:
        return 0
    for l, name in found:
        l.kind, l.outlet, l.section = "outlet", spelled(name), False
        l.dates = l.dates[-1:]
    return len(found)


def _outlet(l: Line, below: Line | None) -> str:
    text = l.text.rstrip()
    colon = text.endswith(":")
    if not (colon or below is not None and _URL.match(below.text)) or len(text.split()) > _MOST_WORDS:
        return ""
    last = l.dates[-1]
    if text[last.end:].strip(" :.") or last.kind == "relative":
        return ""   # the date ends the line ('…, 12.05.2025:')
    before = text[:last.start].rstrip()
    if not before.endswith(","):
        return ""
    preps = list(_PREP.finditer(before))
    if not preps or preps[-1].start() == 0:
        return ""   # a lead of words before the outlet ('Full story', '…'), not a name alone
    name = before[preps[-1].end():-1].strip()
    return name if 1 <= len(name.split()) <= 6 and name[:1].isalnum() else ""
