"""An archive in a language written right to left (Arabic, Hebrew, Persian, Urdu…) reads right to
left: the pages say dir="rtl", and the layout's indents, rules and alignments follow the text's
direction (the stylesheet uses logical properties), so a quotation's rule, the masthead and
the "next" link sit on the side the reader starts from. A left-to-right site is unchanged (no dir
attribute at all). Opened in Chromium from disk."""
from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from conftest import FIXTURE_ARTICLE_PAGE, build_fixture, copy_fixture

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def rtl_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("rtl")
    project = copy_fixture(root / "project")
    config = project / "config.yaml"
    config.write_text(config.read_text().replace("  author: Test Desk\n", "  author: Test Desk\n  language: ar-EG\n", 1))
    # imported text in the other direction: an English title and body on the Arabic site
    (project / "content" / "articles" / "summit-next.md").write_text(
        "---\ntitle: \"NATO summit 2025: what next?\"\ndate: 2025-03-01\n---\n"
        "Reuters (UK) asked the ministers what comes next?\n", encoding="utf-8")
    out = root / "site"
    build_fixture(out, "--no-search", content=project / "content", config=config)
    return out


def test_every_page_of_a_right_to_left_archive_says_so(rtl_site, fixture_site):
    for page in sorted(rtl_site.rglob("*.html")):
        html = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").html
        assert (html.get("lang"), html.get("dir")) == ("ar-EG", "rtl"), page
    for page in sorted(fixture_site.rglob("*.html"))[:50]:
        assert BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").html.get("dir") is None, page


SIDES = """() => {
  const box = el => el && el.getBoundingClientRect();
  const main = document.querySelector('main'), brand = document.querySelector('.site-header .brand');
  const prev = document.querySelector('.prev-next [rel=prev]'), next = document.querySelector('.prev-next [rel=next]'), quote = document.querySelector('.article .body blockquote');
  const style = quote && getComputedStyle(quote);
  return {
    dir: getComputedStyle(document.documentElement).direction,
    quoteRule: style && {left: style.borderLeftWidth, right: style.borderRightWidth},
    nextLeftOfPrev: box(next).right <= box(prev).left,
    brandOnLeftHalf: box(brand).left < innerWidth / 2,
    mainWidth: box(main).width,
  };
}"""


def test_the_layout_follows_the_direction_in_chromium(tab_page, rtl_site, fixture_site):
    seen = {}
    for name, site in (("rtl", rtl_site), ("ltr", fixture_site)):
        tab_page.goto((site / FIXTURE_ARTICLE_PAGE).as_uri())
        seen[name] = tab_page.evaluate(SIDES)
    rtl, ltr = seen["rtl"], seen["ltr"]
    assert (rtl["dir"], ltr["dir"]) == ("rtl", "ltr")
    assert ltr["quoteRule"] == {"left": "3px", "right": "0px"}, ltr
    assert rtl["quoteRule"] == {"left": "0px", "right": "3px"}, rtl
    assert ltr["brandOnLeftHalf"] is True and rtl["brandOnLeftHalf"] is False, seen
    assert ltr["nextLeftOfPrev"] is False and rtl["nextLeftOfPrev"] is True, seen
    assert rtl["mainWidth"] == ltr["mainWidth"]
    assert tab_page.errors == []


ENDS = """(sel) => {
  const el = document.querySelector(sel), text = el.firstChild, n = text.length;
  const rect = i => { const r = document.createRange(); r.setStart(text, i); r.setEnd(text, i + 1); return r.getBoundingClientRect(); };
  return {first: rect(0).left, last: rect(n - 1).left, text: text.data};
}"""


def test_text_in_the_other_direction_keeps_its_punctuation_in_chromium(tab_page, rtl_site):
    """An English headline on an Arabic page reads left to right with its question mark at its
    end (on the right), not thrown to the left of its first word by the page's direction."""
    page = next(p for p in sorted(rtl_site.rglob("*.html")) if "<h1>NATO summit 2025: what next?</h1>" in p.read_text(encoding="utf-8"))
    tab_page.goto(page.as_uri())
    for sel in (".article h1", ".article .body p"):
        ends = tab_page.evaluate(ENDS, sel)
        assert ends["text"].endswith("next?"), ends
        assert ends["last"] > ends["first"], (sel, ends)
    assert tab_page.errors == []
