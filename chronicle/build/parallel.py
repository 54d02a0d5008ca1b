"""Spread pure per-item work over the cores, keeping results in input order.

Workers are forked after the shared data is in place (module globals), so nothing big is
pickled on the way in; only results travel back. Output is the same as `jobs=1`.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
from typing import Any, Callable, Iterator, Sequence

MIN_ITEMS_PER_JOB = 200   # below this, starting processes costs more than it saves
_shared: dict[str, Any] = {}


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _run_chunk(args: tuple[str, int, int]) -> list:
    name, start, stop = args
    fn, items = _shared[name]
    return [fn(item) for item in items[start:stop]]


def map_ordered(name: str, fn: Callable[[Any], Any], items: Sequence, jobs: int, most: int = 0,
                renew: int | None = None) -> list:
    """[fn(x) for x in items], on up to `jobs` processes when there is enough work; `most` and
    `renew` as for iter_ordered."""
    return list(iter_ordered(name, fn, items, jobs, most, renew))


def iter_ordered(name: str, fn: Callable[[Any], Any], items: Sequence, jobs: int, most: int = 0,
                 renew: int | None = None) -> Iterator:
    """fn(x) for x in items, in order, each as soon as it and those before it are done; with
    `most`, chunks hold at most that many items, so few results wait in memory at once (a worker
    holds a chunk's results twice, as objects and pickled); with `renew`, the workers are replaced
    by fresh forks after about that many chunks each: a worker copies every memory page it shares
    with the parent as it touches the objects there (reference counts are writes)."""
    jobs = min(jobs, len(items) // MIN_ITEMS_PER_JOB)
    if jobs <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        yield from (fn(item) for item in items)
        return
    _shared[name] = (fn, items)
    # a worker's garbage collector must not write into every object it shares with the parent:
    # that would copy each memory page of the fork (gc.freeze, as Python's documentation advises)
    gc.freeze()
    try:
        chunk = -(-len(items) // (jobs * 4))  # a few chunks per worker evens out slow items
        chunk = min(chunk, most) if most else chunk
        bounds = [(name, i, min(i + chunk, len(items))) for i in range(0, len(items), chunk)]
        # workers are renewed by whole pools, each forked from this thread while it is the only
        # one: a Pool's maxtasksperchild forks replacements from its handler thread while its
        # result thread runs, and a child forked so can inherit a lock held at that instant (a
        # build of 100,000 articles hung with two idle workers and the parent waiting)
        per_pool = jobs * renew if renew else len(bounds)
        for start in range(0, len(bounds), per_pool):
            with multiprocessing.get_context("fork").Pool(jobs) as pool:
                for part in pool.imap(_run_chunk, bounds[start:start + per_pool]):
                    yield from part
    finally:
        gc.unfreeze()
        _shared.pop(name, None)


class Started:
    """A map begun on forked workers by `start_ordered`: this process does other work while they
    work, then takes the results (`results`, in input order). Used as a context manager, whose
    exit ends the workers whether or not the results were taken (a page that turned out not to
    need them), so no pool's threads outlive the block: the next pool is again forked from this
    thread while it is the only one (see iter_ordered)."""

    def __init__(self, fn: Callable[[Any], Any], items: Sequence, pool=None, parts: Iterator | None = None):
        self._fn, self._items, self._pool, self._parts = fn, items, pool, parts

    def results(self) -> list:
        if self._parts is None:   # too little work for a pool: done here, now
            return [self._fn(item) for item in self._items]
        if self._pool is None:
            raise RuntimeError("the workers were ended before their results were taken")
        try:
            return [x for part in self._parts for x in part]
        finally:
            self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()   # (joins the pool's threads)
            self._pool = None

    def __enter__(self) -> "Started":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def start_ordered(name: str, fn: Callable[[Any], Any], items: Sequence, jobs: int) -> Started:
    """map_ordered(name, fn, items, jobs) begun now on forked workers, its results taken later
    (Started.results); with too little work for a pool, nothing starts and results() computes them
    then. Call it from a thread that is the only one (the pool's own threads start after the fork)."""
    jobs = min(jobs, len(items) // MIN_ITEMS_PER_JOB)
    if jobs <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        return Started(fn, items)
    _shared[name] = (fn, items)
    gc.freeze()   # as in iter_ordered; the workers keep it, this process need not once they are forked
    try:
        pool = multiprocessing.get_context("fork").Pool(jobs)
    finally:
        gc.unfreeze()
        _shared.pop(name, None)   # each worker has its copy
    chunk = -(-len(items) // (jobs * 4))
    bounds = [(name, i, min(i + chunk, len(items))) for i in range(0, len(items), chunk)]
    return Started(fn, items, pool, pool.imap(_run_chunk, bounds))
