"""The full build after its story threads are found (chronicle/build/assemble.py): plan and
render the pages, index them for search and publish the outputs into a sink (output.Staging for
`build`, memory for the preview server); then what the cache keeps of it. Imported while the
threads' child works.
"""
from __future__ import annotations

import contextlib
import hashlib
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable

from .assemble import article_versions, build_jobs, known_digests
from .bodystore import with_body
from .cache import BuildCache, code_salt
from .outputcheck import output_stats
from .load import Loaded
from .offlinework import WholeOffline
from .options import BuildOptions, Stages
from .quick import quick_facts
from .reuse import read_offline_state, save_offline_state, save_page_keys, save_quick_facts, save_related
from .savework import Saving
from .state import BuildState, OfflineState, Outputs, Prints, RelatedState, SearchState, Settings, ThreadSummary
from ..config import Config
from ..errors import OutputError
from ..index.collect import related_key, related_sizes
from ..index.threads import Threads
from ..model import Article, OutputFile, Record, SiteIndex, SiteSize
from ..outputs.offline import MANIFEST
from ..outputs.offlinepatch import LastOffline, held_offline, offline_state, text_digest
from ..outputs.registry import Inputs, publish_files
from ..outputs.search.partitions import plan
from ..outputs.search.stage import Indexing
from ..outputs.serviceworker import file_records
from ..outputs.sitezip import SITE_ZIP
from ..render.pages import RenderedSite, output_renderer, render_site
from ..render.pagesreuse import Prepared
from ..source.documents import mark_draft_titles, topic_aliases
from ..write.files import folder_identity
from ..write.staging import Staging


class _SearchSink:
    """The search stage's view of the build's sink and of the last build's files; `kept(path)`:
    the page is kept from the last build (its link in the sink may not be made yet)."""

    def __init__(self, sink: Any, cache: BuildCache, out_dir: Path, kept: Callable[[str], bool]):
        self.add, self.keep, self._sink, self._kept = sink.add, sink.keep, sink, kept
        self._cache, self._out_dir = cache, out_dir
        self._records, self._last = sink.records, cache.outputs().records

    def read(self, path: str) -> bytes:
        """A page as this build has it: a kept page's bytes from the last build's file (the same
        bytes: Pagefind's threads read it while this thread links it into the sink)."""
        if not self._kept(path):
            return self._sink.read(path)
        data = self.old(path)
        if data is None:
            raise OutputError(os.path.join(self._out_dir, path), None,
                              "changed while the site was being built; build again")
        return data

    def trusted(self, path: str) -> bool:
        return self._cache.trusted(self._out_dir, path)

    def unchanged(self, path: str) -> bool:
        """The page this build made has the bytes (size and SHA-256) of the last build's."""
        if self._kept(path):
            return True
        last = self._last.get(path)
        return last is not None and self._records.get(path) == last

    def old(self, path: str) -> bytes | None:
        return self._cache.trusted_output(self._out_dir, path)


def _search_started(index: SiteIndex, sink: Any, options: BuildOptions, cache: BuildCache, config: Config,
                    kept: Callable[[str], bool]) -> Indexing:
    """The Pagefind index, partition by partition, started; a partition whose pages give Pagefind
    the same bytes as last time keeps its files. Pages are read as they are sent (_SearchSink)."""
    parts = plan(((a.page_path, a.date) for a in index.articles), smallest=config.search_partition)
    searched = _SearchSink(sink, cache, options.out_dir, kept)
    return Indexing(parts, searched.read, cache.outputs().search, searched, build_jobs(options))


class MemorySink:
    """Where the preview server's site goes: memory (a build writes into output.Staging)."""

    def __init__(self, cache: BuildCache, out_dir: Path):
        self.files: dict[str, bytes] = {}
        self.records: dict[str, Record] = {}
        self._cache, self._out_dir = cache, out_dir

    def add(self, f: OutputFile) -> None:
        self.files[f.path] = f.data
        self.records.update(file_records([f]))

    def keep(self, path: str) -> None:
        self.add(OutputFile(path, self._cache.trusted_output(self._out_dir, path) or b""))

    def flush_early(self) -> None:
        """(Memory has no disk to flush.)"""

    def add_chunks(self, path: str, chunks) -> None:
        self.files[path] = b"".join(chunks)

    def read(self, path: str) -> bytes:
        return self.files[path]

    def paths(self) -> list[str]:
        return sorted(self.files)


