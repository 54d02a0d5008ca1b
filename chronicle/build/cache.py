"""The build cache, kept beside the output folder (`.site.cache/`).

Two levels, both keyed so that a stale entry can never be used:
- the whole build: a digest of the settings (config, layouts, Chronicle's own code, build
  options) and the stat key of every document. When both match the last build and the output
  folder is exactly as that build left it, there is nothing to do.
- one article: its file's bytes (found again by size/mtime/inode) plus a salt of config and
  code; the rendered Article is reused when the links it resolved still resolve the same way.
Delete the folder or pass --no-cache for a cold build.
"""
from __future__ import annotations

import contextlib
import hashlib
import os
import threading
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Mapping

from . import plaindata, statefile
from ..errors import OutputError
from ..model import InputKey, input_key_of, stat_key_of
from ..write import files
from ..write.files import write_file_atomic
from .state import NO_OUTPUTS, NO_PRINTS, BuildState, Outputs, Prints, StateFile, StatKey

CODE_DIR = Path(__file__).resolve().parent.parent  # the whole chronicle package
STATE = "state.cbor"


def cache_dir(out_dir: Path) -> Path:
    out_dir = out_dir.absolute()
    return out_dir.parent / f".{out_dir.name}.cache"


def tree_digest(*roots: Path, suffixes: tuple[str, ...] = ()) -> str:
    """Names and input keys of every file under the roots (a changed file changes its ctime)."""
    digest = hashlib.sha256()
    for root in roots:
        if root.is_file():
            digest.update(f"{root}:{input_key_of(os.stat(root))}\n".encode())
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames.sort()
            for name in sorted(filenames):
                if suffixes and not name.endswith(suffixes):
                    continue
                path = os.path.join(dirpath, name)
                try:   # (a name that is not UTF-8, as os.walk gives it: surrogateescape)
                    digest.update(f"{path}:{input_key_of(os.stat(path))}\n".encode(errors="surrogateescape"))
                except OSError:
                    digest.update(f"{path}:gone\n".encode(errors="surrogateescape"))
    return digest.hexdigest()


def code_salt() -> str:
    return tree_digest(CODE_DIR, suffixes=(".py",))


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
        self._out_dir, self._saved = out_dir, saved
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
            return output_stats(self._out_dir) == self._saved
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


