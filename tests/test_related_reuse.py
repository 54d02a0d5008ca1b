"""The related articles of a build are kept (.site.cache/related.cbor) with a digest of what they
are a function of (every article's slug and tags, in order): a title edit reuses them (the file
is not written again), a tags edit or a new article finds them again, and every build equals a
cold build."""
from __future__ import annotations

import re
import subprocess
import sys

from conftest import ROOT


def _build(corpus, out, *extra):
    from conftest import run_cli
    result = run_cli("build", "--no-search", "--content", str(corpus / "content"), "--config", str(corpus / "config.yaml"),
                     "--out", str(out), *extra)
    assert result.returncode == 0, result.stderr


def _tree(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _stat(path):
    st = path.stat()
    return st.st_ino, st.st_mtime_ns


def test_related_articles_are_reused_only_while_order_and_tags_hold(tmp_path):
    corpus = tmp_path / "corpus"
    subprocess.run([sys.executable, str(ROOT / "bench" / "corpus.py"), "-n", "300", "--out", str(corpus)],
                   check=True, capture_output=True)
    site, related = tmp_path / "site", tmp_path / ".site.cache" / "related.cbor"
    _build(corpus, site)
    assert related.is_file()
    articles = sorted((corpus / "content" / "articles").rglob("*.md"))
    article = articles[150]
    text = article.read_text(encoding="utf-8")

    def step(new_text, name):
        article.write_text(new_text, encoding="utf-8")
        _build(corpus, site)
        _build(corpus, tmp_path / name, "--no-cache")
        assert _tree(site) == _tree(tmp_path / name), f"{name}: differs from a cold build"

    before = _stat(related)
    text = re.sub(r'^title: "', 'title: "Edited: ', text, count=1, flags=re.M)
    step(text, "title")
    assert _stat(related) == before, "a title edit found the related articles again"
    # a tag shared with another article: the related lists change
    other = re.search(r"^tags: \[(.*?)[,\]]", articles[10].read_text(encoding="utf-8"), re.M).group(1)
    text = re.sub(r"^tags: \[", f"tags: [{other}, ", text, count=1, flags=re.M)
    step(text, "tags")
    assert _stat(related) != before


def test_the_related_key_kept_for_one_tuple_is_never_given_for_another():
    """related_key keeps its last answer with the tuple it is of (asked twice a build): another
    tuple of the same count, even equal, is digested again, and other tags give another key."""
    from collections import namedtuple
    from chronicle.index.collect import related_key
    article = namedtuple("article", "slug tags")   # what the key reads of an article
    first = (article("a", ("x",)), article("b", ("y",)))
    key = related_key(first, 5)
    assert related_key(first, 5) == key
    retagged = (first[0], article("b", ("z",)))
    assert related_key(retagged, 5) != key
    assert related_key(tuple(first), 5) == key and related_key(first, 6) != key
