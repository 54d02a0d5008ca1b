"""The preview in Chromium: a save reloads the open tab; a broken file shows an overlay naming path:line; a fix clears it."""
from __future__ import annotations

import shutil

import pytest

from conftest import FIXTURE
from test_serve import ARTICLE, ARTICLE_PAGE, Served, _edit

pytestmark = pytest.mark.browser
TIMEOUT_MS = 90_000


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
    pg.js_errors = errors
    yield pg
    context.close()


def test_open_tab_reloads_shows_overlay_and_clears_it(served, page):
    project = served.project
    page.goto(served.url + ARTICLE_PAGE)
    # subscribed to the event stream before we save, or the reload has no one to reach
    page.wait_for_function("window.__chronicleDevConnected === true")
    assert page.locator("h1").inner_text() == "Britain and France step in to heal Trump-Zelenskyy rift"

    page.evaluate("window.__beforeReload = 1")
    _edit(project / ARTICLE, "title: Britain and France step in to heal Trump-Zelenskyy rift",
          "title: Britain and France heal the rift")
    page.wait_for_function("document.querySelector('h1') && document.querySelector('h1').textContent === 'Britain and France heal the rift'")
    assert page.evaluate("window.__beforeReload") is None, "the tab reloaded by itself"

    _edit(project / ARTICLE, "title: Britain and France heal the rift", 'title: "Britain and France heal the rift')
    overlay = page.locator("#chronicle-dev-overlay")
    overlay.wait_for(state="visible")
    assert overlay.get_attribute("role") == "alert"
    assert overlay.locator(".chronicle-dev-location").inner_text() == f"{ARTICLE}:2:8"
    assert "the quote that starts here is never closed" in overlay.inner_text()
    assert page.locator("h1").inner_text() == "Britain and France heal the rift", "the last good page stays"

    # a tab opened while the build is broken shows the overlay too
    second = page.context.new_page()
    second.goto(served.url + "index.html")
    second.locator("#chronicle-dev-overlay").wait_for(state="visible")
    assert f"{ARTICLE}:2:8" in second.locator("#chronicle-dev-overlay").inner_text()

    _edit(project / ARTICLE, 'title: "Britain and France heal the rift', "title: Britain and France, fixed")
    page.wait_for_function("document.querySelector('h1') && document.querySelector('h1').textContent === 'Britain and France, fixed'")
    overlay.wait_for(state="detached")
    second.locator("#chronicle-dev-overlay").wait_for(state="detached")
    assert page.js_errors == []


def test_overlay_can_be_hidden(served, page):
    page.goto(served.url + "index.html")
    page.wait_for_function("window.__chronicleDevConnected === true")
    _edit(served.project / ARTICLE, "date: 2025-03-02", "date: 2025-02-30")
    overlay = page.locator("#chronicle-dev-overlay")
    overlay.wait_for(state="visible")
    assert "February 2025 has 28 days" in overlay.inner_text()
    page.get_by_role("button", name="Hide").click()
    overlay.wait_for(state="detached")
