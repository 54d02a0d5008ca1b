"""Faults (issue 7): a build killed at any moment, two builds at once, a full disk, an unwritable
folder — site/ is always a complete build, leftovers are cleaned, errors are one clear line.

The large version of the kill test (50 trials, 1,000 articles) is tests/tools/killtest.py.
"""
from __future__ import annotations

import fcntl
import os
import resource
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from tools import faultlib
from tools.faultlib import (ROOT, build_cmd, calibrate, kill_trials, launch, leftovers, make_corpus, manifest, run_build,
                            snapshot_code, two_versions)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def corpora(tmp_path_factory):
    """Two versions of a 120-article corpus and the manifests of their complete builds."""
    base = tmp_path_factory.mktemp("faults")
    snapshot_code(base / "code")  # every build in this module runs the same code, whatever others edit meanwhile
    versions, manifests = two_versions(base, 120, seed=7)
    assert manifests[0] != manifests[1]
    return base, versions, manifests


def test_sigkill_at_random_moments_leaves_a_complete_site(corpora):
    base, versions, manifests = corpora
    out = base / "kill" / "site"
    out.parent.mkdir()
    timing = calibrate(versions[1], out)          # site/ now holds version 1
    assert manifest(out) == manifests[1]
    result = kill_trials(versions, out, n=10, seed=int(os.environ.get("KILL_SEED", "7")),
                         timing=timing, manifests=manifests, verify_every=2)
    assert not result.failed, "\n".join(result.failed)
    # The next complete (cold) build cleans whatever the killed ones left.
    r = run_build(versions[0], out, False, "--no-cache")
    assert r.returncode == 0, r.stderr
    assert leftovers(out) == []
    assert manifest(out) == manifests[0]


