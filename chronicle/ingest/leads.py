"""The lead of a prose line, read where lines are classified: a bold lead or kicker ('Lead. Body…',
'KICKER: body', a reading list's 'Link title (Outlet) — comment') and a date opening it
('March 3, 2025: …', 'KYIV, March 4, 2025 — …')."""
from __future__ import annotations

import re

from . import when
from .outletnames import lead_source

WORD = re.compile(r"[^\W\d_]+")


# A page's line texts are counted by several readers (is_head, transcripts, category lines,
# attributions, author lines: 52,116 counts of 15,238 texts in the 1 MB digest): each count is
# kept, up to a bound, as when.find_dates keeps each text's dates.
_COUNTED: dict[str, int] = {}
_COUNTED_MAX = 100_000


def words(text: str) -> int:
    n = _COUNTED.get(text)
    if n is None:
        if len(_COUNTED) >= _COUNTED_MAX:
            _COUNTED.clear()
        n = _COUNTED[text] = len(WORD.findall(text))
    return n


_KICKER_OPEN = re.compile(r"^[^\w\"“«‘'¿¡]+")
_KICKER_CAPS = re.compile(r"^(?P<k>[A-ZÀ-Ý0-9][A-ZÀ-Ý0-9 &'’.,/+-]{2,60}):\s+\S.{30,}$")
# 'FED SPLIT SPILLS INTO THE OPEN — Fed governors …': a tipsheet's capitalised lead before a dash (two
# words or more, and no place: 'NEW YORK — …' is a dateline)
_KICKER_CAPS_DASH = re.compile(r"^(?P<k>[A-ZÀ-Ý0-9][A-ZÀ-Ý0-9 &'’.,/+?!-]{2,60}?)\s+(?:—|–|--)\s+\S.{30,}$")
_KICKER_LEAD = re.compile(r"^(?P<k>[A-ZÀ-Ý0-9\"“«¿¡].{2,160}?[.!?])\s+(?=[A-ZÀ-Ý\"“«¿¡0-9])(?P<rest>.{30,})$")
_KICKER_ABBREVIATION = re.compile(r"\b(?:[A-Z]|Dr|Mr|Mrs|Ms|St|Univ|Gov|Sen|Rep|No|Nr|Abs|bzw|ca|U\.S)\.$")


DATELINE_PLACE = re.compile(r"^[A-ZÀ-Ý][\w .'’()/-]{1,40},\s*$")
# after the date: a separator, or a time and then a separator or a column's spaces ('2025-04-29T09:12:00Z  Reuters  …')
_AFTER_DATELINE = re.compile(r"\s*[:—–|-]|(?:T|\s+)\d{1,2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?(?:\s*[—–|-]|\s{2,}|\t)")


def opens_with_date(text: str) -> bool:
    """'March 3, 2025: …', '05.06.2025 – …', 'KYIV, March 4, 2025 — …'."""
    found = when.find_dates(text[:60])
    if not found or found[0].kind == "relative":
        return False
    f = found[0]
    return (f.start <= 2 or bool(DATELINE_PLACE.match(text[:f.start]))) and bool(_AFTER_DATELINE.match(text[f.end:]))


def kicker(text: str) -> str:
    """The bold lead of a 'Lead. Body…' or 'KICKER: body' paragraph, when it has one."""
    t = _KICKER_OPEN.sub("", text)
    m = _KICKER_CAPS.match(t)
    if m and sum(c.isalpha() for c in m["k"]) >= 3:
        return m["k"]
    m = _KICKER_CAPS_DASH.match(t) if "—" in t[:64] or "–" in t[:64] or "--" in t[:64] else None
    if m and len(m["k"].split()) >= 2 and sum(c.isalpha() for c in m["k"]) >= 6 and not _place(m["k"]):
        return m["k"]
    lead = lead_source(t)[0]   # 'Link title (Outlet) — comment': a reading list's paragraph
    if lead:
        return lead
    m = _KICKER_LEAD.match(t)
    if not m:
        return ""
    k = m["k"]
    if words(k) > 14 or _KICKER_ABBREVIATION.search(k) or _in_date(t, k):
        return ""
    return k


def _place(k: str) -> bool:
    from .pageplaces import is_place_name   # (the vocabulary's places: asked only of a capitalised lead)
    return is_place_name(k.strip(" ,.").title())


def _in_date(text: str, k: str) -> bool:
    """'Sa, 5. Apr. 2025 Kicker Headline …': the lead's stop is a date's ('5.'), not a sentence's."""
    if len(k) > 16 or not any(c.isdigit() for c in k):
        return False
    found = when.find_dates(text[:len(k) + 30])
    return bool(found) and found[0].start < len(k)


# '**Headline** — text', '09h10 **Headline** : text', '__Headline.__ Text': notes and newsletters
# mark an item's headline by emphasis alone, which is gone once the line is read as text
_BOLD_LEAD = re.compile(r"^(?:\d{1,2}(?:[h:.]\d\d|\s?[ap]\.?m\.?)\s+)?(\*\*|__)(?P<k>[^*_\n]{2,160}?)\1"
                        r"(?:\s*[—–:|-]\s+|\s+(?=\S))(?=.{20,}$)")


def bold_lead(text: str) -> str:
    """The headline a line's opening emphasis marks, when text follows it (else '')."""
    m = _BOLD_LEAD.match(text)
    return m["k"].strip().rstrip(".:") if m and words(m["k"]) >= 1 else ""
