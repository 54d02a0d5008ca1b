"""Chromium tests for reading and searching offline (issue 4).

- opened from disk (file://): browse home -> topic -> article -> month; search with the
  offline engine, filter by topic, open a result;
- served at a subpath like GitHub Pages (http://127.0.0.1:PORT/repo/): the same with Pagefind,
  then offline (service worker): reload a visited page and search again;
- the downloadable zip, unpacked and opened from disk, searches;
- the 404 page at a nested missing path has its styles and working links.
"""
from __future__ import annotations

import functools
import http.server
import json
import re
import threading
import zipfile
from pathlib import Path

import pytest
from playwright.sync_api import expect

from chronicle.outputs.offlineparts import part_paths
from chronicle.outputs.serviceworker import manifest_paths
from conftest import ROOT, build_fixture

pytestmark = [pytest.mark.browser, pytest.mark.slow]

OFFLINE_FIXTURE = ROOT / "tests" / "fixtures" / "offline_site"


@pytest.fixture(scope="module")
def offline_site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("offline-site") / "repo"
    build_fixture(out, content=OFFLINE_FIXTURE / "content", config=OFFLINE_FIXTURE / "config.yaml")
    return out


class PagesHandler(http.server.SimpleHTTPRequestHandler):
    """Like GitHub Pages: a missing path under /repo/ gets /repo/404.html with status 404."""

    def log_message(self, *args):
        pass

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "repo" / "404.html"
        if code == 404 and self.path.startswith("/repo/") and page.exists():
            body = page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
            return
        super().send_error(code, message, explain)


@pytest.fixture(scope="module")
def pages_server(offline_site):
    handler = functools.partial(PagesHandler, directory=str(offline_site.parent))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/repo/"
    server.shutdown()
    server.server_close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    pg = context.new_page()
    errors: list[str] = []
    csp: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("console", lambda m: csp.append(m.text) if "Content Security Policy" in m.text else None)
    pg.js_errors = errors
    yield pg
    context.close()
    assert not csp, csp  # everything offline search needs runs under the site's CSP


@pytest.fixture
def disk_page(tab_page):
    """For the tests from disk (file://, where no service worker runs): the module's shared tab
    (conftest), with the same checks as `page`."""
    csp: list[str] = []

    def listener(m):
        if "Content Security Policy" in m.text:
            csp.append(m.text)
    tab_page.on("console", listener)
    tab_page.js_errors = tab_page.errors
    yield tab_page
    tab_page.remove_listener("console", listener)
    assert not csp, csp


# Waits use locators, never wait_for_function: the site's CSP forbids eval, which that needs.
DONE = re.compile(r"\d+ results?|No results|unavailable|You are offline")


def search(page, query: str) -> list[str]:
    """Type a query on the search page; returns the result titles once results are shown."""
    page.fill("#q", query)
    page.click("#search-form button[type=submit]")
    expect(page.locator("#search-status")).to_have_text(DONE)
    return page.locator("#search-results li h3 a").all_inner_texts()


def wait_for_service_worker(page) -> None:
    """Until the service worker is active and controls the page (one reload may be needed)."""
    page.evaluate("async () => { await navigator.serviceWorker.ready; }")
    if not page.evaluate("() => navigator.serviceWorker.controller !== null"):
        page.reload()
    assert page.evaluate("() => navigator.serviceWorker.controller !== null")


def browse_home_topic_article_month(page, home_url: str) -> None:
    page.goto(home_url)
    assert page.title() == "Offline Chronicle"
    page.click("nav >> text=Topics")
    page.click(".topic-index >> text=North Korea")
    assert page.locator("h1").inner_text() == "North Korea"
    page.click("text=US says it has proof of North Korean troops in Russia")
    assert page.locator("h1").inner_text() == "US says it has proof of North Korean troops in Russia"
    assert "proof that troops from North Korea" in page.locator(".article .body").inner_text()
    page.click(".tags >> text=North Korea")  # back to the topic, then its month heading
    page.click(".month-group h2 >> text=October 2024")   # the topic's page of 2024, at October
    assert page.locator("h1").inner_text() == "North Korea: 2024"
    assert page.locator("section:target h2").inner_text().startswith("October 2024")
    assert page.locator(".article-list li").count() == 1


