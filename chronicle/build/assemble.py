"""The full build's making of a site, up to its story threads: read every document, fork the
threads' child, index; what comes after (render, search, publish: chronicle/build/finish.py) is
imported while the child works, so that its imports (Jinja, the layouts' environment, the
search and offline index code: 0.15-0.2 s) are not paid before the child is forked.

Kept apart from chronicle/build/pipeline.py so that a build which turns out to be up to date, or
quick (chronicle/quick.py), never imports Jinja, the page planner or the search client.
"""
from __future__ import annotations

import contextlib
import importlib
from dataclasses import replace
from typing import Any, Callable, Iterator

from .cache import BuildCache
from .changes import fields_digest
from .heap import long_lived
from .load import Loaded, load_articles
from .options import BuildOptions, Stages
from .parallel import default_jobs
from .reuse import read_offline_state, read_related
from .savework import Saving
from ..config import Config
from ..index.collect import KnownRelated, build_index
from ..index.threads import NO_THREADS
from ..index.threadwork import Finding
from ..outputs.sitezip import makes_zip

FINISH = "chronicle.build.finish"


def known_digests(loaded: Loaded, column: int, digest) -> list[str]:
    """`digest` of each article, read from `loaded.made` (column 1: fields, 2: text) when its
    entry made this very article (a draft's marked title is another object) and holds it."""
    found = []
    for a in loaded.articles:
        made = loaded.made.get(a.page_path)
        known = made[column] if made is not None and made[0] is a else ""
        found.append(known or digest(a))
    return found


def article_versions(loaded: Loaded) -> dict[tuple[str, str], str]:
    """A digest of what a page can show of each article (changes.fields_digest); an article's
    own page adds its body to its fingerprint (render/pages.py)."""
    return {(a.kind, a.slug): d for a, d in zip(loaded.articles, known_digests(loaded, 1, fields_digest))}



def build_jobs(options: BuildOptions) -> int:
    return options.jobs or default_jobs()


def make_site(options: BuildOptions, config: Config, stages: Stages, cache: BuildCache, sink: Any,
              scanned: dict | None = None):
    """load -> index -> plan and render -> search -> publish, into `sink` (`scanned`: the build's
    scan of content/, load.load_articles) -> finish.MadeSite."""
    loaded = stages.run("load", load_articles, options, config, cache, scanned)
    # decided once here, so the footer's link, the zip and the quick path's facts agree
    articles = sum(1 for a in loaded.articles if a.kind == "article")
    loaded = replace(loaded, config=replace(config, download_zip=makes_zip(config.download_zip, articles)))
    config = loaded.config
    # the threads are found and the article cache is saved on the other core (forked children,
    # both forked here while this thread is the only one) while this one indexes and plans the pages
    with contextlib.ExitStack() as ending:
        finding = ending.enter_context(Finding(loaded.articles, build_jobs(options)))
        saving = ending.enter_context(Saving(cache, loaded.cache_entries, loaded.bodies, build_jobs(options)))
        stages.run("save cache", saving.start)
        known = read_related(cache)
        known = known and KnownRelated(known.key, known.slugs, known.sizes, known.tags, known.dates, known.topics)
        index = stages.run("index", build_index, list(loaded.articles), config, NO_THREADS, known)
        waiting = _Waiting(index, loaded, options, cache)
        index = replace(index, threads=stages.run("threads", finding.result, waiting.steps()))
        return importlib.import_module(FINISH).finish_site(
            options, stages, cache, sink, loaded, index, saving, waiting.prepared(), waiting.held, ending,
            known.key if known else None)


class _Waiting:
    """What the build's thread does while the threads' child has not answered (this core would
    wait idle), each a step: the rest of the build's modules imported, the pages' keys but for
    their threads, the last outputs and offline state decoded, the layouts compiled. A step not
    run is done later, when it is needed."""

    def __init__(self, index, loaded: Loaded, options: BuildOptions, cache: BuildCache):
        self._index, self._loaded, self._options, self._cache = index, loaded, options, cache
        self._prepared: list = []
        self.held: list = []     # the last offline state, once read

    def prepared(self):
        """The pages' keys but for their threads (render/pagesreuse.Prepared), made once."""
        if not self._prepared:
            from ..render.pagesreuse import Prepared
            self._prepared.append(Prepared(self._index, self._loaded.bodies.digest, self._loaded.config))
        return self._prepared[0]

    def steps(self) -> Iterator[Callable[[], object]]:
        """The steps, made as they are asked for (a step's own imports are done by the one before)."""
        yield lambda: importlib.import_module(FINISH)
        yield lambda: long_lived(self.prepared)
        yield from (lambda step=step: long_lived(step) for step in self.prepared().steps())
        yield lambda: long_lived(self._cache.outputs)
        if self._options.search:
            yield lambda: self.held.append(long_lived(lambda: read_offline_state(self._cache)))
        from ..render import pages      # imported by the first step; looked up here, where tests replace it
        yield from pages.layout_warmups(self._options.layouts_dir, self._options.dev)
