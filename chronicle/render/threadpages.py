"""The pages of story threads: one per thread, the index of threads, and what an article page
shows of its thread ("Part of: ...", first, previous, next and latest report)."""
from __future__ import annotations

from collections import defaultdict
from types import MappingProxyType
from typing import Any

from . import charts, paging
from .. import urls
from ..config import Config
from ..index.threads import PAGE_FROM, Thread
from ..model import Article, Page, SiteIndex

MONTH_ABBR = charts.MONTH_ABBR
HOME_THREADS = 5   # threads listed on the home page
# A story gets a feed from its third report (issue 13): four threads in five have two reports,
# and a feed of two finished reports was 2.6 KB a thread for a story that has rarely more to
# say; a reader of such a story subscribes to its topics' feeds.
FEED_FROM = 3


def feed_of(thread: Thread) -> str | None:
    """The path of the thread's Atom feed, or None for a story too short to have one."""
    return thread.feed_path if thread.count >= FEED_FROM else None


def span_label(thread: Thread) -> str:
    """"Oct 2024 – May 2025", "Oct 2024", or "" for a thread with no dates."""
    first, last = thread.first, thread.last
    if first is None or last is None:
        return ""
    start = f"{MONTH_ABBR[first.month - 1]} {first.year}"
    end = f"{MONTH_ABBR[last.month - 1]} {last.year}"
    return start if start == end else f"{start} – {end}"


def article_thread(index: SiteIndex, article: Article, size: int) -> dict[str, Any]:
    """What an article page shows of its thread (all None when it is in none); `size`: reports
    per page of a thread, so "Part of" links to the page that lists the article (no link for a
    story without a page: its other report is in the story box)."""
    return thread_context(index.threads.of_article.get(article.slug), article, size)


def thread_context(thread: Thread | None, article: Article, size: int) -> dict[str, Any]:
    """article_thread, given the article's thread (render/plan.ArticleInputs)."""
    if thread is None:
        return {"thread": None, "thread_span": "", "thread_page": None, "thread_previous": None,
                "thread_next": None, "thread_first": None, "thread_latest": None}
    members = thread.articles
    at = next(i for i, a in enumerate(members) if a.slug == article.slug)
    return {
        "thread": thread, "thread_span": span_label(thread),
        "thread_page": urls.thread_page(thread.slug, at // size + 1) if thread.count >= PAGE_FROM else None,
        "thread_previous": members[at - 1] if at > 0 else None,
        "thread_next": members[at + 1] if at + 1 < len(members) else None,
        "thread_first": members[0] if at > 1 else None,            # when not already the previous one
        "thread_latest": members[-1] if at + 2 < len(members) else None,
    }


def thread_pages(index: SiteIndex, config: Config) -> list[Page]:
    """The index of threads and a page per thread of PAGE_FROM reports or more; none at all for
    an archive without threads (nothing would link to an empty index)."""
    ranked = index.threads.ranked()
    if not ranked:
        return []
    # the index goes on over numbered pages like any listing, so no page grows with the archive
    pages = [Page(pager.paths[pager.number - 1], "threads.html", MappingProxyType({
        "threads": [(t, span_label(t)) for t in chunk], "total": len(ranked), "pager": pager,
        "first": (pager.number - 1) * config.listing_size + 1, "title": paging.paged_title("Story threads", pager),
        "description": f"{len(ranked)} stories followed across digests and outlets in {config.title}, "
                       "busiest and most recent first."}))
        for pager, chunk in paging.split(urls.threads_index_page, ranked, config.listing_size)]
    for thread in index.threads.by_slug.values():
        if thread.count >= PAGE_FROM:
            pages += _thread_pages(thread, config.listing_size)
    return pages


def _thread_pages(thread: Thread, size: int) -> list[Page]:
    """A story's reports, first report first, `size` a page: a page of every report grows with
    the story (236 KB for one of 477 reports under an earlier detection, issue 13; `thread:`
    pins can still make any story that long). The first page, the thread's own path, has the
    timeline strip."""
    span = span_label(thread)
    description = f"A story in {thread.count} articles" + (f", {span}" if span else "") + "."
    pages = []
    for pager, chunk in paging.split(lambda n: urls.thread_page(thread.slug, n), thread.articles, size):
        pages.append(Page(pager.paths[pager.number - 1], "thread.html", MappingProxyType({
            "thread": thread, "reports": chunk, "first": (pager.number - 1) * size + 1, "pager": pager,
            "span": span, "chart": _strip(thread) if pager.number == 1 else None,
            "title": paging.paged_title(thread.title, pager), "description": description,
            "feed": feed_of(thread),
        })))
    return pages


def _strip(thread: Thread):
    """The thread's articles per month (charts.year_chart), each month linking to its page (a
    story with a page has three reports at least: a chart of two said no more than the two
    dates of the list below it, issue 13)."""
    counts: dict[tuple[int, int], int] = defaultdict(int)
    for a in thread.articles:
        if a.date:
            counts[(a.date.year, a.date.month)] += 1
    return charts.year_chart(counts, f"{thread.title}: articles per month",
                             lambda y, m: urls.relative(thread.page_path, urls.month_path(y, m)))
