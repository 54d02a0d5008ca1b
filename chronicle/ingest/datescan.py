"""How when.py's date patterns are built, and which of them a text is worth trying.

A pattern that opens with a lookbehind is tried at every position of a line; a hint that opens
with a digit lets the regular expression engine skip ahead to the next digit, so a line is first
searched for what each form of date needs: a numeric date has digits on both sides of its
separator ('12.03.2025', '2025-03-02'), a date with a month name whitespace next to its day number
('March 3', '3 mars', '5 de marzo', '1er août'). tests/test_ingest_prefilters.py checks that
wherever a pattern matches, its hint does. (The lines of the 1 MB digest: 0.23 -> 0.15 s CPU.)
"""
from __future__ import annotations

import re
from typing import Iterable

from .hints import words_hint  # noqa: F401  (when.py's day words)

_SEPARATED_DIGITS = re.compile(r"\d[./-]\d")
FORM_HINTS = {"iso": _SEPARATED_DIGITS, "num": _SEPARATED_DIGITS,
              "mdy": re.compile(r"\s\d"), "dmy": re.compile(r"\d\S{0,2}\s"), "dmy,": re.compile(r"\d\S{0,2},")}


def alternation(words) -> str:
    """A regular expression for any of `words` (lowercase), longest first, as a tree of shared
    prefixes: it matches what 'longest|...|shortest' matches, but rejects most text positions at
    the first letter instead of trying every word there (month names are looked for in every line)."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def expr(node: dict) -> str:
        branches = [re.escape(ch) + expr(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        inner = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{inner})?" if "" in node else inner
    return expr(tree)


def forms_to_try(text: str, patterns: Iterable[tuple[str, re.Pattern]]) -> list[tuple[str, re.Pattern]]:
    """The (kind, pattern) pairs whose form's hint the text holds, in their order; a kind without
    a hint is always tried."""
    hinted: dict[re.Pattern, bool] = {}
    out = []
    for kind, rx in patterns:
        hint = FORM_HINTS.get(kind)
        if hint is None or hinted.setdefault(hint, hint.search(text) is not None):
            out.append((kind, rx))
    return out
