"""Site weight (issue 13), on a 300-article benchmark corpus: bounded feeds, compact listings,
and the weight report bench/run.py prints. Each check reads the built site as a reader or a
feed reader would, and compares it with the articles' own pages."""
from __future__ import annotations

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


def test_a_story_has_a_feed_from_its_third_report(bench_site):
    """A story of two reports has no feed and its page links none; a longer one has both."""
    short = longer = 0
    for page_path in (bench_site / "threads").glob("*.html"):
        if page_path.name.startswith("index"):
            continue
        page = soup(page_path)
        count = int(page.select_one(".meta .count").get_text().split()[0])
        feeds = {a["href"] for a in page.select('a[href$=".xml"], link[type="application/atom+xml"]')} - {"../feed.xml"}
        if count < 3:
            short += 1
            assert not page_path.with_suffix(".xml").exists() and not feeds, page_path
        else:
            longer += 1
            assert feeds == {f"../threads/{page_path.stem}.xml"}, page_path
            assert not feedparser.parse(page_path.with_suffix(".xml").read_bytes()).bozo
    assert short and longer


def test_weight_report_accounts_for_every_byte(bench_site):
    by_part, largest, total, files = weight.parts(bench_site)
    all_files = [p for p in bench_site.rglob("*") if p.is_file()]
    assert files == len(all_files) and total == sum(p.stat().st_size for p in all_files)
    assert sum(b for b, _ in by_part.values()) == total
    assert by_part["article pages"][1] == ARTICLES
    assert largest[1] == max(p.stat().st_size for p in all_files if p.suffix == ".html")
    report = weight.report(bench_site, ARTICLES, with_anatomy=True)
    assert "| article pages |" in report and "A mean article page" in report
