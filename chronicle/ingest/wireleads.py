"""A wire agency's lead opening a text: 'LONDON (Reuters) -', 'BALASORE, India (Reuters) –',
'WASHINGTON, May 5 (Reuters) -', 'PARIS, 5 mai (AFP) -', 'Madrid, 5 may (EFE).-', '(ANSA) - ROMA, 05 MAG -',
a byline glued before it ('By A and B BALASORE, …'), and a newsletter's or agency's own dated lead
('(Regioni.it 4712 - 04/03/2025) text', '(AGI, 12.03.2025) text'), and an agency's initials after the
dateline's day with no brackets ('Accra, May 15, GNA - ', 'Manila, 13 May, PNA – ': a listed agency
only). The agency is the outlet (outlets.Outlets.wire); a day in the dateline is the item's (readers/items.py)."""
from __future__ import annotations

import re

from .outletlist import is_known

# the day a wire dateline gives: 'May 5', 'Jan. 3', '5 mai', '05 MAG'
_WIRE_DAY = r"(?P<day{n}>[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}|\d{{1,2}}\.?\s+[A-Za-zÀ-ÿ]{{3,10}}\.?)"
# 'LONDON (Reuters) -', 'BALASORE, India (Reuters) –', 'PARIS, 5 mai (AFP) -', and a byline glued before
# it ('By A and B BALASORE, …')
_WIRE = re.compile(r"^(?:By\s+(?:[A-ZÀ-Ý][\w'’.-]+\s+){1,3}(?:(?:and|&)\s+(?:[A-ZÀ-Ý][\w'’.-]+\s+){1,3})?(?=[A-ZÀ-Ý]{2}))?"
                   r"(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý .,'’-]{1,40}(?:\([A-ZÀ-Ý][\w .-]{1,20}\)\s*)?"   # 'FRANKFURT (ODER)'
                   r"(?:,\s*(?:[A-Z][a-z]{1,5}\.|[A-Z][a-z]+(?: [A-Z][a-z]+)?))?(?:,?\s*" + _WIRE_DAY.format(n=1) + r")?\s+"
                   r"|[A-ZÀ-Ý][a-zà-ÿ]+(?: [A-ZÀ-Ý][a-zà-ÿ]+)?,\s*" + _WIRE_DAY.format(n=2) + r"\s+)?"   # 'Madrid, 5 may (EFE).-'
                   r"\((?P<name>[^()]{2,40})\)\s*(?P<dash>\.?\s*(?:--|—|–|-))?\s*")   # (no dash after a day: 'Mumbai, May 20 (PTI) The …')
_PLACE_DAY = re.compile(r"[A-ZÀ-Ý][\w .'’-]{1,30},\s*" + _WIRE_DAY.format(n=3) + r"\s*[-–—]")
# 'Accra, May 15, GNA - ': the place, the day, the agency's initials, a dash (group day2 stays empty)
_PLAIN = re.compile(r"^(?P<place>[A-ZÀ-Ý][\w'’.-]+(?: [A-ZÀ-Ýa-z][\w'’.-]+){0,2}),\s*" + _WIRE_DAY.format(n=1) +
                    r",\s*(?P<name>[A-Z][A-Z&-]{1,7})(?P<day2>)\s*(?P<dash>--|—|–|-)\s+")
# '(Regioni.it 4712 - 04/03/2025) text', '(AGI, 12.03.2025) text': a newsletter's or agency's own lead
# with its issue number and date
_DATED_LEAD = re.compile(r"^\((?P<name>[^()\d]{2,40}?)(?:\s+(?:n\.\s*|nr\.\s*|no\.?\s*)?\d{1,6})?\s*[-–—,]\s*"
                         r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\)\s*(?:[-–—]\s*)?(?=\S)")


def wire_lead(text: str) -> re.Match | None:
    """The lead at the text's start, its agency as group 'name'."""
    m = _WIRE.match(text)
    if m and (m["dash"] or m["day1"] or m["day2"]):
        return m
    m = _PLAIN.match(text) if "," in text[:40] else None
    if m and is_known(m["name"]):
        return m
    return _DATED_LEAD.match(text) if text[:1] == "(" else None


def dateline_day(text: str) -> str:
    """The day a wire lead's dateline gives, its month capitalised ('5 may' -> '5 May': a lower-case
    '5 may' is a verb's elsewhere, never in a dateline), else ''."""
    m = wire_lead(text)
    m = m if m is not None and "day1" in m.re.groupindex else None
    after = _PLACE_DAY.match(text, m.end()) if m and not m["place"] else None   # '(ANSA) - ROMA, 05 MAG - …'
    day = (m["day1"] or m["day2"] or (after["day3"] if after else "")) if m else ""
    return " ".join(w[:1].upper() + w[1:] for w in day.split())
