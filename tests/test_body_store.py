"""The bodies kept apart from the article cache's records (chronicle/build/bodystore.py): a
metadata edit reads only the bodies it shows again, and whatever becomes of the bodies' files
(rewritten by the next edit, damaged, deleted) the site equals a cold build byte for byte. One
chain of full builds with search on: two title edits of one article (its last version is then
in bodies-changed.cbor, which the second build writes again), a damaged bodies.cbor, both files
gone, and an article other articles link to made a standalone page (their entries, which hold
no Markdown, are made again from their files)."""
from __future__ import annotations

import re

import pytest

from test_metadata_chain import _build, _same_as_cold
from test_search_metadata import _edit
from tools.faultlib import make_corpus

pytestmark = pytest.mark.slow


def test_bodies_apart_from_the_records_whatever_happens_to_their_files(tmp_path):
    corpus = make_corpus(tmp_path / "corpus", 90, search_partition=16)
    site, cold = tmp_path / "site", tmp_path / "cold"
    cache = tmp_path / ".site.cache"
    articles = sorted((corpus / "content" / "articles").glob("*.md"))
    a, b, c = articles[20], articles[50], articles[70]
    _edit(a, r"\Z", "\nA wombatflux sentence only this body holds.\n")
    _build(corpus, site)
    assert b"wombatflux" in (cache / "bodies.cbor").read_bytes()
    assert b"wombatflux" not in (cache / "articles.cbor").read_bytes()   # no copy of a body in the records

    _edit(a, r'^title: "', 'title: "Retitled once: ')
    assert "load" in _build(corpus, site)   # a full build, not the quick path
    _edit(a, r'^title: "Retitled once: ', 'title: "Retitled twice: ')
    _build(corpus, site)
    assert any("Retitled twice" in p.read_text(encoding="utf-8") for p in (site / "articles").glob("*.html"))
    _same_as_cold(corpus, site, cold)

    data = bytearray((cache / "bodies.cbor").read_bytes())
    middle = len(data) // 2
    data[middle:middle + 64] = bytes(64)   # a part whose bytes are not the ones its entries name
    (cache / "bodies.cbor").write_bytes(bytes(data))
    _edit(b, r'^title: "', 'title: "Damaged bodies: ')
    _build(corpus, site)
    _same_as_cold(corpus, site, cold)

    for name in ("bodies.cbor", "bodies-changed.cbor"):
        (cache / name).unlink(missing_ok=True)
    _edit(c, r"^tags: \[", "tags: [bodiless-cache, ")
    _build(corpus, site)
    assert (site / "topics" / "bodiless-cache.html").is_file()
    _same_as_cold(corpus, site, cold)

    linked = [p for p in articles if p not in (a, b, c) and re.search(r"\]\(([^)]+\.md)\)", p.read_text(encoding="utf-8"))]
    assert linked, "the corpus has links between articles"
    target = re.search(r"\]\(([^)]+\.md)\)", linked[0].read_text(encoding="utf-8")).group(1)
    gone = next((p for p in articles if p.name == target.rsplit("/", 1)[-1]), None)
    assert gone is not None and gone not in (a, b, c)
    pages = corpus / "content" / "pages"
    pages.mkdir(exist_ok=True)
    # moved to a page: the links to it resolve to another address, so the linking articles' entries,
    # which hold no Markdown, are made again from their files
    gone.rename(pages / gone.name)
    _build(corpus, site)
    _same_as_cold(corpus, site, cold)
