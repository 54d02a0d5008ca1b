"""What a reader's browser loads to search a site over HTTP (issue 12): requests and bytes to open
the search page (recent articles) and per query typed there, in Chromium, for the site's
Pagefind index partitioned with each --cap (articles per partition at most; the site's own
partitions without --cap). Counts, not timings: no lock needed.

    .venv/bin/python bench/search_cost.py SITE                      # as built
    .venv/bin/python bench/search_cost.py SITE --cap 256 --cap 1024 --cap 100000000
"""
from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import re
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from tools.agreement import QUERIES, serve  # noqa: E402

CHROMIUM = "/usr/bin/chromium"


def _reindex(site: Path, cap: int, into: Path) -> None:
    """A copy of `site` (hard links) whose pagefind/ is partitioned with `cap`."""
    from chronicle.model import OutputFile
    from chronicle.outputs.search.partitions import plan
    from chronicle.outputs.search.stage import index_partitions

    shutil.rmtree(into, ignore_errors=True)
    subprocess.run(["cp", "-al", str(site), str(into)], check=True)
    shutil.rmtree(into / "pagefind")
    pages = []
    for fragment_dir in (site / "pagefind").glob("**/fragment"):
        for f in fragment_dir.glob("*.pf_fragment"):
            data = json.loads(gzip.decompress(f.read_bytes())[len(b"pagefind_dcd"):])
            date = data["meta"].get("date")
            pages.append((data["url"].lstrip("/"), dt.date.fromisoformat(date) if date else None))

    class Sink:
        def add(self, f: OutputFile) -> None:
            path = into / f.path
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(f.data)

        def keep(self, path: str) -> None:
            raise AssertionError(path)

        def trusted(self, path: str) -> bool:
            return False

        def old(self, path: str) -> bytes | None:
            return None

        def unchanged(self, path: str) -> bool:
            return False

    index_partitions(plan(pages, cap), lambda p: (site / p).read_bytes(), None, Sink())


def _kinds(log: list[tuple[str, int]]) -> str:
    """Requests and KB by kind of file: Pagefind's entry, wasm, meta, filter, index and fragment
    files, the offline index's."""
    totals: dict[str, list[int]] = {}
    for url, size in log:
        name = url.rsplit("/", 1)[-1].split("?")[0]
        kind = ("offline " if "/offline/" in url else "") + (name.rsplit(".", 1)[-1] if "." in name else name)
        totals.setdefault(kind, [0, 0])
        totals[kind][0] += 1
        totals[kind][1] += size
    return ", ".join(f"{k} {n} / {b / 1024:.0f} KB" for k, (n, b) in sorted(totals.items(), key=lambda kv: -kv[1][1]))


def measure(site: Path, queries: list[str]) -> dict:
    from playwright.sync_api import expect, sync_playwright

    with serve(site) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        context = browser.new_context()
        page = context.new_page()
        log: list[tuple[str, int]] = []

        def seen(response) -> None:
            # what a query costs beyond the page and its static files (issue 13's budget):
            # Pagefind's files and the offline index's
            if "/pagefind/" in response.url or "/offline/" in response.url:
                try:
                    log.append((response.url, len(response.body())))
                except Exception:
                    log.append((response.url, 0))
        page.on("response", seen)
        page.goto(base + "search.html")
        status = page.locator("#search-status")
        expect(status).to_have_text("Recent articles", timeout=120000)
        page.wait_for_load_state("networkidle")
        opened = (len(log), sum(b for _, b in log))
        kinds = _kinds(log)
        per_query = []
        for q in queries:
            log.clear()
            page.fill("#q", q)
            expect(status).to_have_text(re.compile(r"^(\d[\d,]* results?|No results)"), timeout=120000)
            page.wait_for_load_state("networkidle")
            page.wait_for_timeout(300)
            per_query.append((len(log), sum(b for _, b in log)))
            print(f"  {q!r}: {per_query[-1][0]} requests, {per_query[-1][1] / 1024:.0f} KB ({_kinds(log)})", flush=True)
            page.fill("#q", "")
            expect(status).to_have_text("Recent articles", timeout=120000)
        browser.close()
    parts = len(json.loads((site / "pagefind" / "parts.json").read_bytes())["parts"])
    return {"partitions": parts, "open": opened, "open kinds": kinds,
            "query requests": statistics.median(r for r, _ in per_query),
            "query bytes": statistics.median(b for _, b in per_query),
            "query requests max": max(r for r, _ in per_query), "query bytes max": max(b for _, b in per_query)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("site", type=Path)
    ap.add_argument("--cap", type=int, action="append", default=[])
    ap.add_argument("--queries", type=int, default=12, help="the first N queries of tests/tools/agreement.py")
    args = ap.parse_args()
    queries = [q for q in QUERIES if isinstance(q, str)][: args.queries]
    print("| partitions (cap) | open search page: requests, KB | per query: requests, KB (median; max) |")
    print("|---|---|---|")
    for cap in args.cap or [None]:
        site = args.site
        if cap is not None:
            site = args.site.parent / f"{args.site.name}-cap{cap}"   # beside it: hard links
            _reindex(args.site.resolve(), cap, site)
        r = measure(site.resolve(), queries)
        print(f"| {r['partitions']} ({cap or 'as built'}) | {r['open'][0]}, {r['open'][1] / 1024:.0f} | "
              f"{r['query requests']:.0f}, {r['query bytes'] / 1024:.0f} ({r['query requests max']}, "
              f"{r['query bytes max'] / 1024:.0f}) |", flush=True)
        print(f"opening the page loaded: {r['open kinds']}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
