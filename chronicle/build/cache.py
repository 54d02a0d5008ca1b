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
from typing import Any

from . import statefile
from ..errors import OutputError
from ..write.files import write_file_atomic
from .state import ArticleEntry, BuildState, QuickFacts, StatKey

CODE_DIR = Path(__file__).resolve().parent.parent  # the whole chronicle package
BATCH = 2000          # articles per line of articles.json
STATE, ARTICLES, QUICK = "state.json", "articles.json", "quick.json"


def cache_dir(out_dir: Path) -> Path:
    out_dir = out_dir.absolute()
    return out_dir.parent / f".{out_dir.name}.cache"


def _stat_key(path: str) -> tuple[int, int, int]:
    st = os.stat(path)
    return (st.st_size, st.st_mtime_ns, st.st_ino)


def tree_digest(*roots: Path, suffixes: tuple[str, ...] = ()) -> str:
    """Names and stat keys of every file under the roots (a changed file changes its mtime)."""
    digest = hashlib.sha256()
    for root in roots:
        if root.is_file():
            digest.update(f"{root}:{_stat_key(str(root))}\n".encode())
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames.sort()
            for name in sorted(filenames):
                if suffixes and not name.endswith(suffixes):
                    continue
                path = os.path.join(dirpath, name)
                try:
                    digest.update(f"{path}:{_stat_key(path)}\n".encode())
                except OSError:
                    digest.update(f"{path}:gone\n".encode())
    return digest.hexdigest()


def code_salt() -> str:
    return tree_digest(CODE_DIR, suffixes=(".py",))


def output_manifest(out_dir: Path) -> dict[str, tuple[int, int, int]]:
    """Relative path -> stat key of every file under out_dir (scandir and string joins: os.walk
    with relpath cost 0.5 s for 10,000 files)."""
    manifest: dict[str, tuple[int, int, int]] = {}
    todo = [("", os.fspath(out_dir))]
    while todo:
        prefix, folder = todo.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    todo.append((prefix + entry.name + "/", entry.path))
                else:
                    st = entry.stat(follow_symlinks=False)
                    manifest[prefix + entry.name] = (st.st_size, st.st_mtime_ns, st.st_ino)
    return manifest


