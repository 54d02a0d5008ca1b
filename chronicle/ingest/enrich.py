"""Fields the seed readers do not look for, read the general way: an outlet marker in a title
('… (The Hill)', 'Reuters – …', '… | Reuters') or a wire lead ('LONDON (Reuters) --'), and a
date glued to a title. Only fills what a reader left empty; never changes what it read."""
from __future__ import annotations

import re

from . import when
from .lines import date_only
from .lang import language
from .model import Parsed
from .outlets import Outlets


_TAIL_OUTLET = re.compile(r"(?<!\s)\s*\((?P<name>[^()]{2,40}?)\)\s*$")


def _dateline(st, lang: str) -> None:
    """A first paragraph that is a date line, or opens with 'March 3, 2025 —' / 'KYIV, March 4, 2025 —'."""
    first = st.paras[0]
    found = [f for f in when.find_dates(first[:60]) if f.kind != "relative"]
    if not found:
        return
    f = found[0]
    alone = len(st.paras) > 1 and date_only(first, when.find_dates(first))
    lead = f.start <= 40 and re.match(r"^(?:[A-ZÀ-Ý][\w .'’-]{1,40},\s*)?$", first[:f.start]) \
        and re.match(r"\s*[—–:-]", first[f.end:])
    if alone or lead:
        d = f.resolve(when.decide_order([f], lang))
        if d:
            st.date, st.date_basis = d, "stated"
            if alone:
                st.paras = st.paras[1:]


def enrich(parsed: Parsed, lines: list[str]) -> Parsed:
    outlets = Outlets.of_page(lines)
    lang = language("\n".join(lines))
    for st in parsed.stories:
        if st.title and not st.source:
            title, name = outlets.tail(st.title)
            if not name:
                title, name = outlets.head(st.title)
            if name and title:
                st.title, st.source = title, name
        if st.paras and not st.source:
            rest, name = outlets.wire(st.paras[0])
            if name and outlets.is_outlet(name):
                st.source = name
        if st.paras and not st.source:   # '… text. (Reuters)' closing the item
            m = _TAIL_OUTLET.search(st.paras[-1])
            if m and outlets.is_outlet(m["name"], strict=True):
                st.source = m["name"].strip()
                st.paras[-1] = st.paras[-1][:m.start()].rstrip()
                st.paras = [p for p in st.paras if p]
        if st.paras and not st.date:
            _dateline(st, lang)
        if st.title and not st.date:
            found = when.find_dates(st.title)
            f = found[-1] if found else None
            if f and f.kind != "relative" and f.end >= len(st.title.rstrip(" .)")) - 1 and f.start > 0:
                d = f.resolve(when.decide_order([f], lang))
                if d:
                    st.date, st.date_basis = d, "stated"
                    st.title = st.title[:f.start].rstrip(" ,;:–—-(")
    return parsed
