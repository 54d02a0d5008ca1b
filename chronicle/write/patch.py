"""The one patch path of a body edit, for `build` and the preview alike: what the edit changes
(`patch_bodies`: the files holding the edited bodies, at their slots), and, for `build`, the
writer that replaces those few files of the site at once, through a mirror of the site kept
beside it (hard links, and its own copy of the files patched in place).
"""
from __future__ import annotations

import contextlib
import os
import shutil
import threading
from pathlib import Path
from typing import Callable, Iterable, Mapping

from ..errors import InterruptedAfterPublishing, OutputError
from ..model import Splice
from ..render.bodies import Slot, refill
from . import files

Slots = Mapping[str, tuple[Slot, ...]]


def patch_bodies(read: Callable[[str], bytes], slots: Slots, fresh: Mapping[str, str]
                 ) -> tuple[dict[str, bytes], dict[str, tuple[Slot, ...]]]:
    """Every file that holds a body of `fresh` (article page -> new body HTML), with the new
    bodies in its slots, and where its slots are now. `read(path)`: the file's current bytes
    (the published site, or the preview's memory). Nothing else can hold a body
    (render/bodies.py), so nothing else changes."""
    changed: dict[str, bytes] = {}
    moved: dict[str, tuple[Slot, ...]] = {}
    for path, held in slots.items():
        if any(slot[3] in fresh for slot in held):
            changed[path], moved[path] = refill(read(path), held, fresh)
    return changed, moved


