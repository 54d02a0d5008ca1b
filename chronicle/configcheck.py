"""Checks of config.yaml beyond each setting's type, made on its nodes so that each problem has
its line: names and aliases two topics share, direction controls left open, and the
`ingest_rules:` section, which ingest reads from `Config.raw` (a value of another shape, or a
pattern that is no regular expression, was a traceback there)."""
from __future__ import annotations

import re

from .errors import ConfigError
from .source import yamlnodes as Y
from .source.slugs import tag_slug

# ingest_rules: setting -> what it holds (chronicle/ingest/run.py reads them)
INGEST_RULES = {"label_only_topics": "words", "mask_phrases": "words", "promo_patterns": "patterns",
                "furniture_lines": "patterns", "caption_credits": "patterns", "max_auto_tags": "count"}
_WHAT = {"words": "a list of words or phrases", "patterns": "a list of regular expressions",
         "count": "a whole number from 0 to 50"}


def shared_aliases(node: Y.Map, topics: set[str], shown: str) -> list[ConfigError]:
    """A name or alias two topics give is an error at the second (a tag so spelt went silently to the
    first); one that is another topic's own key is not: that topic wins, as README.md states."""
    errors: list[ConfigError] = []
    claimed: dict[str, tuple[str, str, int]] = {}
    for key, body in node.items:
        if (slug := tag_slug(key.text)) not in topics:
            continue
        for text, line in _names_and_aliases(key, body):
            claim = tag_slug(text)
            if not claim or claim in topics:
                continue
            owner, first_text, first_line = claimed.setdefault(claim, (slug, text, line))
            if owner != slug:
                errors.append(ConfigError(shown, line, f"topic '{key.text}': '{text}' is already a name or alias of topic "
                                                       f"'{owner}' ('{first_text}' on line {first_line}); a tag so spelt "
                                                       "would go to one of them: keep it on one topic only"))
    return errors


def _names_and_aliases(key: Y.Scalar, body: Y.Node) -> list[tuple[str, int]]:
    fields = {k.text: v for k, v in body.items} if isinstance(body, Y.Map) else {}
    name, aliases = fields.get("name"), fields.get("aliases")
    found = [(name.text, name.line) if isinstance(name, Y.Scalar) and not name.null else (key.text, key.line)]
    items = aliases.items if isinstance(aliases, Y.Seq) else ()
    return found + [(i.text, i.line) for i in items if isinstance(i, Y.Scalar) and i.text.strip()]


def unclosed_directions(root: Y.Node | None, text: str, shown: str) -> list[ConfigError]:
    """Values that open a direction control and leave it open (site.title, a topic's name): on
    every page they turn around the text beside them; front matter refuses them too."""
    return [ConfigError(shown, n.line, f"'{n.text[:60]}' opens the direction control {code} and does not close it; "
                                       "it would turn around the text beside it on every page", n.col)
            for n, code in (Y.unclosed_bidi_scalars(root) if Y.BIDI_CONTROLS.search(text) else ())]


def check_ingest_rules(node: Y.Node, shown: str) -> list[ConfigError]:
    if isinstance(node, Y.Scalar) and node.null:
        return []
    if not isinstance(node, Y.Map):
        return [ConfigError(shown, node.line, f"'ingest_rules' must be a mapping of settings "
                                              f"({', '.join(INGEST_RULES)}), got {Y.describe(node)}")]
    errors: list[ConfigError] = []
    for key, value in node.items:
        kind = INGEST_RULES.get(key.text)
        name = f"ingest_rules.{key.text}"
        if kind is None:
            errors.append(ConfigError(shown, key.line, f"unknown setting '{name}' (known: {', '.join(sorted(INGEST_RULES))})"))
        elif isinstance(value, Y.Scalar) and value.null:
            continue
        elif kind == "count":
            if not (isinstance(value, Y.Scalar) and re.fullmatch(r"[0-9]{1,2}", value.text) and int(value.text) <= 50):
                errors.append(ConfigError(shown, value.line, f"'{name}' must be {_WHAT[kind]}, got {_shown(value)}"))
        elif not (isinstance(value, Y.Seq) and all(isinstance(i, Y.Scalar) for i in value.items)):
            errors.append(ConfigError(shown, value.line, f"'{name}' must be {_WHAT[kind]}, got {_shown(value)}"))
        elif kind == "patterns":
            errors.extend(_pattern_problems(value, name, shown))
    return errors


def _pattern_problems(items: Y.Seq, name: str, shown: str) -> list[ConfigError]:
    errors = []
    for item in items.items:
        try:
            re.compile(item.text, re.I)
        except re.error as exc:
            errors.append(ConfigError(shown, item.line, f"'{name}': '{item.text}' is not a regular expression "
                                                        f"({exc.msg} at character {(exc.pos or 0) + 1})", item.col))
    return errors


def _shown(node: Y.Node) -> str:
    return f"'{node.text}'" if isinstance(node, Y.Scalar) else Y.describe(node)
