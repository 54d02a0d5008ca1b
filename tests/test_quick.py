"""The quick path of `build` (chronicle/build/quick.py): an edit to one article's body rewrites only that
page, the feeds that carry it and the offline files, and whatever path a build takes, site/ is
byte-identical to a cold build of the same files. Pages are planned from summaries (no body), and
a body goes in only at its marker (chronicle/render/bodies.py): a layout that reaches for another
article's body, or changes the marker, is an error with its path."""
from __future__ import annotations

import os
import shutil
import zipfile
from pathlib import Path

import jinja2
import pytest

from chronicle.build.options import BuildOptions
from chronicle.build.pipeline import build
from chronicle.errors import TemplateError
from chronicle.model import Article, ArticleSummary, Page
from chronicle.render.bodies import fill, marker, refill
from conftest import FIXTURE_ARTICLE, FIXTURE_ARTICLE_PAGE
from conftest import edit_file as edit

ARTICLE, PAGE = FIXTURE_ARTICLE, FIXTURE_ARTICLE_PAGE


def options(project: Path, out: str = "site", **kw) -> BuildOptions:
    return BuildOptions(content_dir=project / "content", out_dir=project / out, config_path=project / "config.yaml",
                        layouts_dir=project / "layouts", search=False, jobs=1, **kw)


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def quick(report) -> bool:
    return "quick" in report.stage_seconds and "load" not in report.stage_seconds


def assert_same_as_cold(project: Path) -> None:
    cold = project / "cold"
    shutil.rmtree(cold, ignore_errors=True)
    build(options(project, "cold", cache=False))
    assert tree(project / "site") == tree(cold)


def test_a_body_edit_takes_the_quick_path_and_equals_a_cold_build(project):
    first = build(options(project))
    before = tree(project / "site")
    edit(project / ARTICLE, "Coalition of the willing", "Coalition of the willing, quickly")
    report = build(options(project))
    assert quick(report)
    after = tree(project / "site")
    changed = {p for p in after if after[p] != before.get(p)}
    assert after.keys() == before.keys() and report.pages == first.pages
    assert {p for p in changed if p.endswith(".html")} == {PAGE}
    assert {"feed.xml", "sw.js", "offline/manifest.json", "download/archive.zip"} <= changed
    assert report.written == len(changed)
    assert b"the willing, quickly" in after[PAGE]
    with zipfile.ZipFile(project / "site" / "download" / "archive.zip") as zf:
        assert zf.testzip() is None
        assert b"the willing, quickly" in zf.read(next(n for n in zf.namelist() if n.endswith(PAGE)))
    assert_same_as_cold(project)


def test_quick_builds_in_a_row_reuse_the_mirror_and_stay_exact(project):
    build(options(project))
    for n in range(3):
        edit(project / ARTICLE, "Coalition of the willing", f"Coalition of the willing ({n})")
        assert quick(build(options(project)))
        assert (project / ".site.cache" / "spare.ok").is_file()
    assert_same_as_cold(project)
    # the mirror shares the published files' bytes: only what changed is stored twice
    spare = project / ".site.cache" / "spare"
    assert os.stat(spare / "index.html").st_ino == os.stat(project / "site" / "index.html").st_ino


def test_a_patched_body_put_back_then_a_full_build_stays_exact(project):
    """The quick path passes the page fingerprints on unread: a page it patched must be rendered
    again by the next full build, even when the body goes back to what the fingerprint saw."""
    build(options(project))
    original = (project / ARTICLE).read_text()
    edit(project / ARTICLE, "Coalition of the willing", "Coalition of the unwilling")
    assert quick(build(options(project)))
    (project / ARTICLE).write_text(original)
    # a full build that changes nothing this page shows: a draft added
    (project / "content" / "articles" / "a-draft.md").write_text("---\ntitle: Later\ndraft: true\n---\n\nNot yet.\n")
    assert not quick(build(options(project)))
    assert b"the unwilling" not in (project / "site" / PAGE).read_bytes()
    assert_same_as_cold(project)


