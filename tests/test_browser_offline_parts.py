"""Chromium tests of a kept part (issue 15): the "Keep only <topic or year> offline" button of a
page says, once its part is kept, "Saved offline: <part> · update / remove" on every later page
view of that part, and only there; update fetches the part again; remove deletes its files but
those another kept part holds; a save cut short by leaving the page goes on by itself on the next
page view, fetching only what it had not saved. Served over HTTP at a subpath (service worker)."""
from __future__ import annotations

import functools
import http.server
import json
import re
import threading

import pytest
from playwright.sync_api import expect

from chronicle.outputs.offlineparts import part_paths
from test_browser_offline import PagesHandler, keep_part, offline_site, page, pages_server  # noqa: F401 (fixtures)

pytestmark = [pytest.mark.browser, pytest.mark.slow]

IN_CACHE = "async (url) => !!(await caches.match(url))"


def saved_line(page):
    return page.locator("#offline-part-kept")


def test_a_kept_part_says_so_on_every_later_view_of_it(page, pages_server):
    assert keep_part(page, pages_server + "topics/nato.html", "Keep only NATO offline") == "yes"
    expect(saved_line(page)).to_have_text("Saved offline: NATO · update / remove")
    expect(page.locator("#offline-keep-part")).to_be_hidden()
    for url in ("topics/nato.html", "topics/nato/2025.html"):   # later views: a reload, another page of NATO
        page.goto(pages_server + url)
        expect(saved_line(page)).to_have_text("Saved offline: NATO · update / remove")
        expect(page.locator("#offline-keep-part")).to_be_hidden()
        expect(page.locator("#offline-keep-button")).to_be_visible()   # the whole archive is not kept
        expect(page.locator("#offline-kept")).to_be_hidden()
    page.goto(pages_server + "timeline/2025-06.html")                  # another part: not kept
    expect(page.locator("#offline-keep-part")).to_have_text("Keep only 2025 offline")
    expect(saved_line(page)).to_be_hidden()
    assert not page.js_errors


def test_update_fetches_the_part_again(page, pages_server):
    assert keep_part(page, pages_server + "topics/nato.html", "Keep only NATO offline") == "yes"
    page.reload()
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    saved_line(page).locator("button", has_text="update").click()
    expect(page.locator("#offline-keep-status")).to_have_text(re.compile(r"^Kept offline: NATO, \d+ files\.$"))
    assert pages_server + "articles/drone-wall.html" in requested
    expect(saved_line(page)).to_be_visible()


def test_remove_deletes_the_parts_files_but_those_another_kept_part_holds(page, pages_server):
    assert keep_part(page, pages_server + "timeline/2025-06.html", "Keep only 2025 offline") == "yes"
    assert keep_part(page, pages_server + "topics/north-korea.html", "Keep only North Korea offline") == "yes"
    only_korea, both = pages_server + "articles/nk-troops.html", pages_server + "articles/nk-kursk.html"   # 2024; 2025
    assert page.evaluate(IN_CACHE, only_korea) and page.evaluate(IN_CACHE, both)
    saved_line(page).locator("button", has_text="remove").click()
    expect(page.locator("#offline-keep-part")).to_have_text("Keep only North Korea offline")
    expect(saved_line(page)).to_be_hidden()
    assert not page.evaluate(IN_CACHE, only_korea)
    assert page.evaluate(IN_CACHE, both)                 # 2025 is still kept, and holds it
    page.goto(pages_server + "timeline/2025-06.html")
    expect(saved_line(page)).to_have_text("Saved offline: 2025 · update / remove")
    page.goto(pages_server + "topics/north-korea.html")  # and the removal holds on later views
    expect(page.locator("#offline-keep-part")).to_have_text("Keep only North Korea offline")
    assert not page.js_errors


class SlowHandler(PagesHandler):
    """Pages-like, but an article asked for while `slow` is set is held until `released` (a
    connection that stalls, up to a minute); every request is counted, and `articles_asked` is
    set at the first request for an article."""
    seen: dict[str, int] = {}
    articles_asked = threading.Event()
    released = threading.Event()
    slow = True

    def do_GET(self):
        SlowHandler.seen[self.path] = SlowHandler.seen.get(self.path, 0) + 1
        if self.path.startswith("/repo/articles/"):
            SlowHandler.articles_asked.set()
            if SlowHandler.slow:
                SlowHandler.released.wait(60)
        try:
            super().do_GET()
        except (BrokenPipeError, ConnectionResetError):
            pass   # the page that asked was left


def test_a_save_cut_short_by_leaving_the_page_resumes_on_the_next_view(page, offline_site):
    SlowHandler.seen = {}
    SlowHandler.articles_asked.clear()
    SlowHandler.released.clear()
    SlowHandler.slow = True
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(SlowHandler, directory=str(offline_site.parent)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    root = f"http://127.0.0.1:{server.server_address[1]}/repo/"
    lists = offline_site / "offline" / "parts"
    files = part_paths(json.loads((lists / "year-2025.json").read_text()), json.loads((lists / "shell.json").read_text()),
                       lambda p: (offline_site / p).read_bytes())
    articles = {f for f in files if f.startswith("articles/")}
    quick = len(files) - len(articles)   # the part's list gives the articles last
    try:
        page.goto(root + "timeline/2025-06.html")
        page.evaluate("async () => { await navigator.serviceWorker.ready; }")
        page.reload()
        page.locator("#offline-keep-part").click()
        # the other files are saved, the articles are on their way: the reader leaves
        for _ in range(100):
            if SlowHandler.articles_asked.is_set():
                break
            page.wait_for_timeout(100)
        assert SlowHandler.articles_asked.is_set()
        # The reader leaves for another site: the page is gone with its save (the year's six
        # articles, all asked at once, still held). Leaving for a page of this server would wait
        # for a connection those six hold (Chromium's six per host) and let the page finish its
        # save first, on a busy machine, leaving nothing to resume.
        page.goto("about:blank")
        # the connection is good again when the reader comes back: the resumed save's articles
        # come at once
        SlowHandler.slow = False
        SlowHandler.released.set()
        page.goto(root + "timeline/2025-01.html")        # another page of 2025, without pressing anything
        expect(page.locator("#offline-keep-status")).to_have_text(re.compile(r"^Kept offline: 2025, \d+ files"), timeout=30000)
        skipped = int(page.locator("#offline-keep").get_attribute("data-skipped"))
        # what was saved before leaving was not fetched again (a fresh save skips nothing): all
        # but the few still on their way when the reader left, one a worker at most
        assert skipped >= quick - 6
        expect(saved_line(page)).to_have_text("Saved offline: 2025 · update / remove")
        for f in files:
            assert page.evaluate(IN_CACHE, root + f), f
        page.goto(root + "timeline/2025-06.html")        # done: nothing resumes again
        expect(saved_line(page)).to_be_visible()
        assert page.locator("#offline-keep").get_attribute("data-kept") is None
    finally:
        SlowHandler.released.set()   # no handler is left waiting
        server.shutdown()
        server.server_close()
