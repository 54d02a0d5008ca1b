"""The build cache, kept beside the output folder (`.site.cache/`).

Two levels, both keyed so that a stale entry can never be used:
- the whole build: a digest of every input (content files, config, layouts, Chronicle's own
  code, build options). When it matches the last build and the output folder is exactly as
  that build left it, there is nothing to do.
- one article: its file's bytes (found again by size/mtime/inode) plus a salt of config and
  code; the rendered Article is reused when the links it resolved still resolve the same way.
Delete the folder or pass --no-cache for a cold build.
"""
from __future__ import annotations

import hashlib
import os
import pickle
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CODE_DIR = Path(__file__).resolve().parent
FORMAT = 1


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
    manifest = {}
    for dirpath, _, filenames in os.walk(out_dir):
        for name in filenames:
            path = os.path.join(dirpath, name)
            manifest[os.path.relpath(path, out_dir)] = _stat_key(path)
    return manifest


@dataclass
class BuildCache:
    folder: Path
    enabled: bool = True
    articles: dict[str, Any] = field(default_factory=dict)   # shown path -> (stat, salt, article, resolutions)
    state: dict[str, Any] = field(default_factory=dict)
    pages: dict[str, str] = field(default_factory=dict)       # page path -> fingerprint of what it shows
    search: tuple = ()                                        # (key of the indexed pages, Pagefind file paths)

    @classmethod
    def open(cls, out_dir: Path, enabled: bool) -> "BuildCache":
        cache = cls(cache_dir(out_dir), enabled)
        if enabled:
            cache.state = cache._load("state.pickle") or {}
        return cache

    def load_articles(self) -> None:
        """The per-article entries are big; read them only when a build has work to do."""
        if self.enabled and not self.articles:
            self.articles = self._load("articles.pickle") or {}

    def _load(self, name: str) -> Any:
        try:
            with open(self.folder / name, "rb") as fh:
                data = pickle.load(fh)
            return data["value"] if data.get("format") == FORMAT else None
        except Exception:  # a damaged or foreign cache is simply ignored
            return None

    def up_to_date(self, inputs: str, out_dir: Path) -> bool:
        if not self.enabled or self.state.get("inputs") != inputs or not out_dir.is_dir():
            return False
        return self.state.get("manifest") == output_manifest(out_dir)

    def trusted_output(self, out_dir: Path, path: str) -> bytes | None:
        """A file of the last build, if it is still exactly as that build wrote it."""
        recorded = self.state.get("manifest", {}).get(path)
        full = os.path.join(out_dir, path)
        try:
            if recorded is None or recorded != _stat_key(full):
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

    def save(self, inputs: str, out_dir: Path, articles: dict[str, Any]) -> None:
        """Called after a successful write; a failure to save only costs speed next time."""
        if not self.enabled:
            return
        from .output import write_file_atomic
        try:
            write_file_atomic(self.folder / "articles.pickle", pickle.dumps({"format": FORMAT, "value": articles}, protocol=5))
            state = {"inputs": inputs, "manifest": output_manifest(out_dir), "articles": len(articles),
                     "pages": self.pages, "search": self.search}
            write_file_atomic(self.folder / "state.pickle", pickle.dumps({"format": FORMAT, "value": state}, protocol=5))
        except Exception:
            pass


def stat_key(path: Path | str) -> tuple[int, int, int] | None:
    try:
        return _stat_key(str(path))
    except OSError:
        return None
