#!/usr/bin/env python3
"""Time the preview server's updates (chronicle/preview/live.py) on a benchmark corpus, in-process.

    .venv/bin/python bench/live.py [--articles 10000] [--edits 7]

Builds the corpus' site in memory as `build.py serve` does (drafts shown, no search), then:
nothing changed; N body edits (a sentence appended to a different article each time, restored
after); one title edit (a full in-memory rebuild). Prints each time and the median body edit.
The watcher's debounce (0.2 s of quiet after the last event) comes on top in `serve`.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from chronicle.preview.live import LiveSite  # noqa: E402
from chronicle.build.options import BuildOptions  # noqa: E402


def timed(live: LiveSite):
    start = time.perf_counter()
    update = live.update()
    return time.perf_counter() - start, update


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--edits", type=int, default=7)
    args = ap.parse_args()
    corpus = HERE / "corpus" / str(args.articles)
    if not (corpus / "content").is_dir():
        print(f"no corpus at {corpus}: run bench/corpus.py -n {args.articles} --out {corpus}", file=sys.stderr)
        return 2
    live = LiveSite(BuildOptions(content_dir=corpus / "content", out_dir=HERE / "out" / "live" / "site",
                                 config_path=corpus / "config.yaml", search=False, dev=True, drafts=True))
    seconds, update = timed(live)
    print(f"first build: {seconds:.2f} s ({len(update.changed)} files)")
    seconds, update = timed(live)
    print(f"nothing changed: {seconds:.3f} s ({update.mode})")
    articles = sorted((corpus / "content" / "articles").glob("*.md"))
    times = []
    for i in range(args.edits):
        path = articles[(i * 997) % len(articles)]
        original = path.read_bytes()
        try:
            path.write_bytes(original + f"\nA sentence added by the benchmark ({i}).\n".encode())
            seconds, update = timed(live)
        finally:
            path.write_bytes(original)
        times.append(seconds)
        print(f"body edit {i + 1}: {seconds:.3f} s ({update.mode}, {len(update.changed)} files changed)")
        live.update()
    print(f"body edit median: {statistics.median(times):.3f} s (min {min(times):.3f}, max {max(times):.3f})")
    path = articles[5]
    original = path.read_bytes()
    try:
        path.write_bytes(original.replace(b"title: ", b"title: Edited ", 1))
        seconds, update = timed(live)
    finally:
        path.write_bytes(original)
    print(f"title edit: {seconds:.2f} s ({update.mode}, {len(update.changed)} files changed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
