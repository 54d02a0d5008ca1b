"""The early flush (write/staging.Staging.flush_early): what is staged goes to the disk on a
thread while the build goes on; the site published is the same whole site, a build that fails
after it still leaves the last site as it was, and no flush outlives its staging."""
from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from chronicle.model import OutputFile
from chronicle.write import files
from chronicle.write.staging import Staging


def _flushes() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "chronicle-flush"]


def _last_site(tmp_path: Path) -> Path:
    out = tmp_path / "site"
    out.mkdir()
    (out / "index.html").write_text("last")
    return out


def test_files_staged_after_the_early_flush_are_published_too(tmp_path):
    out = _last_site(tmp_path)
    with Staging(out, {}) as staging:
        staging.add(OutputFile("index.html", b"new home"))
        staging.add(OutputFile("articles/a.html", b"a"))
        staging.flush_early()
        staging.add(OutputFile("pagefind/pagefind-entry.json", b"{}"))
        staging.commit()
        assert not _flushes()
    assert (out / "index.html").read_bytes() == b"new home"
    assert (out / "articles" / "a.html").read_bytes() == b"a"
    assert (out / "pagefind" / "pagefind-entry.json").read_bytes() == b"{}"


def test_a_build_that_fails_after_the_early_flush_leaves_the_last_site(tmp_path):
    out = _last_site(tmp_path)
    with pytest.raises(RuntimeError):
        with Staging(out, {}) as staging:
            staging.add(OutputFile("index.html", b"half a build"))
            staging.flush_early()
            folder = staging.folder
            raise RuntimeError("a layout failed")
    assert (out / "index.html").read_text() == "last"
    assert not folder.exists()
    assert not _flushes()


def test_the_early_flush_never_flushes_every_disk(tmp_path, monkeypatch):
    """syncfs where there is one; where the folder cannot be opened, the early flush does nothing
    (the swap's own flush falls back to sync(), which flushes every disk of the machine)."""
    def refused() -> None:
        raise AssertionError("os.sync() called")
    monkeypatch.setattr(os, "sync", refused)
    files.sync_tree(tmp_path / "gone", fallback=False)
    with pytest.raises(AssertionError):
        files.sync_tree(tmp_path / "gone")
