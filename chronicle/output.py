"""The only module that writes files.

A site is written as a whole: the new build goes into a staging folder beside the
output folder (unchanged files are hard-linked from the last build, so their bytes
and mtimes stay), then the two folders are exchanged in one atomic rename
(renameat2 RENAME_EXCHANGE on Linux). A build killed at any moment leaves `site/`
as the previous complete build or the new one; leftovers are removed by the next build.
`Staging` is that folder, filled file by file while the build renders. `patch_site` changes a
few files the same way through a hard-linked mirror of the site (the quick path).
Single files (ingest, `new`, caches) are written as temp file + os.replace.
"""
from __future__ import annotations

import ctypes
import errno
import fcntl
import hashlib
import os
import shutil
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from . import urls
from .errors import LockedError, OutputError
from .model import OutputFile, Splice


@dataclass(frozen=True)
class WriteResult:
    written: int
    unchanged: int
    removed: int


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
        tmp.unlink(missing_ok=True)
        raise OutputError(str(path), None, f"cannot write: {exc.strerror}") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
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


def _claim(seen: dict[str, str], path: str) -> bool:
    if not urls.is_safe_output_path(path):
        raise OutputError(path, None, "output path escapes the site folder; refusing to write it")
    key = path.lower()  # case-insensitive file systems (macOS, Windows) would merge these
    if key in seen:
        raise OutputError(path, None, f"two outputs want the same file (also {seen[key]})")
    seen[key] = path
    return True


def _refuse_file_folder_clashes(seen: dict[str, str]) -> None:
    for path in seen.values():
        parent = path.rsplit("/", 1)[0] if "/" in path else None
        if parent and parent.lower() in seen:
            raise OutputError(path, None, f"'{parent}' is both a file and a folder")


def folder_identity(folder: Path) -> tuple[int, int, int]:
    """Device, inode and change time: inodes are reused, so the inode alone could take a new
    folder for the one the last build left."""
    st = os.stat(folder)
    return st.st_dev, st.st_ino, st.st_ctime_ns


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
            md = next((n for n in filenames if n.endswith(".md")), None)
            if md:
                reason = f"it holds Markdown files ({os.path.relpath(os.path.join(dirpath, md), out_dir)})"
                break
    if reason:
        raise OutputError(str(out_dir), None, f"refusing to replace this folder: {reason}, so it does not look like "
                                              "a site Chronicle built; choose an empty or new folder for --out")


class Staging:
    """The next version of out_dir, written file by file while the build makes them (so no build
    holds its whole site in memory), and swapped in whole by commit(). Files whose bytes did not
    change are hard-linked from the last build, so their mtimes stay. Leaving the `with` block
    without commit() removes it; out_dir is untouched until commit()."""

    def __init__(self, out_dir: Path, records: dict | None = None, built: tuple | None = None):
        self.out_dir = out_dir.absolute()
        self._built = built
        self.folder = _staging_dir(self.out_dir)
        self.records: dict = {}                       # path -> (size, SHA-256) of every file
        self._previous = records or {}                # the same, of the last build
        self._seen: dict[str, str] = {}
        self._made: set[str] = set()
        self.written = self.unchanged = 0

    def __enter__(self) -> "Staging":
        cleanup_leftovers(self.out_dir)
        refuse_foreign_folder(self.out_dir, self._built)
        self._guard(lambda: self.folder.mkdir(parents=True), str(self.folder))
        return self

    def __exit__(self, *exc) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

    def paths(self) -> list[str]:
        return sorted(self._seen.values())

    def add(self, f: OutputFile) -> None:
        dest = self._dest(f.path)
        self.records[f.path] = (len(f.data), hashlib.sha256(f.data).digest())
        if self._guard(lambda: _link_if_same(self.out_dir / f.path, dest, f.data), f.path):
            self.unchanged += 1
            return
        self._guard(lambda: dest.write_bytes(f.data), f.path)
        self.written += 1

    def keep(self, path: str) -> None:
        """A file of the last build that is known to be unchanged: linked, not read."""
        dest = self._dest(path)
        self._guard(lambda: os.link(self.out_dir / path, dest), path)
        record = self._previous.get(path)
        self.records[path] = record if record is not None else self._guard(lambda: _record_of(dest), path)
        self.unchanged += 1

    def add_chunks(self, path: str, chunks: Iterable[bytes]) -> None:
        """A big file made piece by piece (the zip); it gets no record."""
        dest = self._dest(path)

        def write() -> None:
            with open(dest, "wb") as fh:
                for chunk in chunks:
                    fh.write(chunk)
        self._guard(write, path)
        self.written += 1

    def read(self, path: str) -> bytes:
        return self._guard(lambda: (self.folder / path).read_bytes(), path)

    def commit(self) -> WriteResult:
        _refuse_file_folder_clashes(self._seen)
        old_count = _count_files(self.out_dir)

        def swap() -> None:
            _sync_tree(self.folder)
            _swap_into_place(self.folder, self.out_dir)
            _fsync_dir(self.out_dir.parent)
        self._guard(swap, str(self.out_dir))
        shutil.rmtree(_old_dir(self.out_dir), ignore_errors=True)
        replaced = min(self.written, max(0, old_count - self.unchanged))
        return WriteResult(self.written, self.unchanged, max(0, old_count - self.unchanged - replaced))

    def _dest(self, path: str) -> Path:
        _claim(self._seen, path)
        dest = self.folder / path
        parent = path.rsplit("/", 1)[0] if "/" in path else ""
        if parent not in self._made:
            self._guard(lambda: dest.parent.mkdir(parents=True, exist_ok=True), path)
            self._made.add(parent)
        return dest

    def _guard(self, action, where: str):
        try:
            return action()
        except OSError as exc:
            shutil.rmtree(self.folder, ignore_errors=True)
            shown = exc.filename or where
            raise OutputError(str(shown), None, f"cannot write the site: {exc.strerror}; the previous site is unchanged") from None