class OutputCheck:
    """Whether the output folder holds exactly the files the last build left: every file's stat
    key against the saved manifest. The up-to-date and the quick path both ask. At 10,000 pages
    it takes as long as scanning the content (0.1 s, mostly system calls that Python threads
    cannot share), so a forked child answers on the other core while the build scans."""

    def __init__(self, out_dir: Path, manifest: dict | None):
        self._out_dir, self._manifest = out_dir, manifest
        self._answer: bool | None = None if manifest else False
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
            return output_manifest(self._out_dir) == self._manifest
        except OSError:
            return False

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
    """Reads what the last build left. Nothing in the folder is trusted: every file is JSON of a
    declared type (chronicle/build/statefile.py), and one that does not read as that type is no
    cache. The stages get the last state from here; the orchestrator saves the new one."""
    folder: Path
    enabled: bool = True
    state: BuildState | None = None
    articles: dict[str, ArticleEntry] = field(default_factory=dict)   # by the path shown in messages
    _output_check: OutputCheck | None = field(default=None, repr=False)

    @classmethod
    def open(cls, out_dir: Path, enabled: bool) -> "BuildCache":
        cache = cls(cache_dir(out_dir), enabled)
        if enabled:
            cache.state = cache._load_state()
        return cache

    def _read(self, name: str, hint: Any, whole: bool = True) -> Any:
        """The value saved in `name`, or None when it is missing or not what was saved."""
        try:
            data = (self.folder / name).read_bytes()
            return statefile.loads(hint, data) if whole else statefile.load_parts(hint, data)
        except (OSError, statefile.StateError):
            return None

    def _load_state(self) -> BuildState | None:
        parts = self._read(STATE, BuildState, whole=False)
        try:
            state = statefile.decoder(BuildState)(parts[0])
            return replace(state, site_identity=statefile.decoder(StatKey | None)(parts[1]))
        except (TypeError, IndexError, statefile.StateError):
            return None

    def load_articles(self) -> None:
        """The per-article entries are big; read them only when a build has work to do."""
        if not self.enabled or self.articles:
            return
        parts = self._read(ARTICLES, dict[str, ArticleEntry], whole=False) or []
        read = statefile.decoder(dict[str, ArticleEntry])
        try:
            for part in parts:
                self.articles.update(read(part))
        except statefile.StateError:
            self.articles = {}

    def quick_facts(self) -> QuickFacts | None:
        return self._read(QUICK, QuickFacts) if self.enabled else None

    def check_output(self, out_dir: Path) -> None:
        """Start finding out whether out_dir is as the last build left it (output_intact)."""
        self._output_check = OutputCheck(out_dir, self.state.manifest if self.enabled and self.state else None)

    def output_intact(self, out_dir: Path) -> bool:
        if self._output_check is None:
            self.check_output(out_dir)
        return self._output_check.intact()

    def up_to_date(self, settings: str, stats: dict[str, tuple], out_dir: Path) -> bool:
        """Nothing to do: the same settings (pipeline.settings_digest), the same documents with the
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
        recorded = self.state.manifest.get(path) if self.enabled and self.state else None
        return recorded is not None and recorded == stat_key(os.path.join(out_dir, path))

    def trusted_output(self, out_dir: Path, path: str) -> bytes | None:
        """A file of the last build, if it is still exactly as that build wrote it."""
        recorded = self.state.manifest.get(path) if self.enabled and self.state else None
        full = os.path.join(out_dir, path)
        try:
            if recorded is None or recorded != _stat_key(full):
                return None
            with open(full, "rb") as fh:
                return fh.read()
        except OSError:
            return None

    def cached_article(self, shown: str, path: Path, salt: str) -> ArticleEntry | None:
        entry = self.articles.get(shown)
        if not self.enabled or entry is None or entry.salt != salt:
            return None
        try:
            return entry if entry.stat == _stat_key(str(path)) else None
        except OSError:
            return None

    def save_articles(self, articles: dict[str, ArticleEntry]) -> bool:
        """The per-article entries, saved as soon as they are made (each is keyed by its file, so
        it holds whatever the site build does next): the build need not keep the documents in
        memory while it renders. True when they were saved."""
        if not self.enabled:
            return False
        items = list(articles.items())
        # a batch per line: one JSON text of 100,000 articles would be a string of about 1 GB
        batches = range(0, len(items), BATCH)
        lines = statefile.dump_lines(dict[str, ArticleEntry], len(batches),
                                     (statefile.line({k: statefile.encode(v) for k, v in items[i:i + BATCH]}) for i in batches))
        return _write(self.folder / ARTICLES, lambda fh: fh.writelines(lines))

    def save(self, state: BuildState, quick: QuickFacts | None) -> None:
        """Called by the orchestrator after a successful write; a failure only costs speed next time."""
        if not self.enabled:
            return
        self.state = state
        if quick is None:
            with contextlib.suppress(OSError):
                (self.folder / QUICK).unlink(missing_ok=True)
        elif not _write(self.folder / QUICK, statefile.dumps(QuickFacts, quick)):
            return
        self.save_state(state_bytes(state))

    def save_state(self, bulk: bytes) -> None:
        """Writes self.state; `bulk` is state_bytes(self.state), which can be made before the site
        is in place (the quick path makes it while the new files flush)."""
        late = statefile.line(statefile.encode(self.state.site_identity))
        _write(self.folder / STATE, lambda fh: fh.writelines(statefile.dump_lines(BuildState, 2, [bulk, late])))


def state_bytes(state: BuildState) -> bytes:
    """The bulk of the state file: everything but what is known only once the site is in place."""
    return statefile.line(statefile.encode(replace(state, site_identity=None)))


def _write(path: Path, data: Any) -> bool:
    try:
        write_file_atomic(path, data, durable=False)
        return True
    except (OutputError, TypeError, ValueError):  # a value JSON cannot hold, a full disk: only costs speed next time
        return False


def stat_key(path: Path | str) -> tuple[int, int, int] | None:
    try:
        return _stat_key(str(path))
    except OSError:
        return None
