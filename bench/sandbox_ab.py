"""What the layouts' sandbox costs: the render stage of one cold build (--no-search --no-cache
--jobs 1, so every page is rendered in this process) in Jinja's plain Environment and in the
sandbox Chronicle uses (render/environment.py), alternately, medians of --rounds. Both sites
must come out byte-identical (checked).

    .venv/bin/python bench/corpus.py --articles 2000 --out /tmp/c2000
    flock /tmp/bench.lock .venv/bin/python bench/sandbox_ab.py /tmp/c2000 --rounds 7

Each round is two new processes; "plain" swaps jinja2.sandbox.SandboxedEnvironment for
jinja2.Environment before Chronicle is imported (the sandbox's own checks are then never made).
"""
from __future__ import annotations

import argparse
import filecmp
import re
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
ONE_RUN = r"""
import contextlib, io, sys, time
import jinja2, jinja2.sandbox
if sys.argv[1] == "plain":
    jinja2.sandbox.SandboxedEnvironment = jinja2.Environment
from chronicle.cli import main
out, cpu = io.StringIO(), time.process_time()
with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
    code = main(["build", "--no-search", "--no-cache", "--timings", "--jobs", "1", "--content", sys.argv[2] + "/content",
                 "--config", sys.argv[2] + "/config.yaml", "--out", sys.argv[3]])
print(code, time.process_time() - cpu, out.getvalue())
"""


def one(kind: str, corpus: Path, out: Path) -> tuple[float, float]:
    """(render stage seconds, CPU seconds of the build) of one run."""
    r = subprocess.run([sys.executable, "-c", ONE_RUN, kind, str(corpus), str(out)], cwd=HERE,
                       capture_output=True, text=True, check=True)
    code, cpu, report = r.stdout.split(" ", 2)
    render = re.search(r"render\s+([\d.]+)", report)
    if code != "0" or not render:
        raise SystemExit(f"{kind}: the build failed:\n{report[-2000:]}")
    return float(render.group(1)), float(cpu)


def same_tree(a: Path, b: Path) -> bool:
    cmp = filecmp.dircmp(a, b)
    stack = [cmp]
    while stack:
        c = stack.pop()
        if c.left_only or c.right_only or filecmp.cmpfiles(c.left, c.right, c.common_files, shallow=False)[1:] != ([], []):
            return False
        stack.extend(c.subdirs.values())
    return True


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--rounds", type=int, default=7)
    args = ap.parse_args()
    runs: dict[str, list[tuple[float, float]]] = {"plain": [], "sandbox": []}
    outs = {kind: args.corpus.parent / f"{args.corpus.name}-{kind}" for kind in runs}
    for _ in range(args.rounds):
        for kind in runs:
            runs[kind].append(one(kind, args.corpus, outs[kind]))
    if not same_tree(outs["plain"], outs["sandbox"]):
        raise SystemExit("the two sites differ")
    for kind, found in runs.items():
        render, cpu = (statistics.median(x) for x in zip(*found))
        print(f"{kind:8} render {render:.2f} s (of {', '.join(f'{r:.2f}' for r, _ in found)}), "
              f"build CPU {cpu:.2f} s")


if __name__ == "__main__":
    main()
