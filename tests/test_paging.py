"""Bounded pages (issue 13): a topic page shows its latest articles and links every month it has
articles in, each a section of the topic's page for that year; long listings go on over
numbered pages. What a reader can reach is checked from the articles themselves (their dates
and tags as the article pages show them)."""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest
from bs4 import BeautifulSoup

from conftest import FIXTURE, build_fixture, copy_fixture
from htmlcheck import broken_links

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def articles_by_topic_month(site: Path) -> dict[tuple[str, str], set[str]]:
    """(topic name, "Month YYYY" or "Undated") -> article titles, read from the article pages."""
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    for path in (site / "articles").glob("*.html"):
        page = soup(path)
        time = page.select_one(".article header time")
        when = "Undated"
        if time:
            day = dt.date.fromisoformat(time["datetime"])
            when = f"{MONTHS[day.month - 1]} {day.year}"
        for tag in page.select(".article .tags a"):
            found[(tag.get_text(), when)].add(page.h1.get_text())
    return found


def titles_following_pages(site: Path, first: Path) -> list[str]:
    """Every article title of a listing, following its numbered pages from the first."""
    titles, path, seen = [], first, set()
    while path is not None and path not in seen:
        seen.add(path)
        page = soup(path)
        titles += [a.get_text() for a in page.select(".article-list h2 a, .article-list h3 a")]
        nxt = page.select_one(".pager a.page-next")
        path = (path.parent / nxt["href"]).resolve() if nxt else None
    return titles


def titles_of_month(link: Path, anchor: str) -> list[str]:
    """The titles under a topic's month, from the page a link lands on (`anchor`: its section's
    id) over the numbered pages the month goes on to."""
    titles, path = [], link
    while path is not None:
        page = soup(path)
        section = page.find(id=anchor)
        if section is None:
            break
        titles += [a.get_text() for a in section.select(".article-list a")]
        nxt = page.select_one(".pager a.page-next")
        path = (path.parent / nxt["href"]).resolve() if nxt else None
    return titles


@pytest.fixture(scope="module")
def paged_site(tmp_path_factory) -> Path:
    """The fixture site with one article per listing page and one latest article per topic."""
    project = copy_fixture(tmp_path_factory.mktemp("paged") / "project")
    config = project / "config.yaml"
    config.write_text(config.read_text().replace("build:\n", "build:\n  listing_size: 1\n  topic_latest: 1\n", 1))
    out = project.parent / "site"
    build_fixture(out, "--no-search", content=project / "content", config=config)
    return out


def test_topic_page_shows_latest_articles_and_links_every_month_with_its_articles(paged_site):
    expected = articles_by_topic_month(paged_site)
    assert len(expected) > 15
    continued = 0
    for topic_page in (paged_site / "topics").glob("*.html"):
        if topic_page.name == "index.html":
            continue
        page = soup(topic_page)
        name = page.h1.get_text()
        assert len(page.select(".month-group .article-list li")) == 1   # topic_latest: 1
        months = {a.get_text(): a["href"] for a in page.select(".topic-months a")}
        wanted = {when for (topic, when) in expected if topic == name}
        assert set(months) == wanted, name
        for when, href in months.items():
            target, _, anchor = href.partition("#")
            first = (topic_page.parent / target).resolve()
            if when == "Undated":
                assert sorted(titles_following_pages(paged_site, first)) == sorted(expected[(name, when)]), name
                continue
            # the link lands on the month's heading, on the page of its year where it starts
            heading = soup(first).find(id=anchor).h2.get_text()
            assert heading.startswith(when) and "continued" not in heading, (name, when, href)
            titles = titles_of_month(first, anchor)
            assert sorted(titles) == sorted(expected[(name, when)]), (name, when)
            assert not soup(first).select(".summary")   # titles only; the archive's month has the summaries
        continued += sum(1 for y in (paged_site / "topics" / topic_page.stem).glob("*-p*.html")
                         if "(continued)" in soup(y).h2.get_text())
    assert continued   # some month goes on over two pages (listing_size: 1)
    assert soup(paged_site / "timeline" / "2025-06.html").select(".article-list .summary")


def test_a_long_month_goes_on_over_numbered_pages_that_keep_every_article_once(paged_site):
    first = paged_site / "timeline" / "2025-06.html"
    page = soup(first)
    assert page.h1.get_text() == "June 2025"
    assert page.title.get_text().startswith("June 2025, page 1 of 3")
    assert [a["href"] for a in page.select(".pager")[0].select("a:not(.page-next)")] == \
        ["../timeline/2025-06.html", "../timeline/2025-06-p2.html", "../timeline/2025-06-p3.html"]
    titles = titles_following_pages(paged_site, first)
    assert len(titles) == len(set(titles)) == 3
    # days keep reading forward across pages
    days = [soup(paged_site / "timeline" / name).select_one(".day time")["datetime"]
            for name in ("2025-06.html", "2025-06-p2.html", "2025-06-p3.html")]
    assert days == sorted(days)
    # the month links stay on every page; the sitemap lists every page
    assert soup(paged_site / "timeline" / "2025-06-p3.html").select_one("a[rel=prev]")["href"] == "../timeline/2025-03.html"
    sitemap = (paged_site / "sitemap.xml").read_text()
    assert "/repo/timeline/2025-06-p3.html</loc>" in sitemap and "/repo/topics/nato/2025.html</loc>" in sitemap


