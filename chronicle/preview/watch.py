"""Watch the files a site is made from (never the output) and report changes in debounced batches.

Editors save in many ways: write in place, write a temp file and rename it over the original
(vim, JetBrains, VS Code with some settings), delete and recreate, or leave swap files about.
We treat any create/modify/delete/move of a relevant path as "something changed" and let the
builder re-read the disk: the build works from what is there, not from the events, so a
missed or duplicated event cannot leave a stale site, and renames or new folders need no
special case. Reads (opened / closed-without-write) are ignored: the build itself reads every
file, and reacting to that would rebuild forever.
"""
from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Callable, Iterable

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from ..errors import ContentError

WRITE_EVENTS = {"created", "modified", "deleted", "moved", "closed"}
EDITOR_JUNK_SUFFIXES = ("~", ".swp", ".swx", ".swo", ".tmp", ".part", ".crdownload")


class ChangeFilter:
    """Decides whether a path is part of the site's sources."""

    def __init__(self, roots: Iterable[Path], files: Iterable[Path], ignored: Iterable[Path]):
        self.roots = [_resolved(r) for r in roots]
        self.files = {_resolved(f) for f in files}
        self.ignored = [_resolved(i) for i in ignored]

    def relevant(self, path: str | Path) -> bool:
        # where the path stands (its folder resolved) and, when it is there, where it leads: a link
        # in content/ to a file elsewhere (which the build refuses) was taken for a change elsewhere
        # and ignored, so the preview kept the last site without a word
        where = [_resolve_parent(Path(path))]
        if Path(path).exists():
            where.append(Path(path).resolve())
        return any(self._relevant(p) for p in where)

    def _relevant(self, p: Path) -> bool:
        if p in self.files:
            return True
        if any(_under(p, i) for i in self.ignored):
            return False
        for root in self.roots:
            if _under(p, root):
                return not any(_junk(part) for part in p.relative_to(root).parts)
        return False


def _junk(name: str) -> bool:
    return name.startswith((".", "#")) or name.endswith(EDITOR_JUNK_SUFFIXES) or name == "4913"


def _resolved(path: Path) -> Path:
    try:
        return Path(path).resolve()
    except (OSError, RuntimeError):   # a link in a loop (RuntimeError before Python 3.13): was a traceback
        raise ContentError(str(path), None, "is a symbolic link that loops; point it at a real folder or file") from None


def _resolve_parent(path: Path) -> Path:
    """A deleted file cannot be resolved; resolve its folder (which may be a symlink) instead."""
    try:
        return path.parent.resolve() / path.name
    except (OSError, RuntimeError):
        return path.absolute()


def _under(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


class Watcher:
    """Calls on_batch(set of changed paths) from a background thread, once a burst of events goes quiet."""

    def __init__(self, dirs: Iterable[Path], files: Iterable[Path], ignored: Iterable[Path],
                 on_batch: Callable[[set[Path]], None], quiet: float = 0.2, longest: float = 2.0):
        self.dirs = [Path(d) for d in dirs]
        self.files = [Path(f) for f in files]
        self.filter = ChangeFilter(self.dirs, self.files, ignored)
        self.on_batch = on_batch
        self.quiet = quiet          # a batch ends when nothing happened for this long ...
        self.longest = longest      # ... or when it has been collecting for this long
        self._pending: set[Path] = set()
        self._first = 0.0
        self._last = 0.0
        self._cond = threading.Condition()
        self._stopped = False
        self._observer = Observer()
        self._thread = threading.Thread(target=self._run, name="chronicle-debounce", daemon=True)

    def start(self) -> None:
        handler = _Handler(self)
        watched: set[Path] = set()
        for d in self.dirs:
            if d.is_dir():
                self._observer.schedule(handler, str(d), recursive=True)
                watched.add(d.resolve())
        for f in self.files:
            parent = f.resolve().parent
            if parent not in watched and not any(w in parent.parents for w in watched):
                self._observer.schedule(handler, str(parent), recursive=False)
                watched.add(parent)
        try:
            self._observer.start()
        except RecursionError:   # watchdog lists a tree with os.walk, which recursed (Python 3.11)
            self._observer.stop()
            raise ContentError(", ".join(map(str, self.dirs)), None, "folders are nested too deeply to be watched "
                                                                     "(hundreds of levels); move the articles up") from None
        self._thread.start()

    def stop(self) -> None:
        with self._cond:
            self._stopped = True
            self._cond.notify_all()
        self._observer.stop()
        self._observer.join(timeout=5)

    def notify(self, path: str) -> None:
        if not self.filter.relevant(path):
            return
        now = time.monotonic()
        with self._cond:
            if not self._pending:
                self._first = now
            self._pending.add(Path(path))
            self._last = now
            self._cond.notify_all()

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._pending and not self._stopped:
                    self._cond.wait()
                if self._stopped:
                    return
                while True:
                    now = time.monotonic()
                    wait = min(self._last + self.quiet, self._first + self.longest) - now
                    if wait <= 0 or self._stopped:
                        break
                    self._cond.wait(wait)
                batch, self._pending = self._pending, set()
            if batch and not self._stopped:
                self.on_batch(batch)   # events arriving meanwhile make the next batch


class _Handler(FileSystemEventHandler):
    def __init__(self, watcher: Watcher):
        self.watcher = watcher

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type not in WRITE_EVENTS:
            return
        if event.is_directory and event.event_type == "modified":
            return  # an entry inside changed: that entry has its own event
        self.watcher.notify(_text(event.src_path))
        dest = getattr(event, "dest_path", "")
        if dest:
            self.watcher.notify(_text(dest))


def _text(path: str | bytes) -> str:
    return path.decode("utf-8", "surrogateescape") if isinstance(path, bytes) else path