def _record_of(path: Path) -> tuple[int, bytes]:
    data = path.read_bytes()
    return len(data), hashlib.sha256(data).digest()


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


def patch_site(out_dir: Path, spare: Path, changes: dict[str, bytes | Splice], own: Iterable[str] = (),
               meanwhile: Callable[[dict[str, tuple[int, int, int]]], None] | None = None,
               then: Callable[[], None] | None = None) -> bool:
    """Replace a few files of out_dir, atomically, in time that does not grow with the site.

    `spare` is a hard-linked mirror of out_dir kept by the last patch (made here when missing),
    with its own copy of the paths in `own`:
    it takes the changes, is exchanged with out_dir in one rename, and then the old tree is
    brought up to date by re-linking the changed files. A marker file beside it says the mirror
    is exact; it is removed before the mirror is touched, so a killed patch leaves no doubt.
    The new files are flushed to disk before the exchange; `meanwhile` runs during the flush,
    given the stat key each changed file will have (the caller prepares its state then), and
    `then` once the new site is in place, while the mirror catches up.
    Returns False, touching nothing in out_dir, where the system cannot exchange two folders.
    """
    out_dir = out_dir.absolute()
    marker = spare.parent / f"{spare.name}.ok"
    try:
        ino = os.stat(out_dir).st_ino
        mirrored = spare.is_dir() and marker.is_file() and marker.read_text() == str(ino)
        marker.unlink(missing_ok=True)
        if not mirrored:
            shutil.rmtree(spare, ignore_errors=True)
            _link_tree(out_dir, spare, own)
        resumed: dict[str, int] = {}      # path -> where its own copy in the mirror was rewritten from
        written: dict[str, Path] = {}     # path -> the file to flush: a temp file, or that copy
        for path, data in changes.items():
            at = _patch_in_place(spare / path, out_dir / path, data)
            if at is None:
                written[path] = _write_beside(spare / path, data)
            else:
                resumed[path], written[path] = at, spare / path
        # biggest first: on ext4 its fsync commits the journal, writing the others' data too
        _flush_while(sorted(written.values(), key=lambda tmp: -os.stat(tmp).st_size), meanwhile, {path: _stat_key(tmp) for path, tmp in written.items()})
        for path, tmp in written.items():
            if path not in resumed:
                os.replace(tmp, spare / path)
        if not _exchange(spare, out_dir):
            return False
    except OSError as exc:
        drop_spare(spare)
        raise OutputError(str(exc.filename or out_dir), None, f"cannot write the site: {exc.strerror}; the previous site is unchanged") from None
    # no fsync of the parent folder: a power cut that undoes the exchange leaves the old site,
    # whole, and the next build sees that its files are not the ones the saved state lists
    catch_up = threading.Thread(target=_catch_up, args=(out_dir, spare, list(changes), resumed, marker), name="chronicle-mirror")
    catch_up.start()
    try:
        if then is not None:
            then()
    finally:
        catch_up.join()
    return True


