"""The partitions of the Pagefind index (chronicle/outputs/search/partitions.py): a pure function
of the articles, each at most the cap, newest first, and an edit moves few of them."""
from __future__ import annotations

import datetime as dt
import random

from chronicle.outputs.search.partitions import cap_for, indexed_html, plan


def _articles(n, seed=1, undated=0.05):
    rng = random.Random(seed)
    start = dt.date(2020, 1, 1)
    return [(f"articles/a{i:06d}.html", None if rng.random() < undated else start + dt.timedelta(days=rng.randrange(2000)))
            for i in range(n)]


def test_partitions_are_bounded_ordered_and_cover_every_article_once():
    articles = _articles(5000)
    parts = plan(articles)
    cap = cap_for(len(articles))
    assert cap == 256 and len(parts) > 5000 // cap
    assert all(0 < len(p.pages) <= cap for p in parts)
    pages = [page for p in parts for page in p.pages]
    assert sorted(pages) == sorted(path for path, _ in articles)
    when = dict(articles)
    dated = [p for p in parts if not p.name.startswith("undated")]
    spans = [(min(when[x] for x in p.pages), max(when[x] for x in p.pages)) for p in dated]
    assert all(older[1] < newer[0] for newer, older in zip(spans, spans[1:]))   # newest first, disjoint
    assert parts[-1].name.startswith("undated")
    assert len({p.name for p in parts}) == len(parts)


def test_the_order_of_the_input_does_not_matter():
    articles = _articles(3000)
    shuffled = articles[:]
    random.Random(7).shuffle(shuffled)
    assert plan(articles) == plan(shuffled)


def test_an_added_article_changes_at_most_two_partitions():
    articles = _articles(3000, undated=0)
    before = {p.name: p.pages for p in plan(articles)}
    after = {p.name: p.pages for p in plan(articles + [("articles/new.html", dt.date(2022, 6, 1))])}
    changed = set(before.items()) ^ set(after.items())
    assert 1 <= len({name for name, _ in changed}) <= 3   # the interval it joins (split in two at most)


def test_a_small_archive_is_one_index_and_a_busy_day_is_split_by_hash():
    assert [p.name for p in plan(_articles(200))] == ["all"]
    day = dt.date(2024, 2, 29)
    parts = plan([(f"articles/d{i}.html", day) for i in range(600)] + _articles(10, undated=0), cap=256)
    busy = [p for p in parts if p.name.startswith("2024-02-29-1-h")]
    assert len(busy) == 4 and sum(len(p.pages) for p in busy) == 600


def test_only_the_indexed_element_is_sent_with_its_partition():
    page = (b'<!DOCTYPE html><html lang="fr"><head><title>T</title></head><body><nav>Neighbour title</nav>'
            b'<article data-pagefind-body><article>nested</article><p>Body</p></article>'
            b'<section>Related: other title</section></body></html>')
    sent = indexed_html(page, "2024-01-01-32")
    assert b'<html lang="fr">' in sent and b"<p>Body</p>" in sent and b"nested" in sent
    assert b"Neighbour" not in sent and b"Related" not in sent
    assert b'data-pagefind-filter="part">2024-01-01-32<' in sent
    neighbours_changed = page.replace(b"Neighbour title", b"Another title").replace(b"other title", b"x")
    assert indexed_html(neighbours_changed, "2024-01-01-32") == sent


def test_config_sets_the_smallest_partition_and_the_archive_still_doubles_it(tmp_path):
    """build.search_partition: 32 gives partitions of at most 32 articles, doubled past 64 of
    them like the default; under 16 is a config error with its line."""
    from conftest import copy_fixture, run_cli
    assert cap_for(1000, 32) == 32 and cap_for(64 * 32 + 1, 32) == 64
    parts = plan(_articles(1000), smallest=32)
    assert len(parts) >= 1000 // 32 and all(0 < len(p.pages) <= 32 for p in parts)
    project = copy_fixture(tmp_path / "project")
    config = project / "config.yaml"
    config.write_text(config.read_text().replace("build:\n", "build:\n  search_partition: 8\n", 1))
    result = run_cli("build", "--content", str(project / "content"), "--config", str(config),
                     "--out", str(tmp_path / "site"))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    line = config.read_text().splitlines().index("  search_partition: 8") + 1
    assert result.stderr.startswith(f"{config}:{line}:") and "search_partition" in result.stderr, result.stderr


def test_an_article_is_filed_from_its_header_as_the_page_shows_it():
    """The published page carries no Pagefind attributes: its title, date, outlet, topics and
    story are read from the header (layouts/article.html) and sent as hidden, unindexed fields."""
    from bs4 import BeautifulSoup
    page = (b'<html lang="en"><body><header class="site-header"><h1>Site</h1></header>'
            b'<article class="article" data-pagefind-body><header data-pagefind-ignore><h1>Tom &amp; Jerry</h1>'
            b'<p class="meta"><time datetime="0999-03-02">2 March 999</time><span class="source">Le Monde</span></p>'
            b'<ul class="tags"><li><a href="../topics/b.html">B &lt;i&gt;</a></li><li><a href="../topics/a.html">A</a></li></ul>'
            b'<p class="thread-note">Part of: <span>The story</span> <span class="count">2 articles</span></p></header>'
            b'<div class="body"><p>Words</p></div></article></body></html>')
    sent = BeautifulSoup(indexed_html(page, "x"), "html.parser")
    fields = sent.select_one("span[hidden][data-pagefind-ignore]:not([data-pagefind-filter])")
    got = [(s.attrs.get("data-pagefind-meta"), s.attrs.get("data-pagefind-filter"), s.attrs.get("data-pagefind-sort"), s.get_text())
           for s in fields.find_all("span")]
    assert got == [("title", None, None, "Tom & Jerry"), ("date", None, "date", "0999-03-02"),
                   ("source", "source", None, "Le Monde"), (None, "year", None, "999"),
                   (None, "topic", None, "B <i>"), (None, "topic", None, "A"), (None, "thread", None, "The story")]
    undated = page.replace(b'<time datetime="0999-03-02">2 March 999</time>', b'<span class="undated">undated</span>')
    assert b'"date"' not in indexed_html(undated, "x") and b'"year"' not in indexed_html(undated, "x")
