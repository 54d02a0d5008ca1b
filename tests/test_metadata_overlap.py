"""A metadata edit's full build with the work overlapped (issue 12): Pagefind indexes the changed
partitions on threads while the feeds and the offline index are made (build/assemble.make_site,
outputs/search/stage.Indexing), and the last site is removed on a thread while the cache is
saved (write/staging.Staging.removed); a feed is rendered again only when what it shows changed
(render/pages.OutputRenderer). With two jobs, as a user's build runs, each result equals
a cold build byte for byte, and nothing of that work outlives the build. Also: each topic's
"Keep offline" part lists exactly that topic's files (outputs/offlineparts.part_files)."""
from __future__ import annotations

import json
import re
import threading

import pytest

from test_search_incremental import _corpus, _partition_files
from test_search_metadata import _edit, _moved_date
from test_search_quick import _tree

pytestmark = pytest.mark.slow


def _options(project, out="site", **kw):
    from chronicle.build.options import BuildOptions
    return BuildOptions(content_dir=project / "content", out_dir=project / out, config_path=project / "config.yaml",
                        jobs=2, **kw)


def _full_build(project):
    from chronicle.build.pipeline import build
    report = build(_options(project))
    assert "load" in report.stage_seconds, "not a full build"
    # the last site's removal and the Pagefind threads are over when build() returns
    assert [t.name for t in threading.enumerate() if t.name.startswith("chronicle-")] == []
    leftovers = [p.name for p in project.iterdir() if p.name.startswith(".site.") and p.name not in (".site.cache", ".site.lock")]
    assert leftovers == []
    return report


def _same_as_cold(project, name):
    from chronicle.build.pipeline import build
    build(_options(project, name, cache=False))
    assert _tree(project / "site") == _tree(project / name), f"{name}: differs from a cold build"


def _feeds(site):
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*.xml") if "sitemap" not in p.name}


def _prints(project):
    """path -> fingerprint of what each page and output made from a layout shows (the build's state)."""
    from chronicle.build.cache import BuildCache
    return dict(BuildCache.open(project / "site", True).prints().pages)


def _changed_partitions(before, after):
    """Partitions whose index files are not the very files (inodes) they were."""
    return sorted(name for name in before.keys() | after.keys() if before.get(name) != after.get(name))


def test_title_and_date_edits_with_two_jobs_equal_cold_builds(tmp_path):
    """A title edit, then a date moved so the article changes partition (two
    partitions indexed at once on the two threads), then two articles retitled together: each
    a full build with Pagefind running beside the publish stage, equal to a cold build."""
    corpus = _corpus(tmp_path / "corpus")
    articles = sorted((corpus / "content" / "articles").rglob("*.md"))
    _full_build(corpus)
    before = _partition_files(corpus / "site")
    assert len(before) >= 5, before.keys()
    a, b = articles[100], articles[170]
    feeds_before, prints_before = _feeds(corpus / "site"), _prints(corpus)
    _edit(a, r'^title: "', 'title: "Wombatquake: ')
    report = _full_build(corpus)
    assert report.written < 60, report.written
    feeds_after, prints_after = _feeds(corpus / "site"), _prints(corpus)
    showing = {p for p, data in feeds_after.items() if b"Wombatquake" in data}
    rendered = {p for p in feeds_after if prints_before.get(p) != prints_after.get(p)}
    assert showing and feeds_after.keys() == feeds_before.keys()
    # the feeds that list it were rendered again, the others kept (the full-text feed is always made)
    assert rendered - {"feed.xml"} == showing - {"feed.xml"}, (sorted(rendered), sorted(showing))
    assert {p for p in feeds_after if feeds_after[p] != feeds_before[p]} == showing
    after = _partition_files(corpus / "site")
    assert len(_changed_partitions(before, after)) == 1, _changed_partitions(before, after)
    _same_as_cold(corpus, "cold-title")
    _edit(a, r"^date: \S+", f"date: {_moved_date(a, -700)}")   # two years back: another partition
    _full_build(corpus)
    assert len(_changed_partitions(after, _partition_files(corpus / "site"))) >= 2
    _same_as_cold(corpus, "cold-date")
    _edit(a, r'^title: "Wombatquake: ', 'title: "Numbatquake: ')
    _edit(b, r'^title: "', 'title: "Quokkaquake: ')
    _full_build(corpus)
    _same_as_cold(corpus, "cold-two")


def test_each_topic_part_lists_exactly_its_topic_files(tmp_path):
    """offline/parts/topic-<slug>.json: its page and every file under topics/<slug>/, found here
    by walking the site (the build finds them from the list of kept paths)."""
    from chronicle.outputs.offlineparts import part_paths
    corpus = _corpus(tmp_path / "corpus", articles=60)
    _full_build(corpus)
    site = corpus / "site"
    shell = json.loads((site / "offline" / "parts" / "shell.json").read_bytes())
    topics = sorted(p.stem for p in (site / "topics").glob("*.html") if p.stem != "index")
    assert len(topics) > 20, topics
    for slug in topics:
        part = json.loads((site / "offline" / "parts" / f"topic-{slug}.json").read_bytes())
        listed = {p for p in part["files"] if p.startswith("topics/")}
        on_disk = {f"topics/{slug}.html"} | {p.relative_to(site).as_posix() for p in (site / "topics" / slug).rglob("*")
                                             if p.is_file()}
        assert listed == on_disk, slug
        assert all((site / p).is_file() for p in part_paths(part, shell, lambda p: (site / p).read_bytes())), slug
