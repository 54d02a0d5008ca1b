"""The eighth red-team pass as a reader, in Chromium (one module-scoped tab): hostile queries on the
search page. The pass's other tests are in test_hostile_round8.py."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.slow]

FOUND = "Britain and France step in to heal Trump-Zelenskyy rift"   # the fixture's one 'coalition' article


@pytest.fixture
def page(tab_page):
    yield tab_page
    assert not tab_page.errors, tab_page.errors


@pytest.mark.parametrize("words", [256, 513])
def test_a_query_of_hundreds_of_words_finds_what_one_word_finds_from_disk(page, fixture_site_search, words):
    """The offline engine counted each article's matching query words in a byte: at 256 words it
    wrapped to 0, so a reader who pasted a paragraph of 256 words or more (or held a key down)
    got 'No results.' from disk, where Pagefind, served, finds the article."""
    page.goto((fixture_site_search / "search.html").as_uri())
    expect(page.locator("#search-status")).to_have_text("Recent articles")
    page.fill("#q", " ".join(["coalition"] * words))
    expect(page.locator("#search-status")).to_have_text("1 result")
    expect(page.locator("#search-results li h3 a")).to_have_text([FOUND])
    assert page.locator("#search-results").get_attribute("data-engine") == "offline"
