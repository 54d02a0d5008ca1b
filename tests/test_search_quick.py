"""Search-on body edits take the quick path (build/quicksearch.py, issue 12): only the edited
articles' Pagefind partitions are indexed again and the offline index is patched; each result
equals a cold build, and a quick build killed while Pagefind runs leaves the previous site."""
from __future__ import annotations

import os
import signal
import sys
import time

import pytest

from conftest import ROOT
from test_search_incremental import _corpus, _partition_files

pytestmark = pytest.mark.slow


# --- the quick path with search on (build/quicksearch.py) -------------------------------------

def _search_options(project, out="site", **kw):
    from chronicle.build.options import BuildOptions
    return BuildOptions(content_dir=project / "content", out_dir=project / out, config_path=project / "config.yaml",
                        layouts_dir=project / "layouts", jobs=1, **kw)


def _quick_build(project):
    from chronicle.build.pipeline import build
    report = build(_search_options(project))
    assert "quick" in report.stage_seconds and "load" not in report.stage_seconds, "not the quick path"
    return report


def _same_as_cold(project, name, **kw):
    from chronicle.build.pipeline import build
    build(_search_options(project, name, cache=False, **kw))
    assert _tree(project / "site") == _tree(project / name), f"{name}: differs from a cold build"


def _tree(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _engines(site, word):
    """The article pages each engine's index lists for `word` (Pagefind's, the offline one's)."""
    sys.path.insert(0, str(ROOT / "bench"))
    from search_terms import offline_terms, pagefind_terms
    from chronicle.outputs.searchwords import Words
    term = Words("english").term(word)
    return pagefind_terms(site).get(term, set()), offline_terms(site).get(term, set())


def test_search_on_body_edits_take_the_quick_path_and_equal_cold_builds(project):
    """A new word, a second edit in a row, a standalone page, the last use of a word removed:
    each a quick build whose site is a cold build's, and both search engines follow."""
    from chronicle.build.pipeline import build
    from conftest import FIXTURE_ARTICLE, FIXTURE_ARTICLE_PAGE, edit_file
    build(_search_options(project))
    site, article = project / "site", project / FIXTURE_ARTICLE
    assert _engines(site, "zyzzyvas") == (set(), set())
    edit_file(article, "Coalition of the willing", "Coalition of the willing and zyzzyvas")
    report = _quick_build(project)
    assert report.written < 40, report.written
    assert _engines(site, "zyzzyvas") == ({FIXTURE_ARTICLE_PAGE}, {FIXTURE_ARTICLE_PAGE})
    _same_as_cold(project, "cold1")
    edit_file(article, "and zyzzyvas", "and zyzzyvas, twice edited")
    _quick_build(project)
    assert _engines(site, "twice")[1] >= {FIXTURE_ARTICLE_PAGE}
    _same_as_cold(project, "cold2")
    with open(project / "content" / "pages" / "about.md", "a") as fh:   # a last paragraph: the summary stays
        fh.write("\nThe about page, edited.\n")
    _quick_build(project)
    _same_as_cold(project, "cold3")
    edit_file(article, "and zyzzyvas, twice edited", "")
    _quick_build(project)
    assert _engines(site, "zyzzyvas") == (set(), set())
    _same_as_cold(project, "cold4")
    assert not list((project / ".site.cache" / "spare").rglob(".*.tmp-*"))


def _built_corpus(tmp_path):
    """The benchmark corpus of test_search_incremental (200 articles in nine partitions) with
    the layouts, built with search; its article files, sorted."""
    from chronicle.build.pipeline import build
    corpus = _corpus(tmp_path / "corpus")
    (corpus / "layouts").symlink_to(ROOT / "layouts")
    build(_search_options(corpus))
    return corpus, sorted((corpus / "content" / "articles").rglob("*.md"))


def test_a_quick_search_build_rewrites_one_partition_and_a_few_offline_chunks(tmp_path):
    corpus, articles = _built_corpus(tmp_path)
    before, offline = _partition_files(corpus / "site"), _offline_files(corpus / "site")
    for article in (articles[40], articles[170]):   # two partitions, one build
        article.write_text(article.read_text(encoding="utf-8") + "\nA sentence about quokkas.\n", encoding="utf-8")
    _quick_build(corpus)
    after = _partition_files(corpus / "site")
    assert after.keys() == before.keys()
    assert len([name for name in before if before[name] != after[name]]) == 2
    changed = _offline_files(corpus / "site").items() - offline.items()
    # the manifest and the term chunks of the words the edits added (the excerpts, in the
    # document chunks, show the start of the text), of the index's many files
    assert "index.js" in dict(changed) and 2 <= len(changed) <= 6 < len(offline), sorted(changed)
    _same_as_cold(corpus, "cold")


def _offline_files(site):
    return {p.name: os.stat(p).st_ino for p in (site / "offline" / "search").iterdir()}


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_a_quick_search_build_killed_while_pagefind_runs_leaves_the_previous_site(tmp_path, sig):
    from test_search_interrupt import _pagefind_children
    from tools.faultlib import build_cmd, launch, make_corpus, manifest, run_build
    corpus, out = make_corpus(tmp_path / "c", 200, search_partition=32), tmp_path / "site"
    assert run_build(corpus, out, True).returncode == 0
    before = manifest(out)
    article = sorted((corpus / "content" / "articles").rglob("*.md"))[50]
    article.write_text(article.read_text(encoding="utf-8") + "\nA sentence about numbats.\n", encoding="utf-8")
    proc = launch(build_cmd(corpus, out, True, "--timings"), new_session=True)
    deadline = time.monotonic() + 300
    while proc.poll() is None and not _pagefind_children(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.002)
    assert proc.poll() is None, "the build ended before Pagefind was seen"
    os.killpg(proc.pid, sig)   # the whole group, Pagefind too
    _, err = proc.communicate(timeout=300)
    assert proc.returncode != 0 and "Traceback" not in err, err
    assert manifest(out) == before, "the previous site changed"
    again = run_build(corpus, out, True, "--timings")
    assert again.returncode == 0 and "quick" in again.stdout + again.stderr and "load" not in again.stdout + again.stderr
    assert run_build(corpus, tmp_path / "fresh", True, "--no-cache").returncode == 0
    assert manifest(out) == manifest(tmp_path / "fresh")