def test_a_damaged_build_cache_is_ignored(corpora, tmp_path):
    base, versions, manifests = corpora
    out = tmp_path / "site"
    assert run_build(versions[0], out).returncode == 0
    cache = tmp_path / ".site.cache"
    damaged = [p for p in cache.rglob("*") if p.is_file()] if cache.is_dir() else []
    for i, p in enumerate(damaged):
        data = p.read_bytes()
        p.write_bytes(data[: len(data) // 2] if i % 2 else b"\x80\x05garbage" + data[:10])
    for v in (1, 0):
        r = run_build(versions[v], out)
        assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
        assert manifest(out) == manifests[v]


def test_an_up_to_date_build_still_cleans_leftovers(corpora, tmp_path):
    base, versions, manifests = corpora
    out = tmp_path / "site"
    assert run_build(versions[0], out).returncode == 0
    (tmp_path / ".site.staging" / "articles").mkdir(parents=True)   # what a build killed while staging leaves
    (tmp_path / ".site.staging" / "articles" / "half.html").write_text("half")
    r = run_build(versions[0], out)
    assert r.returncode == 0, r.stderr
    assert manifest(out) == manifests[0]
    assert leftovers(out) == []


def test_killed_first_build_leaves_no_site_or_a_complete_one(corpora):
    base, versions, manifests = corpora
    for delay in (0.2, 0.4, 0.6):
        out = Path(tempfile.mkdtemp(dir=base)) / "site"
        proc = subprocess.Popen(build_cmd(versions[0], out), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        proc.kill()
        proc.wait()
        assert manifest(out) in (None, manifests[0])


def test_leftovers_of_a_non_atomic_swap_are_recovered(corpora, tmp_path):
    """Where renameat2 is missing the swap is two renames; a kill between them leaves only .site.old."""
    base, versions, manifests = corpora
    out = tmp_path / "site"
    assert run_build(versions[0], out).returncode == 0
    os.rename(out, tmp_path / ".site.old")                       # killed between the two renames
    (tmp_path / ".site.staging" / "articles").mkdir(parents=True)  # and a half-written staging folder
    (tmp_path / ".site.staging" / "articles" / "x.html").write_text("half")
    r = run_build(versions[1], out)
    assert r.returncode == 0, r.stderr
    assert manifest(out) == manifests[1]
    assert leftovers(out) == []


def test_non_atomic_fallback_swap_produces_the_same_site(corpora, tmp_path):
    """The two-rename fallback (no renameat2) still yields exactly the new build."""
    base, versions, manifests = corpora
    out = tmp_path / "site"
    assert run_build(versions[0], out).returncode == 0
    code = ("import sys; from chronicle.write import files; files.exchange = lambda a, b: False; "
            "from chronicle.cli import main; sys.exit(main(sys.argv[1:]))")
    cmd = [sys.executable, "-c", code] + build_cmd(versions[1], out)[2:]
    r = subprocess.run(cmd, capture_output=True, text=True, cwd=faultlib.BUILD.parent, timeout=300)
    assert r.returncode == 0, r.stderr
    assert manifest(out) == manifests[1]
    assert leftovers(out) == []


def test_two_builds_at_once_never_interleave(corpora, tmp_path):
    base, versions, manifests = corpora
    out = tmp_path / "site"
    procs = [launch(build_cmd(v, out)) for v in versions]
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    assert manifest(out) in manifests
    assert leftovers(out) == []


def test_a_build_waits_for_the_lock_and_touches_nothing_meanwhile(corpora, tmp_path):
    base, versions, manifests = corpora
    out = tmp_path / "site"
    assert run_build(versions[0], out).returncode == 0
    lock = open(tmp_path / ".site.lock", "a+")
    fcntl.flock(lock, fcntl.LOCK_EX)
    try:
        proc = launch(build_cmd(versions[1], out))
        for _ in range(30):  # while we hold the lock, nothing may change
            time.sleep(0.1)
            assert proc.poll() is None, "a build finished while another held the lock"
            assert not (tmp_path / ".site.staging").exists()
        assert manifest(out) == manifests[0]
    finally:
        fcntl.flock(lock, fcntl.LOCK_UN)
        lock.close()
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert "another build is writing this folder; waiting for it to finish" in err
    assert manifest(out) == manifests[1]


def _one_clear_line(stderr: str) -> str:
    assert "Traceback" not in stderr, stderr
    lines = [l for l in stderr.splitlines() if l.strip()]
    assert len(lines) == 1, stderr
    return lines[0]


@pytest.fixture
def tiny_disk(tmp_path):
    """A 1 MB tmpfs (needs root and mount; skipped with the reason otherwise)."""
    mnt = tmp_path / "disk"
    mnt.mkdir()
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mnt)], capture_output=True, text=True)
    if r.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({r.stderr.strip()}); the RLIMIT_FSIZE test covers a failing write")
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def test_full_disk_gives_one_clear_error_and_keeps_the_old_site(tiny_disk, tmp_path):
    small = make_corpus(tmp_path / "small", 3)
    big = make_corpus(tmp_path / "big", 200)          # ~8 MB of pages: cannot fit
    out = tiny_disk / "site"
    assert run_build(small, out).returncode == 0
    before = manifest(out)
    r = run_build(big, out)
    assert r.returncode == 1
    line = _one_clear_line(r.stderr)
    assert "No space left on device" in line and "previous site is unchanged" in line, line
    assert manifest(out) == before
    assert leftovers(out) == []


def test_failing_writes_give_one_clear_error_and_keep_the_old_site(corpora, tmp_path):
    """A real OS-level write failure without root: RLIMIT_FSIZE makes large writes fail (EFBIG)."""
    base, versions, manifests = corpora
    out = tmp_path / "site"
    assert run_build(versions[0], out).returncode == 0

    def limit():
        resource.setrlimit(resource.RLIMIT_FSIZE, (8 * 1024, 8 * 1024))
    r = subprocess.run(build_cmd(versions[1], out), capture_output=True, text=True, preexec_fn=limit, timeout=300)
    assert r.returncode == 1
    line = _one_clear_line(r.stderr)
    assert "previous site is unchanged" in line, line
    assert manifest(out) == manifests[0]
    assert leftovers(out) == []


@contextmanager
def read_only(folder: Path):
    """Make `folder` unwritable for this user: a read-only bind mount as root, chmod otherwise."""
    if os.getuid() == 0:
        r = subprocess.run(["mount", "--bind", str(folder), str(folder)], capture_output=True, text=True)
        if r.returncode != 0:
            pytest.skip(f"as root only a read-only mount makes a folder unwritable, and mount failed: {r.stderr.strip()}")
        try:
            r = subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], capture_output=True, text=True)
            if r.returncode != 0:
                pytest.skip(f"cannot remount read-only: {r.stderr.strip()}")
            yield
        finally:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True)
    else:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)


