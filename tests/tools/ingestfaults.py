"""Helpers for ingest fault tests (issue 18): large generated digests, ingests killed at random
moments, and the check that a re-run converges to exactly the articles of one clean run.

Used by tests/test_faults.py (small scale) and tests/tools/ingestkilltest.py (by hand).
"""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from tools import faultlib

WORDS = ("army navy border treaty minister summit drone missile grain port talks sanctions election court "
         "parliament strike rail bridge energy gas pipeline budget reform protest ceasefire convoy aid "
         "factory harbour frontier council envoy tariff satellite radar cable winter harvest").split()


def make_digest(dest: Path, items: int, seed: int = 18) -> Path:
    """A generic-layout digest of `items` distinct stories: a headline line, then a paragraph."""
    rng = random.Random(seed)
    blocks = []
    for i in range(items):
        title = f"Story {i} " + " ".join(rng.choice(WORDS) for _ in range(5)).capitalize()
        body = " ".join(rng.choice(WORDS) for _ in range(40))
        blocks.append(f"{title}\nMarch {1 + i % 28}, 2025 — Item {i}: {body}.")
    dest.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")
    return dest


def ingest_cmd(digests: list[Path], into: Path) -> list[str]:
    return [sys.executable, str(faultlib.BUILD), "ingest", *map(str, digests), "--into", str(into),
            "--captured", "2025-06-01", "--config", str(faultlib.ROOT / "config.yaml")]


def run_ingest(digests: list[Path], into: Path) -> subprocess.CompletedProcess:
    return faultlib.run_cmd(ingest_cmd(digests, into))


def articles(into: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(into.glob("*.md"))} if into.is_dir() else {}


def timed_ingest(digests: list[Path], into: Path) -> tuple[float, float]:
    """Seconds of a clean ingest, and of its part that writes articles (first one seen to exit)."""
    start = time.perf_counter()
    proc = faultlib.launch(ingest_cmd(digests, into))
    first = None
    while proc.poll() is None:
        if first is None and _writing(into):
            first = time.perf_counter()
        time.sleep(0.001)
    end = time.perf_counter()
    if proc.returncode != 0:
        raise RuntimeError(proc.communicate()[1])
    return end - start, end - (first or start)


def _writing(into: Path) -> bool:
    """Whether ingest has begun writing articles: the journal of its first batch (written before
    any article file) or an article is there."""
    try:
        return any(name.endswith(".md") or name == ".ingested.journal" for name in os.listdir(into))
    except OSError:
        return False


def _half_way(into: Path, reference: dict[str, bytes]) -> bool:
    """What a kill during the writing leaves: part of the articles, temp files of a batch, or a
    journal not yet folded into the ledger."""
    try:
        names = os.listdir(into)
    except OSError:
        return False
    return (0 < len(articles(into)) < len(reference) or ".ingested.journal" in names
            or any(n.endswith(".tmp-batch") for n in names))


@dataclass
class IngestTrials:
    total: int = 0
    passed: int = 0
    killed_with_partial_output: int = 0   # kills that stopped the writing half-way (_half_way)
    failed: list[str] = field(default_factory=list)


def kill_ingest_trials(digests: list[Path], into: Path, reference: dict[str, bytes], n: int, seed: int,
                       seconds: float, write_seconds: float) -> IngestTrials:
    """SIGKILL ingest at random moments (one or two kills in a row), then run it to the end: the
    articles must be exactly those of one clean run (no `-2` copies, none missing)."""
    import shutil
    rng = random.Random(seed)
    result = IngestTrials()
    # n trials; on a loaded machine the writing may end before a kill lands, so the trials go on
    # (up to 5n: 18 trials of the full suite's two workers once stopped none half-way) until one has
    i = -1
    while (i := i + 1) < n or (result.killed_with_partial_output == 0 and i < 5 * n):
        shutil.rmtree(into, ignore_errors=True)
        for _ in range(1 + i % 2):
            proc = faultlib.launch(ingest_cmd(digests, into), new_session=True)
            if i % 4 == 3:
                time.sleep(rng.uniform(0.05, seconds * 1.05))
            else:   # most kills while articles are being written, where a kill can lose the record
                deadline = time.perf_counter() + seconds * 3
                while proc.poll() is None and not _writing(into) and time.perf_counter() < deadline:
                    time.sleep(0.001)
                # (early in the writing after the plain trials found none: the window may be short)
                time.sleep(rng.uniform(0, write_seconds if i < n else write_seconds / 4))
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            proc.wait()
        if _half_way(into, reference):
            result.killed_with_partial_output += 1
        result.total += 1
        problem = converge_problem(digests, into, reference)
        if problem:
            result.failed.append(f"trial {i}: {problem}")
        else:
            result.passed += 1
    return result


def converge_problem(digests: list[Path], into: Path, reference: dict[str, bytes]) -> str | None:
    """Why a complete re-run after a fault does not give the clean run's articles (None if it does)."""
    r = run_ingest(digests, into)
    if r.returncode != 0 or "Traceback" in r.stderr:
        return f"the re-run failed: exit {r.returncode}: {r.stderr.strip()[:300]!r}"
    got = articles(into)
    if got != reference:
        extra = sorted(set(got) - set(reference))[:3]
        missing = sorted(set(reference) - set(got))[:3]
        changed = sorted(k for k in set(got) & set(reference) if got[k] != reference[k])[:3]
        return f"articles differ from a clean run: extra {extra}, missing {missing}, different {changed}"
    again = run_ingest(digests, into)
    if articles(into) != reference or "written" in " ".join(l for l in again.stdout.splitlines() if l.startswith("  ")):
        return "a second re-run changed something"
    if (into / ".ingested.journal").exists():
        return "the journal was left after a complete run"
    return None
