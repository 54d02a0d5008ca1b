"""The built-in topic vocabulary (data/countries.json, data/themes.txt) merged with config.yaml's
topics: a config topic replaces a built-in one with the same slug or the same name. A theme may
name a broader theme ('fracking' -> 'oil'): an article about the narrow one is also about it."""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Mapping

from ..config import TopicDef


@lru_cache(maxsize=1)
def builtin() -> dict[str, TopicDef]:
    data = resources.files(__package__).joinpath("data")
    out: dict[str, TopicDef] = {}
    for slug, t in json.loads(data.joinpath("countries.json").read_text(encoding="utf-8")).items():
        out[slug] = _topic(slug, t["name"], t["kind"], t["description"], tuple(t["aliases"]))
    for slug, name, desc, aliases, _ in _theme_rows():
        out[slug] = _topic(slug, name, "theme", desc, aliases)
    return out


@lru_cache(maxsize=1)
def broader() -> dict[str, str]:
    """Theme slug -> the broader theme it belongs to (themes.txt's optional fifth column)."""
    return {slug: up for slug, _, _, _, up in _theme_rows() if up}


@lru_cache(maxsize=1)
def _theme_rows() -> tuple[tuple[str, str, str, tuple[str, ...], str], ...]:
    text = resources.files(__package__).joinpath("data", "themes.txt").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        slug, name, desc, aliases, *up = line.split("|")
        rows.append((slug, name, desc, tuple(a.strip() for a in aliases.split(",") if a.strip()),
                     up[0].strip() if up else ""))
    return tuple(rows)


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
    first.update(sorted((s, t) for s, t in rest.items() if t.kind in places))
    return first


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()
