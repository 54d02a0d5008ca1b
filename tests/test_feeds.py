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


def test_sitemap_follows_the_sitemap_schema(site):
    """What sitemaps.org's schema (0.9) asks: <urlset> of at most 50,000 <url>, each one <loc> (an
    absolute URL under 2,048 characters) and at most one <lastmod> (W3C date), nothing else."""
    import re
    ns = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    root = ET.parse(site / "sitemap.xml").getroot()
    assert root.tag == f"{ns}urlset" and 0 < len(root) <= 50_000
    for url in root:
        tags = [child.tag for child in url]
        assert url.tag == f"{ns}url" and tags in ([f"{ns}loc"], [f"{ns}loc", f"{ns}lastmod"]), tags
        assert url[0].text.startswith("https://") and len(url[0].text) < 2048
        if len(url) == 2:
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", url[1].text)


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
                                  "&amp; already", "<script>x</script>", ""])
def test_feed_layouts_escape_every_field_and_parse_back(text):
    """The feed layouts (layouts/outputs/) rely on Jinja's autoescape: whatever a title, tag,
    source, summary or body holds, the feed parses and gives the text back."""
    import datetime as dt
    from types import MappingProxyType

    from chronicle.config import Config
    from chronicle.model import Article, SiteIndex, Threads
    from chronicle.outputs.feeds import feeds
    from chronicle.render.environment import make_environment
    from chronicle.render.pages import output_renderer

    config = Config(path="config.yaml", title=f"T {text}", url="https://example.org")
    article = Article(path="a.md", kind="article", slug="a", title=text or "x", date=dt.date(2025, 3, 2), date_basis="stated",
                      source=text, url="", tags=("t",), tag_names=(text or "t",), summary=text, body_html=f"<p>{text}</p>",
                      body_text=text, imported_from="", id="", draft=False, extra={}, page_path="articles/a.html")
    index = SiteIndex((article,), (), MappingProxyType({}), (), (), {}, {}, {}, Threads({}, {}))
    render = output_renderer(make_environment(ROOT / "layouts"), {"site": config}, ROOT / "layouts")
    data = feeds(index, config, render)[0].data
    root = ET.fromstring(data)
    atom = "{http://www.w3.org/2005/Atom}"
    entry = root.find(f"{atom}entry")
    assert root.find(f"{atom}title").text == f"T {text}"
    assert entry.find(f"{atom}title").text == (text or "x")
    assert entry.find(f"{atom}category").get("label") == (text or "t")
    assert (entry.find(f"{atom}summary").text or "") == text
    assert entry.find(f"{atom}content").text == f"<p>{text}</p>"
    parsed = feedparser.parse(data)
    assert not parsed.bozo and parsed.entries[0].title == (text or "x")


def test_a_site_changes_its_outputs_through_layouts(project):
    """Outputs are layouts (layouts/outputs/): a site edits them like any page."""
    from conftest import run_cli
    (project / "layouts" / "outputs" / "robots.txt").write_text("User-agent: *\nDisallow: /drafts/\n")
    entry = project / "layouts" / "outputs" / "feed-entry.xml"
    entry.write_text(entry.read_text().replace("<summary>", "<rights>CC BY 4.0</rights>\n<summary>"))
    r = run_cli("build", "--content", str(project / "content"), "--config", str(project / "config.yaml"),
                "--layouts", str(project / "layouts"), "--out", str(project / "site"), "--no-search")
    assert r.returncode == 0, r.stderr
    assert (project / "site" / "robots.txt").read_text() == "User-agent: *\nDisallow: /drafts/\n"
    feed = feedparser.parse((project / "site" / "feed.xml").read_bytes())
    assert not feed.bozo and feed.entries and all(e.rights == "CC BY 4.0" for e in feed.entries)