def test_unwritable_parent_gives_one_clear_error_and_keeps_the_old_site(tmp_path):
    corpus = make_corpus(tmp_path / "corpus", 5)
    parent = tmp_path / "pub"
    out = parent / "site"
    assert run_build(corpus, out).returncode == 0
    before = manifest(out)
    first = sorted((corpus / "content" / "articles").glob("*.md"))[0]
    first.write_text(first.read_text() + "\nChanged.\n")
    with read_only(parent):
        r = run_build(corpus, out)
        assert r.returncode == 1, r.stdout
        line = _one_clear_line(r.stderr)
        assert "Read-only file system" in line or "Permission denied" in line, line
        assert manifest(out) == before
        assert leftovers(out) == []


def test_unwritable_parent_without_a_lock_file(tmp_path):
    corpus = make_corpus(tmp_path / "corpus", 3)
    parent = tmp_path / "ro"
    parent.mkdir()
    with read_only(parent):
        r = run_build(corpus, parent / "site")
        assert r.returncode == 1
        line = _one_clear_line(r.stderr)
        assert ("Read-only file system" in line or "Permission denied" in line) and "site.lock" in line, line
        assert not (parent / "site").exists()


@pytest.mark.parametrize("kind", ["file", "symlink"])
def test_output_path_that_is_not_a_folder_is_refused(corpora, tmp_path, kind):
    base, versions, manifests = corpora
    out = tmp_path / "site"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "keep.txt").write_text("keep")
    if kind == "file":
        out.write_text("not a folder")
    else:
        out.symlink_to(elsewhere, target_is_directory=True)
    r = run_build(versions[0], out)
    assert r.returncode == 1
    line = _one_clear_line(r.stderr)
    assert "not a folder" in line, line
    assert (elsewhere / "keep.txt").read_text() == "keep"
    assert sorted(p.name for p in elsewhere.iterdir()) == ["keep.txt"]
    assert leftovers(out) == []


def test_two_ingests_at_once_write_each_article_once(tmp_path):
    """Ingest takes the same lock: two runs over the same digests never interleave or duplicate."""
    seeds = sorted((ROOT / "tests" / "fixtures" / "ingest").glob("*.txt"))
    if not seeds:
        pytest.skip("no ingest fixtures")
    into = tmp_path / "articles"
    cmd = [sys.executable, str(ROOT / "build.py"), "ingest", *map(str, seeds), "--into", str(into),
           "--captured", "2025-06-01"]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(3)]
    results = [p.communicate(timeout=300) + (p.returncode,) for p in procs]
    for out, err, code in results:
        assert "Traceback" not in err, err
        assert code in (0, 1), err
    first = {p.name: p.read_bytes() for p in into.glob("*.md")}
    assert first
    # the same again, alone: nothing new is written, so the concurrent runs left a consistent ledger
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert "Traceback" not in r.stderr
    assert {p.name: p.read_bytes() for p in into.glob("*.md")} == first
    assert not [p for p in into.iterdir() if ".tmp-" in p.name]
    # and the result equals one ingest run alone
    alone = tmp_path / "alone"
    subprocess.run(cmd[:-4] + ["--into", str(alone), "--captured", "2025-06-01"], capture_output=True, timeout=300)
    assert {p.name: p.read_bytes() for p in alone.glob("*.md")} == first


def test_ingest_on_a_full_disk_fails_clearly_and_leaves_no_partial_files(tiny_disk):
    seeds = sorted((ROOT / "tests" / "fixtures" / "ingest").glob("*.txt"))
    into = tiny_disk / "articles"
    into.mkdir()
    filler = tiny_disk / "filler"
    with open(filler, "wb") as fh:  # leave a few KB: some articles fit, then the disk is full
        try:
            fh.write(b"\0" * (1024 * 1024 - 12 * 1024))
        except OSError:
            pass
    r = subprocess.run([sys.executable, str(ROOT / "build.py"), "ingest", *map(str, seeds), "--into", str(into),
                        "--captured", "2025-06-01"], capture_output=True, text=True, timeout=300)
    assert "Traceback" not in r.stderr, r.stderr
    assert r.returncode == 1, r.stdout
    assert "No space left on device" in r.stderr
    assert all(l.count(": ") >= 1 for l in r.stderr.splitlines() if l.strip())
    assert not [p for p in into.iterdir() if ".tmp-" in p.name]
    for md in into.glob("*.md"):  # whatever was written is whole: it reads back
        text = md.read_text()
        assert text.startswith("---\n") and text.endswith("\n") and text.count("\n---\n") >= 1, md
