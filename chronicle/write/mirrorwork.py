"""The quick path's mirror of the site (write/patch.mirror_site) made by a child process while the
build saves its cache. Both come last in a full build, once the site is published, and each kept
one core busy while the other was idle: on ext4 at 10,000 articles the cache took 0.55 s and the
mirror's 23,420 links 0.3 s. A thread gains nothing, as the GIL makes the two take turns (save
cache 0.71 s with the mirror on a thread, against 0.55 + 0.15 s one after the other on a RAM
disk). The child is a new process (subprocess), not a fork: by then the build may have another
thread (the last site's removal), and a child forked from a threaded process can wait for ever
on a lock that thread held.

The child does what mirror_site does in the build (so a failure only costs time later, as
there); when it cannot start or does not end well, the build makes the mirror itself.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Iterable

from .patch import mirror_site

# the package's folder first on the child's path, so it runs this very code whatever its folder
_CHILD = ("import sys; sys.path.insert(0, sys.argv[1]); from chronicle.write.mirrorwork import child_main; "
          "child_main(sys.argv[2:])")
_ROOT = os.fspath(Path(__file__).resolve().parents[2])


class Mirroring:
    """mirror_site(out_dir, spare, own) begun in a child process; `wait()` returns once the mirror
    is made. Leaving the block without wait() ends the child if it is still at work (a mirror it
    did not finish is unmarked, and no build uses it; the caller drops it when the save failed)."""

    def __init__(self, out_dir: Path, spare: Path, own: Iterable[str] = ()):
        self._args = (out_dir, spare, tuple(own))
        self._child: subprocess.Popen | None = None

    def __enter__(self) -> "Mirroring":
        out_dir, spare, own = self._args
        try:
            self._child = subprocess.Popen([sys.executable, "-c", _CHILD, _ROOT, os.fspath(out_dir.absolute()),
                                            os.fspath(spare.absolute()), *own],
                                           stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                           stderr=subprocess.DEVNULL)
        except OSError:
            self._child = None
        return self

    def wait(self) -> None:
        child, self._child = self._child, None
        if child is not None and child.wait() == 0:
            return
        mirror_site(*self._args)   # no child, or one that failed: here, the same mirror

    def __exit__(self, *exc: object) -> None:
        child, self._child = self._child, None
        if child is not None:
            child.kill()
            child.wait()


def child_main(args: list[str]) -> None:
    out_dir, spare, *own = args
    mirror_site(Path(out_dir), Path(spare), own)
