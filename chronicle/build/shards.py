"""The state's big maps kept by parts (issue 12): a body edit at 100,000 articles reads and
writes the few parts it changes, not 107 MB of state.

A map of str keys is cut into SHARDS pieces by a stable hash of the key (CRC-32: the same in every
process, unlike hash()). Each piece is a file of its own under a folder of the cache, named by
the SHA-256 of its bytes (CBOR of the piece, keys in code-point order: the same map always gives
the same bytes), so a piece that did not change is neither encoded nor written again, and two
builds share it. The small index of the state names every piece; a piece is read, checked
against its name and decoded (plaindata: exactly the declared type, every key in its own
shard) only when a key of it is asked for, and a piece that does not read raises StateError, which
the cache turns into "no cache" (cache.BuildCache.load_all, the quick path's try).

A `fold` kept per piece (a value the index holds, made again only for the pieces that changed)
gives a figure over the whole map without reading it: the offline summary's and the service
worker's digests, the site's size (build/sums.py).
"""
from __future__ import annotations

import hashlib
import os
import zlib
from collections.abc import Mapping, MutableMapping
from pathlib import Path
from typing import Any, Callable, Iterator

import cbor2

from . import plaindata

SHARDS = 256


def shard_of(key: str) -> int:
    return zlib.crc32(key.encode("utf-8", "surrogateescape")) % SHARDS


def split(items: Mapping[str, Any]) -> list[dict]:
    """The pieces of a map, each with its keys in code-point order."""
    pieces: list[list[str]] = [[] for _ in range(SHARDS)]
    crc = zlib.crc32   # shard_of, inlined: 100,000 calls of it were a tenth of a second
    for key in items:
        pieces[crc(key.encode("utf-8", "surrogateescape")) % SHARDS].append(key)
    return [{key: items[key] for key in sorted(keys)} for keys in pieces]


def piece_bytes(hint: Any, piece: dict) -> bytes:
    """A piece as stored (`piece`'s keys in code-point order, as split and Sharded keep them)."""
    return cbor2.dumps(plaindata.encode(dict[str, hint], piece))


def name_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def piece_name(hint: Any, piece: dict) -> str:
    """The name a piece is stored under; "" (no stored piece's) when CBOR cannot hold it (a
    file name that is not UTF-8: such a state is never saved, cache.BuildCache.save)."""
    try:
        return name_of(piece_bytes(hint, piece))
    except UnicodeEncodeError:
        return ""


def names_of(hint: Any, items: Mapping[str, Any]) -> list[str]:
    """The names the pieces of `items` would be stored under: comparing them with a stored map's
    tells which pieces differ without reading any (the scan's stat keys, the site's)."""
    return [piece_name(hint, piece) for piece in split(items)]


