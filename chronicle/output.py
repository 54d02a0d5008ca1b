"""The only module that writes files.

A site is written as a whole: the new build goes into a staging folder beside the
output folder (unchanged files are hard-linked from the last build, so their bytes
and mtimes stay), then the two folders are exchanged in one atomic rename
(renameat2 RENAME_EXCHANGE on Linux). A build killed at any moment leaves `site/`
as the previous complete build or the new one; leftovers are removed by the next build.
Single files (ingest, `new`) are written as temp file + os.replace.
"""
from __future__ import annotations

import ctypes
import errno
import fcntl
import os
import shutil
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from . import urls
from .errors import LockedError, OutputError
from .model import OutputFile


@dataclass(frozen=True)
class WriteResult:
    written: int
    unchanged: int
    removed: int


def write_file_atomic(path: Path, data: bytes) -> bool:
    """Write one file atomically; returns False (and touches nothing) when the bytes are already there."""
    try:
        if path.is_file() and path.stat().st_size == len(data) and path.read_bytes() == data:
            return False
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputError(str(path), None, f"cannot write: {exc.strerror}") from None
    return True


@contextmanager
def exclusive_lock(target: Path, what: str, wait: bool = True,
                   on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
    """One build (or ingest) at a time per output folder; a second one waits or is refused.

    When it has to wait, `on_wait` (if given) is called once with a message the CLI can show.
    """
    lock_path = target.parent / f".{target.name}.lock"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fh = open(lock_path, "a+")
    except OSError as exc:
        raise OutputError(str(lock_path), None, f"cannot create lock file: {exc.strerror}") from None
    try:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not wait:
                raise LockedError(str(target), None, f"another {what} is running on this folder; try again when it has finished") from None
            if on_wait is not None:
                on_wait(f"{target}: another {what} is writing this folder; waiting for it to finish")
            fcntl.flock(fh, fcntl.LOCK_EX)
        yield
    finally:
        fh.close()


def _staging_dir(out_dir: Path) -> Path:
    return out_dir.parent / f".{out_dir.name}.staging"


def _old_dir(out_dir: Path) -> Path:
    return out_dir.parent / f".{out_dir.name}.old"


def check_files(files: Iterable[OutputFile]) -> list[OutputFile]:
    """Refuse paths that escape the output folder and two files claiming one path."""
    seen: dict[str, OutputFile] = {}
    for f in files:
        if not urls.is_safe_output_path(f.path):
            raise OutputError(f.path, None, "output path escapes the site folder; refusing to write it")
        key = f.path.lower()  # case-insensitive file systems (macOS, Windows) would merge these
        if key in seen:
            raise OutputError(f.path, None, f"two outputs want the same file (also {seen[key].path})")
        seen[key] = f
    for f in seen.values():
        parent = f.path.rsplit("/", 1)[0] if "/" in f.path else None
        if parent and parent.lower() in seen:
            raise OutputError(f.path, None, f"'{parent}' is both a file and a folder")
    return sorted(seen.values(), key=lambda f: f.path)


def refuse_foreign_folder(out_dir: Path) -> None:
    """Never replace a folder that holds someone's work: only an empty folder or an earlier build.

    `--out .` or `--out content` would otherwise swap the project away and delete it.
    """
    out_dir = out_dir.absolute()
    if out_dir.is_symlink() or (out_dir.exists() and not out_dir.is_dir()):
        raise OutputError(str(out_dir), None, "the output path exists and is not a folder; refusing to replace it")
    if not out_dir.is_dir():
        return
    home = Path.home().absolute() if "HOME" in os.environ else None
    if out_dir == Path(out_dir.anchor) or (home is not None and out_dir == home):
        raise OutputError(str(out_dir), None, "refusing to replace the root or home folder; choose a folder of its own for --out")
    try:
        entries = os.listdir(out_dir)
    except OSError as exc:
        raise OutputError(str(out_dir), None, f"cannot read the output folder: {exc.strerror}") from None
    if not entries:
        return
    reason = None
    marks = {".git", ".hg", ".svn", "pyproject.toml", "config.yaml", "build.py", "content", "layouts"} & set(entries)
    if marks:
        reason = f"it holds {sorted(marks)[0]}"
    elif urls.HOME not in entries:
        reason = f"it has no {urls.HOME}"
    else:
        for dirpath, dirnames, filenames in os.walk(out_dir):
            md = next((n for n in filenames if n.endswith(".md")), None)
            if md:
                reason = f"it holds Markdown files ({os.path.relpath(os.path.join(dirpath, md), out_dir)})"
                break
    if reason:
        raise OutputError(str(out_dir), None, f"refusing to replace this folder: {reason}, so it does not look like "
                                              "a site Chronicle built; choose an empty or new folder for --out")


def write_site(out_dir: Path, files: Iterable[OutputFile]) -> WriteResult:
    """Replace out_dir by exactly `files`, atomically."""
    ordered = check_files(files)
    out_dir = out_dir.absolute()
    cleanup_leftovers(out_dir)
    refuse_foreign_folder(out_dir)
    staging = _staging_dir(out_dir)
    written = unchanged = 0
    try:
        staging.mkdir(parents=True)
        made: set[Path] = {staging}
        for f in ordered:
            dest = staging / f.path
            if dest.parent not in made:
                dest.parent.mkdir(parents=True, exist_ok=True)
                made.add(dest.parent)
            if _link_if_same(out_dir / f.path, dest, f.data):
                unchanged += 1
            else:
                with open(dest, "wb") as fh:
                    fh.write(f.data)
                written += 1
        _sync_tree(staging)
        old_count = _count_files(out_dir)
        _swap_into_place(staging, out_dir)
        _fsync_dir(out_dir.parent)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        where = exc.filename or str(out_dir)
        raise OutputError(str(where), None, f"cannot write the site: {exc.strerror}; the previous site is unchanged") from None
    shutil.rmtree(staging, ignore_errors=True)
    shutil.rmtree(_old_dir(out_dir), ignore_errors=True)
    removed = max(0, old_count - unchanged - _replaced(old_count, ordered, unchanged))
    return WriteResult(written, unchanged, removed)


def _replaced(old_count: int, ordered: list, unchanged: int) -> int:
    return min(len(ordered) - unchanged, max(0, old_count - unchanged))


def _link_if_same(old: Path, dest: Path, data: bytes) -> bool:
    try:
        st = old.stat()
        if st.st_size != len(data) or not old.is_file():
            return False
        with open(old, "rb") as fh:
            if fh.read() != data:
                return False
        os.link(old, dest)
        return True
    except OSError:
        return False


def _count_files(folder: Path) -> int:
    if not folder.is_dir():
        return 0
    return sum(len(names) for _, _, names in os.walk(folder))


def _sync_tree(folder: Path) -> None:
    """Flush file data before the swap, so a power cut cannot publish empty files.

    syncfs() flushes only the file system holding the staging folder (os.sync() would flush
    every disk on the machine); os.sync() is the fallback.
    """
    global _libc
    try:
        if _libc is None:
            _libc = ctypes.CDLL(None, use_errno=True)
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            if _libc.syncfs(fd) == 0:
                return
        finally:
            os.close(fd)
    except (OSError, AttributeError):
        pass
    os.sync()


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable."""
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        pass


_RENAME_EXCHANGE = 2
_libc = None


def _exchange(a: Path, b: Path) -> bool:
    global _libc
    try:
        if _libc is None:
            _libc = ctypes.CDLL(None, use_errno=True)
        fn = _libc.renameat2
    except (OSError, AttributeError):
        return False
    AT_FDCWD = -100
    rc = fn(AT_FDCWD, os.fsencode(str(a)), AT_FDCWD, os.fsencode(str(b)), _RENAME_EXCHANGE)
    if rc == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP if hasattr(errno, "ENOTSUP") else errno.EINVAL):
        return False
    raise OSError(err, os.strerror(err), str(b))


def _swap_into_place(staging: Path, out_dir: Path) -> None:
    if out_dir.is_symlink() or (out_dir.exists() and not out_dir.is_dir()):
        raise OSError(errno.ENOTDIR, "the output path exists and is not a folder", str(out_dir))
    if not out_dir.exists():
        os.rename(staging, out_dir)
        return
    if _exchange(staging, out_dir):
        return  # staging now holds the old build; the caller removes it
    # No atomic exchange on this system: two renames, with recovery in cleanup_leftovers.
    old = _old_dir(out_dir)
    os.rename(out_dir, old)
    os.rename(staging, out_dir)


def cleanup_leftovers(out_dir: Path) -> None:
    """Undo what a killed build left: restore a moved-away site, drop staging folders."""
    old = _old_dir(out_dir)
    if old.exists() and not out_dir.exists():
        os.rename(old, out_dir)
    shutil.rmtree(old, ignore_errors=True)
    shutil.rmtree(_staging_dir(out_dir), ignore_errors=True)
    for tmp in out_dir.parent.glob(f".{out_dir.name}.tmp-*"):
        shutil.rmtree(tmp, ignore_errors=True)
