"""The quick path of `build`: when the only change since the last build is to the bodies of a few
articles or pages, rebuild in time that does not grow with the archive.

No layout but an article's own, and the full-text feed's entries, can show a body, and those
show it at a marker the build records the byte range of (render/bodies.py: slots). So when
build/changes.py classifies the change as Bodies, the new site is the old one with the new
bodies in those slots (write/patch.patch_bodies), then the offline summary, manifest and
service worker made again from the records, and the zip patched: byte-identical to a full build
by construction (tests/test_quick.py). Anything else (a file added, removed or renamed, another
field changed, an error, the output folder touched since) returns None and the full build runs.
With search on, the edited articles' Pagefind partitions are indexed again (or, past
`build: search_overlay_above:` pages, only the edited pages, into the search overlay) and the
offline index patched (build/quicksearch.py); files replaced by new names are removed in the same swap.
"""
from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Mapping, MutableMapping

from .cache import BuildCache
from .plaindata import StateError
from .changes import Bodies, Edit, Known, Nothing, classify, fields_digest
from .reuse import QuickFacts, read_quick_facts
from .shards import Sharded
from .state import BuildState, OfflineEdits, Outputs, SearchState, Settings
from ..model import Article, Record, record_of
from ..urls import offline_part_path
from ..write.files import folder_identity
from ..write.patch import patch_bodies, patch_site
from ..outputs.recordsums import sums_of, total_size
from ..outputs.sitezip import SITE_ZIP, patch_zip, zip_folder_name

if TYPE_CHECKING:   # imported by a build with search on only
    from .quicksearch import EarlyPagefind

# More edited files than this and a full build costs about the same.
PATCH_LIMIT = 50


def quick_facts(settings: Settings, config: Any, targets: dict, aliases: dict, articles: tuple[Article, ...],
                searched: tuple[Article, ...] = (), versions: dict[tuple[str, str], str] | None = None,
                search: SearchState | None = None) -> QuickFacts:
    """What the quick path needs to make and check the edited articles and pages; `searched`:
    the articles in the order of the offline search index (none without search); `versions`:
    their fields_digest by (kind, slug), when the build made them already; `search`: the
    Pagefind partitions (a body edit keeps them: the quick path starts Pagefind from these)."""
    digest = (lambda a: versions[(a.kind, a.slug)]) if versions is not None else fields_digest
    parts = search.parts.items() if search is not None else ()
    numbers = {page: n for n, page in enumerate(sorted(a.page_path for a in searched))}
    return QuickFacts(settings, config, targets, aliases, {a.path: digest(a) for a in articles},
                      {a.page_path: (n, numbers[a.page_path]) for n, a in enumerate(searched)},
                      {page: name for name, part in parts for page in part.pages})


def quick_build(options: Any, cache: BuildCache, settings: Settings, stats: dict[str, tuple]) -> tuple[int, int] | None:
    """-> (articles in the site, files written), or None when a full build is needed."""
    state = cache.state
    if options.dev or state is None:
        return None
    facts = read_quick_facts(cache)
    if facts is None or facts.settings.digest != state.settings:
        return None
    try:   # a piece of the state that does not read: the full build reads none of it (BuildCache.load_all)
        return _quick(options, cache, settings, stats, facts)
    except StateError:
        return None


def _quick(options: Any, cache: BuildCache, settings: Settings, stats: dict[str, tuple],
           facts: QuickFacts) -> tuple[int, int] | None:
    # the documents of the pieces of the last stat keys that differ from the scan's: the others
    # are the same (build/shards.py), so only those are classified
    old, now = cache.stat_changes(stats)
    change = classify(Known(facts.settings, old, facts), settings, {shown: stats[shown] for shown in now},
                      options.content_dir, options.drafts, options.search, PATCH_LIMIT)
    if not isinstance(change, (Bodies, Nothing)):
        return None
    edits = change.edits if isinstance(change, Bodies) else ()
    early = None
    if options.search and edits:
        # Pagefind's run is the longest part: started now, it indexes while the rest is made.
        # Its code is imported only by a build with search on.
        from .quicksearch import start_pagefind
        early = start_pagefind(facts, cache.outputs().search, edits, lambda path: _read(options.out_dir, path))
    try:
        return _patched(options, cache, stats, facts, edits, early, [k for k in now if now[k] != old.get(k)])
    finally:
        if early is not None:
            early.cancel()


def _patched(options: Any, cache: BuildCache, stats: dict[str, tuple], facts: QuickFacts, edits: tuple[Edit, ...],
             early: EarlyPagefind | None, edited: Iterable[str]) -> tuple[int, int] | None:
    """The quick build once the change is known to be `edits` (none: nothing changed; `edited`:
    the documents whose stat keys changed)."""
    state = cache.state
    if not cache.output_intact(options.out_dir):
        return None
    last = cache.outputs()
    if not last.records or not all(e.article.page_path in last.records for e in edits):   # outputs unreadable, or a page missing
        return None
    try:
        made = _changed_files(options, facts, last, edits, early)
    except ValueError:   # slots that are not the files'
        return None
    if made is None:
        return None
    changes, slots, gone, search, held = made
    following: list[tuple[BuildState, Outputs]] = []

    def prepare(keys: dict[str, tuple[int, int, int]]) -> None:   # while the new files flush
        output_stats = _without(_updated(state.output_stats, keys), gone)
        new_outputs = _next_outputs(last, changes, slots, gone, search, held)
        zipped = [(SITE_ZIP, output_stats[SITE_ZIP][0])] if SITE_ZIP in output_stats else []
        new_state = replace(state, stats=_updated(state.stats, {shown: stats[shown][2] for shown in edited}),
                            output_stats=output_stats, size=total_size(sums_of(new_outputs.records), zipped))
        following.append((new_state, new_outputs))

    def save() -> None:   # once the new site is in place
        new_state, new_outputs = following[0]
        cache.save(replace(new_state, site_identity=folder_identity(options.out_dir)), new_outputs, None)
    if not changes:
        prepare({})
        save()
    elif not patch_site(options.out_dir, cache.folder / "spare", changes, (SITE_ZIP,), meanwhile=prepare, then=save,
                        gone=gone):
        return None
    return state.articles, len(changes)


