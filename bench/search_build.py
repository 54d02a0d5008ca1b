"""Builds with search on (issue 12): cold, nothing changed, one body edited, one title edited,
then a new tag on that article and its date three days later;
wall time, CPU seconds (the figure a shared machine distorts least), the search stage
(--timings) and the peak PSS of the build and all its children,
Pagefind's services included (bench/run.py's sampler), medians of --runs runs.

    flock /tmp/bench.lock .venv/bin/python bench/search_build.py --articles 10000 --runs 3

At 100,000 articles (one cold build takes many minutes): the edits alone, after a cold build
made with the same code into SITE from CORPUS (bench/corpus.py -n 100000 --out CORPUS):

    .venv/bin/python bench/search_build.py --corpus CORPUS --site SITE --cases "body edit" --runs 3
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import statistics
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
import run  # noqa: E402

CASES = ("cold", "nothing changed", "body edit", "title edit", "tags edit", "date edit")


def _command(corpus: Path, out: Path, *extra: str) -> list[str]:
    return [str(run.PY), str(run.ROOT / "build.py"), "build", "--timings", "--content", str(corpus / "content"),
            "--config", str(corpus / "config.yaml"), "--out", str(out), *extra]


def _search_seconds(stdout: str) -> float:
    found = re.search(r"search ([\d.]+)s", stdout)
    return float(found.group(1)) if found else 0.0


def log_sample(case: str, s: "run.Sample") -> None:
    """The build's own summary lines, as it goes (a 100,000-article build takes minutes)."""
    tail = [line for line in s.stdout.splitlines() if line.startswith(("Built", "stages"))]
    run.log(f"{case}: {s.seconds:.1f} s, CPU {s.cpu:.1f} s, peak PSS {s.tree_pss / 2**20:.0f} MB; " + " | ".join(tail))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--cold-only", action="store_true",
                    help="only the cold build (at 100,000 articles one build takes minutes)")
    ap.add_argument("--corpus", type=Path, help="a corpus made by bench/corpus.py (default: bench/corpus/N)")
    ap.add_argument("--site", type=Path, help="the site a cold build of --corpus made: no cold build, the edits only")
    ap.add_argument("--cases", help="comma-separated cases to time, in their order (default: all)")
    args = ap.parse_args()
    cases = CASES[:1] if args.cold_only else CASES
    if args.cases:
        cases = tuple(c for c in CASES if c in args.cases.split(","))
    corpus = args.corpus or run.ensure_corpus(args.articles, args.seed)
    work = BENCH / "out" / "search-build"
    out = args.site or work / "site"
    articles = sorted((corpus / "content" / "articles").rglob("*.md"))
    body, titled = articles[len(articles) // 3], articles[2 * len(articles) // 3]
    originals = {p: p.read_bytes() for p in (body, titled)}
    samples: dict[str, list] = {c: [] for c in CASES}
    run.empty_trash()   # a stopped bench's (the first timed build then waits: run.settle_deletions)
    try:
        for i in range(args.runs):
            if not args.site:
                run.discard(work)   # deleted at the end: its files would slow the next build's (run.discard)
                work.mkdir(parents=True)
                samples["cold"].append(run.measure(_command(corpus, out)))
                log_sample("cold", samples["cold"][-1])
            if cases == ("body edit",):
                body.write_bytes(originals[body] + f"\nOne more sentence, run {i}.\n".encode())
                samples["body edit"].append(run.measure(_command(corpus, out)))
                log_sample("body edit", samples["body edit"][-1])
                continue
            if args.cold_only:
                continue
            samples["nothing changed"].append(run.measure(_command(corpus, out)))
            body.write_bytes(originals[body] + f"\nOne more sentence, run {i}.\n".encode())
            samples["body edit"].append(run.measure(_command(corpus, out)))
            text = originals[titled].decode()
            titled.write_text(re.sub(r'^title: "', f'title: "Run {i}: ', text, count=1, flags=re.M), encoding="utf-8")
            samples["title edit"].append(run.measure(_command(corpus, out)))
            # a new topic on the same article, then its date three days later (a few articles renumbered)
            text = titled.read_text(encoding="utf-8")
            text = re.sub(r"^tags: \[", f"tags: [bench-topic-{i}, ", text, count=1, flags=re.M)
            titled.write_text(text, encoding="utf-8")
            samples["tags edit"].append(run.measure(_command(corpus, out)))
            text = titled.read_text(encoding="utf-8")
            day = dt.date.fromisoformat(re.search(r"^date: (\S+)", text, re.M).group(1)) + dt.timedelta(days=3)
            text = re.sub(r"^date: \S+", f"date: {day.isoformat()}", text, count=1, flags=re.M)
            titled.write_text(text, encoding="utf-8")
            samples["date edit"].append(run.measure(_command(corpus, out)))
            for path, data in originals.items():
                path.write_bytes(data)
    finally:
        for path, data in originals.items():
            path.write_bytes(data)
        run.empty_trash()
    print(f"{len(articles):,} articles, {args.runs} runs, load average before/after: see the caller; "
          f"{os.cpu_count()} cores")
    print("| case | wall (median) | CPU, build + children | search stage | peak PSS, build + children |")
    print("|---|---|---|---|---|")
    for case in cases:
        s = samples[case]
        print(f"| {case} | {statistics.median(x.seconds for x in s):.2f} s | {statistics.median(x.cpu for x in s):.2f} s | "
              f"{statistics.median(_search_seconds(x.stdout) for x in s):.2f} s | "
              f"{statistics.median(x.tree_pss for x in s) / 2**20:.0f} MB |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
