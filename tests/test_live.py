"""The preview's in-memory site (chronicle/preview/live.py): a body edit is patched, anything else rebuilt,
and whichever path it takes the site is byte-identical to a fresh build of the same files."""
from __future__ import annotations

from pathlib import Path

import pytest

from chronicle.errors import ChronicleError
from chronicle.preview.live import LiveSite
from chronicle.build.options import BuildOptions
from conftest import FIXTURE_ARTICLE, FIXTURE_ARTICLE_PAGE, ROOT
from conftest import edit_file as edit

ARTICLE, PAGE = FIXTURE_ARTICLE, FIXTURE_ARTICLE_PAGE


def options(project: Path) -> BuildOptions:
    return BuildOptions(content_dir=project / "content", out_dir=project / "site", config_path=project / "config.yaml",
                        layouts_dir=ROOT / "layouts", search=False, dev=True, drafts=True, jobs=1)


def fresh(project: Path) -> dict[str, bytes]:
    site = LiveSite(options(project))
    site.update()
    return site.files


def test_a_body_edit_is_patched_and_equals_a_full_build(project):
    live = LiveSite(options(project))
    assert live.update().mode == "full"
    assert live.update().mode == "none"
    edit(project / ARTICLE, "Coalition of the willing", "Coalition of the willing, patched")
    update = live.update()
    assert update.mode == "patch"
    # the page itself and the feeds that carry its body; no listing shows bodies
    assert PAGE in update.changed and "feed.xml" in update.changed
    assert {p for p in update.changed if p.endswith(".html")} == {PAGE}
    assert b"the willing, patched" in live.files[PAGE]
    assert live.files == fresh(project)


def test_a_patched_body_put_back_then_a_full_build_stays_exact(project):
    """After a patch the page's last fingerprint is of the old body: put the old body back, make
    a full build, and the patched page must not be kept. (The fixture's preview renders that page
    again for reasons of its own; tests/test_quick.py pins the case for `build`.)"""
    live = LiveSite(options(project))
    live.update()
    original = (project / ARTICLE).read_text()
    edit(project / ARTICLE, "Coalition of the willing", "Coalition of the unwilling")
    assert live.update().mode == "patch"
    (project / ARTICLE).write_text(original)
    # a full build that changes nothing this page shows: an old article on a topic of its own
    (project / "content" / "articles" / "old-one.md").write_text(
        "---\ntitle: Zz an old report\ndate: 1990-01-01\ntags: [Zz only]\nthread: none\n---\n\nLong ago.\n")
    assert live.update().mode == "full"
    assert b"the unwilling" not in live.files[PAGE]
    assert live.files == fresh(project)


def test_an_edit_of_the_first_paragraph_changes_the_derived_summary_so_rebuilds(project):
    live = LiveSite(options(project))
    live.update()
    edit(project / ARTICLE, "will work on a Ukraine peace plan", "will work on a peace plan")
    assert live.update().mode == "full"
    assert b"will work on a peace plan." in live.files["topics/nato.html"]
    assert live.files == fresh(project)


def test_a_title_edit_rebuilds_every_page_that_shows_it(project):
    live = LiveSite(options(project))
    live.update()
    edit(project / ARTICLE, "title: Britain and France step in", "title: Britain and France move in")
    update = live.update()
    assert update.mode == "full"
    assert {"topics/nato.html", "timeline/2025-03.html", PAGE} <= set(update.changed)
    assert live.files == fresh(project)


def test_patches_after_patches_and_rebuilds_stay_identical(project):
    live = LiveSite(options(project))
    live.update()
    article = project / ARTICLE
    for i in range(3):
        edit(article, "Coalition of the willing", f"Coalition {i} of the willing")
        assert live.update().mode == "patch"
        edit(article, f"Coalition {i} of the willing", "Coalition of the willing")
        assert live.update().mode == "patch"
    edit(project / "content/articles/nato-summit.md", "title:", "title: Now")  # then a full build over patched state
    assert live.update().mode == "full"
    (project / "content/articles/new-one.md").write_text("---\ntitle: A new one\ndate: 2025-01-01\ntags: [NATO]\n---\nNew.\n")
    assert live.update().mode == "full"
    assert live.files == fresh(project)


def test_a_broken_edit_raises_and_keeps_the_last_good_site(project):
    live = LiveSite(options(project))
    live.update()
    before = live.files
    edit(project / ARTICLE, "date: 2025-03-02", "date: 2025-02-30")
    with pytest.raises(ChronicleError) as caught:
        live.update()
    assert "2025-02-30 is not a real date" in str(caught.value)
    assert live.files is before
    edit(project / ARTICLE, "date: 2025-02-30", "date: 2025-03-02")
    live.update()
    assert live.files == fresh(project)


def test_a_draft_body_edit_keeps_its_draft_mark(project):
    live = LiveSite(options(project))
    live.update()
    draft = project / "content/articles/draft-piece.md"
    edit(draft, draft.read_text(), draft.read_text() + "\nOne more sentence.\n")
    assert live.update().mode == "patch"
    assert b"[draft]" in live.files["articles/draft-piece.html"]
    assert live.files == fresh(project)


def test_nothing_is_written_to_disk(project):
    live = LiveSite(options(project))
    live.update()
    edit(project / ARTICLE, "Coalition of the willing", "Coalition of the able")
    live.update()
    assert not (project / "site").exists()
