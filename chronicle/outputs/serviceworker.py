"""The service worker (sw.js at the site root, so its scope is the base path; its code is the
layout layouts/outputs/sw.js, given its version and shell here) and the list of files the
"Keep this archive offline" button saves, the articles aside (the timeline's pages name them).

Strategy, chosen so a reader never sees a stale page while online:
- on install, cache the shell: home, search, 404, styles and scripts, Pagefind's loader,
  WebAssembly, metadata and filters;
- pages and everything else: network first, the cached copy when the network fails; every
  successful response is cached, so what a reader visited stays readable offline;
- Pagefind's content-hashed chunks: cache first (their bytes never change under one name).
One cache per site (named after the scope URL); a new build replaces the shell, keeps pages.
"""
from __future__ import annotations

import json
from typing import Callable, Iterable, Mapping

from jinja2.utils import htmlsafe_json_dumps

from .. import urls
from ..model import OutputFile, Record, record_of
from ..render.environment import JSON_DUMPS_KWARGS
from .offlineparts import linked_articles
from .recordsums import OFFLINE_MANIFEST, SERVICE_WORKER, in_manifest, sums_of, versioned, worker_version

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


def file_records(files: Iterable[OutputFile]) -> dict[str, Record]:
    return {f.path: record_of(f.data) for f in files}


def offline_manifest(records: Mapping[str, Record]) -> OutputFile:
    return _manifest(_manifest_bytes(records), (path for path in records if in_manifest(path)))


# The manifest does not list the articles (72 bytes an article, issue 13): every article is
# linked from the timeline's pages (a dated one from its month's, an undated one from the
# undated list's), which the manifest lists; offline.js reads them from those pages as it keeps
# them, as manifest_paths does here. `bytes` is the whole archive's, articles included.
ARTICLES_FROM = "timeline/"


def _manifest(total: int, kept: Iterable[str]) -> OutputFile:
    prefix, suffix = urls.ARTICLE_AFFIXES
    files = sorted(p for p in kept if not (p.startswith(prefix) and p.endswith(suffix) and "/" not in p[len(prefix):]))
    data = {"bytes": total, "files": files, "articlePath": urls.ARTICLE_AFFIXES, "articlesFrom": ARTICLES_FROM}
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
    return OutputFile(OFFLINE_MANIFEST, text.encode("utf-8"))


def manifest_paths(manifest: dict, read: Callable[[str], bytes]) -> list[str]:
    """Every path keeping the whole archive saves (as offline.js finds them): the manifest's
    files, then the articles its timeline pages link to, sorted."""
    found: set[str] = set()
    for path in manifest["files"]:
        if path.startswith(manifest["articlesFrom"]) and path.endswith(".html"):
            found.update(linked_articles(read(path), path, manifest["articlePath"]))
    return manifest["files"] + sorted(found)


def _manifest_bytes(records: Mapping[str, Record]) -> int:
    return sum(record[0] for path, record in records.items() if in_manifest(path))


def service_worker(records: Mapping[str, Record], render: Callable[[str, str, dict], OutputFile],
                   last: Mapping[str, Record] | None = None) -> OutputFile:
    """Its version changes with any file of the site but itself and the zip."""
    shell = ["./"] + sorted(path for path in records if versioned(path) and _is_shell(path))
    return render(SERVICE_WORKER, SW_LAYOUT, {"version": worker_version(sums_of(records, last)), "shell": shell})


def offline_files(records: dict[str, Record], render: Callable[[str, str, dict], OutputFile],
                  last: Mapping[str, Record] | None = None) -> list[OutputFile]:
    """The offline manifest and the service worker, made from `records` (which they join);
    `last`: the last build's records (recordsums.sums_of)."""
    manifest = offline_manifest(records)
    records.update(file_records([manifest]))
    worker = service_worker(records, render, last)
    records.update(file_records([worker]))
    return [manifest, worker]


def refreshed_offline_files(records: dict[str, Record], last: Mapping[str, Record], touched: Iterable[str],
                            manifest: bytes, worker: bytes) -> list[OutputFile] | None:
    """offline_files(records) made by editing the `manifest` and `worker` of the last build (whose
    files had the records `last`), given every path whose record may differ (`touched`): the
    total and the version change, and, when files came or went, the manifest's list and the
    worker's shell. Work in proportion to `touched` (the version from the pieces' kept digests
    when `records` is kept by pieces: build/shards.py); for the quick path. None when the files are not as expected."""
    head = b'{"bytes":'
    if not manifest.startswith(head) or b"," not in manifest:
        return None
    touched = list(dict.fromkeys(touched))
    added = [p for p in touched if p in records and p not in last]
    removed = {p for p in touched if p in last and p not in records}
    total = int(manifest[len(head):manifest.index(b",")]) + sum(
        (records[p][0] if p in records else 0) - (last[p][0] if p in last else 0) for p in touched if in_manifest(p))
    if added or removed:
        new_manifest = _manifest(total, set(json.loads(manifest)["files"]) - removed | {p for p in added if in_manifest(p)})
    else:
        new_manifest = OutputFile(OFFLINE_MANIFEST, b"%s%d%s" % (head, total, manifest[manifest.index(b","):]))
    records.update(file_records([new_manifest]))
    worker = _set_line(worker, b"var VERSION = ", json.dumps(worker_version(sums_of(records))).encode())
    if (added or removed) and worker is not None:
        shell = _shell_of(worker)
        if shell is None:
            return None
        worker = _set_line(worker, b"var SHELL = ", _tojson(["./"] + sorted(set(shell[1:]) - removed | {p for p in added if _is_shell(p)})))
    if worker is None:
        return None
    new_worker = OutputFile(SERVICE_WORKER, worker)
    records.update(file_records([new_worker]))
    return [new_manifest, new_worker]


def _shell_of(worker: bytes) -> list[str] | None:
    line = b"var SHELL = "
    at = worker.find(line)
    end = worker.find(b";\n", at)
    if at < 0 or end < 0:
        return None
    shell = json.loads(worker[at + len(line):end])
    return shell if isinstance(shell, list) and shell[:1] == ["./"] else None


def _set_line(worker: bytes, line: bytes, value: bytes) -> bytes | None:
    """The worker with the value after `line` (up to its ";") replaced; None when it has none."""
    at = worker.find(line)
    end = worker.find(b";\n", at)   # a path may hold ";", never a line break
    if at < 0 or end < 0:
        return None
    return worker[:at + len(line)] + value + worker[end:]


def _tojson(value: object) -> bytes:
    """What the layout's `tojson` filter writes: Jinja's own function, the environment's arguments."""
    return str(htmlsafe_json_dumps(value, **JSON_DUMPS_KWARGS)).encode()
