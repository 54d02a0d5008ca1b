"""The processes this test process has forked and not yet reaped (Linux's /proc): a zombie counts,
since a worker nobody waited for is one the code under test forgot. Compare with the set before
the work: the suite keeps its own long-lived children (tests/cliserver.py's zygotes)."""
from __future__ import annotations

import os
from pathlib import Path


def children() -> set[int]:
    out: set[int] = set()
    for task in Path(f"/proc/{os.getpid()}/task").iterdir():
        try:
            out.update(int(pid) for pid in (task / "children").read_text().split())
        except OSError:   # a thread that ended meanwhile
            pass
    return out
