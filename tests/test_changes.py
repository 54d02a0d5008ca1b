"""The change classifier shared by `build` and `serve` (chronicle/build/changes.py): after a real
build of the fixture site, each kind of edit a writer makes is told for what it is."""
from __future__ import annotations

from pathlib import Path

import pytest

from chronicle.build.cache import BuildCache
from chronicle.build.changes import (Added, Bodies, ConfigChanged, Deleted, Known, Layouts, Metadata, Nothing,
                                     classify)
from chronicle.build.options import BuildOptions
from chronicle.build.pipeline import build, settings_of
from chronicle.build.reuse import read_quick_facts
from chronicle.source.scan import document_stats
from conftest import FIXTURE_ARTICLE, FIXTURE_ARTICLE_PAGE
from conftest import edit_file as edit


def options(project: Path) -> BuildOptions:
    return BuildOptions(content_dir=project / "content", out_dir=project / "site", config_path=project / "config.yaml",
                        layouts_dir=project / "layouts", search=False, jobs=1)


@pytest.fixture
def known(project) -> Known:
    build(options(project))
    cache = BuildCache.open(project / "site", True)
    facts = read_quick_facts(cache)
    assert facts is not None
    return Known(facts.settings, cache.state.stats, facts)


def _classify(project: Path, known: Known, most: int = 50):
    o = options(project)
    return classify(known, settings_of(o), document_stats(o.content_dir, None), o.content_dir, False, False, most)


def test_nothing(project, known):
    assert _classify(project, known) == Nothing()


def test_a_body_edit_is_bodies_with_the_new_html(project, known):
    edit(project / FIXTURE_ARTICLE, "Coalition of the willing", "Coalition of the *willing*")
    change = _classify(project, known)
    assert isinstance(change, Bodies)
    assert list(change.fresh) == [FIXTURE_ARTICLE_PAGE]
    assert "Coalition of the <em>willing</em>" in change.fresh[FIXTURE_ARTICLE_PAGE]


@pytest.mark.parametrize("old, new", [
    ("title: ", "title: Retitled "),
    ("tags: [", "tags: [sanctions, "),
    ("date: 2025-03-02", "date: 2025-03-03"),
    ("will work on a Ukraine peace plan", "will work on a peace plan"),   # the lead: the derived summary
    ("date: 2025-03-02", "date: 2025-02-30"),                             # unreadable: the build reports it
])
def test_an_edit_beyond_the_body_is_metadata(project, known, old, new):
    edit(project / FIXTURE_ARTICLE, old, new)
    assert _classify(project, known) == Metadata((str(project / FIXTURE_ARTICLE),))


def test_more_edits_than_the_caller_patches_are_not_read(project, known):
    edit(project / FIXTURE_ARTICLE, "Coalition of the willing", "Coalition of the able")
    assert isinstance(_classify(project, known, most=0), Metadata)


def test_added_and_deleted(project, known):
    (project / "content" / "articles" / "added.md").write_text("---\ntitle: Added\n---\n\nNew.\n")
    assert _classify(project, known) == Added((str(project / "content" / "articles" / "added.md"),))
    (project / "content" / "articles" / "added.md").unlink()
    (project / "content" / "articles" / "black-sea.md").unlink()
    assert _classify(project, known) == Deleted((str(project / "content" / "articles" / "black-sea.md"),))


def test_layouts_and_config(project, known):
    config = project / "config.yaml"
    config.write_text(config.read_text() + "\n")
    assert _classify(project, known) == ConfigChanged()
    layout = project / "layouts" / "home.html"
    layout.write_text(layout.read_text() + "\n")
    assert _classify(project, known) == Layouts()
