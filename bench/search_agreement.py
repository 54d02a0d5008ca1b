"""Search agreement: the same queries through Pagefind over HTTP and the offline engine from
file://, in Chromium (89 queries, then 8 with the search page's filters), on the fixture site,
the project's own content/ and a generated corpus with accented names.

    .venv/bin/python bench/search_agreement.py [--articles 1000] [--work /tmp/agreement]
    .venv/bin/python bench/search_agreement.py --multilingual [--languages en,de,...] [--with-corpus 1500]

Prints, per site, the share of queries whose result sets are identical and the lowest overlap
(|both| / |either|), then every query that differs. Target (issue 12): >= 95 % identical and
>= 90 % overlap for every query. The test suite runs the same list on smaller sites
(tests/test_search_agreement.py).

--multilingual builds tests/tools/multilingual.py's archive (sixteen languages and scripts, the
tokens that split differently) once per site language, and asks each site every language's
queries; it also lists the queries both engines answer with nothing. --with-corpus N adds the
multilingual articles (8 a language) to the N-article accented corpus: an archive in Pagefind
partitions, where a partition lacking a word answers with its longest indexed prefix.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from tools.agreement import FILTERED, QUERIES, accented_corpus, compare, serve, summary  # noqa: E402
from tools.multilingual import SITE_LANGUAGES, all_queries, multilingual_corpus  # noqa: E402


def build(content: Path, config: Path, out: Path) -> None:
    subprocess.run([sys.executable, str(ROOT / "build.py"), "build", "--content", str(content), "--config", str(config),
                    "--out", str(out), "--no-cache"], check=True, capture_output=True)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--work", type=Path, default=Path("/tmp/chronicle-agreement"))
    ap.add_argument("--multilingual", action="store_true", help="the multilingual archive, one site per language")
    ap.add_argument("--languages", default=",".join(SITE_LANGUAGES), help="with --multilingual: the sites' languages")
    ap.add_argument("--with-corpus", type=int, default=0, metavar="N",
                    help="with --multilingual: add the archive to the N-article accented corpus (partitions)")
    args = ap.parse_args()
    if args.multilingual:
        sites = _multilingual_sites(args.work, args.languages.split(","), args.with_corpus)
        return run(sites, all_queries() + (QUERIES if args.with_corpus else []), empty=not args.with_corpus)
    fixture = ROOT / "tests" / "fixtures" / "site"
    sites = [("fixture site", fixture / "content", fixture / "config.yaml", args.work / "fixture" / "repo"),
             ("seed site (content/)", ROOT / "content", ROOT / "config.yaml", args.work / "seed" / "repo")]
    corpus = args.work / f"corpus-{args.articles}"
    content = accented_corpus(corpus, args.articles)
    sites.append((f"{args.articles}-article corpus", content, corpus / "config.yaml", corpus / "site" / "repo"))
    return run(sites, QUERIES + FILTERED)


def _multilingual_sites(work: Path, languages: list[str], corpus: int) -> list[tuple[str, Path, Path, Path]]:
    sites = []
    for language in languages:
        folder = work / f"multilingual-{language}{f'-{corpus}' if corpus else ''}"
        content = multilingual_corpus(folder, language, per_language=8 if corpus else 4)
        config, label = folder / "config.yaml", f"multilingual, site.language {language}"
        if corpus:
            mixed = accented_corpus(folder / "corpus", corpus)
            for article in sorted((content / "articles").glob("*.md")):
                article.replace(mixed / "articles" / f"ml-{article.name}")
            content, label = mixed, f"{label}, with the {corpus}-article corpus"
            config.write_text((folder / "corpus" / "config.yaml").read_text(encoding="utf-8")
                              .replace("language: en", f"language: {language}"), encoding="utf-8")
        sites.append((label, content, config, folder / "site" / "repo"))
    return sites


def run(sites: list[tuple[str, Path, Path, Path]], queries: list, empty: bool = False) -> int:
    """Builds each site, asks both engines every query; prints the figures. -> exit status."""
    from playwright.sync_api import sync_playwright
    failed = False
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for label, content, config, out in sites:
            started = time.perf_counter()
            build(content, config, out)
            with serve(out) as url:
                rows = compare(out, url, browser, queries)
            identical, lowest, lines = summary(rows)
            print(f"{label}: {len(rows)} queries, {identical:.1%} identical, lowest overlap {lowest:.2f} "
                  f"({time.perf_counter() - started:.0f} s)")
            for line in lines:
                print("   ", line)
            if empty:
                print("    found by neither:", [q for q, a, b in rows if not a and not b])
            failed |= identical < 0.95 or lowest < 0.90
        browser.close()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
