"""Pagefind's index in partitions, searched in Chromium over HTTP at a subpath (issue 12): an
article of every partition is found by its title, and "newest first" runs across partitions."""
from __future__ import annotations

import gzip
import json

import pytest

from conftest import run_cli
from tools.agreement import pagefind_ids, serve

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _fragments(folder):
    """Pagefind's page hash -> (path, title, date) of the pages in one partition's folder."""
    out = {}
    for fragment in sorted(folder.glob("fragment/*.pf_fragment")):
        data = json.loads(gzip.decompress(fragment.read_bytes())[len(b"pagefind_dcd"):])
        out[fragment.stem] = (data["url"].lstrip("/"), data["meta"]["title"], data["meta"].get("date", ""))
    return out


@pytest.fixture(scope="module")
def partitioned_site(tmp_path_factory):
    """200 articles of bench/corpus.py in partitions of at most 32, built with search: nine
    partitions."""
    from tools.faultlib import make_corpus
    tmp_path = tmp_path_factory.mktemp("parts")
    corpus = make_corpus(tmp_path / "corpus", 200, search_partition=32)
    site = tmp_path / "repo"
    result = run_cli("build", "--content", str(corpus / "content"), "--config", str(corpus / "config.yaml"),
                     "--out", str(site))
    assert result.returncode == 0, result.stderr
    return site


def test_every_partition_answers_and_newest_first_spans_them(browser, partitioned_site):
    site = partitioned_site
    parts = json.loads((site / "pagefind" / "parts.json").read_bytes())["parts"]
    assert len(parts) >= 5, parts
    pages = {}
    by_part = []
    for _name, folder in parts:
        found = _fragments(site / "pagefind" / folder)
        assert found, folder
        pages.update(found)
        by_part.append(found)
    assert len(pages) == 200   # every article once, in one partition
    with serve(site) as base:
        page = browser.new_page()
        try:
            page.goto(base + "search.html")
            for found in by_part:
                hash_, (path, title, _date) = sorted(found.items())[len(found) // 2]
                hits = pagefind_ids(page, title)
                assert hash_ in hits, f"{title!r} ({path}) not found"
            newest = page.evaluate("ChroniclePagefindSearch('').search('', {}, true).then(r => r.ids.map(x => x.id))")
        finally:
            page.close()
    assert len(newest) == 200
    dates = [pages[h][2] for h in newest]
    dated = [d for d in dates if d]
    assert dated == sorted(dated, reverse=True) and dated[0] == max(p[2] for p in pages.values())
    assert all(not d for d in dates[len(dated):])   # undated ones last


def test_the_search_page_opens_without_pagefind_and_loads_it_on_the_first_query(browser, partitioned_site):
    """Opening search.html lists the newest articles from the offline index's manifest and one
    chunk; Pagefind's empty search would load every partition's whole word index. Pagefind is
    loaded once a reader types, and answers."""
    from playwright.sync_api import expect

    site = partitioned_site
    pages = {}
    for _name, folder in json.loads((site / "pagefind" / "parts.json").read_bytes())["parts"]:
        pages.update(_fragments(site / "pagefind" / folder))
    newest = max(pages.values(), key=lambda p: p[2])
    with serve(site) as base:
        page = browser.new_page()
        loaded: list[tuple[str, int]] = []
        page.on("response", lambda r: loaded.append((r.url, len(r.body()) if r.ok else 0)))
        try:
            page.goto(base + "search.html")
            expect(page.locator("#search-status")).to_have_text("Recent articles")
            page.wait_for_load_state("networkidle")
            first = page.locator("#search-results li").first
            assert first.locator("time").get_attribute("datetime") == newest[2]
            opened = [(u, n) for u, n in loaded if "/pagefind/" in u or "/offline/" in u]
            assert not [u for u, _ in opened if "/pagefind/" in u], opened
            assert 0 < sum(n for _, n in opened) < 200_000, opened   # issue 13's budget of a page view
            loaded.clear()
            page.fill("#q", newest[1])
            expect(page.locator("#search-results")).to_have_attribute("data-query", newest[1])
            assert newest[1] in page.locator("#search-results li h3 a").all_inner_texts()
            assert page.locator("#search-results").get_attribute("data-engine") == "pagefind"
            assert any("/pagefind/" in u for u, _ in loaded)
        finally:
            page.close()
