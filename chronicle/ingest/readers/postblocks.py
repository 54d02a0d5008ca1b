"""Posts without headlines, each closed by its own date line: a channel's or feed's web view
('text …' / '👁 1.9K • Yesterday 18:20', blank, next post). A heading over them ('Energy Watch') is
the page's, not the title of one item holding every post."""
from __future__ import annotations

from ..lines import Line

_LEAST = 3


def dated_posts(ls: list[Line], start: int) -> bool:
    """From ls[start] on, three or more paragraphs opening after a blank line (not under headlines of
    their own) each have a date line right under them (one line of text or more, then the date), and
    they are most of such paragraphs."""
    opened = [i for i in range(start, len(ls)) if ls[i].kind == "prose" and (i == start or ls[i].gap > 0 and ls[i - 1].kind != "head")]
    closed = [i for i in opened if _closed_by_date(ls, i)]
    return len(closed) >= _LEAST and len(closed) * 4 >= len(opened) * 3


def _closed_by_date(ls: list[Line], i: int) -> bool:
    j = i + 1
    while j < len(ls) and ls[j].kind == "prose" and not ls[j].gap:
        j += 1
    return j < len(ls) and ls[j].kind == "date" and not ls[j].gap and bool(ls[j].dates)
