"""Summaries each one long paragraph over its read-more link ('…' / 'Read More' / '…' / 'Read
More'), as the owner's own summary digests print them, where a link was lost in copying: two
such paragraphs stand one right under the other. Where most long paragraphs of the page stand
alone over a link (three at least), the second is a summary of its own, as readers/simple.py
reads such a page (there, a block of them)."""
from __future__ import annotations

from ..lines import READ_MORE_LINE, Line

LONG = 250   # characters of a summary paragraph (as readers/simple.py counts them)
_LAST: list = [None, False]   # the last page's lines (held, so compared by identity) and its answer


def long_para(l: Line) -> bool:
    return l.kind == "prose" and not l.marker and len(l.text) >= LONG


def summaries(ls: list[Line], region: range | None = None) -> bool:
    """Most long paragraphs (of `region`) stand alone over a read-more link, three at least."""
    longs = [i for i in (region or range(len(ls))) if long_para(ls[i])]
    linked = sum(1 for i in longs if i + 1 < len(ls) and READ_MORE_LINE.match(ls[i + 1].text))
    return linked >= 3 and 2 * linked >= len(longs)


def lost(ls: list[Line], i: int) -> bool:
    """Whether line i is such a summary right under another one."""
    if not (i and ls[i].gap == 0 and long_para(ls[i]) and long_para(ls[i - 1])):
        return False
    if _LAST[0] is not ls:   # (once a page: a long page has many paragraphs one under another)
        _LAST[:] = [ls, summaries(ls)]
    return _LAST[1]
