"""Items that open with a dateline, as a print paper's pages do: 'ISLAMABAD, June 22: ', 'CHENNAI,
Nov 2: ', 'MARSEILLE, 3 novembre — ', or the place alone when the day is not printed ('LAHORE: ',
'TOULON — '). Where most items open so and two or more print their day, each dates itself there: the
date line at the page's top is the edition's (an e-paper's 'Tuesday, June 23, 2026'), not the day
of an item whose dateline prints none (itemdates.running_dates). Asked once per item, on its first
text line: a literal test on the first characters before any regex."""
from __future__ import annotations

import re

from .. import when
from ..lines import Line

# the place in capitals, up to four words (with a country or state after a comma: 'BALASORE, Odisha'),
# then a colon or a dash: the dateline without a day
_PLACE = r"[A-ZÀ-Ý][A-ZÀ-Ý.'’-]+(?: [A-ZÀ-Ý][A-ZÀ-Ý.'’-]+){0,3}"
_BARE = re.compile(_PLACE + r"(?:,\s*[A-Z][a-z]+)?\s*(?::|\s[—–-])\s+\S")
# what stands between the place and its day, and after the day
_BEFORE_DAY = re.compile(r"^" + _PLACE + r",\s*$")
_AFTER_DAY = re.compile(r"^\s*(?::|[—–-]\s)")


def _first_text(g) -> str:
    return next((l.text for l in g.lines if l.kind == "prose"), "")


def dateline(text: str) -> str:
    """'dated' when the text opens with a place and its day, 'bare' with the place alone, else ''."""
    if len(text) < 8 or not text[:2].isupper():
        return ""
    if _BARE.match(text):
        return "bare"
    head = text[:60]
    if "," not in head[:42]:
        return ""
    found = [f for f in when.find_dates(head) if f.kind != "relative"]
    if found and _BEFORE_DAY.match(text[:found[0].start]) and _AFTER_DAY.match(text[found[0].end:]):
        return "dated"
    return ""


def edition_page(ls: list[Line], groups: list) -> bool:
    """Most items with text open with a dateline and two or more print their day there."""
    texted = [g for g in groups if any(l.kind == "prose" for l in g.lines)]
    kinds = [dateline(_first_text(g)) for g in texted]
    dated = kinds.count("dated")
    return dated >= 2 and dated + kinds.count("bare") >= 0.6 * len(texted)
