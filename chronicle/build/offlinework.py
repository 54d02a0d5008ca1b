"""The whole offline search index made in a forked child from the moment the story threads are
known, when the build will make it whole (there is no published index to patch: a cold build).

In the parent it was made while Pagefind ran (outputs/registry.py: 2.4 s of the main thread's
CPU at 10,000 articles), when both cores were taken by Pagefind's processes and the render,
and Pagefind waited for the main thread's turns to be sent its next pages. Begun here, at a lower
priority, it takes the turns the other stages leave idle (the plan is single-threaded), and its
files (4 MB) are taken when the registry asks for them. The child reads the index and the bodies
the parent holds when it forks; what it makes is offline_index's bytes, as the parent's would be.

Bounded like build/savework.py: below MIN_ARTICLES forking costs about what it saves; above
MAX_ARTICLES the memory pages the child copies (it touches every body) would count against the
build's memory bound at 100,000 articles, and the parent makes it as before.
"""
from __future__ import annotations

import os
from typing import Callable

from .. import childwork
from ..model import OutputFile, SiteIndex
from ..outputs.offline import MANIFEST, offline_index
from .bodystore import BodyStore
from .parallel import Started, start_call

MIN_ARTICLES = 2000
MAX_ARTICLES = 50_000


class WholeOffline:
    """The offline index begun on another core (start), its files taken once (the taker), or no
    taker when it was not begun (the registry makes it then); close() ends a child whose files
    were not taken."""

    def __init__(self) -> None:
        self._started: Started | None = None
        self._make: Callable[[], list[OutputFile]] | None = None

    def start(self, index: SiteIndex, language: str, bodies: BodyStore, published: dict, jobs: int) -> None:
        """Begun when no offline index was published (nothing to patch from: `published`, the
        last build's records) and the archive is in bounds. From a thread that is the only one."""
        if (jobs > 1 and MIN_ARTICLES <= len(index.articles) <= MAX_ARTICLES and MANIFEST not in published
                and childwork.can_fork()):
            self._make = lambda: offline_index(index, language, bodies.article)
            self._started = start_call("offline-index", self._niced, jobs, spool=True)

    def _niced(self) -> list[OutputFile]:
        """In the child, at a lower priority: the render's workers and Pagefind come first (the
        search stage starts once the article pages are made), the index takes the idle turns."""
        os.nice(10)
        assert self._make is not None
        return self._make()

    def taker(self) -> Callable[[], list[OutputFile]] | None:
        return self._files if self._started is not None else None

    def _files(self) -> list[OutputFile]:
        started, make = self._started, self._make
        assert started is not None and make is not None, "the offline index's files are taken once"
        self._started = self._make = None
        try:
            return started.results()[0]
        except RuntimeError:   # the child ended without its files (killed): made here, as without it
            return make()

    def close(self) -> None:
        if self._started is not None:
            self._started.close()
            self._started = self._make = None
