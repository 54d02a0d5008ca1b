"""Chromium on the owner's archive: from an article of a story thread, the first and the latest
report of the story are one click away each (from disk, file://); threads are reached from home
and timeline; search filters by story with Pagefind (served at a subpath) and offline (file://)."""
from __future__ import annotations

import functools
import http.server
import shutil
import threading
import time

from bs4 import BeautifulSoup

import pytest

from conftest import ROOT, _Quiet, run_cli
from test_browser_site import page  # noqa: F401  (a page that records script errors)

pytestmark = pytest.mark.browser

EUROPE = "europe-to-present-trump-with-ukraine-force-plan-within-weeks"


@pytest.fixture(scope="module")
def seed_site(tmp_path_factory):
    project = tmp_path_factory.mktemp("seeds")
    shutil.copytree(ROOT / "content" / "articles", project / "content" / "articles")
    shutil.copytree(ROOT / "content" / "pages", project / "content" / "pages")
    result = run_cli("build", "--no-search", "--content", str(project / "content"), "--config",
                     str(ROOT / "config.yaml"), "--out", str(project / "site"))
    assert result.returncode == 0, result.stderr
    return project / "site"


def test_first_and_latest_report_one_click_each_from_disk(page, seed_site):
    thread_page = (seed_site / "threads" / f"{EUROPE}.html").as_uri()
    page.goto(thread_page)
    reports = page.locator("ol.thread-list > li h3 a")
    assert reports.count() == 5
    first, latest = reports.first.get_attribute("href"), reports.last.get_attribute("href")
    first_title, latest_title = reports.first.inner_text(), reports.last.inner_text()
    reports.nth(2).click()                      # an article in the middle of the story
    middle = page.url
    assert "Part of:" in page.inner_text(".thread-note")
    page.click("a.thread-first")
    assert page.url.endswith(first.split("/")[-1]) and page.inner_text("h1") == first_title
    page.goto(middle)
    page.click("a.thread-latest")
    assert page.url.endswith(latest.split("/")[-1]) and page.inner_text("h1") == latest_title
    # and from there, back to the thread page through "Part of"
    page.click(".thread-note a")
    assert page.url == thread_page
    assert page.errors == []


def test_threads_reached_from_home_and_timeline(page, seed_site):
    page.goto((seed_site / "index.html").as_uri())
    page.click("text=All story threads")
    assert page.url.endswith("/threads/index.html") and page.inner_text("h1") == "Story threads"
    page.goto((seed_site / "timeline" / "index.html").as_uri())
    page.click("main >> text=3 story threads")
    assert page.url.endswith("/threads/index.html")
    page.click(".thread-index li:first-child > a")
    assert page.url.endswith(f"/threads/{EUROPE}.html")
    assert page.errors == []


@pytest.fixture(scope="module")
def thread_axe(browser, seed_site) -> dict[str, list[str]]:
    """scheme -> axe's serious and critical violations on the story pages and the pages that
    link them, each page opened once and checked in both schemes (test_validity._axe_both)."""
    from test_validity import AXE, _axe_both
    if not AXE.exists():
        pytest.fail("axe-core not installed: npm ci --prefix tests (tests/package.json)")
    context = browser.new_context(bypass_csp=True)   # axe is an inline script
    page = context.new_page()
    found: dict[str, list[str]] = {"light": [], "dark": []}
    for rel in (f"threads/{EUROPE}.html", "threads/index.html", "index.html",
                "articles/ukraine-allies-plan-meeting-of-military-chiefs-next-week.html"):
        page.goto((seed_site / rel).as_uri())
        for scheme, lines in _axe_both(page, AXE.read_text(), rel).items():
            found[scheme] += lines
    context.close()
    return found


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_thread_pages_have_no_serious_accessibility_violation(thread_axe, scheme):
    assert thread_axe[scheme] == []


@pytest.fixture(scope="module")
def seed_search_site(tmp_path_factory):
    """The seeds built with search (Pagefind and the offline index), under repo/."""
    project = tmp_path_factory.mktemp("seeds-search")
    shutil.copytree(ROOT / "content" / "articles", project / "content" / "articles")
    shutil.copytree(ROOT / "content" / "pages", project / "content" / "pages")
    out = project / "serve" / "repo"
    result = run_cli("build", "--content", str(project / "content"), "--config", str(ROOT / "config.yaml"), "--out", str(out))
    assert result.returncode == 0, result.stderr
    return out


def _story_results(page, url: str, story: str, members: list[str]) -> list[str]:
    page.goto(url)
    page.fill("#q", "Ukraine")
    page.select_option("#f-thread", story)
    page.press("#q", "Enter")
    return _settled_results(page, members)


def _settled_results(page, expected: list[str], seconds: float = 20) -> list[str]:
    """The result titles, sorted, once they are `expected` or `seconds` have passed. Typing
    answers the query before the story is chosen: on a busy machine that unfiltered list can
    still be the one shown a fixed wait after the first result appears."""
    deadline = time.monotonic() + seconds
    while True:
        shown = sorted(page.locator("#search-results h3 a").all_inner_texts())
        if shown == expected or time.monotonic() > deadline:
            return shown
        page.wait_for_timeout(100)


def test_search_filters_by_story_with_pagefind_and_offline(page, seed_search_site):
    thread_page = BeautifulSoup((seed_search_site / "threads" / f"{EUROPE}.html").read_text(), "html.parser")
    story = thread_page.h1.get_text()
    members = sorted(a.get_text() for a in thread_page.select("ol.thread-list h3 a"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(seed_search_site.parent)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        served = _story_results(page, f"http://127.0.0.1:{server.server_address[1]}/repo/search.html", story, members)
    finally:
        server.shutdown()
    assert page.locator("#search-results").get_attribute("data-engine") == "pagefind"
    assert served == members
    offline = _story_results(page, (seed_search_site / "search.html").as_uri(), story, members)
    assert page.locator("#search-results").get_attribute("data-engine") == "offline"
    assert offline == members
    assert page.errors == []


def test_a_story_the_menu_does_not_list_still_filters_from_the_address(page, seed_search_site, tmp_path):
    """The Story menu lists the busiest stories only (render/plan.py SEARCH_THREADS): a story
    given in the address (?thread=) filters whether or not the menu lists it. Here the menu of
    a copy of the page has the story's option taken out, as a big archive's menu would."""
    from urllib.parse import quote
    thread_page = BeautifulSoup((seed_search_site / "threads" / f"{EUROPE}.html").read_text(), "html.parser")
    story = thread_page.h1.get_text()
    members = sorted(a.get_text() for a in thread_page.select("ol.thread-list h3 a"))
    html = (seed_search_site / "search.html").read_text()
    soup = BeautifulSoup(html, "html.parser")
    option = soup.select_one(f'#f-thread option[value="{story}"]')
    assert option is not None
    cut = html.replace(str(option), "")
    assert cut != html and story not in [o["value"] for o in BeautifulSoup(cut, "html.parser").select("#f-thread option")]
    copy = tmp_path / "repo"
    shutil.copytree(seed_search_site, copy)
    (copy / "search.html").write_text(cut)
    page.goto((copy / "search.html").as_uri() + f"?q=Ukraine&thread={quote(story)}")
    assert _settled_results(page, members) == members
    assert page.locator("#f-thread").input_value() == story
    assert page.errors == []
