"""Security (issue 7): nothing executes that a writer did not put there.

tests/fixtures/hostile/ carries script-injection payloads in every front matter field, in bodies,
in config.yaml and in a page. The built site is checked statically (no event handlers, no
javascript:/data: URLs, no foreign scripts, the CSP meta tag first in every page) and opened in
Chromium over HTTP at a subpath and from file://, with a listener on dialogs, page errors and
console errors: nothing may fire. Then path traversal, reserved names and symlinks.
"""
from __future__ import annotations

import functools
import http.server
import os
import re
import threading
from pathlib import Path

import pytest

from conftest import ROOT, run_cli
from tools.htmlsafety import CSP, page_problems, site_problems

HOSTILE = ROOT / "tests" / "fixtures" / "hostile"


def _build(out: Path, *extra: str, config: Path = HOSTILE / "config.yaml", content: Path = HOSTILE / "content"):
    r = run_cli("build", "--content", str(content), "--config", str(config), "--out", str(out), *extra)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    return out


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    """Built with search, under repo/ so it can be served at a subpath."""
    return _build(tmp_path_factory.mktemp("hostile") / "repo")


@pytest.fixture(scope="module")
def hostile_html_site(tmp_path_factory):
    """The same content with build.allow_html: true (the writer's own HTML passes, imported never)."""
    return _build(tmp_path_factory.mktemp("hostile-html") / "repo", "--no-search", config=HOSTILE / "config-html.yaml")


def test_hostile_site_has_nothing_that_could_run(hostile_site):
    assert site_problems(hostile_site) == {}
    assert len(list(hostile_site.rglob("*.html"))) >= 25


def test_every_page_of_the_fixture_site_carries_the_csp(fixture_site):
    pages = sorted(fixture_site.rglob("*.html"))
    assert pages
    assert site_problems(fixture_site) == {}
    for page in pages:
        assert page.read_text().count('http-equiv="Content-Security-Policy"') == 1, page


# CSP Level 3's fallbacks: a directive the policy leaves out takes the first of these it has
FALLBACK = {"object-src": ("default-src",), "font-src": ("default-src",), "manifest-src": ("default-src",),
            "frame-src": ("child-src", "default-src"), "worker-src": ("child-src", "script-src", "default-src")}


def _effective(csp: str, directive: str) -> str:
    """The sources a browser applies for `directive` under `csp` (its own, else its fallback's)."""
    rules = dict(part.strip().split(" ", 1) for part in csp.split(";"))
    return next(rules[d] for d in (directive, *FALLBACK.get(directive, ())) if d in rules)


def test_csp_allows_only_own_scripts():
    assert "'unsafe-inline'" not in CSP and "'unsafe-eval'" not in CSP and "*" not in CSP
    assert "script-src 'self' 'wasm-unsafe-eval'" in CSP and "default-src 'none'" in CSP
    assert "base-uri 'none'" in CSP and "form-action 'self'" in CSP
    # said once, by fallback (issue 13: 39 bytes on every page): no plugin, fonts, manifest or
    # frame at all, and workers only from the site (Pagefind's, the service worker)
    for directive in ("object-src", "font-src", "manifest-src", "frame-src"):
        assert _effective(CSP, directive) == "'none'", directive
    assert _effective(CSP, "worker-src") == "'self' 'wasm-unsafe-eval'"


def test_payload_text_is_shown_as_text(hostile_site):
    html = (hostile_site / "articles" / "hostile-script.html").read_text()
    assert "Hostile 0 &lt;script&gt;alert(&#34;t1&#34;)&lt;/script&gt;" in html or \
           "Hostile 0 &lt;script&gt;alert(&quot;t1&quot;)&lt;/script&gt;" in html
    assert "&lt;script&gt;alert(&#34;b2&#34;)&lt;/script&gt;" in html or "&lt;script&gt;alert(&quot;b2&quot;)&lt;/script&gt;" in html


def test_imported_articles_never_pass_raw_html_even_when_allowed(hostile_html_site):
    imported = (hostile_html_site / "articles" / "imported.html").read_text()
    assert page_problems(imported) == []
    own = (hostile_html_site / "articles" / "hostile-script.html").read_text()
    assert '<script>alert("b2")</script>' in own  # the writer's own HTML passes when allowed (and the CSP stops it)


def test_static_checker_catches_what_it_should():
    base = f'<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="{CSP}"></head><body>%s</body></html>'
    for bad in ['<img src=x onerror="alert(1)">', '<a href=" JaVa\tScRiPt:alert(1)">x</a>', '<script>alert(1)</script>',
                '<a href="data:text/html,x">x</a>', '<iframe src="x"></iframe>', '<script src="https://evil.example/x.js"></script>',
                '<svg><a xlink:href="javascript:alert(1)">x</a></svg>', '<form action="javascript:alert(1)"></form>']:
        assert page_problems(base % bad), bad
    assert page_problems(base % '<img src="data:image/png;base64,AAAA" alt="">') == []
    assert page_problems("<html><head></head><body></body></html>")


