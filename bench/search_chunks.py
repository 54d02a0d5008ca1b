"""How the offline index's term chunks are cut (chronicle/outputs/offline.TermChunker) against
the greedy cut it replaced, on a built site: chunk count and sizes, the manifest's size, and how
many chunks an edit rewrites that changes a few words' postings or adds new words.

    .venv/bin/python bench/search_chunks.py SITE [--trials 40] [--words 5]
"""
from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from chronicle.outputs import offline  # noqa: E402


def _payload(path: Path):
    return json.loads(re.search(r"ChronicleSearch\.\w+\((.*)\);\s*$", path.read_text(encoding="utf-8"), re.S).group(1))


def _greedy(entries: list[tuple[str, str]]) -> list[set]:
    """The cut before: a chunk ends before the term that would take it past TERM_CHUNK_CHARS."""
    chunks, terms, size = [], [], 0
    for term, code in entries:
        if terms and size + len(code) > offline.TERM_CHUNK_CHARS:
            chunks.append(tuple(terms))
            terms, size = [], 0
        terms.append((term, code))
        size += len(code) + len(term) + 6
    return chunks + [tuple(terms)]


def _anchored(entries: list[tuple[str, str]]) -> list[bytes]:
    chunker = offline.TermChunker()
    for term, code in entries:
        chunker.add(term, code)
    chunker.flush()
    return [f.data for f in chunker.files]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("site", type=Path)
    ap.add_argument("--trials", type=int, default=40)
    ap.add_argument("--words", type=int, default=5)
    args = ap.parse_args()
    folder = args.site / "offline" / "search"
    manifest = _payload(folder / "index.js")
    entries = sorted(pair for _, name in manifest["terms"] for pair in zip(*_payload(folder / name)))
    greedy, anchored = _greedy(entries), _anchored(entries)
    size = lambda chunk: sum(len(t) + len(c) + 6 for t, c in chunk)   # noqa: E731
    print(f"{len(entries):,} terms; the site has {len(manifest['terms'])} term chunks")
    print(f"greedy: {len(greedy)} chunks, median {statistics.median(map(size, greedy)):,.0f} chars, max {max(map(size, greedy)):,}")
    print(f"anchored: {len(anchored)} chunks, median {statistics.median(map(len, anchored)):,.0f} bytes, max {max(map(len, anchored)):,}")
    rng = random.Random(1)
    rewritten = {"greedy": [], "anchored": []}
    for _ in range(args.trials):
        edited = list(entries)
        for _ in range(args.words):   # a word's postings change length, or a new word comes
            i = rng.randrange(len(edited))
            if rng.random() < 0.5:
                edited[i] = (edited[i][0], edited[i][1] + "x" * rng.randint(1, 3))
            else:
                edited.append((edited[i][0] + "zq", "7c"))
        edited.sort()
        rewritten["greedy"].append(len(set(_greedy(edited)) - set(greedy)))
        rewritten["anchored"].append(len(set(_anchored(edited)) - set(anchored)))
    for name, counts in rewritten.items():
        print(f"{name}: chunks rewritten by an edit of {args.words} words: median {statistics.median(counts)}, max {max(counts)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
