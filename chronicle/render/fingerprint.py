"""Fingerprints of what a page shows, so a rebuild re-renders only pages whose inputs changed.

An article stands for its version (its file's identity plus the code and config salt), so a
topic page changes when one of its articles does, and an article page when its neighbours or
related articles do. Everything else in a page's context is encoded by value.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
from collections.abc import Mapping
from typing import Any

from markupsafe import Markup

from ..model import ArticleSummary


class Fingerprinter:
    def __init__(self, versions: Mapping[tuple[str, str], str], salt: str):
        self.versions = versions
        self.salt = salt
        self._memo: dict[int, tuple[object, str]] = {}  # id -> (object kept alive, digest)

    def forget(self) -> None:
        """Lets go of the objects digested so far (the memo keeps them alive: every topic's
        months, about 1.8 KB an article once the pages are rendered); digested again if asked."""
        self._memo.clear()

    def page(self, template: str, path: str, context: Mapping[str, Any]) -> str:
        parts: list[str] = [self.salt, template, path]
        self._encode(context, parts)
        return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()

    def value(self, obj: Any) -> str:
        parts: list[str] = []
        self._encode(obj, parts)
        return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()

    def _encode(self, obj: Any, out: list[str]) -> None:
        # which branch a value takes depends on its type alone: decided once per type (a title
        # edit fingerprints every page, some 700,000 values at 10,000 articles)
        kind = _KINDS.get(type(obj)) or _kind_of(type(obj))
        if kind == "s":
            out.append("s" + obj)
        elif kind == "A":   # a summary or an article: by its version
            out.append("A" + self._article(obj))
        elif kind == "[":
            out.append("[")
            for item in obj:
                self._encode(item, out)
            out.append("]")
        elif kind == "v":
            out.append("v" + repr(obj))
        elif kind == "{":
            out.append("{")
            for key in sorted(obj, key=str):
                out.append("k" + str(key))
                self._encode(obj[key], out)
            out.append("}")
        elif kind == "D":
            out.append("D" + self._dataclass(obj))
        else:
            out.append("r" + repr(obj))

    def _article(self, obj: ArticleSummary) -> str:
        return self.versions[(obj.kind, obj.slug)] + obj.title   # drafts change the title

    def _dataclass(self, obj: Any) -> str:
        """Topics, months and years appear on many pages: each digested once per build."""
        memo = self._memo.get(id(obj))
        if memo is None:
            inner: list[str] = ["D" + type(obj).__name__]
            for name in _field_names(type(obj)):
                inner.append("k" + name)
                self._encode(getattr(obj, name), inner)
            memo = (obj, hashlib.sha256("\x1f".join(inner).encode("utf-8", "surrogatepass")).hexdigest())
            self._memo[id(obj)] = memo
        return memo[1]


_KINDS: dict[type, str] = {}


def _kind_of(cls: type) -> str:
    """The branch of Fingerprinter._encode for values of `cls`, in the order the checks were
    written (a summary before a dataclass, a string before a sequence)."""
    if issubclass(cls, ArticleSummary):
        kind = "A"
    elif issubclass(cls, (str, Markup)):
        kind = "s"
    elif cls is type(None) or issubclass(cls, (bool, int, float, dt.date)):
        kind = "v"
    elif issubclass(cls, Mapping):
        kind = "{"
    elif issubclass(cls, (list, tuple)):
        kind = "["
    elif dataclasses.is_dataclass(cls):
        kind = "D"
    else:
        kind = "r"
    _KINDS[cls] = kind
    return kind


@functools.lru_cache(maxsize=None)
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))