@dataclass(frozen=True)
class MadeSite:
    """Everything a build made; its files are in `sink`."""
    loaded: Loaded
    index: SiteIndex
    rendered: RenderedSite
    sink: Any
    search: SearchState | None
    slots: dict[str, tuple]          # every file that holds bodies -> where they are (render/bodies.py)
    offline: OfflineState | None = None   # what the offline search index holds (search on)
    versions: dict = field(default_factory=dict)   # (kind, slug) -> changes.fields_digest of each article
    related_key: str | None = None   # of the related articles the build read from the cache


def finish_site(options: BuildOptions, stages: Stages, cache: BuildCache, sink: Any, loaded: Loaded,
                index: SiteIndex, saving: Saving, prepared: Prepared, held: list, ending: contextlib.ExitStack,
                known_key: str | None) -> MadeSite:
    """The pages planned and rendered, searched and published into `sink`, the threads found
    (`index`); `ending` ends Pagefind's threads on an error; `held`: the last offline state if
    read while the threads were found; `known_key`: of the related articles read from the cache."""
    config = loaded.config
    whole_offline = WholeOffline()
    ending.callback(whole_offline.close)
    if options.search:
        whole_offline.start(index, config.language, loaded.bodies, cache.outputs().records, build_jobs(options))
    versions = article_versions(loaded)

    def saved() -> None:
        """Once the pages are planned: the bodies are kept until they are saved (a child that
        failed saved nothing), then let go of before the render forks its workers."""
        nonlocal loaded
        if stages.run("save cache", saving.saved):
            loaded = replace(loaded, cache_entries={})   # frees every document's text
            loaded.bodies.release()   # saved: read back a part at a time, in the order the pages ask
    # Pagefind indexes the changed partitions on both cores as soon as the article pages are
    # made, while this thread renders the listings and then makes the outputs that do not
    # describe the search index (feeds, the offline index, ...): a title edit's search stage
    # was mostly waiting for Pagefind
    begun: list[Indexing] = []

    def start_search(kept: Callable[[str], bool]) -> None:
        begun.append(stages.run("search", _search_started, index, sink, options, cache, config, kept))
    ending.callback(_end_all, begun)   # an error or Ctrl-C while Pagefind runs ends its threads
    rendered = render_site(index, config, options, stages, sink, cache, versions, loaded.bodies,
                           start_search if options.search else None, saved, prepared)
    rendered.reuse.printer.forget()
    rendered, search, offline, slots = _published(index, loaded, rendered, options, stages, cache, sink,
                                                  begun[0] if begun else None, held, whole_offline.taker())
    return MadeSite(loaded, index, rendered, sink, search, slots, offline.now if offline else None, versions,
                    known_key)


def _end_all(begun: list[Indexing]) -> None:
    for started in begun:
        started.__exit__(None, None, None)


def _published(index: SiteIndex, loaded: Loaded, rendered: RenderedSite, options: BuildOptions, stages: Stages,
               cache: BuildCache, sink: Any, started: Indexing | None, held: list,
               whole_offline: Callable[[], list[OutputFile]] | None) -> tuple:
    """The outputs that do not describe the search index, made while Pagefind runs (`started`),
    then the search index's files, then the outputs that describe them -> (rendered with the
    outputs' fingerprints, search state, offline state, every file's body slots);
    `whole_offline`: the offline index's files, begun early (build/offlinework.py)."""
    search, offline, config = None, None, loaded.config
    if options.search:
        offline = stages.run("publish", _last_offline, index, loaded, options, cache, held)
    last_zip = options.out_dir / SITE_ZIP if cache.trusted(options.out_dir, SITE_ZIP) else None
    render = output_renderer(rendered.env, rendered.common, options.layouts_dir, loaded.bodies.html(), rendered.reuse)
    inputs = Inputs(index, config, rendered.page_paths, options, sink, render, last_zip, cache.outputs().records,
                    offline, whole_offline)
    stages.run("publish", publish_files, inputs, False)
    sink.flush_early()   # all but the search index's files are staged: they go to the disk while Pagefind runs
    search = stages.run("search", started.finish) if started else None
    stages.run("publish", publish_files, inputs, True)
    rendered = replace(rendered, prints={**rendered.prints, **render.prints})   # the outputs' too, for the next build
    return rendered, search, offline, {**rendered.slots, **render.slots}


