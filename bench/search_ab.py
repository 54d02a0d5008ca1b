"""Two versions of Chronicle, search on, interleaved on one corpus: nothing changed, one
article's body edited (a sentence appended, then the next one) and, with --metadata, its title
edited, then a new tag on it (a new topic), then its date moved 40 days on (another month), each
version in turn, so a busy machine hurts both alike. Wall time of the process (what a user
waits for) and its CPU time (with Pagefind's, its children), medians of --rounds.

    git archive b31b209 | tar -x -C /tmp/base && ln -s "$PWD/.venv" /tmp/base/.venv
    cp -r bench/corpus/10000 /tmp/corpus      # the edits are made in this copy
    flock /tmp/bench.lock .venv/bin/python bench/search_ab.py /tmp/base /tmp/corpus --rounds 5

Each version builds into its own folder beside the corpus (a cold build first, untimed, when it
has none: about a minute at 10,000 articles).
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import resource
import statistics
import subprocess
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent


def command(root: Path, corpus: Path, out: Path) -> list[str]:
    return [str(HERE / ".venv" / "bin" / "python"), "build.py", "build", "--content", str(corpus / "content"),
            "--config", str(corpus / "config.yaml"), "--out", str(out), "--timings"]


def run(root: Path, corpus: Path, out: Path) -> tuple[float, float, str]:
    """(wall seconds, CPU seconds of the build and its children, its stages line)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    r = subprocess.run(command(root, corpus, out), cwd=root, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if r.returncode:
        raise SystemExit(r.stderr)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, (r.stdout + r.stderr).strip().splitlines()[-1]


def _moved(text: str, days: int) -> str:
    """The article's date `days` later (into another month)."""
    day = dt.date.fromisoformat(re.search(r"^date: (\S+)", text, re.M).group(1))
    return re.sub(r"^date: \S+", f"date: {day + dt.timedelta(days=days)}", text, count=1, flags=re.M)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("before", type=Path, help="a checkout of the other version (with .venv)")
    ap.add_argument("corpus", type=Path, help="a copy of a folder made by bench/corpus.py (it is edited)")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--metadata", action="store_true", help="also a title edit and a new tag (full builds)")
    args = ap.parse_args()
    versions = {"this": HERE, "before": args.before.resolve()}
    outs = {name: args.corpus.resolve().parent / f"ab-site-{name}" for name in versions}
    articles = sorted((args.corpus / "content" / "articles").rglob("*.md"))
    # the body edits and the metadata edits on different articles, as bench/search_build.py does (a
    # title edit just after a quick body edit of the same article makes the offline index whole)
    article, titled_article = articles[len(articles) // 3], articles[2 * len(articles) // 3]
    original, titled_original = article.read_bytes(), titled_article.read_bytes()
    for name, root in versions.items():
        run(root, args.corpus, outs[name])   # cold, or catching up with the corpus
    results: dict[tuple[str, str], list[tuple[float, float]]] = {}
    last: dict[tuple[str, str], str] = {}
    text, meta = original.decode("utf-8"), titled_original.decode("utf-8")
    titled = re.sub(r'^title: "', 'title: "Edited: ', meta, count=1, flags=re.M)
    # each version's turn ends with the corpus as it began (untimed), so the other version's first
    # build sees only its own edit
    edits = [("body edit", article, lambda i, name: text + f"\nOne more sentence, round {i}, {name}.\n"),
             ("nothing changed", article, None), ("", article, lambda i, name: text)]
    if args.metadata:   # then back to the original, untimed
        tagged = lambda i, name: re.sub(r"^tags: \[", f"tags: [bench-{name}-{i}, ", titled, count=1, flags=re.M)
        edits[:0] = [("title edit", titled_article, lambda i, name: titled),
                     ("tags edit", titled_article, tagged),
                     ("date edit", titled_article, lambda i, name: _moved(tagged(i, name), 40 + i)),
                     ("", titled_article, lambda i, name: meta)]
    try:
        for i in range(args.rounds):
            for name, root in versions.items():
                for case, path, edit in edits:
                    if edit is not None:
                        path.write_text(edit(i, name), encoding="utf-8")
                    wall, cpu, stages = run(root, args.corpus, outs[name])
                    if case:
                        results.setdefault((case, name), []).append((wall, cpu))
                        last[(case, name)] = stages
    finally:
        article.write_bytes(original)
        titled_article.write_bytes(titled_original)
    print(f"load average {os.getloadavg()}")
    for (case, name), samples in sorted(results.items()):
        walls = sorted(w for w, _ in samples)
        print(f"{case:16} {name:7} wall {statistics.median(walls):.3f} s ({walls[0]:.3f}-{walls[-1]:.3f}), "
              f"CPU {statistics.median(c for _, c in samples):.3f} s | {last[(case, name)]}")


if __name__ == "__main__":
    main()
