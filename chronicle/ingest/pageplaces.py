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

from . import tagcues, tagtowns, vocab
from .textwords import has_whole

# a capitalised word ('Kenya' of "Kenya's"; a name of several words is looked for whole)
_CAPITAL = re.compile(r"[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:-[^\W\d_]+)*", re.U)


@lru_cache(maxsize=1)
def _names() -> tuple[dict[str, tuple[tuple[str, tuple[str, ...], str], ...]], frozenset[str]]:
    """First capitalised word of a place's name -> (the whole name, its capitalised words, its
    country's slug) for every country, region and city of the vocabulary and every seat of power
    (data/seats.txt); and those first words."""
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
    # a country's seats of power and institutions name it too ('DepEd', 'Tweede Kamer': data/seats.txt),
    # initials included: they are listed because no other country's body bears them
    for country, names in tagcues.cue_rows("seats.txt"):
        for name in names:
            capitals = tuple(_CAPITAL.findall(name))
            if len(name) >= 3 and capitals and name.startswith(capitals[0]) and country in rows:
                by_first.setdefault(capitals[0], []).append((name, capitals, country))
    return {k: tuple(v) for k, v in by_first.items()}, frozenset(by_first)


def country_of(slug: str) -> str | None:
    """The country a built-in place lies in (itself, for a country), or None."""
    return _country_of(slug, vocab.place_rows())


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
    return _named_in(text, set(_CAPITAL.findall(text)))


def _named_in(text: str, words: set[str]) -> frozenset[str]:
    by_first, firsts = _names()
    found = set()
    for word in words & firsts:
        for name, capitals, country in by_first[word]:
            if country in found or not words.issuperset(capitals):
                continue
            if len(capitals) == 1 and name == word or has_whole(text, name):
                found.add(country)
    return frozenset(found)


# capitalised words side by side ('El Salvador', 'Stadtwerke Tamsweg'), or one before a colon (a
# chat's 'Mariana: Gracias'): a name of its own, in which a one-word town ('Salvador', 'Mariana')
# is not counted. (A country's name is: German writes every noun with a capital.)
_JOINED = re.compile(r"[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:(?:\s[A-ZÀ-ÖØ-Þ][^\W\d_]+)+|(?=:))", re.U)
# a short line with a clock time is a message's or a post's header ('Jordan Reid   8:41 am'):
# a name there is a person's, not the country of Jordan
_HEADER = re.compile(r"\d:\d\d")

# a page says where it is in its first lines: a digest of 20,000 lines is read no further (the
# whole of a 1 MB digest took 37 ms of the one process that parses it; its first lines, 13 ms)
PAGE_LINES = 2000


def page_country(text: str) -> str:
    """The country a page is about, or "": the one named (by name, or by a place in it) on at
    least half the page's lines that name any country, and on twice as many as any other; on
    three lines, or on two more than two lines apart (two closer are one item's: a tech digest's
    one Russian story, its headline and its related link, made the digest Russian). Three lines,
    near or apart, were asked first: fewer pages had a country, and eleven labelled sets each lost
    a tag or more by it. A Nigerian election page names Nigeria, Lagos or Abuja on most of its
    lines; an item of it that names no place is still Nigerian news, and its readers browse it
    under Nigeria (tagcountry.py adds the country to such items). A world digest has no such
    country."""
    _by_first, firsts = _names()
    firsts = firsts | _town_countries().keys()
    counts: dict[str, int] = {}
    runs: dict[str, int] = {}
    last: dict[str, int] = {}
    naming = 0
    for at, line in enumerate(text.splitlines()[:PAGE_LINES]):
        words = set(_CAPITAL.findall(line))
        if words.isdisjoint(firsts) or _HEADER.search(line) and len(line.split()) <= 5:
            continue
        joined = {w for name in _JOINED.findall(line) for w in name.split()}
        found = _named_in(line, words) | _towns_in(words - joined)
        naming += bool(found)
        for country in found:   # lines within two of each other: one item's
            counts[country] = counts.get(country, 0) + 1
            runs[country] = runs.get(country, 0) + (at - last.get(country, -9) > 2)
            last[country] = at
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked:
        return ""
    top, n = ranked[0]
    runner = ranked[1][1] if len(ranked) > 1 else 0
    return top if (n >= 3 or runs[top] >= 2) and 2 * n >= naming and n >= 2 * runner else ""


def _towns_in(words: set[str]) -> frozenset[str]:
    """The countries of the towns (tagtowns' table) among a line's capitalised words."""
    towns = _town_countries()
    return frozenset(towns[w] for w in words if w in towns)


@lru_cache(maxsize=1)
def _town_countries() -> dict[str, str]:
    """A town's one-word name -> its country, for the names that only towns of one country bear
    ('Amersfoort', 'Tamsweg'; not 'Hamilton', a town of four countries)."""
    names, _firsts = tagtowns.table()
    out = {}
    for name, lines in names.items():
        countries = {line.split("|")[3] for line in lines}
        if " " not in name and len(countries) == 1:
            out[name] = countries.pop()
    return out
