"""A newsletter that says what day it is in its greeting ('Guten Morgen aus der Redaktion, heute
ist Mittwoch, der 9. Dezember.', 'Today is Wednesday, December 9', 'Nous sommes le mercredi 9
décembre', 'Hoy es miércoles 9 de diciembre', 'Oggi è mercoledì 9 dicembre'): that day is the
page's, as a date line of its own would be (readers/itemdates.yearless_page_date)."""
from __future__ import annotations

import re

from .monthnames import WEEKDAYS

_TODAY = re.compile(r"(?i)(?:\bheute ist|\btoday is|\bit['’]s|\bnous sommes(?: le)?|\baujourd['’]hui(?:,)?(?: nous sommes)?(?: le)?|"
                    r"\bhoy es|\boggi è|\bhoje é)\s*$")


def says_today(text: str, found: list) -> bool:
    """The line names its day as today's: the phrase stands right before a date it holds (or
    before the weekday that opens that date)."""
    if not found or len(text) > 300:
        return False
    for f in found:
        if f.kind == "relative":
            continue
        before = text[:f.start]
        for _ in range(3):   # (past 'der', 'Mittwoch,', 'the': the weekday and article before the day)
            if _TODAY.search(before.rstrip() + " "):
                return True
            before = _LAST_WORD.sub("", before)
    return False


_LAST_WORD = re.compile(r"(?i)\b(?:" + "|".join(map(re.escape, WEEKDAYS)) + r"|der|the|le|el|il|lo)\.?,?\s*$")