class Sharded(MutableMapping):
    """A read-only map in SHARDS pieces, each read from `folder` when first needed; its `copy`,
    changed, is the next version, sharing every piece it does not change."""

    def __init__(self, hint: Any, folder: Path | None, names: list[str | None], pieces: list[dict | None],
                 length: int, fold: Callable[[Mapping], Any] | None = None, folds: list[Any] | None = None):
        self.hint, self._folder, self._names, self._pieces, self._length = hint, folder, names, pieces, length
        self._fold, self._folds = fold, folds if folds is not None else [None] * SHARDS
        self._owned: set[int] = set()   # pieces this map alone holds (changed in place)
        self._flat: dict | None = None   # every item, once load_all read them all (until a change)

    @classmethod
    def of(cls, hint: Any, items: Mapping[str, Any], fold: Callable[[Mapping], Any] | None = None,
           like: Mapping | None = None) -> "Sharded":
        """A map made in this build; `like`: the last build's, whose name and fold a piece equal
        to one of its pieces read already keeps (a full build changes few of them: each was
        encoded, digested and folded again, 0.3 s of a title edit at 10,000 articles)."""
        if isinstance(items, Sharded):
            return items
        pieces = split(items)
        made = cls(hint, None, [None] * SHARDS, pieces, len(items), fold)
        if isinstance(like, Sharded):
            made._folder = like._folder   # where the pieces it names are
            for i, piece in enumerate(pieces):
                if like._pieces[i] is not None and like._pieces[i] == piece:
                    made._names[i], made._folds[i] = like._names[i], like._folds[i]
        made._owned = set(range(SHARDS))
        return made

    @classmethod
    def stored(cls, hint: Any, folder: Path, names: tuple[str, ...], length: int,
               fold: Callable[[Mapping], Any] | None = None, folds: tuple = ()) -> "Sharded":
        if len(names) != SHARDS or (folds and len(folds) != SHARDS):
            raise plaindata.StateError("expected one name per piece")
        return cls(hint, folder, list(names), [None] * SHARDS, length, fold, list(folds) or None)

    def piece(self, i: int) -> dict:
        piece = self._pieces[i]
        if piece is None:
            piece = self._pieces[i] = self._read(i)
        return piece

    def _read(self, i: int) -> dict:
        name = self._names[i]
        try:
            with open(os.path.join(self._folder, name), "rb") as fh:
                data = fh.read()
        except (OSError, TypeError) as error:
            raise plaindata.StateError(f"piece {i}: {error}") from None
        if name_of(data) != name:
            raise plaindata.StateError(f"piece {i} does not match its name (edited or truncated)")
        from .statefile import parse   # (statefile imports this module)
        piece = plaindata.decode(dict[str, self.hint], parse(data))
        crc = zlib.crc32
        if any(crc(key.encode("utf-8", "surrogateescape")) % SHARDS != i for key in piece):
            raise plaindata.StateError(f"piece {i} holds keys of another")
        return piece

    def load_all(self) -> None:
        """Every piece read now (StateError if one does not read), so nothing is read later, and
        the items in one dict: a full build asks for every key, some several times (a CRC-32 a
        lookup cost a title edit 0.2 s at 10,000 articles)."""
        for i in range(SHARDS):
            self.piece(i)
        self._flat = {key: value for piece in self._pieces for key, value in piece.items()}

    def __getitem__(self, key: str) -> Any:
        if self._flat is not None:
            return self._flat[key]
        return self.piece(shard_of(key))[key]

    def get(self, key: str, default: Any = None) -> Any:
        if self._flat is not None:
            return self._flat.get(key, default)
        return self.piece(shard_of(key)).get(key, default)

    def __contains__(self, key: object) -> bool:
        if self._flat is not None:
            return key in self._flat
        return isinstance(key, str) and key in self.piece(shard_of(key))

    def __iter__(self) -> Iterator[str]:
        if self._flat is not None:
            yield from self._flat
            return
        for i in range(SHARDS):
            yield from self.piece(i)

    def __len__(self) -> int:
        return self._length

    def copy(self) -> "Sharded":
        """Another map of the same items, sharing every piece until one of the two changes it."""
        self._owned = set()
        return Sharded(self.hint, self._folder, list(self._names), list(self._pieces), self._length, self._fold,
                       list(self._folds))

    def _own(self, i: int) -> dict:
        """Piece i, copied before its first change (it may be shared with the map it was copied from)."""
        self._flat = None
        if i not in self._owned:
            piece = self.piece(i)
            self._pieces[i] = dict(piece)
            self._owned.add(i)
        self._names[i] = self._folds[i] = None
        return self._pieces[i]

    def __setitem__(self, key: str, value: Any) -> None:
        piece = self._own(shard_of(key))
        self._length += key not in piece
        piece[key] = value
        if next(reversed(piece)) != key or len(piece) == 1:
            return
        for k in sorted(piece):   # keys kept in code-point order: the same map, the same bytes
            piece[k] = piece.pop(k)

    def __delitem__(self, key: str) -> None:
        del self._own(shard_of(key))[key]
        self._length -= 1

    def folds(self) -> list[Any]:
        """The fold of every piece: kept, or made for the pieces changed since they were stored."""
        for i, kept in enumerate(self._folds):
            if kept is None:
                self._folds[i] = self._fold(self.piece(i))
        return list(self._folds)

    def names(self) -> list[str]:
        """The name of every piece, made (encoded and digested) for the pieces not stored yet."""
        for i, name in enumerate(self._names):
            if name is None:
                self._names[i] = piece_name(self.hint, self.piece(i))
        return list(self._names)

    def differing(self, names: list[str]) -> list[int]:
        """The pieces whose names are not `names` (those of another map: names_of)."""
        return [i for i, (mine, theirs) in enumerate(zip(self.names(), names)) if mine != theirs]

    def store(self, folder: Path, write: Callable[[Path, bytes], bool]) -> bool:
        """Every piece not yet in `folder` written there; True when all are (this map then reads
        its pieces from there)."""
        for i in range(SHARDS):
            name = self._names[i]
            if name is not None and self._folder == folder:
                continue   # read from there: the file is there
            data = piece_bytes(self.hint, self.piece(i))
            name = self._names[i] = name_of(data)
            if not (folder / name).is_file() and not write(folder / name, data):
                return False
        self._folder = folder
        return True


def remove_unnamed(folder: Path, kept: set[str]) -> None:
    """The pieces no index names any longer (and leftovers of an interrupted write)."""
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        if name not in kept:
            try:
                os.unlink(folder / name)
            except OSError:
                pass
