"""Article pages whose inputs are as the last build's keep their fingerprints unplanned
(render/pagesreuse.py). After each edit of a chain (a title, the title of a story's first
report, a summary, a new tag, a date moved to another month, a story pinned), the page
fingerprints the build saved are those a cold build computes for every page, and the site
equals the cold build's byte for byte."""
from __future__ import annotations

import shutil

import pytest

from chronicle.build.cache import BuildCache
from chronicle.build.reuse import read_page_keys
from test_search_metadata import _edit
from tools.faultlib import make_corpus, manifest, run_build

pytestmark = pytest.mark.slow


def _build(corpus, out, *extra):
    r = run_build(corpus, out, True, *extra)
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr


def _prints(site):
    cache = BuildCache.open(site, True)
    return cache.prints()


def test_kept_fingerprints_are_those_of_a_cold_build_along_a_chain_of_edits(tmp_path):
    corpus = make_corpus(tmp_path / "corpus", 120, search_partition=16)
    site, cold = tmp_path / "site", tmp_path / "cold"
    _build(corpus, site)
    articles = sorted((corpus / "content" / "articles").glob("*.md"))
    threads = _prints(site).threads.threads
    first = next(names[0] for _, names in sorted(threads.values()) if len(names) > 1)
    centre = next(p for p in articles if p.name == first)
    story = next(slug for slug, (_, names) in sorted(threads.items()) if articles[60].name not in names)
    edits = [
        (articles[40], r'^title: "', 'title: "Kept keys: '),
        (centre, r'^title: "', 'title: "Story renamed: '),
        (articles[41], r'^summary: "', 'summary: "Resummarised: '),
        (articles[90], r"^tags: \[", "tags: [kept-keys-topic, "),
        (articles[10], r"^date: (\d{4})-(\d\d)", lambda m: f"date: {m.group(1)}-{'03' if m.group(2) != '03' else '07'}"),
        (articles[60], r"^tags:", f"thread: {story}\ntags:"),
    ]
    for path, pattern, replacement in edits:
        _edit(path, pattern, replacement)
        _build(corpus, site)
        for gone in (cold, tmp_path / ".cold.cache"):   # a cold build that saves its cache
            shutil.rmtree(gone, ignore_errors=True)
        _build(corpus, cold)
        assert manifest(site) == manifest(cold), f"differs from a cold build after editing {path.name}"
        assert _prints(site).pages == _prints(cold).pages
        mine, theirs = read_page_keys(BuildCache.open(site, True)), read_page_keys(BuildCache.open(cold, True))
        assert mine is not None and theirs is not None and mine.keys == theirs.keys


def test_keys_of_another_build_are_not_used(tmp_path):
    """pages.cbor is used only with the fingerprints it was saved with: the last build's keys put
    back after another build (as a build stopped between the two files would leave them) are
    ignored, every page is planned, and the site still equals a cold build."""
    corpus = make_corpus(tmp_path / "corpus", 40, search_partition=16)
    site, cold = tmp_path / "site", tmp_path / "cold"
    keys = tmp_path / ".site.cache" / "pages.cbor"
    _build(corpus, site)
    older = keys.read_bytes()
    articles = sorted((corpus / "content" / "articles").glob("*.md"))
    _edit(articles[10], r'^title: "', 'title: "Other keys: ')
    _build(corpus, site)
    keys.write_bytes(older)
    assert read_page_keys(BuildCache.open(site, True)) is None
    _edit(articles[11], r'^title: "', 'title: "Foreign keys: ')
    _build(corpus, site)
    assert read_page_keys(BuildCache.open(site, True)) is not None
    _build(corpus, cold)
    assert manifest(site) == manifest(cold)
