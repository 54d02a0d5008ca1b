"""A full build staged in the quick path's mirror (chronicle/write/sparestage.py): used only when
the mirror holds exactly the last build's files, never writing through its links into the
published site, and leaving a site equal to a cold build's (folders too) and the mirror exact."""
from __future__ import annotations

import os
from pathlib import Path

from chronicle.build.cache import output_stats
from chronicle.build.pipeline import build
from chronicle.model import OutputFile
from chronicle.write.patch import mirror_site, mirrors
from chronicle.write.sparestage import SpareStaging, open_staging
from conftest import FIXTURE_ARTICLE, FIXTURE_ARTICLE_PAGE
from conftest import edit_file as edit
from test_quick import options, quick, tree

ZIP = "download/archive.zip"


def paths(root: Path) -> list[str]:
    """Every file and folder under root."""
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*"))


def assert_mirror(site: Path, spare: Path) -> None:
    assert mirrors(site, spare) and paths(spare) == paths(site)
    for p in site.rglob("*"):
        if p.is_file() and p.name != "archive.zip":
            assert os.stat(spare / p.relative_to(site)).st_ino == os.stat(p).st_ino, p


def assert_same_as_cold(project: Path) -> None:
    build(options(project, "cold", cache=False))
    assert paths(project / "site") == paths(project / "cold")
    assert tree(project / "site") == tree(project / "cold")


def test_full_builds_stage_in_the_mirror_and_equal_a_cold_build(project):
    build(options(project))
    site, spare = project / "site", project / ".site.cache" / "spare"
    lonely = project / "content" / "articles" / "lonely.md"
    text = "---\ntitle: Alone\ndate: 2031-07-04\ntags: [A topic of its own]\n---\n\nOnly here.\n"
    edits = [lambda: edit(project / FIXTURE_ARTICLE, "title: ", "title: Retitled "),   # a title edit
             lambda: lonely.write_text(text),                                          # an article of its own topic
             lambda: lonely.unlink()]                                                  # its pages and folders gone
    for change in edits:
        change()
        mirror_inode = os.stat(spare).st_ino
        assert not quick(build(options(project)))
        assert os.stat(site).st_ino == mirror_inode   # the mirror was the staging folder
        assert_mirror(site, spare)
        if change is edits[1]:
            assert any("a-topic-of-its-own" in p for p in paths(site))
    assert not any("a-topic-of-its-own" in p for p in paths(site))
    assert_same_as_cold(project)


def _published(tmp_path: Path) -> tuple[Path, Path]:
    site, spare = tmp_path / "site", tmp_path / "cache" / "spare"
    for path, data in {"index.html": b"home", "news": b"a file", "old/only.html": b"old", "Caps.html": b"caps", ZIP: b"zip"}.items():
        (site / path).parent.mkdir(parents=True, exist_ok=True)
        (site / path).write_bytes(data)
    spare.parent.mkdir()
    mirror_site(site, spare, (ZIP,))
    return site, spare


def test_the_mirror_takes_the_changes_without_writing_into_the_site_and_folders_follow(tmp_path):
    site, spare = _published(tmp_path)
    staging = open_staging(site, {}, None, spare, output_stats(site), (ZIP,))
    assert isinstance(staging, SpareStaging) and not mirrors(site, spare)
    with staging:
        staging.add(OutputFile("index.html", b"new home"))
        staging.add(OutputFile("news/index.html", b"news is a folder now"))   # where a file of the last build was
        staging.keep(ZIP)
        staging.add(OutputFile("caps.html", b"caps"))   # the last build's Caps.html, now in lower case
        # the published site is as it was until the exchange: nothing was written through a link
        assert (site / "index.html").read_bytes() == b"home" and (site / "news").read_bytes() == b"a file"
        staging.commit()
    assert staging.mirrored()
    assert {p: (site / p).read_bytes() for p in paths(site) if (site / p).is_file()} == {
        "index.html": b"new home", "news/index.html": b"news is a folder now", ZIP: b"zip", "caps.html": b"caps"}
    assert paths(site) == ["caps.html", "download", ZIP, "index.html", "news", "news/index.html"]   # "old" gone with its file
    assert_mirror(site, spare)


def test_a_mirror_not_exactly_the_site_is_not_staged_in(tmp_path):
    site, spare = _published(tmp_path)
    (spare / "stray.html").write_text("not part of the site")
    assert not isinstance(open_staging(site, {}, None, spare, output_stats(site), (ZIP,)), SpareStaging)
    (spare / "stray.html").unlink()
    (spare / "empty").mkdir()
    assert not isinstance(open_staging(site, {}, None, spare, output_stats(site), (ZIP,)), SpareStaging)
    (spare / "empty").rmdir()
    (spare / "index.html").unlink()
    (spare / "index.html").write_bytes(b"home")    # the same bytes, another file than the site's
    assert not isinstance(open_staging(site, {}, None, spare, output_stats(site), (ZIP,)), SpareStaging)
    assert not isinstance(open_staging(site, {}, None, spare, None, (ZIP,)), SpareStaging)   # site not found intact


def test_a_build_that_fails_after_writing_into_the_mirror_leaves_the_site_and_the_next_is_exact(project):
    """The sitemap's layout fails once the pages are written (into the mirror): the site is as
    it was, the mirror is no longer trusted, and the next build equals a cold one."""
    from chronicle.errors import ChronicleError
    build(options(project))
    site, spare = project / "site", project / ".site.cache" / "spare"
    before = tree(site)
    sitemap = project / "layouts" / "outputs" / "sitemap.xml"
    layout = sitemap.read_text()
    sitemap.write_text(layout.replace("{{ path|absolute }}", "{{ path|absolute }}{{ no_such_value }}"))
    edit(project / FIXTURE_ARTICLE, "title: ", "title: Retitled ")
    try:
        build(options(project))
        raise AssertionError("the broken layout was not refused")
    except ChronicleError:
        pass
    assert tree(site) == before and not mirrors(site, spare)
    assert b"Retitled" in (spare / FIXTURE_ARTICLE_PAGE).read_bytes()   # staged there, and left
    sitemap.write_text(layout)
    assert not quick(build(options(project)))
    assert_mirror(site, spare)
    assert_same_as_cold(project)
