"""A downloadable copy of the site: one zip that browses and searches when opened from disk.

Everything goes under one top folder (named after the site) so unzipping never scatters files.
The Pagefind index is left out: it cannot work from file://, and the offline index that can
is inside; so are the feeds, sitemap and service worker, which only a host uses. Byte-deterministic: entries in a fixed order (zip_order), a fixed timestamp and
permissions, and no recompression of files that are compressed already.

Written by hand rather than with zipfile, which compresses one entry at a time: zlib releases
the GIL, so the entries are deflated on every core (level 1: 3x faster than 6 for a zip 10 %
larger; measured on a 10,000-article site, 166 MB of pages: 1.8 s and 54 MB against 4.3 s and 49 MB).
Zip64 end records are added when there are more than 65,535 entries.
"""
from __future__ import annotations

import os
import struct
import zlib
from typing import Callable, Iterable, Iterator

from ..model import OutputFile, Splice
from ..source.slugs import tag_slug

SITE_ZIP = "download/archive.zip"
EXCLUDED_PREFIXES = ("pagefind/", "download/", "offline/parts/")
_STORED_SUFFIXES = (".zip", ".gz", ".png", ".jpg", ".jpeg", ".webp", ".woff2", ".pf_fragment",
                    ".pf_index", ".pf_filter", ".pf_meta", ".pagefind")
_DOS_TIME, _DOS_DATE = 0, (0 << 9) | (1 << 5) | 1      # 1980-01-01 00:00:00, the earliest a zip can say
_LOCAL = struct.Struct("<4s2B4HL2L2H")
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_END = struct.Struct("<4s4H2LH")
_END64 = struct.Struct("<4sQ2H2L4Q")
_END64_LOCATOR = struct.Struct("<4sLQL")
_UNIX_FILE = 0o100644 << 16
_VERSION, _VERSION64, _UNIX = 20, 45, 3


def zip_folder_name(title: str) -> str:
    return tag_slug(title) or "archive"


# What only a host uses: feeds and the sitemap name the published site's address, the
# service worker and its lists of files to keep offline work over HTTP only (issue 13: 12 MB of a 75 MB zip at 10,000)
EXCLUDED_FILES = ("robots.txt", "sw.js", "offline/manifest.json", "offline/summary.json")
# build.download_zip: auto makes a zip for archives up to this many articles and none above,
# where it would add a quarter to the site (63 MB beside 240 MB at 10,000 articles) and take
# an archive near GitHub Pages' 1 GB sooner; `true` makes one at any size.
AUTO_MAX_ARTICLES = 2000


def in_zip(path: str) -> bool:
    return not path.startswith(EXCLUDED_PREFIXES) and not path.endswith(".xml") and path not in EXCLUDED_FILES


def makes_zip(setting: bool | str, articles: int) -> bool:
    """build.download_zip (true, false or auto) decided for an archive of `articles`."""
    return articles <= AUTO_MAX_ARTICLES if setting == "auto" else bool(setting)


def _deflate(f: OutputFile) -> tuple[int, int, bytes, int]:
    """-> (method, crc, stored bytes, size)."""
    if f.path.endswith(_STORED_SUFFIXES):
        return 0, zlib.crc32(f.data), f.data, len(f.data)
    packer = zlib.compressobj(1, zlib.DEFLATED, -15)
    return 8, zlib.crc32(f.data), packer.compress(f.data) + packer.flush(), len(f.data)


def zip_order(paths: Iterable[str]) -> list[str]:
    """The order of the entries: what an edited article changes comes last (its page, then the
    feeds and the offline search index, then the offline manifest and service worker, which
    change with every edit), so a quick build rewrites only the end of the zip (output.patch_site)."""
    def rank(path: str) -> tuple[int, str]:
        if path in ("sw.js", "offline/manifest.json"):
            return 3, path
        if (path.endswith(".xml") and path != "sitemap.xml") or path.startswith("offline/search/"):
            return 2, path
        return (1 if path.startswith("articles/") else 0), path
    return sorted(paths, key=rank)


def site_zip(files: Iterable[OutputFile], folder: str) -> OutputFile:
    data = {f.path: f.data for f in files if in_zip(f.path)}
    return OutputFile(SITE_ZIP, b"".join(zip_chunks(zip_order(data), data.__getitem__, folder)))


def zip_chunks(paths: list[str], read: Callable[[str], bytes], folder: str, window: int = 256) -> Iterator[bytes]:
    """The zip of the files at `paths` (in zip_order, as in_zip allows), piece by piece: only `window`
    files are read and compressed at a time, so a site of any size zips in little memory."""
    from concurrent.futures import ThreadPoolExecutor   # the quick path patches without it
    central: list[bytes] = []
    offset = 0
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        for start in range(0, len(paths), window):
            batch = paths[start:start + window]
            for path, (method, crc, data, size) in zip(batch, pool.map(lambda p: _deflate(OutputFile(p, read(p))), batch)):
                local, record = _records(f"{folder}/{path}", method, crc, len(data), size, offset)
                central.append(record)
                offset += len(local) + len(data)
                yield local
                yield data
    yield _tail(central, offset)


