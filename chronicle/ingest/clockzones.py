"""A clock time with its time zone alone on a line ('09:48 IST', '14:05 WAT', '18:20 GMT+1', '5:02
p.m. EDT', '07:30 MESZ', '17:05 UTC'): a wire's or a live page's entry time, the zone no word of a
headline. Zones are written as capitals ending in T (IST, GMT, EDT, AEST, WAT, ET), UTC, or the
German MEZ / MESZ / OEZ / WEZ, with an offset or none. `lines._kind` asks for a short line only
(≤ 40 characters) whose first character is a digit; the zone is taken off before the line is
tried as a time line (3304's '09:48 IST' lines had been read as the items' headlines)."""
from __future__ import annotations

import re

_ZONE = re.compile(r"\s+\(?(?:[A-Z]{1,4}T|UTC|[MOW]ES?Z)(?:\s?[+-−]\s?\d{1,2}(?::?\d{2})?)?\)?\s*$")


def bare(text: str) -> str:
    """The text without a time zone closing it, when it starts with a digit; else the text."""
    return _ZONE.sub("", text, count=1) if text[:1].isdigit() and text[-1:].isupper() | text[-1:].isdigit() | (text[-1:] == ")") else text


# 'Updated at 12.55 BST', 'Aktualisiert um 10:05', 'Mis à jour à 14 h 05': a live entry's update
# stamp, printed under its text: the entry's, not a new entry's time (evidence._is_time_start)
_UPDATED = re.compile(r"(?i)^(?:last\s+)?(?:updated|mis à jour|aktualisiert|actualizado|aggiornato|bijgewerkt|atualizado)\b")


def updated(text: str) -> bool:
    return _UPDATED.match(text) is not None


def untitled_entry(ls: list, i: int) -> bool:
    """Line i (text) stands right under an entry's clock time ('12.02 BST' / text) on a page where
    two clock times or more (of 300 lines around it) stand over headlines: an entry without a headline, not the open
    entry's next paragraph (evidence._prose_opens; asked only for text under a time line)."""
    if i == 0 or ls[i - 1].kind != "time" or updated(ls[i - 1].text):
        return False
    over = (k for k in range(max(0, i - 150), min(len(ls) - 1, i + 150))   # (near it, and two are enough:
            if ls[k].kind == "time" and ls[k + 1].kind == "head")            # a long live page costs no more)
    return next(over, None) is not None and next(over, None) is not None
