"""Search as a reader uses it (issue 12), in Chromium, with both engines: Pagefind over HTTP at a
subpath, the offline engine from file://.

- results appear as you type, with no Enter; arrow keys go through them and Enter opens one;
- an empty query shows the newest articles;
- the header's box on any page lists the first results without leaving the page;
- the agreement target: the query list of tests/tools/agreement.py (with filters too) gives
  the same articles through both engines on the fixture site and on a corpus with accented names;
- the JavaScript stemmers stem as the Python ones the index is built with.
"""
from __future__ import annotations

import html
import random
import re
import subprocess
import sys
import urllib.parse
from pathlib import Path

import pytest
from playwright.sync_api import expect

from conftest import ROOT, build_fixture
from tools import snowball_js
from tools.agreement import FILTERED, QUERIES, accented_corpus, compare, serve, summary

pytestmark = [pytest.mark.browser, pytest.mark.slow]

NEWEST = "NATO allies meet in The Hague"   # 2025-06-24, the fixture site's newest article
COUNT = re.compile(r"^\d+ results?")


@pytest.fixture
def page(tab_page):
    """The module's shared tab (conftest); a page error fails the test."""
    yield tab_page
    assert not tab_page.errors, tab_page.errors


@pytest.fixture(params=["http", "disk"])
def search_page(request, fixture_site_search, subpath_server):
    """(URL of the search page, engine expected): served at a subpath, or opened from disk."""
    if request.param == "http":
        return subpath_server + "search.html", "pagefind"
    return (fixture_site_search / "search.html").as_uri(), "offline"


def titles(page) -> list[str]:
    return page.locator("#search-results li h3 a").all_inner_texts()


def test_results_as_you_type_with_no_enter(page, search_page):
    url, engine = search_page
    page.goto(url)
    expect(page.locator("#search-status")).to_have_text("Recent articles")
    page.locator("#q").press_sequentially("coalition", delay=40)
    first = page.locator("#search-results li h3 a").first
    expect(first).to_have_text("Britain and France step in to heal Trump-Zelenskyy rift")
    expect(page.locator("#search-status")).to_have_text("1 result")
    assert page.locator("#search-results").get_attribute("data-engine") == engine
    # its outlet and date: Pagefind's from the page's metadata (a fragment keeps no filter values)
    expect(page.locator("#search-results li .source").first).to_have_text("Politico")
    expect(page.locator("#search-results li time").first).to_have_attribute("datetime", "2025-03-02")
    # the excerpt is the article's start in both engines (Pagefind's fragment keeps only that),
    # its words of the query marked by the same stemmer
    marks = page.locator("#search-results li").first.locator("mark").all_inner_texts()
    assert marks == ["Coalition"], marks
    expect(page.locator("#search-results li").first).to_contain_text(
        "The United Kingdom and France will work on a Ukraine peace plan. Coalition of the willing.")
    expect(page).to_have_url(re.compile(r"q=coalition"))   # the address keeps the query (once typing stops)
    first.click()   # the result opens its article (the offline index stores an article's slug)
    expect(page.locator("h1")).to_have_text("Britain and France step in to heal Trump-Zelenskyy rift")


def test_empty_query_shows_the_newest_articles(page, search_page):
    url, _engine = search_page
    page.goto(url)
    expect(page.locator("#search-status")).to_have_text("Recent articles")
    assert titles(page)[0] == NEWEST
    page.fill("#q", "munitions")
    expect(page.locator("#search-status")).to_have_text(COUNT)
    page.fill("#q", "")
    expect(page.locator("#search-status")).to_have_text("Recent articles")
    assert titles(page)[0] == NEWEST


def test_arrow_keys_go_through_results_and_enter_opens_one(page, search_page):
    url, _engine = search_page
    page.goto(url + "?q=trump")
    expect(page.locator("#search-status")).to_have_text(COUNT)
    links = page.locator("#search-results li h3 a")
    assert links.count() >= 2
    page.focus("#q")
    page.keyboard.press("ArrowDown")
    expect(links.nth(0)).to_be_focused()
    page.keyboard.press("ArrowDown")
    expect(links.nth(1)).to_be_focused()
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowUp")
    expect(page.locator("#q")).to_be_focused()
    page.keyboard.press("ArrowDown")
    second = links.nth(0).inner_text()
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text(second)


def test_header_box_lists_results_without_leaving_the_page(page, fixture_site_search, subpath_server):
    for start in (subpath_server + "topics/index.html", (fixture_site_search / "topics" / "index.html").as_uri()):
        page.goto(start)
        page.locator("#site-q").press_sequentially("zelensk", delay=30)
        results = page.locator("#site-search-results a")
        expect(results.first).to_have_text("Britain and France step in to heal Trump-Zelenskyy rift")
        assert page.url == start   # no page load so far
        page.keyboard.press("ArrowDown")
        page.keyboard.press("Enter")
        expect(page.locator("h1")).to_have_text("Britain and France step in to heal Trump-Zelenskyy rift")
        # Enter in the box itself opens the search page with the query
        page.fill("#site-q", "munitions")
        page.press("#site-q", "Enter")
        expect(page.locator("#search-status")).to_have_text(COUNT)
        assert page.locator("#q").input_value() == "munitions"


def test_agreement_on_the_fixture_site(browser, page, fixture_site_search, subpath_server):
    rows = compare(fixture_site_search, subpath_server, browser, QUERIES + FILTERED, page)
    identical, lowest, lines = summary(rows)
    assert len(rows) >= 50 and sum(1 for _q, a, _b in rows if a) >= 20   # real answers, not empties
    assert identical >= 0.95 and lowest >= 0.90, "\n".join(lines)


