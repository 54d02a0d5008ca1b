"""The build, as a recipe: load config -> load articles -> build index -> plan -> render -> write -> search."""
from __future__ import annotations

import hashlib
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Callable

from . import urls
from .collect import build_index
from .config import Config, default_config, load_config
from .cache import BuildCache, code_salt, stat_key, tree_digest
from .fingerprint import Fingerprinter
from .content import (duplicate_problems, find_documents, link_targets, mark_draft_titles, read_document,
                      resolve_link, to_article, topic_aliases)
from .errors import ChronicleError, ContentError, ErrorList, raise_if_any
from .model import Article, BuildReport, Document, OutputFile, SiteIndex
from .output import cleanup_leftovers, exclusive_lock, refuse_foreign_folder, write_site
from .parallel import default_jobs, map_ordered
from .publish import publish_files
from .render import asset_version, make_environment, plan_pages, render_page
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
    cache_entries: dict = field(default_factory=dict)


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
    read = dict(zip((s for _, _, s in fresh), map_ordered("documents", lambda i: read_document(*i), fresh, _jobs(options))))
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
    made = dict(zip((d.path for d in todo), map_ordered("articles", render, todo, _jobs(options))))
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
    return Loaded(config, tuple(articles), warnings, entries)


def static_files(layouts_dir: Path) -> list[OutputFile]:
    static = layouts_dir / "static"
    files = []
    if static.is_dir():
        for path in sorted(static.rglob("*")):
            if path.is_file() and not path.name.startswith("."):
                files.append(OutputFile(urls.static_path(path.relative_to(static).as_posix()), path.read_bytes()))
    return files


def render_site(index: SiteIndex, config: Config, options: BuildOptions, stages: Stages,
                cache: BuildCache | None = None, versions: dict | None = None):
    """-> (rendered files, the article pages for the search index, the page paths, the Jinja
    environment and the context every page shares)."""
    assets = static_files(options.layouts_dir)
    env = make_environment(options.layouts_dir)
    common = {
        "site": config, "asset_version": asset_version(assets), "search_enabled": options.search,
        "dev": options.dev, "topic_names": MappingProxyType({s: t.name for s, t in index.topics.items()}),
        "pages_nav": index.pages,
    }
    pages = stages.run("plan", plan_pages, index, config, options.search)
    render = lambda p: render_page(env, p, common, options.layouts_dir)  # noqa: E731
    if cache is None or versions is None:
        rendered = stages.run("render", map_ordered, "pages", render, pages, _jobs(options))
    else:
        rendered = stages.run("render", _render_changed, pages, render, common, options, cache, versions)
    article_paths = {a.page_path for a in index.articles}
    searchable = [f for f in rendered if f.path in article_paths]
    return assets + rendered, searchable, [p.path for p in pages], env, common


def _render_changed(pages, render, common, options: BuildOptions, cache: BuildCache, versions: dict) -> list[OutputFile]:
    """Render only pages whose fingerprint changed; take the others' bytes from the last build."""
    salt = hashlib.sha256((code_salt() + tree_digest(options.layouts_dir) + repr((options.dev, options.drafts, options.search))).encode()).hexdigest()
    printer = Fingerprinter(versions, salt)
    base = printer.value(common)
    prints = [printer.page(p.template, p.path + base, p.context) for p in pages]
    previous = cache.state.get("pages", {}) if cache.enabled else {}
    reused: dict[int, OutputFile] = {}
    for i, page in enumerate(pages):
        if previous.get(page.path) == prints[i]:
            data = cache.trusted_output(options.out_dir, page.path)
            if data is not None:
                reused[i] = OutputFile(page.path, data)
    todo = [p for i, p in enumerate(pages) if i not in reused]
    fresh = iter(map_ordered("pages", render, todo, _jobs(options)))
    cache.pages = {p.path: prints[i] for i, p in enumerate(pages)}
    return [reused[i] if i in reused else next(fresh) for i in range(len(pages))]


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


@dataclass(frozen=True)
class MadeSite:
    """Everything a build made, before anything is written."""
    files: list[OutputFile]
    loaded: Loaded
    index: SiteIndex
    env: Any
    common: dict


def make_site(options: BuildOptions, config: Config, stages: Stages, cache: BuildCache) -> MadeSite:
    """load -> index -> plan and render -> search -> publish, all in memory."""
    loaded = stages.run("load", load_articles, options, config, cache)
    index = stages.run("index", build_index, list(loaded.articles), config)
    files, searchable, page_paths, env, common = render_site(index, config, options, stages, cache, article_versions(loaded))
    if options.search:
        files += stages.run("search", _search_files, searchable, options, cache)
    files += stages.run("publish", publish_files, index, config, files, page_paths, options)
    return MadeSite(files, loaded, index, env, common)


def input_digest(options: BuildOptions) -> str:
    parts = [tree_digest(options.content_dir, suffixes=(".md",)), tree_digest(options.layouts_dir), code_salt(),
             tree_digest(options.config_path) if options.config_path.exists() else "no-config",
             repr((options.search, options.base_path, options.drafts, options.dev))]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def build(options: BuildOptions, progress: Callable[[str], None] | None = None,
          on_wait: Callable[[str], None] | None = None) -> BuildReport:
    started = time.perf_counter()
    stages = Stages(progress)
    # refuse a wrong --out in a second, not after a full render
    refuse_foreign_folder(options.out_dir)
    # a killed build may have left site/ moved aside: restore it before asking whether it is up to date
    with exclusive_lock(options.out_dir, "build", on_wait=on_wait):
        cleanup_leftovers(options.out_dir.absolute())
    cache = stages.run("cache", BuildCache.open, options.out_dir, options.cache)
    inputs = input_digest(options)
    if cache.up_to_date(inputs, options.out_dir):
        return BuildReport(articles=cache.state.get("articles", 0), pages=len(cache.state["manifest"]), written=0,
                           unchanged=len(cache.state["manifest"]), removed=0, seconds=time.perf_counter() - started,
                           stage_seconds=MappingProxyType(dict(stages.seconds)))
    config = stages.run("config", read_config, options)
    stages.run("cache", cache.load_articles)
    site = make_site(options, config, stages, cache)
    with exclusive_lock(options.out_dir, "build", on_wait=on_wait):
        result = stages.run("write", write_site, options.out_dir, site.files)
        stages.run("save cache", cache.save, inputs, options.out_dir, site.loaded.cache_entries)
    index, loaded, files = site.index, site.loaded, site.files
    return BuildReport(
        articles=len(index.articles), pages=len(files), written=result.written, unchanged=result.unchanged,
        removed=result.removed, seconds=time.perf_counter() - started,
        stage_seconds=MappingProxyType(dict(stages.seconds)), warnings=loaded.warnings,
    )


def terminal_progress() -> Callable[[str], None] | None:
    if not sys.stderr.isatty() or os.environ.get("CI"):
        return None

    def show(stage: str) -> None:
        sys.stderr.write(f"\r\033[K  {stage}…")
        sys.stderr.flush()
    return show
