"""The cyclic garbage collector during a build: young objects collected as usual, full
collections rare.

A build holds a large, long-lived heap (at 10,000 articles the state, 30,000 cache records,
the articles, the index: about 160,000 tracked objects) that makes almost no reference cycles,
and it allocates quickly. Python runs a full collection, a walk of every tracked object, each
time the old generation has grown by a quarter: a title edit ran ten of them (0.5 s of the
build thread's 3 s of CPU), from the cache's decoding to the planning. During a build a full collection waits for FULL_EVERY collections of the middle generation
instead of the usual 10; the young generations, where a build's cyclic garbage (a template's
render, an exception) is found, are collected as before, and the usual thresholds come back when
the build ends (the preview's server builds again and again in one process).
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Callable, Iterator, TypeVar

T = TypeVar("T")

# middle-generation collections (each after about 7,000 net new objects) between two full ones:
# a title edit at 10,000 articles makes about 110 of them (with 100 here, one full collection
# was left: 80 ms), a cold build a few thousand
FULL_EVERY = 1000


@contextmanager
def few_full_collections() -> Iterator[None]:
    young, middle, old = gc.get_threshold()
    gc.set_threshold(young, middle, max(old, FULL_EVERY))
    try:
        yield
    finally:
        gc.set_threshold(young, middle, old)


def long_lived(make: Callable[[], T]) -> T:
    """make()'s result, made with no collection running: for what lives as long as the build and
    makes no reference cycles (the cache's decoded records, the pages' prepared keys). What it
    made goes straight to the old generation (gc.freeze, then gc.unfreeze, which puts every
    frozen object there), so the young collections never walk it: made as usual, each object
    was walked twice on its way there (0.1 s of a title edit's build thread at 10,000 articles).
    Cyclic garbage it leaves waits for a full collection."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return make()
    finally:
        gc.freeze()
        gc.unfreeze()
        if enabled:
            gc.enable()
