"""An aggregator's river: each item is a credit line naming its author and outlet ('A Name / Outlet:',
'Outlet:'), then its headline and teaser on one line, set apart by a spaced dash ('Headline  —  The
teaser …'), often under a time line ('7:45 PM ET, March 23, 2025', '23.03.2025, 19:45 Uhr'). Read
as prose, the one-line items ran together in pairs and had no title: here each credit line opens an
item (with the date lines right above it), its outlet is the credit's, and the line splits into
the title and the text (items.py, mode 'dashed'). Other lines between one item and the next credit
(a sponsor's post, 'More items') are no item's text: furniture, reported as such."""
from __future__ import annotations

import re

from ..lines import Line, is_head, words

# 'A Name / Outlet:', 'A Name and B Name / Outlet:', 'Outlet:' (a line of its own, ending in a colon)
_CREDIT = re.compile(r"^(?:(?P<who>[^/:|]{2,80}?)\s+/\s+)?(?P<outlet>[^/:|]{2,60}?)\s*:$")
# a spaced dash between the headline and its teaser (not a hyphen: 'state-owned', 'A - B')
_DASH = re.compile(r"\s+(?:[—–]|--)\s+")
_LEAST = 2    # credited one-line items on the page
_META = ("date", "time")


def split(text: str) -> tuple[str, str]:
    """'Headline  —  Teaser text …' -> (headline, teaser); ('', text) when the part before the
    first spaced dash reads as no headline (a sentence, a lone word) or nothing follows it."""
    m = _DASH.search(text, 0, 240)   # (a headline ends early; a long run of spaces is not searched through)
    if not m:
        return "", text
    head, rest = text[:m.start()].strip(), text[m.end():].strip()
    if words(head) < 3 or words(rest) < 2 or head[-1:] in ".;," or not is_head(head):
        return "", text
    return head, rest


def credit(line: Line) -> str:
    """The outlet a credit line names ('A Name / Outlet:' -> 'Outlet'), else ''."""
    t = line.text.strip()
    if line.marker or not t.endswith(":") or len(t) > 120 or words(t) > 10:
        return ""
    m = _CREDIT.match(t)
    return line.outlet or (m["outlet"].strip() if m and m["outlet"][:1].isupper() else "")


def starts(ls: list[Line]) -> list[tuple[int, str]]:
    """Where each credited item starts (mode 'dashed'), when the page is a river of them; else []."""
    found = [i - 1 for i in range(1, len(ls)) if ls[i].kind in ("prose", "head") and not ls[i].marker
             and credit(ls[i - 1]) and split(ls[i].text)[0]]
    if len(found) < _LEAST:
        return []
    out: list[tuple[int, str]] = []
    for c in found:
        ls[c].kind, ls[c].outlet = "outlet", credit(ls[c])   # (an outlet in no list: named by its place)
        s = c
        while s > 0 and ls[s - 1].kind in _META and (not out or s - 1 > out[-1][0]):
            s -= 1   # its time line and the day's heading above it are the item's
        out.append((s, "dashed"))
    ends = [s for s, _ in out[1:]] + [len(ls)]
    for c, end in zip(found, ends):
        for l in ls[c + 2:end]:
            if l.kind in ("prose", "head"):
                l.kind = "furn"   # between one credited line and the next credit: a sponsor's post, a pager (reported)
    return out
