"""The service worker (sw.js at the site root, so its scope is the base path) and the list of
files the "Keep this archive offline" button saves.

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
from typing import Iterable, Mapping

from ..model import OutputFile

SERVICE_WORKER = "sw.js"
OFFLINE_MANIFEST = "offline/manifest.json"

_SW = r"""/* Chronicle service worker (generated). Scope: the folder holding this file. */
"use strict";
var VERSION = %(version)s;
var SHELL = %(shell)s;
var CACHE = "chronicle:" + self.registration.scope;
var HASHED = /\/pagefind\/(fragment|index|filter)\/|\.pf_meta$/;

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    // One file failing (a build without search, say) must not stop the rest.
    return Promise.all(SHELL.map(function (path) {
      var url = new URL(path, self.registration.scope).href;
      return fetch(url, { cache: "no-cache" }).then(function (response) {
        if (response.ok) return cache.put(url, response);
      }).catch(function () {});
    }));
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(self.clients.claim());
});

function fromCache(request) {
  return caches.open(CACHE).then(function (cache) {
    return cache.match(request, { ignoreSearch: true }).then(function (hit) {
      if (hit) return hit;
      if (request.mode === "navigate") {
        var home = new URL("index.html", self.registration.scope).href;
        return new Response("<!DOCTYPE html><meta charset=utf-8><meta name=viewport content='width=device-width'>" +
          "<title>Offline</title><h1>You are offline</h1><p>This page was not saved for offline reading. " +
          "<a href='" + home + "'>Go to the home page</a>, or press \u201cKeep this archive offline\u201d " +
          "next time you are online.</p>", { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } });
      }
      return Response.error();
    });
  });
}

function remember(request, response) {
  if (response && response.ok && response.type === "basic") {
    var copy = response.clone();
    caches.open(CACHE).then(function (cache) { cache.put(request.url.split("?")[0], copy); });
  }
  return response;
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(self.registration.scope)) return;
  if (HASHED.test(new URL(request.url).pathname)) {
    event.respondWith(caches.open(CACHE).then(function (cache) {
      return cache.match(request, { ignoreSearch: true }).then(function (hit) {
        return hit || fetch(request).then(function (r) { return remember(request, r); });
      });
    }));
    return;
  }
  event.respondWith(fetch(request).then(function (r) { return remember(request, r); })
    .catch(function () { return fromCache(request); }));
});
"""


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


Record = tuple[int, bytes]     # a file's size and SHA-256 digest


def file_records(files: Iterable[OutputFile]) -> dict[str, Record]:
    return {f.path: (len(f.data), hashlib.sha256(f.data).digest()) for f in files}


def offline_manifest(records: Mapping[str, Record]) -> OutputFile:
    kept = sorted(path for path in records if in_manifest(path))
    data = {"bytes": _manifest_bytes(records), "files": kept}
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
    return OutputFile(OFFLINE_MANIFEST, text.encode("utf-8"))


def _manifest_bytes(records: Mapping[str, Record]) -> int:
    return sum(record[0] for path, record in records.items() if in_manifest(path))


def service_worker(records: Mapping[str, Record]) -> OutputFile:
    """Its version changes with any file of the site but itself and the zip."""
    paths = _versioned_paths(records)
    shell = ["./"] + [path for path in paths if _is_shell(path)]
    text = _SW % {"version": json.dumps(_version(records, paths)), "shell": json.dumps(shell, ensure_ascii=False)}
    return OutputFile(SERVICE_WORKER, text.encode("utf-8"))


def _versioned_paths(records: Mapping[str, Record]) -> list[str]:
    """The files whose digests make the worker's version: all but itself and the zip."""
    return sorted(p for p in records if p != SERVICE_WORKER and not p.startswith("download/"))


def _version(records: Mapping[str, Record], paths: list[str]) -> str:
    return hashlib.sha256(b"".join(path.encode() + b"\0" + records[path][1] for path in paths)).hexdigest()[:16]


def offline_files(records: dict[str, Record]) -> list[OutputFile]:
    """The offline manifest and the service worker, made from `records` (which they join)."""
    manifest = offline_manifest(records)
    records.update(file_records([manifest]))
    worker = service_worker(records)
    records.update(file_records([worker]))
    return [manifest, worker]


def refreshed_offline_files(records: dict[str, Record], manifest: bytes, worker: bytes) -> list[OutputFile] | None:
    """offline_files(records) made by editing the `manifest` and `worker` of a build with the same
    files (only sizes and digests changed): their lists stay, the total and the version change.
    Four times faster at 10,000 files, for the quick path; None when they are not as expected."""
    head = b'{"bytes":'
    if not manifest.startswith(head) or b"," not in manifest:
        return None
    new_manifest = OutputFile(OFFLINE_MANIFEST, b"%s%d%s" % (head, _manifest_bytes(records), manifest[manifest.index(b","):]))
    records.update(file_records([new_manifest]))
    line = b"var VERSION = "
    at = worker.find(line)
    end = worker.find(b";", at)
    if at < 0 or end < 0:
        return None
    paths = _versioned_paths(records)
    version = json.dumps(_version(records, paths)).encode()
    new_worker = OutputFile(SERVICE_WORKER, worker[:at + len(line)] + version + worker[end:])
    records.update(file_records([new_worker]))
    return [new_manifest, new_worker]
