"""What the pages that tell the archive's story show beside their lists (issue 15): new context
fields for the home page, the timeline, the topics index and each topic page, made from the
index stage's views (index/overview.py) and drawn by charts.py. plan.py merges them in."""
from __future__ import annotations

from typing import Any

from . import charts, paging
from .. import urls
from ..config import Config
from ..dates import month_label
from ..index.overview import day_groups, month_counts, recent_series, topic_tiers
from ..model import SiteIndex, Topic
from .links import topic_entry


def archive_span(index: SiteIndex) -> str:
    """'October 2024 to May 2025', 'May 2025', or '' when nothing is dated."""
    dated = [a.date for a in index.articles if a.date]
    if not dated:
        return ""
    first, last = month_label(min(dated).year, min(dated).month), month_label(max(dated).year, max(dated).month)
    return first if first == last else f"{first} to {last}"


def home(index: SiteIndex, config: Config, topics: list[Topic]) -> dict[str, Any]:
    counts = month_counts(index.articles)
    last = max(counts) if counts else None
    trends = []
    for t in topics:   # no trend when nothing is dated
        series = recent_series(month_counts(t.articles), last) if last else []
        trends.append((t, charts.trend(series, last, _trend_label(t, series, last)) if last else None))
    return {
        "days": day_groups(index.articles[: config.home_latest]),
        "trends": trends,
        "trend_end": month_label(*last) if last else "",
        "span": archive_span(index),
        "undated_count": len(index.undated),
        "topics_total": len(index.topics),
        "calendar": charts.calendar(counts, lambda y, m: urls.relative(urls.HOME, urls.month_path(y, m))),
    }


def _trend_label(topic: Topic, series: list[int], last: tuple[int, int]) -> str:
    return f"{topic.name}, articles a month in the year to {month_label(*last)}: {', '.join(map(str, series))}"


def timeline(index: SiteIndex) -> dict[str, Any]:
    return {
        "span": archive_span(index),
        "calendar": charts.calendar(month_counts(index.articles),
                                    lambda y, m: urls.relative(urls.TIMELINE_INDEX, urls.month_path(y, m))),
    }


# Topics a page of the index of topics lists at most: an archive's automatic tags run to tens of
# thousands of topics (11.6 MB of one page at 4,000 articles of 50 tags each: the red-team review
# of stop 44), and no page may grow with the archive (issue 13). 400 entries are about 60 KB.
TOPICS_PER_PAGE = 400


def topics_index(index: SiteIndex) -> list[dict[str, Any]]:
    """The index of topics, page by page: the major topics (busiest first), then those of one
    article (by name), TOPICS_PER_PAGE entries a page; each page's data for topics.html."""
    entries = [topic_entry(t) for t in index.topics_by_count()]
    major, tail = topic_tiers(entries)
    pages = []
    for pager, chunk in paging.split(urls.topics_index_page, major + tail, TOPICS_PER_PAGE):
        first = (pager.number - 1) * TOPICS_PER_PAGE
        cut = max(0, min(len(chunk), len(major) - first))
        pages.append({"total": len(entries), "major_total": len(major), "tail_total": len(tail), "pager": pager,
                      "major": chunk[:cut], "tail": chunk[cut:], "first": first + 1,
                      "title": paging.paged_title("Topics", pager)})
    return pages


def topic(topic: Topic, related: list[tuple[Any, int]], month_paths: dict[tuple[int, int], str]) -> dict[str, Any]:
    """The topic's chart (a link per busy month to where its listing of that month starts:
    `month_paths`, paging.topic_months) and related topics (`related`: (links.TopicLink, articles
    shared) of each)."""
    chart = charts.year_chart(month_counts(topic.articles), f"{topic.name}: articles per month",
                              lambda y, m: urls.relative(topic.page_path, month_paths[(y, m)]))
    return {"chart": chart, "related_topics": related}
