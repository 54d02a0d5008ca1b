"""The search stage: each partition (partitions.py) indexed by its own Pagefind service, two or
three at a time (workers_for), or its files reused from the last build when what its pages give
Pagefind is unchanged.

Layout of the output: the first (newest) partition and Pagefind's program files in pagefind/,
the others in pagefind/parts/<name>/ (only their index: entry, meta, index, fragment, filter),
and pagefind/parts.json listing the partitions newest first, which the browser merges with
Pagefind's own mergeIndex (layouts/static/search-pagefind.js); quick builds may add overlay.py's.
"""
from __future__ import annotations

import hashlib
import json
from typing import Callable, Iterable, Mapping, Protocol, Sequence

from ...build.state import PartState, SearchState
from ...model import OutputFile
from .canonical import PAGEFIND_DIR
from .overlay import overlay_pages
from .partitions import PART_FILTER, Partition, indexed_html
from .ahead import WORKERS, Ahead, workers_for
from .service import Services, pagefind_files, version

PARTS = f"{PAGEFIND_DIR}/parts"
LIST = f"{PAGEFIND_DIR}/parts.json"
_INDEX_FILES = ("pagefind-entry.json", "index/", "fragment/", "filter/")


def folder_of(position: int, name: str) -> str:
    return PAGEFIND_DIR if position == 0 else f"{PARTS}/{name}"


def _is_index_file(rel: str) -> bool:
    return rel.startswith(_INDEX_FILES) or (rel.startswith("pagefind.") and rel.endswith(".pf_meta"))


class Sink(Protocol):
    """Where the stage's files go: add(file), keep(path) (the last build's file, unchanged);
    trusted(path): the last build's file is still exactly as written; old(path): its bytes
    then, else None; unchanged(path): this build's file has the last build's bytes."""
    def add(self, f: OutputFile) -> None: ...
    def keep(self, path: str) -> None: ...
    def trusted(self, path: str) -> bool: ...
    def old(self, path: str) -> bytes | None: ...
    def unchanged(self, path: str) -> bool: ...


def index_partitions(parts: Sequence[Partition], read: Callable[[str], bytes], previous: SearchState | None,
                     sink: Sink, jobs: int = WORKERS) -> SearchState:
    """Every partition's files into `sink`, in order, at most workers_for(jobs) being made at once."""
    with Indexing(parts, read, previous, sink, jobs) as indexing:
        return indexing.finish()


