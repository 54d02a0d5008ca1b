"""Fingerprints of what a page shows, so a rebuild re-renders only pages whose inputs changed.

An article stands for its version (its file's identity plus the code and config salt), so a
topic page changes when one of its articles does, and an article page when its neighbours or
related articles do. Everything else in a page's context is encoded by value.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
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

    def page(self, template: str, path: str, context: Mapping[str, Any]) -> str:
        parts: list[str] = [self.salt, template, path]
        self._encode(context, parts)
        return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()

    def value(self, obj: Any) -> str:
        parts: list[str] = []
        self._encode(obj, parts)
        return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()

    def _encode(self, obj: Any, out: list[str]) -> None:
        if isinstance(obj, ArticleSummary):   # a summary or an article: by its version
            out.append("A" + self.versions[(obj.kind, obj.slug)] + obj.title)  # drafts change the title
        elif isinstance(obj, (str, Markup)):
            out.append("s" + obj)
        elif obj is None or isinstance(obj, (bool, int, float, dt.date)):
            out.append("v" + repr(obj))
        elif isinstance(obj, Mapping):
            out.append("{")
            for key in sorted(obj, key=str):
                out.append("k" + str(key))
                self._encode(obj[key], out)
            out.append("}")
        elif isinstance(obj, (list, tuple)):
            out.append("[")
            for item in obj:
                self._encode(item, out)
            out.append("]")
        elif dataclasses.is_dataclass(obj):
            # topics, months and years appear on many pages: digest each once per build
            memo = self._memo.get(id(obj))
            if memo is None:
                inner: list[str] = ["D" + type(obj).__name__]
                for f in dataclasses.fields(obj):
                    inner.append("k" + f.name)
                    self._encode(getattr(obj, f.name), inner)
                memo = (obj, hashlib.sha256("\x1f".join(inner).encode("utf-8", "surrogatepass")).hexdigest())
                self._memo[id(obj)] = memo
            out.append("D" + memo[1])
        else:
            out.append("r" + repr(obj))
