"""What a page shows of a topic, story or month it only links to.

A page's fingerprint encodes its context by value (fingerprint.py), so a page is planned with
no more than its layout shows: a Topic or Thread holds every one of its articles, and an
article page given them was rendered again whenever any article sharing one of its tags
changed. Given links, a layout cannot show more, so the fingerprint stays true by construction.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Month, Thread, Topic


@dataclass(frozen=True)
class TopicLink:
    """A topic as an article page or a related-topics list shows it (given Topics, one title
    edit at 10,000 articles planned 5,439 article pages and all 200 topic pages again)."""
    slug: str
    name: str
    page_path: str


@dataclass(frozen=True)
class TopicEntry:
    """A topic as the topics index and the search page's filter list it: its name, page, size
    and description, not its articles (given Topics, both pages were rendered again whenever
    any article's title changed)."""
    slug: str
    name: str
    page_path: str
    count: int
    description: str


def topic_entry(topic: Topic) -> TopicEntry:
    return TopicEntry(topic.slug, topic.name, topic.page_path, topic.count, topic.description)


@dataclass(frozen=True)
class ThreadLink:
    """The story an article page says it is part of: its title, page and size (not its articles)."""
    slug: str
    title: str
    page_path: str
    count: int


@dataclass(frozen=True)
class MonthLink:
    """The older or newer month a month's page links to (given the Month, with its articles, a
    page was rendered again whenever an article of the month next to it changed)."""
    year: int
    month: int
    page_path: str


def month_link(month: Month | None) -> MonthLink | None:
    return None if month is None else MonthLink(month.year, month.month, month.page_path)


def topic_link(topic: Topic) -> TopicLink:
    return TopicLink(topic.slug, topic.name, topic.page_path)


def thread_link(thread: Thread | None) -> ThreadLink | None:
    return None if thread is None else ThreadLink(thread.slug, thread.title, thread.page_path, thread.count)
