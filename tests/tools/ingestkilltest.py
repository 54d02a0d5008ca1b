#!/usr/bin/env python3
"""SIGKILL `ingest` of a large digest at random moments, many times (issue 18).

    .venv/bin/python tests/tools/ingestkilltest.py [--trials 20] [--items 300] [--seed 1]

A clean ingest of the digest gives the reference articles. Each trial starts from an empty folder,
kills one or two ingests at uniformly random moments, then runs ingest to the end: the articles
must be exactly the reference (no `-2` copies, none missing), a further run must write nothing,
and no journal may be left. Prints the figures; exit status 1 if any trial failed.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tools.faultlib import snapshot_code  # noqa: E402
from tools.ingestfaults import articles, kill_ingest_trials, make_digest, timed_ingest  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--trials", type=int, default=20)
    ap.add_argument("--items", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    base = Path(tempfile.mkdtemp(prefix="chronicle-ingestkill-"))
    try:
        snapshot_code(base / "code")
        digest = make_digest(base / "digest.txt", args.items, args.seed)
        seconds, writing = timed_ingest([digest], base / "ref")
        reference = articles(base / "ref")
        print(f"{args.items} items, {len(reference)} articles; a clean ingest takes {seconds:.2f}s, "
              f"of which writing articles {writing:.2f}s")
        result = kill_ingest_trials([digest], base / "run", reference, args.trials, args.seed, seconds, writing)
        print(f"trials: {result.total}, passed: {result.passed}, failed: {len(result.failed)}; "
              f"kills that left part of the articles: {result.killed_with_partial_output}")
        for f in result.failed:
            print("  " + f)
        return 1 if result.failed else 0
    finally:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
