"""The built-in topic vocabulary (data/countries.json with data/cities.txt, data/themes.txt, data/organisations.txt)
merged with config.yaml's topics: a config topic replaces a built-in one with the same slug or
the same name. A theme or an organisation may name a broader theme ('fracking' -> 'oil',
Stellantis -> car industry), a city or region the country it lies in ('Moskau' -> Moscow ->
Russia): an article about the narrow one is also about it. A topic that takes a
place's own name as an alias ('Moscow' for Russia in config.yaml) takes the place's other names
with it ('Moskau', 'Moscou'), so a city is tagged alike in every language."""
from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Mapping

from ..config import TopicDef
from .lang import FUNCTION_WORDS

# the package's data files (read by path: importlib.resources' reader imports zipfile, ~15 ms
# of every ingest's start)
_DATA = Path(__file__).with_name("data")


@lru_cache(maxsize=1)
def builtin() -> dict[str, TopicDef]:
    out: dict[str, TopicDef] = {}
    for slug, t in _place_rows().items():
        out[slug] = _topic(slug, t["name"], t["kind"], t["description"], _place_aliases(t["aliases"], t["name"]))
    for kind, rows in (("theme", _theme_rows()), ("organisation", _theme_rows("organisations.txt"))):
        for slug, name, desc, aliases, _ in rows:
            out[slug] = _topic(slug, name, kind, desc, aliases)
    return out


@lru_cache(maxsize=1)
def broader() -> dict[str, str]:
    """Built-in slug -> the broader topic it belongs to: a theme's or organisation's (the optional
    fifth column of themes.txt and organisations.txt), a city's or region's country
    (countries.json's "within")."""
    out = {slug: t["within"] for slug, t in _place_rows().items() if t.get("within")}
    for rows in (_theme_rows(), _theme_rows("organisations.txt")):
        out.update((slug, up) for slug, _, _, _, up in rows if up)
    return out


@lru_cache(maxsize=1)
def home_countries() -> dict[str, tuple[str, str]]:
    """Theme slug -> (the one country it is of, the theme it gives way to elsewhere or "") from the
    sixth and seventh columns of data/themes.txt: 'US Congress' is named by words other countries'
    parliaments share ('Senate', 'senators'), so a Kenyan 'Senate' is a parliament (tagcountry.abroad)."""
    out = {}
    for line in (_DATA / "themes.txt").read_text(encoding="utf-8").splitlines():
        cols = line.split("|")
        if len(cols) >= 6 and not line.startswith("#") and cols[5].strip():
            out[cols[0].strip()] = (cols[5].strip(), cols[6].strip() if len(cols) > 6 else "")
    return out


def broader_of(topics: Mapping[str, TopicDef]) -> dict[str, str]:
    """broader() for merged topics: a built-in topic a config topic took over (by its name: the
    built-in 'united-kingdom' is config.yaml's 'uk') is named by the config topic's slug."""
    names = {_norm(t.name): s for s, t in topics.items()}
    known = builtin()

    def now(slug: str) -> str | None:
        if slug in topics:
            return slug
        return names.get(_norm(known[slug].name)) if slug in known else None
    out = {}
    for narrow, wide in broader().items():
        n, w = now(narrow), now(wide)
        if n and w and n != w:
            out[n] = w
    return out


def place_rows() -> dict[str, dict]:
    """Slug -> row (name, aliases, kind, within) of every built-in country, region and city; shared,
    not to be changed."""
    return _place_rows()


