"""Article writes in batches (a group commit): the journal lines of a batch appended and synced
once, its files written and synced together (write/batch.py), instead of two syncs per article,
which made a 4,700-article digest wait on the disk for a minute.

For each batch, in this order: its `write` lines on disk (so no file can exist that the journal
does not name); its files on disk under temp names; a `ready` line naming its articles on disk
(from here the next run finishes the batch rather than forgets it); the files renamed into place
and their folders synced. The ledger (ledger.py) is saved only after its last batch, so it never
names a file that is not on disk. What a run stopped at any of these steps leaves, ledger.py's
replay turns into the state the batch would have reached, or the one before it.

A batch is written by a thread of its own while the next one is gathered: its steps are mostly
waits on the disk (the journal's fsync, one syncfs, the folders' fsync; 0.05 s to several seconds
a batch on the shared machine, where syncfs also waits for other work's dirty pages), which the
run's own work now overlaps. One batch at a time, in order: the next waits for the one before, so
the steps above keep their order across batches. `wait` joins it (before the ledger is saved,
before any process is forked, before the ingest lock is released).

A file is read (to see whether a writer edited it, or to merge into it) only after its pending
write: `settle` flushes the batch first when the file is in it, and waits until it is written.
"""
from __future__ import annotations

import json
import threading
from pathlib import Path

from ..write.batch import publish_temps, write_temps
from .ledger import Ledger

BATCH = 1000   # articles per batch: bounds the temp files a killed run leaves and the bytes held


class GroupCommit:
    def __init__(self, ledger: Ledger, limit: int = BATCH):
        self.ledger, self.limit = ledger, limit
        self.lines: list[str] = []            # the batch's `write` journal lines
        self.ids: list[str] = []
        self.files: dict[Path, bytes] = {}    # file -> the bytes it will hold
        self._writer: threading.Thread | None = None   # writing the batch before this one
        self._writing: set[Path] = set()               # ... whose files these are
        self._failed: BaseException | None = None      # what stopped it

    def write(self, art_id: str, new: dict, old: dict | None, target: Path, data: bytes) -> bool:
        """Record the article `new` describes (over the file `old` described, which the caller
        has checked is still those bytes, or as a new file) and queue its bytes; True if the file
        changes."""
        if new == old:
            return False
        self.settle(target)
        self.lines.append(self.ledger.record(art_id, new, old["sha256"] if old else None))
        self.ids.append(art_id)
        changed = old is None or new["sha256"] != old["sha256"]
        if changed:
            self.files[target] = data
        if len(self.lines) >= self.limit:
            self.flush()
        return changed

    def settle(self, target: Path) -> None:
        """Before reading `target`: its pending write, if any, is made first."""
        if target in self.files:
            self.flush()
        if target in self._writing:
            self.wait()

    def flush(self) -> None:
        """Hand the batch to the writing thread, once the batch before it is written."""
        if not self.lines:
            return
        batch = (self.lines, self.ids, self.files)
        self.lines, self.ids, self.files = [], [], {}
        self.wait()
        self._writing = set(batch[2])
        self._writer = threading.Thread(target=self._write, args=batch, name="ingest-commit")
        self._writer.start()

    def wait(self) -> None:
        """Every batch handed over is on disk; what stopped the writing (a full disk) is raised here."""
        self.join()
        if self._failed is not None:
            failed, self._failed = self._failed, None
            raise failed

    def join(self) -> None:
        """The writing thread has ended (whether or not its batch was written)."""
        if self._writer is not None:
            self._writer.join()
            self._writer, self._writing = None, set()

    def _write(self, lines: list[str], ids: list[str], files: dict[Path, bytes]) -> None:
        try:
            self.ledger.journal_lines(lines)
            write_temps(list(files.items()))
            self.ledger.journal_lines([json.dumps({"op": "ready", "ids": ids})])
            publish_temps(list(files))
        except BaseException as exc:   # raised in the run's own thread by wait()
            self._failed = exc
