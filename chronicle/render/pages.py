"""The render stage: plan every page, render those whose inputs changed, reuse the others' bytes.

Pages are planned from the index of summaries (no bodies); an article's or standalone page's
own body goes in at its marker (render/bodies.py), so the render stage knows, by construction,
the byte range of every body in every page (its slots).
"""
from __future__ import annotations

import functools
import hashlib
import itertools
import os
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, Callable, Iterator, Mapping

import jinja2

from .. import urls
from ..build.bodystore import BodyStore
from ..build.cache import BuildCache, code_salt, tree_digest
from ..build.reuse import read_page_keys
from ..build.state import PageKeys
from ..config import Config
from ..errors import ChronicleError, TemplateError
from ..source.readfile import utf8_name
from .fingerprint import Fingerprinter
from ..index.collect import replace_articles
from ..model import Article, ArticleSummary, OutputFile, Page, SiteIndex
from ..build.parallel import default_jobs, iter_ordered
from .bodies import Slot
from .environment import make_environment
from .pagesreuse import Prepared, page_plans
from .plan import Deferred, asset_version, plan_pages, render_page


@dataclass(frozen=True)
class Reuse:
    """What a file rendered from a layout needs to be kept instead: the last build's
    fingerprints (of pages and outputs) and bytes, this build's fingerprinter."""
    printer: Fingerprinter
    base: str                        # the digest of what every page's context shares
    before: Mapping[str, str]        # path -> the last build's fingerprint
    patched: frozenset[str]          # files quick builds changed since: their fingerprints no longer hold
    old_bytes: Callable[[str], bytes | None]   # the last build's file, if still as written

    def old(self, path: str, printed: str) -> bytes | None:
        if self.before.get(path) != printed or path in self.patched:
            return None
        return self.old_bytes(path)


@dataclass(frozen=True)
class RenderedSite:
    page_paths: list[str]            # every page, in plan order
    env: Any                         # the Jinja environment
    common: dict[str, Any]           # what every page's context shares
    slots: dict[str, tuple[Slot, ...]]   # page path -> where its own body is (render/bodies.py)
    prints: dict[str, str]           # page path -> fingerprint of what it shows (fingerprint.py)
    reuse: Reuse | None = None       # for the outputs rendered from layouts (OutputRenderer)
    keys: PageKeys | None = None     # what the article pages' fingerprints are made of (pagesreuse.py)


def static_files(layouts_dir: Path) -> list[OutputFile]:
    static = layouts_dir / "static"
    files = []
    if static.is_dir():
        top = layouts_dir.resolve()
        for path in sorted(static.rglob("*")):
            if path.is_file() and not path.name.startswith("."):
                # a layout set from elsewhere may hold links: layouts/static/x -> ~/.ssh/id_rsa was published
                if path.is_symlink() and not path.resolve().is_relative_to(top):
                    raise TemplateError(str(path), None, "is a link to a file outside the layouts folder; "
                                                         "refusing to publish it")
                rel = path.relative_to(static).as_posix()
                if not utf8_name(rel):   # 'caf\xe9.png' from a Latin-1 archive: no web address, and a traceback
                    raise TemplateError(os.fsencode(path).decode("utf-8", "backslashreplace"), None,
                                        "the file name is not UTF-8 text, so it cannot be a web address; rename it")
                if urls.unlinkable(rel):
                    raise TemplateError(str(path), None, f"the file name holds {urls.unlinkable(rel)!r}, which a web "
                                                         "address reads otherwise (a fragment, a query, an escape): no "
                                                         "browser can ask for it by name; rename it")
                files.append(OutputFile(urls.static_path(rel), path.read_bytes()))
    return files


def layout_warmups(layouts_dir: Path, dev: bool) -> Iterator[Callable[[], object]]:
    """Steps that each compile one layout into the process's cache of compiled layouts
    (environment._CompiledLayouts), which the render's environment then loads instead of
    compiling (0.1-0.25 s at first use): for the build to run while it would wait idle. A layout
    that does not compile is skipped: the render meets it again and says where it is wrong."""
    env = make_environment(layouts_dir)

    def compiled(name: str) -> None:
        try:
            env.get_template(name)
        except (jinja2.TemplateError, ChronicleError, OSError):
            pass
    try:
        names = env.list_templates()
    except OSError:
        return
    for name in names:
        if not name.startswith("static/") and (dev or not name.startswith("dev/")):
            yield functools.partial(compiled, name)


