"""The build cache's files: typed values written as JSON and read back only as the declared type.

A cache restored by CI is input, and pickle runs whatever a crafted file names. Here a file is
JSON, and `Codec(T)` turns it back into exactly what the type T declares (frozen dataclasses
field by field, tuples, mappings, dates, bytes) or raises StateError, which the cache treats as
no cache. Nothing read from the cache folder is unpickled, imported or run.

File layout: a first line `{"format": FORMAT, "schema": <digest of T's shape>, "parts": n}`, then
n lines of JSON, one part each (a big mapping is written a batch at a time so that neither side
holds one giant string), and the SHA-256 of everything before it: a truncated, edited or foreign
file is refused before anything is decoded.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import itertools
import json
import types
import typing
from collections.abc import Mapping
from functools import lru_cache
from typing import Any, Callable, Iterable

FORMAT = 3


class StateError(ValueError):
    """A cache file that is not what this version of Chronicle wrote."""


Convert = Callable[[Any], Any]


def _exact(kind: type) -> Convert:
    def check(value: Any) -> Any:
        if type(value) is not kind:
            raise StateError(f"expected {kind.__name__}, found {type(value).__name__}")
        return value
    return check


def _number(value: Any) -> float:
    if type(value) not in (int, float):
        raise StateError(f"expected a number, found {type(value).__name__}")
    return float(value)


def _plain(value: Any) -> Any:
    """`Any` holds what front matter holds (chronicle/source/yamlnodes.plain): JSON's own types,
    which is all json.loads can make."""
    return value


def _date(value: Any) -> dt.date:
    try:
        return dt.date.fromisoformat(_exact(str)(value))
    except ValueError as error:
        raise StateError(str(error)) from None


def _bytes(value: Any) -> bytes:
    try:
        return bytes.fromhex(_exact(str)(value))
    except ValueError as error:
        raise StateError(str(error)) from None


def _sequence(item: Convert, make: type, length: int | None = None) -> Convert:
    def convert(value: Any) -> Any:
        if type(value) is not list or (length is not None and len(value) != length):
            raise StateError(f"expected a list of {length or 'any'} items")
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


def _optional(item: Convert) -> Convert:
    return lambda value: None if value is None else item(value)


def _record(cls: type) -> Convert:
    hints = typing.get_type_hints(cls)
    names = [f.name for f in dataclasses.fields(cls)]
    items = [decoder(hints[name]) for name in names]

    def convert(value: Any) -> Any:
        if type(value) is not list or len(value) != len(items):
            raise StateError(f"expected the {len(items)} fields of {cls.__name__}")
        return cls(*(f(v) for f, v in zip(items, value)))
    return convert


_SCALARS: dict[Any, Convert] = {str: _exact(str), int: _exact(int), bool: _exact(bool), float: _number,
                                bytes: _bytes, dt.date: _date, Any: _plain}


def _uniform_map(leaf: type, length: int | None, tuples: bool, make: Callable[[dict], Any]) -> Convert:
    """Mapping[str, leaf] or Mapping[str, tuple[leaf, ...]], checked a column at a time rather than
    a value at a time: the state holds four such maps of 10,000 entries, read by every build."""
    def convert(value: Any) -> Any:
        if type(value) is not dict or not set(map(type, value)) <= {str}:
            raise StateError("expected an object")
        items: Any = value.values()
        if tuples:
            if not set(map(type, items)) <= {list}:
                raise StateError("expected lists")
            items = list(map(tuple, items))
            if length is not None and not set(map(len, items)) <= {length}:
                raise StateError(f"expected lists of {length}")
            leaves = itertools.chain.from_iterable(items)
        else:
            leaves = items
        if not set(map(type, leaves)) <= {leaf}:
            raise StateError(f"expected {leaf.__name__} values")
        return make(dict(zip(value, items)) if tuples else value)
    return convert


def _map_decoder(item: Any, make: Callable[[dict], Any]) -> Convert:
    args = typing.get_args(item)
    if item in (str, int):
        return _uniform_map(item, None, False, make)
    if typing.get_origin(item) is tuple and len(args) == 2 and args[0] in (str, int) and args[1] is Ellipsis:
        return _uniform_map(args[0], None, True, make)
    if typing.get_origin(item) is tuple and set(args) == {int}:
        return _uniform_map(int, len(args), True, make)
    return _mapping(decoder(str), decoder(item), make)


@lru_cache(maxsize=None)
def decoder(hint: Any) -> Convert:
    """The function that turns JSON into `hint`, checking every value on the way."""
    if hint in _SCALARS:
        return _SCALARS[hint]
    if dataclasses.is_dataclass(hint):
        return _record(hint)
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (types.UnionType, typing.Union) and len(args) == 2 and type(None) in args:
        return _optional(decoder(next(a for a in args if a is not type(None))))
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return _sequence(decoder(args[0]), tuple)
        return _fixed_tuple(tuple(decoder(a) for a in args))
    if origin is frozenset:
        return _sequence(decoder(args[0]), frozenset)
    if origin in (dict, Mapping) and args[0] is str:
        return _map_decoder(args[1], dict if origin is dict else types.MappingProxyType)
    raise TypeError(f"the cache cannot hold {hint!r}")   # a programming error, found by the tests


def _same(value: Any) -> Any:
    """JSON as it is: json.dumps writes tuples as arrays and reads any mapping's items."""
    return value


