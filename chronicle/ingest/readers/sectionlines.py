"""One-sentence items one per line, with no blank lines, under section headings worded alike: a
"headlines for the school assembly" page, a radio bulletin's script, a morning briefing copied from
a chat ('National news' / 'Modi met …' / 'The board said …' / 'International news' / …; 'Noticias
nacionales' / 'Noticias internacionales'; 'Nachrichten aus der Region' / 'Nachrichten aus aller
Welt'). The headings share their first or last word, which the headlines of different stories
seldom do; every line under them is one sentence. Each such line is an item (its title derived);
the headings and the short lines after the last item ('Thought for the day', share buttons) are
the page's."""
from __future__ import annotations

import re
from collections import Counter

from ..lines import Line, words

_LEAST_ITEMS = 4
_MIN_WORDS = 8
_MAX_HEAD_WORDS = 8
# a sentence end inside the line, before another sentence ('… in May. The board …')
_INNER_END = re.compile(r"[.!?…][\"”»’)]?\s+[\"“«(]?[A-ZÀ-ÝÄÖÜ]")
_DIGIT = re.compile(r"\d")   # (a date or a time over each item is no section's heading: '2025/03/04 18:30 JST')
_END = re.compile(r"[.!?…][\"”»’)]?$")


def starts(ls: list[Line]) -> list[tuple[int, str]]:
    """(index, 'plain') of each line under such headings, on such a page."""
    heads = _alike(ls, [i for i, l in enumerate(ls) if l.kind == "head" and not l.marker
                        and not _DIGIT.search(l.text) and i + 1 < len(ls) and _sentence(ls[i + 1])])
    if len(heads) < 2:
        return []
    found = []
    for h in heads:
        j = h + 1
        while j < len(ls) and _sentence(ls[j]):
            found.append(j)
            j += 1
    if len(found) < _LEAST_ITEMS:
        return []
    for i in range(heads[0], len(ls)):   # (headings, and the page's short lines after the last item)
        if ls[i].kind == "head" and (i in heads or i > found[-1]):
            ls[i].section = True
    return [(i, "plain") for i in found]


def _sentence(l: Line) -> bool:
    """A line of one whole sentence, right under the line above it."""
    t = l.text.strip()
    return (l.kind == "prose" and not l.marker and l.gap == 0 and words(t) >= _MIN_WORDS
            and bool(_END.search(t)) and not _INNER_END.search(t))


def _alike(ls: list[Line], heads: list[int]) -> list[int]:
    """The headings sharing their first or last word, when two thirds of them or more (all of two)
    do and none is long; a page's title over its intro ('Morning briefing 10 March') is not one."""
    if any(words(ls[i].text) > _MAX_HEAD_WORDS for i in heads):
        return []
    ws = {i: ls[i].text.casefold().rstrip(":").split() for i in heads}
    least = max(2, -(-2 * len(ws) // 3))
    for pick in (0, -1):
        counts = Counter(w[pick] for w in ws.values())
        word, n = counts.most_common(1)[0] if counts else ("", 0)
        if n >= least:
            return [i for i in heads if ws[i][pick] == word]
    return []
