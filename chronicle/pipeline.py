"""The build, as a recipe: load config -> load articles -> build index -> plan -> render -> write -> search."""
from __future__ import annotations

import hashlib
import os
import sys
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any, Callable

from .collect import build_index
from .config import Config, default_config, load_config
from .cache import BuildCache, code_salt, document_stats, stat_key, tree_digest
from .content import (duplicate_problems, find_documents, link_targets, mark_draft_titles, read_document,
                      resolve_link, to_article, topic_aliases)
from .errors import ChronicleError, ContentError, raise_if_any
from .model import Article, BuildReport, Document, OutputFile, SiteIndex
from .output import Staging, cleanup_leftovers, drop_spare, exclusive_lock, mirror_site, refuse_foreign_folder
from .parallel import default_jobs, map_ordered
from .pages import RenderedSite, render_site
from .publish import publish_files
from .quick import feeds_of, quick_build, quick_facts
from .serviceworker import Record, file_records
from .search import pagefind_files

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class BuildOptions:
    content_dir: Path = PROJECT_ROOT / "content"
    out_dir: Path = PROJECT_ROOT / "site"
    config_path: Path = PROJECT_ROOT / "config.yaml"
    layouts_dir: Path = PROJECT_ROOT / "layouts"
    search: bool = True
    base_path: str | None = None
    drafts: bool = False
    dev: bool = False                    # serving: inject the live-reload script
    jobs: int = 0                        # processes for parsing and rendering; 0 = one per core
    cache: bool = True                   # False: a cold build that neither reads nor trusts the cache
    shown_base: Path | None = None       # paths in messages are shown relative to this


@dataclass(frozen=True)
class Loaded:
    config: Config
    articles: tuple[Article, ...]
    warnings: tuple[ChronicleError, ...]
    cache_entries: dict = field(default_factory=dict)   # emptied once saved (BuildCache.save_articles)
    targets: dict = field(default_factory=dict)         # what internal links resolve to


class Stages:
    """Times each stage; on a terminal, shows which stage is running."""

    def __init__(self, progress: Callable[[str], None] | None):
        self.seconds: dict[str, float] = {}
        self.progress = progress

    def run(self, name: str, fn, *args):
        if self.progress:
            self.progress(name)
        start = time.perf_counter()
        result = fn(*args)
        self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - start
        return result


def _jobs(options: BuildOptions) -> int:
    return options.jobs or default_jobs()


def read_config(options: BuildOptions) -> Config:
    if not options.config_path.exists() and options.config_path == PROJECT_ROOT / "config.yaml":
        config = default_config(str(options.config_path))
        return config if options.base_path is None else load_default_with_base(config, options.base_path)
    return load_config(options.config_path, options.base_path)


def load_default_with_base(config: Config, base_path: str) -> Config:
    from dataclasses import replace
    from .config import normalise_base_path
    return replace(config, base_path=normalise_base_path(base_path))


