"""A collector's note that opens with a pasted headline in quotes, then where it came from and the
collector's own remark: '- "Headline" — Outlet. remark', '- "Headline" (vía Outlet) — remark',
'- "Headline" sin fuente, remark'. The quoted words are the title and the name after the dash or in
'(via X)' the outlet; the line stays the item's text. Only a list's line, or one whose quote a
source follows: a paragraph that opens with a quotation ('"We will not back down," she said') is
prose, its quote no headline."""
from __future__ import annotations

import re

from ..outletnames import looks_like_name

_LEAD = re.compile(r"^[\"“«„](?P<title>[^\"“”«»„]{8,200}?)[\"”»“]\s*(?P<after>.*)$")
# '— Ámbito. its remark', '– La Voz': a name, then a full stop or comma before the remark, or the line's end
_DASHED = re.compile(r"^[—–-]\s*(?P<name>[^.,;:()]{2,40}?)\s*(?:[.,;:]\s|\.?$)")
# '(vía La Nación)', '(via The Age)', '(Source: X)'
_PAREN = re.compile(r"(?i)^\(\s*(?:v[ií]a\s+|(?:source|fuente|quelle|fonte|bron)\s*:\s*)(?P<name>[^()]{2,40}?)\s*\)")


def quoted_lead(text: str, listed: bool, is_outlet) -> tuple[str, str] | None:
    """(title, outlet) of a note's line opening with a quoted headline; None for any other line.
    `listed`: the line is a list's item; `is_outlet(name)`: a name the page or the list knows."""
    m = _LEAD.match(text.strip()) if text[:1] in "\"“«„" else None
    if not m or len(m["title"].split()) < 3 or m["title"].rstrip()[-1:] in ",;:":
        return None   # ('"We will not back down," she said': a quotation in a sentence)
    src = _DASHED.match(m["after"]) or _PAREN.match(m["after"])
    name = src["name"].strip() if src else ""
    name = name if name and (is_outlet(name) or looks_like_name(name)) else ""
    if not (listed or name):
        return None
    return m["title"].strip(), name
