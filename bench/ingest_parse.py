"""CPU seconds of `run.parse` on the 1 MB synthetic digest, in one process, for the tree given
(this worktree or an archive of another commit), to compare the readers' cost between trees;
with --compose also composing and rendering every story (compose.compose, Draft.render and
Draft.file_stem: the workers' part of ingest), one process.

    git archive BASE | tar -x -C /tmp/base
    flock /tmp/bench.lock taskset -c 0 .venv/bin/python bench/ingest_parse.py /tmp/base
    flock /tmp/bench.lock taskset -c 0 .venv/bin/python bench/ingest_parse.py .
    flock /tmp/bench.lock taskset -c 0 .venv/bin/python bench/ingest_parse.py . --compose

`taskset -c 0` gives the process one core, so the lines are classified in it (build/parallel.py
starts no workers) and its own CPU time is the whole parse. The digest is
tests/ingest_synth.big_digest(1_000_000) of *this* tree, so both trees read the same text; each run
starts from nothing (the last page's classified lines and outlets, the dates found per text and
the slugs made are cleared; the tagger's tables are made once, before the runs)."""
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
    ap.add_argument("--compose", action="store_true", help="also compose and render every story, one process")
    args = ap.parse_args()
    sys.path.insert(0, str(HERE / "tests"))
    from ingest_synth import big_digest   # (the generator of this tree)
    text = big_digest(1_000_000)
    tree = args.tree.resolve()
    sys.path.insert(0, str(tree))
    os.chdir(tree)
    from chronicle.config import load_config
    from chronicle.ingest import compose, outlets, when
    from chronicle.ingest.readers import pagelines, records
    from chronicle.ingest.run import make_context, parse, tagger_for
    from chronicle.source import slugs
    config = load_config(tree / "config.yaml")
    ctx, tagger = make_context(config, None), tagger_for(config)
    times, composing = [], []
    for _ in range(args.runs):
        pagelines._LAST[:] = [None, None]
        getattr(records, "_NO_ROWS", [None])[:] = [None]   # (a tree before it has none)
        outlets._LAST_PAGE[:] = [None, None]
        getattr(when, "_SEEN", {}).clear()   # (a tree before the dates were kept per text has none)
        slugs.file_slug.cache_clear()
        slugs.tag_slug.cache_clear()
        start = time.process_time()
        parsed = parse(text, ctx)
        times.append(time.process_time() - start)
        if args.compose:
            start = time.process_time()
            for story in parsed.stories:
                draft = compose.compose(story, parsed, "big.txt", ctx, tagger)
                if draft is not None:
                    draft.render(), draft.file_stem()
            composing.append(time.process_time() - start)
    for what, measured in (("parse", times), ("compose", composing)):
        if measured:
            print(f"{tree}: {what} min {min(measured):.3f} s, median {statistics.median(measured):.3f} s CPU "
                  f"(runs: {', '.join(f'{t:.3f}' for t in measured)}); load average {os.getloadavg()[0]:.1f}")

if __name__ == "__main__":
    main()
