"""Untitled paragraphs under date headings: a corrections column, a letters page, a log of notices
prints a day ('Tuesday 29 April 2025', 'Lundi 28 avril 2025') alone on a line, then one paragraph
per item with blank lines (or a 'Read More' link) between and no headline over any of them. Each paragraph is an item
(its title derived, dated by the heading above it: items.py). Headlines followed by text anywhere
after the first heading mean titled items (a diary of titled posts): not this page. Heading-like
lines among the paragraphs ('Other recently amended articles include:' and its list of links)
are the page's, not an item's text."""
from __future__ import annotations

from ..lines import READ_MORE_LINE, Line, words
from . import lostlinks
from .openers import next_text

_LEAST_DAYS = 2
_LEAST_ITEMS = 3
_MIN_WORDS = 12   # a paragraph that says something, not a caption


def starts(ls: list[Line]) -> list[tuple[int, str]]:
    """(index, 'plain') of each paragraph after the first date heading, on such a page."""
    days = [i for i, l in enumerate(ls) if l.kind == "date" and not l.marker and _alone(ls, i)]
    if len(days) < _LEAST_DAYS:
        return []
    region = range(days[0] + 1, len(ls))
    if any(ls[i].kind == "head" and _over_text(ls, i) for i in region):
        return []
    # (a paragraph right under the last one's 'Read More' link, no blank line between, is one too; and
    # where most summaries are one long paragraph over such a link, one right under another whose link was lost)
    linked = lostlinks.summaries(ls, region)
    paras = [i for i in region if ls[i].kind == "prose" and not ls[i].marker and (ls[i].gap > 0 or READ_MORE_LINE.match(
             ls[i - 1].text) or linked and lostlinks.long_para(ls[i]) and lostlinks.long_para(ls[i - 1]))]
    if len(paras) < _LEAST_ITEMS or any(words(ls[i].text) < _MIN_WORDS for i in paras):
        return []
    # one day heading over two paragraphs or more: otherwise each day is one entry of its own
    under = [sum(1 for p in paras if a < p < b) for a, b in zip(days, days[1:] + [len(ls)])]
    if max(under) < 2:
        return []
    for i in region:
        if ls[i].kind == "head":
            ls[i].section = True
    return [(i, "plain") for i in paras]


def _alone(ls: list[Line], i: int) -> bool:
    """A date heading: a blank line under it, a paragraph next."""
    j = next_text(ls, i)
    return j >= 0 and ls[j].gap > 0 and ls[j].kind == "prose"


def _over_text(ls: list[Line], i: int) -> bool:
    """A headline over a paragraph (a date line may stand between: 'Headline' / 'Mon, 03/03/2025' /
    text), unless it is an entry of a list under a heading ending in a colon ('Also amended:')."""
    j = next_text(ls, i)
    if j < 0 or ls[j].kind != "prose":
        return False
    k = i
    while k > 0 and ls[k].gap == 0 and ls[k - 1].kind == "head" and not ls[k - 1].text.rstrip().endswith(":"):
        k -= 1   # (up the block of headlines it stands in)
    return not (k > 0 and ls[k].gap == 0 and ls[k - 1].text.rstrip().endswith(":") or ls[i].text.rstrip().endswith(":"))
