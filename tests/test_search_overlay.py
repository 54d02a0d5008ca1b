"""The search overlay (outputs/search/overlay.py, issue 12's body edit at 100,000 articles): a body
edit in a partition of more than `build: search_overlay_above:` pages indexes only the edited
pages, and the search page answers as a fresh index of the edited site would; the next full build
folds the overlay back and equals a cold build byte for byte. A 200-article corpus in partitions
of at most 32 pages, with the threshold at 8, stands in for 100,000 articles in partitions of 2,048.
"""
from __future__ import annotations

import json
import re

import pytest

from conftest import run_cli
from tools.agreement import serve
from tools.faultlib import make_corpus, manifest

OLD_ONLY, NEW_ONLY, BOTH = "xylophonequark", "newonlyquark", "sharedquarkword"
# (query, filters): newest first and by relevance, each compared with a cold build's answers
QUERIES = [("", {}), (BOTH, {}), ("quark", {}), ("reactor tariffs", {}), ("the", {}),
           ("", {"year": "2023"}), ("the", {"year": "2023"})]


def _build(corpus, site, *extra):
    result = run_cli("build", "--content", str(corpus / "content"), "--config", str(corpus / "config.yaml"),
                     "--out", str(site), "--timings", *extra)
    assert result.returncode == 0, result.stderr
    return result.stdout + result.stderr


def _edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.fixture(scope="module")
def overlaid(tmp_path_factory):
    """(corpus, site after two quick body edits, the edited article's page, the edited articles'
    base partition folders' manifests before the edits): the first edited article's body had
    OLD_ONLY and BOTH, and now has NEW_ONLY and BOTH."""
    base = tmp_path_factory.mktemp("overlay")
    corpus = make_corpus(base / "corpus", 200, search_partition=32)
    config = corpus / "config.yaml"
    config.write_text(config.read_text().replace("  search_partition: 32\n",
                                                 "  search_partition: 32\n  search_overlay_above: 8\n"))
    articles = sorted((corpus / "content" / "articles").glob("*.md"))
    first, second = articles[50], articles[60]
    first.write_text(first.read_text() + f"\nThe {OLD_ONLY} and the {BOTH}.\n")
    site = base / "site"
    _build(corpus, site)
    before = manifest(site / "pagefind")
    _edit(first, OLD_ONLY, NEW_ONLY)
    for edited in (first, second):
        if edited is second:
            edited.write_text(edited.read_text() + f"\nA {BOTH} too.\n")
        report = _build(corpus, site)
        assert "quick" in report and "load" not in report, report   # the quick path
    page = "articles/" + re.sub(r"^\d{4}-\d\d-\d\d-", "", first.stem) + ".html"
    return corpus, site, page, before


def test_a_body_edit_indexes_only_the_edited_pages_into_the_overlay(overlaid):
    corpus, site, page, before = overlaid
    listing = json.loads((site / "pagefind" / "parts.json").read_bytes())
    assert listing["parts"][-1] == ["overlay", "parts/overlay/"]
    entries = listing["overlay"]["pages"]
    assert len(entries) == 2 and {e[1] for e in entries} <= {name for name, _ in listing["parts"]}
    # the base partitions were not indexed again: every file of theirs is as before the edits
    after = manifest(site / "pagefind")
    changed = {p for p in after.keys() | before.keys() if after.get(p) != before.get(p)}
    assert changed and all(p.startswith("parts/overlay/") or p == "parts.json" for p in changed), sorted(changed)
    # the superseded versions are ids of their base partitions' pages
    for _new, base_part, old in entries:
        folder = dict(listing["parts"])[base_part]
        assert (site / "pagefind" / folder / "fragment" / f"{old}.pf_fragment").exists()


