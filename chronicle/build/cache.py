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

import copyreg
import hashlib
import io
import os
import pickle
import threading
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..source.scan import StatKey, input_key

CODE_DIR = Path(__file__).resolve().parent.parent  # the whole chronicle package
FORMAT = 2
BATCH = 2000          # articles per pickle in articles.pickle
LATE_STATE = ("site_identity",)   # known only once the site is in place: a second pickle in state.pickle


def cache_dir(out_dir: Path) -> Path:
    out_dir = out_dir.absolute()
    return out_dir.parent / f".{out_dir.name}.cache"


def _stat_key(path: str) -> StatKey:   # an input: document, layout, config, code
    return input_key(os.stat(path))


def _output_key(path: str) -> tuple[int, int, int] | None:
    """A file of the last build, keyed as output_manifest does: no change time (the next build's
    hard links move it)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
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
    folder: Path
    enabled: bool = True
    articles: dict[str, Any] = field(default_factory=dict)   # shown path -> (stat, salt, article, resolutions)
    state: dict[str, Any] = field(default_factory=dict)
    pages: dict[str, str] = field(default_factory=dict)       # page path -> fingerprint of what it shows
    search: tuple = ()                                        # (key of the indexed pages, Pagefind file paths)
    needy: frozenset = frozenset()                            # pages whose layout showed other articles' bodies
    _output_check: OutputCheck | None = field(default=None, repr=False)

    @classmethod
    def open(cls, out_dir: Path, enabled: bool) -> "BuildCache":
        cache = cls(cache_dir(out_dir), enabled)
        if enabled:
            cache.state = cache._load_state()
        return cache

    def layouts_folder(self) -> Path | None:
        """Where compiled layouts are kept (chronicle/render/plan.py: TemplateCache)."""
        return self.folder / "layouts" if self.enabled else None

    def load_articles(self) -> None:
        """The per-article entries are big; read them only when a build has work to do."""
        if not self.enabled or self.articles:
            return
        try:
            with open(self.folder / "articles.pickle", "rb") as fh:
                header = pickle.load(fh)
                if header.get("format") == FORMAT:
                    for _ in range(header["batches"]):
                        self.articles.update(pickle.load(fh))
        except Exception:  # a damaged or foreign cache is simply ignored
            self.articles = {}

    def _load_state(self) -> dict[str, Any]:
        try:
            with open(self.folder / "state.pickle", "rb") as fh:
                data = pickle.load(fh)
                if data.get("format") != FORMAT:
                    return {}
                return {**data["value"], **pickle.load(fh)}
        except Exception:  # a damaged or foreign cache is simply ignored
            return {}

    def check_output(self, out_dir: Path) -> None:
        """Start finding out whether out_dir is as the last build left it (output_intact)."""
        self._output_check = OutputCheck(out_dir, self.state.get("manifest") if self.enabled else None)

    def output_intact(self, out_dir: Path) -> bool:
        if self._output_check is None:
            self.check_output(out_dir)
        return self._output_check.intact()

    def up_to_date(self, settings: str, stats: dict[str, tuple], out_dir: Path) -> bool:
        """Nothing to do: the same settings (pipeline.settings_digest), the same documents with the
        same stat keys (document_stats), and out_dir as the last build left it."""
        if not self.enabled or self.state.get("settings") != settings or not out_dir.is_dir():
            return False
        old = self.state.get("stats") or {}
        if len(old) != len(stats) or any(old.get(shown) != stat for shown, (_, _, stat) in stats.items()):
            return False
        return self.output_intact(out_dir)

    def built_identity(self) -> tuple | None:
        """output.folder_identity of the folder the last build left, if the state knows it."""
        return self.state.get("site_identity") if self.enabled else None

    def trusted(self, out_dir: Path, path: str) -> bool:
        """A file of the last build is still exactly as that build wrote it."""
        recorded = self.state.get("manifest", {}).get(path)
        return recorded is not None and recorded == _output_key(os.path.join(out_dir, path))

    def trusted_output(self, out_dir: Path, path: str) -> bytes | None:
        """A file of the last build, if it is still exactly as that build wrote it."""
        recorded = self.state.get("manifest", {}).get(path)
        full = os.path.join(out_dir, path)
        try:
            if recorded is None or recorded != _output_key(full):
                return None
            with open(full, "rb") as fh:
                return fh.read()
        except OSError:
            return None

    def cached_article(self, shown: str, path: Path, salt: str):
        entry = self.articles.get(shown)
        if not self.enabled or entry is None or entry[1] != salt:
            return None
        try:
            return entry if entry[0] == _stat_key(str(path)) else None
        except OSError:
            return None

    def save_articles(self, articles: dict[str, Any]) -> bool:
        """The per-article entries, saved as soon as they are made (each is keyed by its file, so
        it holds whatever the site build does next): the build need not keep the documents in
        memory while it renders. True when they were saved."""
        if not self.enabled:
            return False
        from ..write import write_file_atomic
        items = list(articles.items())

        def write(fh) -> None:
            # streamed, a batch at a time: one pickle of 100,000 articles is about 1 GB, and the
            # pickler remembers every object it wrote until the end
            pickle.dump({"format": FORMAT, "batches": -(-len(items) // BATCH)}, fh, protocol=5)
            for start in range(0, len(items), BATCH):
                pickle.dump(dict(items[start:start + BATCH]), fh, protocol=5)
        try:
            write_file_atomic(self.folder / "articles.pickle", write, durable=False)
            return True
        except Exception:  # a failure to save only costs speed next time
            return False

    def save(self, settings: str, out_dir: Path, extra: dict[str, Any] | None = None, quick: bytes | None = None) -> None:
        """Called after a successful write; a failure to save only costs speed next time."""
        if not self.enabled:
            return
        from ..write import folder_identity, write_file_atomic
        try:
            if quick is None:
                (self.folder / "quick.pickle").unlink(missing_ok=True)
            else:
                write_file_atomic(self.folder / "quick.pickle", quick, durable=False)
            self.state = {"settings": settings, "manifest": output_manifest(out_dir),
                          "site_identity": folder_identity(out_dir),
                          "pages": self.pages, "search": self.search, "needy": self.needy, **(extra or {})}
            self.save_state()
        except Exception:
            pass

    def state_bytes(self, state: dict[str, Any]) -> bytes:
        """The bulk of state.pickle, which can be made before the site is in place."""
        return pickle.dumps({"format": FORMAT, "value": {k: v for k, v in state.items() if k not in LATE_STATE}}, protocol=5)

    def save_state(self, bulk: bytes | None = None) -> None:
        """Writes self.state; `bulk` is state_bytes(self.state), when made already."""
        from ..write import write_file_atomic
        late = pickle.dumps({k: self.state[k] for k in LATE_STATE if k in self.state}, protocol=5)
        write_file_atomic(self.folder / "state.pickle", (bulk or self.state_bytes(self.state)) + late, durable=False)


def _mapping_proxy(items: dict) -> MappingProxyType:
    return MappingProxyType(items)


def _reduce_proxy(proxy: MappingProxyType):
    return _mapping_proxy, (dict(proxy),)


def dumps(value: Any) -> bytes:
    """pickle.dumps, in the cache's format, able to save read-only mappings (Config has them)."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=5)
    pickler.dispatch_table = {**copyreg.dispatch_table, MappingProxyType: _reduce_proxy}
    pickler.dump({"format": FORMAT, "value": value})
    return buffer.getvalue()


def loads(path: Path) -> Any:
    """What dumps saved at `path`, or None when it is missing, damaged or of another format."""
    try:
        with open(path, "rb") as fh:
            data = pickle.load(fh)
        return data["value"] if data.get("format") == FORMAT else None
    except Exception:  # a damaged or foreign cache is simply ignored
        return None


def stat_key(path: Path | str) -> StatKey | None:
    try:
        return _stat_key(str(path))
    except OSError:
        return None
