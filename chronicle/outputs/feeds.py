"""Atom feeds, sitemap.xml and robots.txt: the outputs with absolute URLs, rendered from the
layouts in layouts/outputs/ (a site changes them like any page)."""
from __future__ import annotations

import datetime as dt
from typing import Callable, NamedTuple

from .. import urls
from ..config import Config
from ..model import Article, OutputFile, SiteIndex

FEED_LAYOUT, ENTRY_LAYOUT = "outputs/feed.xml", "outputs/feed-entry.xml"
SITEMAP_LAYOUT, ROBOTS_LAYOUT = "outputs/sitemap.xml", "outputs/robots.txt"

# (output path, layout, context) -> the rendered file: render.pages.output_renderer
Render = Callable[[str, str, dict], OutputFile]


def with_content(feed_path: str) -> bool:
    """Only the site's feed carries the articles' full text; a topic's or a thread's feed their
    summaries and links (issue 13: 200 topic feeds of 50 full entries were 40 MB of a
    10,000-article site)."""
    return feed_path == urls.FEED


class Stand(NamedTuple):
    """The date an undated article's feed entry carries (Atom needs one), and why."""
    date: dt.date
    digest: bool   # the latest date of its digest's reports, else the archive's latest date


def undated_stand_ins(index: SiteIndex) -> dict[str, Stand]:
    """Page path -> stand-in date of each undated article, from the content alone (the ingest
    ledger records no date, and the clock or the files' times would make builds differ): the
    latest date among the reports imported from the same digest (the digest was saved no earlier,
    and later imports leave it alone), else the archive's latest date; none when nothing is dated."""
    latest: dict[str, dt.date] = {}
    for a in index.articles:   # newest first
        if a.date and a.imported_from:
            latest.setdefault(a.imported_from, a.date)
    newest = next((a.date for a in index.articles if a.date), None)
    out = {}
    for a in index.undated:
        if a.imported_from in latest:
            out[a.page_path] = Stand(latest[a.imported_from], True)
        elif newest:
            out[a.page_path] = Stand(newest, False)
    return out


def topic_labels(index: SiteIndex) -> dict[str, str]:
    """Topic slug -> the name its page shows: the label of the feeds' categories."""
    return {slug: topic.name for slug, topic in index.topics.items()}


def feeds(index: SiteIndex, config: Config, render: Render, showing: frozenset[str] | None = None) -> list[OutputFile]:
    """The site's feed and one per topic; with `showing` (article page paths), only the feeds
    whose entries include one of those articles."""
    out = []
    stand_ins, labels = undated_stand_ins(index), topic_labels(index)
    for path, title, page_path, articles in feed_sources(index, config, showing):
        entries = articles[: config.feed_entries]
        updated = max((a.date or stand_ins[a.page_path].date for a in entries if a.date or a.page_path in stand_ins),
                      default=None)
        out.append(render(path, FEED_LAYOUT, {"title": title, "feed_path": path, "home_path": page_path,
                                              "entries": entries, "updated": updated, "full": with_content(path),
                                              "labels": labels, "stand_ins": stand_ins}))
    return out


def feed_sources(index: SiteIndex, config: Config, showing: frozenset[str] | None = None):
    """(path, title, page path, articles) of each feed, or of those showing one of `showing`."""
    def shown(articles: tuple[Article, ...]) -> bool:
        return showing is None or any(a.page_path in showing for a in articles[: config.feed_entries])

    sources = [(urls.FEED, config.title, urls.HOME, index.articles)]
    sources += [(t.feed_path, f"{config.title}: {t.name}", t.page_path, t.articles) for t in index.topics.values()]
    sources += thread_feed_sources(index, config)
    return [source for source in sources if shown(source[3])]


def thread_feed_sources(index: SiteIndex, config: Config):
    """A feed per story thread, its latest reports first."""
    return [(t.feed_path, f"{config.title}: {t.title}", t.page_path, t.newest_first)
            for t in index.threads.by_slug.values()]


def replace_entries(feed: bytes, fresh: list[str]) -> bytes | None:
    """A feed with each entry of `fresh` (rendered by ENTRY_LAYOUT) in place of the old entry with
    the same `<id>` line, every other line kept. None when the feed is not made of `<entry>` ...
    `</entry>` blocks holding all of them (a layout that writes entries another way)."""
    by_id: dict[str, str] = {}
    for text in fresh:
        ids = [line for line in text.split("\n") if line.startswith("<id>")]
        if len(ids) != 1:
            return None
        by_id[ids[0]] = text
    lines = feed.decode("utf-8").split("\n")
    out: list[str] = []
    found, i = 0, 0
    while i < len(lines):
        if lines[i] != "<entry>":
            out.append(lines[i])
            i += 1
            continue
        try:
            end = lines.index("</entry>", i)   # escaped text cannot hold a bare "</entry>" line
        except ValueError:
            return None
        ids = [line for line in lines[i:end] if line in by_id]
        out.extend([by_id[ids[0]]] if ids else lines[i:end + 1])
        found += bool(ids)
        i = end + 1
    return "\n".join(out).encode("utf-8") if found == len(fresh) else None


def sitemap(page_paths: list[str], index: SiteIndex, render: Render) -> OutputFile:
    dates = {a.page_path: a.date for a in index.articles}
    pages = [(path, dates.get(path)) for path in sorted(page_paths) if path != urls.NOT_FOUND]
    return render(urls.SITEMAP, SITEMAP_LAYOUT, {"pages": pages})


def robots(render: Render) -> OutputFile:
    return render(urls.ROBOTS, ROBOTS_LAYOUT, {})
