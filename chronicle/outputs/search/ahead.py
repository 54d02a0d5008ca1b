"""Partitions indexed ahead of the search stage taking them (stage.Indexing): each on a thread of
its own that drives its Pagefind process, while the build makes its other outputs; how many at
once (workers_for) and how many bytes of index files may wait (HELD_BYTES).
"""
from __future__ import annotations

import threading
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Callable, Iterable, Sequence

from .partitions import Partition
from .service import LARGE

WORKERS = 2   # Pagefind services at once: both cores, and memory bounded by two partitions
HELD_BYTES = 64 << 20   # index files made ahead of the build taking them (Ahead)


def workers_for(jobs: int, parts: Sequence[Partition]) -> int:
    """Pagefind services at once, given `jobs` cores: one per core, at most WORKERS; with two
    cores or more and only small partitions (none over service.LARGE pages: archives up to
    65,536 articles), one more. A partition's own thread reads, encodes and sends its pages and
    decodes and slims its files, all of it holding the GIL the build's main thread needs too,
    while its Pagefind process waits; a third kept both cores busy (a cold build of 10,000
    articles: 1.7-1.9 cores used while Pagefind ran with two, 1.95 with three; docs/performance.md).
    A small partition's process holds ~100 MB at its peak; large ones keep to two (memory)."""
    if jobs <= 1:
        return 1
    small = all(len(p.pages) <= LARGE for p in parts)
    return WORKERS + 1 if small else WORKERS


class Ahead:
    """fn(i) for each item on `workers` threads (each drives its own Pagefind process), the first
    started at once, results taken in order with next(). A worker starts the next item as soon
    as it is free, while the results made and not yet taken hold less than `held` bytes: the
    build makes its other outputs before it takes any (build/finish.py), and a look-ahead of
    a few partitions left both Pagefind processes idle for most of that time (3-4 s of a cold
    build at 10,000 articles, whose whole index is ~24 MB); memory stays bounded at 100,000.
    With one worker, fn runs in next()."""

    def __init__(self, fn: Callable[[int], tuple], items: Iterable[int], workers: int, held: int = HELD_BYTES):
        self._fn, self._items, self._workers, self._budget = fn, iter(items), workers, held
        self._pending: deque[Future] = deque()
        self._running = self._held = 0
        self._closed = False
        self._lock = threading.RLock()   # _fill runs on the workers too, when one is done
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="chronicle-pagefind") if workers > 1 else None
        self._fill()

    def _fill(self) -> None:
        with self._lock:
            while (self._pool is not None and not self._closed and self._running < self._workers
                   and self._held < self._budget):
                item = next(self._items, None)
                if item is None:
                    return
                self._running += 1
                self._pending.append(self._pool.submit(self._run, item))

    def _run(self, item: int) -> tuple:
        """fn(item), counted before its future is done, so next() finds it counted."""
        try:
            result = self._fn(item)
        except BaseException:
            with self._lock:
                self._running -= 1
            raise
        with self._lock:
            self._running -= 1
            self._held += _result_bytes(result)
        self._fill()
        return result

    def __next__(self) -> tuple:
        if self._pool is None:
            return self._fn(next(self._items))
        with self._lock:
            future = self._pending.popleft()   # IndexError: asked for more than there are
        result = future.result()
        with self._lock:
            self._held -= _result_bytes(result)
        self._fill()
        return result

    def close(self) -> None:
        """Cancels what has not started, waits for what has."""
        with self._lock:
            self._closed = True
            for f in self._pending:
                f.cancel()
            self._pending.clear()
        if self._pool is not None:
            self._pool.shutdown(wait=True)


def _result_bytes(result: tuple) -> int:
    """The bytes a result of Indexing._make holds: its files'."""
    return sum(len(f.data) for f in result[2])