# --- in Chromium ---------------------------------------------------------------------------

class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def serve():
    servers = []

    def start(folder: Path) -> str:
        handler = functools.partial(_Quiet, directory=str(folder.parent))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/{folder.name}/"
    yield start
    for s in servers:
        s.shutdown()


@pytest.fixture(scope="module")
def visit_tab(shared_tab):
    """The module's tab (service worker blocked), which logs every CSP violation as a console
    error. One tab for every visit: opening one costs Chromium about half a second."""
    shared_tab.add_init_script("document.addEventListener('securitypolicyviolation', e => "
                               "console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));")
    return shared_tab


def _visit_all(page, site: Path, base: str, expect_csp_reports: bool = False) -> dict:
    """Open every page in `page` (visit_tab); return what fired: dialogs, page errors, console
    errors, CSP violations."""
    fired = {"dialogs": [], "pageerrors": [], "console": [], "csp": []}
    listeners = {
        "dialog": lambda d: (fired["dialogs"].append(f"{page.url}: {d.message}"), d.dismiss()),
        "pageerror": lambda e: fired["pageerrors"].append(f"{page.url}: {e}"),
        # 404s for the payloads' own images (src=x, x.png) are expected noise, not execution
        "console": lambda m: m.type == "error" and not m.text.startswith("Failed to load resource")
                             and fired["console"].append(f"{page.url}: {m.text}"),
    }
    for event, listener in listeners.items():
        page.on(event, listener)
    try:
        pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
        for rel in pages:
            page.goto(base + rel)
            # runtime DOM: nothing that could run got in through scripts either
            bad = page.evaluate(RUNNABLE_JS)
            if bad and not expect_csp_reports:
                fired["pageerrors"].append(f"{rel}: {bad}")
        if "search.html" in pages:
            for query in ("hostile", "script"):
                _search(page, base + f"search.html?q={query}")
        page.goto("about:blank")
    finally:
        for event, listener in listeners.items():
            page.remove_listener(event, listener)
    fired["csp"] = [c for c in fired["console"] if "CSP violation" in c or "Content Security Policy" in c]
    fired["pages"] = len(pages)
    return fired


# what could run on the open page: event-handler attributes, script URLs, inline scripts
RUNNABLE_JS = """() => {
  const out = [];
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      if (/^on/i.test(a.name)) out.push(el.tagName + ' ' + a.name);
      if (/^(href|src|action|formaction|xlink:href)$/i.test(a.name) && /^\\s*(javascript|vbscript):/i.test(a.value)) out.push(el.tagName + ' ' + a.value);
    }
  }
  for (const s of document.scripts) if (!s.src && s.type !== 'application/ld+json') out.push('inline script');
  return out;
}"""


# the search page's status line once a query has been answered (or has failed): not empty and
# no longer "Searching…"
SEARCH_DONE = """() => { const s = document.getElementById('search-status');
                         return !!s && s.textContent !== '' && !s.textContent.startsWith('Searching'); }"""


def _search(page, url: str) -> None:
    """Run a query and wait until its results are drawn, then a little longer: a payload's
    image that fails to load fires its handler after the list is on the page."""
    page.goto(url)
    page.wait_for_function(SEARCH_DONE, timeout=20000)
    page.wait_for_timeout(300)


@pytest.mark.browser
def test_no_payload_runs_over_http(visit_tab, hostile_site, serve):
    """Nothing fires, and nothing even tries: the CSP reports (as a console error) every script,
    handler, javascript: URL, frame or object it stops, and none is reported. So escaping alone
    keeps every payload inert (defence in depth): without the CSP the same page would have nothing
    to run either. (A copy of the site without the CSP used to be opened too; it could only fail
    where this test already does.)"""
    fired = _visit_all(visit_tab, hostile_site, serve(hostile_site))
    assert fired["pages"] >= 25
    assert fired["dialogs"] == [] and fired["pageerrors"] == [], fired
    assert fired["console"] == [], fired["console"]


@pytest.mark.browser
def test_no_payload_runs_from_file(visit_tab, hostile_site):
    fired = _visit_all(visit_tab, hostile_site, hostile_site.as_uri() + "/")
    assert fired["dialogs"] == [] and fired["pageerrors"] == [], fired
    assert fired["console"] == [], fired["console"]


