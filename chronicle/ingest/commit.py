"""Article writes in batches (a group commit): the journal lines of a batch appended and synced
once, its files written and synced together (write/batch.py), instead of two syncs per article,
which made a 4,700-article digest wait on the disk for a minute.

For each batch, in this order: its `write` lines on disk (so no file can exist that the journal
does not name); its files on disk under temp names; a `ready` line naming its articles on disk
(from here the next run finishes the batch rather than forgets it); the files renamed into place
and their folders synced. The ledger (ledger.py) is saved only after its last batch, so it never
names a file that is not on disk. What a run stopped at any of these steps leaves, ledger.py's
replay turns into the state the batch would have reached, or the one before it.

A file is read (to see whether a writer edited it, or to merge into it) only after its pending
write: `settle` flushes the batch first when the file is in it.
"""
from __future__ import annotations

import json
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

    def flush(self) -> None:
        if not self.lines:
            return
        self.ledger.journal_lines(self.lines)
        write_temps(list(self.files.items()))
        self.ledger.journal_lines([json.dumps({"op": "ready", "ids": self.ids})])
        publish_temps(list(self.files))
        self.lines, self.ids, self.files = [], [], {}
