"""Site weight (issue 13), on a 300-article benchmark corpus: bounded feeds, compact listings,
and the weight report bench/run.py prints. Each check reads the built site as a reader or a
feed reader would, and compares it with the articles' own pages."""
from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

import feedparser
import pytest
from bs4 import BeautifulSoup

from conftest import ROOT, build_fixture

sys.path.insert(0, str(ROOT / "bench"))
import corpus  # noqa: E402
import weight  # noqa: E402

ARTICLES = 300


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


@pytest.fixture(scope="module")
def bench_site(tmp_path_factory) -> Path:
    project = tmp_path_factory.mktemp("weight")
    articles = corpus.generate(project, ARTICLES)
    for path in sorted(articles.glob("*.md"))[::20]:   # a story of 15 reports (longer than its feed)
        path.write_text(path.read_text(encoding="utf-8").replace("\ntitle:", "\nthread: long-story\ntitle:", 1),
                        encoding="utf-8")
    out = project / "site"
    build_fixture(out, "--no-search", content=project / "content", config=project / "config.yaml")
    return out


@pytest.fixture(scope="module")
def by_topic(bench_site) -> dict[str, list[tuple[str, str]]]:
    """Topic name -> (date, page URL path) of its articles, newest first, from the article pages."""
    found: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for path in (bench_site / "articles").glob("*.html"):
        page = soup(path)
        day = page.select_one(".article header time")["datetime"]
        for tag in page.select(".article .tags a"):
            found[tag.get_text()].append((day, f"articles/{path.name}"))
    return {name: sorted(items, reverse=True) for name, items in found.items()}


def test_keeping_a_part_saves_exactly_its_articles(bench_site):
    """A part's list names its pages, not its articles (issue 13): keeping it saves the articles
    those pages link to (offline.js reads them as offlineparts.part_paths does), which are every
    article of its year or topic, as the articles' own pages say, and no other."""
    from chronicle.outputs.offlineparts import part_paths
    expected: dict[str, set[str]] = defaultdict(set)
    for path in (bench_site / "articles").glob("*.html"):
        page, article = soup(path), f"articles/{path.name}"
        expected["year-" + page.select_one(".article header time")["datetime"][:4]].add(article)
        for tag in page.select(".article .tags a"):
            expected["topic-" + Path(tag["href"]).stem].add(article)
    lists = bench_site / "offline" / "parts"
    shell = json.loads((lists / "shell.json").read_bytes())
    parts = {p.stem: json.loads(p.read_bytes()) for p in lists.glob("*.json") if p.stem != "shell"}
    assert set(parts) == set(expected)
    for name, part in parts.items():
        assert "articles" not in part and not any(f.startswith("articles/") for f in part["files"]), name
        saved = part_paths(part, shell, lambda p: (bench_site / p).read_bytes())
        assert {p for p in saved if p.startswith("articles/")} == expected[name], name
        assert all((bench_site / p).is_file() for p in saved), name


def test_topic_and_thread_feeds_carry_their_latest_entries(bench_site, by_topic):
    """A topic's feed its latest 20, a story thread's its latest 10, the site's build.feed_entries."""
    busy = 0
    for path in (bench_site / "topics").glob("*.xml"):
        feed = feedparser.parse(path.read_bytes())
        assert not feed.bozo, path
        name = feed.feed.title.split(": ", 1)[1]
        articles = by_topic[name]
        assert len(feed.entries) == min(20, len(articles)), name
        days = [e.published[:10] for e in feed.entries]
        assert days == sorted(days, reverse=True)
        # the newest of the topic: no article left out is newer than the oldest entry
        assert all(day <= days[-1] for day, _ in articles[len(feed.entries):]), name
        busy += len(articles) > 20
    assert busy >= 5
    busy = 0
    for path in (bench_site / "threads").glob("*.xml"):
        feed = feedparser.parse(path.read_bytes())
        page = soup(path.with_suffix(".html"))
        reports = [a["href"] for a in page.select(".thread-list h3 a")]   # first report first
        assert len(feed.entries) == min(10, len(reports)), path
        latest = {e.link.rsplit("/", 2)[-2] + "/" + e.link.rsplit("/", 1)[-1] for e in feed.entries}
        assert latest == {href.replace("../", "") for href in reports[::-1][:10]}, path
        busy += len(reports) > 10
    assert busy
    site = feedparser.parse((bench_site / "feed.xml").read_bytes())
    assert len(site.entries) == 50   # build.feed_entries


def test_a_story_has_a_page_and_a_feed_from_its_third_report(bench_site):
    """The index of threads lists every story: one of two reports by its first report (no page,
    no feed: each report's story box links the other); a longer one by its page, which links
    its feed."""
    short = longer = 0
    for index in (bench_site / "threads").glob("index*.html"):
        for entry in soup(index).select("ol.thread-index > li"):
            count = int(entry.select_one(".count").get_text().split()[0])
            target = (index.parent / entry.a["href"]).resolve()
            assert target.is_file(), entry.a["href"]
            if count < 3:
                short += 1
                assert target.parent.name == "articles", entry.a["href"]
                box = soup(target).select("nav.thread-nav a")
                assert len(box) == 1 and (target.parent / box[0]["href"]).resolve().is_file()
                continue
            longer += 1
            page = soup(target)
            assert int(page.select_one(".meta .count").get_text().split()[0]) == count
            feeds = {a["href"] for a in page.select('a[href$=".xml"], link[type="application/atom+xml"]')} - {"../feed.xml"}
            assert feeds == {f"../threads/{target.stem}.xml"}, target
            assert not feedparser.parse(target.with_suffix(".xml").read_bytes()).bozo
    pages = [p for p in (bench_site / "threads").glob("*.html") if not p.name.startswith("index")]
    assert short and longer and len(pages) == longer
    assert len(list((bench_site / "threads").glob("*.xml"))) == longer


def test_weight_report_accounts_for_every_byte(bench_site):
    by_part, largest, total, files = weight.parts(bench_site)
    all_files = [p for p in bench_site.rglob("*") if p.is_file()]
    assert files == len(all_files) and total == sum(p.stat().st_size for p in all_files)
    assert sum(b for b, _ in by_part.values()) == total
    assert by_part["article pages"][1] == ARTICLES
    assert largest[1] == max(p.stat().st_size for p in all_files if p.suffix == ".html")
    report = weight.report(bench_site, ARTICLES, with_anatomy=True)
    assert "| article pages |" in report and "A mean article page" in report
