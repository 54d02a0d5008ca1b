"""Which documents content/ holds: names, kinds and stat keys, found with one walk.

Apart from chronicle/source/documents.py so that a build that turns out to be up to date, and the
quick path's first step, do not import the Markdown and YAML readers. Every build scans the
whole tree, so the walk is plain strings and os.scandir (10,000 files: 80 ms, of which the
stat calls are 60).
"""
from __future__ import annotations

import os
from pathlib import Path

from ..keys import InputKey, input_key_of

SKIP_DIRS = {"sources"}      # raw digests, read by ingest only
# A Markdown file's endings, in any case: 'Notes.MD' saved by Windows or macOS was skipped silently.
MARKDOWN_ENDINGS = (".md", ".markdown")
# Kinds of what the scan lists besides articles and pages: what loading reports as an error.
LINKED_FOLDER, UNREADABLE_FOLDER, OUTSIDE = "linked-folder", "unreadable-folder", "outside"
BROKEN_LINK = "broken-link"
NOT_DOCUMENTS = {
    LINKED_FOLDER: "is a link to a folder; linked folders are not read (they may lead out of the content "
                   "folder), so the articles in it would be left out: move the folder here instead",
    UNREADABLE_FOLDER: "is a folder that cannot be read (check its permissions); the articles in it would be left out",
    OUTSIDE: "is a link to a file outside the content folder; refusing to read it",
    BROKEN_LINK: "is a symbolic link that leads nowhere (a loop, or a folder or drive not mounted), so the "
                 "articles it stood for would be left out: fix the link or remove it",
}


def find_markdown_files(content_dir: Path) -> list[tuple[Path, str]]:
    """(file, kind) for every Markdown file (MARKDOWN_ENDINGS) under content_dir, in a stable order; `_`/`.` names skipped."""
    return [(content_dir / rel, kind) for rel, kind in _scan(content_dir)]


def document_names(content_dir: Path, shown_base: Path | None = None,
                   stats: dict[str, InputKey] | None = None) -> list[tuple[str, str, str]]:
    """(path relative to content_dir, kind, path as shown) of every Markdown file; no Path objects.
    With `stats`, also the stat key of each (by relative path)."""
    prefix = _shown_prefix(content_dir, shown_base)
    return [(rel, kind, prefix + rel) for rel, kind in _scan(content_dir, stats)]


def document_stats(content_dir: Path, shown_base: Path | None) -> dict[str, tuple[str, str, InputKey | None]]:
    """Shown path -> (path under content_dir, kind, stat key) of every document."""
    if not content_dir.is_dir():
        return {}
    prefix = _shown_prefix(content_dir, shown_base)
    found: dict[str, InputKey] = {}
    return {prefix + rel: (rel, kind, found.get(rel)) for rel, kind in _scan(content_dir, found)}


def shown_path(path: Path, base: Path | None) -> str:
    """A path as messages show it: relative to `base` when there is one."""
    if base is not None:
        try:
            return os.path.relpath(path, base)
        except ValueError:
            pass
    return str(path)


def _shown_prefix(content_dir: Path, shown_base: Path | None) -> str:
    top = shown_path(content_dir, shown_base)
    return "" if top == "." else top.rstrip("/") + "/"


def _scan(content_dir: Path, stats: dict[str, InputKey] | None = None) -> list[tuple[str, str]]:
    """(path relative to content_dir, kind), sorted; with `stats`, also each file's stat key."""
    found: list[tuple[str, str]] = []
    links: set[str] = set()

    # a stack, not recursion: content/articles/a/a/a/... 1,500 folders deep was a RecursionError
    folders = [(os.fspath(content_dir), "")]
    while folders:
        folder, rel = folders.pop()
        try:
            with os.scandir(folder) as it:
                entries = list(it)
        except OSError:  # listed, so that loading says so: its articles would vanish from the site
            found.append((rel or ".", UNREADABLE_FOLDER))
            continue
        prefix = f"{rel}/" if rel else ""
        kind = "page" if prefix.startswith("pages/") else "article"
        for entry in entries:
            name = entry.name
            if name[0] in "_.":
                continue
            if name.lower().endswith(MARKDOWN_ENDINGS) and not _is_folder(entry):
                sub = prefix + name
                found.append((sub, kind))
                if entry.is_symlink():
                    links.add(sub)
                if stats is not None:
                    try:
                        stats[sub] = input_key_of(entry.stat())
                    except OSError:
                        pass
            elif not rel and name in SKIP_DIRS:
                continue
            elif entry.is_dir(follow_symlinks=False):
                folders.append((entry.path, prefix + name))
            elif entry.is_symlink() and _is_folder(entry):
                # a linked folder is not followed (it may lead out of content/), but listed, so that
                # loading says so: content/articles linked elsewhere built an empty site, silently
                found.append((prefix + name, LINKED_FOLDER))
            elif entry.is_symlink() and not os.path.exists(entry.path):
                # content/articles -> a drive not mounted, or a link in a loop: skipped, it built
                # a site without those articles and said nothing
                found.append((prefix + name, BROKEN_LINK))

    found.sort()
    if not links:
        return found
    # a linked file is read only if it stays inside the content folder
    root = content_dir.resolve()
    return [(r, k if r not in links or _inside(content_dir / r, root) else OUTSIDE) for r, k in found]


def _is_folder(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:   # a link that loops: listed, so that reading it says so
        return False


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root)
        return True
    except ValueError:
        return False
    except (OSError, RuntimeError):   # a link that loops leads nowhere; reading it says so
        return True
