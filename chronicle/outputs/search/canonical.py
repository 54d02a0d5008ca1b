"""Pagefind's files made byte-deterministic.

Pagefind's filter files list their values in hash-map order, which changes from run to run,
and the file names (content hashes) and the metadata that names them change with it. We make
the index byte-deterministic by decoding those files (gzip'd CBOR), sorting, re-encoding,
renaming each by a hash of its new bytes, and rewriting every reference to them.

Each page's fragment (gzip'd JSON: its URL, text, word count, metadata, filter values, anchors)
keeps only what the search page reads (issue 13): Pagefind filters with its filter files and
ranks with its word indexes (their word positions included), and reads a fragment only for a
shown result's data. The filter values and word count go (1.0 MB at 10,000 articles), and the
whole text gives way to its start, `meta.excerpt` (10.4 MB): the search page shows that excerpt,
the query's words marked by the offline engine's stemmer, as the offline engine shows the same
start (searchwords.lead_excerpt), so a result reads the same whichever engine answered; the
text is "" (Pagefind's own excerpt of it is then "", which search-pagefind.js does not read).
The anchors stay: Pagefind's code reads them. A fragment keeps its name: the name stands for
Pagefind's bytes, which the slimmed ones follow from.

Gzip here is libdeflate's (the `deflate` package), not zlib's: 10,000 fragments are unpacked and
packed again within the search stage, when both cores are busy with Pagefind, and libdeflate
packs a fragment in half zlib's time, a little smaller (1,350 against 1,373 bytes at level 9).
Its bytes are those of its version, which pyproject.toml pins.
"""
from __future__ import annotations

import hashlib
import json

import cbor2
import deflate

from ...errors import OutputError
from ...model import OutputFile
from ..searchwords import lead_excerpt

PAGEFIND_DIR = "pagefind"
SIGNATURE = b"pagefind_dcd"
ENTRY = f"{PAGEFIND_DIR}/pagefind-entry.json"


def _gunzip(data: bytes) -> bytes:
    try:
        return bytes(deflate.gzip_decompress(data))   # (a bytearray)
    except deflate.DeflateError as exc:
        raise OutputError(PAGEFIND_DIR, None, f"a Pagefind file that does not unpack ({exc})") from None


def _gzip(data: bytes) -> bytes:
    return bytes(deflate.gzip_compress(data, 9))   # (a bytearray: the sinks write bytes, splice anything else)


def _unpack(data: bytes):
    raw = _gunzip(data) if data[:2] == b"\x1f\x8b" else data
    if not raw.startswith(SIGNATURE):
        raise OutputError(PAGEFIND_DIR, None, "unexpected Pagefind file format (no pagefind_dcd signature)")
    return cbor2.loads(raw[len(SIGNATURE):])


def _pack(value) -> bytes:
    # cbor2 writes the shortest form, as Pagefind's own encoder (minicbor) does: a file decoded
    # and encoded again is the same bytes (tests/test_offline_build.py)
    return _gzip(SIGNATURE + cbor2.dumps(value))


def _slim_fragment(data: bytes) -> bytes:
    raw = _gunzip(data)
    if not raw.startswith(SIGNATURE):
        raise OutputError(PAGEFIND_DIR, None, "unexpected Pagefind fragment format (no pagefind_dcd signature)")
    page = json.loads(raw[len(SIGNATURE):])
    for unread in ("filters", "word_count"):
        page.pop(unread, None)
    if isinstance(page.get("meta"), dict):
        page["meta"]["excerpt"] = lead_excerpt(page.get("content") or "")
        page["content"] = ""
    return _gzip(SIGNATURE + json.dumps(page, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


def _hash_name(language: str, data: bytes, length: int) -> str:
    return f"{language}_{hashlib.sha256(data).hexdigest()[:length]}"


def canonicalise(files: list[OutputFile]) -> list[OutputFile]:
    """Sort Pagefind's filter values and filter lists; rename and re-reference what changed;
    drop what the search page does not read from the fragments."""
    files = [OutputFile(f.path, _slim_fragment(f.data)) if f.path.endswith(".pf_fragment") else f for f in files]
    by_path = {f.path: f for f in files}
    entry_file = by_path.get(ENTRY)
    if entry_file is None:
        return files
    entry = json.loads(entry_file.data)
    out = {p: f for p, f in by_path.items() if not p.startswith((f"{PAGEFIND_DIR}/filter/", f"{PAGEFIND_DIR}/pagefind.")) or not p.endswith((".pf_filter", ".pf_meta"))}
    for language, info in sorted(entry["languages"].items()):
        meta_path = f"{PAGEFIND_DIR}/pagefind.{info['hash']}.pf_meta"
        meta = _unpack(by_path[meta_path].data)
        # meta = [version, pages, index chunks, filters [[name, file hash]], sorts [[name, order]], meta fields]
        filters = []
        for name, old_hash in meta[3]:
            name_, values = _unpack(by_path[f"{PAGEFIND_DIR}/filter/{old_hash}.pf_filter"].data)
            values = sorted(([v, sorted(pages)] for v, pages in values), key=lambda vp: vp[0])
            data = _pack([name_, values])
            new_hash = _hash_name(language, data, 7)
            out[f"{PAGEFIND_DIR}/filter/{new_hash}.pf_filter"] = OutputFile(f"{PAGEFIND_DIR}/filter/{new_hash}.pf_filter", data)
            filters.append([name, new_hash])
        meta[3] = sorted(filters)
        meta[4] = sorted(meta[4], key=lambda s: s[0])
        data = _pack(meta)
        meta_hash = _hash_name(language, data, 10)
        out[f"{PAGEFIND_DIR}/pagefind.{meta_hash}.pf_meta"] = OutputFile(f"{PAGEFIND_DIR}/pagefind.{meta_hash}.pf_meta", data)
        info["hash"] = meta_hash
    out[ENTRY] = OutputFile(ENTRY, json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
    return sorted(out.values(), key=lambda f: f.path)
