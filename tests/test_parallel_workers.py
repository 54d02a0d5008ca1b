"""build/parallel.py's forked workers: results in input order, equal to one process's; an error in
the work is raised in the parent as it would be without workers; a worker that dies is reported,
never waited on for ever; and however the workers are left (results taken, never asked for, the
caller stopped half-way) none is left behind and no thread is started."""
from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import pytest

from chronicle.build import parallel
from tools.children import children

ITEMS = list(range(-1500, 1500))


class Refused(ValueError):
    """An error the work raises: it must reach the parent as itself."""


def _refuse_seven(x: int) -> int:
    if x == 7:
        raise Refused(f"item {x}")
    return x * x


def _unpicklable(x: int) -> int:
    if x == 7:
        err = ValueError("no pickle")
        err.hook = lambda: None   # a lambda attribute: the error cannot travel as itself
        raise err
    return x


def test_results_equal_one_process_in_every_shape():
    before = children()
    want = [abs(x) for x in ITEMS]
    assert parallel.map_ordered("t", abs, ITEMS, 2) == want
    assert parallel.map_ordered("t", abs, ITEMS, 2, most=7, renew=3) == want   # many small chunks, renewed workers
    assert list(parallel.iter_ordered("t", abs, ITEMS, 3, most=1000)) == want   # fewer chunks than workers in a group
    assert parallel.start_ordered("t", abs, ITEMS, 2).results() == want
    assert children() == before


def test_a_call_started_on_another_core_returns_its_value_or_its_error():
    """start_call: fn() on a worker of its own (ingest makes a page's plan of lines there while
    it finds the page's outlets); a result of a megabyte (a pipe holds 64 KB) comes back whole, an
    error as itself, with one job it is called here, and no worker is left whether or not the
    result was taken."""
    before, parent = children(), os.getpid()
    big = [(n, f"line {n}", n % 3, False) for n in range(40_000)]
    with parallel.start_call("t", lambda: (os.getpid(), big), 2) as started:
        pid, value = started.results()[0]
    assert pid != parent and value == big
    assert parallel.start_call("t", os.getpid, 1).results() == [parent]
    with pytest.raises(Refused, match="item 7"):
        parallel.start_call("t", lambda: _refuse_seven(7), 2).results()
    with parallel.start_call("t", lambda: time.sleep(30), 2):
        pass   # never asked for: ended on leaving the block, not waited for
    assert children() == before


def test_start_and_close_many_times_never_hangs_nor_leaves_a_worker():
    """The old Pool-based workers hung once in a few hundred of these (Pool.terminate)."""
    before = children()
    threads = threading.active_count()
    for n in range(150):
        with parallel.start_ordered("t", abs, ITEMS, 2) as started:
            if n % 3 == 0:
                assert started.results()[:3] == [1500, 1499, 1498]
            elif n % 3 == 1:   # a caller that stops early
                rest = parallel.iter_ordered("t", abs, ITEMS, 2, most=50)
                assert next(rest) == 1500
                rest.close()
    assert children() == before and threading.active_count() == threads


@pytest.mark.parametrize("spool", [False, True])
def test_an_error_in_the_work_reaches_the_parent_as_itself(spool):
    before = children()
    with pytest.raises(Refused, match="item 7"):
        list(parallel.iter_ordered("t", _refuse_seven, ITEMS, 2, spool=spool))
    with pytest.raises(RuntimeError, match="ValueError: no pickle"):
        list(parallel.iter_ordered("t", _unpicklable, ITEMS, 2, spool=spool))
    assert children() == before


@pytest.mark.parametrize("spool", [False, True])
def test_a_worker_that_dies_is_reported_not_waited_on(spool):
    before = children()
    def die_on_seven(x: int) -> int:
        if x == 7:
            os.kill(os.getpid(), signal.SIGKILL)
        return x
    with pytest.raises(RuntimeError, match="ended before sending its results"):
        list(parallel.iter_ordered("t", die_on_seven, ITEMS, 2, spool=spool))
    assert children() == before


def test_results_after_the_workers_were_ended_are_refused():
    before = children()
    started = parallel.start_ordered("t", abs, ITEMS, 2)
    started.close()
    with pytest.raises(RuntimeError, match="ended before their results"):
        started.results()
    assert children() == before


def _kilobyte(x: int) -> str:
    return f"{x:06d}" * 170   # a chunk's results (~375 items) far over a pipe's 64 KB


def _exited(pid: int) -> bool:
    """Whether a child has ended (a zombie not yet reaped), read from /proc without reaping it."""
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"


def test_spooled_workers_finish_without_the_caller_taking_a_result():
    """With `spool`, a worker never waits for the parent (ingest writing a batch of articles while
    the composing goes on): every worker ends by itself before a single result is taken, and the
    results are still all there, in order. Without it each stops on its full pipe after a chunk."""
    before, files = children(), len(os.listdir("/proc/self/fd"))
    with parallel.start_ordered("t", _kilobyte, ITEMS, 2, True) as started:
        workers = children() - before
        assert len(workers) == 2
        waited = 0
        while not all(_exited(pid) for pid in workers) and waited < 600:   # (bounded: fails, never hangs)
            time.sleep(0.05)
            waited += 1
        assert all(_exited(pid) for pid in workers)
        assert started.results() == [_kilobyte(x) for x in ITEMS]
    assert list(parallel.iter_ordered("t", _kilobyte, ITEMS, 2, most=100, spool=True)) == [_kilobyte(x) for x in ITEMS]
    assert children() == before and len(os.listdir("/proc/self/fd")) == files   # (the spools closed too)


def test_without_memory_files_spooled_work_still_comes_back_whole(monkeypatch):
    """A kernel without memfd_create (or a platform without it): the workers use their pipes."""
    def refused(*a):
        raise OSError(38, "Function not implemented")
    monkeypatch.setattr(os, "memfd_create", refused)
    before = children()
    assert list(parallel.iter_ordered("t", _kilobyte, ITEMS, 2, most=100, spool=True)) == [_kilobyte(x) for x in ITEMS]
    assert children() == before
