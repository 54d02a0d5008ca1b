"""A forked child that works for its parent on the other core and sends back bytes through a
pipe (index/threadwork.py: the story threads; build/savework.py: the article cache saved). The
child reads what the parent held when it forked, so nothing big travels in; it never prints a
traceback nor flushes the parent's buffers, and a Ctrl-C or kill sent to the build's process
group ends it quietly. Fork only from a thread that is the only one (build/parallel.py)."""
from __future__ import annotations

import os
import signal
import threading
from typing import Callable


def can_fork() -> bool:
    """Whether a child may be forked now: only by a process whose one thread is this one (the
    preview's server and watcher threads could hold a lock the child would wait on for ever)."""
    return hasattr(os, "fork") and threading.active_count() == 1


def fork_child(work: Callable[[], bytes | None]) -> tuple[int, int] | None:
    """(pid, read end of its pipe) of a child running work(); it exits 0 once it has written the
    bytes work() returned, 1 when work() returned None or raised. None when it could not start."""
    read, write = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read)
        os.close(write)
        return None
    if pid == 0:
        status = 1
        try:
            os.close(read)
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            data = work()
            if data is not None:
                with os.fdopen(write, "wb") as out:
                    out.write(data)
                status = 0
        finally:
            os._exit(status)
    os.close(write)
    return pid, read


def child_output(pid: int, pipe: int) -> bytes | None:
    """What the child sent, once it has ended (the pipe closed); None unless it succeeded."""
    with os.fdopen(pipe, "rb") as fh:
        data = fh.read()
    _, status = os.waitpid(pid, 0)
    return data if status == 0 else None


def end_child(pid: int, pipe: int | None) -> None:
    """The child killed and reaped (a build left early: an error or a Ctrl-C), its pipe closed."""
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    if pipe is not None:
        os.close(pipe)
