"""The build, as a recipe: load config -> load articles -> build index -> plan -> render -> write -> search."""
from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Callable

from . import urls
from .collect import build_index
from .config import Config, default_config, load_config
from .content import link_targets, load_documents, mark_draft_titles, to_article, topic_aliases
from .errors import ChronicleError, ErrorList, raise_if_any
from .model import Article, BuildReport, OutputFile, SiteIndex
from .output import exclusive_lock, write_site
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
    shown_base: Path | None = None       # paths in messages are shown relative to this


@dataclass(frozen=True)
class Loaded:
    config: Config
    articles: tuple[Article, ...]
    warnings: tuple[ChronicleError, ...]


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


def read_config(options: BuildOptions) -> Config:
    if not options.config_path.exists() and options.config_path == PROJECT_ROOT / "config.yaml":
        config = default_config(str(options.config_path))
        return config if options.base_path is None else load_default_with_base(config, options.base_path)
    return load_config(options.config_path, options.base_path)


def load_default_with_base(config: Config, base_path: str) -> Config:
    from dataclasses import replace
    from .config import normalise_base_path
    return replace(config, base_path=normalise_base_path(base_path))


def load_articles(options: BuildOptions, config: Config) -> Loaded:
    """Read and render every document; all content errors are raised together."""
    docs, errors = load_documents(options.content_dir, include_drafts=options.drafts, shown_base=options.shown_base)
    targets = link_targets(docs)
    aliases = topic_aliases(config)
    articles: list[Article] = []
    for doc in docs:
        article, errs = to_article(doc, config, targets, aliases)
        errors.extend(errs)
        articles.append(article)
    raise_if_any(errors)
    warnings: tuple[ChronicleError, ...] = ()  # unknown tags are allowed; `check` reports them
    if options.drafts:
        articles = mark_draft_titles(articles)
    return Loaded(config, tuple(articles), warnings)


def static_files(layouts_dir: Path) -> list[OutputFile]:
    static = layouts_dir / "static"
    files = []
    if static.is_dir():
        for path in sorted(static.rglob("*")):
            if path.is_file() and not path.name.startswith("."):
                files.append(OutputFile(urls.static_path(path.relative_to(static).as_posix()), path.read_bytes()))
    return files


def render_site(index: SiteIndex, config: Config, options: BuildOptions, stages: Stages):
    """-> (rendered files, the article pages for the search index, the page paths)."""
    assets = static_files(options.layouts_dir)
    env = make_environment(options.layouts_dir)
    common = {
        "site": config, "asset_version": asset_version(assets), "search_enabled": options.search,
        "dev": options.dev, "topic_names": MappingProxyType({s: t.name for s, t in index.topics.items()}),
        "pages_nav": index.pages,
    }
    pages = stages.run("plan", plan_pages, index, config, options.search)
    rendered = stages.run("render", lambda: [render_page(env, p, common, options.layouts_dir) for p in pages])
    article_paths = {a.page_path for a in index.articles}
    searchable = [f for f in rendered if f.path in article_paths]
    return assets + rendered, searchable, [p.path for p in pages]


def build(options: BuildOptions, progress: Callable[[str], None] | None = None) -> BuildReport:
    started = time.perf_counter()
    stages = Stages(progress)
    config = stages.run("config", read_config, options)
    loaded = stages.run("load", load_articles, options, config)
    index = stages.run("index", build_index, list(loaded.articles), config)
    files, searchable, page_paths = render_site(index, config, options, stages)
    if options.search:
        files += stages.run("search", pagefind_files, searchable)
    files += stages.run("publish", publish_files, index, config, files, page_paths, options)
    with exclusive_lock(options.out_dir, "build"):
        result = stages.run("write", write_site, options.out_dir, files)
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
