"""Article pages whose inputs are as the last build's keep their fingerprints without being
planned or fingerprinted again: a title edit planned and fingerprinted all 10,000 article pages
(some 400,000 values encoded) to render the twenty that show the article.

An article page is a function of its `plan.ArticleInputs` and of what every page shares (the
fingerprint's salt and base). Its fingerprint is therefore fixed by (1) its inputs with every
article in them replaced by its page path (the page's key: its neighbours, related articles,
thread with its dates and sources, topic links, and its own body's digest) and (2) what each
article in them shows (its version and title, as fingerprint.py encodes it). The full build
keeps (1) for every article page and (2) for every article (`state.PageKeys`); a page whose key
and whose articles' versions are all as kept, under the same salt and base, has the last build's
fingerprint. Keys are made by walking the inputs generically (dataclasses field by field), so an
input added to ArticleInputs, Thread or TopicLink is in the key by construction.
"""
from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Mapping
from typing import Any, Callable

from ..build.state import PageKeys
from .fingerprint import KINDS, kind_of
from .plan import ArticleInputs, Deferred, article_inputs, topic_links


class _Keys:
    """The key of a value (articles by their page path) and the articles it holds; dataclasses
    (a thread, a topic link) are keyed once per build."""

    def __init__(self) -> None:
        self._memo: dict[int, tuple[object, str, frozenset[str]]] = {}

    def of(self, value: Any, out: list[str], shown: set[str]) -> None:
        # the branches of fingerprint.Fingerprinter._encode, decided once per type
        kind = KINDS.get(type(value)) or kind_of(type(value))
        if kind == "A":
            out.append("A" + value.page_path)
            shown.add(value.page_path)
        elif kind == "s":
            out.append("s" + value)
        elif kind == "[":
            out.append("[")
            for item in value:
                self.of(item, out, shown)
            out.append("]")
        elif kind == "v":
            out.append("v" + repr(value))
        elif kind == "{":
            out.append("{")
            for key in sorted(value, key=str):
                out.append("k" + str(key))
                self.of(value[key], out, shown)
            out.append("}")
        elif kind == "D":
            digest, held = self._dataclass(value)
            out.append("D" + digest)
            shown |= held
        else:
            out.append("r" + repr(value))

    def _dataclass(self, value: Any) -> tuple[str, frozenset[str]]:
        memo = self._memo.get(id(value))
        if memo is None:
            inner: list[str] = ["D" + type(value).__name__]
            held: set[str] = set()
            for f in dataclasses.fields(value):
                inner.append("k" + f.name)
                self.of(getattr(value, f.name), inner, held)
            memo = (value, _digest(inner), frozenset(held))
            self._memo[id(value)] = memo
        return memo[1], memo[2]


def _digest(parts: list[str]) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:32]


def page_key(keys: _Keys, inputs: ArticleInputs, body: str) -> tuple[str, set[str]]:
    """(the page's key, the page paths of the articles it shows)."""
    out, shown = ["b" + body], set()
    for name in ArticleInputs._fields:
        out.append("k" + name)
        keys.of(getattr(inputs, name), out, shown)
    return _digest(out), shown


def article_plans(index: Any, base: str, versions: Mapping[tuple[str, str], str],
                  body_digest: Callable[[str], str], last: PageKeys | None,
                  reusable: Callable[[str], bool]) -> tuple[list[ArticleInputs | Deferred], PageKeys]:
    """Each article page's inputs, or Deferred when its fingerprint is the last build's
    (`reusable(path)`: the last build has its fingerprint and its file as written); the keys
    the next build compares with."""
    links = topic_links(index)
    tokens = {a.page_path: versions[(a.kind, a.slug)] + "\x1f" + a.title for a in index.articles}
    same_base = last is not None and last.base == base
    changed = {p for p, t in tokens.items() if last.versions.get(p) != t} if same_base else set()
    keys, made, plans = _Keys(), {}, []
    for article in index.articles:
        inputs = article_inputs(index, article, links)
        page = article.page_path
        made[page], shown = page_key(keys, inputs, body_digest(page))
        if same_base and last.keys.get(page) == made[page] and not (shown & changed) and reusable(page):
            plans.append(Deferred(page))
        else:
            plans.append(inputs)
    return plans, PageKeys(base, made, tokens)
