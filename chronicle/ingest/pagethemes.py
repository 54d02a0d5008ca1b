"""The subject a page is about (issue 14): a newsletter on energy, a health ministry's releases, a
tag page on elections. Its items name that subject in their own words (a grid operator's tariff,
a gas storage figure, a wind farm's permit) and each names the broad theme itself rarely, yet a
reader browses every one of them under Energy, and labellers tag them so.

The page's theme is the broad theme (a built-in theme that holds narrower ones and that no
broader one holds: energy, health, elections, economy, technology…) that at least half the page's
paragraphs name, by itself or by a narrower theme of it, in three paragraphs at least and in half
as many again as any other. A paragraph is a line of eight words or more: the items' text, rarely
the page's furniture. A general news page has no such theme: no subject is in half its paragraphs.
"""
from __future__ import annotations

from collections import Counter

from . import vocab
from .pageplaces import PAGE_LINES

# a paragraph of an item's text, not a headline, a menu or a date line
_PARAGRAPH_WORDS = 8
# the share of the page's paragraphs that must name the theme, their least number, and how many
# times the next theme's (economy is named beside most subjects: a health ministry's releases
# on hospital budgets are health news)
SHARE, LEAST, AHEAD = 0.5, 3, 1.5


def page_theme(text: str, tagger, lang: str) -> str:
    """The broad theme at least half the page's paragraphs name (see above), or ""."""
    paragraphs = [line for line in text.splitlines()[:PAGE_LINES] if len(line.split()) >= _PARAGRAPH_WORDS]
    if len(paragraphs) < LEAST:
        return ""
    counts: Counter[str] = Counter()
    for line in paragraphs:
        counts.update({_broadest(tagger, slug) for slug, _, phrase in tagger.find(line, german=lang == "de", lang=lang)
                       if slug not in tagger.proper and tagger.read_in(phrase, lang)})
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked:
        return ""
    theme, n = ranked[0]
    runner = ranked[1][1] if len(ranked) > 1 else 0
    broad = vocab.builtin().get(theme)
    if broad is None or broad.kind != "theme" or theme not in set(vocab.broader().values()):
        return ""   # a config.yaml topic, or a theme that holds no other
    return theme if n >= LEAST and n >= SHARE * len(paragraphs) and n >= AHEAD * runner else ""


def _broadest(tagger, slug: str) -> str:
    """The theme no broader one holds, up the chain of broader themes ('offshore-wind' ->
    'wind-power' -> 'renewable-energy' -> 'energy')."""
    seen = {slug}
    while slug in tagger.broader and tagger.broader[slug] not in seen:
        slug = tagger.broader[slug]
        seen.add(slug)
    return slug
