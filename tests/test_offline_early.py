"""The whole offline search index begun in a forked child once the story threads are known, on a
build with no published index to patch (build/offlinework.py): the site is the same bytes as a
build that makes it in its own process, and when the child dies the build makes it itself,
without a traceback. The child is used from 2,000 articles up; these builds lower that bound in a
new interpreter (the fixture site has 32)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from chronicle.outputs.search.partitions import Partition
from chronicle.outputs.search.service import LARGE
from chronicle.outputs.search.ahead import workers_for
from conftest import FIXTURE, ROOT

_BUILD = """
import os, sys
sys.path.insert(0, {root!r})
from chronicle.build import offlinework
offlinework.MIN_ARTICLES = {least}
if {dies!r}:
    parent, real = os.getpid(), offlinework.offline_index
    def dying(*args, **kwargs):
        if os.getpid() != parent:   # in the child: it ends without sending its files
            os._exit(3)
        return real(*args, **kwargs)
    offlinework.offline_index = dying
begun, start = [], offlinework.start_call
def counted(name, *args, **kwargs):
    begun.append(name)
    return start(name, *args, **kwargs)
offlinework.start_call = counted
from chronicle.cli import main
code = main(sys.argv[1:])
print("begun:", begun, file=sys.stderr)
sys.exit(code)
"""


def _build(out: Path, least: int, dies: bool = False) -> tuple[dict[str, bytes], str]:
    script = _BUILD.format(root=str(ROOT), least=least, dies=dies)
    done = subprocess.run([sys.executable, "-c", script, "build", "--content", str(FIXTURE / "content"),
                           "--config", str(FIXTURE / "config.yaml"), "--out", str(out), "--jobs", "2"],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    files = {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    return files, done.stderr


@pytest.mark.slow
def test_the_offline_index_made_in_a_child_is_the_site_a_build_makes_alone(tmp_path):
    alone, said = _build(tmp_path / "alone", least=10**9)
    assert "begun: []" in said
    early, said = _build(tmp_path / "early", least=1)
    assert "begun: ['offline-index']" in said
    assert any(p.startswith("offline/") and p.endswith(".js") for p in early)
    assert early.keys() == alone.keys()
    assert [p for p in early if early[p] != alone[p]] == []


@pytest.mark.slow
def test_a_child_that_dies_leaves_the_index_to_the_build(tmp_path):
    alone, _ = _build(tmp_path / "alone", least=10**9)
    rescued, said = _build(tmp_path / "rescued", least=1, dies=True)
    assert "begun: ['offline-index']" in said
    assert rescued.keys() == alone.keys()
    assert [p for p in rescued if rescued[p] != alone[p]] == []


def test_a_third_pagefind_process_only_for_small_partitions_on_two_cores_or_more():
    small = [Partition(f"p{i}", tuple(f"articles/{i}-{n}.html" for n in range(256))) for i in range(4)]
    large = small + [Partition("big", tuple(f"articles/big-{n}.html" for n in range(LARGE + 1)))]
    assert workers_for(1, small) == 1
    assert workers_for(2, small) == 3
    assert workers_for(2, large) == 2
    assert workers_for(8, large) == 2