class Indexing:
    """index_partitions in two steps, so the build does other work while Pagefind runs: made,
    the partitions whose pages changed are sent to Pagefind on threads (the others' files are
    known unread: _same_part); finish() puts every partition's files into the sink, in order.
    Until then the threads only read (pages, records): the sink is written by the caller's thread
    alone, so its order does not depend on timing. Leaving the `with` ends the threads' work."""

    def __init__(self, parts: Sequence[Partition], read: Callable[[str], bytes], previous: SearchState | None,
                 sink: Sink, jobs: int = WORKERS):
        self.parts, self.read, self.previous, self.sink = parts, read, previous, sink
        self.revision = version()
        self.known = {p.key: p for p in previous.parts.values()} if previous else {}
        self.folders = [folder_of(i, p.name) for i, p in enumerate(parts)]
        # a partition holding pages of the overlay is behind them: indexed again, it takes them back
        overlaid = overlay_pages(previous)
        self.same = [None if overlaid.intersection(part.pages) else _same_part(previous, part, self.folders[i], self.revision, sink)
                     for i, part in enumerate(parts)]
        todo = [i for i, same in enumerate(self.same) if same is None]
        self._services = Services()
        self._made = Ahead(self._make, todo, workers_for(jobs, [parts[i] for i in todo]))   # under way from here

    def __enter__(self) -> "Indexing":
        return self

    def __exit__(self, *exc) -> None:
        self._made.close()   # cancels what has not started, waits for what has
        self._services.close()

    def _make(self, i: int) -> tuple[str, PartState | None, list[OutputFile]]:
        """-> (key, the last build's partition to reuse or None, files made or moved here)."""
        part, folder, sink = self.parts[i], self.folders[i], self.sink
        pages = [(path, indexed_html(self.read(path), part.name)) for path in part.pages]
        key = _key(self.revision, part.name, pages)
        hit = self.known.get(key)
        if hit is not None and hit.folder == folder:
            if all(sink.trusted(f"{hit.folder}/{rel}") for rel in hit.files):
                return key, hit, []
        elif hit is not None:   # the same index in another folder (the partitions before it changed)
            old = [(rel, sink.old(f"{hit.folder}/{rel}")) for rel in hit.files]
            if all(data is not None for _, data in old):
                return key, hit, [OutputFile(f"{folder}/{rel}", data or b"") for rel, data in old]
        by_path = dict(pages)
        return key, None, pagefind_files(by_path, by_path.__getitem__, self._services)

    def finish(self) -> SearchState:
        """Every partition's files into the sink, in order (waiting for Pagefind where it runs)."""
        sink, made = self.sink, self._made
        states: dict[str, PartState] = {}
        shared: dict[str, bytes | None] = {}
        for i, part in enumerate(self.parts):
            folder = self.folders[i]
            same = self.same[i]
            key, hit, files = (same.key, same, []) if same is not None else next(made)
            if hit is not None:   # moved files come made; files in place are kept
                for f in files:
                    sink.add(f)
                for rel in (() if files else hit.files):
                    sink.keep(f"{folder}/{rel}")
                states[part.name] = PartState(key, folder, part.pages, hit.files)
                continue
            rels = []
            for f in files:
                rel = f.path[len(PAGEFIND_DIR) + 1:]
                if _is_index_file(rel):
                    sink.add(OutputFile(f"{folder}/{rel}", f.data))
                    rels.append(rel)
                else:
                    shared[rel] = f.data
            states[part.name] = PartState(key, folder, part.pages, tuple(rels))
        _program_files(shared, self.previous, sink, self.parts, self.read)
        sink.add(OutputFile(LIST, parts_list(self.parts)))
        return SearchState(states, tuple(sorted(shared)))


def _key(revision: str, name: str, sent: Iterable[tuple[str, bytes]]) -> str:
    """What a partition's index is a function of: Pagefind's version (also in clear, for
    _same_part), its name, what each page sends."""
    digest = hashlib.sha256(f"{revision}\0{name}\0".encode())
    for path, html in sent:
        digest.update(b"%s\0%d\0%s" % (path.encode(), len(html), html))
    return f"{revision}:{digest.hexdigest()}"


def _same_part(previous: SearchState | None, part: Partition, folder: str, revision: str, sink: Sink) -> PartState | None:
    """The last build's partition of this name when nothing its key covers can have changed:
    the same Pagefind, the same pages in the same folder, each page's bytes unchanged (a title
    edit leaves all but a few partitions so; reading and digesting every page to find that
    cost a second at 10,000 articles), and its files still as written."""
    last = previous.parts.get(part.name) if previous else None
    if (last is None or last.folder != folder or last.pages != part.pages
            or not last.key.startswith(revision + ":")):
        return None
    if all(map(sink.unchanged, part.pages)) and all(sink.trusted(f"{folder}/{rel}") for rel in last.files):
        return last
    return None


def _program_files(shared: dict[str, bytes | None], previous: SearchState | None, sink: Sink,
                   parts: Sequence[Partition], read: Callable[[str], bytes]) -> None:
    """Pagefind's JavaScript and WebAssembly: from this build's runs, else the last build's,
    else from indexing one page (the WebAssembly of the site's language comes with it)."""
    for rel in (previous.shared if previous else ()):
        if rel not in shared and sink.trusted(f"{PAGEFIND_DIR}/{rel}"):
            shared[rel] = None
            sink.keep(f"{PAGEFIND_DIR}/{rel}")
    if "pagefind.js" not in shared:
        first = parts[0].pages[:1] if parts else ()
        sent = {path: indexed_html(read(path), parts[0].name) for path in first}
        for f in pagefind_files(list(sent), sent.__getitem__):
            rel = f.path[len(PAGEFIND_DIR) + 1:]
            if not _is_index_file(rel):
                shared[rel] = f.data
    for rel, data in sorted(shared.items()):
        if data is not None:
            sink.add(OutputFile(f"{PAGEFIND_DIR}/{rel}", data))