def _catch_up(out_dir: Path, spare: Path, paths: list[str], resumed: dict[str, int], marker: Path) -> None:
    """The old tree, now at `spare`, becomes a mirror of the new one (on a thread: dropping the
    old copy of a big file frees its blocks, which takes a while)."""
    try:
        for path in paths:
            if path in resumed:   # its own copy: rewritten from where the new one changed
                at = resumed[path]
                with open(spare / path, "r+b") as fh:
                    fh.seek(at)
                    _write_splice(fh, Splice(str(out_dir / path), ((at, os.stat(out_dir / path).st_size - at),)))
                    fh.truncate()
                    fh.flush()
                    _start_writeback(fh.fileno())
                continue
            tmp = spare / f"{path}.tmp-{os.getpid()}"
            os.link(out_dir / path, tmp)
            os.replace(tmp, spare / path)
        marker.write_text(str(os.stat(out_dir).st_ino))
    except OSError:
        drop_spare(spare)   # the site is written; only the next patch pays for a new mirror


def _patch_in_place(mirrored: Path, published: Path, data: bytes | Splice) -> int | None:
    """Rewrite the mirror's own copy of a big file (see _link_tree) from the first byte that
    changes, when `data` keeps a leading range of it; -> that offset, or None (nothing done)."""
    if not isinstance(data, Splice) or not data.parts or not isinstance(data.parts[0], tuple) or data.parts[0][0] != 0:
        return None
    try:
        own, shown = os.stat(mirrored), os.stat(published)
    except FileNotFoundError:
        return None
    if own.st_nlink != 1 or (own.st_dev, own.st_ino) == (shown.st_dev, shown.st_ino) or own.st_size != shown.st_size:
        return None
    at = data.parts[0][1]
    with open(mirrored, "r+b") as fh:
        fh.seek(at)
        _write_splice(fh, Splice(data.source, data.parts[1:]))
        fh.truncate()
    return at


def _flush_while(paths: list[Path], meanwhile: Callable[..., None] | None, *args) -> None:
    """fsync each file (on its own thread: the kernel writes while Python works) around a call
    of meanwhile(*args); the flush's error, if any, is raised after it."""
    failed: list[OSError] = []

    def flush() -> None:
        try:
            for path in paths:
                fd = os.open(path, os.O_RDONLY)
                try:
                    os.fsync(fd)
                finally:
                    os.close(fd)
        except OSError as exc:
            failed.append(exc)
    flusher = threading.Thread(target=flush, name="chronicle-flush")
    flusher.start()
    try:
        if meanwhile is not None:
            meanwhile(*args)
    finally:
        flusher.join()
    if failed:
        raise failed[0]


def _stat_key(path: Path) -> tuple[int, int, int]:
    st = os.stat(path)
    return (st.st_size, st.st_mtime_ns, st.st_ino)


def mirror_site(out_dir: Path, spare: Path, own: Iterable[str] = ()) -> None:
    """Make `spare` a hard-linked mirror of out_dir now, so the first quick build after a full
    one does not pay for it (0.2 s at 10,000 files). Failing only costs that time later."""
    drop_spare(spare)
    try:
        _link_tree(out_dir.absolute(), spare, own)
        (spare.parent / f"{spare.name}.ok").write_text(str(os.stat(out_dir).st_ino))
    except OSError:
        drop_spare(spare)


def drop_spare(spare: Path) -> None:
    """A full build replaces the site: the mirror no longer mirrors it (and holds old bytes)."""
    (spare.parent / f"{spare.name}.ok").unlink(missing_ok=True)
    shutil.rmtree(spare, ignore_errors=True)


def _link_tree(source: Path, dest: Path, own: Iterable[str] = ()) -> None:
    """Mirror source at dest with hard links, but a copy of each path in `own` (files a patch
    rewrites in place from their first changed byte, the site zip, instead of writing anew)."""
    for dirpath, dirnames, filenames in os.walk(source):
        rel = os.path.relpath(dirpath, source)
        target = os.path.join(dest, rel) if rel != "." else os.fspath(dest)
        os.mkdir(target)
        for name in filenames:
            os.link(os.path.join(dirpath, name), os.path.join(target, name))
    for path in own:
        if (source / path).is_file():
            (dest / path).unlink()
            shutil.copyfile(source / path, dest / path)
            fd = os.open(dest / path, os.O_RDONLY)
            try:
                _start_writeback(fd)
            finally:
                os.close(fd)


_SYNC_FILE_RANGE_WRITE = 2


def _start_writeback(fd: int) -> None:
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


def _write_beside(path: Path, data: bytes | Splice) -> Path:
    """A new file next to `path`, for a rename over it: files are never written in place,
    since they are hard-linked to the published copy."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    with open(tmp, "wb") as fh:
        if isinstance(data, bytes):
            fh.write(data)
        else:
            _write_splice(fh, data)
    return tmp


def _write_splice(fh, splice: Splice) -> None:
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