def test_agreement_on_a_corpus_with_accented_names(browser, page, tmp_path_factory):
    work = tmp_path_factory.mktemp("agreement")
    content = accented_corpus(work, 120)
    site = work / "repo"
    build_fixture(site, content=content, config=work / "config.yaml")
    with serve(site) as url:
        rows = compare(site, url, browser, QUERIES + FILTERED, page)
    identical, lowest, lines = summary(rows)
    found = {q: (a, b) for q, a, b in rows if isinstance(q, str)}
    assert found["Kraków"][0] and found["Kraków"] == found["Krakow"]   # both spellings, same articles
    assert sum(1 for _q, a, _b in rows if a) >= 60
    assert identical >= 0.95 and lowest >= 0.90, "\n".join(lines)
    # more results than a page: twenty, then twenty more, from disk
    page.goto((site / "search.html").as_uri() + "?q=security")
    total = len(found["security"][1])
    expect(page.locator("#search-status")).to_have_text(f"{total} results (showing 20)")
    page.click("#search-more")
    expect(page.locator("#search-status")).to_have_text(f"{total} results (showing 40)")
    assert len(set(page.locator("#search-results li h3 a").all_inner_texts())) == 40
    # each opens its article: these store no slug in the offline index (the engine reads it
    # from the title, as urls.title_slug does; issue 13)
    stored = "".join(p.read_text(encoding="utf-8") for p in (site / "offline" / "search").glob("d*.js"))
    assert stored.count('["",') >= 100
    for link in page.locator("#search-results li h3 a").all():
        target = Path(urllib.parse.unquote(urllib.parse.urlparse(link.evaluate("a => a.href")).path))
        h1 = re.search(r"<h1>(.*?)</h1>", target.read_text(encoding="utf-8")).group(1)
        assert html.unescape(h1) == link.inner_text(), target


def _words(language: str, n: int = 1500) -> list[str]:
    """Words built from the stemmer's own suffixes, so every rule is exercised (1,500 a language:
    29 languages at 3,000 took 14.5 s)."""
    source = (ROOT / "chronicle" / "outputs" / "stemmers" / f"{language}.js").read_text(encoding="utf-8")
    suffixes = sorted(set(re.findall(r'new Among\("([^"]*)"', source)))
    letters = sorted(set("".join(suffixes)) | set("abcdefghijklmnopqrstuvwxyz"))
    rng = random.Random(language)
    words = {"".join(rng.choice(letters) for _ in range(rng.randint(1, 8))) + "".join(rng.choices(suffixes, k=rng.randint(0, 2)))
             for _ in range(n)}
    return sorted(words)


def test_javascript_stemmers_stem_as_python(page):
    import snowballstemmer

    text = " ".join(p.read_text(encoding="utf-8", errors="replace") for p in (ROOT / "tests" / "fixtures").rglob("*.md"))
    fixture_words = sorted({w.lower() for w in re.findall(r"[^\W\d_]+", text)})
    for language in snowball_js.LANGUAGES:
        page.goto("about:blank")
        page.add_script_tag(path=str(ROOT / "chronicle" / "outputs" / "stemmers" / f"{language}.js"))
        words = _words(language) + (fixture_words if language == "english" else [])
        js = page.evaluate("([lang, words]) => words.map(window.ChronicleStemmers[lang])", [language, words])
        python = snowballstemmer.stemmer(language).stemWords(words)
        differ = [(w, p, j) for w, p, j in zip(words, python, js) if p != j]
        assert not differ, (language, differ[:10])


def test_stemmer_files_are_what_the_translator_writes(tmp_path):
    subprocess.run([sys.executable, str(ROOT / "tests" / "tools" / "snowball_js.py"), str(tmp_path)], check=True)
    for language in snowball_js.LANGUAGES:
        committed = (ROOT / "chronicle" / "outputs" / "stemmers" / f"{language}.js").read_text(encoding="utf-8")
        assert (tmp_path / f"{language}.js").read_text(encoding="utf-8") == committed, language


def test_query_list_covers_the_kinds_the_issue_asks_for():
    assert len(QUERIES) >= 50
    assert sum(" " in q for q in QUERIES) >= 10                       # two-word queries
    assert sum(not q.isascii() for q in QUERIES) >= 10                 # accented spellings
    assert {"Kraków", "Krakow", "sanctions", "sanction", "drones", "drone"} <= set(QUERIES)


def test_sorting_by_date_keeps_undated_articles(page, search_page):
    """Pagefind's date sort leaves out pages without a date; the search page puts them last."""
    url, _engine = search_page
    page.goto(url + "?q=russia&sort=date")
    expect(page.locator("#search-status")).to_have_text(COUNT)
    shown = titles(page)
    assert shown[-1] == "Russia's power in the Black Sea"   # undated
    page.select_option("#f-sort", "")
    expect(page.locator("#search-results li")).to_have_count(len(shown))
    assert sorted(titles(page)) == sorted(shown)


def test_header_box_loads_no_offline_stemmer_over_http(page, subpath_server):
    """The header's list shows titles only: Pagefind answers it, and the offline engine's
    manifest and stemmer, which only mark a search page's excerpts, are not fetched."""
    fetched = []
    page.on("request", lambda r: fetched.append(r.url))
    page.goto(subpath_server + "topics/index.html")
    page.locator("#site-q").press_sequentially("zelensk", delay=30)
    expect(page.locator("#site-search-results a").first).to_have_text(
        "Britain and France step in to heal Trump-Zelenskyy rift")
    assert any("/pagefind/" in u for u in fetched), fetched
    assert not [u for u in fetched if "/offline/search/" in u], fetched