def parts_list(parts: Sequence[Partition]) -> bytes:
    """pagefind/parts.json: the partitions, newest first, each its filter value and its folder
    relative to pagefind/ (the first is pagefind/ itself)."""
    listed = [[p.name, "" if i == 0 else f"parts/{p.name}/"] for i, p in enumerate(parts)]
    return json.dumps({"filter": PART_FILTER, "parts": listed}, separators=(",", ":")).encode()


def index_pages(parts: Mapping[str, tuple[str, ...]], changed: Mapping[str, Callable[[], bytes]],
                read: Callable[[str], bytes]) -> dict[str, tuple[str, list[OutputFile]]]:
    """For a patch of a few article pages whose partitions stay (only bodies changed): name ->
    (key, index files) of each partition in `parts` (name -> its pages), made again. Its pages
    are sent in order as Pagefind takes them, an edited page's bytes asked of `changed` when its
    turn comes (the quick path starts Pagefind before it has patched them), the others read
    with `read`. Byte-identical to what index_partitions makes for the same pages."""
    made: dict[str, tuple[str, list[OutputFile]]] = {}
    for name, pages in sorted(parts.items()):
        sent: dict[str, bytes] = {}

        def page(path: str, name: str = name, sent: dict[str, bytes] = sent) -> bytes:
            sent[path] = indexed_html(changed[path]() if path in changed else read(path), name)
            return sent[path]
        files = [f for f in pagefind_files(pages, page) if _is_index_file(f.path[len(PAGEFIND_DIR) + 1:])]
        made[name] = (_key(version(), name, ((p, sent[p]) for p in pages)), files)   # asked after: Pagefind first
    return made


def reindexed(previous: SearchState, made: Mapping[str, tuple[str, list[OutputFile]]],
              pages: Mapping[str, tuple[str, ...]]) -> tuple[list[OutputFile], list[str], SearchState] | None:
    """The last build's search state with the partitions index_pages made again (they had
    `pages`): their files in their folders, the files they no longer have, the new state; None
    when one is not the last build's partition of those pages."""
    files: list[OutputFile] = []
    gone: list[str] = []
    parts = dict(previous.parts)
    for name, (key, made_files) in sorted(made.items()):
        old = parts.get(name)
        if old is None or old.pages != pages[name]:
            return None
        if key == old.key:   # the edits did not change what Pagefind reads: the files are the same
            continue
        rels = tuple(f.path[len(PAGEFIND_DIR) + 1:] for f in made_files)
        files.extend(OutputFile(f"{old.folder}/{rel}", f.data) for rel, f in zip(rels, made_files))
        gone.extend(f"{old.folder}/{rel}" for rel in old.files if rel not in rels)
        parts[name] = PartState(key, old.folder, old.pages, rels)
    return files, gone, SearchState(parts, previous.shared, previous.overlay)


def reindex_pages(previous: SearchState, changed: dict[str, bytes], read: Callable[[str], bytes],
                  ) -> tuple[list[OutputFile], list[str], SearchState] | None:
    """index_pages and reindexed in one call, for edited pages already made (`changed`: path ->
    bytes); None when a page is in no partition."""
    owner = {page: name for name, part in previous.parts.items() for page in part.pages if page in changed}
    if owner.keys() != changed.keys():
        return None
    parts = {name: previous.parts[name].pages for name in set(owner.values())}
    made = index_pages(parts, {path: (lambda data=data: data) for path, data in changed.items()}, read)
    return reindexed(previous, made, parts)
