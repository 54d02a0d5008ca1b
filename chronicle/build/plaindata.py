"""Typed values to and from plain data (maps, lists, strings, numbers, bytes: what CBOR holds).

`encoder(T)` (plainencode.py) and `decoder(T)` are made once per type from its annotations:
frozen dataclasses field by field (as lists, in field order), tuples, frozensets, mappings with
string keys, dates, bytes, optional values, and `Any` for front matter extras. The decoder builds
exactly what T declares or raises StateError: a value of any other type, however it got into the
file, is refused. Maps of leaves and of fixed tuples of leaves (stat keys, records, body slots)
are checked a column at a time, since the state holds several of 10,000 entries; so are maps of
dataclasses (the article cache's 30,000 records), a field at a time.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import types
import typing
from collections.abc import Mapping
from functools import lru_cache
from typing import Any, Callable, Iterable

from .plainencode import encode, encoder   # noqa: F401  (the cache's users import both halves from here)


class StateError(ValueError):
    """A cache file that is not what this version of Chronicle wrote."""


Convert = Callable[[Any], Any]


def _exact(kind: type) -> Convert:
    return _one_of((kind,))


def _number(value: Any) -> float:
    if type(value) not in (int, float):
        raise StateError(f"expected a number, found {type(value).__name__}")
    return float(value)


_PLAIN = (str, int, float, bool, type(None))


def _plain(value: Any) -> Any:
    """`Any` holds what front matter holds (chronicle/source/yamlnodes.plain: strings, numbers,
    booleans, None, lists and maps of them); a value of another type, which only a forged file
    holds, is refused."""
    if type(value) in _PLAIN:
        return value
    if type(value) is list:
        return [_plain(v) for v in value]
    if type(value) is dict and set(map(type, value)) <= {str}:
        return {k: _plain(v) for k, v in value.items()}
    raise StateError(f"unexpected {type(value).__name__}")


def _date(value: Any) -> dt.date:
    try:
        return dt.date.fromisoformat(_exact(str)(value))
    except ValueError as error:
        raise StateError(str(error)) from None


def _sequence(item: Convert, make: type) -> Convert:
    def convert(value: Any) -> Any:
        if type(value) is not list:
            raise StateError("expected a list")
        return make(map(item, value))
    return convert


def _fixed_tuple(items: tuple[Convert, ...]) -> Convert:
    def convert(value: Any) -> tuple:
        if type(value) is not list or len(value) != len(items):
            raise StateError(f"expected a list of {len(items)} items")
        return tuple(f(v) for f, v in zip(items, value))
    return convert


def _mapping(key: Convert, item: Convert, make: Callable[[dict], Any]) -> Convert:
    def convert(value: Any) -> Any:
        if type(value) is not dict:
            raise StateError("expected an object")
        return make({key(k): item(v) for k, v in value.items()})
    return convert


def _one_of(kinds: tuple[type, ...]) -> Convert:
    wanted = kinds[0].__name__ if len(kinds) == 1 else f"one of {', '.join(k.__name__ for k in kinds)}"

    def check(value: Any) -> Any:
        if type(value) not in kinds:
            raise StateError(f"expected {wanted}, found {type(value).__name__}")
        return value
    return check


def _optional(item: Convert) -> Convert:
    return lambda value: None if value is None else item(value)


def _dataclass(cls: type) -> Convert:
    hints = typing.get_type_hints(cls)
    names = [f.name for f in dataclasses.fields(cls)]
    items = [decoder(hints[name]) for name in names]

    def convert(value: Any) -> Any:
        if type(value) is not list or len(value) != len(items):
            raise StateError(f"expected the {len(items)} fields of {cls.__name__}")
        return cls(**{name: f(v) for name, f, v in zip(names, items, value)})   # by name: some fields are keyword-only
    return convert


_SCALARS: dict[Any, Convert] = {str: _exact(str), int: _exact(int), bool: _exact(bool), float: _number,
                                bytes: _exact(bytes), dt.date: _date, Any: _plain}


_LEAVES = (str, int, bytes)


def _check_leaves(values: Iterable[Any], kind: type) -> None:
    if not set(map(type, values)) <= {kind}:
        raise StateError(f"expected {kind.__name__} values")


def _rows(values: list[Any], kinds: tuple[type, ...]) -> list[tuple]:
    """Lists of fixed length and types, as tuples, checked a column at a time."""
    _check_leaves(values, list)
    rows = list(map(tuple, values))
    if not set(map(len, rows)) <= {len(kinds)}:
        raise StateError(f"expected lists of {len(kinds)}")
    for column, kind in zip(zip(*rows), kinds):
        _check_leaves(column, kind)
    return rows


def _shape(item: Any) -> tuple[str, Any] | None:
    """How a map's values can be checked a column at a time, if they can: a leaf, a tuple of one
    leaf type, a fixed tuple of leaves, or a tuple of such fixed tuples."""
    origin, args = typing.get_origin(item), typing.get_args(item)
    if item in _LEAVES:
        return "leaf", item
    if origin is not tuple:
        return None
    if len(args) == 2 and args[1] is Ellipsis:
        if args[0] in _LEAVES:
            return "many", args[0]
        inner = _shape(args[0])
        return ("many rows", inner[1]) if inner and inner[0] == "row" else None
    return ("row", args) if all(a in _LEAVES for a in args) else None


def _uniform_map(shape: tuple[str, Any], make: Callable[[dict], Any]) -> Convert:
    """Mapping[str, V] for the V that _shape knows, checked a column at a time rather than a value
    at a time: the state holds several such maps of 10,000 entries."""
    kind, of = shape

    def convert(value: Any) -> Any:
        if type(value) is not dict:
            raise StateError("expected an object")
        _check_leaves(value, str)
        values = list(value.values())
        if kind == "leaf":
            _check_leaves(values, of)
            return make(value)
        if kind == "row":
            return make(dict(zip(value, _rows(values, of))))
        _check_leaves(values, list)
        if kind == "many":
            _check_leaves(itertools.chain.from_iterable(values), of)
            return make(dict(zip(value, map(tuple, values))))
        flat = _rows(list(itertools.chain.from_iterable(values)), of)   # "many rows"
        out, at = {}, 0
        for key, count in zip(value, map(len, values)):
            out[key] = tuple(flat[at:at + count])
            at += count
        return make(out)
    return convert


def _map_decoder(item: Any, make: Callable[[dict], Any]) -> Convert:
    shape = _shape(item)
    if shape:
        return _uniform_map(shape, make)
    if dataclasses.is_dataclass(item):
        return _record_map(item, make)
    return _mapping(decoder(str), decoder(item), make)


Columns = Callable[[list], list]


@lru_cache(maxsize=None)
def _columns(hint: Any) -> Columns:
    """[plain value] -> [value of `hint`], every value checked as decoder(hint) checks it, but a
    field of many records at a time (the article cache holds 30,000 records at 10,000 articles:
    decoded one by one, a value at a time, they cost a title edit 0.3 s)."""
    if hint in _LEAVES or hint is bool:
        def leaves(values: list) -> list:
            _check_leaves(values, hint)
            return values
        return leaves
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (types.UnionType, typing.Union) and len(args) == 2 and type(None) in args:
        inner = _columns(next(a for a in args if a is not type(None)))

        def optional(values: list) -> list:
            present = [i for i, v in enumerate(values) if v is not None]
            out = [None] * len(values)
            for i, v in zip(present, inner([values[i] for i in present])):
                out[i] = v
            return out
        return optional
    if dataclasses.is_dataclass(hint):
        return _record_columns(hint)
    if origin is tuple and args and all(a in _LEAVES for a in args):   # a fixed tuple of leaves
        return lambda values: _rows(values, args)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis and args[0] in _LEAVES:
        def tuples(values: list) -> list:
            _check_leaves(values, list)
            _check_leaves(itertools.chain.from_iterable(values), args[0])
            return list(map(tuple, values))
        return tuples
    one = decoder(hint)
    return lambda values: list(map(one, values))


def _record_columns(cls: type) -> Columns:
    hints = typing.get_type_hints(cls)
    fields = dataclasses.fields(cls)
    columns = [_columns(hints[f.name]) for f in fields]
    by_place = [f.name for f in fields if not f.kw_only]
    by_name = [f.name for f in fields if f.kw_only]

    def convert(values: list) -> list:
        _check_leaves(values, list)
        if not set(map(len, values)) <= {len(columns)}:
            raise StateError(f"expected the {len(columns)} fields of {cls.__name__}")
        if not values:
            return []
        decoded = [f(list(column)) for f, column in zip(columns, zip(*values))]
        if not by_name:
            return list(map(cls, *decoded))
        rows = zip(*decoded[:len(by_place)])
        named = zip(*decoded[len(by_place):])
        return [cls(*row, **dict(zip(by_name, kw))) for row, kw in zip(rows, named)]
    return convert


def _record_map(cls: type, make: Callable[[dict], Any]) -> Convert:
    """Mapping[str, a dataclass], its records decoded a field at a time (_columns)."""
    records = _record_columns(cls)

    def convert(value: Any) -> Any:
        if type(value) is not dict:
            raise StateError("expected an object")
        _check_leaves(value, str)
        return make(dict(zip(value, records(list(value.values())))))
    return convert


@lru_cache(maxsize=None)
def decoder(hint: Any) -> Convert:
    """The function that turns plain data into `hint`, checking every value on the way."""
    if hint in _SCALARS:
        return _SCALARS[hint]
    if dataclasses.is_dataclass(hint):
        return _dataclass(hint)
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (types.UnionType, typing.Union) and len(args) == 2 and type(None) in args:
        return _optional(decoder(next(a for a in args if a is not type(None))))
    if origin in (types.UnionType, typing.Union) and all(a in _PLAIN for a in args):
        return _one_of(args)   # e.g. `bool | str` (a setting that is true, false or "auto")
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return _sequence(decoder(args[0]), tuple)
        return _fixed_tuple(tuple(decoder(a) for a in args))
    if origin is frozenset:
        return _sequence(decoder(args[0]), frozenset)
    if origin in (dict, Mapping) and args[0] is str:
        return _map_decoder(args[1], dict if origin is dict else types.MappingProxyType)
    raise TypeError(f"the cache cannot hold {hint!r}")   # a programming error, found by the tests


def decode(hint: Any, value: Any) -> Any:
    """`value` (plain data, as read from a file) as the type `hint`, or StateError."""
    try:
        return decoder(hint)(value)
    except RecursionError:   # a forged file nested deeper than any saved value
        raise StateError("nested too deeply") from None