@lru_cache(maxsize=1)
def _place_rows() -> dict[str, dict]:
    """countries.json, with data/cities.txt's cities and other-language names of cities added."""
    rows = json.loads((_DATA / "countries.json").read_text(encoding="utf-8"))
    for line in (_DATA / "cities.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        slug, name, within, names = line.split("|")
        aliases = [a.strip() for a in names.split(",") if a.strip()]
        row = rows.get(slug)
        if row is None:
            country = rows[within]["name"]
            rows[slug] = {"aliases": aliases, "kind": "city", "name": name, "within": within,
                          "description": f"{name}, a city in {country}: its government, local news and events."}
        else:
            row["aliases"] = row["aliases"] + [a for a in aliases if a not in row["aliases"]]
    return rows


@lru_cache(maxsize=2)
def _theme_rows(name: str = "themes.txt") -> tuple[tuple[str, str, str, tuple[str, ...], str], ...]:
    """The rows of data/themes.txt (subjects) or data/organisations.txt (one format), each alias
    without its marks ('obligations@fr', 'futures!', 'euro¤': only_in, fixed_forms, units)."""
    return tuple((slug, name, desc, tuple(a.partition("@")[0].rstrip("!¤") for a in aliases), up)
                 for slug, name, desc, aliases, up in _marked_rows(name))


@lru_cache(maxsize=2)
def _marked_rows(name: str) -> tuple[tuple[str, str, str, tuple[str, ...], str], ...]:
    """The file's rows with each alias as written, marks and all (the file is read once)."""
    rows = []
    for line in (_DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        slug, title, desc, aliases, *up = line.split("|")
        rows.append((slug, title, desc, tuple(a.strip() for a in aliases.split(",") if a.strip()), up[0].strip() if up else ""))
    return tuple(rows)


@lru_cache(maxsize=1)
def only_in() -> dict[str, frozenset[str]]:
    """Aliases that name their topic only in some languages: `obligations@fr` in themes.txt is
    bonds in French and duties in English, `temporal@es` a storm in Spanish; lower case, accents
    folded -> the languages (codes as lang.py gives them) whose pages they are read in."""
    out: dict[str, frozenset[str]] = {}
    for alias, langs in _marked("@") + [(a, langs) for a, langs in _place_words().items() if langs]:
        out[_fold(alias)] = frozenset(x.strip() for x in langs.split("/") if x.strip())
    return out


@lru_cache(maxsize=1)
def _place_words() -> dict[str, str]:
    """data/placewords.txt: a place's other-language name that is another word -> the languages
    it names the place in ('' for none: the alias is dropped)."""
    rows = (line.split("|") for line in (_DATA / "placewords.txt").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#"))
    return {alias.strip(): langs.strip() for alias, langs in rows}


@lru_cache(maxsize=1)
def fixed_forms() -> frozenset[str]:
    """Aliases matched only as written, never in another form (tagstems, aliasforms): `futures!`
    in themes.txt is a market, its singular 'future' is any story's; lower case, accents folded."""
    return frozenset(_fold(alias.partition("@")[0].strip()) for alias, _ in _marked("!"))


@lru_cache(maxsize=1)
def units() -> frozenset[str]:
    """Aliases that are also a unit of an amount: `euro¤` in themes.txt is the currency, but '500
    Milliarden Euro' is a sum of money in a story about something else; lower case, accents folded."""
    return frozenset(_fold(alias.partition("@")[0].strip()) for alias, _ in _marked("¤"))


def _marked(mark: str) -> list[tuple[str, str]]:
    """(alias, what follows the mark) for each alias of themes.txt and organisations.txt with the mark."""
    return [(alias.rstrip("!¤").strip(), rest) for name in ("themes.txt", "organisations.txt")
            for *_, aliases, _up in _marked_rows(name) for alias, at, rest in (a.partition(mark) for a in aliases) if at]


def _place_aliases(aliases: list[str], name: str = "") -> tuple[str, ...]:
    """A place's names, less those that are, accents folded, a common word of a language ingest
    reads: Brazil's state of Pará would tag every Spanish sentence that starts with 'Para' ('for'),
    so 'Para' goes; its own name 'Pará', accent and all, is no such word and stays (Italian's
    'parà', a paratrooper, keeps 'Parà' out); and less the names
    placewords.txt says no page reads as the place ('Dominique')."""
    never = {a for a, langs in _place_words().items() if not langs}
    return tuple(a for a in aliases if not (_fold(a) in FUNCTION_WORDS and (a != name or _fold(a) == a.lower()))
                 and a not in never)


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(c))


def _topic(slug: str, name: str, kind: str, description: str, aliases: tuple[str, ...]) -> TopicDef:
    return TopicDef(slug=slug, name=name, kind=kind, description=description, aliases=aliases)


def merged(config_topics: Mapping[str, TopicDef]) -> dict[str, TopicDef]:
    """Built-in topics plus config topics. A config topic with a built-in one's slug or name
    overrides its name, kind and description and adds its aliases to the built-in ones.
    Ordered by priority for an alias two topics share ('Brussels': the EU before Belgium's
    capital): config topics, then themes and organisations, then places."""
    by_name = {_norm(t.name): s for s, t in builtin().items()}
    rest = dict(builtin())
    first: dict[str, TopicDef] = {}
    for slug, t in sorted(config_topics.items()):
        base = rest.pop(slug, None) or rest.pop(by_name.get(_norm(t.name), ""), None)
        extra = tuple(a for a in (base.aliases if base else ()) if a not in t.aliases)
        first[slug] = TopicDef(slug=slug, name=t.name, description=t.description, aliases=t.aliases + extra, kind=t.kind)
    places = ("country", "region", "city")
    first.update(sorted((s, t) for s, t in rest.items() if t.kind not in places))
    first.update(sorted((s, t) for s, t in rest.items() if t.kind == "country"))
    first.update(sorted((s, t) for s, t in rest.items() if t.kind in places and t.kind != "country"))
    return _fold_places(first)


def _fold_places(topics: dict[str, TopicDef]) -> dict[str, TopicDef]:
    """A city or region whose own name another topic claims as an alias (earlier in priority
    order) is that topic's: its other names join the topic's aliases, and it is no topic of its own."""
    claims: dict[str, str] = {}
    for slug, t in topics.items():
        for a in t.aliases:
            claims.setdefault(_norm(a), slug)
    out = dict(topics)
    for slug, t in topics.items():
        owner = claims.get(_norm(t.name))
        if t.kind in ("city", "region") and owner and owner != slug and owner in out:
            o = out[owner]
            extra = tuple(a for a in t.aliases if a not in o.aliases)
            out[owner] = TopicDef(slug=o.slug, name=o.name, description=o.description, aliases=o.aliases + extra,
                                  kind=o.kind)
            del out[slug]
    return out


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()
