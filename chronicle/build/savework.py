"""The article cache saved in a forked child while the build indexes its articles: on a cold
build of 10,000 articles encoding and writing every entry and body (save_all_entries) took 0.9 s
of the main thread while the other core was mostly idle. The child is forked, so it reads the
entries and bodies the parent holds, writes the files as the parent would (BuildCache.write:
each file whole or not at all) and sends back only where each body went (the parts' places,
as JSON), which the parent's BodyStore needs before it lets go of the bodies. The parent keeps
every body until the child has succeeded; when it fails in any way (a full disk, killed) the
save counts as failed, as a failed save in the parent does: only the next build is slower.
Only a whole save goes to a child (a cold build, many edits): saving the changed entries is
small, and it reads parts of the last bodies file first (BodyStore.hold), which the parent needs.
"""
from __future__ import annotations

import gc
import json

from .. import childwork
from ..childwork import child_output, end_child, fork_child
from .bodystore import BODIES, BodyStore
from .cache import BuildCache
from .reuse import ARTICLES, Entries, save_all_entries, save_article_entries, saves_all

MIN_ARTICLES = 2000    # below this, forking costs about what it saves
# above this, the pages the child touches (reference counts are writes: it copies the memory
# pages of every body it encodes) would count against the build's memory bound at 100,000
MAX_ARTICLES = 50_000


class Saving:
    """The article cache being saved: begun by start() (in this process, done then, when there
    is no child), its outcome given by saved(); leaving the block without it ends the child.
    Start it from a thread that is the only one (build/parallel.py: a child forked while another
    thread holds a lock can hang on it)."""

    def __init__(self, cache: BuildCache, entries: Entries, bodies: BodyStore, jobs: int):
        self._cache, self._entries, self._bodies, self._jobs = cache, entries, bodies, jobs
        self._pid: int | None = None
        self._pipe: int | None = None
        self._saved = False

    def __enter__(self) -> "Saving":
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pid is not None:
            end_child(self._pid, self._pipe)
            self._remove_temporary(self._pid)
            self._pid = self._pipe = None

    def start(self) -> None:
        if self._forks():
            self._pid, self._pipe = fork_child(self._work) or (None, None)
        if self._pid is None:
            self._saved = save_article_entries(self._cache, self._entries, self._bodies)
        self._entries = {}   # the caller's to free once saved: this process needs them no more

    def _forks(self) -> bool:
        return (self._jobs > 1 and MIN_ARTICLES <= len(self._entries) <= MAX_ARTICLES and childwork.can_fork()
                and self._cache.enabled
                and saves_all(self._cache, self._entries, self._bodies))

    def _work(self) -> bytes | None:
        """In the child: the whole save; -> where each body went, as JSON."""
        gc.disable()   # a collection would write into (and so copy) every object it shares with the parent
        placed = save_all_entries(self._cache, self._entries, self._bodies)
        if placed is None:
            return None
        return json.dumps({e.article.page_path: e.at for e in placed.values()}, separators=(",", ":")).encode("ascii")

    def saved(self) -> bool:
        """The entries are saved and `bodies` knows where (waits for the child)."""
        if self._pid is None or self._pipe is None:
            return self._saved
        pid, data = self._pid, child_output(self._pid, self._pipe)
        self._pid = self._pipe = None
        if data is None:
            self._remove_temporary(pid)
            return False
        try:
            places = json.loads(data)
            self._bodies.moved({page: (str(name), int(offset), int(size), str(digest))
                                for page, (name, offset, size, digest) in places.items()})
        except (ValueError, TypeError, AttributeError):
            return False
        return True

    def _remove_temporary(self, pid: int) -> None:
        """A child that did not save leaves at most its temporary files (BuildCache.write names
        them by its process id)."""
        for name in (BODIES, ARTICLES):
            self._cache.remove(f".{name}.tmp-{pid}")
