"""The build, as a recipe: load config -> load articles -> build index -> plan -> render -> write -> search."""
from __future__ import annotations

import contextlib
import hashlib
import os
import sys
import time
from collections.abc import Mapping
from types import MappingProxyType
from typing import Callable

from . import budget
from .cache import BuildCache, code_salt, tree_digest
from .heap import few_full_collections
from ..errors import InterruptedAfterPublishing
from ..model import BuildReport
from .state import Settings
from .options import BuildOptions, Stages
from ..source.scan import document_stats, shown_path
from ..outputs.sitezip import SITE_ZIP
from ..write.emptying import refuse_emptying
from ..write.files import cleanup_leftovers, exclusive_lock, refuse_foreign_folder, refuse_non_folder
from ..write.mirrorwork import Mirroring
from ..write.patch import drop_spare, mirror_site
from ..write.sparestage import open_staging
from ..write.staging import Staging

def settings_of(options: BuildOptions) -> Settings:
    """Everything but the content that a build depends on (the preview's too)."""
    other = [code_salt(), repr((options.search, options.base_path, options.drafts, options.dev,
                                str(options.content_dir.absolute()), str(options.layouts_dir.absolute())))]
    return Settings(tree_digest(options.layouts_dir),
                    tree_digest(options.config_path) if options.config_path.exists() else "no-config",
                    hashlib.sha256("\n".join(other).encode()).hexdigest())


def build(options: BuildOptions, progress: Callable[[str], None] | None = None,
          on_wait: Callable[[str], None] | None = None) -> BuildReport:
    with few_full_collections():   # the build's heap is large and long-lived (build/heap.py)
        return _build(options, progress, on_wait)


def _build(options: BuildOptions, progress: Callable[[str], None] | None,
           on_wait: Callable[[str], None] | None) -> BuildReport:
    started = time.perf_counter()
    stages = Stages(progress)
    cache = stages.run("cache", BuildCache.open, options.out_dir, options.cache)
    # refuse a wrong --out in a second, not after a full render
    refuse_foreign_folder(options.out_dir, cache.built_identity())
    refuse_non_folder(cache.folder, "the build's cache")
    # a killed build may have left site/ moved aside: restore it before asking whether it is up to date
    with exclusive_lock(options.out_dir, "build", on_wait=on_wait):
        cleanup_leftovers(options.out_dir.absolute())
    cache.check_output(options.out_dir)   # on the other core, while this one scans
    # The quick path's modules are imported only when there is something to do. Importing them on
    # a thread during the scan saved nothing: an import holds the GIL, and the scan, back from
    # each stat call, waits for it (the two ran one after the other), so a build with nothing to
    # do paid for them (0.13 s of 0.5 s at 10,000 articles).
    stats = stages.run("scan", document_stats, options.content_dir, options.shown_base)
    settings = settings_of(options)
    if not options.allow_empty:   # before the cache's answer: a build with nothing to do publishes nothing
        refuse_emptying(options.out_dir, options.content_dir, {kind for _, kind, _ in stats.values()},
                        lambda path: shown_path(path, options.shown_base))
    if cache.up_to_date(settings.digest, stats, options.out_dir):
        return _report(cache.state.articles, len(cache.state.output_stats), 0, started, stages, cache, options)
    from .quick import quick_build
    with exclusive_lock(options.out_dir, "build", on_wait=on_wait):
        quick = stages.run("quick", quick_build, options, cache, settings, stats)
    if quick is not None:
        return _report(quick[0], len(cache.state.output_stats), quick[1], started, stages, cache, options)
    cache.output_intact(options.out_dir)   # long answered by now; collects the checking child
    cache.load_all()   # a piece of the state that does not read is no cache, before anything uses it
    # the full build: Jinja, the page planner and the search client are imported only now, which
    # keeps the quick path's start short (chronicle/build/assemble.py)
    from .reuse import load_article_entries
    from .siteconfig import read_config
    config = stages.run("config", read_config, options)
    stages.run("cache", load_article_entries, cache)
    # the staging folder fills while pages render: one build at a time from here on
    staging: Staging | None = None
    try:
        with exclusive_lock(options.out_dir, "build", on_wait=on_wait):
            staging = open_staging(options.out_dir, _LastRecords(cache), cache.built_identity(), cache.folder / "spare",
                                   _intact_keys(cache, options), (SITE_ZIP,))
            try:
                site, size, size_warnings, result = _full_build(options, config, stages, cache, staging, settings, stats)
            finally:
                # the last site, exchanged out, is removed on a thread meanwhile (Staging.__exit__);
                # gone before the lock is let go, since the next build stages in that folder
                stages.run("write", staging.removed)
            return BuildReport(
                articles=len(site.index.articles), pages=result.written + result.unchanged, written=result.written,
                unchanged=result.unchanged, removed=result.removed, seconds=time.perf_counter() - started,
                stage_seconds=MappingProxyType(dict(stages.seconds)), warnings=tuple(size_warnings),
                size=size,
            )
    except KeyboardInterrupt:
        if staging is not None and staging.published:
            raise InterruptedAfterPublishing() from None
        raise


