"""Checks of config.yaml beyond each setting's type, made on its nodes so that each problem has
its line: names and aliases two topics share, direction controls left open, and the
`ingest_rules:` section, which ingest reads from `Config.raw` (a value of another shape, or a
pattern that is no regular expression, was a traceback there), and `RulePattern`, how ingest
runs the section's patterns: each match bounded in time, since one pattern that backtracks without
end (`(a|aa)+$`) hung ingest for ever on the first line it nearly matched."""
from __future__ import annotations

import re
import time
from pathlib import Path

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
            # (or written as a YAML escape, "\u202eFoo": not in the file's text as the character)
            for n, code in (Y.unclosed_bidi_scalars(root) if Y.BIDI_CONTROLS.search(text) or "\\u" in text or "\\U" in text else ())]


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
        elif any(i.null or not i.text.strip() for i in value.items):   # ('- ~' was None in ingest: a traceback)
            empty = next(i for i in value.items if i.null or not i.text.strip())
            errors.append(ConfigError(shown, empty.line, f"'{name}' holds an empty entry; remove it", empty.col))
        elif kind == "patterns":
            errors.extend(_pattern_problems(value, name, shown))
    return errors


def rule_texts(node: Y.Node) -> dict[str, object]:
    """`ingest_rules` as ingest reads it (Config.raw), once check_ingest_rules found it right: each
    entry the text typed, the count a number. YAML's types had made '1', 'yes' and '1e3' the values
    1, True and 1000.0: a TypeError traceback in ingest, or a phrase no one wrote."""
    if not isinstance(node, Y.Map):
        return {}
    return {key.text: [i.text for i in value.items] if isinstance(value, Y.Seq) else
            int(value.text) if INGEST_RULES.get(key.text) == "count" else value.text
            for key, value in node.items if not (isinstance(value, Y.Scalar) and value.null)}


MAX_REPEAT = 10_000
_REPEAT = re.compile(r"\{(\d+)(?:,(\d*))?\}")   # a counted repeat, '{3}' or '{2,5}' (an escaped brace counted too)


def _pattern_problems(items: Y.Seq, name: str, shown: str) -> list[ConfigError]:
    if not items.items:   # ('promo_patterns: []', as the default config.yaml has it)
        return []
    import regex   # here, not at the top: every build and ingest reads the config, few have patterns (~40 ms)
    errors = []
    for item in items.items:
        count = max((int(n) for m in _REPEAT.finditer(item.text) for n in m.groups() if n), default=0)
        if count > MAX_REPEAT:   # compiled, 'a{99999999}' took gigabytes: a MemoryError, or the machine's memory
            errors.append(ConfigError(shown, item.line, f"'{name}': '{item.text}' repeats {count:,} times; "
                                                        f"at most {MAX_REPEAT:,}", item.col))
            continue
        try:
            re.compile(item.text, re.I)    # Python's syntax, as the setting is documented
            regex.compile(item.text, regex.I | regex.V0)   # and what RulePattern runs it with
        except (re.error, regex.error) as exc:
            errors.append(ConfigError(shown, item.line, f"'{name}': '{item.text}' is not a regular expression "
                                                        f"({exc.msg} at character {(exc.pos or 0) + 1})", item.col))
    return errors


class RulePattern:
    """A pattern of `ingest_rules` as ingest runs it (case-insensitive, like the built-in ones): by
    the `regex` package, whose matches take a timeout, since Python's `re` cannot be stopped. One
    match may take SECONDS (a line of a digest is matched in microseconds), all of a pattern's
    matches in one run BUDGET; past either, a ConfigError at the pattern's line. Not deterministic
    in where it stops, but only for a pattern that would otherwise have hung."""

    SECONDS = 1.0
    BUDGET = 30.0

    def __init__(self, text: str, setting: str, config_path: str):
        import regex
        self.pattern = text
        self._compiled = regex.compile(text, regex.I | regex.V0)
        self._where = (setting, config_path)
        self._spent = 0.0

    def search(self, text: str):
        return self._bounded(self._compiled.search, text)

    def fullmatch(self, text: str):
        return self._bounded(self._compiled.fullmatch, text)

    def _bounded(self, match, text: str):
        started = time.perf_counter()
        try:
            return match(text, timeout=max(0.01, min(self.SECONDS, self.BUDGET - self._spent)))
        except TimeoutError:
            setting, path = self._where
            raise ConfigError(path, rule_line(path, setting, self.pattern),
                              f"'ingest_rules.{setting}': '{self.pattern}' did not finish in time on a line of "
                              f"{len(text)} characters: it backtracks without end (a repetition of alternatives or "
                              "repetitions that can match the same text, such as (a|aa)+ or (a+)+); write it so each "
                              "character can be matched one way only") from None
        finally:
            self._spent += time.perf_counter() - started


def rule_patterns(rules: dict, setting: str, config_path: str) -> list[RulePattern]:
    """The patterns of ingest_rules.<setting> (a list, checked by load_config), as ingest runs them."""
    return [RulePattern(p, setting, config_path) for p in rules.get(setting) or ()]


def rule_line(config_path: str, setting: str, pattern: str) -> int | None:
    """The line of `pattern` under ingest_rules.<setting>, read again for the message that needs it."""
    try:
        text = Path(config_path).read_bytes().decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
        root = Y.parse(text, limit=Y.MAX_CONFIG_NODES)
    except (OSError, UnicodeDecodeError, Y.YamlProblem):
        return None
    for node in _children(root, "ingest_rules", setting):
        if isinstance(node, Y.Seq):
            return next((i.line for i in node.items if isinstance(i, Y.Scalar) and i.text == pattern), node.line)
    return None


def _children(root: Y.Node | None, *keys: str) -> list[Y.Node]:
    here = [root]
    for key in keys:
        here = [v for m in here if isinstance(m, Y.Map) for k, v in m.items if k.text == key]
    return here


def _shown(node: Y.Node) -> str:
    return f"'{node.text}'" if isinstance(node, Y.Scalar) else Y.describe(node)


_LEAST = {"listing_size": (1, "articles per listing page"),
          "search_partition": (16, "articles per search partition; smaller ones make a query load more files"),
          "search_overlay_above": (0, "pages a search partition may have before a body edit goes to the overlay")}


# related_count multiplies the whole site: every article page lists that many others (9,999,999 made
# 2,000 articles a 192 MB site in 22 s, each page listing all the others); the home page and the
# feeds would grow with the archive past their budgets (no page over 150 KB; a feed a reader's app
# can take)
_MOST = {"related_count": (100, "related articles on each article page"),
         "home_latest": (100, "latest articles on the home page"),
         "home_topics": (100, "topics on the home page"),
         "feed_entries": (1000, "entries in each feed")}


def check_bounds(name: str, value: object, node: Y.Node) -> None:
    """A build setting's least and most, at its line."""
    if name in _LEAST and value < _LEAST[name][0]:
        least, what = _LEAST[name]
        raise Y.YamlProblem(node.line, f"'build.{name}' must be at least {least} ({what}), got {value}")
    if name in _MOST and value > _MOST[name][0]:
        most, what = _MOST[name]
        raise Y.YamlProblem(node.line, f"'build.{name}' must be at most {most} ({what}), got {value}")
