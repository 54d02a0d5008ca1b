"""A feed reader's list view, one item a line: the feed's name, the headline, a dash and the
snippet, then the item's age, set off by middle dots ('ABC News  ·  Headline  —  Snippet…  ·  2h',
'Le Monde · Titre — Extrait… · hier'). Each such line is an item (mode 'line'): the name its
outlet, the age its date, the headline its title and the snippet its text. Three such lines or
more, most of the page's text (a headline with a dot and a dash in it is no feed row)."""
from __future__ import annotations

import re

from .. import when
from ..lines import Line

_ROW = re.compile(r"^(?P<name>[^·•|]{2,60}?)\s+[·•]\s+(?P<head>[^·•]{8,300}?)\s+[—–]\s+(?P<text>.{8,}?)\s+[·•]\s+(?P<age>[^·•]{1,30})$")
_LEAST = 3


def starts(ls: list[Line]) -> list[tuple[int, str]]:
    """(index, 'line') of each feed row, when three or more make up most of the page's text."""
    idx = [i for i, l in enumerate(ls) if l.kind in ("prose", "head") and ("·" in l.text or "•" in l.text) and _ROW.match(l.text)]
    text = [l for l in ls if l.kind in ("prose", "head") and not l.section]
    if len(idx) < _LEAST or len(idx) < 0.6 * len(text):
        return []
    return [(i, "line") for i in idx]


def glued(line: Line, st, page) -> tuple[str, str] | None:
    """(headline, snippet) of a feed row, its outlet and date put on `st`; None for another line."""
    m = _ROW.match(line.text)
    if m is None:
        return None
    st.source = st.source or m["name"].strip()
    # (read as 'Feed · 2h', the card form when.py knows a compact age in: alone, '2h' is no date)
    found = when.find_dates(f"{m['name'].strip()} · {m['age'].strip()}")
    if found and not st.date:
        st.date, st.date_basis = page.resolve(found[0])
    return m["head"].strip(), m["text"].strip()
