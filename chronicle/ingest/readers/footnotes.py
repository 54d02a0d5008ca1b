"""Sources named outside an item's text. Footnotes: a plain-text newsletter marks its items'
sources with '[1]', '[2]' in their text and lists them at the page's end ('[1] Reuters -
https://…', '[2] https://www.dw.com/…', under 'SOURCES', 'Quellen', 'Fuentes' …); the list is page
matter, not items; each note names the outlet of the item whose text holds its number (by the
name written, else the link's site). Links: an address on a line of its own in an item is the
item's address, and its site the item's outlet when the page links to several sites (links all to
one site are the publisher's own pages)."""
from __future__ import annotations

import re

from ..lines import LINK_LINE, Line, words
from ..model import Story
from ..outlets import looks_like_name
from ..domains import host_of, outlet_of, registrable_domain, written_site

_NOTE = re.compile(r"^\[(?P<n>\d{1,3})\]\s*(?:(?P<name>[^\[\]]{2,60}?)\s*(?:[-–—:|,]\s*)?)?"
                   r"(?P<url>(?:https?://|www\.)\S+)?\s*$")
_REF = re.compile(r"\[(\d{1,3})\]")


def mark(ls: list[Line]) -> dict[int, str]:
    """Note number -> the outlet it names, for a list of two notes or more in the page's second
    half (its lines and the heading right above it become furniture, in place); {} on other pages."""
    found = [(i, m) for i, l in enumerate(ls) if l.text[:1] == "[" for m in [_NOTE.match(l.text)] if m
             and (m["url"] or m["name"] and looks_like_name(m["name"]))]
    if len(found) < 2 or found[0][0] < 0.5 * len(ls) or not any(_REF.search(l.text) for l in ls[:found[0][0]]):
        return {}
    notes = {}
    for i, m in found:
        name = (m["name"] or "").strip()
        notes[int(m["n"])] = name if name and looks_like_name(name) else outlet_of(m["url"] or "")
        ls[i].kind = "furn"
    above = found[0][0] - 1
    if above >= 0 and ls[above].kind == "head" and words(ls[above].text) <= 3:
        ls[above].kind = "furn"   # 'SOURCES', 'Quellen:'
    return notes


def links(groups: list) -> dict[int, str]:
    """Group index -> the first address on a line of its own among its lines, when two items or
    more have one and they go to two sites or more; {} otherwise."""
    found = ((g.index, next((m["url"] for l in g.lines for m in [LINK_LINE.match(l.text)] if m), "")) for g in groups)
    out = {i: url for i, url in found if url}
    return out if len(out) >= 2 and len({registrable_domain(host_of(u)) for u in out.values()}) >= 2 else {}


def story(g, read, notes: dict[int, str], linked: dict[int, str]) -> Story | None:
    """The item read by `read`, its outlet the first note its text refers to when it names none,
    else its link's site (a bare site's address as written)."""
    st = read(g)
    if st is not None and notes and not st.source:
        st.source = next((notes[int(n)] for p in st.paras for n in _REF.findall(p) if notes.get(int(n))), "")
    url = linked.get(g.index, "")
    if st is not None and url:
        st.source, st.url = st.source or written_site(url) or outlet_of(url), st.url or url
    return st
