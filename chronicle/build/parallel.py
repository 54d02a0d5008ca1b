"""Spread pure per-item work over the cores, keeping results in input order.

Workers are forked after the shared data is in place (module globals), so nothing big is
pickled on the way in; only results travel back, each chunk through its worker's own pipe.
Output is the same as `jobs=1`.

No multiprocessing.Pool: its terminate() joins a task-handler thread that can be blocked writing
to workers that are already gone (a fresh clone's test run once hung there for good). Here the
parent has no thread besides its own: each worker gets every `jobs`-th chunk up front, sends each
result as it is done, and is killed and reaped when its results are taken or no longer wanted.
A message is its pickle's length (8 bytes) and the pickle: no multiprocessing.connection, whose
imports (subprocess, tempfile, socket ...) were ~10 ms of every ingest's start.

A worker blocks on its pipe (64 KB) until the parent reads, so while the parent is busy elsewhere
(ingest writing a batch of articles) the workers would stop after one chunk; with `spool`, each
worker writes its results to a memory file of its own (memfd) and sends only their length down the
pipe, so it never waits and the results queue up in memory, as multiprocessing.Pool's result
thread let them, without a thread here.
"""
from __future__ import annotations

import gc
import os
import pickle
import signal
import struct
from typing import Any, Callable, Iterator, Sequence

