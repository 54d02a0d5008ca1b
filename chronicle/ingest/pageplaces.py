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
def _names() -> tuple[dict[str, tuple[tuple[str, tuple[str, ...], str, str], ...]], frozenset[str]]:
    """First capitalised word of a place's name -> (the whole name, its capitalised words, its
    country's slug, its own slug) for every country, region and city of the vocabulary and every
    seat of power (data/seats.txt: its own slug ""); and those first words."""
    rows = vocab.place_rows()
    by_first: dict[str, list[tuple[str, tuple[str, ...], str, str]]] = {}
    for slug, row in rows.items():
        country = _country_of(slug, rows)
        if country is None:
            continue
        for name in {row["name"], *row.get("aliases", ())}:
            capitals = tuple(_CAPITAL.findall(name))
            if len(name) >= 4 and capitals and name.startswith(capitals[0]) and not name.isupper():
                by_first.setdefault(capitals[0], []).append((name, capitals, country, slug))
    # a country's seats of power and institutions name it too ('DepEd', 'Tweede Kamer': data/seats.txt),
    # initials included: they are listed because no other country's body bears them
    for country, names in tagcues.cue_rows("seats.txt"):
        for name in names:
            capitals = tuple(_CAPITAL.findall(name))
            if len(name) >= 3 and capitals and name.startswith(capitals[0]) and country in rows:
                by_first.setdefault(capitals[0], []).append((name, capitals, country, ""))
    return {k: tuple(v) for k, v in by_first.items()}, frozenset(by_first)


def is_place_name(name: str) -> bool:
    """Whether `name`, as written ('Kota Kinabalu'), is a country's, region's, city's or town's name
    the vocabulary or the towns' table knows."""
    words = _CAPITAL.findall(name)
    if not words:
        return False
    return name in tagtowns.table()[0] or any(n == name for n, *_ in _names()[0].get(words[0], ()))


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
    return frozenset(country for country, _place in _named_in(text, set(_CAPITAL.findall(text)), places=False))


def _named_in(text: str, words: set[str], places: bool = True) -> frozenset[tuple[str, str]]:
    """(country, place) for each place the text names ("" for a seat of power). places=False: only
    the countries matter, so a one-word name of a country found already is not looked for (a whole
    page's text names the same countries many times)."""
    by_first, firsts = _names()
    names = {(name, country, slug) for word in words & firsts for name, capitals, country, slug in by_first[word]
             if words.issuperset(capitals)}
    if len(names) < 2:
        return frozenset((c, slug) for name, c, slug in names if has_whole(text, name))
    # the longest name first, and its words are no shorter name's: 'New Mexico' is no Mexico,
    # 'Papua New Guinea' no Guinea (a name found is blanked out of the text the shorter ones are
    # looked for in)
    found: set[tuple[str, str]] = set()
    countries: set[str] = set()
    for name, country, slug in sorted(names, key=lambda n: (-len(n[0]), n)):
        several = not name.isalpha()
        if not places and not several and country in countries:
            continue
        if has_whole(text, name):
            found.add((country, slug))
            countries.add(country)
            if several:
                text = text.replace(name, " " * len(name))
    return frozenset(found)


# capitalised words side by side ('El Salvador', 'Stadtwerke Tamsweg'), or one before a colon (a
# chat's 'Mariana: Gracias'): a name of its own, in which a one-word town ('Salvador', 'Mariana')
# is not counted. (A country's name is: German writes every noun with a capital.)
_JOINED = re.compile(r"[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:(?:\s[A-ZÀ-ÖØ-Þ][^\W\d_]+)+|(?=:))", re.U)
# (but a town's own name for itself names it: 'Stadt Winterthur', 'Ville de Lyon' is the town)
_SEAT = re.compile(r"^(?:Stadt|Gemeinde|Kanton|Landkreis|City|Town|Borough|Ville|Commune|Mairie|Comune|Città|Ayuntamiento|"
                   r"Municipio|Gemeente)\s")
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
    return page_place(text)[0]


