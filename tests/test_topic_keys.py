"""A topic's pages whose inputs (plan.TopicInputs: the topic with its articles, its related
topics) are as the last build's are not planned again (render/pagesreuse.py): a title edit
plans the pages of the edited article's topics only, a new tag those whose articles or related
topics changed, and each site equals a cold build byte for byte, fingerprints included."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from chronicle.build.cache import BuildCache
from test_search_metadata import _edit
from tools.faultlib import make_corpus, manifest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow


def _options(corpus: Path, out: str, **kw):
    from chronicle.build.options import BuildOptions
    return BuildOptions(content_dir=corpus / "content", out_dir=corpus / out, config_path=corpus / "config.yaml",
                        layouts_dir=ROOT / "layouts", jobs=1, search=False, **kw)


def _planned(corpus: Path, monkeypatch) -> set[str]:
    """Build; the slugs of the topics whose pages the build planned."""
    from chronicle.build.pipeline import build
    from chronicle.render import pagesreuse
    planned, plan = set(), pagesreuse.topic_pages

    def counted(inputs, config):
        planned.add(inputs.topic.slug)
        return plan(inputs, config)
    with monkeypatch.context() as m:
        m.setattr(pagesreuse, "topic_pages", counted)
        report = build(_options(corpus, "site"))
    assert "load" in report.stage_seconds, "not a full build"
    return planned


def _same_as_cold(corpus: Path) -> None:
    """The site and its saved fingerprints are a cold build's (one that saves its cache)."""
    import shutil
    from chronicle.build.pipeline import build
    for gone in (corpus / "cold", corpus / ".cold.cache"):
        shutil.rmtree(gone, ignore_errors=True)
    build(_options(corpus, "cold"))
    assert manifest(corpus / "site") == manifest(corpus / "cold"), "differs from a cold build"
    prints = [BuildCache.open(corpus / out, True).prints().pages for out in ("site", "cold")]
    assert prints[0] == prints[1]


def _tags(path: Path) -> list[str]:
    from chronicle.source.slugs import tag_slug
    found = re.search(r"^tags: \[(.*)\]", path.read_text(encoding="utf-8"), re.M).group(1)
    return [tag_slug(t.strip().strip('"')) for t in found.split(",") if t.strip()]


def test_topics_are_planned_only_where_their_inputs_changed(tmp_path, monkeypatch):
    corpus = make_corpus(tmp_path / "corpus", 60)
    articles = sorted((corpus / "content" / "articles").glob("*.md"))
    a = articles[20]
    everything = _planned(corpus, monkeypatch)
    assert len(everything) > 10
    _edit(a, r'^title: "', 'title: "Topic keys: ')
    assert _planned(corpus, monkeypatch) == set(_tags(a))
    _same_as_cold(corpus)
    _edit(a, r"^tags: \[", "tags: [topic-keys-new, ")   # a new topic; its neighbours' related topics change
    planned = _planned(corpus, monkeypatch)
    assert "topic-keys-new" in planned and set(_tags(a)) <= planned and planned < everything | {"topic-keys-new"}
    _edit(a, r"^tags: \[topic-keys-new, ", "tags: [")
    assert "topic-keys-new" not in _planned(corpus, monkeypatch)
    assert not (corpus / "site" / "topics" / "topic-keys-new.html").exists()
    _same_as_cold(corpus)
