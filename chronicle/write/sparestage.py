"""A full build staged in the quick path's mirror of the site (write/patch.py), when that mirror
holds exactly the last build's files: the unchanged files are already there, so nothing is
linked for them, and after the exchange the last site, now at the mirror's place, becomes the
mirror again by linking only the files this build wrote. A title edit at 10,000 articles kept
21,000 files by a link each into a new folder, removed the 23,000 of the last site and walked
both trees to bring the mirror up to date: about 0.5 s of CPU, mostly system calls.

The mirror is used only when it is found to be exact: the site as its last build left it (the
build's output check), the mirror's marker naming the site, and a walk of the mirror finding
every file of the last build, each the very file (inode) the site holds, and nothing else (the
zip, of which the mirror holds its own copy, apart). Otherwise the build stages in a new folder
(write/staging.Staging). A file the build writes is never written through the mirror's link
(that would write into the published site): the link is removed first.
"""
from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path
from typing import Iterable, Mapping

from ..model import OutputFile, StatKey, record_of
from . import files
from .patch import copy_own, drop_spare, marker_of, mirrors
from .staging import Staging, _claim


def open_staging(out_dir: Path, records: Mapping, built: tuple | None, spare: Path,
                 last: Mapping[str, StatKey] | None, own: Iterable[str] = ()) -> Staging:
    """The staging of a full build: in the mirror when `last` (the stat keys of the last build's
    files, every one found as recorded by this build's output check; None otherwise) is what
    the mirror holds; else a new folder. Called with the build's lock held."""
    own = tuple(own)
    if last and _exact_mirror(out_dir.absolute(), spare, last, own):
        try:
            marker_of(spare).unlink()   # from here on the mirror is no mirror until caught up
        except OSError:
            return Staging(out_dir, records, built)
        return SpareStaging(out_dir, records, built, spare, last, own)
    return Staging(out_dir, records, built)


def _exact_mirror(out_dir: Path, spare: Path, last: Mapping[str, StatKey], own: tuple[str, ...]) -> bool:
    """The mirror holds the files of `last`, each with its recorded inode (own copies apart), and
    nothing else, not even an empty folder: found by the inodes its folders list (no stat)."""
    try:
        if not mirrors(out_dir, spare) or os.stat(spare).st_dev != os.stat(out_dir).st_dev:
            return False
        found = 0
        todo = [("", os.fspath(spare))]
        while todo:
            prefix, folder = todo.pop()
            with os.scandir(folder) as entries:
                listed = list(entries)
            if not listed:
                return False
            for entry in listed:
                path = prefix + entry.name
                if entry.is_dir(follow_symlinks=False):
                    todo.append((path + "/", entry.path))
                    continue
                key = last.get(path)
                if key is None or (key[2] != entry.inode() and path not in own) or entry.is_symlink():
                    return False
                found += 1
        return found == len(last)
    except OSError:
        return False