def patch_site(out_dir: Path, spare: Path, changes: dict[str, bytes | Splice], own: Iterable[str] = (),
               meanwhile: Callable[[dict[str, tuple[int, int, int]]], None] | None = None,
               then: Callable[[], None] | None = None, gone: Iterable[str] = ()) -> bool:
    """Replace a few files of out_dir and remove those in `gone`, atomically, in time that does
    not grow with the site.

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
    marker = marker_of(spare)
    removed = [path for path in gone if path not in changes]
    try:
        mirrored = mirrors(out_dir, spare)
        marker.unlink(missing_ok=True)
        if not mirrored:
            drop_spare(spare)
            _link_tree(out_dir, spare, own)
        resumed = _write_mirror(out_dir, spare, changes, meanwhile)
        for path in removed:
            (spare / path).unlink(missing_ok=True)
        if not files.exchange(spare, out_dir):
            return False
    except OSError as exc:
        drop_spare(spare)
        raise OutputError(str(exc.filename or out_dir), None, f"cannot write the site: {exc.strerror}; the previous site is unchanged") from None
    # no fsync of the parent folder: a power cut that undoes the exchange leaves the old site,
    # whole, and the next build sees that its files are not the ones the saved state lists
    try:
        catch_up = threading.Thread(target=_catch_up, args=(out_dir, spare, list(changes), resumed, marker, removed),
                                    name="chronicle-mirror")
        catch_up.start()
        try:
            if then is not None:
                then()
        finally:
            catch_up.join()
    except KeyboardInterrupt:
        raise InterruptedAfterPublishing() from None   # out_dir is the new site: say so
    return True


def marker_of(spare: Path) -> Path:
    """The file beside the mirror that names the site folder (its inode) the mirror is exact for."""
    return spare.parent / f"{spare.name}.ok"


def mirrors(out_dir: Path, spare: Path) -> bool:
    """The mirror's marker names out_dir. A link (a cache restored from elsewhere) is no mirror: a
    patch went through it, outside the cache, and the exchange made the site that link, to a
    folder of only the changed files."""
    marker = marker_of(spare)
    return (not spare.is_symlink() and spare.is_dir() and marker.is_file()
            and marker.read_text() == str(os.stat(out_dir).st_ino))


def _write_mirror(out_dir: Path, spare: Path, changes: dict[str, bytes | Splice],
                  meanwhile: Callable[[dict[str, tuple[int, int, int]]], None] | None) -> dict[str, int]:
    """The changes written into the mirror and flushed (`meanwhile` runs during the flush);
    -> path -> where its own copy in the mirror was rewritten from (_patch_in_place)."""
    resumed: dict[str, int] = {}
    written: dict[str, Path] = {}     # path -> the file to flush: a temp file, or that copy
    for path, data in changes.items():
        at = _patch_in_place(spare / path, out_dir / path, data)
        if at is None:
            written[path] = _write_beside(spare / path, data)
        else:
            resumed[path], written[path] = at, spare / path
    keys = {path: files.stat_key(tmp) for path, tmp in written.items()}
    # biggest first: on ext4 its fsync commits the journal, writing the others' data too
    _flush_while([written[path] for path in sorted(written, key=lambda path: -keys[path][0])], meanwhile, keys)
    for path, tmp in written.items():
        if path not in resumed:
            os.replace(tmp, spare / path)
    return resumed


def _catch_up(out_dir: Path, spare: Path, paths: list[str], resumed: dict[str, int], marker: Path,
              removed: list[str]) -> None:
    """The old tree, now at `spare`, becomes a mirror of the new one (on a thread: dropping the
    old copy of a big file frees its blocks, which takes a while)."""
    try:
        for path in removed:
            (spare / path).unlink(missing_ok=True)
        for path in paths:
            if path in resumed:   # its own copy: rewritten from where the new one changed
                at = resumed[path]
                with open(spare / path, "r+b") as fh:
                    fh.seek(at)
                    files.write_splice(fh, Splice(str(out_dir / path), ((at, os.stat(out_dir / path).st_size - at),)))
                    fh.truncate()
                    fh.flush()
                    files.start_writeback(fh.fileno())
                continue
            tmp = spare / f"{path}.tmp-{os.getpid()}"
            # a file in a folder the patch made (the search overlay's first files): the old tree
            # lacks the folder, and a failed link here dropped the whole mirror
            tmp.parent.mkdir(parents=True, exist_ok=True)
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
        files.write_splice(fh, Splice(data.source, data.parts[1:]))
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


def mirror_site(out_dir: Path, spare: Path, own: Iterable[str] = ()) -> None:
    """Make `spare` a hard-linked mirror of out_dir now, so the first quick build after a full
    one does not pay for it (0.2 s at 10,000 files). A full build links its unchanged files to
    the last site's, which the mirror links too: only the others are linked again (removing the
    mirror and linking every file took a title edit 0.4-1.8 s at 10,000 articles). Failing
    only costs that time later."""
    marker = marker_of(spare)
    marker.unlink(missing_ok=True)
    try:
        if spare.is_dir() and not spare.is_symlink():
            _relink_tree(os.fspath(out_dir.absolute()), os.fspath(spare))
            copy_own(out_dir.absolute(), spare, own)
        else:
            drop_spare(spare)
            _link_tree(out_dir.absolute(), spare, own)
        marker.write_text(str(os.stat(out_dir).st_ino))
    except OSError:
        drop_spare(spare)


def _relink_tree(source: str, dest: str) -> None:
    """dest made a mirror of source: each file a hard link to source's (kept when it is one
    already: the same inode), nothing else."""
    with os.scandir(source) as entries:
        wanted = {e.name: e for e in entries}
    with os.scandir(dest) as entries:
        found = {e.name: e for e in entries}
    for name, e in found.items():
        want = wanted.get(name)
        if want is None or e.is_dir(follow_symlinks=False) != want.is_dir(follow_symlinks=False):
            if e.is_dir(follow_symlinks=False):
                shutil.rmtree(e.path)
            else:
                os.unlink(e.path)
            found[name] = None
    for name, want in wanted.items():
        target = os.path.join(dest, name)
        if want.is_dir(follow_symlinks=False):
            if found.get(name) is None:
                os.mkdir(target)
            _relink_tree(want.path, target)
        elif found.get(name) is None or found[name].inode() != want.inode():
            if found.get(name) is not None:
                os.unlink(target)
            os.link(want.path, target)


def drop_spare(spare: Path) -> None:
    """A full build replaces the site: the mirror no longer mirrors it (and holds old bytes).
    Best effort, as the rest of the cache: in a cache folder that cannot be written (read-only)
    this was a traceback after the site was published. A marker left there names the inode of a
    site folder the exchange has replaced, so it vouches for no mirror."""
    with contextlib.suppress(OSError):
        (spare.parent / f"{spare.name}.ok").unlink(missing_ok=True)
        if spare.is_symlink():
            spare.unlink()
    shutil.rmtree(spare, ignore_errors=True)
    if spare.is_dir():
        # a folder made read-only in site/ (chmod 555 site/articles) came into the mirror with the
        # last exchange and kept its entries: every later build failed ('cannot write the site:
        # File exists'). The mirror's folders are its own (folders are not hard-linked): made
        # writable, they go.
        for dirpath, dirnames, _ in os.walk(spare):
            for folder in [dirpath, *(os.path.join(dirpath, d) for d in dirnames)]:
                with contextlib.suppress(OSError):
                    os.chmod(folder, 0o700)
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
    copy_own(source, dest, own)


def copy_own(source: Path, dest: Path, own: Iterable[str]) -> None:
    for path in own:
        if (source / path).is_file():
            (dest / path).unlink()
            shutil.copyfile(source / path, dest / path)
            fd = os.open(dest / path, os.O_RDONLY)
            try:
                files.start_writeback(fd)
            finally:
                os.close(fd)


def _write_beside(path: Path, data: bytes | Splice) -> Path:
    """A new file next to `path`, for a rename over it: files are never written in place,
    since they are hard-linked to the published copy."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    with open(tmp, "wb") as fh:
        if isinstance(data, bytes):
            fh.write(data)
        else:
            files.write_splice(fh, data)
    return tmp
