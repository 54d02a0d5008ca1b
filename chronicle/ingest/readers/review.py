"""A press review: one untitled paragraph per newspaper, the paper named in its first words
('« Le budget de tous les dangers », titre Libération en une. …', 'Le Figaro s'inquiète …',
'Pour Les Echos, …', 'Die FAZ kommentiert …'). Each such paragraph is an item, its source the paper
it reviews. It takes three paragraphs or more, each naming a different listed outlet: an article
that cites Reuters again and again is no press review."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lines import Line
from ..model import Story
from ..outlets import known
from . import items

_LEAD = 140   # where a review names its paper: the first words of the paragraph


@lru_cache(maxsize=1)
def _names() -> re.Pattern:
    names = sorted({n for n in known().values() if len(n) >= 4 or n.isupper()}, key=len, reverse=True)
    return re.compile(r"(?<![\w'’])(?:" + "|".join(map(re.escape, names)) + r")(?![\w'’])")


def paragraphs(ls: list[Line]) -> dict[int, str]:
    """index of each review paragraph -> the outlet it names ({} when the page is no press review)."""
    prose = [i for i, l in enumerate(ls) if l.kind == "prose" and not l.marker]
    if not 3 <= len(prose) <= 60 or any(l.kind == "head" and not l.section for l in ls[prose[0] + 1:]):
        return {}   # (headlines of their own among the paragraphs: items of another kind)
    named = {}
    for i in prose:
        m = _names().search(ls[i].text[:_LEAD])
        if m:
            named[i] = m.group(0)
    distinct = len(set(named.values()))
    if distinct < 3 or distinct < 0.8 * len(named) or len(named) < 0.6 * (len(prose) - 1):
        return {}
    return named


def page_matter(ls: list[Line], named: dict[int, str]) -> None:
    """A review's heading and intro above its first paragraph and a short closing line after its
    last ('Retrouvez cette revue de presse …') are the page's own: headings and furniture (in place)."""
    if not named:
        return
    first, last = min(named), max(named)
    openers = [ls[i].text.split(None, 1)[0] for i in named if ls[i].text.split()]
    usual = max(set(openers), key=openers.count) if openers else ""
    for k, l in enumerate(ls):
        if k < first and l.kind == "head":
            l.section = True
        elif (k < first or k > last and len(l.text.split()) <= 15 and not _like_the_rest(l.text, usual, openers)) and l.kind == "prose":
            l.kind = "furn"


def _like_the_rest(text: str, usual: str, openers: list[str]) -> bool:
    """A last paragraph that opens as most of the review's do: with the same word ('The i focuses on …'
    after 'The Times leads with …', 'The Guardian reports …') or with a kicker word and its full stop
    ('Météo. Orages …' after 'Espagne. …', 'Canada. …'): the review's, not a closing line."""
    first = text.split(None, 1)[0] if text.split() else ""
    if usual and 2 * openers.count(usual) > len(openers) and first == usual:
        return True
    kickers = sum(1 for w in openers if w.endswith(".") and w[:1].isupper())
    return 2 * kickers > len(openers) and first.endswith(".") and first[:1].isupper()


def story(g: items.Group, page: items.Page, outlets, named: dict[int, str]) -> Story | None:
    st = items.story(g, page, outlets)
    # (the paragraph's own index: a group may open with the review's heading, 'Tuesday's papers')
    k = next((g.index + j for j, l in enumerate(g.lines) if l.kind == "prose"), g.index)
    if st is not None and not st.source and k in named:
        st.source = named[k]
    return st
