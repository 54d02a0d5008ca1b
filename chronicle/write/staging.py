"""The full build's writer: the next site in a staging folder beside the output folder, filled
file by file while the build renders, then exchanged with it whole.
"""
from __future__ import annotations

import os
import shutil
import stat
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping, NoReturn

from .. import urls
from ..errors import OutputError
from ..model import OutputFile, Record, Splice, StatKey, record_of, stat_key_of
from . import files


@dataclass(frozen=True)
class WriteResult:
    written: int
    unchanged: int
    removed: int


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


class Staging:
    """The next version of out_dir, written file by file while the build makes them (so no build
    holds its whole site in memory), and swapped in whole by commit(). Files whose bytes did not
    change are hard-linked from the last build, so their mtimes stay. Leaving the `with` block
    without commit() removes it; out_dir is untouched until commit()."""

    in_mirror = False   # staged in the quick path's mirror (write/sparestage.SpareStaging)

    def __init__(self, out_dir: Path, records: dict | None = None, built: tuple | None = None):
        self.out_dir = out_dir.absolute()
        self._built = built
        self.folder = files.staging_dir(self.out_dir)
        self.records: dict = {}                       # path -> (size, SHA-256) of every file
        self._previous = records if records is not None else {}   # the same, of the last build (asked with get)
        self._seen: dict[str, str] = {}
        self._made: set[str] = set()
        self._kept: set[str] = set()                  # linked by keep()
        self.written = self.unchanged = 0
        self._published = False                       # set right after commit's exchange
        self._staged_inode: int | None = None         # the staging folder's, taken before the exchange
        self._removal: threading.Thread | None = None  # removing the last site after the exchange
        self._pair: tuple[str, int, int] | None = None  # keep()'s folder descriptors (_folder_pair)
        self._flushing: threading.Thread | None = None  # flush_early()'s

    def __enter__(self) -> "Staging":
        files.cleanup_leftovers(self.out_dir)
        files.refuse_foreign_folder(self.out_dir, self._built)
        self._guard(lambda: self.folder.mkdir(parents=True), str(self.folder))
        return self

    def __exit__(self, *exc) -> None:
        self._close_pair()
        self._flushed()
        if not self._published:
            shutil.rmtree(self.folder, ignore_errors=True)
            return
        self._after_exchange()

    def _after_exchange(self) -> None:
        # after the exchange the folder holds the last site: its 23,000 links are removed on a
        # thread (system calls, the GIL mostly free) while the build saves its cache, and
        # joined by `removed` before the build lets another start (the next one's staging
        # folder has the same name)
        self._removal = threading.Thread(target=shutil.rmtree, args=(self.folder,), kwargs={"ignore_errors": True},
                                         name="chronicle-remove-old-site")
        self._removal.start()

    def mirrored(self) -> bool:
        """Whether the quick path's mirror was brought up to date by this staging (write/sparestage.py)."""
        return False

    def removed(self) -> None:
        """Returns once the last site, exchanged out by commit(), is gone."""
        removal, self._removal = self._removal, None
        if removal is None:
            return
        try:
            removal.join()
        except RuntimeError:   # a Ctrl-C landed inside start(), before the thread said it runs
            shutil.rmtree(self.folder, ignore_errors=True)

    def paths(self) -> list[str]:
        return sorted(self._seen.values())

    def add(self, f: OutputFile) -> None:
        """Paths are joined as strings, as in keep(): pathlib's joins were a tenth of the main
        thread's time in a cold build's render, where that thread is the one the others wait for."""
        dest = self._dest_name(f.path)
        self.records[f.path] = record_of(f.data)
        if self._guard(lambda: _link_if_same(os.path.join(self.out_dir, f.path), dest, f.data), f.path):
            self.unchanged += 1
            return
        self._guard(lambda: _write(dest, f.data), f.path)
        self.written += 1

    def keep(self, path: str) -> None:
        """A file of the last build that is known to be unchanged: linked, not read. Paths are
        joined as strings: pathlib's joins were most of the cost of a title edit's 23,000 links.
        The link is made by name between the two folders (_folder_pair), so the kernel looks up
        one name on each side, not every folder of both paths (21,000 links: 0.12 -> 0.09 s)."""
        self._dest_name(path)
        parent, _, name = path.rpartition("/")
        try:
            old, new = self._folder_pair(parent)
            os.link(name, name, src_dir_fd=old, dst_dir_fd=new, follow_symlinks=False)   # as link(2)
        except OSError as exc:
            exc.filename = os.path.join(self.out_dir, path)   # the error names `name` alone, or the folder
            self._fail(exc, path)
        record = self._previous.get(path)
        if record is None:
            record = self._guard(lambda: _record_of(Path(self.folder, path)), path)
        self.records[path] = record
        self._kept.add(path)
        self.unchanged += 1

    def _folder_pair(self, parent: str) -> tuple[int, int]:
        """Descriptors of the folder `parent` in the last site and in the staging folder, kept
        open while keep() is called for files of the same folder (its callers go folder by
        folder); one pair at a time, never a descriptor per folder of the site."""
        if self._pair is not None and self._pair[0] == parent:
            return self._pair[1], self._pair[2]
        self._close_pair()
        flags = os.O_RDONLY | os.O_DIRECTORY
        old = os.open(os.path.join(self.out_dir, parent), flags)
        try:
            new = os.open(os.path.join(self.folder, parent), flags)
        except OSError:
            os.close(old)
            raise
        self._pair = (parent, old, new)
        return old, new

    def _close_pair(self) -> None:
        pair, self._pair = self._pair, None
        if pair is not None:
            os.close(pair[1])
            os.close(pair[2])

    def stat_keys(self, last: Mapping[str, StatKey]) -> dict[str, StatKey]:
        """Every file's stat key once committed, without a walk of 23,000 files: a kept file is
        a link to the last build's, which its caller found as that build left it (`last`: its
        recorded keys; a link keeps size, mtime and inode); every other file is asked."""
        keys: dict[str, StatKey] = {}
        top = os.fspath(self.out_dir)
        for path in self._seen.values():
            known = last.get(path) if path in self._kept else None
            keys[path] = known if known is not None else stat_key_of(os.stat(os.path.join(top, path)))
        return keys

    def add_chunks(self, path: str, chunks: Iterable[bytes]) -> None:
        """A big file made piece by piece (the zip); it gets no record."""
        dest = self._dest_name(path)

        def write() -> None:
            with open(dest, "wb") as fh:
                for chunk in chunks:
                    fh.write(chunk)
        self._guard(write, path)
        self.written += 1

    def add_splice(self, path: str, splice: Splice) -> None:
        """A big file made of new bytes and ranges of an old file (a patched zip); no record."""
        dest = self._dest_name(path)

        def write() -> None:
            with open(dest, "wb") as fh:
                files.write_splice(fh, splice)
        self._guard(write, path)
        self.written += 1

    def read(self, path: str) -> bytes:
        return self._guard(lambda: _read(os.path.join(self.folder, path)), path)

    def flush_early(self) -> None:
        """What is staged so far starts going to the disk, on a thread, so commit() is left to
        flush only what comes after: a cold build of 10,000 articles on ext4 waited 0.3 s there
        (130 MB), both cores idle, for files staged seconds before, while Pagefind ran."""
        if self._flushing is None:
            self._flushing = threading.Thread(target=files.sync_tree, args=(self.folder, False), daemon=True,
                                              name="chronicle-flush")
            self._flushing.start()

    def _flushed(self) -> None:
        flushing, self._flushing = self._flushing, None
        if flushing is not None:
            flushing.join()

    def commit(self) -> WriteResult:
        self._close_pair()
        self._flushed()
        _refuse_file_folder_clashes(self._seen)
        old_count = self._before_swap()

        def swap() -> None:
            files.sync_tree(self.folder)
            self._staged_inode = os.stat(self.folder).st_ino
            files.swap_into_place(self.folder, self.out_dir)
            self._published = True
            files.fsync_dir(self.out_dir.parent)
        self._guard(swap, str(self.out_dir))
        shutil.rmtree(files.old_dir(self.out_dir), ignore_errors=True)
        replaced = min(self.written, max(0, old_count - self.unchanged))
        return WriteResult(self.written, self.unchanged, max(0, old_count - self.unchanged - replaced))

    def _before_swap(self) -> int:
        """-> how many files the last site has."""
        return _count_files(self.out_dir)

    @property
    def published(self) -> bool:
        """Whether the new site is in place: asked of the folder itself, not only of the flag
        set after the exchange, so a Ctrl-C between the two is still told the truth."""
        if self._published or self._staged_inode is None:
            return self._published
        try:
            return os.stat(self.out_dir).st_ino == self._staged_inode
        except OSError:
            return False

    def _dest_name(self, path: str) -> str:
        _claim(self._seen, path)
        dest = os.path.join(self.folder, path)
        parent = path.rsplit("/", 1)[0] if "/" in path else ""
        if parent not in self._made:
            self._guard(lambda: os.makedirs(os.path.dirname(dest), exist_ok=True), path)
            self._made.add(parent)
        return dest

    def _guard(self, action, where: str):
        try:
            return action()
        except OSError as exc:
            self._fail(exc, where)

    def _fail(self, exc: OSError, where: str) -> NoReturn:
        self._close_pair()
        shutil.rmtree(self.folder, ignore_errors=True)
        shown = exc.filename or where
        raise OutputError(str(shown), None, f"cannot write the site: {exc.strerror}; the previous site is unchanged") from None


def _record_of(path: Path) -> Record:
    return record_of(path.read_bytes())


def _read(path: str) -> bytes:
    with open(path, "rb") as fh:
        return fh.read()


def _write(dest: str, data: bytes) -> None:
    with open(dest, "wb") as fh:
        fh.write(data)


def _link_if_same(old: str, dest: str, data: bytes) -> bool:
    try:
        st = os.stat(old)
        if st.st_size != len(data) or not stat.S_ISREG(st.st_mode):
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