def patch_zip(old: str, fresh: dict[str, bytes], folder: str, gone: Iterable[str] = ()) -> Splice | None:
    """What site_zip would make from the files in the zip at `old` with some of them changed or
    added (`fresh`) and those in `gone` removed: the other entries are kept as they are (ranges
    of `old`). None when `old` has another top folder or is not a zip site_zip made."""
    try:
        directory, at, count = _read_directory(old)
        entries = _entries(directory, count)
    except (OSError, ValueError, struct.error):
        return None
    prefix = f"{folder}/".encode("utf-8")
    kept: dict[str, tuple[int, int, int, int]] = {}   # path -> its record's start and name's end, its entry's start and end
    for i, (pos, name_end, local_at) in enumerate(entries):
        name = directory[pos + _CENTRAL.size:name_end]
        if not name.startswith(prefix):
            return None   # a zip made under another top folder (site title)
        kept[name[len(prefix):].decode("utf-8")] = (pos, name_end, local_at, entries[i + 1][2] if i + 1 < len(entries) else at)
    wanted = {path: data for path, data in fresh.items() if in_zip(path)}
    central: list[bytes] = []
    parts: list[bytes | tuple[int, int]] = []
    offset = 0
    for path in zip_order((kept.keys() - set(gone)) | wanted.keys()):
        if path in wanted:
            method, crc, data, size = _deflate(OutputFile(path, wanted[path]))
            local, record = _records(f"{folder}/{path}", method, crc, len(data), size, offset)
            central.append(record)
            parts += [local, data]
            offset += len(local) + len(data)
            continue
        pos, name_end, local_at, end = kept[path]
        record = bytearray(directory[pos:name_end])
        struct.pack_into("<L", record, 42, offset)
        central.append(bytes(record))
        last = parts[-1] if parts else None
        if isinstance(last, tuple) and last[0] + last[1] == local_at:
            parts[-1] = (last[0], last[1] + end - local_at)   # runs of kept entries: one range
        else:
            parts.append((local_at, end - local_at))
        offset += end - local_at
    parts.append(_tail(central, offset))
    return Splice(old, tuple(parts))


def _entries(directory: bytes, count: int) -> list[tuple[int, int, int]]:
    """(where its record starts, where its name ends, its local header offset) of each entry."""
    entries = []
    pos = 0
    unpack = struct.Struct("<H").unpack_from
    offset_of = struct.Struct("<L").unpack_from
    for _ in range(count):
        if directory[pos:pos + 4] != b"PK\x01\x02":
            raise ValueError("not a central directory record")
        name_end = pos + _CENTRAL.size + unpack(directory, pos + 28)[0]
        entries.append((pos, name_end, offset_of(directory, pos + 42)[0]))
        pos = name_end
    return entries


def _read_directory(path: str) -> tuple[bytes, int, int]:
    """The central directory of the zip at `path`, where it starts and how many entries it has;
    reads only the end of the file."""
    with open(path, "rb") as fh:
        size = fh.seek(0, os.SEEK_END)
        tail_at = max(0, size - _END.size - _END64_LOCATOR.size - _END64.size)
        fh.seek(tail_at)
        tail = fh.read()
        signature, _, _, _, count, length, at, _ = _END.unpack_from(tail, len(tail) - _END.size)
        if signature != b"PK\x05\x06":
            raise ValueError("no end record")
        if count == 0xFFFF:
            end64_at = _END64_LOCATOR.unpack_from(tail, len(tail) - _END.size - _END64_LOCATOR.size)[2]
            count, length, at = _END64.unpack_from(tail, end64_at - tail_at)[7:10]
        fh.seek(at)
        return fh.read(length), at, count


def splice_bytes(splice: Splice) -> bytes:
    """The bytes a Splice stands for (the writer copies the ranges without reading them)."""
    with open(splice.source, "rb") as fh:
        old = fh.read()
    return b"".join(part if isinstance(part, bytes) else old[part[0]:part[0] + part[1]] for part in splice.parts)


def _records(name: str, method: int, crc: int, stored: int, size: int, offset: int) -> tuple[bytes, bytes]:
    """An entry's local header (name included) and its central directory record."""
    raw = name.encode("utf-8")
    flags = 0 if raw.isascii() else 0x800
    local = _LOCAL.pack(b"PK\x03\x04", _VERSION, 0, flags, method, _DOS_TIME, _DOS_DATE, crc, stored, size, len(raw), 0)
    record = _CENTRAL.pack(b"PK\x01\x02", _VERSION, _UNIX, _VERSION, 0, flags, method, _DOS_TIME, _DOS_DATE, crc,
                           stored, size, len(raw), 0, 0, 0, 0, _UNIX_FILE, offset)
    return local + raw, record + raw


def _tail(central: list[bytes], offset: int) -> bytes:
    """The central directory and end records of a zip whose entries take `offset` bytes."""
    return _tail_of(b"".join(central), len(central), offset)


def _tail_of(directory: bytes, count: int, offset: int) -> bytes:
    if offset > 0xFFFFFFFF:
        raise OverflowError("the site is too large for one zip (over 4 GB)")
    parts = [directory]
    if count > 0xFFFF:
        end64_at = offset + len(directory)
        parts.append(_END64.pack(b"PK\x06\x06", _END64.size - 12, _VERSION64, _VERSION64, 0, 0, count, count,
                                 len(directory), offset))
        parts.append(_END64_LOCATOR.pack(b"PK\x06\x07", 0, end64_at, 1))
    short = min(count, 0xFFFF)
    parts.append(_END.pack(b"PK\x05\x06", 0, 0, short, short, len(directory), offset, 0))
    return b"".join(parts)
