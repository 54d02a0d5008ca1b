"""What a query costs a reader of the offline search (issue 12's from-disk targets), in Chromium
opening the search page from file://: bytes loaded, time from the last keystroke to the first
results on screen, and the tab's JS heap.

    .venv/bin/python bench/search_query.py --articles 10000 [--work /tmp/chronicle-search-bench]

The site is built with --no-search (Pagefind over 100,000 pages needs ~14 GB) and the offline
index is then made by the build's own function (chronicle.outputs.offline.offline_index) from
the same articles, timed; the search page's "search was not built" flag is turned on in this
copy. "First results" is the first result on screen (with more than twenty, the page shows five, then
the next fifteen); bytes count everything the query loaded for its twenty results. Each query is typed into a
freshly opened search page (nothing cached: the worst case),
then all of them into one page in turn (a reader's session: the heap grows with what it loaded).
Targets at 100,000 articles: <= 2 MB per query, first results <= 300 ms, heap <= 150 MB.
"""
from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

QUERIES = ["sanctions", "security", "drone", "Kyiv", "Chisinau", "air defence", "grain exports",
           "nuclear plant", "prime minister", "refugees", "investigators", "ceasefire talks",
           "Zaporizhzhia", "sanc", "gov", "se", "pipelines", "humanitarian aid", "cyber hackers", "Reuters"]

# Types the query, then waits for the results; times from the last keystroke.
TYPE = """async (q) => {
  const input = document.getElementById('q'), status = document.getElementById('search-status');
  const before = (window.ChronicleSearch && window.ChronicleSearch.loaded || []).length;
  const list = document.getElementById('search-results');
  const done = new Promise(resolve => {   // the first result of this query on screen, or "No results."
    const seen = () => (list.getAttribute('data-query') === q && list.children.length > 0) || /No results|unavailable/.test(status.textContent);
    new MutationObserver((_, obs) => { if (seen()) { obs.disconnect(); resolve(performance.now()); } })
      .observe(document.querySelector('main'), {childList: true, characterData: true, subtree: true});
  });
  input.focus();
  input.value = q;
  const typed = performance.now();
  input.dispatchEvent(new Event('input', {bubbles: true}));
  const shown = await done;
  for (let i = 0; i < 500 && !/result|No results|unavailable/.test(status.textContent); i++) await new Promise(r => setTimeout(r, 10));
  return {ms: shown - typed, files: window.ChronicleSearch.loaded.slice(before), status: status.textContent};
}"""


def prepare(n: int, work: Path) -> tuple[Path, float, int]:
    """Corpus, site without Pagefind, offline index by the build's function -> (site, seconds, peak KB)."""
    from chronicle.build.load import load_articles
    from chronicle.build.siteconfig import read_config
    from chronicle.build.pipeline import BuildOptions
    from chronicle.index.collect import build_index
    from chronicle.outputs.offline import OFFLINE_DIR, offline_index

    corpus = work / f"corpus-{n}"
    if not (corpus / "content").exists():
        subprocess.run([sys.executable, str(ROOT / "bench" / "corpus.py"), "--articles", str(n), "--out", str(corpus)], check=True)
    site = corpus / "site"
    subprocess.run([sys.executable, str(ROOT / "build.py"), "build", "--content", str(corpus / "content"),
                    "--config", str(corpus / "config.yaml"), "--out", str(site), "--no-search"], check=True)
    options = BuildOptions(content_dir=corpus / "content", out_dir=site, config_path=corpus / "config.yaml", search=True)
    started = time.perf_counter()
    config = read_config(options)
    loaded = load_articles(options, config)
    index = build_index(list(loaded.articles), config)
    load_s = time.perf_counter() - started
    started = time.perf_counter()
    files = offline_index(index, config.language, loaded.bodies.article)   # the index holds summaries
    index_s = time.perf_counter() - started
    folder = site / OFFLINE_DIR
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    for f in files:
        (site / f.path).write_bytes(f.data)
    page = site / "search.html"
    page.write_text(page.read_text(encoding="utf-8").replace('data-search="off"', 'data-search="on"')
                    .replace("Search was not built for this site.", ""), encoding="utf-8")
    size = sum(len(f.data) for f in files)
    print(f"{n} articles: articles loaded in {load_s:.1f} s; offline index made in {index_s:.1f} s: "
          f"{len(files)} files, {size / 1e6:.1f} MB; peak RSS of this process "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return site, index_s, size


def measure(site: Path) -> None:
    from playwright.sync_api import sync_playwright

    from conftest import CHROMIUM, CHROMIUM_ARGS

    folder = site / "offline" / "search"
    size_of = {p.name: p.stat().st_size for p in folder.iterdir()}
    url = (site / "search.html").as_uri()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        rows = []
        for q in QUERIES:   # each in a fresh page: nothing loaded before but the page's own start
            page = browser.new_page()
            page.goto(url)
            page.locator("#search-status").filter(has_text="Recent articles").wait_for()
            start_files = page.evaluate("window.ChronicleSearch.loaded.slice()")
            r = page.evaluate(TYPE, q)
            rows.append((q, r["ms"], sum(size_of[f] for f in r["files"]), sum(size_of[f] for f in start_files), r["status"]))
            page.close()
        page = browser.new_page()
        cdp = page.context.new_cdp_session(page)
        page.goto(url)
        page.locator("#search-status").filter(has_text="Recent articles").wait_for()
        heaps, session_ms = [], []
        for q in QUERIES:
            session_ms.append(page.evaluate(TYPE, q)["ms"])
            cdp.send("HeapProfiler.collectGarbage")
            heaps.append(cdp.send("Runtime.getHeapUsage")["usedSize"])
        browser.close()
    print(f"{'query':<18} {'first results':>13} {'query bytes':>12} {'page start':>11}  status")
    for q, ms, qb, sb, status in rows:
        print(f"{q:<18} {ms:>10.0f} ms {qb / 1e3:>9.0f} KB {sb / 1e3:>8.0f} KB  {status}")
    times = [r[1] for r in rows]
    print(f"fresh page per query: first results median {statistics.median(times):.0f} ms, max {max(times):.0f} ms "
          f"(120 ms of it is the typing debounce); bytes per query max {max(r[2] for r in rows) / 1e6:.2f} MB "
          f"(+ {max(r[3] for r in rows) / 1e3:.0f} KB when the page opens)")
    print(f"one page, all {len(QUERIES)} queries in turn: first results median {statistics.median(session_ms):.0f} ms, "
          f"max {max(session_ms):.0f} ms; JS heap after GC max {max(heaps) / 1e6:.1f} MB (last {heaps[-1] / 1e6:.1f} MB)")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--work", type=Path, default=Path("/tmp/chronicle-search-bench"))
    args = ap.parse_args()
    site, _seconds, _size = prepare(args.articles, args.work)
    measure(site)
    return 0


if __name__ == "__main__":
    sys.exit(main())