class _LastRecords(Mapping):
    """The last build's records of its files, decoded when first asked (BuildCache.outputs: 0.1 s
    at 10,000 articles, which a metadata edit's build spends while it waits for its threads)."""

    def __init__(self, cache: BuildCache):
        self._cache = cache

    def get(self, path: str, default=None):
        return self._cache.outputs().records.get(path, default)

    def __getitem__(self, path: str):
        return self._cache.outputs().records[path]

    def __iter__(self):
        return iter(self._cache.outputs().records)

    def __len__(self) -> int:
        return len(self._cache.outputs().records)


def _full_build(options: BuildOptions, config, stages: Stages, cache: BuildCache, staging: Staging,
                settings: Settings, stats: dict) -> tuple:
    """Made, published and its cache saved: (site, size, size warnings, write result)."""
    from .assemble import make_site
    with staging:
        site = make_site(options, config, stages, cache, staging, stats)
        # measured before the swap: with build.size_limits: error, a site over a limit is never published
        size = budget.site_size(budget.sizes_of(staging.records, staging.folder, (SITE_ZIP,)))
        size_warnings = budget.check(size, shown_path(options.out_dir, options.shown_base), config.size_limits == "error")
        result = stages.run("write", staging.commit)
    from .finish import save_cache     # (imported by make_site while the threads were found)
    spare = cache.folder / "spare"     # the quick path's mirror of the site (output.patch_site)
    ahead = _mirroring(cache, options, staging, spare)
    with ahead or contextlib.nullcontext():
        quick = stages.run("save cache", save_cache, cache, options, settings, stats, site, size)
        if quick and ahead is not None:
            stages.run("mirror", ahead.wait)
        elif quick and not stages.run("mirror", staging.mirrored):   # staged in the mirror: caught up already
            stages.run("mirror", mirror_site, options.out_dir, spare, (SITE_ZIP,))
    if not quick:
        staging.removed()
        drop_spare(spare)
    return site, size, size_warnings, result


def _mirroring(cache: BuildCache, options: BuildOptions, staging: Staging, spare) -> Mirroring | None:
    """The quick path's mirror begun in a child beside the cache's save, when the build keeps a
    mirror (a cache, not the preview's) and did not stage in it (write/mirrorwork.py)."""
    if not cache.enabled or options.dev or staging.in_mirror:
        return None
    return Mirroring(options.out_dir, spare, (SITE_ZIP,))


def _intact_keys(cache: BuildCache, options: BuildOptions) -> Mapping | None:
    """The last build's files by stat key, when this build's output check found them all so."""
    if not cache.enabled or cache.state is None or not cache.output_intact(options.out_dir):
        return None
    return cache.state.output_stats


def _report(articles: int, files: int, written: int, started: float, stages: Stages, cache: BuildCache,
            options: BuildOptions) -> BuildReport:
    """A build that did not render: the size is the published site's, as the state has it (else
    from the cache's records)."""
    size = cache.state.size if cache.state is not None else None
    if size is None:
        size = budget.site_size(budget.sizes_of(cache.outputs().records, options.out_dir, (SITE_ZIP,)))
    return BuildReport(articles=articles, pages=files, written=written, unchanged=files - written, removed=0,
                       seconds=time.perf_counter() - started, stage_seconds=MappingProxyType(dict(stages.seconds)),
                       warnings=tuple(budget.check(size, shown_path(options.out_dir, options.shown_base), False)),
                       size=size)


def terminal_progress() -> Callable[[str], None] | None:
    if not sys.stderr.isatty() or os.environ.get("CI"):
        return None

    def show(stage: str) -> None:
        sys.stderr.write(f"\r\033[K  {stage}…")
        sys.stderr.flush()
    return show
