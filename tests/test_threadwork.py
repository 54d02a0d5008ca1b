"""Story threads found in a forked child while the build goes on (index/threadwork.py): the
threads are those find_threads makes in the process itself, a child that fails gives way to the
process finding them, and a full build with two jobs whose threads came from a child equals a
cold build with one job."""
from __future__ import annotations

import os
import shutil
import signal
from pathlib import Path

import pytest

from chronicle import childwork
from chronicle.build.assemble import load_articles
from chronicle.build.pipeline import BuildOptions
from chronicle.build.siteconfig import read_config
from chronicle.index import threads as threads_module, threadwork
from chronicle.index.threads import find_threads
from test_search_metadata import _edit
from tools.faultlib import make_corpus, manifest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow


def _listing(found):
    return [(t.slug, t.title, t.centre.slug, tuple(a.slug for a in t.articles), tuple(t.dates.items()), t.estimated,
             t.sources, t.page_path) for t in found.by_slug.values()] + sorted((s, t.slug) for s, t in found.of_article.items())


def _options(corpus: Path, out: str, jobs: int, **kw) -> BuildOptions:
    return BuildOptions(content_dir=corpus / "content", out_dir=corpus / out, config_path=corpus / "config.yaml",
                        layouts_dir=ROOT / "layouts", jobs=jobs, search=False, **kw)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return make_corpus(tmp_path_factory.mktemp("threadwork") / "corpus", 150)


def test_a_child_finds_the_threads_the_process_finds(corpus, monkeypatch):
    options = _options(corpus, "site", 2)
    articles = load_articles(options, read_config(options)).articles
    expected = _listing(find_threads(articles))
    assert len(find_threads(articles).by_slug) >= 3
    monkeypatch.setattr(threadwork, "MIN_ARTICLES", 1)
    monkeypatch.setattr(childwork, "can_fork", lambda: True)   # (other tests' idle threads)
    computed = []
    monkeypatch.setattr(threadwork, "thread_groups", lambda a: computed.append(1) or threads_module.thread_groups(a))
    with threadwork.Finding(articles, 2) as finding:
        assert finding._pid is not None, "no child was started"
        assert _listing(finding.result()) == expected
    assert not computed, "the parent found the threads itself"
    with threadwork.Finding(articles, 2) as finding:   # a child that dies: the parent finds them
        os.kill(finding._pid, signal.SIGKILL)
        assert _listing(finding.result()) == expected
    assert computed
    with threadwork.Finding(articles, 2) as finding:   # left without its result: the child is ended
        child = finding._pid
    with pytest.raises(ChildProcessError):
        os.waitpid(child, os.WNOHANG)


def test_builds_whose_threads_came_from_a_child_equal_cold_builds(corpus, monkeypatch):
    from chronicle.build.pipeline import build
    monkeypatch.setattr(threadwork, "MIN_ARTICLES", 1)
    monkeypatch.setattr(childwork, "can_fork", lambda: True)   # (other tests' idle threads)
    started = []
    start = threadwork.Finding._start
    monkeypatch.setattr(threadwork.Finding, "_start", lambda self: started.append(1) or start(self))
    build(_options(corpus, "site", 2))
    article = sorted((corpus / "content" / "articles").glob("*.md"))[70]
    _edit(article, r'^title: "', 'title: "Threads from a child: ')
    report = build(_options(corpus, "site", 2))
    assert "load" in report.stage_seconds and len(started) == 2
    shutil.rmtree(corpus / "cold", ignore_errors=True)
    build(_options(corpus, "cold", 1, cache=False))
    assert manifest(corpus / "site") == manifest(corpus / "cold"), "differs from a cold build"
