"""Story threads as plain data (articles by slug), and back: what the forked child that finds
them (build/parallel.in_child) sends to the build, which puts its own articles back in."""
from __future__ import annotations

from types import MappingProxyType
from typing import Any, Iterable

from ..model import Article, Thread, Threads
from .threads import find_threads


def plain_threads(articles: tuple[Article, ...]) -> dict[str, tuple]:
    """find_threads of the articles, each thread's articles by slug."""
    return {slug: (t.centre.slug, tuple(a.slug for a in t.articles), tuple(t.dates.items()), t.estimated, t.sources,
                   t.page_path, t.feed_path)
            for slug, t in find_threads(articles).by_slug.items()}


def threads_of(plain: dict[str, tuple], articles: Iterable[Article]) -> Threads:
    """The Threads find_threads gave, made of these articles (those plain_threads was given)."""
    by_slug = {a.slug: a for a in articles if a.kind == "article"}
    threads: dict[str, Thread] = {}
    for slug, (centre, members, dates, estimated, sources, page_path, feed_path) in plain.items():
        threads[slug] = Thread(slug=slug, title=by_slug[centre].title, centre=by_slug[centre],
                               articles=tuple(by_slug[m] for m in members), dates=MappingProxyType(dict(dates)),
                               estimated=estimated, sources=sources, page_path=page_path, feed_path=feed_path)
    of_article: dict[str, Any] = {a.slug: t for t in threads.values() for a in t.articles}
    return Threads(MappingProxyType(threads), MappingProxyType(dict(sorted(of_article.items()))))
