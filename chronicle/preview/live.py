"""The preview server's site: built in memory and patched after each save. `serve` never writes
site/, so the published build stays exactly what `make site` made (as `hugo server` renders to memory).

What a save changed is told by the classifier `build` uses (build/changes.py). When it is only
the bodies of articles or pages, the files that hold those bodies get the new ones at their
slots, through the patch path of `build` (write/patch.patch_bodies): the cost does not grow
with the archive. Anything else runs the normal stages in memory, reusing every article and
page that did not change.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..build.cache import BuildCache, cache_dir, input_key
from ..build.changes import Bodies, Known, Nothing, classify
from ..build.reuse import ArticleEntry, load_article_entries
from ..build.state import BuildState, Outputs, Prints
from ..index.collect import replace_articles
from ..source.documents import link_targets, topic_aliases
from ..model import Article, SiteIndex
from ..outputs.offline import OFFLINE_DIR, offline_index
from ..build.assemble import make_site
from ..build.finish import MadeSite, MemorySink
from ..build.options import BuildOptions, Stages
from ..build.pipeline import settings_of
from ..build.quick import quick_facts
from ..build.siteconfig import read_config
from ..source.scan import document_names
from ..write.patch import patch_bodies

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
    known: Known
    site: MadeSite
    index: SiteIndex


class LiveSite:
    def __init__(self, options: BuildOptions):
        self.options = options
        self.files: dict[str, bytes] = {}      # replaced whole after each update: readers need no lock
        self._cache = MemoryCache(cache_dir(options.out_dir), enabled=True)
        self._last: _Last | None = None

    def update(self) -> LiveUpdate:
        """Bring the site up to date with the files on disk; ChronicleError when they are broken."""
        settings = settings_of(self.options)
        names = self._names()
        top = os.fspath(self.options.content_dir)
        stats = {shown: (rel, kind, input_key(os.path.join(top, rel))) for rel, kind, shown in names}
        last = self._last
        if last is not None:
            change = classify(last.known, settings, stats, self.options.content_dir, self.options.drafts,
                              self.options.search, PATCH_LIMIT)
            if isinstance(change, Nothing):
                return LiveUpdate((), (), len(last.index.articles), "none")
            if isinstance(change, Bodies):
                return self._patch(last, change, stats)
        return self._full(settings, names)

    def _names(self) -> list[tuple[str, str, str]]:
        if not self.options.content_dir.is_dir():
            return []
        return document_names(self.options.content_dir, self.options.shown_base)

    def _full(self, settings, names: list[tuple[str, str, str]]) -> LiveUpdate:
        config = read_config(self.options)
        load_article_entries(self._cache)
        site = make_site(self.options, config, Stages(None), self._cache, MemorySink(self._cache, self.options.out_dir))
        entries = site.loaded.cache_entries
        self._cache.articles = entries
        # the bodies of entries in no file (the preview saves none): those this build made
        self._cache.bodies = {**self._cache.bodies, **site.loaded.bodies.made}
        self._cache.remember(BuildState(settings.digest, {}, {}, len(site.index.articles)),
                             Outputs({}, site.slots, None), Prints(site.rendered.prints))
        stats = {shown: entry.stat for shown, entry in entries.items()}
        top = os.fspath(self.options.content_dir)
        for rel, _, shown in names:
            stats.setdefault(shown, input_key(os.path.join(top, rel)))   # files that did not load
        docs = [entry.document for entry in entries.values()]
        config = site.loaded.config
        facts = quick_facts(settings, config, link_targets(docs), topic_aliases(config), site.loaded.articles)
        self._last = _Last(Known(settings, stats, facts), site, site.index)
        return self._publish(dict(site.sink.files), "full", len(site.index.articles))

    def _patch(self, last: _Last, change: Bodies, stats: dict) -> LiveUpdate:
        """The new bodies in the files that hold them (and, with search, the offline index made
        again from the index with the new articles)."""
        entries = dict(self._cache.articles)
        for edit in change.edits:
            old = entries[edit.shown]
            entries[edit.shown] = ArticleEntry(stats[edit.shown][2], old.salt, edit.document, edit.read.summarized(),
                                               edit.resolved)
            self._cache.bodies[edit.read.page_path] = (edit.read.body_html, edit.read.body_text)
        files = dict(self.files)
        outputs = self._cache.outputs()
        made, slots = patch_bodies(files.__getitem__, outputs.slots, change.fresh)
        files.update(made)
        # the patched pages' fingerprints no longer hold (the body may go back to what they printed)
        self._cache.remember(self._cache.state, replace(outputs, slots={**outputs.slots, **slots},
                                                        patched=outputs.patched | frozenset(made)))
        index = replace_articles(last.index, {e.article.page_path: e.article for e in change.edits})
        if self.options.search:   # the offline index's chunks are named by their bytes: drop the last build's
            files = {p: d for p, d in files.items() if not p.startswith(OFFLINE_DIR + "/")}
            store = last.site.loaded.bodies
            full = lambda a: a if isinstance(a, Article) else store.article(a)   # noqa: E731 (edited ones are whole)
            files.update((f.path, f.data) for f in offline_index(index, last.site.loaded.config.language, full))
        self._cache.articles = entries
        last.index = index
        last.known = Known(last.known.settings, {**last.known.stats, **{e.shown: stats[e.shown][2] for e in change.edits}},
                           last.known.facts)
        return self._publish(files, "patch", len(index.articles))

    def _publish(self, files: dict[str, bytes], mode: str, articles: int) -> LiveUpdate:
        changed = tuple(sorted(p for p, data in files.items() if self.files.get(p) != data))
        removed = tuple(sorted(set(self.files) - set(files)))
        self.files = files
        self._cache.files = files
        return LiveUpdate(changed, removed, articles, mode)

