"""Whether the output folder is as the last build left it, and which documents' stat keys
changed, each compared a piece at a time (build/shards.py) against the saved maps' pieces."""
from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Mapping

from .shards import Sharded, names_of, piece_name, split
from ..model import InputKey, StatKey, stat_key_of


def output_stats(out_dir: Path) -> dict[str, StatKey]:
    """Relative path -> stat key of every file under out_dir (scandir and string joins: os.walk
    with relpath cost 0.5 s for 10,000 files)."""
    stats: dict[str, StatKey] = {}
    todo = [("", os.fspath(out_dir))]
    while todo:
        prefix, folder = todo.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    todo.append((prefix + entry.name + "/", entry.path))
                else:
                    st = entry.stat(follow_symlinks=False)
                    stats[prefix + entry.name] = stat_key_of(st)
    return stats


class OutputCheck:
    """Whether the output folder holds exactly the files the last build left: every file's stat
    key against the saved ones. The up-to-date and the quick path both ask. At 10,000 pages
    it takes as long as scanning the content (0.1 s, mostly system calls that Python threads
    cannot share), so a forked child answers on the other core while the build scans."""

    def __init__(self, out_dir: Path, saved: Mapping[str, StatKey] | None):
        # the names of the saved keys' pieces: the folder's keys, cut the same way, are compared
        # a piece at a time without decoding the saved ones
        self._out_dir, self._saved = out_dir, Sharded.of(StatKey, saved).names() if saved else None
        self._answer: bool | None = None if saved else False
        self._child = 0
        # fork only a single-threaded process (the CLI): forking threads invites deadlocks
        if self._answer is None and hasattr(os, "fork") and threading.active_count() == 1:
            try:
                pid = os.fork()
            except OSError:
                pid = -1
            if pid == 0:
                code = 1
                try:
                    code = 0 if self._compare() else 1
                finally:
                    os._exit(code)
            self._child = max(pid, 0)

    def _compare(self) -> bool:
        try:
            return names_of(StatKey, output_stats(self._out_dir)) == self._saved
        except OSError:
            return False

    def found_intact(self, out_dir: Path) -> bool:
        """Already answered: out_dir was found as the last build left it (no waiting)."""
        return self._answer is True and self._out_dir == out_dir

    def intact(self) -> bool:
        if self._answer is None:
            if self._child:
                _, status = os.waitpid(self._child, 0)
                self._answer = os.waitstatus_to_exitcode(status) == 0
            else:
                self._answer = self._compare()
        return self._answer


def stat_changes(old: Mapping[str, InputKey], stats: Mapping[str, tuple]) -> tuple[dict, dict]:
    """(old keys, keys now) of the documents in the pieces of `old` that differ from the scan's
    `stats` (shown path -> (path, kind, key)): ({}, {}) when none does. Only those pieces are
    decoded; a map not kept by pieces (the preview's) is compared whole."""
    now = {shown: stat for shown, (_, _, stat) in stats.items()}
    if not isinstance(old, Sharded):
        return ({}, {}) if dict(old) == now else (dict(old), now)
    pieces = split(now)
    differing = old.differing([piece_name(InputKey, piece) for piece in pieces])
    return ({k: v for i in differing for k, v in old.piece(i).items()},
            {k: v for i in differing for k, v in pieces[i].items()})
