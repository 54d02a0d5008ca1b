"""Chromium opens the built site at a GitHub Pages-like subpath, clicks through and searches."""
from __future__ import annotations

import re

from playwright.sync_api import expect

import pytest

pytestmark = pytest.mark.browser


@pytest.fixture
def page(tab_page):
    """The module's shared tab (conftest: the service worker blocked, page errors in `.errors`)."""
    return tab_page


def test_click_from_home_to_topic_to_article_at_a_subpath(page, subpath_server):
    page.goto(subpath_server)
    assert page.title().startswith("Fixture Chronicle")
    # styles loaded: the header has the card background, not the browser default
    assert page.eval_on_selector(".site-header", "e => getComputedStyle(e).borderBottomStyle") == "solid"
    page.click(".topic-counts a:text-is(\"North Korea\")")
    assert page.url.endswith("/repo/topics/north-korea.html")
    assert page.inner_text("h1") == "North Korea"
    page.click("text=US says it has proof of North Korean troops in Russia")
    assert page.url.endswith("/repo/articles/north-korean-troops.html")
    assert "proof" in page.inner_text("article .body")
    page.click("a[rel=next]")
    assert page.inner_text("h1") == "Britain and France step in to heal Trump-Zelenskyy rift"
    page.click("nav >> text=Timeline")
    assert page.url.endswith("/repo/timeline/index.html")
    assert page.errors == []


def test_search_north_korea_filter_by_topic_and_sort_by_date(page, subpath_server):
    page.goto(subpath_server)
    page.fill("#home-q", "North Korea")
    page.press("#home-q", "Enter")
    assert "/repo/search.html?q=North+Korea" in page.url
    page.wait_for_selector("#search-results li")
    titles = page.locator("#search-results h3 a").all_inner_texts()
    assert "US says it has proof of North Korean troops in Russia" in titles
    assert "North Korea shipped 20,000 containers of munitions" in titles
    assert page.locator("#search-results mark").count() > 0
    # narrow to a topic: only articles tagged NATO remain
    page.select_option("#f-topic", "NATO")
    expect(page.locator("#search-results li")).to_have_count(1)
    assert page.locator("#search-results h3 a").all_inner_texts() == ["US says it has proof of North Korean troops in Russia"]
    # clear the topic, sort by date: newest first
    page.select_option("#f-topic", "")
    page.select_option("#f-sort", "date")
    expect(page.locator("#search-results h3 a").first).to_have_text(re.compile(r"^North Korea shipped"))
    # results render as their chunks arrive and a list is drawn again when a later search ends
    # (search as you type): wait for a whole list in that order, read in one go
    page.wait_for_function("""([a, b]) => {
        const titles = [...document.querySelectorAll('#search-results h3 a')].map(x => x.innerText);
        return titles.includes(a) && titles.includes(b) && titles.indexOf(a) < titles.indexOf(b);
    }""", arg=["North Korea shipped 20,000 containers of munitions", "US says it has proof of North Korean troops in Russia"],
        timeout=10000)
    page.click("#search-results h3 a >> nth=0")
    assert "/repo/articles/" in page.url
    assert page.errors == []
