"""Credit lines over headlines: a press review or a 'in the media' page prints each item's outlet
and date on a line above its headline ('Outlet – 18 April 2025', 'Outlet, 19.04.2025, p. 11').
Where three such lines or more stand over headlines and one of them names a listed outlet, they
are all outlet lines, the unlisted names too ('Radio 3 Nord – 15 avril 2025' read as a date line
only would give its date and outlet to no item, or to the item above)."""
from __future__ import annotations

import re

from .. import when
from ..lines import Line
from ..outletnames import looks_like_name

# the name, then a dash, comma or bar, then the rest with the date ('Outlet – date', 'Outlet, date, S. 3')
_CREDIT = re.compile(r"^(?P<name>[^–—,|]{2,50}?)\s*(?:[–—|]|,|\s-)\s*(?P<rest>.{4,60})$")
_LEAST = 3


def mark(ls: list[Line]) -> int:
    """Mark the credit lines over headlines as outlet lines, in place; how many there were."""
    found: list[tuple[Line, str, list]] = []
    for i, l in enumerate(ls[:-1]):
        m = _CREDIT.match(l.text) if l.kind in ("outlet", "date", "head") and len(l.text) <= 90 else None
        if not m or ls[i + 1].kind != "head" or not looks_like_name(m["name"].strip()):
            continue
        dates = [f for f in when.find_dates(l.text) if f.start >= m.start("rest") and f.kind != "relative"]
        if dates:
            found.append((l, m["name"].strip(), dates))
    if len(found) < _LEAST or not any(l.kind == "outlet" for l, _, _ in found):
        return 0
    for l, name, dates in found:
        l.kind, l.outlet, l.dates = "outlet", l.outlet or name, l.dates or dates
    return len(found)