@pytest.mark.browser
def test_the_csp_stops_a_writers_own_scripts(visit_tab, hostile_html_site, serve):
    """With allow_html the writer's <script> reaches the page; the CSP still keeps it from running."""
    fired = _visit_all(visit_tab, hostile_html_site, serve(hostile_html_site), expect_csp_reports=True)
    assert fired["dialogs"] == [], fired["dialogs"]
    assert fired["csp"], "expected the browser to report blocked inline scripts"


@pytest.mark.browser
def test_the_csp_stops_plugins_by_default_src(visit_tab, fixture_site, serve, tmp_path):
    """The policy has no object-src: <object> and <embed> are stopped by default-src 'none'."""
    head = (fixture_site / "index.html").read_text().split("<title>")[0]
    page_dir = tmp_path / "plugins"
    page_dir.mkdir()
    (page_dir / "index.html").write_text(f'{head}<title>x</title></head><body><object data="x.pdf" type="application/pdf"></object>'
                                         '<embed src="y.swf" type="application/x-shockwave-flash"></body></html>')
    reported = []
    listener = lambda m: m.type == "error" and m.text.startswith("CSP violation") and reported.append(m.text)  # noqa: E731
    visit_tab.on("console", listener)
    try:
        visit_tab.goto(serve(page_dir) + "index.html")
        visit_tab.wait_for_timeout(300)
        visit_tab.goto("about:blank")
    finally:
        visit_tab.remove_listener("console", listener)
    assert any("object-src" in r and "x.pdf" in r for r in reported), reported
    assert any("object-src" in r and "y.swf" in r for r in reported), reported


@pytest.mark.browser
def test_site_scripts_work_under_the_csp(browser, fixture_site_search, subpath_server):
    """The CSP must not break the site: search (Pagefind, WebAssembly) returns results with no violation."""
    context = browser.new_context()
    page = context.new_page()
    errors = []
    page.on("console", lambda m: m.type == "error" and not m.text.startswith("Failed to load resource") and errors.append(m.text))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(subpath_server + "search.html?q=NATO")
    page.wait_for_selector("#search-results li", timeout=20000)
    assert page.locator("#search-results li").count() >= 1
    page.goto(subpath_server + "index.html")
    page.wait_for_load_state("load")
    context.close()
    assert errors == [], errors


@pytest.mark.browser
def test_offline_search_works_from_file_under_the_csp(visit_tab, fixture_site_search):
    """From disk no service worker runs: the module's tab (which also logs each violation) will do."""
    page, errors = visit_tab, []
    listeners = {"console": lambda m: m.type == "error" and errors.append(m.text),
                 "pageerror": lambda e: errors.append(str(e))}
    for event, listener in listeners.items():
        page.on(event, listener)
    try:
        page.goto((fixture_site_search / "search.html").as_uri() + "?q=NATO")
        page.wait_for_selector("#search-results li", timeout=20000)
        assert page.locator("#search-results li").count() >= 1
        page.goto("about:blank")
    finally:
        for event, listener in listeners.items():
            page.remove_listener(event, listener)
    assert [e for e in errors if "Content Security Policy" in e or "CSP" in e] == [], errors


# --- paths: traversal, reserved names, symlinks ----------------------------------------------

