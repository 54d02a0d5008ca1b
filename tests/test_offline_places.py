"""The offline index numbers articles by page path, not by date (outputs/offline.py: the places
file orders them): a date edit patches the postings of the words it changed and nothing else,
and the result equals a cold build; an index of the format before is never patched."""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from test_search_metadata import _edit, _moved_date, _patched_build
from test_search_quick import _same_as_cold, _search_options
from tools.faultlib import make_corpus

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow


def _codes(site: Path) -> dict[str, str]:
    """Every term of the offline index -> its postings' code, as published."""
    folder = site / "offline" / "search"
    manifest = _payload(folder / "index.js")
    codes: dict[str, str] = {}
    for _first, name in manifest["terms"]:
        words, found = _payload(folder / name)
        codes.update(zip(words, found))
    return codes


def _payload(path: Path):
    return json.loads(re.search(r"ChronicleSearch\.\w+\((.*)\);\s*$", path.read_text(encoding="utf-8"), re.S).group(1))


def _order(site: Path) -> list[str]:
    """The article pages in the order the engine shows them newest first (the places file)."""
    from chronicle.outputs.offline import VARINT, doc_page_path
    folder = site / "offline" / "search"
    manifest = _payload(folder / "index.js")
    code, width = _payload(folder / manifest["places"]), manifest["placeWidth"]
    places = []
    for i in range(0, len(code), width):
        place = 0
        for ch in code[i:i + width]:
            place = place * len(VARINT) + VARINT.index(ch)
        places.append(place)
    numbered = sorted(doc_page_path(d) for name in manifest["docChunks"] for d in _payload(folder / name))
    shown = [doc_page_path(d) for name in manifest["docChunks"] for d in _payload(folder / name)]
    order = [page for _place, page in sorted(zip(places, numbered))]
    assert order == shown, "the places file and the document chunks disagree"
    return order


def _terms_of(site: Path) -> dict[str, set[str]]:
    sys.path.insert(0, str(ROOT / "bench"))
    from search_terms import offline_terms
    return {**offline_terms(site), **offline_terms(site, filters=True)}


def test_date_edits_rewrite_only_the_postings_of_the_words_they_change(tmp_path, monkeypatch):
    """A date moved 40 days on, then back where it was: each patched (not made whole), the
    result equal to a cold build; the terms whose codes changed are exactly those whose articles
    changed (the date's words, the year filter), never a renumbering."""
    from chronicle.build.pipeline import build
    corpus = make_corpus(tmp_path / "corpus", 60, search_partition=16)
    (corpus / "layouts").symlink_to(ROOT / "layouts")
    build(_search_options(corpus))
    site, a = corpus / "site", sorted((corpus / "content" / "articles").glob("*.md"))[25]
    page = f"articles/{a.stem[len('2024-01-01-'):]}.html"
    first = _order(site)
    for days in (40, -40):
        codes, terms = _codes(site), _terms_of(site)
        order = _order(site)
        _edit(a, r"^date: \S+", f"date: {_moved_date(a, days)}")
        _patched_build(corpus, monkeypatch)
        after_codes, after_terms = _codes(site), _terms_of(site)
        recoded = {t for t in codes.keys() | after_codes.keys() if codes.get(t) != after_codes.get(t)}
        assert recoded == {t for t in terms.keys() | after_terms.keys() if terms.get(t) != after_terms.get(t)}
        assert 0 < len(recoded) < 12, recoded
        moved = _order(site)
        assert moved != order and [p for p in moved if p != page] == [p for p in order if p != page]
    assert _order(site) == first
    _same_as_cold(corpus, "cold")


def test_an_index_of_the_format_before_is_not_patched():
    """A published manifest of another format: patch_offline refuses it (the build then makes
    the index whole), whatever the edit."""
    from chronicle.outputs.offline import MANIFEST, script
    from chronicle.outputs.offlinepatch import patch_offline
    old = script("index", {"v": 3, "docs": 1, "perChunk": 64, "stemmer": "", "terms": [], "docChunks": []})
    with pytest.raises(ValueError):
        patch_offline({MANIFEST: old}.__getitem__, [])
