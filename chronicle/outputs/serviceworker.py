"""The service worker (sw.js at the site root, so its scope is the base path; its code is the
layout layouts/outputs/sw.js, given its version and shell here) and the list of files the
"Keep this archive offline" button saves.

Strategy, chosen so a reader never sees a stale page while online:
- on install, cache the shell: home, search, 404, styles and scripts, Pagefind's loader,
  WebAssembly, metadata and filters;
- pages and everything else: network first, the cached copy when the network fails; every
  successful response is cached, so what a reader visited stays readable offline;
- Pagefind's content-hashed chunks: cache first (their bytes never change under one name).
One cache per site (named after the scope URL); a new build replaces the shell, keeps pages.
"""
from __future__ import annotations

import hashlib
import json
from typing import Callable, Iterable, Mapping

from ..model import OutputFile, Record, record_of

SERVICE_WORKER = "sw.js"
OFFLINE_MANIFEST = "offline/manifest.json"

SW_LAYOUT = "outputs/sw.js"   # the worker itself, with its version and shell filled in



def _is_shell(path: str) -> bool:
    if path in ("index.html", "search.html", "404.html", "offline/summary.json"):
        return True
    if path.startswith("static/"):
        return True
    if path.startswith("pagefind/"):
        name = path[len("pagefind/"):]
        return (name in ("pagefind.js", "pagefind-entry.json") or name.startswith("wasm.")
                or name.endswith(".pf_meta") or name.startswith("filter/"))
    return False


def in_manifest(path: str) -> bool:
    """What "Keep this archive offline" saves: every page and asset, the offline index instead
    of Pagefind's thousands of chunks, never the zip."""
    return (not path.startswith(("pagefind/", "download/", "offline/parts/"))
            and path not in (SERVICE_WORKER, OFFLINE_MANIFEST, "offline/summary.json"))


def file_records(files: Iterable[OutputFile]) -> dict[str, Record]:
    return {f.path: record_of(f.data) for f in files}


def offline_manifest(records: Mapping[str, Record]) -> OutputFile:
    kept = sorted(path for path in records if in_manifest(path))
    data = {"bytes": _manifest_bytes(records), "files": kept}
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
    return OutputFile(OFFLINE_MANIFEST, text.encode("utf-8"))


def _manifest_bytes(records: Mapping[str, Record]) -> int:
    return sum(record[0] for path, record in records.items() if in_manifest(path))


def service_worker(records: Mapping[str, Record], render: Callable[[str, str, dict], OutputFile]) -> OutputFile:
    """Its version changes with any file of the site but itself and the zip."""
    paths = _versioned_paths(records)
    shell = ["./"] + [path for path in paths if _is_shell(path)]
    return render(SERVICE_WORKER, SW_LAYOUT, {"version": _version(records, paths), "shell": shell})


def _versioned_paths(records: Mapping[str, Record]) -> list[str]:
    """The files whose digests make the worker's version: all but itself and the zip."""
    return sorted(p for p in records if p != SERVICE_WORKER and not p.startswith("download/"))


def _version(records: Mapping[str, Record], paths: list[str]) -> str:
    return hashlib.sha256(b"".join(path.encode() + b"\0" + records[path][1] for path in paths)).hexdigest()[:16]


def offline_files(records: dict[str, Record], render: Callable[[str, str, dict], OutputFile]) -> list[OutputFile]:
    """The offline manifest and the service worker, made from `records` (which they join)."""
    manifest = offline_manifest(records)
    records.update(file_records([manifest]))
    worker = service_worker(records, render)
    records.update(file_records([worker]))
    return [manifest, worker]


def refreshed_offline_files(records: dict[str, Record], manifest: bytes, worker: bytes,
                            same_files: bool = True) -> list[OutputFile] | None:
    """offline_files(records) made by editing the `manifest` and `worker` of the last build: the
    total and the version change, and, unless it has `same_files` (only sizes and digests
    changed), the manifest's list and the worker's shell. Four times faster at 10,000 files
    than rendering, for the quick path; None when they are not as expected."""
    head = b'{"bytes":'
    if not manifest.startswith(head) or b"," not in manifest:
        return None
    if same_files:
        new_manifest = OutputFile(OFFLINE_MANIFEST, b"%s%d%s" % (head, _manifest_bytes(records), manifest[manifest.index(b","):]))
    else:
        new_manifest = offline_manifest(records)
    records.update(file_records([new_manifest]))
    paths = _versioned_paths(records)
    worker = _set_line(worker, b"var VERSION = ", json.dumps(_version(records, paths)).encode())
    if not same_files and worker is not None:
        worker = _set_line(worker, b"var SHELL = ", _tojson(["./"] + [path for path in paths if _is_shell(path)]))
    if worker is None:
        return None
    new_worker = OutputFile(SERVICE_WORKER, worker)
    records.update(file_records([new_worker]))
    return [new_manifest, new_worker]


def _set_line(worker: bytes, line: bytes, value: bytes) -> bytes | None:
    """The worker with the value after `line` (up to its ";") replaced; None when it has none."""
    at = worker.find(line)
    end = worker.find(b";\n", at)   # a path may hold ";", never a line break
    if at < 0 or end < 0:
        return None
    return worker[:at + len(line)] + value + worker[end:]


def _tojson(value: object) -> bytes:
    """What the layout's `tojson` filter writes (Jinja's htmlsafe_json_dumps, keys sorted)."""
    text = json.dumps(value, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("'", "\\u0027").encode()
