"""The preview server's site: built in memory and patched after each save. `serve` never writes
site/, so the published build stays exactly what `make site` made (as `hugo server` renders to memory).

A save that changes only the bodies of articles (no file added, removed or renamed; titles, dates,
tags, summaries and sources as before; config, layouts and code untouched) re-renders just those
pages and the feeds that carry them, against the index of the last build: the cost does not grow
with the archive. Anything else runs the normal stages in memory, reusing every article and page
that did not change.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..build.cache import BuildCache, cache_dir, code_salt, input_key, tree_digest
from ..build.reuse import ArticleEntry, load_article_entries
from ..build.state import BuildState, Outputs
from ..index.collect import replace_articles
from ..config import Config
from ..source.documents import link_targets, mark_draft_titles, read_document, to_article, topic_aliases
from ..outputs.feeds import feeds
from ..model import Article, SiteIndex
from ..outputs.offline import OFFLINE_DIR, offline_index
from ..build.assemble import MadeSite, MemorySink, make_site
from ..build.options import BuildOptions, Stages
from ..build.siteconfig import read_config
from ..source.scan import document_names
from ..render.pages import output_renderer
from ..render.plan import article_page, render_page, standalone_page

# More changed files than this and a full build costs about the same as patching them one by one.
PATCH_LIMIT = 50


@dataclass(frozen=True)
class LiveUpdate:
    changed: tuple[str, ...]    # output paths whose bytes changed (or are new)
    removed: tuple[str, ...]
    articles: int
    mode: str                   # "patch", "full" or "none"


class MemoryCache(BuildCache):
    """The build cache of the preview, held in memory: the last build's articles, page fingerprints
    and bytes. The first build may start from the articles `make site` cached; nothing is saved."""

    files: dict[str, bytes] = {}

    def trusted(self, out_dir: Path, path: str) -> bool:
        return path in self.files

    def trusted_output(self, out_dir: Path, path: str) -> bytes | None:
        return self.files.get(path)

    def write(self, name: str, data: Any) -> bool:
        return False   # the preview writes nothing; its articles stay in memory for the patch path

    def remove(self, name: str) -> None:
        return None

    def save(self, *args: Any, **kwargs: Any) -> None:
        return None


@dataclass
class _Last:
    """What a patch needs from the last build."""
    settings: str
    stats: dict[str, Any]              # shown path -> stat key of each Markdown file
    config: Config
    site: MadeSite
    index: SiteIndex
    targets: dict[str, str]
    aliases: dict[str, str]


def _without_body(article: Article) -> Article:
    return replace(article, body_html="", body_text="")


class LiveSite:
    def __init__(self, options: BuildOptions):
        self.options = options
        self.files: dict[str, bytes] = {}      # replaced whole after each update: readers need no lock
        self._cache = MemoryCache(cache_dir(options.out_dir), enabled=True)
        self._last: _Last | None = None

    def update(self) -> LiveUpdate:
        """Bring the site up to date with the files on disk; ChronicleError when they are broken."""
        settings = self._settings()
        names = self._names()
        top = os.fspath(self.options.content_dir)
        stats = {shown: input_key(os.path.join(top, rel)) for rel, _, shown in names}
        last = self._last
        if last is not None and last.settings == settings and stats.keys() == last.stats.keys():
            changed = [(self.options.content_dir / rel, kind, shown) for rel, kind, shown in names
                       if stats[shown] != last.stats[shown]]
            if not changed:
                return LiveUpdate((), (), len(last.index.articles), "none")
            if len(changed) <= PATCH_LIMIT:
                patched = self._patch(last, changed, stats)
                if patched is not None:
                    return patched
        return self._full(settings, names)

    def _settings(self) -> str:
        """Everything but the content that a build depends on."""
        o = self.options
        parts = [tree_digest(o.layouts_dir), code_salt(), repr(input_key(o.config_path)),
                 repr((o.search, o.base_path, o.drafts, o.dev, str(o.content_dir)))]
        return hashlib.sha256("\n".join(parts).encode()).hexdigest()

    def _names(self) -> list[tuple[str, str, str]]:
        if not self.options.content_dir.is_dir():
            return []
        return document_names(self.options.content_dir, self.options.shown_base)

    def _full(self, settings: str, names: list[tuple[str, str, str]]) -> LiveUpdate:
        config = read_config(self.options)
        load_article_entries(self._cache)
        site = make_site(self.options, config, Stages(None), self._cache, MemorySink(self._cache, self.options.out_dir))
        entries = site.loaded.cache_entries
        self._cache.articles = entries
        self._cache.remember(BuildState(settings, {}, {}, len(site.index.articles)),
                             Outputs({}, site.rendered.prints, site.rendered.needy, None, None))
        stats = {shown: entry.stat for shown, entry in entries.items()}
        top = os.fspath(self.options.content_dir)
        for rel, _, shown in names:
            stats.setdefault(shown, input_key(os.path.join(top, rel)))   # files that did not load
        docs = [entry.document for entry in entries.values()]
        self._last = _Last(settings, stats, config, site, site.index, link_targets(docs), topic_aliases(config))
        return self._publish(dict(site.sink.files), "full", len(site.index.articles))

    def _patch(self, last: _Last, changed: list, stats: dict) -> LiveUpdate | None:
        """Re-render only what shows the changed bodies; None when the change is more than bodies,
        or when some layout shows the bodies of other articles than the page's own."""
        if not last.site.blind:
            return None
        entries = dict(self._cache.articles)
        in_index = {a.page_path: a for a in (*last.index.articles, *last.index.pages)}
        fresh: dict[str, Article] = {}
        for path, kind, shown in changed:
            old = entries.get(shown)
            doc, errors = read_document(path, kind, shown)
            if old is None or errors or doc is None or (doc.draft, doc.slug) != (old.document.draft, old.document.slug):
                return None
            resolved: dict[str, str | None] = {}
            article, errors = to_article(doc, last.config, last.targets, last.aliases, resolved,
                                         keep_text=self.options.search)
            shown_article = mark_draft_titles([article])[0] if self.options.drafts else article
            before = in_index.get(article.page_path)
            if errors or before is None or _without_body(shown_article) != _without_body(before):
                return None
            fresh[article.page_path] = shown_article
            entries[shown] = ArticleEntry(stats[shown], old.salt, doc, article, resolved)
        index = replace_articles(last.index, fresh)
        pages = [article_page(index, a) if a.kind == "article" else standalone_page(a) for a in fresh.values()]
        out = [render_page(last.site.rendered.env, p, last.site.rendered.common, self.options.layouts_dir) for p in pages]
        rendered = last.site.rendered
        out += feeds(index, last.config, output_renderer(rendered.env, rendered.common, self.options.layouts_dir), frozenset(fresh))
        if self.options.search:
            out.extend(offline_index(index, last.config.language))
        self._cache.articles = entries
        last.index, last.stats = index, stats
        files = dict(self.files)
        if self.options.search:   # the offline index's chunks are named by their bytes: drop the last build's
            files = {p: d for p, d in files.items() if not p.startswith(OFFLINE_DIR + "/")}
        files.update((f.path, f.data) for f in out)
        return self._publish(files, "patch", len(index.articles))

    def _publish(self, files: dict[str, bytes], mode: str, articles: int) -> LiveUpdate:
        changed = tuple(sorted(p for p, data in files.items() if self.files.get(p) != data))
        removed = tuple(sorted(set(self.files) - set(files)))
        self.files = files
        self._cache.files = files
        return LiveUpdate(changed, removed, articles, mode)