# a page's masthead: its first lines that are not empty, where a state agency or a city names
# itself ('Landtag Mecklenburg-Vorpommern', 'City of Gothenburg'); a name, not a menu row (cells
# apart by wide gaps: 'Schweiz   Wirtschaft   Zürich   Sport') or a line of figures (a paper's
# weather: 'Tuesday, June 23 · Athens 34°C')
_MASTHEAD_LINES, _MASTHEAD_WORDS = 4, 10
_NO_NAME = re.compile(r"\d|\S(?:\s{2,}|\t)\S.*\S(?:\s{2,}|\t)\S")


def page_place(text: str) -> tuple[str, str]:
    """The page's country (page_country) and the region or city of it the page is about, or "".
    A state agency's news page names its state in its masthead and footer and in some items
    ('An official website of the State of New Mexico', 'Landtag Mecklenburg-Vorpommern'), a
    city's in its own name ('News from the City of Gothenburg'): its items that name no other
    place are that state's or city's news (tagcountry.py). The region is picked among the
    country's regions and cities by the rule of page_country, counting an item's lines as one
    (lines within two of each other), and it must be named in the masthead and once more apart
    (named apart three times without the masthead, a Kenyan newsletter's 'Nakuru' was taken)."""
    _by_first, firsts = _names()
    firsts = firsts | _town_countries().keys()
    countries: list[tuple[int, frozenset[str]]] = []
    places: list[tuple[int, frozenset[tuple[str, str]]]] = []
    lines = text.splitlines()[:PAGE_LINES]
    masthead = {at for at in [at for at, line in enumerate(lines) if line.strip()][:_MASTHEAD_LINES]
                if len(lines[at].split()) <= _MASTHEAD_WORDS and not _NO_NAME.search(lines[at])}
    for at, line in enumerate(lines):
        words = set(_CAPITAL.findall(line))
        if words.isdisjoint(firsts) or _HEADER.search(line) and len(line.split()) <= 5:
            continue
        joined = {w for name in _JOINED.findall(line) if not _SEAT.match(name) for w in name.split()}
        named = _named_in(line, words)
        countries.append((at, frozenset(c for c, _ in named) | _towns_in(words - joined)))
        places.append((at, named))
    country = _dominant(countries)
    if not country:
        return "", ""
    inner = [(at, frozenset(p for c, p in named if c == country and p and p != country)) for at, named in places]
    return country, _dominant(inner, masthead)


def _dominant(lines: list[tuple[int, frozenset[str]]], masthead: set[int] | None = None) -> str:
    """The one named on at least half the lines that name any and on twice as many as any other;
    on three lines or on two more than two lines apart (page_country). With a masthead (the
    indexes of its lines): lines within two of each other count as one, and the one must be
    named in the masthead and once more apart."""
    by_runs = masthead is not None
    counts: dict[str, int] = {}
    runs: dict[str, int] = {}
    last: dict[str, int] = {}
    top_of_page: set[str] = set()
    naming, last_naming = 0, -9
    for at, found in lines:
        if not found:
            continue
        naming += not by_runs or at - last_naming > 2
        last_naming = at
        for x in found:   # lines within two of each other: one item's
            counts[x] = counts.get(x, 0) + 1
            runs[x] = runs.get(x, 0) + (at - last.get(x, -9) > 2)
            last[x] = at
            if by_runs and at in masthead:
                top_of_page.add(x)
    tally = runs if by_runs else counts
    ranked = sorted(tally.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked:
        return ""
    top, n = ranked[0]
    runner = ranked[1][1] if len(ranked) > 1 else 0
    if by_runs:
        enough = n >= 2 and top in top_of_page
    else:
        enough = n >= 3 or runs[top] >= 2
    return top if enough and 2 * n >= naming and n >= 2 * runner else ""


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
