"""Typed values to plain data (maps, lists, strings, numbers, bytes: what CBOR holds): the half
of chronicle/build/plaindata.py that writes, whose decoder reads back exactly what this wrote."""
from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from collections.abc import Mapping
from functools import lru_cache
from typing import Any, Callable

Convert = Callable[[Any], Any]


def _same(value: Any) -> Any:
    """As it is: CBOR writes tuples as arrays."""
    return value


def _encode_dataclass(cls: type) -> Convert:
    hints = typing.get_type_hints(cls)
    items = [(f.name, encoder(hints[f.name])) for f in dataclasses.fields(cls)]
    return lambda value: [f(getattr(value, name)) for name, f in items]


@lru_cache(maxsize=None)
def encoder(hint: Any) -> Convert:
    """The function that turns a value of `hint` into what cbor2 writes and decoder reads."""
    if hint in (str, int, bool, float, bytes, Any):
        return _same
    if hint is dt.date:
        return dt.date.isoformat
    if dataclasses.is_dataclass(hint):
        return _encode_dataclass(hint)
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (types.UnionType, typing.Union):
        item = encoder(next(a for a in args if a is not type(None)))
        return _same if item is _same else (lambda value: None if value is None else item(value))
    if origin is tuple:
        items = [encoder(a) for a in args if a is not Ellipsis]
        if all(f is _same for f in items):
            return _same
        if args[-1] is Ellipsis:
            return lambda value: list(map(items[0], value))
        return lambda value: [f(v) for f, v in zip(items, value)]
    if origin is frozenset:
        item = encoder(args[0])
        return lambda value: sorted(map(item, value))
    if origin in (dict, Mapping):
        item = encoder(args[1])
        return dict if item is _same else (lambda value: {k: item(v) for k, v in value.items()})
    raise TypeError(f"the cache cannot hold {hint!r}")


def encode(hint: Any, value: Any) -> Any:
    """A value of a declared type as plain data (the decoder knows the type, so no tags are needed)."""
    return encoder(hint)(value)
