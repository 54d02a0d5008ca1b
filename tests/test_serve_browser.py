"""The preview in Chromium: a save reloads the open tab; a broken file shows an overlay naming path:line; a fix clears it."""
from __future__ import annotations

import shutil
import time

import pytest

from conftest import FIXTURE
from test_serve import ARTICLE, ARTICLE_PAGE, Served, _edit

pytestmark = pytest.mark.browser
TIMEOUT_MS = 90_000
DEADLINE = 90.0


def until(page, expression: str) -> None:
    """Poll an expression through the DevTools protocol (the pages' CSP forbids eval, so no wait_for_function)."""
    deadline = time.monotonic() + DEADLINE
    while time.monotonic() < deadline:
        try:
            if page.evaluate(expression):
                return
        except Exception:  # noqa: BLE001 - the page is reloading
            pass
        time.sleep(0.1)
    pytest.fail(f"{expression!r} not true within {DEADLINE}s")


def h1_is(text: str) -> str:
    return f"document.querySelector('h1') !== null && document.querySelector('h1').textContent === {text!r}"


@pytest.fixture
def served(tmp_path):
    project = tmp_path / "project"
    shutil.copytree(FIXTURE, project)
    s = Served(project)
    yield s
    s.stop()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    pg = context.new_page()
    pg.set_default_timeout(TIMEOUT_MS)
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.on("console", lambda msg: errors.append(msg.text) if "Content Security Policy" in msg.text else None)
    pg.js_errors = errors
    yield pg
    context.close()


def test_open_tab_reloads_shows_overlay_and_clears_it(served, page):
    project = served.project
    page.goto(served.url + ARTICLE_PAGE)
    # subscribed to the event stream before we save, or the reload has no one to reach
    until(page, "window.__chronicleDevConnected === true")
    assert page.locator("h1").inner_text() == "Britain and France step in to heal Trump-Zelenskyy rift"

    page.evaluate("window.__beforeReload = 1")
    _edit(project / ARTICLE, "title: Britain and France step in to heal Trump-Zelenskyy rift",
          "title: Britain and France heal the rift")
    until(page, h1_is("Britain and France heal the rift"))
    assert page.evaluate("window.__beforeReload") is None, "the tab reloaded by itself"

    _edit(project / ARTICLE, "title: Britain and France heal the rift", 'title: "Britain and France heal the rift')
    overlay = page.locator("#chronicle-dev-overlay")
    overlay.wait_for(state="visible")
    assert overlay.get_attribute("role") == "alert"
    assert overlay.evaluate("el => getComputedStyle(el).position") == "fixed", "styled despite the CSP"
    assert overlay.locator(".chronicle-dev-location").inner_text() == f"{ARTICLE}:2:8"
    assert "the quote that starts here is never closed" in overlay.inner_text()
    assert page.locator("h1").inner_text() == "Britain and France heal the rift", "the last good page stays"

    # a tab opened while the build is broken shows the overlay too
    second = page.context.new_page()
    second.goto(served.url + "index.html")
    second.locator("#chronicle-dev-overlay").wait_for(state="visible")
    assert f"{ARTICLE}:2:8" in second.locator("#chronicle-dev-overlay").inner_text()

    _edit(project / ARTICLE, 'title: "Britain and France heal the rift', "title: Britain and France, fixed")
    until(page, h1_is("Britain and France, fixed"))
    overlay.wait_for(state="detached")
    second.locator("#chronicle-dev-overlay").wait_for(state="detached")
    assert page.js_errors == []


def test_overlay_can_be_hidden(served, page):
    page.goto(served.url + "index.html")
    until(page, "window.__chronicleDevConnected === true")
    _edit(served.project / ARTICLE, "date: 2025-03-02", "date: 2025-02-30")
    overlay = page.locator("#chronicle-dev-overlay")
    overlay.wait_for(state="visible")
    assert "February 2025 has 28 days" in overlay.inner_text()
    page.get_by_role("button", name="Hide").click()
    overlay.wait_for(state="detached")


def test_a_tab_that_starts_listening_late_still_reloads(served, page):
    """Background tabs do not listen (browsers cap connections per host); when they do, a newer build reloads them."""
    held = []
    released = []

    def hold(route):
        if released:
            route.continue_()
        else:
            held.append(route)
    page.route("**/__chronicle/events", hold)
    page.goto(served.url + ARTICLE_PAGE)
    until(page, "window.__chronicleDev === true")
    assert page.locator("h1").inner_text() == "Britain and France step in to heal Trump-Zelenskyy rift"
    _edit(served.project / ARTICLE, "title: Britain and France step in to heal Trump-Zelenskyy rift",
          "title: Rebuilt while the tab was not listening")
    served.wait_page(ARTICLE_PAGE, "Rebuilt while the tab was not listening")
    assert page.locator("h1").inner_text() == "Britain and France step in to heal Trump-Zelenskyy rift"
    page.wait_for_timeout(200)   # let the routed request reach the handler
    assert held, "the page should have tried to listen"
    released.append(True)
    for route in held:
        route.continue_()
    until(page, h1_is("Rebuilt while the tab was not listening"))


def test_served_pages_name_their_build(served):
    code, page = served.get(ARTICLE_PAGE)
    assert f'/__chronicle/livereload.js?build={served.status()["build"]}"' in page


def test_the_previews_search_page_says_why_it_cannot_search(served, page):
    """The preview builds without the search index: its search page says so and how to search,
    instead of "Search was not built for this site" (issue 15); the site on disk, served while no
    preview build has succeeded, still searches (its pages come from `make site`)."""
    page.goto(served.url + "search.html?q=NATO")
    until(page, "document.getElementById('search-status').textContent.indexOf('preview') >= 0")
    status = page.inner_text("#search-status")
    assert status.startswith("Search is off in the preview") and "make site" in status
    assert "unavailable" not in status and "not built" not in status
    assert page.locator("#search-results li").count() == 0
    assert page.js_errors == []
