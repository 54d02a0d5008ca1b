"""Figures over every file of the site, kept by the pieces of the records' map (build/shards.py)
so that a quick build makes again only those of the pieces it changed: the offline summary's
total, count and version, the service worker's version, the site's size. A version is the
SHA-256 of the pieces' digests in piece order, each the digest of its paths (code-point order)
and their files' digests: a cold build and a quick build of the same site make the same."""
from __future__ import annotations

import hashlib
from typing import Iterable, Mapping

from ..build.budget import site_size
from ..build.shards import Sharded, split
from ..build.state import RecordSums
from ..model import Record, SiteSize

SERVICE_WORKER = "sw.js"
OFFLINE_MANIFEST = "offline/manifest.json"
SUMMARY = "offline/summary.json"


def in_manifest(path: str) -> bool:
    """What "Keep this archive offline" saves: every page and asset, the offline index instead
    of Pagefind's thousands of chunks, never the zip."""
    return (not path.startswith(("pagefind/", "download/", "offline/parts/"))
            and path not in (SERVICE_WORKER, OFFLINE_MANIFEST, SUMMARY))


def versioned(path: str) -> bool:
    """The files whose digests make the worker's version: all but itself and the zip."""
    return path != SERVICE_WORKER and not path.startswith("download/")


def _digest(piece: Mapping[str, Record], paths: list[str]) -> bytes:
    return hashlib.sha256(b"".join(p.encode() + b"\0" + piece[p][1] for p in paths)).digest()


def record_sums(piece: Mapping[str, Record]) -> RecordSums:
    """The fold of one piece of the records (its keys in code-point order)."""
    kept = [p for p in piece if in_manifest(p)]
    return RecordSums(sum(piece[p][0] for p in kept), len(kept), _digest(piece, kept),
                      _digest(piece, [p for p in piece if versioned(p)]),
                      site_size((p, record[0]) for p, record in piece.items()))


def sums_of(records: Mapping[str, Record], like: Mapping[str, Record] | None = None) -> list[RecordSums]:
    """Every piece's fold: kept by a Sharded map, made for a map of this build (but for its
    pieces equal to those of `like`, the last build's records)."""
    if isinstance(records, Sharded):
        return records.folds()
    if isinstance(like, Sharded):
        return Sharded.of(Record, records, record_sums, like).folds()
    return [record_sums(piece) for piece in split(records)]


def kept_figures(sums: list[RecordSums]) -> tuple[int, int, str]:
    """(bytes, files, version) of what keeping the whole archive saves (in_manifest)."""
    return (sum(s.kept_bytes for s in sums), sum(s.kept_files for s in sums),
            hashlib.sha256(b"".join(s.kept_digest for s in sums)).hexdigest()[:16])


def worker_version(sums: list[RecordSums]) -> str:
    return hashlib.sha256(b"".join(s.versioned_digest for s in sums)).hexdigest()[:16]


def total_size(sums: list[RecordSums], others: Iterable[tuple[str, int]] = ()) -> SiteSize:
    """The site's size from the pieces' and from files that have no record (the zip)."""
    total = files = over = pages = zipped = 0
    page, largest = ("", 0), ("", 0)
    for size in [*(s.size for s in sums), site_size(others)]:
        total, files, over, pages = total + size.bytes, files + size.files, over + size.pages_over_budget, pages + size.pages
        zipped += size.download_zip
        page = size.largest_page if size.largest_page[1] > page[1] else page
        largest = size.largest_file if size.largest_file[1] > largest[1] else largest
    return SiteSize(total, files, page, largest, over, pages, zipped)