def _last_offline(index: SiteIndex, loaded: Loaded, options: BuildOptions, cache: BuildCache, read: list) -> LastOffline:
    """What the offline search index is patched from: the last build's state of it, and the
    articles as the last full build read them (the article cache and its bodies), drafts' titles
    marked; `full`: an article of this build with its body. `read`: the last offline state, if
    read already (while the threads were found)."""
    old = {entry.article.page_path: entry for entry in cache.articles.values()}
    salt = hashlib.sha256((code_salt() + repr(loaded.config)).encode()).hexdigest()
    bodies = loaded.bodies

    def old_article(page: str) -> Article | None:
        entry = old.get(page)
        body = bodies.saved_body(entry.at, page) if entry is not None else None
        if body is None:
            return None
        article = with_body(entry.article, body)
        return mark_draft_titles([article])[0] if options.drafts else article
    last = cache.outputs()
    held = held_offline(read[0] if read else read_offline_state(cache), last.offline, last.records.get(MANIFEST))
    texts = dict(zip((a.page_path for a in loaded.articles), known_digests(loaded, 2, lambda a: text_digest(bodies.article(a)))))
    return LastOffline(held, offline_state(index, salt, texts.__getitem__), old_article,
                       lambda path: cache.trusted_output(options.out_dir, path),
                       lambda path: cache.trusted(options.out_dir, path), bodies.article)


def _output_keys(sink: Any, last: dict, out_dir: Path) -> dict:
    """Every output file's stat key: from the staging folder, which knows the files it kept
    (write/staging.Staging.stat_keys), else from a walk of the site."""
    if isinstance(sink, Staging):
        try:
            return sink.stat_keys(last)
        except OSError:   # a file gone since: the walk says what is there
            pass
    return output_stats(out_dir)


def thread_summary(threads: Threads, content_dir: Path) -> ThreadSummary:
    """What the build keeps: the content folder it read and, by slug, each thread's title and
    the file names of its articles (the same whatever folder the build ran from)."""
    return ThreadSummary(str(content_dir.resolve()),
                         {slug: (t.title, tuple(os.path.basename(a.path) for a in t.articles)) for slug, t in threads.by_slug.items()})


def save_cache(cache: BuildCache, options: BuildOptions, settings: Settings, stats: dict, site: MadeSite,
               size: SiteSize | None = None) -> bool:
    """What the next build reuses; what the quick path needs only where it can be used (True then)."""
    facts = None
    if cache.enabled and not options.dev:
        config = site.loaded.config
        facts = quick_facts(settings, config, site.loaded.targets, topic_aliases(config), site.loaded.articles,
                            site.index.articles if options.search else (), site.versions, site.search)
    quick = save_quick_facts(cache, facts)
    last = cache.state.output_stats if cache.enabled and cache.state else {}
    state = BuildState(settings.digest, {shown: stat for shown, (_, _, stat) in stats.items()},
                       _output_keys(site.sink, last, options.out_dir), len(site.index.articles),
                       folder_identity(options.out_dir), size)
    offline = replace(site.offline, manifest=site.sink.records.get(MANIFEST)) if site.offline else None
    save_offline_state(cache, offline)
    ordered, count = site.index.articles, site.loaded.config.related_count
    key = related_key(ordered, count)
    if key != site.related_key:   # written only when they changed
        save_related(cache, RelatedState(key, {slug: tuple(a.slug for a in found) for slug, found in site.index.related.items()},
                                         related_sizes(count), {a.slug: a.tags for a in ordered},
                                         {a.slug: a.date.isoformat() if a.date else "" for a in ordered},
                                         dict(site.index.related_topics)))
    cache.save(state, Outputs(site.sink.records, site.slots, site.search),
               Prints(site.rendered.prints, thread_summary(site.index.threads, options.content_dir),
                      save_page_keys(cache, site.rendered.keys)))
    return quick

