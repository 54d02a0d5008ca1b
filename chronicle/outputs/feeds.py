"""Atom feeds, sitemap.xml and robots.txt: the outputs with absolute URLs, rendered from the
layouts in layouts/outputs/ (a site changes them like any page)."""
from __future__ import annotations

import datetime as dt
from typing import Callable, NamedTuple

from markupsafe import Markup

from .. import urls
from ..config import Config
from ..model import ArticleSummary, OutputFile, SiteIndex
from ..render.bodies import marker
from ..render.threadpages import feed_of

FEED_LAYOUT = "outputs/feed.xml"
SITEMAP_LAYOUT, ROBOTS_LAYOUT = "outputs/sitemap.xml", "outputs/robots.txt"
SITEMAP_INDEX_LAYOUT = "outputs/sitemap-index.xml"
# URLs one sitemap may list (sitemaps.org; search engines read no more): beyond it, sitemap.xml
# is an index of sitemap-1.xml, sitemap-2.xml... (at the root: a sitemap may list only URLs
# under its own folder). A 100,000-article site has about 112,000 pages.
SITEMAP_URLS = 50_000

# (output path, layout, context) -> the rendered file: render.pages.output_renderer
Render = Callable[[str, str, dict], OutputFile]

# Entries of a topic's and of a story thread's feed, at most (issue 13): a feed reader polls for
# what is new, and 200 topic feeds and 1,145 thread feeds of up to 50 entries were 17 MB of a
# 10,000-article site (thread feeds grow with the archive: a thread per ten articles). A busy
# topic gets a few articles a day, a story a few reports a week. The site's feed keeps
# build.feed_entries.
TOPIC_FEED_ENTRIES = 20
THREAD_FEED_ENTRIES = 10


def with_content(feed_path: str) -> bool:
    """Only the site's feed carries the articles' full text; a topic's or a thread's feed their
    summaries and links (issue 13: 200 topic feeds of 50 full entries were 40 MB of a
    10,000-article site)."""
    return feed_path == urls.FEED


class Stand(NamedTuple):
    """The date an undated article's feed entry carries (Atom needs one), and where it comes from."""
    date: dt.date
    basis: str   # "imported": the day ingest captured it (front matter `imported:`); for an article
    #              without one (imported before ingest recorded it, or written by hand): "digest",
    #              the latest date of its digest's reports, else "archive", the archive's latest date


def undated_stand_ins(index: SiteIndex) -> dict[str, Stand]:
    """Page path -> the date of each undated article's feed entry, from the content alone (the clock
    or the files' times would make builds differ): the day it was imported, which ingest writes
    once into its front matter; else the latest date among the reports imported from the same
    digest (the digest was saved no earlier), else the archive's latest date; none when nothing
    gives a date."""
    latest: dict[str, dt.date] = {}
    for a in index.articles:   # newest first
        if a.date and a.imported_from:
            latest.setdefault(a.imported_from, a.date)
    newest = next((a.date for a in index.articles if a.date), None)
    out = {}
    for a in index.undated:
        if a.imported:
            out[a.page_path] = Stand(a.imported, "imported")
        elif a.imported_from in latest:
            out[a.page_path] = Stand(latest[a.imported_from], "digest")
        elif newest:
            out[a.page_path] = Stand(newest, "archive")
    return out


def topic_labels(index: SiteIndex) -> dict[str, str]:
    """Topic slug -> the name its page shows: the label of the feeds' categories."""
    return {slug: topic.name for slug, topic in index.topics.items()}


def feeds(index: SiteIndex, config: Config, render: Render) -> list[OutputFile]:
    """The site's feed and one per topic and per thread of three reports or more."""
    out = []
    stand_ins, labels = undated_stand_ins(index), topic_labels(index)
    summaries: dict[str, ArticleSummary] = {}   # an article is in several feeds: summarised once
    for path, title, page_path, articles in feed_sources(index, config):
        entries = [summaries.get(a.page_path) or summaries.setdefault(a.page_path, a.summarized())
                   for a in articles[: config.feed_entries]]
        updated = max((a.date or stand_ins[a.page_path].date for a in entries if a.date or a.page_path in stand_ins),
                      default=None)
        # of the topics' names and the stand-in dates, only its entries': a feed is rendered again
        # when what it shows changed (its fingerprint: render/pages.OutputRenderer), not every
        # feed when a topic is added
        shown_labels = {t: labels[t] for a in entries for t in a.tags if t in labels}
        shown_stands = {a.page_path: stand_ins[a.page_path] for a in entries if a.page_path in stand_ins}
        context = {"title": title, "feed_path": path, "home_path": page_path, "entries": entries, "updated": updated,
                   "full": with_content(path), "labels": shown_labels, "stand_ins": shown_stands}
        if context["full"]:   # entries are summaries: the full text goes in at its marker (render/bodies.py)
            context["body_of"] = _escaped_body
        out.append(render(path, FEED_LAYOUT, context))
    return out


def _escaped_body(article: ArticleSummary) -> Markup:
    """An entry's body in a feed, where it is escaped HTML (`<content type="html">`)."""
    return marker(article.page_path, escaped=True)


def feed_sources(index: SiteIndex, config: Config):
    """(path, title, page path, entries) of each feed."""
    topic, thread = min(config.feed_entries, TOPIC_FEED_ENTRIES), min(config.feed_entries, THREAD_FEED_ENTRIES)
    sources = [(urls.FEED, config.title, urls.HOME, index.articles[: config.feed_entries])]
    sources += [(t.feed_path, f"{config.title}: {t.name}", t.page_path, t.articles[:topic]) for t in index.topics.values()]
    # a story thread's feed (from its third report: threadpages.feed_of): its latest reports first
    sources += [(t.feed_path, f"{config.title}: {t.title}", t.page_path, t.newest_first[:thread])
                for t in index.threads.by_slug.values() if feed_of(t)]
    return sources


def sitemap(page_paths: list[str], index: SiteIndex, render: Render) -> list[OutputFile]:
    dates = {a.page_path: a.date for a in index.articles}
    pages = [(path, dates.get(path)) for path in sorted(page_paths) if path != urls.NOT_FOUND]
    if len(pages) <= SITEMAP_URLS:
        return [render(urls.SITEMAP, SITEMAP_LAYOUT, {"pages": pages})]
    parts = [render(urls.sitemap_part(n), SITEMAP_LAYOUT, {"pages": pages[i: i + SITEMAP_URLS]})
             for n, i in enumerate(range(0, len(pages), SITEMAP_URLS), start=1)]
    return [render(urls.SITEMAP, SITEMAP_INDEX_LAYOUT, {"sitemaps": [p.path for p in parts]}), *parts]


def robots(render: Render) -> OutputFile:
    return render(urls.ROBOTS, ROBOTS_LAYOUT, {})