def test_a_damaged_mirror_is_made_again(project):
    build(options(project))
    edit(project / ARTICLE, "Coalition of the willing", "Coalition of the willing, once")
    assert quick(build(options(project)))
    (project / ".site.cache" / "spare" / "stray.html").write_text("not part of the site")
    (project / ".site.cache" / "spare.ok").unlink()          # as a patch killed half-way leaves it
    edit(project / ARTICLE, "the willing, once", "the willing, twice")
    assert quick(build(options(project)))
    assert not (project / "site" / "stray.html").exists()
    assert_same_as_cold(project)


def test_a_full_build_brings_the_mirror_up_to_date(project):
    """After a full build the mirror is the site again: every file the same inode as the
    site's (the zip a copy of it), and what the site does not have gone."""
    build(options(project))
    spare, site = project / ".site.cache" / "spare", project / "site"
    (spare / "stray.html").write_text("not part of the site")
    (spare / "stray-folder" / "deep").mkdir(parents=True)
    (spare / "index.html").unlink()
    (spare / "index.html").mkdir()                           # a folder where the site has a file
    edit(project / ARTICLE, "title: ", "title: Retitled ")
    assert not quick(build(options(project)))
    files = lambda root: sorted(p.relative_to(root).as_posix() for p in root.rglob("*"))   # noqa: E731
    assert files(spare) == files(site)
    for p in site.rglob("*"):
        mirrored = spare / p.relative_to(site)
        if p.is_file() and p.name != "archive.zip":
            assert os.stat(mirrored).st_ino == os.stat(p).st_ino, p
    assert (spare / "download" / "archive.zip").read_bytes() == (site / "download" / "archive.zip").read_bytes()
    edit(project / ARTICLE, "Coalition of the willing", "Coalition of the willing, after")
    assert quick(build(options(project)))
    assert_same_as_cold(project)


