"""Listings split into pages of a fixed size, so no page grows with the archive.

A topic page shows its chart, its latest articles and every month it has articles in. A topic's
articles of one year are one listing (`topics/<slug>/YYYY.html`), month by month, each month a
section with an anchor (`#YYYY-MM`), titles only; so a reader looking for "NATO in March 2023"
is one click from the topic page (the month in the list, or its bar in the chart), which lands
on the month's heading. (A page per topic and month was 8,577 pages of 10,000 articles, most of
each page its head and navigation, for five titles: 40 MB, issue 13.)

A month of the archive, a topic's year or an undated list longer than `listing_size` articles
goes on over numbered pages (`-p2.html`, ...) linked from each other; the first page keeps the
listing's own path, so links into a listing never depend on its length. A topic's month links
to the page its articles start on.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Callable, Sequence

from .. import urls
from ..dates import MONTH_NAMES, month_label
from ..model import Article, Month, Page, Topic
from .links import month_link, topic_link


@dataclass(frozen=True)
class Pager:
    """Where one page of a listing sits among the others: `paths[number - 1]` is itself."""

    number: int
    paths: tuple[str, ...]

    @property
    def previous(self) -> str | None:
        return self.paths[self.number - 2] if self.number > 1 else None

    @property
    def next(self) -> str | None:
        return self.paths[self.number] if self.number < len(self.paths) else None


def split(path: str | Callable[[int], str], articles: Sequence[Article], size: int) -> list[tuple[Pager, Sequence[Article]]]:
    """`articles` in pages of at most `size` (at least one page, even when empty); `path` is the
    listing's path (its pages: urls.listing_page) or the path of its page number n."""
    chunks = [articles[i: i + size] for i in range(0, len(articles), size)] or [articles]
    page_path = path if callable(path) else lambda n: urls.listing_page(path, n)
    paths = tuple(page_path(n) for n in range(1, len(chunks) + 1))
    return [(Pager(n, paths), chunk) for n, chunk in enumerate(chunks, start=1)]


def _forward(articles: Sequence[Article]) -> list[Article]:
    """Oldest first (then by slug): a listing of a month or a year reads forward."""
    return sorted(articles, key=lambda a: (a.date, a.slug))


def by_day(articles: Sequence[Article]) -> list[dict[str, Any]]:
    """Oldest day first: a month reads forward, day by day."""
    ordered = _forward(articles)
    return [{"date": day, "articles": list(items)} for day, items in itertools.groupby(ordered, key=lambda a: a.date)]


def paged_title(title: str, pager: Pager) -> str:
    return title if len(pager.paths) == 1 else f"{title}, page {pager.number} of {len(pager.paths)}"


def month_pages(months: Sequence[Month], size: int, label: Callable[[int, int], str]) -> list[Page]:
    """The pages of each month of the archive (newest first in `months`), linked to the next
    older and newer month."""
    pages = []
    for i, month in enumerate(months):
        newer = month_link(months[i - 1]) if i > 0 else None
        older = month_link(months[i + 1]) if i + 1 < len(months) else None
        name = label(month.year, month.month)
        for pager, chunk in split(month.page_path, _forward(month.articles), size):
            pages.append(Page(pager.paths[pager.number - 1], "month.html", MappingProxyType({
                "month": month, "label": name, "days": by_day(chunk), "pager": pager,
                "newer": newer, "older": older, "topic": None,
                "title": paged_title(name, pager),
                "description": f"{month.count} article{'' if month.count == 1 else 's'} from {name}.",
            })))
    return pages


def undated_pages(articles: Sequence[Article], size: int, path: str = urls.UNDATED,
                  topic: Topic | None = None) -> list[Page]:
    heading = f"{topic.name}: undated articles" if topic else "Undated articles"
    pages = []
    for pager, chunk in split(path, articles, size):
        pages.append(Page(pager.paths[pager.number - 1], "undated.html", MappingProxyType({
            "articles": chunk, "count": len(articles), "pager": pager, "label": heading,
            "topic": topic and topic_link(topic),   # a link: the page lists its own articles only
            "title": paged_title(heading, pager),
            "description": "Articles whose date the source does not state.",
        })))
    return pages


def topic_months(topic: Topic, size: int) -> tuple[Month, ...]:
    """The months a topic has articles in, newest first; a Month's page is its heading on the
    page of the topic's year where its articles start (`topics/<slug>/YYYY.html#YYYY-MM`)."""
    months = []
    dated = [a for a in topic.articles if a.date]   # newest first already
    for year, in_year in itertools.groupby(dated, key=lambda a: a.date.year):
        forward = _forward(list(in_year))
        pages = [p for p, chunk in split(urls.topic_year_path(topic.slug, year), forward, size) for _ in chunk]
        starts: dict[int, str] = {}
        for a, pager in zip(forward, pages):
            starts.setdefault(a.date.month, pager.paths[pager.number - 1])
        for month, items in itertools.groupby(reversed(forward), key=lambda a: a.date.month):
            months.append(Month(year, month, tuple(items), f"{starts[month]}#{year:04d}-{month:02d}"))
    return tuple(months)


def topic_years(months: Sequence[Month]) -> list[dict[str, Any]]:
    """The topic's months by year, newest year first and January first within a year (as the
    timeline lists them)."""
    years = []
    for year, items in itertools.groupby(months, key=lambda m: m.year):
        items = list(items)
        years.append({"year": year, "months": items[::-1], "count": sum(m.count for m in items)})
    return years


def topic_year_pages(topic: Topic, months: Sequence[Month], size: int) -> list[Page]:
    """The pages of each of the topic's years (`months` newest first): its months oldest first,
    titles only (an article is listed under each of its topics), linked to the next older and
    newer year and back to the topic's list of months."""
    years = [(year, [a for m in reversed(list(items)) for a in _forward(m.articles)])
             for year, items in itertools.groupby(months, key=lambda m: m.year)]
    counts = {(m.year, m.month): m.count for m in months}
    pages = []
    for i, (year, forward) in enumerate(years):
        newer = years[i - 1][0] if i > 0 else None
        older = years[i + 1][0] if i + 1 < len(years) else None
        heading = f"{topic.name}: {year}"
        before = None   # the month of the last article of the page before
        for pager, chunk in split(urls.topic_year_path(topic.slug, year), forward, size):
            sections = [{"id": f"{year:04d}-{month:02d}", "label": month_label(year, month),
                         "month_name": MONTH_NAMES[month - 1],
                         "count": counts[(year, month)], "articles": list(items), "continued": month == before}
                        for month, items in itertools.groupby(chunk, key=lambda a: a.date.month)]
            before = chunk[-1].date.month
            pages.append(Page(pager.paths[pager.number - 1], "topic-year.html", MappingProxyType({
                "topic": topic_link(topic), "year": year, "count": len(forward), "sections": sections, "pager": pager,
                "label": heading, "title": paged_title(heading, pager),
                "newer": newer and {"year": newer, "page_path": urls.topic_year_path(topic.slug, newer)},
                "older": older and {"year": older, "page_path": urls.topic_year_path(topic.slug, older)},
                "description": f"{len(forward)} article{'' if len(forward) == 1 else 's'} about {topic.name} from {year}.",
            })))
    return pages


def topic_listing_pages(topic: Topic, months: Sequence[Month], size: int) -> list[Page]:
    """Every page under `topics/<slug>/`: its years and its undated articles."""
    pages = topic_year_pages(topic, months, size)
    undated = [a for a in topic.articles if not a.date]
    if undated:
        pages += undated_pages(undated, size, urls.topic_undated_path(topic.slug), topic)
    return pages
