"""Where indexing one partition again goes (issue 12, the body edit at 100,000 articles): reading
the pages and cutting what Pagefind is sent, Pagefind from its start to GetFiles' reply (its own
CPU apart), and making its files deterministic; for the whole partition of the article
bench/search_build.py edits, then for that page alone (what the search overlay indexes).

    .venv/bin/python bench/search_reindex.py --site SITE --corpus CORPUS   # after a cold build of CORPUS into SITE
"""
from __future__ import annotations

import argparse
import os
import re
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chronicle.build.cache import BuildCache  # noqa: E402
from chronicle.build.reuse import read_quick_facts  # noqa: E402
from chronicle.outputs.search import canonical, service  # noqa: E402
from chronicle.outputs.search.partitions import indexed_html  # noqa: E402


def _cpu() -> tuple[float, float]:
    """CPU seconds of this process and of its children waited for (Pagefind's, once it ends)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def measure(site: Path, name: str, pages: list[str]) -> str:
    t0, c0 = time.perf_counter(), _cpu()
    sent = {p: indexed_html((site / p).read_bytes(), name) for p in pages}
    t1, c1 = time.perf_counter(), _cpu()
    raw = service._index(sorted(sent), sent.__getitem__)
    t2, c2 = time.perf_counter(), _cpu()
    canonical.canonicalise(raw)
    t3 = time.perf_counter()
    return (f"{len(pages)} pages: read and cut {t1 - t0:.2f} s; Pagefind {t2 - t1:.2f} s wall, its CPU "
            f"{c2[1] - c1[1]:.2f} s, ours {c2[0] - c1[0]:.2f} s; canonicalise {t3 - t2:.2f} s; "
            f"{len(raw)} files, {sum(len(f.data) for f in raw) / 1e6:.1f} MB")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--site", type=Path, required=True)
    ap.add_argument("--corpus", type=Path, required=True)
    args = ap.parse_args()
    facts = read_quick_facts(BuildCache.open(args.site, True))
    if facts is None:
        raise SystemExit(f"{args.site}: no quick facts (build it first, with search on)")
    articles = sorted((args.corpus / "content" / "articles").rglob("*.md"))
    edited = articles[len(articles) // 3]   # bench/search_build.py's body edit
    page = "articles/" + re.sub(r"^\d{4}-\d\d-\d\d-", "", edited.stem) + ".html"
    name = facts.partitions[page]
    members = sorted(p for p, n in facts.partitions.items() if n == name)
    print(f"partition {name} of {page}, load average {os.getloadavg()[0]:.1f}")
    print("whole partition:", measure(args.site, name, members))
    print("the page alone:", measure(args.site, name, [page]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
