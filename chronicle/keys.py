"""The file keys by which every stage tells whether a file changed, the bases of a date, and a
spliced file: what ingest, the writers and the scan of the content need of the model, apart from
chronicle/model.py (whose many dataclasses, ~7 ms to make, `build.py ingest` has no use for)."""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass

DATE_BASES = ("stated", "derived", "estimated")

StatKey = tuple[int, int, int]   # size, mtime in ns, inode: an output file changed when its key did
InputKey = tuple[int, int, int, int]   # the same and the change time in ns: an input file's
Record = tuple[int, bytes]       # a file's size and SHA-256 digest


def stat_key_of(st: os.stat_result) -> StatKey:
    """An output's key: no change time, since the next build's hard links change it."""
    return st.st_size, st.st_mtime_ns, st.st_ino


def input_key_of(st: os.stat_result) -> InputKey:
    """What says an input file (document, layout, config, code) is unchanged without reading it.
    The change time is in it because the modification time is not evidence: `touch -d`, `cp -p`
    or an editor can restore it after an in-place edit of the same size, but only the kernel
    sets the change time."""
    return st.st_size, st.st_mtime_ns, st.st_ino, st.st_ctime_ns


def record_of(data: bytes) -> Record:
    return len(data), hashlib.sha256(data).digest()


@dataclass(frozen=True)
class Splice:
    """A file made of new bytes and ranges (offset, length) of an existing file, so that a big
    file that changes a little is never read and written whole through Python."""
    source: str                                  # the existing file
    parts: tuple[bytes | tuple[int, int], ...]
