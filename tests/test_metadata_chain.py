"""A chain of metadata edits with search on, each a full build from the last one's cache (the
article cache's records, decoded a field at a time, and the digests they carry; the related
articles found again only where tags changed), equal to a cold build byte for byte: a title
edit, a tag that makes a new topic, removing it again (the topic gone), a date moved across a
year, an article added then deleted, and an article pinned to another story (`thread:`), so the
threads change."""
from __future__ import annotations

import pytest

from test_search_metadata import _edit
from tools.faultlib import make_corpus, manifest, run_build

pytestmark = pytest.mark.slow


def _build(corpus, out, *extra):
    r = run_build(corpus, out, True, "--timings", *extra)
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    return r.stdout + r.stderr


def _same_as_cold(corpus, site, cold):
    _build(corpus, cold, "--no-cache")
    assert manifest(site) == manifest(cold), "differs from a cold build"


def _thread_pages(site):
    return {p.name for p in (site / "threads").glob("*.html")}


def test_a_chain_of_metadata_edits_equals_cold_builds(tmp_path):
    corpus = make_corpus(tmp_path / "corpus", 120, search_partition=16)
    site, cold = tmp_path / "site", tmp_path / "cold"
    _build(corpus, site)
    articles = sorted((corpus / "content" / "articles").glob("*.md"))
    a, b = articles[30], articles[80]
    _edit(a, r'^title: "', 'title: "Quokkaflorp retitled: ')
    assert "load" in _build(corpus, site)   # a full build, not the quick path
    _edit(a, r"^tags: \[", "tags: [quokka-policy, ")
    _build(corpus, site)
    assert (site / "topics" / "quokka-policy.html").is_file()
    _same_as_cold(corpus, site, cold)
    _edit(a, r"^tags: \[quokka-policy, ", "tags: [")
    _edit(b, r"^date: (\d{4})", lambda m: f"date: {int(m.group(1)) - 1}")   # another year, another month page
    _build(corpus, site)
    assert not (site / "topics" / "quokka-policy.html").exists()
    _same_as_cold(corpus, site, cold)
    added = a.with_name("2023-06-15-numbats-seen-again.md")
    added.write_text('---\ntitle: "Numbats seen again"\ndate: 2023-06-15\ntags: [numbat-watch]\n---\n\nA short report.\n',
                     encoding="utf-8")
    _build(corpus, site)
    assert (site / "topics" / "numbat-watch.html").is_file()
    added.unlink()
    threads = _thread_pages(site)
    story = sorted(threads - {"index.html"})[0][:-len(".html")]
    _edit(b, r"^tags:", f"thread: {story}\ntags:")   # pinned to a story it was not part of
    _build(corpus, site)
    assert not (site / "topics" / "numbat-watch.html").exists()
    assert b.stem[len("2024-01-01-"):] in (site / "threads" / f"{story}.html").read_text(encoding="utf-8")
    _same_as_cold(corpus, site, cold)