def search_filter_open(page, expect_engine: str) -> None:
    page.click("nav >> text=Search")
    titles = search(page, "North Korea")
    assert page.locator("#search-results").get_attribute("data-engine") == expect_engine
    assert "US says it has proof of North Korean troops in Russia" in titles
    assert "Pyongyang ships more shells to Moscow" in titles
    assert "Gas transit through Ukraine ends" not in titles
    marks = [m.lower() for m in page.locator("#search-results mark").all_inner_texts()]
    assert any(m.startswith("north") for m in marks) and any(m.startswith("korea") for m in marks), marks
    # narrow to a topic: Ukraine leaves the two articles about North Koreans at the front
    page.select_option("#f-topic", "Ukraine")
    expect(page.locator("#search-status")).to_have_text("2 results")
    titles = page.locator("#search-results li h3 a").all_inner_texts()
    assert set(titles) == {"US says it has proof of North Korean troops in Russia",
                           "Soldiers from the DPRK fought in Kursk, Moscow admits"}
    # newest first
    page.select_option("#f-sort", "date")
    expect(page.locator("#search-results li h3 a").first).to_have_text("Soldiers from the DPRK fought in Kursk, Moscow admits")
    page.click("#search-results li h3 a >> nth=0")
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Soldiers from the DPRK fought in Kursk, Moscow admits"


def test_from_disk_browse_and_search(disk_page, offline_site):
    page = disk_page
    browse_home_topic_article_month(page, (offline_site / "index.html").as_uri())
    search_filter_open(page, "offline")
    assert page.url.startswith("file://")
    assert not page.js_errors


def test_offline_search_loads_only_the_chunks_a_query_needs(disk_page, offline_site):
    page = disk_page
    requested: list[str] = []
    record = lambda r: requested.append(r.url)   # noqa: E731
    page.on("request", record)
    page.goto((offline_site / "search.html").as_uri())
    expect(page.locator("#search-status")).to_have_text("Recent articles")   # an empty query
    assert page.locator("#search-results li").count() == 8
    opened = [u.rsplit("/offline/search/", 1)[1] for u in requested if "/offline/search/" in u]
    assert sorted(name[0] for name in opened) == ["d", "i"], opened   # the newest articles: no places file
    requested.clear()
    assert search(page, "drone") == ["Baltic states plan a drone wall"]
    loaded = sorted(u.rsplit("/offline/search/", 1)[1] for u in requested if "/offline/search/" in u)
    chunks = sorted(p.name for p in (offline_site / "offline" / "search").iterdir())
    # the manifest and the recent articles' chunk came with the page; "drone" needed one term
    # chunk, the places file (r...: the order of its results) and the stemmer (s...), which the
    # newest articles do not
    assert loaded and set(loaded) < set(chunks) and all(name[0] in "tsr" for name in loaded), loaded
    assert sum(name.startswith("r") for name in loaded) == 1, loaded
    assert sum(name.startswith("s") for name in loaded) == 1, loaded
    assert not any("search-index.js" in u for u in requested)
    page.remove_listener("request", record)


def test_offline_search_words_must_all_match_and_accents_fold(disk_page, offline_site):
    page = disk_page
    page.goto((offline_site / "search.html").as_uri())
    assert search(page, "communique") == ["NATO allies meet in The Hague"]  # text says "communiqué"
    assert search(page, "drone grain") == []
    assert page.locator("#search-status").inner_text() == "No results."
    # as Pagefind: a word found nowhere in the archive is left out rather than failing the query
    assert search(page, "drone zanzibar") == ["Baltic states plan a drone wall"]


def test_offline_without_the_saved_index_says_so(page, pages_server):
    """Served, the index never saved, the network gone: not a false "No results." but what is
    wrong, and the Keep-offline button."""
    page.goto(pages_server + "search.html")
    wait_for_service_worker(page)
    page.context.set_offline(True)
    page.goto(pages_server + "search.html")
    # the page's own first search (recent articles) may be answered from what the service
    # worker keeps at install (Pagefind's code, metadata and filters): wait for it to end, then
    # search words whose index chunks were never fetched, and wait for that search's answer
    expect(page.locator("#search-status")).not_to_have_text(re.compile("Searching"))
    page.fill("#q", "grain")
    page.click("#search-form button[type=submit]")
    expect(page.locator("#search-status")).to_contain_text("You are offline")
    expect(page.locator("#search-results li")).to_have_count(0)
    expect(page.locator("#offline-keep")).to_be_visible()
    expect(page.locator("#offline-keep-button")).to_contain_text("Keep this archive offline")
    page.context.set_offline(False)


def test_served_at_subpath_with_pagefind_then_offline(page, pages_server):
    browse_home_topic_article_month(page, pages_server + "index.html")
    # the service worker controls the site once it is active
    page.goto(pages_server + "search.html")
    wait_for_service_worker(page)
    search_filter_open(page, "pagefind")
    article_url = page.url
    page.goto(pages_server + "search.html")
    search(page, "North Korea")  # Pagefind's files for this query are now in the cache

    page.context.set_offline(True)
    page.goto(article_url)
    assert page.locator("h1").inner_text() == "Soldiers from the DPRK fought in Kursk, Moscow admits"
    assert page.evaluate("getComputedStyle(document.querySelector('.site-header')).borderBottomStyle") == "solid"
    page.goto(pages_server + "search.html")
    titles = search(page, "North Korea")
    assert "US says it has proof of North Korean troops in Russia" in titles
    # a page never visited says so plainly, with a way home
    page.goto(pages_server + "topics/energy.html")
    assert page.locator("h1").inner_text() == "You are offline"
    page.click("text=Go to the home page")
    assert page.title() == "Offline Chronicle"
    page.context.set_offline(False)
    assert not page.js_errors


