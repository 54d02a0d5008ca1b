"""Atom feeds, sitemap.xml and robots.txt: the outputs with absolute URLs, rendered from the
layouts in layouts/outputs/ (a site changes them like any page)."""
from __future__ import annotations

from typing import Callable

from .. import urls
from ..config import Config
from ..model import Article, OutputFile, SiteIndex

FEED_LAYOUT, ENTRY_LAYOUT = "outputs/feed.xml", "outputs/feed-entry.xml"
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


def feeds(index: SiteIndex, config: Config, render: Render, showing: frozenset[str] | None = None) -> list[OutputFile]:
    """The site's feed and one per topic; with `showing` (article page paths), only the feeds
    whose entries include one of those articles."""
    out = []
    for path, title, page_path, entries in feed_sources(index, config, showing):
        updated = max((a.date for a in entries if a.date), default=None)
        out.append(render(path, FEED_LAYOUT, {"title": title, "feed_path": path, "home_path": page_path,
                                              "entries": entries, "updated": updated, "full": with_content(path)}))
    return out


def feed_sources(index: SiteIndex, config: Config, showing: frozenset[str] | None = None):
    """(path, title, page path, entries) of each feed, or of those showing one of `showing`."""
    def shown(entries: tuple[Article, ...]) -> bool:
        return showing is None or any(a.page_path in showing for a in entries)

    topic, thread = min(config.feed_entries, TOPIC_FEED_ENTRIES), min(config.feed_entries, THREAD_FEED_ENTRIES)
    sources = [(urls.FEED, config.title, urls.HOME, index.articles[: config.feed_entries])]
    sources += [(t.feed_path, f"{config.title}: {t.name}", t.page_path, t.articles[:topic]) for t in index.topics.values()]
    # a story thread's feed: its latest reports first
    sources += [(t.feed_path, f"{config.title}: {t.title}", t.page_path, t.newest_first[:thread])
                for t in index.threads.by_slug.values()]
    return [source for source in sources if shown(source[3])]


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
