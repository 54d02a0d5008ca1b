"""Listings split into pages of a fixed size, so no page grows with the archive.

A topic page shows its chart, its latest articles and every month it has articles in; each of
those months is a page of its own (`topics/<slug>/YYYY-MM.html`), so a reader looking for
"NATO in March 2023" is one click from the topic page (the month in the list, or its bar in
the chart). A month, a topic's month or the undated list longer than `listing_size` articles
goes on over numbered pages (`-p2.html`, ...) linked from each other; the first page keeps the
listing's own path, so links into a listing never depend on its length.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Callable, Sequence

from .. import urls
from ..model import Article, Month, Page, Topic


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


def split(path: str, articles: Sequence[Article], size: int) -> list[tuple[Pager, Sequence[Article]]]:
    """`articles` in pages of at most `size` (at least one page, even when empty)."""
    chunks = [articles[i: i + size] for i in range(0, len(articles), size)] or [articles]
    paths = tuple(urls.listing_page(path, n) for n in range(1, len(chunks) + 1))
    return [(Pager(n, paths), chunk) for n, chunk in enumerate(chunks, start=1)]


def by_day(articles: Sequence[Article]) -> list[dict[str, Any]]:
    """Oldest day first: a month reads forward, day by day."""
    ordered = sorted(articles, key=lambda a: (a.date, a.slug))
    return [{"date": day, "articles": list(items)} for day, items in itertools.groupby(ordered, key=lambda a: a.date)]


def paged_title(title: str, pager: Pager) -> str:
    return title if len(pager.paths) == 1 else f"{title}, page {pager.number} of {len(pager.paths)}"


def month_pages(months: Sequence[Month], size: int, label: Callable[[int, int], str],
                topic: Topic | None = None) -> list[Page]:
    """The pages of each month (newest first in `months`), linked to the next older and newer
    month; with `topic`, the topic's own months, which also link back to the topic."""
    pages = []
    for i, month in enumerate(months):
        newer = months[i - 1] if i > 0 else None
        older = months[i + 1] if i + 1 < len(months) else None
        name = label(month.year, month.month)
        heading = f"{topic.name}: {name}" if topic else name
        forward = sorted(month.articles, key=lambda a: (a.date, a.slug))
        for pager, chunk in split(month.page_path, forward, size):
            pages.append(Page(pager.paths[pager.number - 1], "month.html", MappingProxyType({
                "month": month, "label": heading, "days": by_day(chunk), "pager": pager,
                "newer": newer, "older": older, "topic": topic,
                "title": paged_title(heading, pager),
                "description": f"{month.count} article{'' if month.count == 1 else 's'} "
                               f"{'about ' + topic.name + ' ' if topic else ''}from {name}.",
            })))
    return pages


def undated_pages(articles: Sequence[Article], size: int, path: str = urls.UNDATED,
                  topic: Topic | None = None) -> list[Page]:
    heading = f"{topic.name}: undated articles" if topic else "Undated articles"
    pages = []
    for pager, chunk in split(path, articles, size):
        pages.append(Page(pager.paths[pager.number - 1], "undated.html", MappingProxyType({
            "articles": chunk, "count": len(articles), "pager": pager, "topic": topic, "label": heading,
            "title": paged_title(heading, pager),
            "description": "Articles whose date the source does not state.",
        })))
    return pages


def topic_months(topic: Topic) -> tuple[Month, ...]:
    """The months a topic has articles in, newest first, as Months whose pages are the topic's."""
    months = []
    dated = [a for a in topic.articles if a.date]   # newest first already
    for (year, month), items in itertools.groupby(dated, key=lambda a: (a.date.year, a.date.month)):
        months.append(Month(year, month, tuple(items), urls.topic_month_path(topic.slug, year, month)))
    return tuple(months)


def topic_years(months: Sequence[Month]) -> list[dict[str, Any]]:
    """The topic's months by year, newest year first and January first within a year (as the
    timeline lists them)."""
    years = []
    for year, items in itertools.groupby(months, key=lambda m: m.year):
        items = list(items)
        years.append({"year": year, "months": items[::-1], "count": sum(m.count for m in items)})
    return years


def topic_listing_pages(topic: Topic, months: Sequence[Month], size: int, label) -> list[Page]:
    """Every page under `topics/<slug>/`: its months and its undated articles."""
    pages = month_pages(months, size, label, topic)
    undated = [a for a in topic.articles if not a.date]
    if undated:
        pages += undated_pages(undated, size, urls.topic_undated_path(topic.slug), topic)
    return pages