def test_keep_archive_offline_button(page, pages_server):
    page.goto(pages_server + "about.html")
    button = page.locator("#offline-keep-button")
    button.wait_for(state="visible")
    label = button.inner_text()
    assert "Keep this archive offline" in label and ("KB" in label or "MB" in label)
    wait_for_service_worker(page)
    page.locator("#offline-keep-button").click()
    page.wait_for_selector("#offline-keep[data-kept]", timeout=30000)
    assert page.locator("#offline-keep").get_attribute("data-kept") == "yes"
    # a page never visited, and search from the offline index, with the network gone
    page.context.set_offline(True)
    page.goto(pages_server + "timeline/2025-05.html")
    assert page.locator("h1").inner_text() == "May 2025"
    page.goto(pages_server + "search.html")
    assert search(page, "grain") == ["Grain corridor talks resume"]
    page.context.set_offline(False)


def test_zip_unpacked_browses_and_searches(disk_page, offline_site, tmp_path):
    page = disk_page
    with zipfile.ZipFile(offline_site / "download" / "archive.zip") as zf:
        names = zf.namelist()
        assert all(n.startswith("offline-chronicle/") for n in names)
        assert not any("/pagefind/" in n or n.endswith(".zip") for n in names)
        zf.extractall(tmp_path)
    home = tmp_path / "offline-chronicle" / "index.html"
    browse_home_topic_article_month(page, home.as_uri())
    page.click("nav >> text=Search")
    titles = search(page, "shadow fleet")
    assert titles == ["Allies lower the price cap on Russian oil"]
    page.click("#search-results li h3 a")
    assert page.locator("h1").inner_text() == "Allies lower the price cap on Russian oil"


def test_404_at_nested_missing_path(page, pages_server):
    response = page.goto(pages_server + "no/such/deep/page.html")
    assert response.status == 404
    assert page.locator("h1").inner_text() == "Page not found"
    # the stylesheet loaded (a relative link would have pointed at /repo/no/such/deep/static/)
    assert page.evaluate("getComputedStyle(document.querySelector('.site-header')).borderBottomStyle") == "solid"
    assert page.evaluate("[...document.styleSheets].some(s => s.href && s.href.endsWith('/repo/static/style.css?v=' + s.href.split('?v=')[1]))")
    page.click("main >> text=All topics")
    assert page.url == pages_server + "topics/index.html"
    assert page.locator("h1").inner_text() == "Topics"


def test_page_views_read_a_few_bytes_of_summary_not_the_file_list(page, pages_server, offline_site):
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    page.goto(pages_server + "about.html")
    button = page.locator("#offline-keep-button")
    button.wait_for(state="visible")
    summary = json.loads((offline_site / "offline" / "summary.json").read_text())
    assert (offline_site / "offline" / "summary.json").stat().st_size < 100
    manifest = json.loads((offline_site / "offline" / "manifest.json").read_text())
    files = manifest_paths(manifest, lambda p: (offline_site / p).read_bytes())
    assert summary["files"] == len(files) and summary["bytes"] == manifest["bytes"]
    assert f"({summary['files']} files, " in button.inner_text()
    assert any(u.endswith("offline/summary.json") for u in requested)
    assert not any("manifest.json" in u or "/offline/parts/" in u for u in requested)


def keep_part(page, url: str, label: str) -> str:
    """Open `url`, press the button that keeps its part (labelled `label`); how it ended."""
    page.goto(url)
    wait_for_service_worker(page)
    part = page.locator("#offline-keep-part")
    expect(part).to_have_text(label)
    part.click()
    page.wait_for_selector("#offline-keep[data-kept]", timeout=30000)
    return page.locator("#offline-keep").get_attribute("data-kept")


def test_keep_one_topic_offline_saves_its_pages_and_not_the_others(page, pages_server):
    assert keep_part(page, pages_server + "topics/nato.html", "Keep only NATO offline") == "yes"
    expect(page.locator("#offline-keep-status")).to_have_text(re.compile(r"^Kept offline: NATO, \d+ files\.$"))
    page.context.set_offline(True)
    page.goto(pages_server + "articles/drone-wall.html")         # a NATO article never opened
    assert page.locator("h1").inner_text() == "Baltic states plan a drone wall"
    page.goto(pages_server + "topics/nato/2025.html")            # its year, month by month
    assert page.locator("h1").inner_text() == "NATO: 2025"
    page.goto(pages_server + "articles/oil-cap.html")            # not NATO: not kept
    assert page.locator("h1").inner_text() == "You are offline"
    page.context.set_offline(False)
    assert not page.js_errors


