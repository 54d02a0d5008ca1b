"""Story threads found in a child process while the build goes on with what does not need them
(saving the article cache, the related articles, the rest of the index): on a metadata edit the
thread stage is the longest pure step of the build (0.6 s at 10,000 articles) and the other core
is idle then. The child is forked, so it reads the articles the parent holds and sends back only
numbers (threads.thread_groups: each thread's members and centre, as JSON), from which the
parent makes the very Threads find_threads would (threads.threads_of, the same function of the
same articles). When there is no fork, one core, few articles, or the child fails in any way,
the parent finds them itself: the result never depends on the child.
"""
from __future__ import annotations

import json
import select
from typing import Callable, Iterable

from .. import childwork
from ..childwork import child_output, end_child, fork_child
from ..model import Article, Threads
from .threads import Groups, thread_groups, threads_of

MIN_ARTICLES = 2000    # below this, forking costs about what it saves
# above this, the pages the child touches (reference counts are writes: it copies the memory
# pages of every article it reads) would count against the build's memory bound at 100,000
MAX_ARTICLES = 50_000


class Finding:
    """Threads being found: started on entering, given by result(); leaving the block without
    the result ends the child."""

    def __init__(self, articles: tuple[Article, ...], jobs: int):
        self.articles = articles
        self._pid: int | None = None
        self._pipe: int | None = None
        self._jobs = jobs

    def __enter__(self) -> "Finding":
        if self._jobs > 1 and MIN_ARTICLES <= len(self.articles) <= MAX_ARTICLES and childwork.can_fork():
            self._start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pid is not None:
            end_child(self._pid, self._pipe)
            self._pid = self._pipe = None

    def _start(self) -> None:
        self._pid, self._pipe = fork_child(
            lambda: json.dumps(thread_groups(self.articles), separators=(",", ":")).encode("ascii")) or (None, None)

    def result(self, meanwhile: Iterable[Callable[[], object]] = ()) -> Threads:
        """The threads; while the child has not answered, the steps of `meanwhile` run one by one
        (work the build would do later anyway, done while this core would wait idle; none is
        begun once the child has answered)."""
        steps = iter(meanwhile)
        while self._working():
            step = next(steps, None)
            if step is None:
                break
            step()
        groups = self._from_child()
        return threads_of(self.articles, thread_groups(self.articles) if groups is None else groups)

    def _working(self) -> bool:
        """The child is still at work: its pipe has neither data nor its end yet."""
        if self._pipe is None:
            return False
        try:
            return not select.select([self._pipe], [], [], 0)[0]
        except (OSError, ValueError):
            return False

    def _from_child(self) -> Groups | None:
        if self._pid is None or self._pipe is None:
            return None
        data = child_output(self._pid, self._pipe)
        self._pid = self._pipe = None
        if data is None:
            return None
        try:
            found = json.loads(data)
            return {slug: ([int(i) for i in members], int(centre)) for slug, (members, centre) in found.items()}
        except (ValueError, TypeError, AttributeError):
            return None
