"""The render stage: plan every page, render those whose inputs changed, reuse the others' bytes.

Pages are rendered from the index with every body withheld (chronicle/withheld.py) and given back
only their own article: the build learns which pages, if any, show other articles' bodies.
"""
from __future__ import annotations

import hashlib
import itertools
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from .. import urls
from ..build.cache import BuildCache, code_salt, tree_digest
from ..config import Config
from .fingerprint import Fingerprinter
from ..model import Article, OutputFile, Page, SiteIndex
from ..build.parallel import default_jobs, iter_ordered
from .environment import make_environment
from .plan import asset_version, plan_pages, render_page
from ..build.withheld import blind_renderer, with_own_body, withheld_index


@dataclass(frozen=True)
class RenderedSite:
    page_paths: list[str]            # every page, in plan order
    env: Any                         # the Jinja environment
    common: dict[str, Any]           # what every page's context shares
    withheld: SiteIndex              # the index with bodies withheld
    needy: frozenset[str]            # pages whose layout showed other articles' bodies
    holes: dict[str, tuple]          # article page -> byte offsets of its body (chronicle/withheld.py)
    prints: dict[str, str]           # page path -> fingerprint of what it shows (fingerprint.py)


def static_files(layouts_dir: Path) -> list[OutputFile]:
    static = layouts_dir / "static"
    files = []
    if static.is_dir():
        for path in sorted(static.rglob("*")):
            if path.is_file() and not path.name.startswith("."):
                files.append(OutputFile(urls.static_path(path.relative_to(static).as_posix()), path.read_bytes()))
    return files


def common_context(index: SiteIndex, config: Config, options: Any, assets_version: str) -> dict[str, Any]:
    return {
        "site": config, "asset_version": assets_version, "search_enabled": options.search,
        "dev": options.dev, "topic_names": MappingProxyType({s: t.name for s, t in index.topics.items()}),
        "pages_nav": index.pages,
    }


def output_renderer(env: Any, common: dict[str, Any], layouts: Path):
    """(path, layout, context) -> the file: a layout of layouts/outputs/ rendered with what every
    page's context has (outputs.feeds.Render)."""
    def render(path: str, layout: str, context: dict) -> OutputFile:
        return render_page(env, Page(path, layout, MappingProxyType(context)), common, layouts)
    return render


def own_articles(index: SiteIndex) -> dict[str, Article]:
    return {a.page_path: a for a in (*index.articles, *index.pages)}


def render_site(index: SiteIndex, config: Config, options: Any, stages: Any, sink: Any,
                cache: BuildCache, versions: dict) -> RenderedSite:
    """Renders into `sink` (the staging folder, or memory for the preview) as pages come back,
    so the site is never held whole."""
    assets = static_files(options.layouts_dir)
    for f in assets:
        sink.add(f)
    env = make_environment(options.layouts_dir)
    withheld = withheld_index(index)
    common = common_context(index, config, options, asset_version(assets))
    blind_common = {**common, "pages_nav": withheld.pages}
    own = own_articles(index)
    pages = stages.run("plan", lambda: [with_own_body(p, own) for p in plan_pages(withheld, config, options.search)])
    real: dict[str, Page] = {}

    def real_page(page: Page) -> Page:
        if not real:   # planned only when some layout shows other articles' bodies
            real.update((p.path, p) for p in plan_pages(index, config, options.search))
        return real[page.path]

    render = blind_renderer(env, options.layouts_dir, blind_common, common, real_page)
    needy, holes, prints = stages.run("render", _render_changed, pages, render, common, options, cache, versions, sink)
    return RenderedSite([p.path for p in pages], env, common, withheld, needy, holes, prints)


def _render_all(todo: list[Page], render, jobs: int):
    """(file, blind, holes) of every page, in no set order. Pages of one article go to the
    workers; listings (a topic page shows thousands of articles) are rendered here meanwhile:
    a worker copies each memory page it touches (reference counts are writes), and two workers
    rendering the big listings would each copy most of the parent. The workers are renewed now
    and then for the same reason."""
    own = [p for p in todo if isinstance(p.context.get("article"), Article)]
    listings = iter([p for p in todo if not isinstance(p.context.get("article"), Article)])
    spread = max(1, len(own) // max(1, len(todo) - len(own)))
    for n, result in enumerate(iter_ordered("pages", render, own, jobs, most=64, renew=16)):
        yield result
        if n % spread == 0:
            yield from (render(p) for p in itertools.islice(listings, 1))
    yield from (render(p) for p in listings)


def _render_changed(pages: list[Page], render, common, options: Any, cache: BuildCache, versions: dict,
                    sink: Any) -> tuple[frozenset[str], dict[str, tuple], dict[str, str]]:
    """Render only pages whose fingerprint changed; the others are kept from the last build.
    -> the pages that showed other articles' bodies, the holes, the fingerprints."""
    salt = hashlib.sha256((code_salt() + tree_digest(options.layouts_dir) + repr((options.dev, options.drafts, options.search))).encode()).hexdigest()
    printer = Fingerprinter(versions, salt)
    base = printer.value(common)
    prints = [printer.page(p.template, p.path + base, p.context) for p in pages]
    last = cache.outputs()
    previous, needed_before = last.pages, last.needy
    holes_before = last.quick.holes if last.quick else {}
    kept = {i for i, page in enumerate(pages)
            if previous.get(page.path) == prints[i] and cache.trusted(options.out_dir, page.path)}
    needy: set[str] = set()
    holes: dict[str, tuple] = {}

    def done(path: str, blind: bool, found: tuple | None) -> None:
        if not blind:
            needy.add(path)
        if found is not None:
            holes[path] = found

    for i, page in enumerate(pages):
        if i in kept:
            sink.keep(page.path)
            done(page.path, page.path not in needed_before, holes_before.get(page.path))
    todo = [p for i, p in enumerate(pages) if i not in kept]
    for f, blind, found in _render_all(todo, render, options.jobs or default_jobs()):
        sink.add(f)
        done(f.path, blind, found)
    return frozenset(needy), holes, {p.path: prints[i] for i, p in enumerate(pages)}
