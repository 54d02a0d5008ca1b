"""The overlay partition: a body edit at 100,000 articles without indexing a 2,048-page partition.

Pagefind cannot update an index in place, so a quick build (build/quicksearch.py) that edits the
body of an article whose partition has more than `build: search_overlay_above:` pages leaves that
partition as it is and indexes, on their own, the pages quick builds edited since their
partitions were last indexed whole: a few pages, in pagefind/parts/overlay/, each filed under
the partition filter value "overlay". pagefind/parts.json lists the overlay last and names, for
each of its pages, its id there, its base partition and the id of the version it supersedes in
that partition; search-pagefind.js drops the superseded versions from every answer and puts each
overlay page where its old version stood in its partition's newest-first order (a body edit
keeps the date, and a fresh index of the partition would number the page the same).

The next full build re-indexes whole every partition holding an overlay page and publishes no
overlay (stage.Indexing): its site is the one a cold build makes.
"""
from __future__ import annotations

import gzip
import json
from typing import Callable, Mapping

import cbor2

from ...build.state import OverlayState, PartState, SearchState
from ...model import OutputFile
from .canonical import PAGEFIND_DIR, SIGNATURE

NAME = "overlay"   # its folder and its partition filter value; no partition is named so (partitions.plan)
FOLDER = f"{PAGEFIND_DIR}/parts/{NAME}"
LIST = f"{PAGEFIND_DIR}/parts.json"


def overlay_pages(state: SearchState | None) -> set[str]:
    """The article pages the overlay of `state` holds: a full build indexes their partitions again
    and publishes no overlay."""
    return {page for page, *_ in state.overlay.pages} if state and state.overlay else set()


def page_ids(files: Callable[[str], bytes]) -> list[str]:
    """The Pagefind ids of an index's pages, in the order they were sent (path order), from its
    entry and metadata files (`files`: path relative to the index's folder -> bytes)."""
    entry = json.loads(files("pagefind-entry.json"))
    (info,) = entry["languages"].values()   # the site has one language
    raw = gzip.decompress(files(f"pagefind.{info['hash']}.pf_meta"))
    if not raw.startswith(SIGNATURE):
        raise ValueError("unexpected Pagefind metadata (no pagefind_dcd signature)")
    return [page[0] for page in cbor2.loads(raw[len(SIGNATURE):])[1]]


def overlaid(previous: OverlayState | None, key: str, made: list[OutputFile], pages: tuple[str, ...],
             bases: Mapping[str, PartState], owner: Mapping[str, str], read: Callable[[str], bytes],
             ) -> tuple[list[OutputFile], list[str], OverlayState]:
    """The overlay index made of `pages` (its `made` files, Pagefind's paths, and `key`) put in
    its folder: (its files and the new parts.json, the last overlay's files it no longer has, its
    state). `owner`: page -> base partition name; `bases`: the partitions by name. Raises
    ValueError or KeyError when a base partition's files are not as its state says."""
    rels = [f.path[len(PAGEFIND_DIR) + 1:] for f in made]
    by_rel = {rel: f.data for rel, f in zip(rels, made)}
    new_ids = page_ids(by_rel.__getitem__)
    if len(new_ids) != len(pages):
        raise ValueError("the overlay index has not one page per page sent")
    known = {page: old for page, _, old, _ in previous.pages} if previous else {}
    ids_of: dict[str, list[str]] = {}

    def old_id(page: str) -> str:
        if page in known:   # the base partition has not been indexed again since
            return known[page]
        base = bases[owner[page]]
        if base.folder not in ids_of:
            ids_of[base.folder] = page_ids(lambda rel: read(f"{base.folder}/{rel}"))
        return ids_of[base.folder][base.pages.index(page)]
    entries = tuple((page, owner[page], old_id(page), new) for page, new in zip(pages, new_ids))
    files = [OutputFile(f"{FOLDER}/{rel}", by_rel[rel]) for rel in rels]
    files.append(OutputFile(LIST, listing(read(LIST), entries)))
    gone = [f"{FOLDER}/{rel}" for rel in (previous.files if previous else ()) if rel not in by_rel]
    return files, gone, OverlayState(key, tuple(rels), entries)


def listing(published: bytes, entries: tuple[tuple[str, str, str, str], ...]) -> bytes:
    """pagefind/parts.json (stage.parts_list) with the overlay listed last and its pages named:
    [id in the overlay, base partition, id superseded there], in page path order."""
    data = json.loads(published)
    parts = [p for p in data["parts"] if p[0] != NAME] + [[NAME, f"parts/{NAME}/"]]
    shown = {"filter": data["filter"], "parts": parts,
             "overlay": {"name": NAME, "pages": [[new, base, old] for _, base, old, new in entries]}}
    return json.dumps(shown, separators=(",", ":")).encode()
