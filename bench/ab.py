"""Two versions of Chronicle on one corpus, interleaved: a warm build (nothing changed) and one
article edited (a sentence appended, then restored), each version in turn, so a busy machine
hurts both alike.

    git archive 70d6986 | tar -x -C /tmp/before && ln -s "$PWD/.venv" /tmp/before/.venv
    .venv/bin/python bench/corpus.py -n 10000 --out bench/corpus/10000
    .venv/bin/python bench/ab.py /tmp/before bench/corpus/10000 --rounds 5

Each version builds into its own bench/out/ab/ folder (a cold build first, untimed) with its
own copy of its layouts. Prints the median, min and max of each case and the last stage times.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent


def command(root: Path, corpus: Path) -> list[str]:
    work = root / "bench" / "out" / "ab"
    return [str(HERE / ".venv" / "bin" / "python"), "build.py", "build", "--content", str(corpus / "content"),
            "--out", str(work / "site"), "--config", str(corpus / "config.yaml"),
            "--layouts", str(work / "layouts"), "--no-search", "--timings"]


def run(root: Path, corpus: Path) -> tuple[float, str]:
    start = time.perf_counter()
    r = subprocess.run(command(root, corpus), cwd=root, capture_output=True, text=True)
    if r.returncode:
        raise SystemExit(r.stderr)
    return time.perf_counter() - start, (r.stdout + r.stderr).strip().splitlines()[-1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("before", type=Path, help="a checkout of the other version (with .venv)")
    ap.add_argument("corpus", type=Path, help="a folder made by bench/corpus.py")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    sides = {"before": args.before.resolve(), "after": HERE}
    corpus = args.corpus.resolve()
    for root in sides.values():
        work = root / "bench" / "out" / "ab"
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        shutil.copytree(root / "layouts", work / "layouts")
        run(root, corpus)
    articles = sorted((corpus / "content").rglob("*.md"))
    times: dict[tuple[str, str], list[float]] = {(s, c): [] for s in sides for c in ("warm", "article")}
    stages: dict[str, str] = {}
    for i in range(args.rounds):
        for side, root in sides.items():
            times[(side, "warm")].append(run(root, corpus)[0])
        target = articles[(i * 997) % len(articles)]
        original = target.read_bytes()
        target.write_bytes(original.rstrip(b"\n") + f" Edited in round {i}.\n".encode())
        try:
            for side, root in sides.items():
                seconds, stages[side] = run(root, corpus)
                times[(side, "article")].append(seconds)
        finally:
            target.write_bytes(original)
        for root in sides.values():
            run(root, corpus)   # takes the restored file in, untimed
    for (side, case), values in times.items():
        print(f"{case:8} {side:7} median {statistics.median(values):.3f} s  "
              f"min {min(values):.3f}  max {max(values):.3f}  (n={len(values)})")
    for side, line in stages.items():
        print(f"{side}: last one-article build: {line}")


if __name__ == "__main__":
    main()