def load_articles(options: BuildOptions, config: Config, cache: BuildCache | None = None) -> Loaded:
    """Read and render every document; all content errors are raised together."""
    cache = cache or BuildCache.open(options.out_dir, enabled=False)
    salt = hashlib.sha256((code_salt() + repr(config)).encode()).hexdigest()
    if not options.content_dir.is_dir():
        raise ContentError(str(options.content_dir), None, "content folder not found")
    found = find_documents(options.content_dir, options.shown_base)
    path_of = {shown: path for path, _, shown in found}
    hits = {shown: cache.cached_article(shown, path, salt) for path, kind, shown in found}
    fresh = [item for item in found if hits[item[2]] is None]
    read = dict(zip((s for _, _, s in fresh), map_ordered("documents", lambda i: read_document(*i), fresh, _jobs(options), most=1000, renew=8)))
    docs: list[Document] = []
    errors: list[ChronicleError] = []
    for path, kind, shown in found:
        doc, errs = (hits[shown][2], []) if hits[shown] else read[shown]
        errors.extend(errs)
        if doc and (options.drafts or not doc.draft):
            docs.append(doc)
    errors.extend(duplicate_problems(docs))
    targets = link_targets(docs)
    aliases = topic_aliases(config)

    def reusable(doc: Document):
        hit = hits.get(doc.path)
        if hit and all(resolve_link(stem, doc, targets) == url for stem, url in hit[4].items()):
            return hit[3], [], hit[4]
        return None

    def render(doc: Document):
        resolved: dict[str, str | None] = {}
        article, errs = to_article(doc, config, targets, aliases, resolved)
        return article, errs, resolved

    todo = [d for d in docs if reusable(d) is None]
    made = dict(zip((d.path for d in todo), map_ordered("articles", render, todo, _jobs(options), most=1000, renew=8)))
    articles: list[Article] = []
    entries: dict[str, Any] = {}
    for doc in docs:
        article, errs, resolved = made.get(doc.path) or reusable(doc)
        errors.extend(errs)
        articles.append(article)
        hit = hits.get(doc.path)
        entries[doc.path] = (hit[0] if hit else stat_key(path_of[doc.path]), salt, doc, article, resolved)
    raise_if_any(errors)
    warnings: tuple[ChronicleError, ...] = ()  # unknown tags are allowed; `check` reports them
    if options.drafts:
        articles = mark_draft_titles(articles)
    return Loaded(config, tuple(articles), warnings, entries, targets)


def article_versions(loaded: "Loaded") -> dict[tuple[str, str], str]:
    """A digest of everything an article shows (its rendered body included)."""
    return {(a.kind, a.slug): hashlib.sha256(repr(a).encode("utf-8", "surrogatepass")).hexdigest()[:24]
            for a in loaded.articles}


def _search_files(searchable: list[OutputFile], options: BuildOptions, cache: BuildCache) -> list[OutputFile]:
    """Pagefind re-indexes everything, so its files are reused whole when no article page changed."""
    key = hashlib.sha256(b"".join(f.path.encode() + b"\0" + hashlib.sha256(f.data).digest() for f in searchable)).hexdigest()
    previous = cache.state.get("search") if cache.enabled else None
    cache.search = (key, [])
    if previous and previous[0] == key:
        old = [(path, cache.trusted_output(options.out_dir, path)) for path in previous[1]]
        if all(data is not None for _, data in old):
            cache.search = previous
            return [OutputFile(path, data) for path, data in old]
    files = pagefind_files(searchable)
    cache.search = (key, [f.path for f in files])
    return files


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

    @property
    def blind(self) -> bool:
        """No layout showed the body of an article other than the page's own."""
        return not self.rendered.needy


def make_site(options: BuildOptions, config: Config, stages: Stages, cache: BuildCache, sink: Any) -> MadeSite:
    """load -> index -> plan and render -> search -> publish, into `sink`."""
    loaded = stages.run("load", load_articles, options, config, cache)
    if stages.run("save cache", cache.save_articles, loaded.cache_entries):
        loaded = replace(loaded, cache_entries={})   # frees every document's text before the render forks
    index = stages.run("index", build_index, list(loaded.articles), config)
    rendered = render_site(index, config, options, stages, sink, cache, article_versions(loaded))
    if options.search:
        searchable = [OutputFile(a.page_path, sink.read(a.page_path)) for a in index.articles]
        for f in stages.run("search", _search_files, searchable, options, cache):
            sink.add(f)
    stages.run("publish", publish_files, index, config, rendered.page_paths, options, sink)
    return MadeSite(loaded, index, rendered, sink)


def settings_digest(options: BuildOptions) -> str:
    """Everything but the content that a build depends on."""
    parts = [tree_digest(options.layouts_dir), code_salt(),
             tree_digest(options.config_path) if options.config_path.exists() else "no-config",
             repr((options.search, options.base_path, options.drafts, options.dev,
                   str(options.content_dir.absolute()), str(options.layouts_dir.absolute())))]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def input_digest(settings: str, stats: dict[str, tuple]) -> str:
    lines = [settings] + [f"{shown}\0{kind}\0" + ("%d,%d,%d" % stat if stat else "gone")
                          for shown, (_, kind, stat) in sorted(stats.items())]
    return hashlib.sha256("\n".join(lines).encode("utf-8", "surrogatepass")).hexdigest()


