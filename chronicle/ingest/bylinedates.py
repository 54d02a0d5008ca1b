"""An author's line under a teaser: a name, the weekday and day, a bare reading time
('Sandra Muster · Freitag, 19. Juni · 5 Min.', 'Marie Dubois · mardi 16 juin · 4 min',
'Ana Pérez · viernes, 19 de junio · 3 min'). The weekday (a word of the date, split from it by
its comma) and the closing length ('· 5 Min.', no 'read' after it) say nothing beside the date:
blanked, in place (the dates keep their positions), what stands beside the date is the name alone,
and the line is the item's date line, not a headline of its own."""
from __future__ import annotations

import re

from . import when

_WEEKDAY = re.compile(r"(?i)\b(?:" + "|".join(map(re.escape, when.WEEKDAYS)) + r")\b\.?")
_LENGTH = re.compile(r"(?i)\s[·•|]\s+\d{1,3}\s*min(?:\.|uten|utes|utos|uti|s)?\s*$")   # the last field only


# a clock after the day, said with its preposition ('Publié hier à 18 h 02', 'gestern um 18.02 Uhr',
# 'ayer a las 18:02', 'yesterday at 6:02 pm'): part of the date, nothing beside it
_AT_CLOCK = re.compile(r"(?i)\s(?:à|a las|a la|at|um|alle|om|às)\s+(?:\d{1,2}\s?[h:.]\s?\d{2}(?:\s*(?:uhr|h|[ap]\.?\s?m\.?))?|\d{1,2}\s*(?:uhr|[ap]\.?\s?m\.?))(?=\s|$|[,;·|])")


def clockless(text: str) -> str:
    """`text` (a dated line) with a clock said after its day blanked out in place."""
    m = _AT_CLOCK.search(text) if len(text) <= 80 else None
    return text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():] if m else text


def unlengthed(meta: str) -> str:
    """`meta` with a closing bare reading time ('· 5 Min.', '| 4 min') blanked out in place (asked of
    dated lines holding 'min' only)."""
    m = _LENGTH.search(meta)
    return meta[:m.start()] + " " * (m.end() - m.start()) if m else meta


def meta(text: str) -> str:
    """A dated line's text with its closing bare reading time and a clock said after its day
    ('Outlet · Publié hier à 18 h 02') blanked out in place: what lines._kind reads beside the date."""
    text = unlengthed(text) if "min" in text.lower() else text
    return clockless(text)


def blanked(meta: str) -> str:
    """`meta` (a dated line of 80 characters at most, its reading time blanked) with its weekday
    names blanked out: one search of the weekday names, on dated short lines only."""
    return _WEEKDAY.sub(lambda w: " " * len(w[0]), meta)
