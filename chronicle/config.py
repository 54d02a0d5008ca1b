"""config.yaml -> a frozen Config; every problem reported with its line."""
from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping

from .source import yamlnodes as Y
from .errors import ConfigError, ErrorList
from .source.frontmatter import FORBIDDEN_CHARS as _FORBIDDEN
from .source.readfile import read_regular, wide_encoding
from .source.slugs import tag_slug
from .configcheck import check_bounds, check_ingest_rules, rule_texts, shared_aliases, unclosed_directions


@dataclass(frozen=True)
class TopicDef:
    slug: str
    name: str
    description: str
    aliases: tuple[str, ...]
    # country, region, city or theme: ingest/vocab.merged lets the built-in themes and
    # organisations claim an alias they share with a place first ("Brussels" tags the EU, not
    # Belgium or the city; tests/test_topic_kind.py). A config topic's `kind:` is accepted and
    # kept, but config topics claim their aliases before any built-in one whatever it says.
    kind: str


@dataclass(frozen=True)
class Config:
    path: str
    title: str = "Chronicle"
    description: str = "A news-summary archive."
    url: str = "https://example.org"
    base_path: str = "/"
    language: str = "en"
    author: str = ""
    allow_html: bool = False
    home_latest: int = 12
    home_topics: int = 16
    related_count: int = 5
    feed_entries: int = 50
    download_zip: bool | str = "auto"   # true, false, or auto (outputs/sitezip.makes_zip)
    topic_latest: int = 20     # articles a topic page shows before its list of months
    listing_size: int = 100    # articles per page of a month, a topic's month or the undated list
    search_partition: int = 256   # articles per Pagefind partition at most (outputs/search/partitions.py)
    # a body edit in a partition of more pages than this is indexed into the overlay (outputs/search/
    # overlay.py) instead of the whole partition again: 512 keeps archives of up to 32,768 articles
    # (partitions of at most 512) on whole partitions, byte-identical to a cold build after each edit
    search_overlay_above: int = 512
    size_limits: str = "warn"  # "error": a site near or over a GitHub Pages limit is not published
    war_day_epoch: dt.date = dt.date(2022, 2, 24)
    max_tags: int = 12
    topics: Mapping[str, TopicDef] = field(default_factory=lambda: MappingProxyType({}))
    raw: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def absolute_root(self) -> str:
        """Site URL including the base path, ending in '/'."""
        return self.url.rstrip("/") + self.base_path

    @property
    def direction(self) -> str:
        """'rtl' for a language written right to left (its primary subtag), else 'ltr': the page's
        own direction, so an Arabic or Hebrew archive reads right to left throughout."""
        return "rtl" if self.language.split("-")[0].lower() in RTL_LANGUAGES else "ltr"