class SpareStaging(Staging):
    """Staging whose folder is the mirror: see the module's docstring."""
    in_mirror = True

    def __init__(self, out_dir: Path, records: Mapping, built: tuple | None, spare: Path,
                 last: Mapping[str, StatKey], own: tuple[str, ...]):
        super().__init__(out_dir, records, built)
        self.folder, self._last, self._own = spare, last, own
        self._same: set[str] = set()          # added with the last build's bytes: the same file linked
        self._caught_up = False

    def __enter__(self) -> "SpareStaging":
        files.cleanup_leftovers(self.out_dir)
        files.refuse_foreign_folder(self.out_dir, self._built)
        return self

    def __exit__(self, *exc) -> None:
        if self.published:
            return super().__exit__(*exc)
        # a build that failed (a layout's error, Ctrl-C) leaves the mirror unmarked, not removed:
        # the next build stages in a new folder and then brings it up to date by a walk
        # (patch.mirror_site), cheaper than linking 23,000 files again
        self._close_pair()

    def keep(self, path: str) -> None:
        """The mirror holds the last build's file already; an own copy (the zip) is replaced by a
        link to the site's, so that its recorded stat key stays true."""
        if path in self._own:
            return super().keep(path)   # (_dest_name removes the copy first)
        _claim(self._seen, path)        # (its folder is there: the file is)
        record = self._previous.get(path)
        self.records[path] = record if record is not None else self._guard(
            lambda: record_of(Path(self.folder, path).read_bytes()), path)
        self._kept.add(path)
        self.unchanged += 1

    def add(self, f: OutputFile) -> None:
        unchanged = self.unchanged
        super().add(f)
        if self.unchanged > unchanged:
            self._same.add(f.path)

    def _dest_name(self, path: str) -> str:
        """A file to be written: whatever the mirror has at its place (a link into the published
        site, a folder of the last build) removed first, and a file of the last build where a
        folder of this build goes."""
        parent = path.rsplit("/", 1)[0] if "/" in path else ""
        if parent and parent not in self._made:
            self._guard(lambda: self._clear_parents(parent), path)
        dest = super()._dest_name(path)
        self._guard(lambda: _remove(dest), path)
        return dest

    def _clear_parents(self, parent: str) -> None:
        parts = parent.split("/")
        for i in range(1, len(parts) + 1):
            prefix = "/".join(parts[:i])
            full = os.path.join(self.folder, prefix)
            if os.path.lexists(full) and (os.path.islink(full) or not os.path.isdir(full)) \
                    and prefix.lower() not in self._seen:
                os.unlink(full)

    def _gone(self) -> list[str]:
        return [path for path in self._last if self._seen.get(path.lower()) != path]

    def _before_swap(self) -> int:
        """The last build's files this one does not make, removed with the folders they leave
        empty (a cold build makes no empty folder). A file now named in another case is the
        new one where the file system ignores case (then it stays)."""
        for path in self._gone():
            renamed = self._seen.get(path.lower())
            if renamed is None or not _same_file(os.path.join(self.folder, path), os.path.join(self.folder, renamed)):
                self._guard(lambda: _remove_file(self.folder, path), path)
        return len(self._last)

    def _after_exchange(self) -> None:
        self._removal = threading.Thread(target=self._catch_up, name="chronicle-mirror")
        self._removal.start()

    def _catch_up(self) -> None:
        """The last site, now at the mirror's place, made a mirror of the new one: the files this
        build wrote linked, those it dropped removed, the own copies copied; then the marker."""
        spare = self.folder
        if not os.path.isdir(spare):   # no exchange on this system: the last site was removed
            return
        try:
            for path in self._gone():
                _remove_file(spare, path)
            for path in self._seen.values():
                if path in self._kept or path in self._same or path in self._own:
                    continue
                target = os.path.join(spare, path)
                os.makedirs(os.path.dirname(target), exist_ok=True)
                tmp = os.path.join(os.path.dirname(target), f".{os.path.basename(path)}.tmp-{os.getpid()}")
                os.link(os.path.join(self.out_dir, path), tmp)
                os.replace(tmp, target)
            copy_own(self.out_dir, spare, self._own)
            marker_of(spare).write_text(str(os.stat(self.out_dir).st_ino))
            self._caught_up = True
        except OSError:
            drop_spare(spare)

    def mirrored(self) -> bool:
        self.removed()
        return self._caught_up


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samestat(os.lstat(a), os.lstat(b))
    except OSError:
        return False


def _remove(dest: str) -> None:
    if os.path.isdir(dest) and not os.path.islink(dest):
        shutil.rmtree(dest)
    else:
        try:
            os.unlink(dest)
        except FileNotFoundError:
            pass


def _remove_file(top: str | Path, path: str) -> None:
    """`path` removed under top, then each folder it leaves empty."""
    try:
        os.unlink(os.path.join(top, path))
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return
    parts = path.split("/")[:-1]
    while parts:
        try:
            os.rmdir(os.path.join(top, *parts))
        except OSError:   # not empty
            return
        parts.pop()
