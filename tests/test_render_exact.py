"""A metadata edit renders again only the pages that show what changed: after a tag that makes a
new topic, a title edit and the topic removed again, every page whose fingerprint changed (what
the render stage renders again, kept in the build's state) has new bytes or shows the edited
article (a page that lists it is given its summary, tags included), and the site equals a cold
build. Before, every page's context held the names of all topics, so a new topic fingerprinted,
and rendered, every page of the site again."""
from __future__ import annotations

import posixpath
import re

from conftest import FIXTURE_ARTICLE, FIXTURE_ARTICLE_PAGE, copy_fixture, edit_file


def _build(project, out, **kw):
    from chronicle.build.options import BuildOptions
    from chronicle.build.pipeline import build
    return build(BuildOptions(content_dir=project / "content", out_dir=project / out, config_path=project / "config.yaml",
                              search=False, jobs=1, **kw))


def _prints(project):
    from chronicle.build.cache import BuildCache
    return dict(BuildCache.open(project / "site", True).prints().pages)


def _tree(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _links_to(path: str, html: bytes, target: str) -> bool:
    """The page at `path` has a link to the page `target` (links are relative)."""
    base = posixpath.dirname(path)
    return any(posixpath.normpath(posixpath.join(base, href.decode())) == target
               for href in re.findall(rb'href="([^"#?]+)', html))


def _edit_and_check(project, edit, name):
    before_prints, before = _prints(project), _tree(project / "site")
    edit()
    _build(project, "site")
    after_prints, after = _prints(project), _tree(project / "site")
    rendered = {p for p, fp in after_prints.items() if before_prints.get(p) != fp}
    changed = {p for p, data in after.items() if before.get(p) != data}
    showing = {p for p, data in after.items() if p.endswith(".html") and _links_to(p, data, FIXTURE_ARTICLE_PAGE)}
    assert rendered, f"{name}: nothing rendered again"
    assert rendered <= changed | showing, f"{name}: rendered again for nothing: {sorted(rendered - changed - showing)}"
    _build(project, f"cold-{name}", cache=False)
    assert _tree(project / f"cold-{name}") == after, f"{name}: differs from a cold build"
    return rendered


def test_a_metadata_edit_renders_only_the_pages_that_show_it(tmp_path):
    project = copy_fixture(tmp_path / "project")
    _build(project, "site")
    pages = len(_prints(project))
    article = project / FIXTURE_ARTICLE
    tags = re.search(r"^tags: \[(.*)\]$", article.read_text(), re.M)
    assert tags, "the fixture article has a tag list"
    rendered = _edit_and_check(project, lambda: edit_file(article, tags.group(0), f"tags: [Quokka Affairs, {tags.group(1)}]"),
                               "new topic")
    assert "topics/quokka-affairs.html" in rendered and len(rendered) < pages / 2, (len(rendered), pages)
    title = re.search(r"^title: .*$", article.read_text(), re.M).group(0)
    _edit_and_check(project, lambda: edit_file(article, title, 'title: "A title edited for the test"'), "title")
    _edit_and_check(project, lambda: edit_file(article, "tags: [Quokka Affairs, ", "tags: ["), "topic removed")
