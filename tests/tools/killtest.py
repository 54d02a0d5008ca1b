#!/usr/bin/env python3
"""SIGKILL the build at random moments, many times, on a large generated corpus (issue 7).

    .venv/bin/python tests/tools/killtest.py [--trials 50] [--articles 1000] [--seed 1]

Two versions of the corpus are built once to get their manifests (file -> sha256). Then each
trial starts a build of one version over the current site/ and kills it: half the kills at a
uniformly random moment of the build, half during the write stage. After each kill, site/ must
be exactly the previous complete build or the new one. A final complete build must leave no
leftovers. Prints the figures; exit status 1 if any trial failed.
"""
from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tools.faultlib import (calibrate, kill_trials, leftovers, make_corpus, manifest,  # noqa: E402
                            mutate_corpus, run_build, snapshot_code)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--trials", type=int, default=50)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    ap.add_argument("--verify-every", type=int, default=5, help="a complete build after every Nth kill (0: never)")
    args = ap.parse_args()
    base = Path(tempfile.mkdtemp(prefix="chronicle-killtest-"))
    try:
        snapshot_code(base / "code")
        a = make_corpus(base / "a", args.articles)
        b = base / "b"
        shutil.copytree(a, b)
        mutate_corpus(b / "content", random.Random(args.seed))
        manifests = []
        for v in (a, b):
            r = run_build(v, base / f"ref-{v.name}" / "site")
            if r.returncode:
                print(r.stderr, file=sys.stderr)
                return 2
            manifests.append(manifest(base / f"ref-{v.name}" / "site"))
        out = base / "run" / "site"
        out.parent.mkdir()
        timing = calibrate(b, out)
        print(f"{args.articles} articles, {len(manifests[0])}/{len(manifests[1])} files per build; "
              f"build {timing.total:.2f}s, write stage {timing.write:.2f}s")
        result = kill_trials([a, b], out, args.trials, args.seed, timing, manifests, verify_every=args.verify_every)
        final = run_build(a, out, False, "--no-cache")
        clean = final.returncode == 0 and not leftovers(out) and manifest(out) == manifests[0]
        print(f"trials: {result.total}, passed: {result.passed}, failed: {len(result.failed)}; "
              f"killed during the write stage: {result.killed_while_staging}, "
              f"finished before the kill: {result.finished_before_kill}, "
              f"kills that left leftovers: {result.left_something}, "
              f"complete builds after a kill checked: {result.verified} "
              f"(of which up-to-date no-ops that left the leftovers: {result.noop_left_leftovers}); "
              f"final build clean: {'yes' if clean else 'NO'}")
        for f in result.failed:
            print("  " + f)
        return 0 if clean and not result.failed else 1
    finally:
        if args.keep:
            print(f"kept {base}")
        else:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
