"""A full build after metadata edits (title, tags, summary, date) patches the offline search
index from the last one (outputs/offlinepatch.py, issue 12) where it can, and each result equals a
cold build byte for byte."""
from __future__ import annotations

import os

import pytest

from test_search_incremental import _partition_files
from test_search_quick import _built_corpus, _engines, _quick_build, _same_as_cold, _search_options

pytestmark = pytest.mark.slow


# --- the full build's metadata edits patch the offline index (outputs/offlinepatch.py) ----------

def _edit(path, pattern, replacement):
    import re
    text = path.read_text(encoding="utf-8")
    edited = re.sub(pattern, replacement, text, count=1, flags=re.M)
    assert edited != text, pattern
    path.write_text(edited, encoding="utf-8")
    st = path.stat()   # a new mtime even within one clock tick of the file system
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))


def _moved_date(path, days):
    import datetime as dt
    import re
    day = dt.date.fromisoformat(re.search(r"^date: (\S+)", path.read_text(encoding="utf-8"), re.M).group(1))
    return (day + dt.timedelta(days=days)).isoformat()


def _patched_build(project, monkeypatch, **kw):
    """A full build (not the quick path) whose offline index is patched, never made whole."""
    from chronicle.build.pipeline import build
    from chronicle.outputs import registry

    def made_whole(*args):
        raise AssertionError("the offline index was made whole")
    with monkeypatch.context() as m:
        m.setattr(registry, "offline_index", made_whole)
        report = build(_search_options(project, **kw))
    assert "load" in report.stage_seconds, "not a full build"


def _corpus_200(tmp_path):
    """The 200-article benchmark corpus, built with search; two of its articles (a, b)."""
    corpus, articles = _built_corpus(tmp_path)
    return corpus, articles[90], articles[130]


def _reindexed(site, build_it):
    """Run build_it; the Pagefind partitions whose index files it wrote (the others are kept
    unread: the same inodes)."""
    before = _partition_files(site)
    build_it()
    after = _partition_files(site)
    return [part for part in before.keys() | after.keys() if before.get(part) != after.get(part)]


def test_metadata_edits_patch_the_offline_index_and_equal_cold_builds(tmp_path, monkeypatch):
    """Title, tags (a new topic, then none), summary and a date that moves the article across a
    month: each a full build whose offline index is patched from the last one and whose Pagefind
    index is made again only in the partitions whose pages changed (a date edit may move the
    article to another one), equal to a cold build byte for byte; so are two edits in a row."""
    corpus, a, b = _corpus_200(tmp_path)
    site, page = corpus / "site", f"articles/{a.stem[len('2024-01-01-'):]}.html"
    patched = lambda: _patched_build(corpus, monkeypatch)
    _edit(a, r'^title: "', 'title: "Quokkaflorp retitled: ')
    assert len(_reindexed(site, patched)) == 1
    assert _engines(site, "quokkaflorp") == ({page}, {page})
    assert '<h1>Quokkaflorp retitled: ' in (site / page).read_text(encoding="utf-8")
    _same_as_cold(corpus, "cold-title")
    _edit(a, r"^tags: \[", "tags: [quokka-policy, ")
    assert len(_reindexed(site, patched)) == 1
    assert (site / "topics" / "quokka-policy.html").is_file() and "topics/quokka-policy.html" in (site / page).read_text(encoding="utf-8")
    _edit(b, r'^title: "', 'title: "Numbat: ')   # two edits in a row: another article's title
    patched()
    _same_as_cold(corpus, "cold-tags")
    _edit(a, r"^tags: \[quokka-policy, ", "tags: [")
    _edit(a, r"^summary: .*$", 'summary: "A summary about wombats."')
    patched()
    assert not (site / "topics" / "quokka-policy.html").exists()
    moved = _moved_date(a, 40)
    _edit(a, r"^date: \S+", f"date: {moved}")
    assert 1 <= len(_reindexed(site, patched)) <= 2
    assert f'datetime="{moved}"' in (site / page).read_text(encoding="utf-8")
    _same_as_cold(corpus, "cold-date")


def test_edits_after_quick_builds_patch_or_remake_the_offline_index_and_equal_cold_builds(tmp_path, monkeypatch):
    """A title edit after a quick body edit of another article is patched; after a quick edit
    of the same article (its text is not in the article cache), and a date moved across the
    archive, the offline index is made whole (Pagefind's still only in the partitions the article
    left and joined); each equal to a cold build byte for byte."""
    from chronicle.build.pipeline import build
    corpus, a, b = _corpus_200(tmp_path)
    b.write_text(b.read_text(encoding="utf-8") + "\nA sentence about echidnas.\n", encoding="utf-8")
    _quick_build(corpus)
    _edit(a, r'^title: "', 'title: "Quokkaflorp again: ')   # after another article's quick edit
    _patched_build(corpus, monkeypatch)
    _same_as_cold(corpus, "cold-after-quick")
    a.write_text(a.read_text(encoding="utf-8") + "\nA sentence about bilbies.\n", encoding="utf-8")
    _quick_build(corpus)
    _edit(a, r'^title: "Quokkaflorp again', 'title: "Quokkaflorp thrice')   # its own text is not in the article cache
    build(_search_options(corpus))
    _same_as_cold(corpus, "cold-same-article")
    _edit(b, r"^date: \S+", "date: 2026-10-31")   # 70 of 200 articles renumbered: made whole
    assert 1 <= len(_reindexed(corpus / "site", lambda: build(_search_options(corpus)))) <= 2   # Pagefind's: the one left, the one joined
    assert _engines(corpus / "site", "echidnas")[1] == {f"articles/{b.stem[len('2024-01-01-'):]}.html"}
    _same_as_cold(corpus, "cold-far-date")


def test_a_drafts_build_patches_the_offline_index_with_drafts_titles_marked(project, monkeypatch):
    """With --drafts the index holds drafts' marked titles; the article cache holds them
    unmarked: the patch marks them again, so a draft's and an article's title edits are
    patched and equal a cold build."""
    from chronicle.build.pipeline import build
    from conftest import FIXTURE_ARTICLE
    build(_search_options(project, drafts=True))
    _edit(project / "content" / "articles" / "draft-piece.md", r"^title: An unfinished", "title: A wombat's unfinished")
    _edit(project / FIXTURE_ARTICLE, r"^title: Britain", "title: Quokkas, Britain")
    _patched_build(project, monkeypatch, drafts=True)
    _same_as_cold(project, "cold", drafts=True)
    _edit(project / FIXTURE_ARTICLE, r"^title: Quokkas, Britain", "title: Britain")
    _patched_build(project, monkeypatch, drafts=True)
    _same_as_cold(project, "cold2", drafts=True)
