"""Ingest under faults (issue 18): killed half-way, out of disk space, a damaged ledger, two digests
of one name. A re-run after any of them converges to exactly the articles of one clean run.

The large version of the kill loop (20 trials, a 300-item digest) is tests/tools/ingestkilltest.py.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import ROOT
from tools.faultlib import snapshot_code
from tools.ingestfaults import (articles, converge_problem, kill_ingest_trials, make_digest, run_ingest,
                                timed_ingest)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def big_digest(tmp_path_factory):
    base = tmp_path_factory.mktemp("ingest-faults")
    snapshot_code(base / "code")
    digest = make_digest(base / "digest.txt", 120)
    seconds, writing = timed_ingest([digest], base / "ref")
    return base, digest, articles(base / "ref"), seconds, writing


def test_sigkilled_ingest_converges_to_one_clean_run(big_digest):
    base, digest, reference, seconds, writing = big_digest
    assert len(reference) == 120
    result = kill_ingest_trials([digest], base / "run", reference, n=6, seed=int(os.environ.get("KILL_SEED", "18")),
                                seconds=seconds, write_seconds=writing)
    assert not result.failed, "\n".join(result.failed)
    assert result.killed_with_partial_output >= 1   # the loop really stopped ingests half-way


def test_a_torn_journal_line_is_ignored_and_the_rest_replayed(big_digest, tmp_path):
    """What a kill during the journal's append leaves: a last line cut short."""
    base, digest, reference, _, _ = big_digest
    into = tmp_path / "articles"
    assert run_ingest([digest], into).returncode == 0
    ledger = json.loads((into / ".ingested.json").read_text())
    # as if the run had stopped after writing 3 articles: ledger without them, journal with them
    names = sorted(ledger["articles"].items())[:3]
    for art_id, _ in names:
        del ledger["articles"][art_id]
    ledger["sources"] = {}
    raw = (json.dumps(ledger) + "\n").encode()
    (into / ".ingested.json").write_bytes(raw)
    import hashlib
    lines = [json.dumps({"base": hashlib.sha256(raw).hexdigest()})]
    lines += [json.dumps({"op": "write", "id": i, "rec": rec, "prev": None}) for i, rec in names]
    (into / ".ingested.journal").write_text("\n".join(lines) + '\n{"op": "wri')
    assert converge_problem([digest], into, reference) is None


def test_full_disk_then_room_again_converges(tmp_path):
    """The ingest stops at the first batch of articles that does not fit (its files land all
    together or not at all, and its temp files are removed); once there is room, the re-run
    writes exactly what a clean run writes."""
    mnt = tmp_path / "disk"
    mnt.mkdir()
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mnt)], capture_output=True, text=True)
    if r.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({r.stderr.strip()})")
    try:
        digest = make_digest(tmp_path / "digest.txt", 150)
        ref = tmp_path / "ref"
        assert run_ingest([digest], ref).returncode == 0
        reference = articles(ref)
        into = mnt / "articles"
        filler = mnt / "filler"
        with open(filler, "wb") as fh:
            try:
                fh.write(b"\0" * (1024 * 1024 - 40 * 1024))
            except OSError:
                pass
        r = run_ingest([digest], into)
        assert r.returncode == 1 and "No space left on device" in r.stderr and "Traceback" not in r.stderr
        assert len(articles(into)) < len(reference)
        assert not [p.name for p in into.iterdir() if ".tmp" in p.name]
        filler.unlink()
        assert converge_problem([digest], into, reference) is None
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def test_two_digests_of_one_name_in_two_folders_are_two_digests(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    make_digest(one / "digest.txt", 3, seed=1)
    make_digest(two / "digest.txt", 4, seed=2)
    into = tmp_path / "articles"
    for d in (one, two):
        r = run_ingest([d / "digest.txt"], into)
        assert r.returncode == 0, r.stderr
    assert len(articles(into)) == 7
    sources = json.loads((into / ".ingested.json").read_text())["sources"]
    assert len(sources) == 2 and all(len(s["articles"]) in (3, 4) for s in sources.values())
    # both are known: --pending-like re-runs write nothing
    again = run_ingest([one / "digest.txt", two / "digest.txt"], into)
    assert "written" not in " ".join(l for l in again.stdout.splitlines() if l.startswith("  ")), again.stdout


@pytest.mark.parametrize("ledger", ['[]', '{"articles": []}', '{"sources": {"a": 1}}', '{"articles": {"x": 3}}',
                                    '3', '{"articles": {"x": {"file": 5, "sha256": "0"}}}', '{"articles": {"x": '
                                    '{"file": "../../escape.md", "sha256": "0"}}}', '\xff', '{"sources": {"a": '
                                    '{"sha256": "x", "articles": 7}}}'])
def test_a_damaged_ledger_is_one_clear_line(tmp_path, ledger):
    into = tmp_path / "articles"
    into.mkdir()
    (into / ".ingested.json").write_text(ledger, encoding="latin-1")
    r = run_ingest([make_digest(tmp_path / "d.txt", 2)], into)
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
    lines = [l for l in r.stderr.splitlines() if l.strip()]
    assert len(lines) == 1 and lines[0].startswith(f"{into / '.ingested.json'}:1: the ingest ledger"), r.stderr
    assert not (tmp_path / "escape.md").exists() and articles(into) == {}


def test_into_naming_a_file_is_one_clear_line(tmp_path):
    target = tmp_path / "file"
    target.write_text("keep")
    r = subprocess.run([sys.executable, str(ROOT / "build.py"), "ingest", str(make_digest(tmp_path / "d.txt", 2)),
                        "--into", str(target)], capture_output=True, text=True, timeout=120)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert r.stderr.strip() == f"{target}: --into names a file, not a folder"
    assert target.read_text() == "keep"
