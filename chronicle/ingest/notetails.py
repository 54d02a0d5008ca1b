"""The outlet a collector's note closes with, where it was read: a site's address in parentheses
('… en séance. (lemonde.fr)', written as the note writes it, as sitenames.py names a site) or an
arrow pointing at it ('… le 10 avril. → Ouest-France', '… -> The Times'), or a listed outlet after a
dash ('… short of a majority. — CBC News') or 'via' ('… than tax breaks. via Bloomberg', as live blogs
credit an agency's line). Known outlets in parentheses, '(Les Echos)', are the
readers' own rule (items.py). A listed outlet in parentheses opening a text, '(Business Standard)
The increase …', is its outlet too: a wire lead without its dash."""
from __future__ import annotations

import re

from .outletnames import looks_like_name
from .outlets import Outlets
from .sitenames import paren_site

# an arrow after a sentence's end, or after any text when a listed outlet follows it
_ARROWS = ("→", "->", "⇒", "➜", "➔", "=>")
# a dash after a sentence's end and a listed outlet: '… short of a majority. — CBC News'
_DASH_TAIL = re.compile(r"(?<=[.!?…»”\"])\s+(?:[—–-]|\(?(?:via|vía)(?=\s))\s*(?P<name>[^\s—–-].{0,48}?)\)?\s*$")
_LEAD = re.compile(r"^\((?P<name>[^()]{2,40}?)\)\s+(?=[A-ZÀ-Ý\"“«‘])")
_ARROW_TAIL = re.compile(r"(?<=\S)(?P<end>[.!?…»”\")])?\s+(?:→|->|⇒|➜|➔|=>)\s*(?P<name>[^\s→>].{0,48}?)\s*$")


def closing_outlet(text: str, outlets: Outlets) -> tuple[str, str]:
    """(the text without its closing outlet, the outlet) or (text, '')."""
    s = text.rstrip()
    if s.endswith(")") and "." in s[-50:]:
        site = paren_site(s)
        if site and len(site[0].split()) >= 4:   # (a sentence before it: 'Headline (bbc.co.uk)' is outlets.tail's)
            return site[0].rstrip(), site[1]
    m = _ARROW_TAIL.search(s) if any(a in s[-52:] for a in _ARROWS) else None
    if m and (outlets.is_outlet(m["name"], strict=True) or m["end"] and looks_like_name(m["name"])):
        return s[:m.start("name")].rstrip(" →>⇒➜➔=-"), m["name"]
    m = _DASH_TAIL.search(s) if "—" in s[-52:] or "–" in s[-52:] or " - " in s[-52:] or " v" in s[-52:] else None
    if m and outlets.is_outlet(m["name"], strict=True):   # (a listed outlet only: '… said. — Jane Doe' is a person)
        return s[:m.start()].rstrip(), m["name"]
    return text, ""


def opening_outlet(text: str, outlets: Outlets) -> tuple[str, str]:
    """'(Outlet) The text …' -> ('The text …', 'Outlet') for a listed outlet; else (text, '')."""
    m = _LEAD.match(text) if text[:1] == "(" else None
    if m and outlets.is_outlet(m["name"], strict=True):
        return text[m.end():], m["name"].strip()
    return text, ""
