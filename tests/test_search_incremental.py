"""Search-on builds are incremental (issue 12): each edit gives the same bytes as a clean build,
and only the partitions of the Pagefind index whose pages changed are indexed again."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from conftest import ROOT, copy_fixture, run_cli
from test_incremental import _files

pytestmark = pytest.mark.slow


def _build(content, config, out, *extra):
    result = run_cli("build", "--content", str(content), "--config", str(config), "--out", str(out), *extra)
    assert result.returncode == 0, result.stderr
    return result


def _clean(content, config, out):
    _build(content, config, out, "--no-cache")
    return _files(out)


def test_search_on_incremental_builds_equal_clean_builds(tmp_path):
    site = copy_fixture(tmp_path / "fx")
    content, config, out = site / "content", site / "config.yaml", tmp_path / "out"
    arts = content / "articles"
    _build(content, config, out)
    assert json.loads((out / "pagefind" / "parts.json").read_bytes())["parts"] == [["all", ""]]   # a small site: one
    steps = {
        "body edit": lambda: (arts / "black-sea.md").write_text((arts / "black-sea.md").read_text().replace("grew.", "grew fast.")),
        "title edit": lambda: (arts / "nato-summit.md").write_text((arts / "nato-summit.md").read_text().replace("title: NATO allies meet", "title: NATO leaders meet")),
        "article added": lambda: (arts / "new-one.md").write_text("---\ntitle: A new article\ndate: 2025-06-30\ntags: [NATO]\n---\nQuokkas in [Black Sea](black-sea.md).\n"),
        "article deleted": lambda: (arts / "yaml-traps.md").unlink(),
    }
    for i, (name, step) in enumerate(steps.items()):
        step()
        _build(content, config, out)
        assert _files(out) == _clean(content, config, tmp_path / f"clean{i}"), f"{name}: differs from a clean build"
    fragments = b"".join(p.read_bytes() for p in (out / "pagefind").glob("**/*.pf_fragment"))
    assert fragments and not (out / "articles" / "yaml-traps.html").exists()


def _partition_files(out):
    """partition folder -> {path: inode} of its index files."""
    listing = json.loads((out / "pagefind" / "parts.json").read_bytes())
    found = {}
    for name, folder in listing["parts"]:
        root = out / "pagefind" / folder
        files = [p for p in root.rglob("*") if p.is_file() and (folder or "parts" not in p.relative_to(root).parts)]
        found[name] = {p.relative_to(out).as_posix(): os.stat(p).st_ino for p in files if p.suffix.startswith(".pf") or p.name == "pagefind-entry.json"}
    return found


def test_a_body_edit_reindexes_only_its_partition(tmp_path):
    corpus = tmp_path / "corpus"
    subprocess.run([sys.executable, str(ROOT / "bench" / "corpus.py"), "-n", "700", "--out", str(corpus)],
                   check=True, capture_output=True)
    content, config, out = corpus / "content", corpus / "config.yaml", tmp_path / "out"
    _build(content, config, out)
    before = _partition_files(out)
    assert len(before) >= 3, before.keys()
    article = sorted((content / "articles").rglob("*.md"))[100]
    article.write_text(article.read_text(encoding="utf-8") + "\nA sentence about quokkas.\n", encoding="utf-8")
    _build(content, config, out)
    after = _partition_files(out)
    assert after.keys() == before.keys()
    changed = [name for name in before if before[name] != after[name]]
    assert len(changed) == 1, changed     # the others were not written again: same inodes
    assert _files(out) == _clean(content, config, tmp_path / "clean")


def test_reindexing_the_pages_of_a_patch_gives_the_full_builds_files(tmp_path):
    """stage.reindex_pages, for the quick path: the edited pages' partitions made again from
    the old site plus the new pages equal what a clean build of the edit writes."""
    from chronicle.build.cache import BuildCache
    from chronicle.outputs.search.stage import reindex_pages

    corpus = tmp_path / "corpus"
    subprocess.run([sys.executable, str(ROOT / "bench" / "corpus.py"), "-n", "700", "--out", str(corpus)],
                   check=True, capture_output=True)
    content, config, old, new = corpus / "content", corpus / "config.yaml", tmp_path / "old", tmp_path / "new"
    _build(content, config, old)
    previous = BuildCache.open(old, True).outputs().search
    article = sorted((content / "articles").rglob("*.md"))[200]
    article.write_text(article.read_text(encoding="utf-8") + "\nA sentence about wombats.\n", encoding="utf-8")
    _build(content, config, new, "--no-cache")
    page = next(f"articles/{p.name}" for p in (new / "articles").glob("*.html") if b"wombats" in p.read_bytes())
    made, gone, state = reindex_pages(previous, {page: (new / page).read_bytes()}, lambda p: (old / p).read_bytes())
    index = lambda site: {p.relative_to(site).as_posix(): p.read_bytes() for p in (site / "pagefind").rglob("*")
                          if p.is_file() and p.name != "parts.json"}
    expected, before = index(new), index(old)
    patched = {p: d for p, d in before.items() if p not in gone} | {f.path: f.data for f in made}
    assert made and gone and patched == expected
    assert sum(1 for name in state.parts if state.parts[name] != previous.parts[name]) == 1


def test_title_tags_and_date_edits_reindex_only_their_partitions_and_equal_clean_builds(tmp_path):
    """A metadata edit re-renders the pages that show it and re-indexes only the partitions
    whose pages changed (the others are kept unread: same inodes); a date edit moves the
    article to another partition. Each build equals a clean build of the same content."""
    import re

    corpus = tmp_path / "corpus"
    subprocess.run([sys.executable, str(ROOT / "bench" / "corpus.py"), "-n", "700", "--out", str(corpus)],
                   check=True, capture_output=True)
    content, config, out = corpus / "content", corpus / "config.yaml", tmp_path / "out"
    _build(content, config, out)
    article = sorted((content / "articles").rglob("*.md"))[300]
    edits = {
        "title": (r'^title: "', 'title: "Retitled: '),
        "tags": (r"^tags: \[", "tags: [quokka-policy, "),
        "date": (r"^date: \d{4}-\d{2}-\d{2}", "date: 2026-10-30"),
    }
    for i, (name, (pattern, replacement)) in enumerate(edits.items()):
        before = _partition_files(out)
        text = article.read_text(encoding="utf-8")
        article.write_text(re.sub(pattern, replacement, text, count=1, flags=re.M), encoding="utf-8")
        _build(content, config, out)
        after = _partition_files(out)
        changed = [part for part in before.keys() | after.keys() if before.get(part) != after.get(part)]
        assert 1 <= len(changed) <= (2 if name == "date" else 1), (name, changed)
        assert _files(out) == _clean(content, config, tmp_path / f"clean{i}"), f"{name}: differs from a clean build"
    page = (out / "articles" / f"{article.stem[len('2024-01-01-'):]}.html").read_text(encoding="utf-8")
    assert '<h1 data-pagefind-meta="title">Retitled: ' in page
    assert "topics/quokka-policy.html" in page and 'datetime="2026-10-30"' in page


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


def test_a_quick_search_build_rewrites_one_partition_and_a_few_offline_chunks(tmp_path):
    corpus = tmp_path / "corpus"
    subprocess.run([sys.executable, str(ROOT / "bench" / "corpus.py"), "-n", "700", "--out", str(corpus)],
                   check=True, capture_output=True)
    from chronicle.build.pipeline import build
    (corpus / "layouts").symlink_to(ROOT / "layouts")
    build(_search_options(corpus))
    before, offline = _partition_files(corpus / "site"), _offline_files(corpus / "site")
    articles = sorted((corpus / "content" / "articles").rglob("*.md"))
    for article in (articles[100], articles[600]):   # two partitions, one build
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
    from tools.faultlib import build_cmd, make_corpus, manifest, run_build
    corpus, out = make_corpus(tmp_path / "c", 400), tmp_path / "site"
    assert run_build(corpus, out, True).returncode == 0
    before = manifest(out)
    article = sorted((corpus / "content" / "articles").rglob("*.md"))[50]
    article.write_text(article.read_text(encoding="utf-8") + "\nA sentence about numbats.\n", encoding="utf-8")
    proc = subprocess.Popen(build_cmd(corpus, out, True, "--timings"), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)
    deadline = time.monotonic() + 300
    while proc.poll() is None and not _pagefind_children(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.002)
    assert proc.poll() is None, "the build ended before Pagefind was seen"
    os.killpg(proc.pid, sig)   # the whole group, Pagefind too
    _, err = proc.communicate(timeout=300)
    assert proc.returncode != 0 and b"Traceback" not in err, err.decode()
    assert manifest(out) == before, "the previous site changed"
    again = run_build(corpus, out, True, "--timings")
    assert again.returncode == 0 and "quick" in again.stdout + again.stderr and "load" not in again.stdout + again.stderr
    assert run_build(corpus, tmp_path / "fresh", True, "--no-cache").returncode == 0
    assert manifest(out) == manifest(tmp_path / "fresh")


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


def test_metadata_edits_patch_the_offline_index_and_equal_cold_builds(tmp_path, monkeypatch):
    """Title, tags (a new topic, then none), summary and a date that moves the article across a
    month: each a full build whose offline index is patched from the last one, equal to a cold
    build byte for byte; so are two edits in a row, a title edit after a quick body edit of
    another article, and, made whole, an edit after a quick edit of the same article and a
    date moved across the archive."""
    from chronicle.build.pipeline import build
    corpus = tmp_path / "corpus"
    subprocess.run([sys.executable, str(ROOT / "bench" / "corpus.py"), "-n", "700", "--out", str(corpus)],
                   check=True, capture_output=True)
    (corpus / "layouts").symlink_to(ROOT / "layouts")
    build(_search_options(corpus))
    articles = sorted((corpus / "content" / "articles").rglob("*.md"))
    a, b = articles[300], articles[420]
    page = f"articles/{a.stem[len('2024-01-01-'):]}.html"
    _edit(a, r'^title: "', 'title: "Quokkaflorp retitled: ')
    _patched_build(corpus, monkeypatch)
    assert _engines(corpus / "site", "quokkaflorp") == ({page}, {page})
    _same_as_cold(corpus, "cold-title")
    _edit(a, r"^tags: \[", "tags: [quokka-policy, ")
    _patched_build(corpus, monkeypatch)
    assert (corpus / "site" / "topics" / "quokka-policy.html").is_file()
    _edit(b, r'^title: "', 'title: "Numbat: ')   # two edits in a row: another article's title
    _patched_build(corpus, monkeypatch)
    _same_as_cold(corpus, "cold-tags")
    _edit(a, r"^tags: \[quokka-policy, ", "tags: [")
    _edit(a, r"^summary: .*$", 'summary: "A summary about wombats."')
    _patched_build(corpus, monkeypatch)
    assert not (corpus / "site" / "topics" / "quokka-policy.html").exists()
    _edit(a, r"^date: \S+", f"date: {_moved_date(a, 40)}")
    _patched_build(corpus, monkeypatch)
    _same_as_cold(corpus, "cold-date")
    b.write_text(b.read_text(encoding="utf-8") + "\nA sentence about echidnas.\n", encoding="utf-8")
    _quick_build(corpus)
    _edit(a, r'^title: "Quokkaflorp', 'title: "Quokkaflorp again')   # after another article's quick edit
    _patched_build(corpus, monkeypatch)
    _same_as_cold(corpus, "cold-after-quick")
    a.write_text(a.read_text(encoding="utf-8") + "\nA sentence about bilbies.\n", encoding="utf-8")
    _quick_build(corpus)
    _edit(a, r'^title: "Quokkaflorp again', 'title: "Quokkaflorp thrice')   # its own text is not in the article cache
    build(_search_options(corpus))
    _same_as_cold(corpus, "cold-same-article")
    _edit(b, r"^date: \S+", "date: 2026-10-31")   # hundreds of articles renumbered: made whole
    build(_search_options(corpus))
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