def test_the_zip_has_its_own_copy_in_the_mirror_and_is_patched_in_place(project):
    """The mirror holds a copy of the zip, not a link, and a quick build rewrites only what
    follows its first changed byte (55 MB at 10,000 articles)."""
    build(options(project))
    spare_zip = project / ".site.cache" / "spare" / "download" / "archive.zip"
    site_zip = project / "site" / "download" / "archive.zip"
    assert os.stat(spare_zip).st_ino != os.stat(site_zip).st_ino and os.stat(site_zip).st_nlink == 1
    inodes = set()
    for n in range(3):
        before = site_zip.read_bytes()
        edit(project / ARTICLE, "Coalition of the willing", f"Coalition of the willing [{n}]")
        assert quick(build(options(project)))
        after = site_zip.read_bytes()
        # the zip puts what an article edit changes at its end: a long unchanged start
        assert after[:len(after) // 3] == before[:len(after) // 3]
        assert spare_zip.read_bytes() == after     # the mirror caught up
        inodes.add(os.stat(site_zip).st_ino)
        with zipfile.ZipFile(site_zip) as zf:
            assert zf.testzip() is None
    assert len(inodes) == 2    # the two copies take turns: rewritten in place, never made anew
    assert_same_as_cold(project)


def test_a_file_edited_in_place_in_site_is_repaired_by_a_full_build(project):
    # the published file and the mirror share its bytes: only the check of every file finds it
    build(options(project))
    with open(project / "site" / "index.html", "ab") as fh:
        fh.write(b"<!-- edited by hand -->")
    edit(project / ARTICLE, "Coalition of the willing", "Coalition of the willing, in place")
    assert not quick(build(options(project)))
    assert_same_as_cold(project)


@pytest.mark.parametrize("old, new", [
    ("title: ", "title: Retitled "),                 # a field every listing shows
    ("tags: [", "tags: [sanctions, "),               # topic pages and feeds change
])
def test_an_edit_beyond_the_body_is_a_full_build(project, old, new):
    build(options(project))
    edit(project / ARTICLE, old, new)
    report = build(options(project))
    assert not quick(report)
    assert_same_as_cold(project)


def test_a_new_article_is_a_full_build(project):
    build(options(project))
    (project / "content" / "articles" / "added.md").write_text("---\ntitle: Added\ndate: 2025-01-02\n---\n\nNew.\n")
    assert not quick(build(options(project)))
    assert_same_as_cold(project)


def test_a_touched_site_is_repaired_by_a_full_build(project):
    build(options(project))
    (project / "site" / "search.html").unlink()
    edit(project / ARTICLE, "Coalition of the willing", "Coalition of the willing, again")
    assert not quick(build(options(project)))
    assert_same_as_cold(project)


def test_a_standalone_page_body_edit_is_quick_too(project):
    build(options(project))
    before = tree(project / "site")
    with open(project / "content" / "pages" / "about.md", "a") as fh:   # a new last paragraph: the summary stays
        fh.write("\nEdited about page.\n")
    assert quick(build(options(project)))
    after = tree(project / "site")
    assert {p for p in after if after[p] != before[p] and p.endswith((".html", ".xml"))} == {"about.html"}
    assert b"Edited about page." in after["about.html"]
    assert_same_as_cold(project)


def test_two_bodies_edited_at_once_and_the_feed_keeps_both(project):
    build(options(project))
    edit(project / ARTICLE, "Coalition of the willing", "Coalition of the willing <b>&</b> more")
    with open(project / "content" / "articles" / "2025" / "2025-03-05-eu-summit.md", "a") as fh:
        fh.write("\nA second body edit, with *markup*.\n")
    assert quick(build(options(project)))
    feed = (project / "site" / "feed.xml").read_text()
    assert "A second body edit, with &lt;em&gt;markup&lt;/em&gt;." in feed
    assert_same_as_cold(project)


@pytest.mark.parametrize("layout_edit, message", [
    # a neighbour's body on an article page: the neighbour is a summary, it has none
    (('{% if next %}', '{% if next %}<div class="teaser">{{ next.body_html|safe }}</div>'), "body_html"),
    # the marker changed before it is printed
    (('{{ body }}', '{% set b %}{{ body }}{% endset %}{{ b|upper }}'), "body marker was changed"),
    (('{{ body }}', '{{ body|string|truncate(8) }}'), "body marker was changed"),
])
def test_layouts_that_use_bodies_otherwise_are_errors_with_their_path(project, layout_edit, message):
    layout = project / "layouts" / "article.html"
    text = layout.read_text()
    assert layout_edit[0] in text
    layout.write_text(text.replace(layout_edit[0], layout_edit[1], 1))
    with pytest.raises(TemplateError, match=message) as caught:
        build(options(project))
    assert caught.value.path.endswith("article.html")
    assert not (project / "site").exists()


def test_a_listing_cannot_show_a_body(project):
    layout = project / "layouts" / "home.html"
    text = layout.read_text()
    layout.write_text(text.replace("{% block main %}", "{% block main %}{% for a in latest %}{{ a.body_html }}{% endfor %}", 1))
    with pytest.raises(TemplateError, match="body_html") as caught:
        build(options(project))
    assert caught.value.path.endswith("home.html") and caught.value.line


def test_every_planned_page_holds_summaries_only(project):
    """The contract by construction: no page but an article's own gets a body, and that one
    only as its marker."""
    from chronicle.build.siteconfig import read_config
    from chronicle.build.assemble import load_articles
    from chronicle.index.collect import build_index
    from chronicle.index.threads import find_threads
    from chronicle.render.pages import summary_index
    from chronicle.render.plan import plan_pages
    opts = options(project)
    loaded = load_articles(opts, read_config(opts))
    index = build_index(list(loaded.articles), loaded.config, find_threads(loaded.articles))
    seen = []

    def walk(value):
        if isinstance(value, ArticleSummary):
            seen.append(value)
        elif isinstance(value, dict) or hasattr(value, "items"):
            for v in value.values():
                walk(v)
        elif isinstance(value, (list, tuple)):
            for v in value:
                walk(v)
        elif hasattr(value, "__dataclass_fields__"):
            for name in value.__dataclass_fields__:
                walk(getattr(value, name))
    pages = plan_pages(summary_index(index), loaded.config, False)
    for page in pages:
        walk(page.context)
        if "body" in page.context:
            assert page.template in ("article.html", "page.html")
            assert page.context["body"] == marker(page.context["article"].page_path)
    assert seen and {type(a) for a in seen} == {ArticleSummary}
    assert not any(hasattr(a, "body_html") for a in seen)


# ---------------------------------------------------------------- the markers themselves

def _article(body: str) -> Article:
    return Article(path="a.md", kind="article", slug="a", title="A", date=None, date_basis="", source="", url="",
                   tags=(), tag_names=(), summary="", body_html=body, body_text="", imported_from="", id="",
                   draft=False, extra={}, page_path="articles/a.html")


@pytest.mark.parametrize("template, count", [
    ("<main>{{ body }}</main>", 1),
    ("{{ body }}|{{ body|safe }}|{{ body|e }}", 3),     # Markup: escaping leaves it as it is
    ("<p>{{ article.title }}</p>", 0),
    ("{% macro m() %}{{ body }}{% endmacro %}{{ m() }}", 1),
    ("<feed>{{ body_of(article) }}</feed>", 1),
])
def test_a_page_is_its_pieces_joined_with_the_body(template, count):
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    article = _article("<p>Body &amp; soul</p>")
    text = env.from_string(template).render(article=article.summarized(), body=marker(article.page_path),
                                            body_of=lambda a: marker(a.page_path, escaped=True))
    data, slots = fill(text, {article.page_path: article.body_html}, "t.html")
    assert len(slots) == count
    # as Jinja prints the HTML escaped (the feed's old `{{ a.body_html }}`) or as it is
    escaped = env.from_string("{{ b }}").render(b=article.body_html).encode()
    assert all(data[a:b] == (escaped if mode else article.body_html.encode()) for a, b, mode, _ in slots)
    assert b"\x00" not in data
    new = "<p>A longer body, with “quotes” &amp; more</p>"
    again, moved = refill(data, slots, {article.page_path: new})
    direct, direct_slots = fill(text, {article.page_path: new}, "t.html")
    assert (again, moved) == (direct, direct_slots)


@pytest.mark.parametrize("template", ["{{ body|upper }}", "{{ body[:5] }}", "{{ body|string|replace('a', 'b') }}",
                                      "{% set b %}{{ body }}{% endset %}{{ b|trim|truncate(4) }}"])
def test_a_changed_marker_is_refused(template):
    env = jinja2.Environment(autoescape=True)
    text = env.from_string(template).render(body=marker("articles/a.html"))
    with pytest.raises(TemplateError, match="marker was changed|is not shown here"):
        fill(text, {"articles/a.html": "<p>x</p>"}, "layouts/t.html")


def test_a_marker_for_another_body_is_refused():
    with pytest.raises(TemplateError, match="not shown here"):
        fill(str(marker("articles/b.html")), {"articles/a.html": "<p>x</p>"}, "layouts/t.html")


def test_a_folder_put_where_the_site_was_is_still_checked_before_it_is_replaced(project):
    from chronicle.errors import OutputError
    build(options(project))
    shutil.rmtree(project / "site")
    (project / "site").mkdir()                      # may well get the old folder's inode back
    (project / "site" / "index.html").write_text("<p>mine</p>")
    (project / "site" / "notes.md").write_text("# my notes\n")
    with pytest.raises(OutputError, match="holds Markdown files"):
        build(options(project))
    assert (project / "site" / "notes.md").read_text() == "# my notes\n"


def test_refreshed_offline_files_equal_offline_files_made_whole():
    import hashlib
    from chronicle.outputs.serviceworker import offline_files, refreshed_offline_files
    paths = ["index.html", "search.html", "404.html", "static/site.css", "articles/a.html", "articles/b.html",
             "topics/x.html", "feed.xml", "download/archive.zip", "pagefind/pagefind.js", "pagefind/fragment/a.pf_fragment"]
    from chronicle.config import Config
    from chronicle.render.environment import make_environment
    from chronicle.render.pages import output_renderer
    from conftest import ROOT
    render = output_renderer(make_environment(ROOT / "layouts"), {"site": Config(path="config.yaml")}, ROOT / "layouts")
    paths += ["pagefind/pagefind.en_1.pf_meta", "offline/search/t1.js"]
    records = {p: (100 + i, hashlib.sha256(p.encode()).digest()) for i, p in enumerate(paths)}
    last = dict(records)
    first = offline_files(last, render)
    records["articles/b.html"] = (5000, hashlib.sha256(b"edited").digest())
    whole = offline_files(dict(records), render)
    refreshed = refreshed_offline_files(dict(records), last, ["articles/b.html"], first[0].data, first[1].data)
    assert [(f.path, f.data) for f in refreshed] == [(f.path, f.data) for f in whole]
    assert whole[0].data != first[0].data and whole[1].data != first[1].data
    assert refreshed_offline_files(dict(records), last, ["articles/b.html"], b"[]", first[1].data) is None
    # search on: index files renamed (named by their bytes); the list and the worker's shell follow
    for old, new in (("pagefind/pagefind.en_1.pf_meta", "pagefind/pagefind.en_2.pf_meta"), ("offline/search/t1.js", "offline/search/t2.js")):
        records[new] = (7, hashlib.sha256(new.encode()).digest())
        del records[old]
    whole_renamed = offline_files(dict(records), render)
    touched = ["articles/b.html", "pagefind/pagefind.en_1.pf_meta", "pagefind/pagefind.en_2.pf_meta", "offline/search/t1.js", "offline/search/t2.js"]
    refreshed = refreshed_offline_files(dict(records), last, touched, first[0].data, first[1].data)
    assert [(f.path, f.data) for f in refreshed] == [(f.path, f.data) for f in whole_renamed]
    assert b"en_2.pf_meta" in whole_renamed[1].data and b"offline/search/t2.js" in whole_renamed[0].data


def test_a_full_build_with_few_changed_files_patches_the_zip(project, monkeypatch):
    """A retitled article is a full build, but the zip keeps the entries of unchanged files."""
    from chronicle.outputs import registry as publish
    build(options(project))
    edit(project / ARTICLE, "title: ", "title: Retitled ")

    def no_fresh_zip(*args, **kwargs):
        raise AssertionError("the whole zip was made again")
    monkeypatch.setattr(publish, "zip_chunks", no_fresh_zip)
    assert not quick(build(options(project)))
    monkeypatch.undo()
    assert_same_as_cold(project)


def test_a_new_site_title_makes_a_new_zip(project):
    # the zip's top folder is named after the site: no entry of the old one can be kept
    build(options(project))
    config = project / "config.yaml"
    config.write_text(config.read_text().replace("title: ", "title: Renamed ", 1))
    build(options(project))
    assert_same_as_cold(project)
    with zipfile.ZipFile(project / "site" / "download" / "archive.zip") as zf:
        assert all(name.startswith("renamed-") for name in zf.namelist())


def test_a_search_build_after_one_without_search_indexes_every_body(project):
    """Builds without search keep no body text (only the offline index reads it), so their
    cached articles must not serve a build with search."""
    from dataclasses import replace
    build(options(project))
    build(replace(options(project), search=True))
    build(replace(options(project, "cold", cache=False), search=True))
    site, cold = tree(project / "site"), tree(project / "cold")
    # the body's words are in the offline index: "Coalition" (stem "coalit") is in a quote of zelensky-rift
    chunks = [data for path, data in site.items() if path.startswith("offline/search/t")]
    assert chunks and any(b'"coalit"' in data for data in chunks)
    assert site == cold


def test_a_full_build_after_a_body_edit_renders_only_that_page(project, monkeypatch):
    """When a body edit cannot take the quick path (its facts are missing from the cache, here),
    the full build still renders that article's page alone: every other page was planned
    without any body, so its fingerprint cannot have changed."""
    from chronicle.render import pages as render_pages
    build(options(project))
    rendered: list[str] = []
    real = render_pages.render_page

    def counting(env, page, *args):
        rendered.append(page.path)
        return real(env, page, *args)
    monkeypatch.setattr(render_pages, "render_page", counting)
    edit(project / ARTICLE, "Coalition of the willing", "Coalition of the willing, searched")
    (project / ".site.cache" / "quick.cbor").unlink()
    assert not quick(build(options(project)))
    assert [p for p in rendered if p.endswith(".html")] == [PAGE]
    monkeypatch.undo()
    cold = project / "cold"
    build(options(project, "cold", cache=False))
    assert tree(project / "site") == tree(cold)
