"""The pages of story threads: one per thread, the index of threads, and what an article page
shows of its thread ("Part of: ...", first, previous, next and latest report)."""
from __future__ import annotations

from collections import defaultdict
from types import MappingProxyType
from typing import Any

from . import charts, paging
from .. import urls
from ..config import Config
from ..index.threads import Thread
from ..model import Article, Page, SiteIndex

MONTH_ABBR = charts.MONTH_ABBR
HOME_THREADS = 5   # threads listed on the home page


def span_label(thread: Thread) -> str:
    """"Oct 2024 – May 2025", "Oct 2024", or "" for a thread with no dates."""
    first, last = thread.first, thread.last
    if first is None or last is None:
        return ""
    start = f"{MONTH_ABBR[first.month - 1]} {first.year}"
    end = f"{MONTH_ABBR[last.month - 1]} {last.year}"
    return start if start == end else f"{start} – {end}"


def article_thread(index: SiteIndex, article: Article) -> dict[str, Any]:
    """What an article page shows of its thread (all None when it is in none)."""
    thread = index.threads.of_article.get(article.slug)
    if thread is None:
        return {"thread": None, "thread_span": "", "thread_previous": None, "thread_next": None,
                "thread_first": None, "thread_latest": None}
    members = thread.articles
    at = next(i for i, a in enumerate(members) if a.slug == article.slug)
    return {
        "thread": thread, "thread_span": span_label(thread),
        "thread_previous": members[at - 1] if at > 0 else None,
        "thread_next": members[at + 1] if at + 1 < len(members) else None,
        "thread_first": members[0] if at > 1 else None,            # when not already the previous one
        "thread_latest": members[-1] if at + 2 < len(members) else None,
    }


def thread_pages(index: SiteIndex, config: Config) -> list[Page]:
    """The index of threads and a page per thread; none at all for an archive without threads
    (nothing would link to an empty index)."""
    ranked = index.threads.ranked()
    if not ranked:
        return []
    # the index goes on over numbered pages like any listing, so no page grows with the archive
    pages = [Page(pager.paths[pager.number - 1], "threads.html", MappingProxyType({
        "threads": [(t, span_label(t)) for t in chunk], "total": len(ranked), "pager": pager,
        "first": (pager.number - 1) * config.listing_size + 1, "title": paging.paged_title("Story threads", pager),
        "description": f"{len(ranked)} stories followed across digests and outlets in {config.title}, "
                       "busiest and most recent first."}))
        for pager, chunk in paging.split(urls.THREADS_INDEX, ranked, config.listing_size)]
    for thread in index.threads.by_slug.values():
        pages.append(_thread_page(thread))
    return pages


def _thread_page(thread: Thread) -> Page:
    span = span_label(thread)
    return Page(thread.page_path, "thread.html", MappingProxyType({
        "thread": thread, "span": span, "chart": _strip(thread),
        "title": thread.title,
        "description": f"A story in {thread.count} articles" + (f", {span}" if span else "") + ".",
        "feed": thread.feed_path,
    }))


def _strip(thread: Thread):
    """The thread's articles per month (charts.year_chart), each month linking to its page."""
    counts: dict[tuple[int, int], int] = defaultdict(int)
    for a in thread.articles:
        if a.date:
            counts[(a.date.year, a.date.month)] += 1
    return charts.year_chart(counts, f"{thread.title}: articles per month",
                             lambda y, m: urls.relative(thread.page_path, urls.month_path(y, m)))
