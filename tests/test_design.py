"""Issue 15, read back from the built fixture site: the topic chart and its table, related topics,
the topics index as major topics and a long tail, the timeline's heat map, and in Chromium what a
reader sees at 375 and 1280 px (chart text size, search labels beside their menus)."""
from __future__ import annotations

import random
import re

import pytest

from htmlcheck import soup
from chronicle.index.overview import related_topics


def texts(elements) -> list[str]:
    return [" ".join(e.get_text(" ").split()) for e in elements]


def test_topic_chart_has_values_months_title_desc_and_a_table(fixture_site):
    page = soup(fixture_site / "topics" / "ukraine.html")
    svg = page.select_one("svg.chart")
    assert svg["width"] == "100%" and not svg.get("viewbox")   # text is drawn at its CSS size
    assert svg.title.get_text() == "Ukraine: articles per month"
    assert "from Oct 2024 to Jun 2025" in svg.desc.get_text()
    # every busy month: a link to its section of the topic's year page, its value written above its bar
    links = {a["aria-label"]: (a["href"], a.select_one("text.value").get_text()) for a in svg.select("a")}
    assert links == {"Oct 2024: 1 article": ("ukraine/2024.html#2024-10", "1"),
                     "Mar 2025: 2 articles": ("ukraine/2025.html#2025-03", "2"),
                     "Jun 2025: 2 articles": ("ukraine/2025.html#2025-06", "2")}
    for href, _ in links.values():   # and that section exists
        path, anchor = href.split("#")
        assert soup(fixture_site / "topics" / path).find(id=anchor) is not None
    assert texts(svg.select("text.year")) == ["2025", "2024"]
    assert texts(svg.select(".tick text"))[:12] == ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    # the same numbers as a table a screen reader can walk
    rows = {r.th.get_text(): texts(r.select("td")) for r in page.select(".chart-data tbody tr")}
    assert rows == {"2025": ["0", "0", "2", "0", "0", "2"] + [""] * 6,
                    "2024": [""] * 9 + ["1", "0", "0"]}


def test_related_topics_are_those_most_often_tagged_together(fixture_site):
    page = soup(fixture_site / "topics" / "russia.html")
    related = [(a.get_text(), a.find_next_sibling("span").get_text()) for a in page.select(".related-topics li a")]
    # counted from the fixture's articles tagged Russia
    assert related[0] == ("Ukraine", "3") and ("North Korea", "2") in related
    counts = [int(n) for _, n in related]
    assert counts == sorted(counts, reverse=True)


def test_related_topics_do_not_depend_on_article_order(fixture_site):
    from chronicle.model import Article
    def article(slug, tags):
        return Article(f"{slug}.md", "article", slug, slug, None, "", "", "", tuple(tags), tuple(tags), "",
                       "", "", False, {}, f"articles/{slug}.html", body_html="", body_text="")
    articles = [article(f"a{i}", tags) for i, tags in enumerate(
        [["x", "y"], ["x", "z"], ["x", "y", "z"], ["y", "z"], ["x", "w"], ["w", "v"]])]
    expected = related_topics(articles)
    assert expected["x"] == (("y", 2), ("z", 2), ("w", 1))      # ties by slug
    for seed in range(5):
        random.Random(seed).shuffle(articles)
        assert related_topics(articles) == expected


def test_topics_index_separates_major_topics_from_the_single_article_tail(fixture_site):
    page = soup(fixture_site / "topics" / "index.html")
    major = page.select("ol.topic-index > li")
    assert all(int(re.match(r"\d+", li.select_one(".count").get_text()).group()) > 1 for li in major)
    tail = texts(page.select(".topic-tail li a"))
    assert tail and tail == sorted(tail, key=str.lower) and "Black Sea" in tail
    for a in page.select(".topic-tail li a"):
        topic = soup((fixture_site / "topics" / a["href"]).resolve())
        assert topic.h1.get_text() == a.get_text() and topic.select_one(".meta .count").get_text() == "1 article"


