"""Search-on builds are incremental (issue 12): each edit gives the same bytes as a clean build,
and only the partitions of the Pagefind index whose pages changed are indexed again."""
from __future__ import annotations

import json
import os

import pytest

from conftest import run_cli
from test_incremental import _files

pytestmark = pytest.mark.slow


def _build(content, config, out, *extra):
    result = run_cli("build", "--content", str(content), "--config", str(config), "--out", str(out), *extra)
    assert result.returncode == 0, result.stderr
    return result


def _clean(content, config, out):
    _build(content, config, out, "--no-cache")
    return _files(out)


def _corpus(dest, articles=200):
    """The benchmark corpus (bench/corpus.py) in partitions of at most 32 articles: nine of them
    from 200 articles, as an archive of thousands has at the default size (config.py)."""
    from tools.faultlib import make_corpus
    return make_corpus(dest, articles, search_partition=32)


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
    corpus = _corpus(tmp_path / "corpus")
    content, config, out = corpus / "content", corpus / "config.yaml", tmp_path / "out"
    _build(content, config, out)
    before = _partition_files(out)
    assert len(before) >= 5, before.keys()
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

    corpus = _corpus(tmp_path / "corpus")
    content, config, old, new = corpus / "content", corpus / "config.yaml", tmp_path / "old", tmp_path / "new"
    _build(content, config, old)
    previous = BuildCache.open(old, True).outputs().search
    article = sorted((content / "articles").rglob("*.md"))[120]
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
