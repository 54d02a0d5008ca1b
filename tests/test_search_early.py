"""A metadata edit's search starts once its changed article pages are made, before the pages kept
from the last build are linked into the staging folder (render/pages._render_changed); Pagefind's
threads read a kept page from the last build's file meanwhile (build/finish._SearchSink). Along
a chain of edits (a title, a new tag, a date moved into another partition), each site equals a
cold build byte for byte."""
from __future__ import annotations

import pytest

from chronicle.build import finish
from chronicle.write.sparestage import SpareStaging
from chronicle.write.staging import Staging
from test_metadata_overlap import _full_build, _options, _same_as_cold
from test_search_incremental import _corpus
from test_search_metadata import _edit, _moved_date

pytestmark = pytest.mark.slow


def test_the_search_starts_before_the_kept_pages_are_linked_and_each_build_equals_a_cold_one(tmp_path, monkeypatch):
    project = _corpus(tmp_path / "p", 120)
    _full_build(project)
    events: list[str] = []
    started, keeps = finish._search_started, {kind: kind.keep for kind in (Staging, SpareStaging)}

    def search_started(*args):
        events.append("search")
        return started(*args)
    monkeypatch.setattr(finish, "_search_started", search_started)
    for kind, keep in keeps.items():   # (a build stages in the quick path's mirror when it can)
        monkeypatch.setattr(kind, "keep", lambda self, path, keep=keep: (events.append("keep"), keep(self, path))[1])
    article = sorted((project / "content" / "articles").glob("*.md"))[50]
    edits = [(r'^title: "', 'title: "Early: '), (r"^tags: \[", "tags: [early-search, "),
             (r"^date: \S+", f"date: {_moved_date(article, -200)}")]
    for n, (pattern, replacement) in enumerate(edits):
        events.clear()
        _edit(article, pattern, replacement)
        _full_build(project)
        assert "search" in events and events.index("search") < events.index("keep"), events[:5]
        if n != 1:   # (a cold build with search is the dear part of this test)
            _same_as_cold(project, f"cold{n}")
