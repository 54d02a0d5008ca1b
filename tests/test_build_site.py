"""What the build produces for the fixture site, read back from the HTML a reader gets."""
from __future__ import annotations

import re

from htmlcheck import soup


def texts(elements) -> list[str]:
    return [" ".join(e.get_text(" ").split()) for e in elements]


def test_article_page_shows_title_date_source_tags_body_neighbours_related(fixture_site):
    page = soup(fixture_site / "articles" / "north-korean-troops.html")
    assert page.h1.get_text() == "US says it has proof of North Korean troops in Russia"
    assert page.find("time")["datetime"] == "2024-10-23"
    assert "23 October 2024" in page.find("time").get_text()
    assert page.select_one(".meta .source").get_text() == "Newshub"
    tags = {a.get_text(): a["href"] for a in page.select("article .tags a")}
    assert tags == {"North Korea": "../topics/north-korea.html", "Russia": "../topics/russia.html",
                    "Ukraine": "../topics/ukraine.html", "NATO": "../topics/nato.html"}
    assert page.select_one(".body strong").get_text() == "proof"
    # a [link](other.md) in the body points at that article's page
    assert page.select_one('.body a[href="nato-summit.html"]') is not None
    assert page.select_one('.body a[href="../about.html"]') is not None
    # the oldest dated article has a newer neighbour only
    assert page.select_one("a[rel=prev]") is None
    assert page.select_one("a[rel=next]")["href"] == "zelensky-rift.html"   # a sibling page, linked as one
    related = [a["href"] for a in page.select(".related a")]
    assert 1 <= len(related) <= 5
    # the article sharing the most tags (Russia, Ukraine, NATO) comes first
    assert related[0] == "nato-summit.html"


def test_previous_and_next_follow_time(fixture_site):
    page = soup(fixture_site / "articles" / "zelensky-rift.html")
    assert page.select_one("a[rel=prev]")["href"] == "north-korean-troops.html"
    assert page.select_one("a[rel=next]")["href"] == "eu-summit.html"


def test_undated_article_says_undated_and_is_on_the_undated_page(fixture_site):
    page = soup(fixture_site / "articles" / "black-sea.html")
    assert page.select_one(".undated").get_text() == "undated"
    undated = soup(fixture_site / "timeline" / "undated.html")
    assert [a.get_text() for a in undated.select(".article-list h2 a")] == ["Russia's power in the Black Sea"]


def test_yaml_traps_keep_the_text_the_writer_typed(fixture_site):
    page = soup(fixture_site / "articles" / "yaml-traps.html")
    assert page.h1.get_text() == "NO"
    assert page.select_one(".meta .source").get_text() == "1.10"
    assert [a.get_text() for a in page.select("article .tags a")] == ["NO", "1.10", "yes"]


def test_tags_are_case_accent_and_alias_insensitive(fixture_site):
    topics = {p.name for p in (fixture_site / "topics").glob("*.html")}
    assert "nato.html" in topics and "defense.html" in topics
    assert not any(name.lower() != name for name in topics)
    nato = soup(fixture_site / "topics" / "nato.html")
    # NATO, nato and Nato are one topic
    assert "3 articles" in nato.select_one(".count").get_text()
    # 'DPRK' and 'Zelenskyy' are aliases of configured topics
    assert not (fixture_site / "topics" / "dprk.html").exists()
    nk = soup(fixture_site / "topics" / "north-korea.html")
    assert "2 articles" in nk.select_one(".count").get_text()
    assert (fixture_site / "topics" / "zelensky.html").exists()


def test_topic_page_has_description_months_newest_first_and_a_chart(fixture_site):
    page = soup(fixture_site / "topics" / "ukraine.html")
    assert page.h1.get_text() == "Ukraine"
    assert page.select_one(".lede").get_text() == "Ukraine at war."
    months = texts(page.select(".month-group h2"))
    assert months == ["June 2025", "March 2025", "October 2024"]
    titles = texts(page.select(".month-group h3"))
    assert titles[:2] == ["NATO allies meet in The Hague", "North Korea shipped 20,000 containers of munitions"]
    svg = page.select_one("svg.chart")
    # a bar per busy month (Oct 2024, Mar and Jun 2025); an empty month is its 0 in the table
    assert svg is not None and len(svg.select("rect.bar")) == 3
    # topics/ukraine.xml, relative to the topic's page (issue 13: its own links are the shortest)
    assert page.select_one('link[rel=alternate][type="application/atom+xml"][href="ukraine.xml"]')
    assert (fixture_site / "topics" / "ukraine.xml").is_file()


