"""What ingest of the 1 MB synthetic digest would take on two free cores, from the CPU seconds of
its stages, for one or more checkouts (runs alternated between them: the machine's speed drifts).

    flock /tmp/bench.lock .venv/bin/python bench/ingest_cores.py . /tmp/BASE --runs 3

The machine's two cores are shared, so wall time says little; CPU seconds say what each stage
costs. Each run is a new process per tree that runs `ingest_files` (that tree's code) into an
empty folder under the temp folder, marking this process's and its finished workers' CPU where the
work changes hands: the classification's workers forked, their lines taken back, the composing
workers started, the last draft written. The wall on two free cores is then the start (a new
Python importing what `build.py ingest` imports, bytecode cached) and config.yaml, each serial
stretch at this process's CPU, and each stretch with workers at (this process's CPU + theirs) / 2,
at least the longer of this process's part and half the workers'. The writing process's CPU
includes the kernel's cost of creating the article files, which on the shared machine moves from
0.1 s to 0.8 s from one minute to the next (other engineers' file work): it is printed apart.
Trees before 744b803 (classification by map_ordered after the layout checks) are read too.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CUTS = ["start", "fork", "joined", "compose", "last draft", "end"]   # (even stretches serial, odd ones with workers)


def one(tree: Path) -> dict:
    """One ingest of the digest with `tree`'s code, in this process: seconds per stretch."""
    sys.path[:0] = [str(tree), str(tree / "tests"), str(tree / "bench")]
    import ingest as bench   # that tree's bench/ingest.py: fresh() forgets the caches
    from chronicle.config import load_config
    from chronicle.ingest import drafting, run
    from chronicle.ingest.readers import pagelines
    from ingest_synth import big_digest
    assert run.__file__.startswith(str(tree)), run.__file__
    marks: dict[str, tuple[float, float, float]] = {}

    def mark(what: str) -> None:
        own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        marks[what] = (own.ru_utime, own.ru_stime, kids.ru_utime + kids.ru_stime)

    def around(owner, name: str, before: str | None, after: str) -> None:
        fn = getattr(owner, name)

        def wrapper(*a, **k):
            if before:
                mark(before)
            try:
                return fn(*a, **k)
            finally:
                mark(after)
        setattr(owner, name, wrapper)

    if hasattr(pagelines, "_Classifying"):
        around(pagelines, "start_ordered", None, "fork")
        around(pagelines._Classifying, "lines", None, "joined")
    else:
        around(pagelines, "map_ordered", "fork", "joined")

    def drafts(*a, **k):
        mark("compose")
        yield from drafting.make_drafts(*a, **k)
        mark("last draft")
    run.make_drafts = drafts
    t = time.process_time()
    config = load_config(tree / "config.yaml")
    conf = time.process_time() - t
    tmp = tempfile.mkdtemp(prefix="bench-cores-")   # removed by main() after the last run (bench/ingest.py's end_to_end says why)
    digest = Path(tmp) / "big-digest.txt"
    digest.write_text(big_digest(1_000_000), encoding="utf-8")
    bench.fresh()
    getattr(run, "_LAST_TAGGER", []).clear()
    mark("start")
    run.ingest_files([digest], Path(tmp) / "articles", config, dt.date(2025, 3, 2))
    mark("end")
    out = {"config": conf, "folder": tmp}
    for k, (a, b) in enumerate(zip(CUTS, CUTS[1:])):
        (u0, s0, c0), (u1, s1, c1) = marks[a], marks[b]
        out[f"{a}->{b}"] = {"own": u1 - u0 + s1 - s0, "kernel": s1 - s0, "workers": c1 - c0}
    return out


def start_cpu(tree: Path) -> float:
    """CPU seconds of a new Python importing what `build.py ingest` imports, bytecode cached."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    cache = "bench-ingest-pyc-" + hashlib.sha256(str(tree).encode()).hexdigest()[:12]   # bench/ingest.py's folder
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / cache)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-c", "import chronicle.cli, chronicle.ingest.run"], check=True, cwd=tree, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def free_wall(run_: dict, start: float) -> tuple[float, list[str]]:
    total, parts = start + run_["config"], [f"start {start:.3f}", f"config {run_['config']:.3f}"]
    for k, (a, b) in enumerate(zip(CUTS, CUTS[1:])):
        s = run_[f"{a}->{b}"]
        own, kids = s["own"], s["workers"]
        wall = max((own + kids) / 2, own, kids / 2) if k % 2 else own
        total += wall
        parts.append(f"{a}->{b} {wall:.3f}" + (f" (own {own:.3f}, kernel {s['kernel']:.3f}, workers {kids:.3f})"
                                               if k % 2 else ""))
    return total, parts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("trees", nargs="*", type=Path, default=[Path(__file__).resolve().parent.parent])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--one", type=Path, help=argparse.SUPPRESS)   # (a run in a process of its own)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(one(args.one.resolve())))
        return
    totals: dict[Path, list[float]] = {t.resolve(): [] for t in args.trees}
    for tree in totals:
        start_cpu(tree)   # not counted: fills the bytecode cache
    made: list[str] = []
    try:
        for _ in range(args.runs):
            for tree in totals:
                res = json.loads(subprocess.run([sys.executable, __file__, "--one", str(tree)], check=True,
                                                capture_output=True, text=True).stdout)
                made.append(res.pop("folder"))
                total, parts = free_wall(res, statistics.median(start_cpu(tree) for _ in range(3)))
                totals[tree].append(total)
                print(f"{tree}: " + "; ".join(parts) + f"; total {total:.2f} s", flush=True)
    finally:
        for folder in made:
            shutil.rmtree(folder)
    print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    for tree, ts in totals.items():
        print(f"{tree}: on two free cores, median {statistics.median(ts):.2f} s (runs {', '.join(f'{t:.2f}' for t in ts)})")


if __name__ == "__main__":
    main()
