"""Ctrl-C during a build says what site/ holds (issue 18): 'the previous site is unchanged' only
when it is, 'site/ is the new build' when the interrupt came after the swap."""
from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import time

import pytest

from tools.faultlib import build_cmd, calibrate, make_corpus, manifest, mutate_corpus, run_build, snapshot_code

pytestmark = pytest.mark.slow


def test_the_interrupt_message_matches_the_site_left(tmp_path):
    snapshot_code(tmp_path / "code")
    a = make_corpus(tmp_path / "a", 200)
    b = tmp_path / "b"
    shutil.copytree(a, b)
    mutate_corpus(b / "content", random.Random(3))
    refs = []
    for v in (a, b):
        assert run_build(v, tmp_path / f"ref-{v.name}" / "site").returncode == 0
        refs.append(manifest(tmp_path / f"ref-{v.name}" / "site"))
    out = tmp_path / "run" / "site"
    out.parent.mkdir()
    timing = calibrate(b, out)
    rng = random.Random(18)
    after_swap = 0
    for i in range(8):
        target = i % 2
        before_ino = os.stat(out).st_ino
        proc = subprocess.Popen(build_cmd([a, b][target], out), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if i % 2:   # right after the swap: the folder's inode changes
            deadline = time.perf_counter() + timing.total * 10
            while proc.poll() is None and os.stat(out).st_ino == before_ino and time.perf_counter() < deadline:
                time.sleep(0.0005)
        else:
            time.sleep(rng.uniform(0, timing.total))
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=300)
        assert "Traceback" not in err, err
        now = manifest(out)
        if proc.returncode == 130:
            if now == refs[target] and now != refs[1 - target]:
                assert "site/ is the new build" in err and "unchanged" not in err, err
                after_swap += 1
            else:
                assert "the previous site is unchanged" in err or "nothing was changed" in err, err
        assert now in (refs[0], refs[1])
        assert run_build([a, b][target], out).returncode == 0
    assert after_swap >= 1, "no interrupt landed after the swap; the test proved nothing"