def test_topics_index_lists_every_topic_busiest_first(fixture_site):
    page = soup(fixture_site / "topics" / "index.html")
    counts = [int(re.match(r"\d+", c.get_text()).group()) for c in page.select(".topic-index .count")]
    assert counts == sorted(counts, reverse=True)
    names = [a.get_text() for a in page.select(".topic-index a")]
    assert names[0] in ("Russia", "Ukraine") and "Black Sea" in names


def test_timeline_has_years_months_counts_and_month_pages_day_by_day(fixture_site):
    page = soup(fixture_site / "timeline" / "index.html")
    assert texts(page.select(".year h2"))[:2] == ["2025 5 articles", "2024 1 article"]
    assert "Undated 1 article" in texts(page.select(".year h2"))
    june = soup(fixture_site / "timeline" / "2025-06.html")
    days = texts(june.select(".day h2"))
    assert days == ["1 June 2025", "2 June 2025", "24 June 2025"]
    assert june.select_one("a[rel=prev]")["href"] == "../timeline/2025-03.html"


def test_home_shows_latest_by_day_busiest_topics_timeline_and_search_box(fixture_site):
    page = soup(fixture_site / "index.html")
    # the site title is the header's; the page's h1 (for the outline) is not shown twice
    assert page.h1.get_text() == "Fixture Chronicle" and "visually-hidden" in page.h1["class"]
    # the latest articles, grouped under their day, newest first
    days = texts(page.select(".latest .day-head"))
    assert days == ["24 June 2025", "2 June 2025", "1 June 2025", "5 March 2025", "2 March 2025"]
    latest = texts(page.select(".latest h4"))
    assert latest[0] == "NATO allies meet in The Hague" and len(latest) == 5
    assert page.select_one('form[role=search][action="search.html"] input[name=q]')
    # each busy topic with its count and a trend line whose accessible name carries the numbers
    first = page.select(".topic-counts li")[0]
    assert first.a.get_text() == "Ukraine"   # 1 article in October 2024, 2 in March and 2 in June 2025
    assert first.select_one("svg.spark")["aria-label"].endswith("the year to June 2025: 0, 0, 0, 1, 0, 0, 0, 0, 2, 0, 0, 2")
    # and its latest and busiest month written out (issue 15)
    notes = {li.a.get_text(): li.select_one(".trend-note").get_text() for li in page.select(".topic-counts li")}
    assert notes["Ukraine"] == "2 in Jun, the peak" and notes["Défense"] == "0 in Jun · peak 1 in Mar"
    assert notes["Black Sea"] == "none in the year"   # its one article is undated
    # the archive's span and size, and a way to the undated articles
    assert "7 articles, October 2024 to June 2025" in texts(page.select(".intro .meta"))[0]
    assert page.select_one('.home-timeline a[href="timeline/undated.html"]')
    # the heat map: each busy month a link to its page, its count visible
    cells = {a["href"]: a.get_text() for a in page.select(".home-timeline table.cal a")}
    assert cells == {"timeline/2025-06.html": "3", "timeline/2025-03.html": "2", "timeline/2024-10.html": "1"}


def test_drafts_and_underscore_files_are_left_out(fixture_site):
    assert not (fixture_site / "articles" / "draft-piece.html").exists()
    assert not list(fixture_site.rglob("_ignored*"))
    # a Jekyll-style date prefix does not end up in the page name
    assert (fixture_site / "articles" / "eu-summit.html").exists()


def test_standalone_about_page_is_built_and_in_the_navigation(fixture_site):
    about = soup(fixture_site / "about.html")
    assert about.h1.get_text() == "About"
    home = soup(fixture_site / "index.html")
    assert home.select_one('nav a[href="about.html"]').get_text() == "About"


def test_404_uses_the_base_path(fixture_site):
    page = soup(fixture_site / "404.html")
    assert page.select_one("link[rel=stylesheet]")["href"].startswith("/repo/static/style.css")
    assert page.select_one('a[href="/repo/index.html"]')


def test_canonical_urls_and_feed_use_site_url_and_base_path(fixture_site):
    page = soup(fixture_site / "articles" / "nato-summit.html")
    assert page.select_one("link[rel=canonical]")["href"] == "https://user.github.io/repo/articles/nato-summit.html"
    feed = (fixture_site / "feed.xml").read_text()
    assert "https://user.github.io/repo/articles/nato-summit.html" in feed


def test_body_html_from_writer_is_escaped_by_default(tmp_path):
    from conftest import build_fixture, copy_fixture

    site = copy_fixture(tmp_path / "fx")
    (site / "content" / "articles" / "html.md").write_text(
        "---\ntitle: <b>Bold</b> title\n---\nHello <script>alert(1)</script> world\n")
    build_fixture(tmp_path / "out", "--no-search", content=site / "content", config=site / "config.yaml")
    html = (tmp_path / "out" / "articles" / "html.html").read_text()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;Bold&lt;/b&gt; title" in html
