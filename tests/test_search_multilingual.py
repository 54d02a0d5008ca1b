"""The two engines agree beyond English (issue 12 parts 3-4), in Chromium: Pagefind over HTTP and
the offline engine from file://, on the multilingual archive of tests/tools/multilingual.py,
with the queries that once differed (bench/search_agreement.py --multilingual has them all):

- a Turkish site: Pagefind stemmed its words, the offline engine did not ("seçim", and German
  and Italian words stemmed by Turkish rules); its index is in Pagefind partitions of 16
  articles, where a partition lacking a word answered with the pages of its longest indexed
  prefix ("election" 15 articles over HTTP, 3 from disk; search-pagefind.js now searches only
  the partitions that answer as one index);
- a Japanese site: Pagefind splits a query of Chinese or Japanese into words (Intl.Segmenter),
  and so must the offline engine ("北京举行谈判", and "U.S." becomes "u s");
- on both: emoji are words of their own; a query in quotes is Pagefind's exact search (each
  word exactly, none missing; the offline index has no positions, so its answer to a phrase
  may hold more articles: the known gap, pinned as a superset);
- a query in a right-to-left script, typed from disk, lists its articles as you type, their
  titles in their own direction.
"""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from conftest import build_fixture
from tools.agreement import compare, serve, summary
from tools.multilingual import multilingual_corpus

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ONCE_DIFFERED = ["🎸", "🇺🇦", "❤️", "ＡＩ", "ﬁnal", "\"the final report\"", "\"Verhandlungen\"", "北京举行谈判",
                 "日本の選挙結果", "U.S.", "u.s. officials agreed", "seçim", "seçimleri", "cumhurbaskani", "Verhandlung",
                 "Kinderbetreuung", "elezione", "Warszawa", "İstanbul", "istanbul", "Ankara'da", "l’Europe",
                 "Nord-Stream-2", "e-mail", "2024/25", "Αθήνα", "Москва", "الانتخابات", "中国", "election", "España",
                 "États", "énergie", "Gaspreis", "Lodz", "air defence"]
PHRASE = "\"die Verhandlungen\""   # the words are in three articles, side by side in two


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    made = {}
    for language in ("tr", "ja"):
        work = tmp_path_factory.mktemp(f"multilingual-{language}")
        content = multilingual_corpus(work, language)
        if language == "tr":   # 5 partitions
            with (work / "config.yaml").open("a", encoding="utf-8") as config:
                config.write("build:\n  search_partition: 16\n")
        build_fixture(work / "repo", content=content, config=work / "config.yaml")
        made[language] = work / "repo"
    return made


@pytest.mark.parametrize("language", ["tr", "ja"])
def test_both_engines_find_the_same_articles(browser, tab_page, sites, language):
    site = sites[language]
    with serve(site) as url:
        rows = compare(site, url, browser, ONCE_DIFFERED + [PHRASE], tab_page)
    found = {q: (a, b) for q, a, b in rows}
    phrase_online, phrase_offline = found.pop(PHRASE)
    identical, _lowest, lines = summary([(q, a, b) for q, a, b in rows if q != PHRASE])
    assert identical == 1.0, "\n".join(lines)
    # real answers: each script finds its articles, and quotes are an exact search
    assert {"articles/tr-0.html", "articles/tr-1.html"} <= found["seçimleri"][0]
    assert found["🎸"][0] and found["Αθήνα"][0] and found["الانتخابات"][0] and found["中国"][0]
    assert found["\"the final report\""][0] == set()   # the text says "ﬁnal ＡＩ report"
    assert phrase_online and phrase_online <= phrase_offline
    if language == "tr":
        assert len(list((site / "pagefind" / "parts").iterdir())) >= 3
        # the French articles' "élections", not every page with a word "e..." of other partitions
        assert found["election"][0] and {p.split("/")[1].split("-")[0] for p in found["election"][0]} == {"fr"}
    if language == "ja":   # split into words: both are in the article, one after the other
        assert "articles/zh-1.html" in found["北京举行谈判"][0]


def test_a_right_to_left_query_typed_from_disk(tab_page, sites):
    page = tab_page
    page.goto((sites["tr"] / "search.html").as_uri())
    expect(page.locator("#search-status")).to_have_text("Recent articles")
    page.locator("#q").press_sequentially("الحكومة", delay=40)
    expect(page.locator("#search-status")).to_have_text(re.compile(r"^\d+ results?"))
    heading = page.locator("#search-results li h3").first
    expect(heading).to_have_text("الحكومة اللبنانية")
    assert heading.get_attribute("dir") == "auto"
    assert page.evaluate("getComputedStyle(document.querySelector('#search-results h3')).direction") == "rtl"
    assert not page.errors, page.errors