def _changed_files(options: Any, facts: QuickFacts, last: Outputs, edits: tuple[Edit, ...],
                   early: EarlyPagefind | None) -> tuple | None:
    """(every output whose bytes change, the new slots of the files that hold the edited bodies,
    the files removed, the search state, the offline index's texts changed since the last full
    build), or None when the quick path cannot make one of them."""
    out_dir, records = options.out_dir, last.records
    read = lambda path: _read(out_dir, path)   # noqa: E731
    made, slots = patch_bodies(read, last.slots, {e.article.page_path: e.article.body_html for e in edits})
    search, held, gone = last.search, last.offline, ()
    if options.search and made:
        # files made from the pages (the search indexes) join them before the offline files and
        # the zip, which describe every file; the describing files' code is imported while
        # Pagefind indexes
        from .quicksearch import search_patch
        patched = search_patch(read, last, facts, edits, made, early, meanwhile=_describing_code)
        if patched is None:
            return None
        made.update(patched.files)
        search, held, gone = patched.state, patched.offline, patched.gone
    changes = {path: data for path, data in made.items() if records.get(path) != record_of(data)}
    if not changes:
        return {}, slots, (), search, held
    if not _described(read, records, made, changes, gone):
        return None
    if facts.config.download_zip:
        splice = patch_zip(os.path.join(out_dir, SITE_ZIP), changes, zip_folder_name(facts.config.title), gone)
        if splice is None:
            return None
        changes[SITE_ZIP] = splice
    return changes, slots, gone, search, held


def _describing_code() -> tuple[Any, Any]:
    """The modules of the files that describe every other file (the offline summary and shell,
    the offline manifest and the service worker), imported on first use (Jinja's JSON writer with
    them: 50 ms), which a search-on quick build makes while Pagefind runs."""
    from ..outputs import offlineparts, serviceworker
    return offlineparts, serviceworker


def _described(read: Callable[[str], bytes], records: Mapping[str, Record], made: dict[str, bytes],
               changes: dict[str, bytes], gone: tuple[str, ...]) -> bool:
    """The describing files whose bytes change after `made` and `gone`, added to `changes`;
    False when the last ones are not as expected."""
    parts, worker = _describing_code()
    shell_path = offline_part_path(parts.SHELL)
    new_records = _without(_updated(records, {path: record_of(data) for path, data in made.items()}), gone)
    added = [p for p in made if p not in records and p in new_records]
    if (gone or added) and shell_path in records:   # the shell lists the offline index's chunks
        added = [p for p in added if worker.in_manifest(p)]
        shell = parts.refreshed_shell(read(shell_path), added, gone)
        new_records.update(worker.file_records([shell]))
        if records[shell_path] != new_records[shell_path]:
            changes[shell_path] = shell.data
    if parts.SUMMARY in records:   # the offline summary's total and version, before the worker's version
        made_summary = parts.summary(new_records)
        new_records.update(worker.file_records([made_summary]))
        if records[parts.SUMMARY] != new_records[parts.SUMMARY]:
            changes[parts.SUMMARY] = made_summary.data
    offline = worker.refreshed_offline_files(new_records, records, [*changes, *gone], read(worker.OFFLINE_MANIFEST),
                                             read(worker.SERVICE_WORKER))
    if offline is None:
        return False
    for f in offline:
        if records.get(f.path) != new_records[f.path]:
            changes[f.path] = f.data
    return True


def _updated(mapping: Mapping, changes: Mapping) -> MutableMapping:
    """A copy of `mapping` with `changes`: a map kept by pieces copies only the pieces changed."""
    new = mapping.copy() if isinstance(mapping, Sharded) else dict(mapping)
    new.update(changes)
    return new


def _without(mapping: MutableMapping, gone: tuple[str, ...]) -> MutableMapping:
    """`mapping` (changed in place) without the files the search indexes no longer have."""
    for path in gone:
        mapping.pop(path, None)
    return mapping


def _read(out_dir: Path, path: str) -> bytes:
    with open(os.path.join(out_dir, path), "rb") as fh:
        return fh.read()


def _next_outputs(last: Outputs, changes: dict[str, bytes], slots: dict[str, tuple], gone: tuple[str, ...],
                  search: SearchState | None, offline: OfflineEdits | None) -> Outputs:
    """The outputs of the last build brought up to date, so the next build starts from this one."""
    records = _updated(last.records, {path: record_of(data) for path, data in changes.items() if path != SITE_ZIP})
    return replace(
        last,
        records=_without(records, gone),
        # pages this build patched: their fingerprints (Prints, passed on unread) no longer hold,
        # so the next full build renders them again
        patched=last.patched | frozenset(changes),
        slots=_updated(last.slots, slots),
        search=search,
        offline=offline)
