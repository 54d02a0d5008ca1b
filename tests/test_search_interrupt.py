"""A build killed while Pagefind indexes its partitions leaves the previous site whole, and the
next build finishes it (issue 12)."""
from __future__ import annotations

import os
import shutil
import signal
import time
from pathlib import Path

import pytest

from tools.faultlib import build_cmd, launch, make_corpus, manifest, mutate_corpus, run_build

pytestmark = pytest.mark.slow


def _pagefind_children(pid: int) -> list[int]:
    """The Pagefind services under the build's process (its threads' children)."""
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            children = (task / "children").read_text().split()
        except OSError:
            continue
        for child in children:
            try:
                if b"--service" in Path(f"/proc/{child}/cmdline").read_bytes():
                    found.append(int(child))
            except OSError:
                pass
    return found


@pytest.fixture(scope="module")
def versions(tmp_path_factory):
    """A 200-article corpus (nine search partitions), a copy with half its articles changed, and the manifest of a clean
    (--no-cache) build of the copy: the same for both signals, so made once."""
    import random
    base = tmp_path_factory.mktemp("search-interrupt")
    a = make_corpus(base / "a", 200, search_partition=32)
    b = base / "b"
    shutil.copytree(a, b)
    mutate_corpus(b / "content", random.Random(12), fraction=0.5)
    fresh = base / "fresh"
    assert run_build(b, fresh, True, "--no-cache").returncode == 0
    return a, b, manifest(fresh)


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_a_build_killed_in_the_search_stage_leaves_the_previous_site(tmp_path, versions, sig):
    a, b, fresh = versions
    out = tmp_path / "site"
    assert run_build(a, out, True).returncode == 0
    before = manifest(out)
    proc = launch(build_cmd(b, out, True), new_session=True)
    deadline = time.monotonic() + 300
    while proc.poll() is None and not _pagefind_children(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.005)
    assert proc.poll() is None, "the build ended before its search stage was seen"
    # to the whole group, Pagefind too: SIGINT as Ctrl-C in a terminal, SIGKILL as a machine that stops
    os.killpg(proc.pid, sig)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode != 0
    assert "Traceback" not in err, err
    assert manifest(out) == before, "the previous site changed"
    again = run_build(b, out, True)
    assert again.returncode == 0, again.stderr
    assert manifest(out) == fresh