@pytest.mark.browser
@pytest.mark.slow
def test_the_search_page_answers_as_a_fresh_index(browser, overlaid, tmp_path):
    corpus, site, page, _before = overlaid
    cold = tmp_path / "cold" / "site"
    _build(corpus, cold)
    ask = """async ([q, f, byDate]) => {
        const e = ChroniclePagefindSearch('');
        const r = await e.search(q, f, byDate);
        return {total: r.total, urls: (await e.docs(r.ids)).map(d => d.url)};
    }"""
    answers = {}
    for name, folder in (("overlay", site), ("cold", cold)):
        with serve(folder) as base:
            tab = browser.new_page()
            try:
                tab.goto(base + "search.html")
                answers[name] = {
                    "new": tab.evaluate(ask, [NEW_ONLY, {}, False]),
                    "old": tab.evaluate(ask, [OLD_ONLY, {}, False]),
                    "both": tab.evaluate(ask, [BOTH, {}, True]),
                    "queries": [tab.evaluate(ask, [q, f, by]) for q, f in QUERIES for by in (True, False)],
                }
            finally:
                tab.close()
    got, fresh = answers["overlay"], answers["cold"]
    assert got["new"] == {"total": 1, "urls": [page]}
    assert got["old"] == {"total": 0, "urls": []}
    assert got["both"]["total"] == 2 and got["both"]["urls"].count(page) == 1
    assert got["both"] == fresh["both"]   # newest first across the overlay
    for (q, f, by), mine, theirs in zip([(q, f, by) for q, f in QUERIES for by in (True, False)],
                                        got["queries"], fresh["queries"]):
        assert mine["total"] == theirs["total"], (q, f)
        if by:   # newest first: the same order (relevance ranks an edited page by the overlay's own statistics)
            assert mine["urls"] == theirs["urls"], (q, f)
        else:
            assert sorted(mine["urls"]) == sorted(theirs["urls"]), (q, f)


def test_a_full_build_folds_the_overlay_and_equals_a_cold_build(overlaid, tmp_path):
    """Last in this file: it builds the module's site again."""
    corpus, site, _page, _before = overlaid
    _edit(sorted((corpus / "content" / "articles").glob("*.md"))[120], "title: ", "title: Renamed ")
    report = _build(corpus, site)
    assert "load" in report   # a full build
    assert not (site / "pagefind" / "parts" / "overlay").exists()
    cold = tmp_path / "cold" / "site"
    _build(corpus, cold)
    assert manifest(site) == manifest(cold)


def test_the_first_body_edit_after_a_full_build_keeps_the_quick_paths_mirror(tmp_path):
    """The first overlay page goes in a folder the last site lacks (pagefind/parts/overlay/): the
    mirror's catch-up made no folder for it, failed, and dropped the whole mirror, so the next
    body edit linked the site's every file again (231,600 links, 2.6 s, at 100,000 articles)."""
    import os

    from chronicle.write.patch import mirrors
    corpus = make_corpus(tmp_path / "corpus", 120, search_partition=32)
    config = corpus / "config.yaml"
    config.write_text(config.read_text().replace("  search_partition: 32\n",
                                                 "  search_partition: 32\n  search_overlay_above: 8\n"))
    site, spare = tmp_path / "site", tmp_path / ".site.cache" / "spare"
    _build(corpus, site)
    assert mirrors(site, spare)
    article = sorted((corpus / "content" / "articles").glob("*.md"))[40]
    article.write_text(article.read_text() + "\nA sentence about wombats.\n")
    report = _build(corpus, site)
    assert "quick" in report and "load" not in report, report
    assert any((site / "pagefind" / "parts" / "overlay").iterdir())
    assert mirrors(site, spare), "the mirror was dropped"
    for top, _, names in os.walk(site):
        for name in names:
            path = os.path.join(top, name)
            mirrored = os.path.join(spare, os.path.relpath(path, site))
            if name == "archive.zip":   # the mirror's own copy, patched in place
                assert open(path, "rb").read() == open(mirrored, "rb").read()
            else:
                assert os.path.samefile(path, mirrored), path   # each file the site's own, linked
