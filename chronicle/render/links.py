"""What a page shows of a topic or story it only links to.

A page's fingerprint encodes its context by value (fingerprint.py), so a page is planned with
no more than its layout shows: a Topic or Thread holds every one of its articles, and an
article page given them was rendered again whenever any article sharing one of its tags
changed. Given links, a layout cannot show more, so the fingerprint stays true by construction.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Thread, Topic


@dataclass(frozen=True)
class TopicLink:
    """A topic as an article page or a related-topics list shows it (given Topics, one title
    edit at 10,000 articles planned 5,439 article pages and all 200 topic pages again)."""
    slug: str
    name: str
    page_path: str


@dataclass(frozen=True)
class ThreadLink:
    """The story an article page says it is part of: its title, page and size (not its articles)."""
    slug: str
    title: str
    page_path: str
    count: int


def topic_link(topic: Topic) -> TopicLink:
    return TopicLink(topic.slug, topic.name, topic.page_path)


def thread_link(thread: Thread | None) -> ThreadLink | None:
    return None if thread is None else ThreadLink(thread.slug, thread.title, thread.page_path, thread.count)
