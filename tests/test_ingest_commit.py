"""Ingest's group commit (chronicle/ingest/commit.py) stopped inside a batch: by a real SIGKILL
while the batch's files are on their way to disk, and in the states a kill leaves between the
batch's `ready` line and its last rename (too short a window to hit by timing, so made by hand as
the kill leaves them). Each time the re-run gives exactly the articles of one clean run, keeps a
writer's edit, does not re-create an article a writer deleted, and leaves no temp file or journal.
"""
from __future__ import annotations

import hashlib
import json
import os
import signal
import time
from pathlib import Path

import pytest

from tools.faultlib import launch
from tools.ingestfaults import articles, converge_problem, ingest_cmd, make_digest, run_ingest

pytestmark = pytest.mark.slow

TEMP = ".tmp-batch"


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    base = tmp_path_factory.mktemp("ingest-commit")
    digest = make_digest(base / "digest.txt", 300, seed=14)
    ref = base / "ref"
    assert run_ingest([digest], ref).returncode == 0
    return digest, ref, articles(ref)


def _temps(into: Path) -> list[str]:
    return sorted(n for n in os.listdir(into) if n.endswith(TEMP)) if into.is_dir() else []


def test_killed_while_the_batch_is_written_converges(clean, tmp_path):
    """SIGKILL as soon as the batch's temp files appear: none of its articles is on disk yet; the
    re-run drops the temp files and writes every article once."""
    digest, _, reference = clean
    caught = 0
    for attempt in range(8):
        into = tmp_path / f"run{attempt}"
        proc = launch(ingest_cmd([digest], into), new_session=True)
        while proc.poll() is None and not _temps(into):
            time.sleep(0.0005)
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        if not _temps(into):
            continue   # it got past the batch before the kill: try again
        caught += 1
        assert len(articles(into)) < len(reference)
        assert converge_problem([digest], into, reference) is None
        assert not _temps(into)
        if caught == 2:
            break
    assert caught >= 1, "no kill landed while a batch was being written"


def _stopped_after_ready(digest: Path, ref: Path, into: Path, reference: dict[str, bytes], ready: bool) -> list[str]:
    """`into` as a run killed after the last batch's temp files were on disk: the ledger without
    that batch (its last 40 articles), the journal with its write lines (and the ready line when
    `ready`), every temp file of the batch there, none of its files renamed into place yet."""
    ledger = json.loads((ref / ".ingested.json").read_text())
    for rec in ledger["articles"].values():   # the digest as named from `into`
        rec["source"] = os.path.relpath(digest, into)
    batch = sorted(ledger["articles"].items(), key=lambda kv: kv[1]["file"])[-40:]
    into.mkdir()
    for name, data in reference.items():
        (into / name).write_bytes(data)
    for art_id, rec in batch:
        del ledger["articles"][art_id]
        (into / rec["file"]).rename(into / f".{rec['file']}{TEMP}")
    ledger["sources"] = {}
    raw = (json.dumps(ledger) + "\n").encode()
    (into / ".ingested.json").write_bytes(raw)
    lines = [json.dumps({"base": hashlib.sha256(raw).hexdigest()})]
    lines += [json.dumps({"op": "write", "id": i, "rec": rec, "prev": None}) for i, rec in batch]
    if ready:
        lines.append(json.dumps({"op": "ready", "ids": [i for i, _ in batch]}))
    (into / ".ingested.journal").write_text("\n".join(lines) + "\n")
    return [rec["file"] for _, rec in batch]


def test_a_ready_batch_is_finished_on_the_next_run(clean, tmp_path):
    """Killed after `ready`, part-way through the renames: the re-run renames the rest into place,
    and what a writer did meanwhile to the articles already renamed stands."""
    digest, ref, reference = clean
    into = tmp_path / "articles"
    names = _stopped_after_ready(digest, ref, into, reference, ready=True)
    renamed, deleted, edited = names[:20], names[0], names[1]
    for name in renamed:   # the renames the killed run made
        os.replace(into / f".{name}{TEMP}", into / name)
    (into / deleted).unlink()
    (into / edited).write_bytes(reference[edited].replace(b"\n---\n", b"\n---\nA writer's line.\n", 1))
    edited_bytes = (into / edited).read_bytes()
    r = run_ingest([digest], into)
    assert r.returncode == 0, r.stderr
    got = articles(into)
    assert deleted not in got and f"{deleted}: deleted by a writer; not re-created" in r.stdout
    assert got[edited] == edited_bytes and f"{edited}: edited by a writer; kept as it is" in r.stdout
    assert {k: v for k, v in got.items() if k != edited} == {k: v for k, v in reference.items() if k not in (deleted, edited)}
    assert not _temps(into) and not (into / ".ingested.journal").exists()


def test_a_batch_not_ready_is_dropped_and_written_again(clean, tmp_path):
    """Killed while the batch's temp files were being synced (its write lines on disk, no ready
    line): the temp files are dropped and the re-run writes the batch as a clean run does."""
    digest, ref, reference = clean
    into = tmp_path / "articles"
    _stopped_after_ready(digest, ref, into, reference, ready=False)
    assert converge_problem([digest], into, reference) is None
    assert not _temps(into)
