"""How long the build's offline search index takes (chronicle.outputs.offline.offline_index),
alone: the articles are loaded once, then the index is made --runs times; prints the median
and a digest of the files.

    flock /tmp/bench.lock .venv/bin/python bench/offline_index_time.py --articles 10000 [--runs 5]

To compare with another commit, run the same file with that commit's code first on the path:
    git archive BASE | tar -x -C /tmp/base && PYTHONPATH=/tmp/base .venv/bin/python bench/offline_index_time.py
"""
from __future__ import annotations

import argparse
import hashlib
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--work", type=Path, default=HERE / "corpus")
    args = ap.parse_args()
    from chronicle.build.assemble import load_articles
    from chronicle.build.options import BuildOptions
    from chronicle.build.siteconfig import read_config
    from chronicle.index.collect import build_index
    from chronicle.outputs.offline import offline_index

    corpus = args.work / str(args.articles)
    if not (corpus / "content").exists():
        subprocess.run([sys.executable, str(HERE / "corpus.py"), "--articles", str(args.articles), "--out", str(corpus)],
                       check=True)
    options = BuildOptions(content_dir=corpus / "content", out_dir=corpus / "site", config_path=corpus / "config.yaml",
                           search=True)
    config = read_config(options)
    index = build_index(list(load_articles(options, config).articles), config)
    times = []
    for _ in range(args.runs):
        started = time.perf_counter()
        files = offline_index(index, config.language)
        times.append(time.perf_counter() - started)
    print(f"{args.articles} articles: offline index in {statistics.median(times):.2f} s (median of {args.runs}; "
          f"{min(times):.2f}-{max(times):.2f}), {len(files)} files, {sum(len(f.data) for f in files) / 1e6:.1f} MB, "
          f"sha256 {_digest(files)} [{sys.modules['chronicle'].__file__}]")
    return 0


def _digest(files) -> str:
    """Of every file's path and bytes: the same index from two commits has the same digest."""
    h = hashlib.sha256()
    for f in sorted(files, key=lambda f: f.path):
        h.update(f"{f.path}\0{len(f.data)}\0".encode())
        h.update(f.data)
    return h.hexdigest()[:12]


if __name__ == "__main__":
    sys.exit(main())