@dataclass
class BuildCache:
    """Reads what the last build left. Nothing in the folder is trusted: every file is plain data of
    a declared type (chronicle/build/statefile.py), and one that does not read as that type is no
    cache. The stages get the last state from here; the orchestrator saves the new one."""
    folder: Path
    enabled: bool = True
    state: BuildState | None = None
    articles: dict[str, Any] = field(default_factory=dict)   # reuse.ArticleEntry by path; reuse.load_article_entries
    saved_articles: dict[str, Any] = field(default_factory=dict)   # those of them articles.cbor holds
    # page -> (HTML, text) of entries whose bodies are in no file (bodystore.py): the preview's
    bodies: dict[str, tuple[str, str]] = field(default_factory=dict)
    _outputs: Outputs | memoryview = field(default=NO_OUTPUTS, repr=False)  # or its CBOR, not parsed yet
    _prints: Prints | memoryview = field(default=NO_PRINTS, repr=False)      # the same
    _output_check: OutputCheck | None = field(default=None, repr=False)

    @classmethod
    def open(cls, out_dir: Path, enabled: bool) -> "BuildCache":
        cache = cls(cache_dir(out_dir), enabled)
        if enabled:
            cache.state = cache._load_state()
        return cache

    def read_parts(self, name: str, hint: Any) -> list[Any] | None:
        """The parts of the cache file `name`, saved as `hint`; None when it is missing, damaged
        or of another version (statefile.load_parts)."""
        try:
            return statefile.load_parts(hint, (self.folder / name).read_bytes()) if self.enabled else None
        except (OSError, statefile.StateError):
            return None

    def write(self, name: str, data: bytes | Callable[[Any], None]) -> bool:
        """A cache file, written whole or by a function given the open file; False when it could
        not be (a full disk; a value CBOR cannot hold, such as a file name that is not UTF-8):
        that only costs speed next time."""
        try:
            write_file_atomic(self.folder / name, data, durable=False)
            return True
        except (OutputError, TypeError, ValueError):
            return False

    def remove(self, name: str) -> None:
        with contextlib.suppress(OSError):
            (self.folder / name).unlink(missing_ok=True)

    def _load_state(self) -> BuildState | None:
        try:
            first, self._outputs, self._prints, identity = statefile.load_chunks(StateFile, (self.folder / STATE).read_bytes())
            state = plaindata.decode(BuildState, statefile.parse(first))
            return replace(state, site_identity=plaindata.decode(StatKey | None, statefile.parse(identity)))
        except (OSError, ValueError):   # ValueError: StateError, or not four parts
            self._outputs, self._prints = NO_OUTPUTS, NO_PRINTS
            return None

    def outputs(self) -> Outputs:
        """What the last build made, decoded on first use (an up-to-date build never needs it);
        NO_OUTPUTS when there is no usable state."""
        self._outputs = _decoded(Outputs, self._outputs, NO_OUTPUTS)
        return self._outputs if self.enabled and self.state else NO_OUTPUTS

    def prints(self) -> Prints:
        """The page fingerprints and threads of the last full build, decoded on first use (only a
        full build or `check` needs them); NO_PRINTS when there is no usable state."""
        self._prints = _decoded(Prints, self._prints, NO_PRINTS)
        return self._prints if self.enabled and self.state else NO_PRINTS

    def prints_part(self) -> bytes:
        """The Prints part as the last build saved it, for a quick build to save again unread."""
        if isinstance(self._prints, Prints):
            return statefile.part(plaindata.encode(Prints, self._prints))
        return len(self._prints).to_bytes(8, "big") + bytes(self._prints)

    def check_output(self, out_dir: Path) -> None:
        """Start finding out whether out_dir is as the last build left it (output_intact)."""
        self._output_check = OutputCheck(out_dir, self.state.output_stats if self.enabled and self.state else None)

    def output_intact(self, out_dir: Path) -> bool:
        if self._output_check is None:
            self.check_output(out_dir)
        return self._output_check.intact()

    def up_to_date(self, settings: str, stats: dict[str, tuple], out_dir: Path) -> bool:
        """Nothing to do: the same settings (pipeline.settings_of(...).digest), the same documents with the
        same stat keys (document_stats), and out_dir as the last build left it."""
        state = self.state
        if not self.enabled or state is None or state.settings != settings or not out_dir.is_dir():
            return False
        old = state.stats
        if len(old) != len(stats) or any(old.get(shown) != stat for shown, (_, _, stat) in stats.items()):
            return False
        return self.output_intact(out_dir)

    def built_identity(self) -> tuple | None:
        """write.folder_identity of the folder the last build left, if the state knows it."""
        return self.state.site_identity if self.enabled and self.state else None

    def trusted(self, out_dir: Path, path: str) -> bool:
        """A file of the last build is still exactly as that build wrote it."""
        recorded = self.state.output_stats.get(path) if self.enabled and self.state else None
        if recorded is not None and self._output_check is not None and self._output_check.found_intact(out_dir):
            return True   # every file's stat key was compared at the start of this build (a title edit's 22,000 stats)
        try:
            return recorded is not None and recorded == files.stat_key(os.path.join(out_dir, path))
        except OSError:
            return False

    def trusted_output(self, out_dir: Path, path: str) -> bytes | None:
        """A file of the last build, if it is still exactly as that build wrote it."""
        recorded = self.state.output_stats.get(path) if self.enabled and self.state else None
        full = os.path.join(out_dir, path)
        try:
            if recorded is None or recorded != files.stat_key(full):
                return None
            with open(full, "rb") as fh:
                return fh.read()
        except OSError:
            return None

    def remember(self, state: BuildState, outputs: Outputs, prints: Prints | None = None) -> None:
        """What the next build in this process starts from (the preview keeps it in memory)."""
        self.state, self._outputs = state, outputs
        if prints is not None:
            self._prints = prints

    def save(self, state: BuildState, outputs: Outputs, prints: Prints | None, bulk: bytes | None = None) -> None:
        """Called by the orchestrator once the site is in place; a failure only costs speed next
        time. `bulk` is state_bytes(state, outputs, prints part) when made already (the quick path
        makes it while the new files flush, with the last Prints as they were: `prints` None)."""
        if not self.enabled:
            return
        if bulk is None:
            bulk = state_bytes(state, outputs, statefile.part(plaindata.encode(Prints, prints)))
        self.remember(state, outputs, prints)

        def parts():
            yield bulk
            yield statefile.part(plaindata.encode(StatKey | None, state.site_identity))
        self.write(STATE, lambda fh: fh.writelines(statefile.dump_parts(StateFile, 4, parts())))


def _decoded(kind: type, value: Any, empty: Any) -> Any:
    """`value` as `kind`, decoded from its CBOR if not yet; `empty` when it does not decode."""
    if isinstance(value, kind):
        return value
    try:
        return plaindata.decode(kind, statefile.parse(value))
    except plaindata.StateError:
        return empty


def state_bytes(state: BuildState, outputs: Outputs, prints_part: bytes) -> bytes:
    """The first three parts of the state file: all but what is known only once the site is in place."""
    return (statefile.part(plaindata.encode(BuildState, replace(state, site_identity=None)))
            + statefile.part(plaindata.encode(Outputs, outputs)) + prints_part)


def input_key(path: Path | str) -> InputKey | None:
    """An input file's key (model.input_key_of), None when it cannot be read."""
    try:
        return input_key_of(os.stat(path))
    except OSError:
        return None
