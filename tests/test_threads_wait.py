"""What a metadata edit's build does while its threads' child works (build/assemble.py: the
layouts compiled, render/pages.layout_warmups), and the load reading the build's scan of
content/ instead of walking it again (build/load.py): the site is still a cold build's, and a
layout that does not compile is reported as without the warm-up."""
from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from chronicle import childwork
from chronicle.render import pages
from chronicle.build.pipeline import BuildOptions, build
from chronicle.errors import ChronicleError
from chronicle.index import threads as threads_module, threadwork
from test_search_metadata import _edit
from tools.faultlib import make_corpus, manifest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow


def _options(corpus: Path, out: str, jobs: int, layouts: Path = ROOT / "layouts", search: bool = False,
             **kw) -> BuildOptions:
    return BuildOptions(content_dir=corpus / "content", out_dir=corpus / out, config_path=corpus / "config.yaml",
                        layouts_dir=layouts, jobs=jobs, search=search, **kw)


@pytest.fixture
def slow_child(monkeypatch):
    """A threads' child forked for a small corpus, slow enough that the build waits for it;
    -> the warm-up steps the build ran."""
    monkeypatch.setattr(threadwork, "MIN_ARTICLES", 1)
    monkeypatch.setattr(childwork, "can_fork", lambda: True)   # (other tests' idle threads)
    groups = threads_module.thread_groups
    monkeypatch.setattr(threadwork, "thread_groups", lambda a: time.sleep(0.3) or groups(a))
    ran: list[str] = []
    warmups = pages.layout_warmups

    def counted(layouts_dir, dev):
        for step in warmups(layouts_dir, dev):
            yield lambda step=step: ran.append(step.args[0]) or step()
    monkeypatch.setattr(pages, "layout_warmups", counted)
    return ran


def test_a_metadata_edit_compiles_layouts_while_it_waits_and_equals_a_cold_build(tmp_path, slow_child):
    corpus = make_corpus(tmp_path / "corpus", 60)
    build(_options(corpus, "site", 2))
    articles = sorted((corpus / "content" / "articles").glob("*.md"))
    _edit(articles[20], r'^title: "', 'title: "Waiting: ')
    _edit(articles[40], r"^tags: \[", "tags: [waiting-room, ")
    slow_child.clear()
    build(_options(corpus, "site", 2))
    assert "article.html" in slow_child and not any(n.startswith(("static/", "dev/")) for n in slow_child)
    build(_options(corpus, "cold", 1, cache=False))
    assert manifest(corpus / "site") == manifest(corpus / "cold"), "differs from a cold build"


def test_with_search_the_last_outputs_and_offline_state_read_while_it_waits_are_a_cold_builds(tmp_path, slow_child):
    corpus = make_corpus(tmp_path / "corpus", 60, search_partition=16)
    build(_options(corpus, "site", 2, search=True))
    _edit(sorted((corpus / "content" / "articles").glob("*.md"))[30], r'^title: "', 'title: "Waiting with search: ')
    slow_child.clear()
    build(_options(corpus, "site", 2, search=True))
    assert slow_child, "nothing ran while the build waited"
    build(_options(corpus, "cold", 1, search=True, cache=False))
    assert manifest(corpus / "site") == manifest(corpus / "cold"), "differs from a cold build"


def test_a_layout_that_does_not_compile_is_reported_as_without_the_warm_up(tmp_path, slow_child):
    corpus = make_corpus(tmp_path / "corpus", 40)
    layouts = tmp_path / "layouts"
    shutil.copytree(ROOT / "layouts", layouts)
    build(_options(corpus, "site", 2, layouts))
    (layouts / "topic.html").write_text("{% if %}broken", encoding="utf-8")
    messages = []
    for out, jobs in (("site", 2), ("other", 1)):
        with pytest.raises(ChronicleError) as caught:
            build(_options(corpus, out, jobs, layouts))
        messages.append(str(caught.value))
    assert "topic.html" in messages[0] and messages[0] == messages[1]


def test_keys_prepared_before_the_threads_are_the_keys_made_with_them(tmp_path):
    from dataclasses import replace
    from chronicle.build.siteconfig import read_config
    from chronicle.build.assemble import load_articles
    from chronicle.index.collect import build_index
    from chronicle.index.threads import NO_THREADS, find_threads
    from chronicle.render.pagesreuse import Prepared, _Keys, page_key
    from chronicle.render.plan import article_inputs
    corpus = make_corpus(tmp_path / "corpus", 150)
    options = _options(corpus, "site", 1)
    config = read_config(options)
    articles = load_articles(options, config).articles
    index = build_index(list(articles), config, NO_THREADS, None)
    full = replace(index, threads=find_threads(articles))
    assert len(full.threads.by_slug) >= 3
    digest = lambda page: "body of " + page
    prepared = Prepared(index, digest, config)
    steps = list(prepared.steps(size=40))
    for step in steps[:2]:   # some pages prepared, the others made whole by page_plans
        step()
    assert prepared.of(full) and not prepared.of(replace(full, related={}))
    threaded = 0
    for a in full.articles:
        inputs = article_inputs(full, a, prepared.links)
        want = page_key(_Keys(), inputs, digest(a.page_path))
        got = prepared.key(a.page_path, inputs.thread)
        assert got == (want if a.page_path in prepared.parts else None)
        threaded += got is not None and inputs.thread is not None
    assert threaded, "no prepared page was in a thread"
    for slug in full.topics:   # a topic's key, prepared or not, is the whole key
        from chronicle.render.plan import topic_inputs
        want = page_key(_Keys(), topic_inputs(full, full.topics[slug], prepared.links),
                        f"{config.listing_size}\x1f{config.topic_latest}")
        assert prepared.topic_key(slug) == want


_AT_FORK = """
import json, sys
from pathlib import Path
from chronicle import childwork
from chronicle.build.pipeline import BuildOptions, build
from chronicle.index import threadwork
threadwork.MIN_ARTICLES = 1
childwork.can_fork = lambda: True
start, seen = threadwork.Finding._start, []
def recording(self):
    seen.append(sorted(m for m in sys.modules if m.split(".")[0] == "jinja2" or m in
                       ("chronicle.build.finish", "chronicle.render.pages", "chronicle.outputs.offline")))
    start(self)
threadwork.Finding._start = recording
corpus = Path(sys.argv[1])
build(BuildOptions(content_dir=corpus / "content", out_dir=corpus / "site", config_path=corpus / "config.yaml",
                   layouts_dir=Path(sys.argv[2]), jobs=2, search=False))
print(json.dumps([seen, "chronicle.build.finish" in sys.modules]))
"""


def test_the_threads_child_is_forked_before_the_render_and_search_code_is_imported(tmp_path):
    """What only the steps after the threads need (Jinja, the layouts, the search and offline
    index code) is imported while the child works, not before it is forked (a fresh process:
    this one has them all)."""
    import json
    import subprocess
    import sys
    corpus = make_corpus(tmp_path / "corpus", 30)
    ran = subprocess.run([sys.executable, "-c", _AT_FORK, str(corpus), str(ROOT / "layouts")], cwd=ROOT,
                         capture_output=True, text=True, check=True)
    (seen, finished) = json.loads(ran.stdout.strip().splitlines()[-1])
    assert seen == [[]] and finished, ran.stdout