MIN_ITEMS_PER_JOB = 200   # below this, starting processes costs more than it saves
_shared: dict[str, Any] = {}
# (pid, read end of its pipe, its spool: [memory file's descriptor, offset read to] or None), in chunk order modulo jobs
_Workers = list[tuple[int, int, "list[int] | None"]]
_LENGTH = struct.Struct("<Q")   # a message's length, before it on the pipe (or alone there, its pickle spooled)


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
                 renew: int | None = None, spool: bool = False) -> Iterator:
    """fn(x) for x in items, in order, each as soon as it and those before it are done; with
    `most`, chunks hold at most that many items, so few results wait in memory at once (a worker
    holds a chunk's results twice, as objects and pickled); with `renew`, the workers are replaced
    by fresh forks after about that many chunks each: a worker copies every memory page it shares
    with the parent as it touches the objects there (reference counts are writes); with `spool`,
    the workers never wait for the caller to take their results (the module's docstring)."""
    jobs = min(jobs, len(items) // MIN_ITEMS_PER_JOB)
    if jobs <= 1 or not hasattr(os, "fork"):
        yield from (fn(item) for item in items)
        return
    chunk = -(-len(items) // (jobs * 4))  # interleaved chunks share a slow stretch of items out
    chunk = min(chunk, most) if most else chunk
    bounds = [(name, i, min(i + chunk, len(items))) for i in range(0, len(items), chunk)]
    # renewing forks a fresh set of workers for each group of chunks
    per_group = jobs * renew if renew else len(bounds)
    for start in range(0, len(bounds), per_group):
        group = bounds[start:start + per_group]
        workers = _fork_workers(name, fn, items, group, jobs, spool)
        try:
            for part in _received(workers, len(group)):
                yield from part
        finally:
            _end(workers)


class Started:
    """A map begun on forked workers by `start_ordered`: this process does other work while they
    work, then takes the results (`results`, in input order). Used as a context manager, whose
    exit ends the workers whether or not the results were taken (a page that turned out not to
    need them)."""

    def __init__(self, fn: Callable[[Any], Any], items: Sequence, workers: _Workers | None = None,
                 chunks: int = 0):
        self._fn, self._items, self._workers, self._chunks = fn, items, workers, chunks
        self._ended = False

    def results(self) -> list:
        if self._workers is None:   # too little work for workers: done here, now
            return [self._fn(item) for item in self._items]
        if self._ended:
            raise RuntimeError("the workers were ended before their results were taken")
        try:
            return [x for part in _received(self._workers, self._chunks) for x in part]
        finally:
            self.close()

    def close(self) -> None:
        if self._workers is not None and not self._ended:
            self._ended = True
            _end(self._workers)

    def __enter__(self) -> "Started":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def start_ordered(name: str, fn: Callable[[Any], Any], items: Sequence, jobs: int, spool: bool = False) -> Started:
    """map_ordered(name, fn, items, jobs) begun now on forked workers, its results taken later
    (Started.results); with too little work for workers, nothing starts and results() computes
    them then; `spool` as for iter_ordered. Call it from a thread that is the only one."""
    jobs = min(jobs, len(items) // MIN_ITEMS_PER_JOB)
    if jobs <= 1 or not hasattr(os, "fork"):
        return Started(fn, items)
    chunk = -(-len(items) // (jobs * 4))
    bounds = [(name, i, min(i + chunk, len(items))) for i in range(0, len(items), chunk)]
    return Started(fn, items, _fork_workers(name, fn, items, bounds, jobs, spool), len(bounds))


def start_call(name: str, fn: Callable[[], Any], jobs: int, spool: bool = False) -> Started:
    """fn() begun now on one forked worker, its result taken later (Started.results()[0]), so this
    process does other work meanwhile; with one job, nothing starts and results() calls it then;
    `spool` as for iter_ordered (a big result taken late). Call it from a thread that is the only one."""
    call = lambda _: fn()   # noqa: E731 - a map over one item
    if jobs <= 1 or not hasattr(os, "fork"):
        return Started(call, [None])
    return Started(call, [None], _fork_workers(name, call, [None], [(name, 0, 1)], 1, spool), 1)


def _fork_workers(name: str, fn: Callable[[Any], Any], items: Sequence, bounds: list, jobs: int,
                  spool: bool = False) -> _Workers:
    """`jobs` children, worker w computing bounds[w], bounds[w + jobs], … in that order and sending
    each chunk's results as it is done. A child forked while another thread of this process held a
    lock would wait on it for ever: fork only from a thread that is the only one."""
    _shared[name] = (fn, items)
    # a worker's garbage collector must not write into every object it shares with the parent:
    # that would copy each memory page of the fork (gc.freeze, as Python's documentation advises)
    gc.freeze()
    workers: _Workers = []
    try:
        for w in range(min(jobs, len(bounds))):
            memory = _spool(f"{name}-{w}") if spool else None
            read, write = os.pipe()
            pid = os.fork()
            if pid == 0:
                _work(write, [read] + [fd for _, r, m in workers for fd in (r, *(m[:1] if m else ()))],
                      bounds[w::jobs], memory[0] if memory else None)
            os.close(write)
            workers.append((pid, read, memory))
    except BaseException:
        _end(workers)
        raise
    finally:
        gc.unfreeze()
        _shared.pop(name, None)   # each worker has its copy
    return workers


def _spool(name: str) -> list[int] | None:
    """[a new memory file, 0] for a worker's results; None where there is none (not Linux, or a
    kernel without memfd): then the worker waits on its pipe, as without `spool`."""
    try:
        return [os.memfd_create(name, os.MFD_CLOEXEC), 0]
    except (AttributeError, OSError):
        return None


def _work(write: int, others: list[int], mine: list, memory: int | None) -> None:
    """A worker's life: its chunks computed and sent in order (into `memory`, the spool, when
    given), then exit without running the parent's exit handlers or flushing its buffers; an
    error in the work goes to the parent."""
    status = 1
    try:
        for fd in others:
            os.close(fd)
        signal.signal(signal.SIGINT, signal.SIG_DFL)   # a Ctrl-C ends the build's group quietly
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        for args in mine:
            try:
                message = (True, _run_chunk(args))
            except Exception as exc:   # raised again in the parent, as jobs=1 would raise it
                message = (False, _portable(exc))
            data = pickle.dumps(message, pickle.HIGHEST_PROTOCOL)
            if memory is None:
                _write_all(write, _LENGTH.pack(len(data)) + data)
            else:
                _write_all(memory, data)
                _write_all(write, _LENGTH.pack(len(data)))
            if not message[0]:
                break
        status = 0
    finally:
        os._exit(status)


def _portable(exc: Exception) -> Exception:
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")


def _received(workers: _Workers, chunks: int) -> Iterator[list]:
    """Each chunk's results, in chunk order: chunk i comes from worker i mod len(workers)."""
    for i in range(chunks):
        pid, read, memory = workers[i % len(workers)]
        try:
            length = _LENGTH.unpack(_read_exactly(read, _LENGTH.size))[0]
            ok, payload = pickle.loads(_read_exactly(read, length) if memory is None else _unspooled(memory, length))
        except EOFError:
            raise RuntimeError(f"worker {pid} ended before sending its results") from None
        if not ok:
            raise payload
        yield payload


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _read_exactly(fd: int, length: int) -> bytes:
    """`length` bytes from the pipe; EOFError if it closes first (its worker ended)."""
    parts, left = [], length
    while left:
        part = os.read(fd, min(left, 1 << 20))
        if not part:
            raise EOFError
        parts.append(part)
        left -= len(part)
    return parts[0] if len(parts) == 1 else b"".join(parts)


def _unspooled(memory: list[int], length: int) -> bytes:
    """The next message a worker spooled: its bytes read from its memory file where the last ended."""
    fd, offset = memory
    end = offset + length
    parts = []
    while offset < end:
        part = os.pread(fd, end - offset, offset)
        if not part:
            raise EOFError
        parts.append(part)
        offset += len(part)
    memory[1] = end
    return parts[0] if len(parts) == 1 else b"".join(parts)


def _end(workers: _Workers) -> None:
    """Every worker killed (one done has already exited: then this only reaps it), its pipe and
    its spool closed."""
    for pid, read, memory in workers:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        try:
            os.waitpid(pid, 0)
        except ChildProcessError:
            pass
        os.close(read)
        if memory is not None:
            os.close(memory[0])
