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
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Mapping

from . import plaindata, statefile
from .outputcheck import OutputCheck, output_stats, stat_changes  # noqa: F401  (output_stats: the tests' import)
from .shards import Sharded, name_of, remove_unnamed
from ..errors import OutputError
from ..model import InputKey, Record, input_key_of
from ..write import files
from ..write.files import write_file_atomic
from .state import NO_OUTPUTS, NO_PRINTS, BuildState, Outputs, Prints, StateFile, StateIndex, StatKey

CODE_DIR = Path(__file__).resolve().parent.parent  # the whole chronicle package
STATE, PIECES, PRINTS = "state.cbor", "state", "prints.cbor"
Slots = tuple[tuple[int, int, int, str], ...]
# the state's maps kept by pieces (build/shards.py): name -> the type of its values
SHARDED = {"stats": InputKey, "output_stats": StatKey, "records": Record, "slots": Slots}


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
    _outputs: Outputs = field(default=NO_OUTPUTS, repr=False)   # its big maps read by pieces when asked
    _outputs_read: bool = field(default=False, repr=False)
    _prints: Prints | None = field(default=None, repr=False)                # None: not read yet
    _prints_name: str = field(default="", repr=False)                       # SHA-256 of the prints.cbor the state goes with
    _output_check: OutputCheck | None = field(default=None, repr=False)
    _changes: tuple[dict, tuple[dict, dict]] | None = field(default=None, repr=False)   # (the scan, its stat_changes)

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
        """The state's index; its big maps are read a piece at a time when asked (build/shards.py)."""
        try:
            first, identity = statefile.load_chunks(StateFile, (self.folder / STATE).read_bytes())
            index = plaindata.decode(StateIndex, statefile.parse(first))
            maps = self._maps(index)
            self._outputs = replace(index.outputs, records=maps["records"], slots=maps["slots"])
            self._prints_name = index.prints
            return replace(index.state, stats=maps["stats"], output_stats=maps["output_stats"],
                           site_identity=plaindata.decode(StatKey | None, statefile.parse(identity)))
        except (OSError, ValueError):   # ValueError: StateError, or not two parts
            self._outputs = NO_OUTPUTS
            return None

    def _maps(self, index: StateIndex) -> dict[str, Sharded]:
        from ..outputs.recordsums import record_sums
        if index.names.keys() != SHARDED.keys() or index.lengths.keys() != SHARDED.keys():
            raise plaindata.StateError("another set of maps")
        return {name: Sharded.stored(hint, self.folder / PIECES, index.names[name], index.lengths[name],
                                     *((record_sums, index.record_sums) if name == "records" else ()))
                for name, hint in SHARDED.items()}

    def load_all(self) -> None:
        """Every piece of the state read now, for a full build, which reads them all: one that
        does not read makes the whole state no cache (before the build uses any of it)."""
        if self.state is None or self._outputs_read:
            return
        try:
            for value in (self.state.stats, self.state.output_stats, self._outputs.records, self._outputs.slots):
                if isinstance(value, Sharded):
                    value.load_all()
            self._outputs_read = True
        except plaindata.StateError:
            self.state, self._outputs = None, NO_OUTPUTS

    def outputs(self) -> Outputs:
        """What the last build made (its big maps read by pieces when asked); NO_OUTPUTS when
        there is no usable state."""
        return self._outputs if self.enabled and self.state else NO_OUTPUTS

    def prints(self) -> Prints:
        """The page fingerprints and threads of the last full build, read on first use (only a
        full build or `check` needs them); NO_PRINTS when there is no usable state."""
        if self._prints is None:
            self._prints = NO_PRINTS
            try:
                data = (self.folder / PRINTS).read_bytes() if self.enabled and self._prints_name else b""
                if data and name_of(data) == self._prints_name:
                    self._prints = statefile.loads(Prints, data)
            except (OSError, ValueError):
                pass
        return self._prints if self.enabled and self.state else NO_PRINTS

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
        if self.stat_changes(stats) != ({}, {}):
            return False
        return self.output_intact(out_dir)

    def stat_changes(self, stats: dict[str, tuple]) -> tuple[dict, dict]:
        """outputcheck.stat_changes against the last state, made once per scan (the up-to-date
        check and the quick path both ask)."""
        if self._changes is None or self._changes[0] is not stats:
            self._changes = (stats, stat_changes(self.state.stats, stats))
        return self._changes[1]

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

    def save(self, state: BuildState, outputs: Outputs, prints: Prints | None) -> None:
        """Called by the orchestrator once the site is in place; a failure only costs speed next
        time. Only the pieces of the big maps not saved yet are written (a quick build's few);
        `prints` None: those of the last build hold (a quick build's)."""
        if not self.enabled:
            return
        if prints is not None:
            data = statefile.dumps(Prints, prints)
            self._prints_name = name_of(data) if self.write(PRINTS, data) else ""
        from ..outputs.recordsums import record_sums
        maps = {name: Sharded.of(hint, getattr(state if name in ("stats", "output_stats") else outputs, name),
                                 record_sums if name == "records" else None, self._last_map(name))
                for name, hint in SHARDED.items()}
        folder = self.folder / PIECES
        try:
            folder.mkdir(exist_ok=True)
            stored = all(m.store(folder, self.write_piece) for m in maps.values())
        except (OSError, TypeError, ValueError):
            stored = False
        state = replace(state, stats=maps["stats"], output_stats=maps["output_stats"])
        outputs = replace(outputs, records=maps["records"], slots=maps["slots"])
        self.remember(state, outputs, prints)
        if not stored:
            self.remove(STATE)
            return
        index = StateIndex(replace(state, stats={}, output_stats={}, site_identity=None),
                           replace(outputs, records={}, slots={}), {n: tuple(m.names()) for n, m in maps.items()},
                           {n: len(m) for n, m in maps.items()}, tuple(maps["records"].folds()), self._prints_name)
        parts = [statefile.part(plaindata.encode(StateIndex, index)), statefile.part(plaindata.encode(StatKey | None, state.site_identity))]
        if self.write(STATE, lambda fh: fh.writelines(statefile.dump_parts(StateFile, 2, parts))):
            remove_unnamed(folder, {name for m in maps.values() for name in m.names()})

    def _last_map(self, name: str) -> Mapping | None:
        """The last state's map `name`, whose pieces a full build's equal pieces keep (Sharded.of)."""
        if self.state is None:
            return None
        return getattr(self.state, name) if name in ("stats", "output_stats") else getattr(self._outputs, name)

    def write_piece(self, path: Path, data: bytes) -> bool:
        """A piece of a map kept by pieces (build/shards.py); False when it could not be written."""
        try:
            write_file_atomic(path, data, durable=False)
            return True
        except OutputError:
            return False


def input_key(path: Path | str) -> InputKey | None:
    """An input file's key (model.input_key_of), None when it cannot be read."""
    try:
        return input_key_of(os.stat(path))
    except OSError:
        return None