def _content(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    (content / "pages").mkdir()
    (content / "articles" / "ok.md").write_text("---\ntitle: OK\ndate: 2025-01-01\n---\nBody.\n")
    (tmp_path / "config.yaml").write_text("")
    return content


def _build_here(tmp_path: Path, content: Path):
    config = tmp_path / "config.yaml"
    return run_cli("build", "--no-search", "--content", str(content), "--config", str(config),
                   "--out", str(tmp_path / "out"), cwd=tmp_path)


def _all_files(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*")}


@pytest.mark.parametrize("name", ["..md", "...md", "-..-..-etc-passwd.md", "%2e%2e%2fescape.md", "CON.md", "nul.md",
                                  "index.md", "aux.md", "com1.md", " spaced .md", "ünïcödé.md", "a\\b.md",
                                  "2025-01-01-.md", "x" * 240 + ".md"])
def test_odd_file_names_stay_inside_the_site(tmp_path, name):
    content = _content(tmp_path)
    (content / "articles" / name).write_text("---\ntitle: Odd\ndate: 2025-01-02\n---\nBody.\n")
    outside_before = _all_files(tmp_path)
    r = _build_here(tmp_path, content)
    assert "Traceback" not in r.stderr
    if r.returncode:
        assert r.returncode == 1 and r.stderr.startswith("content/articles/"), r.stderr
    else:
        names = [p.name for p in (tmp_path / "out" / "articles").iterdir()]
        assert all(re.fullmatch(r"[a-z0-9][a-z0-9-]*\.html", n) for n in names), names
        assert not any(n.split(".")[0].lower() in ("con", "nul", "aux", "com1", "index") for n in names), names
    new = {p for p in _all_files(tmp_path) - outside_before if not p.startswith(("out/", "out", ".out."))}
    assert new == set(), new


@pytest.mark.parametrize("name", ["index", "search", "404", "feed", "articles", "topics", "timeline", "static", "pagefind", "sitemap"])
def test_pages_cannot_take_the_sites_own_names(tmp_path, name):
    content = _content(tmp_path)
    (content / "pages" / f"{name}.md").write_text("---\ntitle: Mine\n---\nBody.\n")
    r = _build_here(tmp_path, content)
    assert "Traceback" not in r.stderr
    if r.returncode == 0:  # renamed out of the way (index -> index-page): the site's page is intact
        html = (tmp_path / "out" / "index.html").read_text()
        assert "<h1>Mine</h1>" not in html
        assert (tmp_path / "out" / "search.html").read_text().count('id="search-form"') == 1
    else:
        assert f"content/pages/{name}.md:1: page name '{name}' is reserved" in r.stderr, r.stderr


def test_symlink_to_a_file_outside_content_is_refused(tmp_path):
    content = _content(tmp_path)
    secret = tmp_path / "secret.md"
    secret.write_text("---\ntitle: SECRET-TITLE\n---\nSECRET-BODY\n")
    os.symlink(secret, content / "articles" / "leak.md")
    os.symlink("/etc/passwd", content / "articles" / "passwd.md")
    r = _build_here(tmp_path, content)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "content/articles/leak.md: is a link to a file outside the content folder; refusing to read it" in r.stderr
    assert "content/articles/passwd.md: is a link to a file outside the content folder; refusing to read it" in r.stderr
    assert not (tmp_path / "out").exists()


def test_symlinked_folder_outside_content_is_not_followed(tmp_path):
    content = _content(tmp_path)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "secret.md").write_text("---\ntitle: SECRET-TITLE\n---\nSECRET-BODY\n")
    os.symlink(outside, content / "articles" / "linked", target_is_directory=True)
    r = _build_here(tmp_path, content)
    assert "Traceback" not in r.stderr
    if r.returncode == 0:
        assert not any("SECRET" in p.read_text(errors="replace") for p in (tmp_path / "out").rglob("*.html"))
    else:
        assert "linked" in r.stderr


def test_markdown_links_cannot_point_outside(tmp_path):
    content = _content(tmp_path)
    (content / "articles" / "links.md").write_text(
        "---\ntitle: Links\ndate: 2025-01-03\n---\n[up](../../../../etc/passwd.md) [abs](/etc/passwd.md) [ok](ok.md)\n")
    r = _build_here(tmp_path, content)
    assert "Traceback" not in r.stderr
    if r.returncode == 0:
        html = (tmp_path / "out" / "articles" / "links.html").read_text()
        assert "etc/passwd" not in html.replace("passwd.md", "") or "passwd.html" not in html


@pytest.mark.parametrize("out", [".", "content", "content/articles"])
def test_output_folder_that_holds_work_is_never_replaced(tmp_path, out):
    content = _content(tmp_path)
    config = tmp_path / "config.yaml"
    config.write_text("")
    before = _all_files(tmp_path)
    r = run_cli("build", "--no-search", "--content", "content", "--config", "config.yaml", "--out", out, cwd=tmp_path)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "refusing to replace this folder" in r.stderr and len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert _all_files(tmp_path) - {".lock", f".{Path(out).name}.lock"} >= before
    assert (content / "articles" / "ok.md").exists()


def test_url_field_must_be_a_web_address(tmp_path):
    content = _content(tmp_path)
    (content / "articles" / "js.md").write_text("---\ntitle: JS\nurl: javascript:alert(1)\n---\nBody.\n")
    (content / "articles" / "data.md").write_text("---\ntitle: Data\nurl: \"data:text/html,<script>alert(1)</script>\"\n---\nBody.\n")
    r = _build_here(tmp_path, content)
    assert r.returncode == 1
    assert "content/articles/js.md:3: 'url' must be a web address starting with http:// or https://, got 'javascript:alert(1)'" in r.stderr
    assert "content/articles/data.md:3: 'url' must be a web address" in r.stderr


def test_feeds_and_sitemap_stay_well_formed_xml(hostile_site, hostile_html_site):
    import xml.etree.ElementTree as ET

    import feedparser

    for site in (hostile_site, hostile_html_site):
        xml_files = sorted(site.rglob("*.xml"))
        assert any(p.name == "feed.xml" for p in xml_files)
        for p in xml_files:
            ET.parse(p)  # raises on anything not well-formed
            if p.name != "sitemap.xml":
                parsed = feedparser.parse(p.read_bytes())
                assert not parsed.bozo, (p, parsed.get("bozo_exception"))
        feed = (site / "feed.xml").read_text()
        assert "<script>" not in feed.replace("&lt;script&gt;", "")