def _encode_record(cls: type) -> Convert:
    hints = typing.get_type_hints(cls)
    items = [(f.name, encoder(hints[f.name])) for f in dataclasses.fields(cls)]
    return lambda value: [f(getattr(value, name)) for name, f in items]


@lru_cache(maxsize=None)
def encoder(hint: Any) -> Convert:
    """The function that turns a value of `hint` into what json.dumps writes and decoder reads."""
    if hint in (str, int, bool, float, Any):
        return _same
    if hint is bytes:
        return bytes.hex
    if hint is dt.date:
        return dt.date.isoformat
    if dataclasses.is_dataclass(hint):
        return _encode_record(hint)
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
    """A value of a declared type as JSON (the decoder knows the type, so no tags are needed)."""
    return encoder(hint)(value)


def schema(hint: Any) -> str:
    """A digest of the shape of a type: a file written for another shape is refused unread."""
    def shape(h: Any) -> Any:
        if dataclasses.is_dataclass(h):
            hints = typing.get_type_hints(h)
            return [h.__name__, [(f.name, shape(hints[f.name])) for f in dataclasses.fields(h)]]
        args = typing.get_args(h)
        return [repr(typing.get_origin(h) or h), [shape(a) for a in args]] if args else repr(h)
    return hashlib.sha256(json.dumps(shape(hint)).encode()).hexdigest()[:16]


def line(part: Any) -> bytes:
    """One encoded part as a line of the file."""
    return json.dumps(part, separators=(",", ":")).encode() + b"\n"


def dump_lines(hint: Any, count: int, lines: Iterable[bytes]) -> Iterable[bytes]:
    """A cache file holding `count` parts of type `hint` (each a `line`, made when needed), digest last."""
    header = json.dumps({"format": FORMAT, "schema": schema(hint), "parts": count}).encode() + b"\n"
    digest = hashlib.sha256(header)
    yield header
    for data in lines:
        digest.update(data)
        yield data
    yield digest.hexdigest().encode()


def load_lines(hint: Any, data: bytes) -> list[bytes]:
    """The parts of a cache file as JSON text, after its digest, header and shape are checked
    (each is parsed when needed)."""
    body, _, tail = data.rpartition(b"\n")
    if hashlib.sha256(body + b"\n").hexdigest().encode() != tail:
        raise StateError("digest does not match (truncated or edited)")
    lines = body.split(b"\n")
    try:
        header = json.loads(lines[0])
    except ValueError as error:
        raise StateError(str(error)) from None
    if header != {"format": FORMAT, "schema": schema(hint), "parts": len(lines) - 1}:
        raise StateError("another format")
    return lines[1:]


def parse(text: bytes) -> Any:
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as error:
        raise StateError(str(error)) from None


def load_parts(hint: Any, data: bytes) -> list[Any]:
    """The JSON parts of a cache file, after its digest, header and shape are checked."""
    return [parse(text) for text in load_lines(hint, data)]


def dumps(hint: Any, value: Any) -> bytes:
    return b"".join(dump_lines(hint, 1, [line(encode(hint, value))]))


def loads(hint: Any, data: bytes) -> Any:
    parts = load_parts(hint, data)
    if len(parts) != 1:
        raise StateError("expected one part")
    return decoder(hint)(parts[0])
