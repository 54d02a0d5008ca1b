"""Single files written atomically (temp file + os.replace), the build lock, the checks made
before a folder is replaced, and the system calls the site writers share: exchanging two
folders in one rename, flushing to disk, copying file ranges in the kernel.
"""
from __future__ import annotations

import ctypes
import errno
import fcntl
import os
import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator

from .. import urls
from ..source.scan import MARKDOWN_ENDINGS
from ..errors import LockedError, OutputError
from ..keys import Splice, StatKey, stat_key_of


def write_file_atomic(path: Path, data: bytes | Callable[[Any], None], durable: bool = True) -> bool:
    """Write one file atomically; returns False (and touches nothing) when the bytes are already
    there. `data` may instead be a function that writes into the open file (big caches).
    durable=False skips the fsync and the comparison: for caches, which are checked when read."""
    try:
        if durable and isinstance(data, bytes) and path.is_file() and path.stat().st_size == len(data) and path.read_bytes() == data:
            return False
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        with open(tmp, "wb") as fh:
            if isinstance(data, bytes):
                fh.write(data)
            else:
                data(fh)
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
            else:
                # Renaming over an existing file makes ext4 write the new one out at once, and a
                # build's next fsync waits for that; a cache is checked when read, so the old one
                # is simply removed first.
                path.unlink(missing_ok=True)
        os.replace(tmp, path)
    except OSError as exc:
        _discard(tmp)
        raise OutputError(str(path), None, f"cannot write: {exc.strerror}") from None
    except BaseException:
        _discard(tmp)
        raise
    return True


def _discard(tmp: Path) -> None:
    """The temp file of a write that failed, if it can be removed: on a read-only file system the
    removal fails too, and that second OSError was a traceback in place of the first's message."""
    try:
        tmp.unlink(missing_ok=True)
    except OSError:
        pass



def append_durable(path: Path, data: bytes, durable: bool = True) -> None:
    """Append to a journal; with `durable`, the bytes are on disk before this returns, so what the
    journal promises is recorded before the file it describes is written."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        raise OutputError(str(path), None, f"cannot write: {exc.strerror}") from None

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


def staging_dir(out_dir: Path) -> Path:
    return out_dir.parent / f".{out_dir.name}.staging"


def old_dir(out_dir: Path) -> Path:
    return out_dir.parent / f".{out_dir.name}.old"


def folder_identity(folder: Path) -> tuple[int, int, int]:
    """Device, inode and change time: inodes are reused, so the inode alone could take a new
    folder for the one the last build left."""
    st = os.stat(folder)
    return st.st_dev, st.st_ino, st.st_ctime_ns


def refuse_non_folder(path: Path, what: str) -> None:
    """A folder the build owns (its cache) must be a folder or absent; never replaced when it is
    something else, which someone put there."""
    if path.is_symlink() or (path.exists() and not path.is_dir()):
        raise OutputError(str(path), None, f"is not a folder, but {what} is kept there; move it away or delete it")


def refuse_foreign_folder(out_dir: Path, built: tuple | None = None) -> None:
    """Never replace a folder that holds someone's work: only an empty folder or an earlier build.

    `--out .` or `--out content` would otherwise swap the project away and delete it.
    `built`: the identity of the folder the last build left, which needs no search for Markdown.
    """
    out_dir = out_dir.absolute()
    if out_dir.is_symlink() or (out_dir.exists() and not out_dir.is_dir()):
        raise OutputError(str(out_dir), None, "the output path exists and is not a folder; refusing to replace it")
    if not out_dir.is_dir() or (built is not None and folder_identity(out_dir) == tuple(built)):
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
            md = next((n for n in filenames if n.lower().endswith(MARKDOWN_ENDINGS)), None)
            if md:
                reason = f"it holds Markdown files ({os.path.relpath(os.path.join(dirpath, md), out_dir)})"
                break
    if reason:
        raise OutputError(str(out_dir), None, f"refusing to replace this folder: {reason}, so it does not look like "
                                              "a site Chronicle built; choose an empty or new folder for --out")


def sync_tree(folder: Path, fallback: bool = True) -> None:
    """Flush file data before the swap, so a power cut cannot publish empty files.

    syncfs() flushes only the file system holding the staging folder (os.sync() would flush
    every disk on the machine); os.sync() is the fallback, unless `fallback` is False (an early
    flush, which the swap's own follows).
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
    if fallback:
        os.sync()


def fsync_dir(folder: Path) -> None:
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


def exchange(a: Path, b: Path) -> bool:
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


def swap_into_place(staging: Path, out_dir: Path) -> None:
    if out_dir.is_symlink() or (out_dir.exists() and not out_dir.is_dir()):
        raise OSError(errno.ENOTDIR, "the output path exists and is not a folder", str(out_dir))
    if not out_dir.exists():
        os.rename(staging, out_dir)
        return
    if exchange(staging, out_dir):
        return  # staging now holds the old build; the caller removes it
    # No atomic exchange on this system: two renames, with recovery in cleanup_leftovers.
    old = old_dir(out_dir)
    os.rename(out_dir, old)
    os.rename(staging, out_dir)


def cleanup_leftovers(out_dir: Path) -> None:
    """Undo what a killed build left: restore a moved-away site, drop staging folders."""
    old = old_dir(out_dir)
    if old.is_dir() and not old.is_symlink() and not out_dir.exists():
        os.rename(old, out_dir)
    for leftover in (old, staging_dir(out_dir), *out_dir.parent.glob(f".{out_dir.name}.tmp-*")):
        if leftover.is_symlink():   # no build makes one (rmtree refuses it, and every build failed on it)
            leftover.unlink()
        shutil.rmtree(leftover, ignore_errors=True)


def stat_key(path: Path | str) -> StatKey:
    return stat_key_of(os.stat(path))


_SYNC_FILE_RANGE_WRITE = 2


def start_writeback(fd: int) -> None:
    """Have the kernel start writing a file's dirty pages now, without waiting: the next patch
    flushes this file before its exchange, and should not find a mirror copy's bytes still to
    write (Linux only; elsewhere the kernel writes them in its own time)."""
    global _libc
    try:
        if _libc is None:
            _libc = ctypes.CDLL(None, use_errno=True)
        _libc.sync_file_range(fd, ctypes.c_longlong(0), ctypes.c_longlong(0), _SYNC_FILE_RANGE_WRITE)
    except (OSError, AttributeError):
        pass


def write_splice(fh, splice: Splice) -> None:
    """Ranges of the source are copied by the kernel (copy_file_range), never read into Python."""
    with open(splice.source, "rb") as source:
        for part in splice.parts:
            if isinstance(part, bytes):
                fh.write(part)
                continue
            fh.flush()
            at, left = part
            while left > 0:
                try:
                    done = os.copy_file_range(source.fileno(), fh.fileno(), left, at)
                except (AttributeError, OSError):   # not Linux, or not across these file systems
                    done = os.write(fh.fileno(), os.pread(source.fileno(), min(left, 1 << 24), at))
                if done <= 0:
                    raise OSError(errno.EIO, "the file to copy from is shorter than recorded", splice.source)
                at, left = at + done, left - done
