"""Compiled regular expressions kept between runs, beside the modules' bytecode.

Python compiles each pattern from its text in Python code (re._parser, re._compiler) in every new
process: `build.py ingest` compiles 440 patterns, 0.085 s of CPU before the digest is read, as
much as the rest of its imports. What that compiling makes (the SRE code, a list of numbers) is
kept in a file next to this module's bytecode and handed back to `_sre.compile` in the next run,
which checks the code before it makes the pattern. The file is keyed by the interpreter's cache
tag and the SRE engine's version and, like bytecode, written only when Python may write bytecode,
and only by a run that compiled a pattern it did not hold; a file that cannot be read or is of
another version is ignored, and a pattern that fails to load is compiled anew.
"""
from __future__ import annotations

import importlib.util
import marshal
import os
import sys
from array import array
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

try:   # the private half of `re` that this relies on; without it nothing is kept
    import _sre
    from re import _compiler, _parser
    _VERSION = (1, sys.implementation.cache_tag, _sre.MAGIC, _sre.CODESIZE)   # 1: this file's format
    if array("I").itemsize != _sre.CODESIZE:   # the code is kept as an array's bytes
        _VERSION = None
except (ImportError, AttributeError):   # pragma: no cover - another interpreter
    _VERSION = None

# (is bytes, text, flags) -> (flags, code, groups, groupindex, indexgroup): _sre.compile's arguments,
# the code as the bytes of an array (loaded 4 times faster than marshal's list of ints: 146,000)
Key = tuple
Made = tuple
_MOST = 3000   # patterns kept from earlier runs at most (one ingest compiles 440)


def default_path() -> Path | None:
    """The cache file, in the folder where Python keeps this module's bytecode (which
    PYTHONPYCACHEPREFIX moves), or None where there is none."""
    try:
        pyc = importlib.util.cache_from_source(__file__)
    except (NotImplementedError, ValueError):   # no cache tag, or an odd prefix
        return None
    return Path(pyc).with_name(f"regexcache.{sys.implementation.cache_tag}.marshal")


def _make(text, flags: int) -> Made:
    """What re._compiler.compile hands to _sre.compile for `text`."""
    p = _parser.parse(text, flags)
    code = _compiler._code(p, flags)
    indexgroup = [None] * p.state.groups
    for name, i in p.state.groupdict.items():
        indexgroup[i] = name
    return int(flags | p.state.flags), array("I", code).tobytes(), p.state.groups - 1, dict(p.state.groupdict), tuple(indexgroup)


def _made(text, made: Made):
    """The pattern: _sre.compile checks the code (RuntimeError: 'invalid SRE code')."""
    flags, code, groups, groupindex, indexgroup = made
    return _sre.compile(text, flags, array("I", code).tolist(), groups, groupindex, indexgroup)


def _load(path: Path) -> dict[Key, Made]:
    try:
        version, table = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return table if version == _VERSION and isinstance(table, dict) else {}


def _save(path: Path, table: dict[Key, Made]) -> None:
    """Written whole to a temporary file and renamed: a reader never sees half a file."""
    import tempfile   # (3.5 ms that a run which writes nothing, the usual one, does not pay)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".regexcache-")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(marshal.dumps((_VERSION, table)))
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except (OSError, ValueError):   # a read-only install, a full disk: the next run compiles again
        pass


@contextmanager
def kept(path: Path | None = None) -> Iterator[None]:
    """While inside, `re` compiles the patterns it has not compiled in this process from the
    cache at `path` (default_path()), and the patterns compiled are saved there after, when any
    was new. Processes forked inside use the cache as it is and never write it."""
    path = path or default_path()
    if _VERSION is None or path is None or _compiler.compile is not _ORIGINAL:
        yield
        return
    known, used, new = _load(path), {}, []
    owner = os.getpid()

    def compile(p, flags=0):
        if not isinstance(p, (str, bytes)) or flags & _compiler.SRE_FLAG_DEBUG:
            return _ORIGINAL(p, flags)
        key = (type(p) is bytes, p, int(flags))
        made = known.get(key)
        if made is not None:
            try:
                pattern = _made(p, made)
                used[key] = made
                return pattern
            except (RuntimeError, TypeError, ValueError, OverflowError):   # not what this SRE makes
                pass
        try:
            made = _make(p, flags)
            pattern = _made(p, made)
        except Exception:   # noqa: BLE001 - re's private half changed: compiled as re does (its error if any)
            return _ORIGINAL(p, flags)
        used[key] = made
        new.append(key)
        return pattern

    _compiler.compile = compile
    try:
        yield
    finally:
        _compiler.compile = _ORIGINAL
        if new and os.getpid() == owner and not sys.dont_write_bytecode:
            # the patterns of earlier runs too (a JSON digest's readers after a text's), unless
            # patterns made from changing data (config.yaml's topics) have grown it too far
            _save(path, {**known, **used} if len(known) + len(new) <= _MOST else used)


_ORIGINAL = _compiler.compile if _VERSION is not None else None