def test_timeline_heat_map_cells_link_to_months_with_counts(fixture_site):
    page = soup(fixture_site / "timeline" / "index.html")
    cells = {a["href"]: (a.get_text(), a["aria-label"]) for a in page.select("table.cal a")}
    assert cells == {"2025-06.html": ("3", "June 2025: 3 articles"),
                     "2025-03.html": ("2", "March 2025: 2 articles"),
                     "2024-10.html": ("1", "October 2024: 1 article")}
    for href, (count, _) in cells.items():
        month = soup(fixture_site / "timeline" / href)
        assert len(month.select(".article-list li")) == int(count)


@pytest.mark.browser
@pytest.mark.parametrize("width", [375, 1280])
def test_chart_text_readable_and_search_labels_beside_their_menus(tab_page, fixture_site, width):
    page = tab_page
    page.set_viewport_size({"width": width, "height": 800})
    page.goto((fixture_site / "topics" / "ukraine.html").as_uri())
    sizes = page.eval_on_selector_all("svg.chart text", "ts => ts.map(t => t.getBoundingClientRect().height)")
    fonts = page.eval_on_selector_all("svg.chart text", "ts => ts.map(t => parseFloat(getComputedStyle(t).fontSize))")
    assert sizes and min(fonts) >= 12, fonts
    svg = page.eval_on_selector("svg.chart", "s => s.getBoundingClientRect().width")
    main = page.eval_on_selector("main", "m => m.clientWidth")
    assert svg > main - 64          # the chart spans the column
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.goto((fixture_site / "search.html").as_uri())
    for select in page.locator(".search-form select").all():
        label = page.locator(f'label[for="{select.get_attribute("id")}"]')
        lb, sb = label.bounding_box(), select.bounding_box()
        # on one line: the label's middle within the menu's height, the label just left of it
        assert sb["y"] <= lb["y"] + lb["height"] / 2 <= sb["y"] + sb["height"], select.get_attribute("id")
        assert 0 <= sb["x"] - (lb["x"] + lb["width"]) < 24


@pytest.mark.browser
def test_article_prints_without_navigation_and_with_the_addresses_of_its_links(tab_page, fixture_site):
    page = tab_page
    page.goto((fixture_site / "articles" / "north-korean-troops.html").as_uri())
    # a link to a source, as imported articles carry
    page.evaluate("""() => { const a = document.createElement('a'); a.id = 'ext';
        a.href = 'https://example.org/report'; a.textContent = 'the report';
        document.querySelector('.article .body p').append(' See ', a, '.'); }""")
    page.emulate_media(media="print")
    for selector in (".site-header", ".site-footer", ".prev-next", ".related"):
        if page.locator(selector).count():
            assert not page.locator(selector).first.is_visible(), selector
    assert page.locator("article h1").is_visible()
    after = page.evaluate("getComputedStyle(document.getElementById('ext'), '::after').content")
    assert after == '" (https://example.org/report)"'
    page.emulate_media(media="screen")
    assert page.locator(".site-header").is_visible()
    assert page.evaluate("getComputedStyle(document.getElementById('ext'), '::after').content") in ("none", "normal")


def test_year_chart_draws_the_latest_years_and_tables_them_all():
    from bs4 import BeautifulSoup
    from chronicle.render import charts
    counts = {(2019 + i, 3): i + 1 for i in range(6)} | {(2024, 11): 0}
    html = BeautifulSoup(str(charts.year_chart(counts, "T", lambda y, m: f"{y}-{m:02d}.html")), "html.parser")
    assert [t.get_text() for t in html.select("svg text.year")] == ["2024", "2023", "2022", "2021"]
    assert "latest 4 years" in html.desc.get_text()
    assert [r.th.get_text() for r in html.select("tbody tr")] == [str(y) for y in range(2024, 2018, -1)]
    # a month inside the span with no article is a zero, and no link; months past the last are blank
    row = {r.th.get_text(): [td.get_text() for td in r.select("td")] for r in html.select("tbody tr")}
    assert row["2024"][2:] == ["6", "", "", "", "", "", "", "", "", ""]
    assert row["2023"][3:] == ["0"] * 9
    assert [a["href"] for a in html.select("svg a")] == ["2024-03.html", "2023-03.html", "2022-03.html", "2021-03.html"]