def test_paged_site_has_no_broken_or_root_relative_links(paged_site):
    assert broken_links(paged_site) == []


def test_listing_size_below_one_is_a_config_error(tmp_path):
    from conftest import run_cli

    project = copy_fixture(tmp_path / "project")
    config = project / "config.yaml"
    config.write_text(config.read_text().replace("build:\n", "build:\n  listing_size: 0\n", 1))
    result = run_cli("build", "--no-search", "--content", str(project / "content"), "--config", str(config),
                     "--out", str(tmp_path / "site"))
    assert result.returncode == 1
    assert result.stderr.startswith(f"{config}:") and "listing_size" in result.stderr
    assert "Traceback" not in result.stderr


# what a reader sees of the page a month's link opened, read in one round trip
SHOWN = """() => {
  const month = document.querySelector('section:target'), h2 = month && month.querySelector('h2');
  const box = h2 && h2.getBoundingClientRect();
  return {h1: document.querySelector('h1').innerText, h2: h2 ? h2.innerText : null,
          visible: !!box && box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight,
          titles: month ? [...month.querySelectorAll('.article-list a')].map(a => a.innerText) : []};
}"""


def shown_month(page, topic: str, when: str, titles: set[str]) -> None:
    """The page a month's link opened: the topic's year, scrolled to the month's section."""
    page.wait_for_selector("section:target h2")   # the click's page has come
    shown = page.evaluate(SHOWN)
    assert shown["h1"] == f"{topic}: {when.split()[1]}"
    assert shown["h2"] and shown["h2"].startswith(when), shown
    assert shown["visible"], (topic, when)   # in the window: the page scrolled to it
    assert set(shown["titles"]) == titles, (topic, when)


@pytest.mark.browser
@pytest.mark.parametrize("where", ["subpath", "file"])
def test_reader_reaches_any_month_of_any_topic_in_two_clicks(browser, subpath_server, fixture_site_search, where):
    """From each topic page, every month the topic has articles in: one click on the month, and
    the articles listed are that topic's of that month. The month's bar on the chart would take
    a click (Playwright's trial click: visible, stable, not covered, enabled) and leads to the
    page the month's link showed: one navigation per month, not two."""
    expected = articles_by_topic_month(fixture_site_search)
    root = subpath_server if where == "subpath" else fixture_site_search.as_uri() + "/"
    # no service worker: every navigation would go through its fetch handler, which is not what
    # is tested here (test_browser_offline is about it)
    context = browser.new_context(service_workers="block")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        page.goto(root + "topics/index.html")   # each topic page as the index of topics links it
        topic_url = dict(page.evaluate("[...document.querySelectorAll('.topic-index a')].map(a => [a.innerText, a.href])"))
        for (topic, when), titles in sorted(expected.items()):
            page.goto(topic_url[topic])                                          # the topic page
            if when != "Undated":                                                # its bar on the chart
                month, year = when.split()
                bar = page.locator(f'svg.chart a[aria-label^="{month[:3]} {year}:"]')
                bar.click(trial=True)
                bar_url = bar.evaluate("a => new URL(a.href.baseVal, document.baseURI).href")
            page.click(f'.topic-months a:text-is("{when}")')                     # click 1
            if when == "Undated":
                assert set(page.locator(".article-list a").all_inner_texts()) == titles, topic
                continue
            shown_month(page, topic, when, titles)
            assert page.url == bar_url and urlparse(page.url).scheme == urlparse(root).scheme
    finally:
        context.close()
    assert errors == []


def test_the_index_of_topics_goes_on_over_numbered_pages_with_every_topic_once(tmp_path):
    """An archive's automatic tags run to thousands of topics, and the index of topics was one
    page of them all (11.6 MB at 4,000 articles of 50 tags: the red-team review of stop 44). Past
    TOPICS_PER_PAGE entries it goes on over numbered pages, major topics first; a reader following
    'Next page' from the first meets every topic exactly once, and no link breaks."""
    from chronicle.render.story import TOPICS_PER_PAGE
    project = copy_fixture(tmp_path / "project")
    extra = TOPICS_PER_PAGE + 30   # a tag of its own each: that many single-article topics
    for i in range(extra):
        (project / "content/articles" / f"tail-{i:04d}.md").write_text(
            f"---\ntitle: Tail story {i}\ndate: 2025-02-{i % 28 + 1:02d}\ntags: [Rare subject {i:04d}]\n---\nText {i}.\n")
    out = tmp_path / "site"
    build_fixture(out, "--no-search", content=project / "content", config=project / "config.yaml")
    seen, path, pages = [], out / "topics/index.html", 0
    while path is not None:
        page = soup(path)
        pages += 1
        seen += [a.get_text() for a in page.select(".topic-index li > a")]
        assert len(page.select(".topic-index li")) <= TOPICS_PER_PAGE
        nxt = page.select_one(".pager a.page-next")
        path = (path.parent / nxt["href"]).resolve() if nxt else None
    assert pages == 2
    assert len(seen) == len(set(seen))
    assert {f"Rare subject {i:04d}" for i in range(extra)} <= set(seen)
    first = soup(out / "topics/index.html")
    counts = [int(li.select_one(".count").get_text().split()[0]) for li in first.select("ol.topic-index li")]
    assert counts and counts == sorted(counts, reverse=True) and counts[0] > 1   # the major topics first
    assert broken_links(out) == []
