"""Fields the seed readers do not look for, read the general way: an outlet marker in a title
('… (The Hill)', 'Reuters – …', '… | Reuters') or a wire lead ('LONDON (Reuters) --'), and a
date glued to a title. Only fills what a reader left empty; never changes what it read."""
from __future__ import annotations

from . import when
from .lang import language
from .model import Parsed
from .outlets import Outlets


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
        if st.title and not st.date:
            found = when.find_dates(st.title)
            f = found[-1] if found else None
            if f and f.kind != "relative" and f.end >= len(st.title.rstrip(" .)")) - 1 and f.start > 0:
                d = f.resolve(when.decide_order([f], lang))
                if d:
                    st.date, st.date_basis = d, "stated"
                    st.title = st.title[:f.start].rstrip(" ,;:–—-(")
    return parsed
