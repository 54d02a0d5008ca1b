"""The full build's making of a site: read every document, index, render, search and publish
into a sink (output.Staging for `build`, memory for the preview server).

Kept apart from chronicle/build/pipeline.py so that a build which turns out to be up to date, or
quick (chronicle/quick.py), never imports Jinja, the page planner or the search client.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .cache import BuildCache, code_salt, stat_key
from ..index.collect import build_index
from ..config import Config, default_config, load_config
from ..source.documents import (duplicate_problems, find_documents, link_targets, mark_draft_titles, read_document,
                      resolve_link, tag_collisions, to_article, topic_aliases,
                      unpublished_targets)
from ..errors import ChronicleError, ConfigError, ContentError, raise_if_any
from ..model import Article, Document, OutputFile, SiteIndex
from ..render.pages import RenderedSite, render_site
from .parallel import default_jobs, map_ordered
from .pipeline import PROJECT_ROOT
from ..outputs.registry import publish_files
from .quick import feeds_of, quick_facts
from ..outputs.search import pagefind_files
from ..outputs.serviceworker import Record, file_records
from ..outputs.sitezip import SITE_ZIP

if TYPE_CHECKING:
    from .pipeline import BuildOptions, Stages


@dataclass(frozen=True)
class Loaded:
    config: Config
    articles: tuple[Article, ...]
    warnings: tuple[ChronicleError, ...]
    cache_entries: dict = field(default_factory=dict)   # emptied once saved (BuildCache.save_articles)
    targets: dict = field(default_factory=dict)         # what internal links resolve to



def _jobs(options: BuildOptions) -> int:
    return options.jobs or default_jobs()


def read_config(options: BuildOptions) -> Config:
    if not options.config_path.exists() and options.config_path == PROJECT_ROOT / "config.yaml":
        config = default_config(str(options.config_path))
        return config if options.base_path is None else load_default_with_base(config, options.base_path)
    return load_config(options.config_path, options.base_path)


def load_default_with_base(config: Config, base_path: str) -> Config:
    from dataclasses import replace
    from ..config import normalise_base_path
    try:
        return replace(config, base_path=normalise_base_path(base_path))
    except ValueError as exc:
        raise ConfigError("--base-path", None, str(exc)) from None


def load_articles(options: BuildOptions, config: Config, cache: BuildCache | None = None) -> Loaded:
    """Read and render every document; all content errors are raised together."""
    cache = cache or BuildCache.open(options.out_dir, enabled=False)
    salt = hashlib.sha256((code_salt() + repr((config, options.search))).encode()).hexdigest()
    if not options.content_dir.is_dir():
        raise ContentError(str(options.content_dir), None, "content folder not found")
    found = find_documents(options.content_dir, options.shown_base)
    path_of = {shown: path for path, _, shown in found}
    hits = {shown: cache.cached_article(shown, path, salt) for path, kind, shown in found}
    fresh = [item for item in found if hits[item[2]] is None]
    read = dict(zip((s for _, _, s in fresh), map_ordered("documents", lambda i: read_document(*i), fresh, _jobs(options), most=1000, renew=8)))
    docs: list[Document] = []
    drafts: list[Document] = []
    errors: list[ChronicleError] = []
    for path, kind, shown in found:
        doc, errs = (hits[shown][2], []) if hits[shown] else read[shown]
        errors.extend(errs)
        if doc and (options.drafts or not doc.draft):
            docs.append(doc)
        elif doc:
            drafts.append(doc)
    unpublished = unpublished_targets(list(path_of), docs, drafts)
    errors.extend(duplicate_problems(docs))
    targets = link_targets(docs)
    aliases = topic_aliases(config)
    errors.extend(tag_collisions(docs, aliases))

    def reusable(doc: Document):
        hit = hits.get(doc.path)
        if hit and all(resolve_link(stem, doc, targets) == url for stem, url in hit[4].items()):
            return hit[3], [], hit[4]
        return None

    def render(doc: Document):
        resolved: dict[str, str | None] = {}
        article, errs = to_article(doc, config, targets, aliases, resolved, keep_text=options.search,
                                   unpublished=unpublished)
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


def _search_files(paths: list[str], sink: Any, options: BuildOptions, cache: BuildCache) -> list[OutputFile]:
    """Pagefind re-indexes everything, so its files are reused whole when no article page changed.
    The pages are read from the sink one at a time as they are sent (100,000 pages: 1 GB)."""
    key = hashlib.sha256(b"".join(path.encode() + b"\0" + sink.records[path][1] for path in paths)).hexdigest()
    previous = cache.state.get("search") if cache.enabled else None
    cache.search = (key, [])
    if previous and previous[0] == key:
        old = [(path, cache.trusted_output(options.out_dir, path)) for path in previous[1]]
        if all(data is not None for _, data in old):
            cache.search = previous
            return [OutputFile(path, data) for path, data in old]
    files = pagefind_files(paths, sink.read)
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
        searchable = sorted(a.page_path for a in index.articles)
        for f in stages.run("search", _search_files, searchable, sink, options, cache):
            sink.add(f)
    last_zip = options.out_dir / SITE_ZIP if cache.enabled and cache.trusted(options.out_dir, SITE_ZIP) else None
    stages.run("publish", publish_files, index, config, rendered.page_paths, options, sink, last_zip, cache.state.get("records"))
    return MadeSite(loaded, index, rendered, sink)


def save_cache(cache: BuildCache, options: BuildOptions, settings: str, stats: dict, site: MadeSite) -> bool:
    """What the next build reuses; what the quick path needs only where it can be used (True then)."""
    facts = None
    extra: dict = {"stats": {shown: stat for shown, (_, _, stat) in stats.items()}, "records": site.sink.records,
                   "articles": len(site.index.articles)}
    if cache.enabled and site.blind and not options.search and not options.dev:
        config = site.loaded.config
        facts = quick_facts(settings, config, site.loaded.targets, topic_aliases(config), site.loaded.articles)
        extra.update(holes=site.rendered.holes, feeds_of=feeds_of(site.index, config))
    cache.save(settings, options.out_dir, extra, facts)
    return facts is not None