# Primary language subtags written right to left (the scripts Arabic, Hebrew, Thaana, Syriac, N'Ko).
RTL_LANGUAGES = frozenset({"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "nqo", "ps", "sd", "syr", "ug", "ur", "yi"})


def normalise_base_path(value: str) -> str:
    """'/repo', 'repo/' -> '/repo/'; refuses (ValueError, with the message) what is not a URL path:
    one rule for config.yaml and --base-path, since a bad one ends in every absolute link."""
    problem = base_path_problem(value)
    if problem:
        raise ValueError(problem)
    value = value.strip()
    if not value or value == "/":
        return "/"
    return "/" + value.strip("/") + "/"


def base_path_problem(value: str) -> str | None:
    parts = value.strip().split("/")
    if not _BASE_PATH.fullmatch(value.strip()) or ".." in parts or "." in parts:
        return f"must be a URL path like /repo/, got '{value}'"
    return None


_SITE_FIELDS = {
    "title": str, "description": str, "url": str, "base_path": str,
    "language": str, "author": str,
}
_BUILD_FIELDS = {
    "allow_html": bool, "home_latest": int, "home_topics": int,
    "related_count": int, "feed_entries": int, "download_zip": (bool, "auto"),
    "topic_latest": int, "listing_size": int, "size_limits": str, "search_partition": int,
    "search_overlay_above": int,
}
_INGEST_FIELDS = {"war_day_epoch": dt.date, "max_tags": int}
_SECTIONS = {"site": _SITE_FIELDS, "build": _BUILD_FIELDS, "ingest": _INGEST_FIELDS, "topics": None}


def load_config(path: Path, base_path: str | None = None) -> Config:
    """Read config.yaml; a missing file at the default place means defaults."""
    shown = str(path)
    if not os.path.lexists(path):
        raise ConfigError(shown, None, "config file not found")
    raw = read_regular(path, shown, ConfigError, limit=MAX_CONFIG_BYTES, advice="this is not a config file")
    wide = wide_encoding(raw)   # a Windows editor's "Unicode": 'not valid UTF-8 (byte 0xff)' said nothing of it
    if wide:
        raise ConfigError(shown, 1, f"is saved as {wide} text; save it as UTF-8")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ConfigError(shown, line, f"not valid UTF-8 (byte 0x{raw[exc.start]:02x}); save it as UTF-8") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    try:
        root = Y.parse(text, limit=Y.MAX_CONFIG_NODES)
    except Y.YamlProblem as p:
        raise ConfigError(shown, p.line, p.message, p.col) from None
    errors: list[ConfigError] = []
    values: dict[str, Any] = {"path": shown}
    if root is not None and not isinstance(root, Y.Map):
        raise ConfigError(shown, root.line, "expected a mapping with sections site:, build:, ingest:, topics:")
    for key, node in (root.items if root else ()):
        if key.text == "ingest_rules":   # read by ingest from `raw`: a wrong value there was a traceback
            errors.extend(check_ingest_rules(node, shown))
        if key.text not in _SECTIONS:
            continue  # other sections belong to extensions; kept in raw
        if key.text == "topics":
            values["topics"] = MappingProxyType(_read_topics(node, shown, errors))
            continue
        _read_section(key, node, shown, values, errors)
    errors.extend(unclosed_directions(root, text, shown))
    if errors:
        raise ErrorList(errors)
    raw = Y.plain(root) or {}
    if isinstance(raw.get("ingest_rules"), dict):   # (its entries as typed: configcheck.rule_texts)
        raw["ingest_rules"] = rule_texts(next(n for k, n in root.items if k.text == "ingest_rules"))
    values["raw"] = MappingProxyType(raw)
    if base_path is not None:
        values["base_path"] = base_path
    try:
        values["base_path"] = normalise_base_path(values.get("base_path", "/"))
    except ValueError as exc:   # config.yaml's was checked with its line: this is --base-path
        raise ConfigError("--base-path", None, str(exc)) from None
    values["url"] = values.get("url", "https://example.org").rstrip("/")
    return Config(**values)


def _read_section(key: Y.Scalar, node: Y.Node, shown: str, values: dict[str, Any], errors: list) -> None:
    """The settings of `site:`, `build:` or `ingest:` into `values`, each problem into `errors`."""
    if not isinstance(node, Y.Map):
        errors.append(ConfigError(shown, key.line, f"'{key.text}' must be a mapping, got {Y.describe(node)}"))
        return
    for fkey, fnode in node.items:
        kind = _SECTIONS[key.text].get(fkey.text)
        if kind is None:
            known = ", ".join(sorted(_SECTIONS[key.text]))
            errors.append(ConfigError(shown, fkey.line, f"unknown setting '{key.text}.{fkey.text}' (known: {known})"))
            continue
        try:
            value = _typed(fnode, kind, f"{key.text}.{fkey.text}")
            if isinstance(value, str):
                value = _check_value(f"{key.text}.{fkey.text}", value, fnode)
            check_bounds(fkey.text, value, fnode)
            values[fkey.text] = value
        except Y.YamlProblem as p:
            errors.append(ConfigError(shown, p.line, p.message))


MAX_CONFIG_BYTES = 5 * 1024 * 1024
_URL = re.compile(r"https?://[A-Za-z0-9.-]+(:\d{1,5})?(/[A-Za-z0-9._~%!$&'()*+,;=:@/-]*)?")
_BASE_PATH = re.compile(r"/?([A-Za-z0-9._~-]+/)*[A-Za-z0-9._~-]*/?")
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")


def _check_value(name: str, value: Any, node: Y.Node) -> Any:
    """Settings that end up in URLs and attributes must have their proper shape."""
    # ('/x/../y' passed, and every canonical link and feed said https://host/x/../y/)
    if name == "site.url" and (not _URL.fullmatch(value.strip()) or re.search(r"(?<=[^/])/\.{1,2}(/|$)", value.strip())):
        raise Y.YamlProblem(node.line, f"'site.url' must be an address like https://example.org, got '{value}'")
    if name == "site.url" and not 0 < int((_URL.fullmatch(value.strip())[1] or ":1")[1:]) <= 65535:   # ':99999' was published
        raise Y.YamlProblem(node.line, f"'site.url' has a port out of range, got '{value}'; a port is 1 to 65535")
    if name == "site.base_path" and base_path_problem(value):
        raise Y.YamlProblem(node.line, f"'site.base_path' {base_path_problem(value)}")
    if name == "build.size_limits" and value.strip() not in ("warn", "error"):
        raise Y.YamlProblem(node.line, f"'build.size_limits' must be warn or error, got '{value}'")
    if name == "site.title" and not Y.visible(value):   # it heads every page and is the home link's text
        shown = f" (only invisible characters: '{Y.spelled(value)}')" if value else ""
        raise Y.YamlProblem(node.line, f"'site.title' is empty{shown}: the site needs a name")
    if name == "site.language" and not _LANGUAGE.fullmatch(value.strip()):
        raise Y.YamlProblem(node.line, f"'site.language' must be a language tag like en or en-GB, got '{value}'")
    return value.strip() if name in ("site.url", "site.base_path", "site.language", "build.size_limits") else value


def default_config(path: str = "config.yaml") -> Config:
    return Config(path=path)


def _typed(node: Y.Node, kind: type, name: str) -> Any:
    if not isinstance(node, Y.Scalar):
        raise Y.YamlProblem(node.line, f"'{name}' must be a single value, got {Y.describe(node)}")
    text = node.text.strip()
    if isinstance(kind, tuple):   # a type, or one word besides it
        kind, word = kind
        if text.lower() == word:
            return word
    if kind is bool:
        if text.lower() in Y.TRUE_WORDS:
            return True
        if text.lower() in Y.FALSE_WORDS:
            return False
        raise Y.YamlProblem(node.line, f"'{name}' must be true or false, got '{text}'")
    if kind is int:
        if re.fullmatch(r"\d{1,7}", text):
            return int(text)
        raise Y.YamlProblem(node.line, f"'{name}' must be a whole number from 0 to 9999999, got '{text}'")
    if kind is dt.date:
        try:
            return dt.date.fromisoformat(text) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) else _bad()
        except ValueError:
            raise Y.YamlProblem(node.line, f"'{name}' must be a date YYYY-MM-DD, got '{text}'") from None
    if node.null:
        return ""
    bad = _FORBIDDEN.search(node.text)
    if bad:
        raise Y.YamlProblem(node.line, f"'{name}' contains the control character U+{ord(bad.group()):04X}; remove it")
    return node.text


def _bad():
    raise ValueError


def _read_topics(node: Y.Node, shown: str, errors: list) -> dict[str, TopicDef]:
    if not isinstance(node, Y.Map):
        errors.append(ConfigError(shown, node.line, f"'topics' must map a topic slug to its settings, got {Y.describe(node)}"))
        return {}
    topics: dict[str, TopicDef] = {}
    first: dict[str, Y.Scalar] = {}
    for key, body in node.items:
        slug = tag_slug(key.text)
        if not slug:
            errors.append(ConfigError(shown, key.line, f"topic '{key.text}' has no letters or digits to make a slug from"))
            continue
        if slug in first:
            errors.append(ConfigError(shown, key.line, f"topic '{key.text}' is the same topic as '{first[slug].text}' on line {first[slug].line} (slug '{slug}')"))
            continue
        first[slug] = key
        topic = _read_topic(slug, key, body, shown, errors)
        if topic:
            topics[slug] = topic
    errors.extend(shared_aliases(node, set(topics), shown))
    return dict(sorted(topics.items()))


def _read_topic(slug: str, key: Y.Scalar, body: Y.Node, shown: str, errors: list) -> TopicDef | None:
    if isinstance(body, Y.Scalar) and body.null:
        return TopicDef(slug, key.text, "", (key.text,), "")
    if not isinstance(body, Y.Map):
        errors.append(ConfigError(shown, body.line, f"topic '{key.text}' must be a mapping (name, description, aliases), got {Y.describe(body)}"))
        return None
    fields: dict[str, Any] = {"name": key.text, "description": "", "aliases": (), "kind": ""}
    for fkey, fnode in body.items:
        if fkey.text in ("name", "description", "kind"):
            if not isinstance(fnode, Y.Scalar):
                errors.append(ConfigError(shown, fnode.line, f"topic '{key.text}': '{fkey.text}' must be text"))
            elif fkey.text == "name" and not (fnode.text.strip() and Y.visible(fnode.text)):   # an empty heading and link
                errors.append(ConfigError(shown, fnode.line, f"topic '{key.text}': 'name' is empty; "
                                                             "leave it out to use the topic's key"))
            else:
                fields[fkey.text] = "" if fnode.null else fnode.text
        elif fkey.text == "aliases":
            items = fnode.items if isinstance(fnode, Y.Seq) else None
            if items is None or not all(isinstance(i, Y.Scalar) for i in items):
                errors.append(ConfigError(shown, fnode.line, f"topic '{key.text}': 'aliases' must be a list of words or phrases"))
            else:
                fields["aliases"] = tuple(i.text for i in items if i.text.strip())
        else:
            errors.append(ConfigError(shown, fkey.line, f"topic '{key.text}': unknown field '{fkey.text}' (expected name, description, aliases, kind)"))
    return TopicDef(slug, fields["name"], fields["description"], fields["aliases"], fields["kind"])
