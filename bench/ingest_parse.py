"""CPU seconds of `run.parse` on the 1 MB synthetic digest, in one process, for the tree given
(this worktree or an archive of another commit), to compare the readers' cost between trees.

    git archive BASE | tar -x -C /tmp/base
    flock /tmp/bench.lock taskset -c 0 .venv/bin/python bench/ingest_parse.py /tmp/base
    flock /tmp/bench.lock taskset -c 0 .venv/bin/python bench/ingest_parse.py .

`taskset -c 0` gives the process one core, so the lines are classified in it (build/parallel.py
starts no workers) and its own CPU time is the whole parse. The digest is
tests/ingest_synth.big_digest(1_000_000) of *this* tree, so both trees read the same text; each run
starts from nothing (the last page's classified lines and outlets cleared)."""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("tree", type=Path)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    sys.path.insert(0, str(HERE / "tests"))
    from ingest_synth import big_digest   # (the generator of this tree)
    text = big_digest(1_000_000)
    tree = args.tree.resolve()
    sys.path.insert(0, str(tree))
    os.chdir(tree)
    from chronicle.config import load_config
    from chronicle.ingest import outlets
    from chronicle.ingest.readers import pagelines
    from chronicle.ingest.run import make_context, parse
    ctx = make_context(load_config(tree / "config.yaml"), None)
    times = []
    for _ in range(args.runs):
        pagelines._LAST[:] = [None, None]
        outlets._LAST_PAGE[:] = [None, None]
        start = time.process_time()
        parse(text, ctx)
        times.append(time.process_time() - start)
    print(f"{tree}: parse min {min(times):.3f} s, median {statistics.median(times):.3f} s CPU "
          f"(runs: {', '.join(f'{t:.3f}' for t in times)}); load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
