"""A result's meta line glued to the next result's text: a search page copied from the browser loses
the break between each result's 'date | place | author' line and the teaser under it ('20 May,2025
10:48 AM IST | Mumbai | mid-day correspondentThe Union Health Ministry said …', '… | New Delhi |
PTIDoctors at …', a button's word between them: '… | ThaneADVERTISEMENTHealth experts …'). Split
into the meta line, any button's word, and the text, so each result's date and author line reads
as its own, under its text, and the rows are not taken for a table's (readers/fieldrows.py)."""
from __future__ import annotations

import re

from . import when
from .lines import FURNITURE

# where a word of the meta line ends and the text's first word begins: a lowercase letter (or the
# end of a name in capitals, 'PTI') right before a capital that opens a word
_TURN = re.compile(r"(?<=[a-zß-ÿ])(?=[A-ZÀ-ÖØ-Þ])|(?<=[A-ZÀ-ÖØ-Þ])(?=[A-ZÀ-ÖØ-Þ][a-zß-ÿ])")
_CAPS_WORD = re.compile(r"^[A-ZÀ-ÖØ-Þ]{4,}(?=[A-ZÀ-ÖØ-Þ][a-zß-ÿ])")   # 'ADVERTISEMENTHealth'
_SEP = " | "
_TEXT_WORDS = 8   # words at least in the text glued on (a meta line's own last field is a few words)


def split(s: str) -> list[str] | None:
    """[meta line, (button,) text] for a line opening with a date, its fields set off by ' | ', the
    last glued to a sentence; else None."""
    last = s.rfind(_SEP)
    if last < 0 or not s[:1].isdigit():
        return None
    found = when.find_dates(s[:40])
    if not found or found[0].start != 0 or found[0].kind == "relative":
        return None
    for m in _TURN.finditer(s, last + len(_SEP)):
        piece = s[:m.start()].rsplit(" ", 1)[-1].rsplit("|", 1)[-1]
        if len(piece) < 3 or not piece.isalpha():
            continue   # ('McAllister', 'iPhone': a capital inside a name)
        text = s[m.start():]
        if len(text.split()) < _TEXT_WORDS:
            return None
        button = _CAPS_WORD.match(text)
        if button and FURNITURE.fullmatch(button[0]):
            return [s[:m.start()].rstrip(), button[0], text[button.end():]]
        return [s[:m.start()].rstrip(), text]
    return None


def glued_rows(lines: list[str]) -> bool:
    """Most of the lines that open with a date and hold ' | ' are meta lines glued to a text (two at least)."""
    dated = [s for raw in lines for s in [raw.strip()] if s[:1].isdigit() and _SEP in s]
    glued = sum(1 for s in dated if split(s))
    return glued >= 2 and 2 * glued >= len(dated)
