"""A minimal CBOR (RFC 8949) codec: just what Pagefind's index files use.

Pagefind writes its metadata and filter files as gzip'd CBOR (definite-length arrays, maps,
unsigned and negative integers, text and byte strings, booleans, null). We decode them, sort
what Pagefind leaves in hash-map order, and encode them again in the shortest form, which is
also what Pagefind's own encoder (minicbor) writes. No floats, tags or indefinite lengths:
meeting one is an error rather than a silent corruption.
"""
from __future__ import annotations

from typing import Any


class CborError(ValueError):
    pass


def loads(data: bytes) -> Any:
    value, end = _decode(data, 0)
    if end != len(data):
        raise CborError(f"{len(data) - end} trailing bytes after the CBOR value")
    return value


def _argument(data: bytes, pos: int, info: int) -> tuple[int, int]:
    if info < 24:
        return info, pos
    size = {24: 1, 25: 2, 26: 4, 27: 8}.get(info)
    if size is None:
        raise CborError(f"unsupported CBOR length encoding {info} at byte {pos - 1}")
    if pos + size > len(data):
        raise CborError("truncated CBOR data")
    return int.from_bytes(data[pos:pos + size], "big"), pos + size


def _decode(data: bytes, pos: int) -> tuple[Any, int]:
    if pos >= len(data):
        raise CborError("truncated CBOR data")
    initial = data[pos]
    major, info = initial >> 5, initial & 0x1F
    pos += 1
    if major == 7:
        simple = {20: False, 21: True, 22: None}
        if info in simple:
            return simple[info], pos
        raise CborError(f"unsupported CBOR simple value {info}")
    arg, pos = _argument(data, pos, info)
    if major == 0:
        return arg, pos
    if major == 1:
        return -1 - arg, pos
    if major in (2, 3):
        chunk = data[pos:pos + arg]
        if len(chunk) != arg:
            raise CborError("truncated CBOR string")
        return (bytes(chunk) if major == 2 else chunk.decode("utf-8")), pos + arg
    if major == 4:
        items = []
        for _ in range(arg):
            item, pos = _decode(data, pos)
            items.append(item)
        return items, pos
    if major == 5:
        pairs = []
        for _ in range(arg):
            key, pos = _decode(data, pos)
            value, pos = _decode(data, pos)
            pairs.append((key, value))
        return CborMap(pairs), pos
    raise CborError(f"unsupported CBOR major type {major}")


class CborMap(list):
    """A CBOR map kept as its list of (key, value) pairs, so its order is ours to choose."""


def dumps(value: Any) -> bytes:
    out = bytearray()
    _encode(value, out)
    return bytes(out)


def _head(major: int, arg: int, out: bytearray) -> None:
    if arg < 24:
        out.append(major << 5 | arg)
    elif arg < 1 << 8:
        out += bytes([major << 5 | 24, arg])
    elif arg < 1 << 16:
        out.append(major << 5 | 25)
        out += arg.to_bytes(2, "big")
    elif arg < 1 << 32:
        out.append(major << 5 | 26)
        out += arg.to_bytes(4, "big")
    else:
        out.append(major << 5 | 27)
        out += arg.to_bytes(8, "big")


def _encode(value: Any, out: bytearray) -> None:
    if value is False or value is True or value is None:
        out.append({False: 0xF4, True: 0xF5, None: 0xF6}[value])
    elif isinstance(value, int):
        if value >= 0:
            _head(0, value, out)
        else:
            _head(1, -1 - value, out)
    elif isinstance(value, str):
        raw = value.encode("utf-8")
        _head(3, len(raw), out)
        out += raw
    elif isinstance(value, (bytes, bytearray)):
        _head(2, len(value), out)
        out += value
    elif isinstance(value, CborMap):
        _head(5, len(value), out)
        for key, item in value:
            _encode(key, out)
            _encode(item, out)
    elif isinstance(value, (list, tuple)):
        _head(4, len(value), out)
        for item in value:
            _encode(item, out)
    else:
        raise CborError(f"cannot encode {type(value).__name__} as CBOR")
