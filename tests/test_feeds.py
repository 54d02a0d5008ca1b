"""Feeds, sitemap, robots.txt, canonical URLs and social/schema.org metadata: the outputs
that carry absolute URLs (site.url + site.base_path from config.yaml)."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urljoin

import feedparser
import pytest
from bs4 import BeautifulSoup

from conftest import ROOT, build_fixture

FIXTURE = ROOT / "tests" / "fixtures" / "offline_site"
BASE = "https://example.github.io/repo/"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("feeds") / "site"
    build_fixture(out, "--no-search", content=FIXTURE / "content", config=FIXTURE / "config.yaml")
    return out


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_site_feed_is_valid_atom_with_absolute_links(site):
    feed = feedparser.parse((site / "feed.xml").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.title == "Offline Chronicle"
    assert feed.feed.link == BASE
    assert len(feed.entries) == 8
    first = feed.entries[0]
    assert first.title == "Allies lower the price cap on Russian oil"  # newest first
    assert first.link == BASE + "articles/oil-cap.html"
    assert first.published.startswith("2025-07-18")
    assert "shadow fleet" in first.content[0].value
    assert {t.term for t in first.tags} == {"energy", "russia"}
    for e in feed.entries:
        assert e.link.startswith(BASE) and e.id.startswith(BASE)


def test_every_topic_has_a_valid_feed_of_its_own_articles(site):
    topics = sorted((site / "topics").glob("*.xml"))
    assert [p.stem for p in topics] == ["energy", "nato", "north-korea", "russia", "ukraine"]
    feed = feedparser.parse((site / "topics" / "north-korea.xml").read_bytes())
    assert not feed.bozo
    assert feed.feed.title == "Offline Chronicle: North Korea"
    assert feed.feed.link == BASE + "topics/north-korea.html"
    assert [e.link for e in feed.entries] == [BASE + "articles/nk-kursk.html", BASE + "articles/nk-munitions.html",
                                              BASE + "articles/nk-troops.html"]
    # a topic's feed carries summaries and links; the full text is in the site's feed (issue 13)
    site_feed = {e.link: e for e in feedparser.parse((site / "feed.xml").read_bytes()).entries}
    for e in feed.entries:
        assert e.summary == site_feed[e.link].summary and e.summary
        assert "content" not in e and site_feed[e.link].content[0].value


def test_pages_link_their_feeds(site):
    home = soup(site / "index.html")
    alt = home.find("link", rel="alternate", type="application/atom+xml")
    assert alt["href"] == "feed.xml"
    topic = soup(site / "topics" / "north-korea.html")
    hrefs = [l["href"] for l in topic.find_all("link", rel="alternate", type="application/atom+xml")]
    assert "topics/north-korea.xml" in {urljoin("topics/north-korea.html", h) for h in hrefs}


def test_sitemap_and_robots_use_the_base_path(site):
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = [e.text for e in ET.parse(site / "sitemap.xml").getroot().findall("s:url/s:loc", ns)]
    assert BASE in locs and BASE + "articles/nk-troops.html" in locs and BASE + "topics/" in locs
    assert not any("404" in u for u in locs)
    assert all(u.startswith(BASE) for u in locs)
    assert f"Sitemap: {BASE}sitemap.xml" in (site / "robots.txt").read_text()


def test_article_has_canonical_open_graph_twitter_and_news_article_data(site):
    page = soup(site / "articles" / "nk-troops.html")
    url = BASE + "articles/nk-troops.html"
    assert page.find("link", rel="canonical")["href"] == url
    og = {m["property"]: m["content"] for m in page.find_all("meta", property=True)}
    assert og["og:title"] == "US says it has proof of North Korean troops in Russia"
    assert og["og:url"] == url and og["og:type"] == "article"
    assert og["og:description"] == "Washington confirmed that North Korean soldiers are in Russia."
    assert og["article:published_time"] == "2024-10-23"
    assert page.find("meta", attrs={"name": "twitter:card"})["content"] == "summary"
    scripts = page.find_all("script", type="application/ld+json")
    assert len(scripts) == 1
    ld = json.loads(scripts[0].string)
    assert ld["@type"] == "NewsArticle" and ld["@context"] == "https://schema.org"
    assert ld["headline"] == "US says it has proof of North Korean troops in Russia"
    assert ld["datePublished"] == "2024-10-23"
    assert ld["publisher"]["name"] == "Newshub"
    assert ld["url"] == url


def test_only_article_pages_carry_news_article_data_and_no_inline_executable_script(site):
    assert not soup(site / "index.html").find_all("script", type="application/ld+json")
    assert soup(site / "index.html").find("meta", property="og:type")["content"] == "website"
    assert not soup(site / "about.html").find_all("script", type="application/ld+json")
    for path in site.rglob("*.html"):
        for s in soup(path).find_all("script"):
            assert s.get("src") or s.get("type") == "application/ld+json", f"inline script in {path}"


def test_404_uses_the_absolute_base_path(site):
    page = soup(site / "404.html")
    assert page.find("link", rel="stylesheet")["href"].startswith("/repo/static/style.css")
    hrefs = [a["href"] for a in page.select("main a")]
    assert "/repo/index.html" in hrefs and "/repo/topics/index.html" in hrefs
    assert page.find("form", role="search")["action"] == "/repo/search.html"


@pytest.mark.parametrize("text", ["plain", "a & b < c > d", 'say "no"', "it's", "both \" and '",
                                  "tab\tnew\nline\rreturn", "&amp; already", ""])
def test_feed_escaping_matches_the_standard_library(text):
    """feeds.escape/quoteattr stand in for xml.sax.saxutils (too slow to import for the quick
    path); every feed an existing reader parses depends on them agreeing."""
    from xml.sax.saxutils import escape, quoteattr

    from chronicle.outputs import feeds
    assert feeds.escape(text) == escape(text)
    assert feeds.quoteattr(text) == quoteattr(text)
    parsed = ET.fromstring(f"<e a={feeds.quoteattr(text)}>{feeds.escape(text)}</e>")
    assert parsed.get("a") == text and (parsed.text or "") == text.replace("\r", "\n")
