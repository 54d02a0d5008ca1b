"""The countries a digest's page names anywhere (by a country's name, or by a region or city of
the vocabulary that lies in it): where two towns share a name, the one in a country the page names
is meant ('Waterford' on a page about Ireland's wind farms is Ireland's, not Michigan's), and a
town of a country the page names is a town ('Kisumu' on a page of Kenyan health news), as it is
in a country of the page's language (tagtowns._choose).

Only the choice of a town reads the page: an item's own tags still come from its own text.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import vocab
from .textwords import has_whole

# a capitalised word ('Kenya' of "Kenya's"; a name of several words is looked for whole)
_CAPITAL = re.compile(r"[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:-[^\W\d_]+)*", re.U)


@lru_cache(maxsize=1)
def _names() -> tuple[dict[str, tuple[tuple[str, tuple[str, ...], str], ...]], frozenset[str]]:
    """First capitalised word of a place's name -> (the whole name, its capitalised words, its
    country's slug) for every country, region and city of the vocabulary; and those first words."""
    rows = vocab.place_rows()
    by_first: dict[str, list[tuple[str, tuple[str, ...], str]]] = {}
    for slug, row in rows.items():
        country = _country_of(slug, rows)
        if country is None:
            continue
        for name in {row["name"], *row.get("aliases", ())}:
            capitals = tuple(_CAPITAL.findall(name))
            if len(name) >= 4 and capitals and name.startswith(capitals[0]) and not name.isupper():
                by_first.setdefault(capitals[0], []).append((name, capitals, country))
    return {k: tuple(v) for k, v in by_first.items()}, frozenset(by_first)


def _country_of(slug: str, rows: dict) -> str | None:
    seen = set()
    while slug in rows and slug not in seen:
        seen.add(slug)
        row = rows[slug]
        if row.get("kind") == "country":
            return slug
        slug = row.get("within") or ""
    return None


def countries_named(text: str) -> frozenset[str]:
    """The slugs of the countries `text` names, by name or by a place that lies in one. A name
    of several words is looked for only where all its capitalised words are in the text."""
    by_first, firsts = _names()
    words = set(_CAPITAL.findall(text))
    found = set()
    for word in words & firsts:
        for name, capitals, country in by_first[word]:
            if country in found or not words.issuperset(capitals):
                continue
            if len(capitals) == 1 and name == word or has_whole(text, name):
                found.add(country)
    return frozenset(found)