def build(options: BuildOptions, progress: Callable[[str], None] | None = None,
          on_wait: Callable[[str], None] | None = None) -> BuildReport:
    started = time.perf_counter()
    stages = Stages(progress)
    cache = stages.run("cache", BuildCache.open, options.out_dir, options.cache)
    # refuse a wrong --out in a second, not after a full render
    refuse_foreign_folder(options.out_dir, cache.built_identity())
    # a killed build may have left site/ moved aside: restore it before asking whether it is up to date
    with exclusive_lock(options.out_dir, "build", on_wait=on_wait):
        cleanup_leftovers(options.out_dir.absolute())
    stats = stages.run("scan", document_stats, options.content_dir, options.shown_base)
    settings = settings_digest(options)
    inputs = input_digest(settings, stats)
    if cache.up_to_date(inputs, options.out_dir):
        return _report(cache.state.get("articles", 0), len(cache.state["manifest"]), 0, started, stages)
    with exclusive_lock(options.out_dir, "build", on_wait=on_wait):
        quick = stages.run("quick", quick_build, options, cache, settings, stats, inputs)
    if quick is not None:
        return _report(quick[0], len(cache.state["manifest"]), quick[1], started, stages)
    config = stages.run("config", read_config, options)
    stages.run("cache", cache.load_articles)
    # the staging folder fills while pages render: one build at a time from here on
    with exclusive_lock(options.out_dir, "build", on_wait=on_wait):
        with Staging(options.out_dir, cache.state.get("records"), cache.built_identity()) as staging:
            site = make_site(options, config, stages, cache, staging)
            result = stages.run("write", staging.commit)
        spare = cache.folder / "spare"     # the quick path's mirror of the site (output.patch_site)
        if stages.run("save cache", _save_cache, cache, options, inputs, settings, stats, site):
            stages.run("mirror", mirror_site, options.out_dir, spare)
        else:
            drop_spare(spare)
    return BuildReport(
        articles=len(site.index.articles), pages=result.written + result.unchanged, written=result.written,
        unchanged=result.unchanged, removed=result.removed, seconds=time.perf_counter() - started,
        stage_seconds=MappingProxyType(dict(stages.seconds)), warnings=site.loaded.warnings,
    )


def _report(articles: int, files: int, written: int, started: float, stages: Stages) -> BuildReport:
    return BuildReport(articles=articles, pages=files, written=written, unchanged=files - written, removed=0,
                       seconds=time.perf_counter() - started, stage_seconds=MappingProxyType(dict(stages.seconds)))


def _save_cache(cache: BuildCache, options: BuildOptions, inputs: str, settings: str, stats: dict, site: MadeSite) -> bool:
    """What the next build reuses; what the quick path needs only where it can be used (True then)."""
    facts = None
    extra: dict = {"stats": {shown: stat for shown, (_, _, stat) in stats.items()}, "records": site.sink.records,
                   "articles": len(site.index.articles)}
    if cache.enabled and site.blind and not options.search and not options.dev:
        config = site.loaded.config
        facts = quick_facts(settings, config, site.loaded.targets, topic_aliases(config), site.loaded.articles)
        extra.update(holes=site.rendered.holes, feeds_of=feeds_of(site.index, config))
    cache.save(inputs, options.out_dir, extra, facts)
    return facts is not None


def terminal_progress() -> Callable[[str], None] | None:
    if not sys.stderr.isatty() or os.environ.get("CI"):
        return None

    def show(stage: str) -> None:
        sys.stderr.write(f"\r\033[K  {stage}…")
        sys.stderr.flush()
    return show
