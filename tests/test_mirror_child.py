"""The quick path's mirror made by a child process beside the cache's save (write/mirrorwork.py):
after a cold build it holds every file of the site as the very same file (the zip as its own
copy), as the build's own mirror_site made it; a child that cannot start or fails leaves the
build to make it; a child not waited for is ended and its mirror, unmarked, is never used."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from chronicle.build.pipeline import build
from chronicle.write import mirrorwork
from chronicle.write.mirrorwork import Mirroring
from chronicle.write.patch import mirrors
from test_quick import options, quick
from test_spare_staging import ZIP, assert_mirror


def _site(tmp_path: Path) -> tuple[Path, Path]:
    site, spare = tmp_path / "site", tmp_path / "cache" / "spare"
    for path, data in {"index.html": b"home", "articles/a.html": b"a", ZIP: b"zip"}.items():
        (site / path).parent.mkdir(parents=True, exist_ok=True)
        (site / path).write_bytes(data)
    spare.parent.mkdir()
    return site, spare


def test_a_cold_builds_mirror_is_made_by_the_child_and_is_the_site(project, monkeypatch):
    def not_here(*args) -> None:
        raise AssertionError("the build made the mirror itself: the child did not")
    monkeypatch.setattr(mirrorwork, "mirror_site", not_here)   # (the child imports its own)
    assert not quick(build(options(project)))
    site, spare = project / "site", project / ".site.cache" / "spare"
    assert_mirror(site, spare)
    assert (spare / ZIP).read_bytes() == (site / ZIP).read_bytes()
    assert os.stat(spare / ZIP).st_ino != os.stat(site / ZIP).st_ino   # its own copy


def test_a_child_that_fails_leaves_the_mirror_to_the_build(tmp_path, monkeypatch):
    site, spare = _site(tmp_path)
    monkeypatch.setattr(mirrorwork, "_CHILD", "import sys; sys.exit(3)")
    with Mirroring(site, spare, (ZIP,)) as mirroring:
        mirroring.wait()
    assert_mirror(site, spare)


def test_a_child_that_cannot_start_leaves_the_mirror_to_the_build(tmp_path, monkeypatch):
    site, spare = _site(tmp_path)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "no-such-python"))
    with Mirroring(site, spare, (ZIP,)) as mirroring:
        mirroring.wait()
    assert_mirror(site, spare)


def test_a_child_not_waited_for_is_ended_and_its_mirror_is_not_used(tmp_path, monkeypatch):
    site, spare = _site(tmp_path)
    # a child that would take its time: it is killed when the block is left without wait()
    monkeypatch.setattr(mirrorwork, "_CHILD", "import time; time.sleep(30)")
    with Mirroring(site, spare, (ZIP,)) as mirroring:
        child = mirroring._child
    assert child is not None and child.returncode is not None   # ended and reaped
    assert not mirrors(site, spare)