def summary_index(index: SiteIndex) -> SiteIndex:
    """The index with every article and page as its summary: what pages are planned from (the
    full build's index holds summaries already: build/load.py)."""
    full = {a.page_path: a.summarized() for a in (*index.articles, *index.pages) if isinstance(a, Article)}
    return replace_articles(index, full) if full else index


def common_context(index: SiteIndex, config: Config, options: Any, assets_version: str) -> dict[str, Any]:
    """What every page's context has, hence in every page's fingerprint: only what every page
    shows (no layout showed the names of all topics, which were here: a tag that made a new
    topic rendered every page again)."""
    return {
        "site": config, "asset_version": assets_version, "search_enabled": options.search,
        "dev": options.dev, "pages_nav": index.pages,
    }


class OutputRenderer:
    """(path, layout, context) -> the file: a layout of layouts/outputs/ rendered with what every
    page's context has (outputs.feeds.Render); the bodies its markers name are put in, and
    where they went is kept in `slots`. Given `reuse`, a file whose context shows no body and
    whose fingerprint is the last build's is that build's bytes, not rendered (a title edit
    rendered all 451 feeds of the 10,000-article site for the few that show it)."""

    def __init__(self, env: Any, common: dict[str, Any], layouts: Path, bodies: Mapping[str, str] = MappingProxyType({}),
                 reuse: Reuse | None = None):
        self.env, self.common, self.layouts, self.bodies, self.reuse = env, common, layouts, bodies, reuse
        self.slots: dict[str, tuple[Slot, ...]] = {}
        self.prints: dict[str, str] = {}   # path -> fingerprint of each file that shows no body

    def __call__(self, path: str, layout: str, context: dict) -> OutputFile:
        if self.reuse is not None and "body_of" not in context and "body" not in context:
            printed = self.prints[path] = self.reuse.printer.page(layout, path + self.reuse.base, context)
            old = self.reuse.old(path, printed)
            if old is not None:
                return OutputFile(path, old)
        file, slots = render_page(self.env, Page(path, layout, MappingProxyType(context)), self.common, self.layouts, self.bodies)
        if slots:
            self.slots[path] = slots
        return file


def output_renderer(env: Any, common: dict[str, Any], layouts: Path, bodies: Mapping[str, str] = MappingProxyType({}),
                    reuse: Reuse | None = None) -> OutputRenderer:
    return OutputRenderer(env, common, layouts, bodies, reuse)


def render_site(index: SiteIndex, config: Config, options: Any, stages: Any, sink: Any,
                cache: BuildCache, versions: dict, store: BodyStore,
                articles_done: Callable[[Callable[[str], bool]], None] | None = None,
                planned: Callable[[], None] | None = None, prepared: Prepared | None = None) -> RenderedSite:
    """Renders into `sink` (the staging folder, or memory for the preview) as pages come back,
    so the site is never held whole. `versions`: (kind, slug) -> digest of a summary; `store`:
    the bodies, read only for the pages rendered; `articles_done(kept)`: called once every
    article page rendered is in `sink`, before the listings are rendered (_render_all) and the
    pages kept from the last build are linked (`kept(path)`: the page is one of them);
    `planned`: called once the pages are planned, before any is rendered (the build joins its
    cache-saving child there); `prepared`: the pages' keys made while the threads were found
    (pagesreuse.Prepared)."""
    assets = static_files(options.layouts_dir)
    for f in assets:
        sink.add(f)
    env = make_environment(options.layouts_dir)
    listed = summary_index(index)
    common = common_context(listed, config, options, asset_version(assets))
    bodies = store.html()
    reuse = _reuse(common, options, cache, versions)

    def reusable(path: str) -> bool:
        return path in reuse.before and path not in reuse.patched and cache.trusted(options.out_dir, path)
    articles, topics, keys = stages.run("plan", page_plans, listed, config, reuse.printer.salt + reuse.base, versions,
                                        store.digest, read_page_keys(cache), reusable, prepared)
    pages = stages.run("plan", plan_pages, listed, config, options.search, articles, topics)
    if planned:
        planned()

    def render(page: Page) -> tuple[OutputFile, tuple[Slot, ...]]:
        own = page.context.get("article")
        return render_page(env, page, common, options.layouts_dir,
                           {own.page_path: bodies[own.page_path]} if isinstance(own, ArticleSummary) else {})

    slots, prints = stages.run("render", _render_changed, pages, render, reuse, options, cache, store, sink, articles_done)
    return RenderedSite([p.path for p in pages], env, common, slots, prints, reuse, keys)


