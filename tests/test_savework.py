"""The article cache saved by a forked child while the build indexes (build/savework.py): what
the child writes is what the process writes itself, later builds that read it equal cold builds,
and a child killed in the middle of its writing leaves no half-written file that a later build
trusts (nor its temporary file)."""
from __future__ import annotations

import os
import shutil
import signal
import threading
from pathlib import Path

import pytest

from chronicle import childwork
from chronicle.build import savework
from chronicle.build.cache import BuildCache
from chronicle.build.pipeline import BuildOptions, build
from chronicle.build.reuse import ARTICLES
from test_search_metadata import _edit
from tools.faultlib import make_corpus, manifest

ROOT = Path(__file__).resolve().parent.parent
CACHED = ("articles.cbor", "bodies.cbor")


def _options(corpus: Path, out: str, jobs: int, **kw) -> BuildOptions:
    return BuildOptions(content_dir=corpus / "content", out_dir=corpus / out, config_path=corpus / "config.yaml",
                        layouts_dir=ROOT / "layouts", jobs=jobs, search=False, **kw)


def _cold(corpus: Path) -> dict:
    shutil.rmtree(corpus / "cold", ignore_errors=True)
    build(_options(corpus, "cold", 1, cache=False))
    return manifest(corpus / "cold")


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    monkeypatch.setattr(savework, "MIN_ARTICLES", 1)   # the child's path at 40 articles
    # in a full run this process may hold other tests' idle server threads, which would keep the
    # build from forking (test_no_child_beside_another_thread)
    monkeypatch.setattr(childwork, "can_fork", lambda: True)
    return make_corpus(tmp_path / "corpus", 40)


def _started(monkeypatch) -> list:
    started = []
    fork = savework.fork_child
    monkeypatch.setattr(savework, "fork_child", lambda work: started.append(1) or fork(work))
    return started


def _cache_dir(corpus: Path, out: str) -> Path:
    return BuildCache.open(corpus / out, True).folder


def test_a_childs_cache_is_the_processs_and_later_builds_equal_cold_builds(corpus, monkeypatch):
    started = _started(monkeypatch)
    build(_options(corpus, "site", 2))
    assert started == [1], "no child saved the cache"
    build(_options(corpus, "alone", 1))
    assert started == [1]
    written = {n: (_cache_dir(corpus, "site") / n).read_bytes() for n in CACHED}
    assert written == {n: (_cache_dir(corpus, "alone") / n).read_bytes() for n in CACHED}
    articles = sorted((corpus / "content" / "articles").glob("*.md"))
    _edit(articles[7], r'^title: "', 'title: "Saved by a child: ')
    build(_options(corpus, "site", 2))
    assert manifest(corpus / "site") == _cold(corpus), "a metadata edit differs from a cold build"
    _edit(articles[20], r"\Z", "\nA sentence added after a child saved the cache.\n")
    build(_options(corpus, "site", 2))
    assert manifest(corpus / "site") == _cold(corpus), "a body edit differs from a cold build"


def test_a_killed_child_leaves_nothing_a_later_build_trusts(corpus, monkeypatch):
    build(_options(corpus, "site", 2))   # a whole cache, saved by a child
    folder = _cache_dir(corpus, "site")
    parent, real = os.getpid(), BuildCache.write

    def dying(self, name, data):
        """The child dies with the articles' file half written (the bodies' file is whole)."""
        if os.getpid() != parent and name == ARTICLES:
            def half(fh):
                fh.write((folder / ARTICLES).read_bytes()[:1000])
                fh.flush()
                os.kill(os.getpid(), signal.SIGKILL)
            return real(self, name, half)
        return real(self, name, data)
    monkeypatch.setattr(BuildCache, "write", dying)
    articles = sorted((corpus / "content" / "articles").glob("*.md"))
    _edit(articles[3], r"\Z", "\nA sentence the killed child was saving.\n")
    # a full build (not the quick path) that saves the whole cache again, by a child
    for name in ("quick.cbor", "bodies.cbor"):
        (folder / name).unlink()
    started = _started(monkeypatch)
    build(_options(corpus, "site", 2))
    assert started == [1]
    assert manifest(corpus / "site") == _cold(corpus), "the build whose child was killed differs from a cold build"
    assert not [p.name for p in folder.iterdir() if ".tmp-" in p.name], "the child's temporary file was left"
    monkeypatch.setattr(BuildCache, "write", real)
    _edit(articles[30], r'^title: "', 'title: "After a killed child: ')
    build(_options(corpus, "site", 1))
    assert manifest(corpus / "site") == _cold(corpus), "a build after a killed child differs from a cold build"


def test_a_child_left_unjoined_is_ended(corpus, monkeypatch):
    """As on a Ctrl-C during the index: leaving the block ends the child and removes its files."""
    from chronicle.build.assemble import load_articles
    from chronicle.build.siteconfig import read_config
    options = _options(corpus, "site", 2)
    cache = BuildCache.open(options.out_dir, True)
    loaded = load_articles(options, read_config(options), cache)
    with savework.Saving(cache, loaded.cache_entries, loaded.bodies, 2) as saving:
        saving.start()
        child = saving._pid
        assert child is not None
    with pytest.raises(ChildProcessError):
        os.waitpid(child, os.WNOHANG)
    assert not [p.name for p in cache.folder.glob("*tmp-*")]


def test_no_child_beside_another_thread():
    """A process running another thread (the preview's server, its watcher) saves the cache and
    finds the threads itself: a lock that thread held at the fork would stay held in the child."""
    assert childwork.can_fork() is (threading.active_count() == 1)
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert childwork.can_fork() is False
    finally:
        stop.set()
        other.join()
