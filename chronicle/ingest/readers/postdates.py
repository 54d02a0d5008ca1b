"""A post's date under its author's name at the top of a newsletter post ('Tolu Adebayo' / 'Nov 3,
2026', as Substack, Medium, Ghost and beehiiv print a post's head): the day the post went out. Where
the post's items date themselves ('(via Outlet, 29/10)', 'Source: X, 28 Oct'), that day is none of
the undated items' (a daily's issue line under its name, 'venerdì 16 maggio 2025', still heads them)."""
from __future__ import annotations

from ..lines import Line
from ..outletnames import looks_like_name


def _person(l: Line) -> bool:
    """A line that is a person's name alone: two or three capitalised words, no digits."""
    return l.kind in ("head", "prose", "furn") and len(l.text) <= 40 and 2 <= len(l.text.split()) <= 3 \
        and not any(c.isdigit() for c in l.text) and looks_like_name(l.text)


def post_head(ls: list[Line], first: int) -> int:
    """Past the post's date line when one stands right under an author's name above the first item
    (first: that item's index); 0 when there is none."""
    for j in range(1, min(first, 12)):
        if ls[j].kind == "date" and ls[j].dates and not ls[j].gap and _person(ls[j - 1]):
            return j + 1
    return 0