def _reuse(common: dict[str, Any], options: Any, cache: BuildCache, versions: dict) -> Reuse:
    salt = hashlib.sha256((code_salt() + tree_digest(options.layouts_dir) + repr((options.dev, options.drafts, options.search))).encode()).hexdigest()
    printer = Fingerprinter(versions, salt)
    return Reuse(printer, printer.value(common), cache.prints().pages, cache.outputs().patched,
                 lambda path: cache.trusted_output(options.out_dir, path))


def _render_all(todo: list[Page], render, jobs: int, articles_done: Callable[[], None] | None = None):
    """render(page) of every page, in no set order. Pages of one article go to the
    workers; listings (a topic page shows thousands of articles) are rendered here meanwhile:
    a worker copies each memory page it touches (reference counts are writes), and two workers
    rendering the big listings would each copy most of the parent. The workers are renewed now
    and then for the same reason. Given `articles_done`, the listings come after the article
    pages instead, and it is called between (once the caller has every article page): the
    search stage starts there, with no worker left to fork while its threads run, and Pagefind
    indexes on both cores while this thread renders the listings (the workers, not this
    thread, then set the pace of the article pages)."""
    own = [p for p in todo if isinstance(p.context.get("article"), ArticleSummary)]
    listings = iter([p for p in todo if not isinstance(p.context.get("article"), ArticleSummary)])
    spread = max(1, len(own) // max(1, len(todo) - len(own)))
    for n, result in enumerate(iter_ordered("pages", render, own, jobs, most=64, renew=16)):
        yield result
        if articles_done is None and n % spread == 0:
            yield from (render(p) for p in itertools.islice(listings, 1))
    if articles_done is not None:
        articles_done()
    yield from (render(p) for p in listings)


def _render_changed(pages: list[Page | Deferred], render, reuse: Reuse, options: Any, cache: BuildCache,
                    store: BodyStore, sink: Any, articles_done: Callable[[Callable[[str], bool]], None] | None = None,
                    ) -> tuple[dict[str, tuple[Slot, ...]], dict[str, str]]:
    """Render only pages whose fingerprint changed; the others are kept from the last build.
    A page's fingerprint covers its own body (the only one it can show, by the digest its cache
    entry keeps), never another's. -> the slots of the pages' bodies, the fingerprints."""
    bodies = store.html()

    def own_body(page: Page) -> str:
        return store.digest(page.path) if "body" in page.context and page.path in bodies else ""

    def print_of(page: Page) -> str:
        return reuse.printer.page(page.template, page.path + reuse.base + own_body(page), page.context)

    # a Deferred page's inputs and file are as the last build's: its fingerprint is that build's.
    # A page the last build did not print cannot be kept: its fingerprint is made where it is
    # rendered, an article page's on a worker (every page of a cold build: the main thread, which
    # the workers wait for in the render, printed 10,000 article pages)
    prints = [reuse.before[p.path] if isinstance(p, Deferred) else
              print_of(p) if p.path in reuse.before else None for p in pages]
    last = cache.outputs()
    kept = {i for i, page in enumerate(pages) if isinstance(page, Deferred) or (
            prints[i] is not None and reuse.before.get(page.path) == prints[i] and page.path not in reuse.patched
            and cache.trusted(options.out_dir, page.path))}
    slots: dict[str, tuple[Slot, ...]] = {}

    def keep_all() -> None:
        for i in sorted(kept):
            sink.keep(pages[i].path)
            if pages[i].path in last.slots:
                slots[pages[i].path] = last.slots[pages[i].path]
    done = None
    if articles_done is None:
        keep_all()
    else:
        # the search starts once the changed article pages are made, told which pages are kept
        # (the last build's bytes); their 10,000 links are made meanwhile, not before it
        kept_paths = frozenset(pages[i].path for i in kept)

        def done() -> None:
            articles_done(kept_paths.__contains__)
            keep_all()
    todo = [p for i, p in enumerate(pages) if i not in kept]
    printed = {p.path: prints[i] for i, p in enumerate(pages)}

    def made(page: Page) -> tuple[OutputFile, tuple[Slot, ...], str, str | None]:
        return (*render(page), page.path, None if printed[page.path] is not None else print_of(page))
    for f, found, path, new_print in _render_all(todo, made, options.jobs or default_jobs(), done):
        sink.add(f)
        if found:
            slots[f.path] = found
        if new_print is not None:
            printed[path] = new_print
    return slots, printed
