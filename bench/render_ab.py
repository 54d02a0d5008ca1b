"""Two versions of Chronicle on one corpus, the render stage of a cold build each, alternately:
`--no-search --no-cache --jobs 1`, so every page is rendered in one process. Medians of --rounds,
and the two sites must come out byte-identical (checked).

    git archive 3776613 | tar -x -C /tmp/before        # the version to compare with
    .venv/bin/python bench/corpus.py --articles 2000 --out /tmp/c2000
    flock /tmp/bench.lock .venv/bin/python bench/render_ab.py /tmp/before /tmp/c2000 --rounds 7

Both run with this tree's .venv; each builds into its own folder under /tmp.
"""
from __future__ import annotations

import argparse
import filecmp
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent


def one(root: Path, corpus: Path, out: Path) -> float:
    shutil.rmtree(out, ignore_errors=True)
    r = subprocess.run([sys.executable, "build.py", "build", "--no-search", "--no-cache", "--jobs", "1", "--timings",
                        "--content", str(corpus / "content"), "--config", str(corpus / "config.yaml"), "--out", str(out)],
                       cwd=root, capture_output=True, text=True, check=True)
    return float(re.search(r"render ([0-9.]+)s", r.stdout + r.stderr)[1])


def same(a: Path, b: Path) -> bool:
    cmp = filecmp.dircmp(a, b)
    return not (cmp.left_only or cmp.right_only or cmp.diff_files or cmp.funny_files) and all(
        same(a / d, b / d) for d in cmp.common_dirs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("other", type=Path, help="the other version's source tree")
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--rounds", type=int, default=7)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="render-ab-"))
    times: dict[str, list[float]] = {"other": [], "this": []}
    for _ in range(args.rounds):
        for name, root in (("other", args.other), ("this", HERE)):
            times[name].append(one(root, args.corpus, work / name))
    print(f"load average {os.getloadavg()[0]:.1f}; sites byte-identical: {same(work / 'other', work / 'this')}")
    for name, t in times.items():
        print(f"{name}: render {statistics.median(t):.2f} s ({min(t):.2f}-{max(t):.2f})")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