class FlakyHandler(PagesHandler):
    """Pages-like, but the first request for each article fails (a dropped connection's
    worth of failures in the middle of a save); every request is counted."""
    seen: dict[str, int] = {}

    def do_GET(self):
        count = FlakyHandler.seen[self.path] = FlakyHandler.seen.get(self.path, 0) + 1
        if self.path.startswith("/repo/articles/") and count == 1:
            self.send_response(503)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        super().do_GET()


def test_an_interrupted_save_resumes_where_it_stopped(page, offline_site):
    FlakyHandler.seen = {}
    handler = functools.partial(FlakyHandler, directory=str(offline_site.parent))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    root = f"http://127.0.0.1:{server.server_address[1]}/repo/"
    try:
        assert keep_part(page, root + "timeline/2025-06.html", "Keep only 2025 offline") == "partial"
        expect(page.locator("#offline-keep-status")).to_contain_text("could not be fetched")
        lists = offline_site / "offline" / "parts"
        files = part_paths(json.loads((lists / "year-2025.json").read_text()), json.loads((lists / "shell.json").read_text()),
                           lambda p: (offline_site / p).read_bytes())
        articles = [f for f in files if f.startswith("articles/")]
        assert articles and "articles/oil-cap.html" in articles
        page.reload()
        part = page.locator("#offline-keep-part")
        expect(part).to_have_text("Resume keeping only 2025 offline")
        before = dict(FlakyHandler.seen)
        part.click()
        expect(page.locator("#offline-keep-status")).to_have_text(re.compile(r"^Kept offline: 2025, \d+ files"))
        assert page.locator("#offline-keep").get_attribute("data-kept") == "yes"
        # only what failed was fetched again: every other file was already saved
        fetched = {p for p, n in FlakyHandler.seen.items() if n > before.get(p, 0)}
        assert {p for p in fetched if p.startswith("/repo/articles/")} == {f"/repo/{a}" for a in articles}
        assert int(page.locator("#offline-keep").get_attribute("data-skipped")) == len(files) - len(articles)
    finally:
        server.shutdown()
        server.server_close()


def test_kept_archive_reads_saved_with_update_and_remove_not_the_same_button(page, pages_server):
    """Issue 15: the button is a secondary action in the footer; once the archive is kept it says
    so, on every page, and offers update and remove rather than the same action again."""
    page.goto(pages_server + "about.html")
    button = page.locator("#offline-keep-button")
    button.wait_for(state="visible")
    assert page.locator(".site-footer #offline-keep").count() == 1
    wait_for_service_worker(page)
    button.click()
    page.wait_for_selector("#offline-keep[data-kept=yes]", timeout=30000)
    kept = page.locator("#offline-kept")
    expect(kept).to_have_text("Saved for offline reading · update / remove")
    expect(button).to_be_hidden()
    page.goto(pages_server + "topics/nato.html")                 # another page, later
    expect(page.locator("#offline-kept")).to_be_visible()
    expect(page.locator("#offline-keep-button")).to_be_hidden()
    expect(page.locator("#offline-keep-part")).to_be_hidden()   # the archive holds the topic
    kept_article = pages_server + "articles/oil-cap.html"   # never opened, kept with the archive
    in_cache = "async (url) => !!(await caches.match(url))"
    assert page.evaluate(in_cache, kept_article)
    page.click("#offline-remove")
    expect(page.locator("#offline-keep-button")).to_be_visible()
    expect(page.locator("#offline-kept")).to_be_hidden()
    # removed: the pages the archive kept are gone from the site's cache (the browser's own
    # HTTP cache may still answer for a while: not the site's to clear)
    assert not page.evaluate(in_cache, kept_article)
    # the page that says a page is not kept is styled by the stylesheet, which removing the
    # archive leaves in the site's cache with the other assets the service worker installed (a
    # reload may take the stylesheet from the browser's memory, past the worker: seen to fail)
    assert page.evaluate(in_cache, pages_server + "static/style.css")
    page.reload()
    page.context.set_offline(True)
    page.goto(pages_server + "articles/never-published.html")
    assert page.locator("h1").inner_text() == "You are offline"
    assert page.evaluate("getComputedStyle(document.querySelector('main')).maxWidth") != "none"
    page.context.set_offline(False)
    assert not page.js_errors
