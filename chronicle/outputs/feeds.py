"""Atom feeds, sitemap.xml and robots.txt: the outputs with absolute URLs, rendered from the
layouts in layouts/outputs/ (a site changes them like any page)."""
from __future__ import annotations

from typing import Callable

from markupsafe import Markup

from .. import urls
from ..config import Config
from ..model import ArticleSummary, OutputFile, SiteIndex
from ..render.bodies import marker

FEED_LAYOUT = "outputs/feed.xml"
SITEMAP_LAYOUT, ROBOTS_LAYOUT = "outputs/sitemap.xml", "outputs/robots.txt"

# (output path, layout, context) -> the rendered file: render.pages.output_renderer
Render = Callable[[str, str, dict], OutputFile]


def with_content(feed_path: str) -> bool:
    """Only the site's feed carries the articles' full text; a topic's or a thread's feed their
    summaries and links (issue 13: 200 topic feeds of 50 full entries were 40 MB of a
    10,000-article site)."""
    return feed_path == urls.FEED


def feeds(index: SiteIndex, config: Config, render: Render) -> list[OutputFile]:
    """The site's feed and one per topic and thread."""
    out = []
    for path, title, page_path, articles in feed_sources(index, config):
        entries = [a.summarized() for a in articles[: config.feed_entries]]
        updated = max((a.date for a in entries if a.date), default=None)
        context = {"title": title, "feed_path": path, "home_path": page_path, "entries": entries, "updated": updated,
                   "full": with_content(path)}
        if context["full"]:   # entries are summaries: the full text goes in at its marker (render/bodies.py)
            context["body_of"] = _escaped_body
        out.append(render(path, FEED_LAYOUT, context))
    return out


def _escaped_body(article: ArticleSummary) -> Markup:
    """An entry's body in a feed, where it is escaped HTML (`<content type="html">`)."""
    return marker(article.page_path, escaped=True)


def feed_sources(index: SiteIndex, config: Config):
    """(path, title, page path, articles) of each feed."""
    sources = [(urls.FEED, config.title, urls.HOME, index.articles)]
    sources += [(t.feed_path, f"{config.title}: {t.name}", t.page_path, t.articles) for t in index.topics.values()]
    sources += thread_feed_sources(index, config)
    return sources


def thread_feed_sources(index: SiteIndex, config: Config):
    """A feed per story thread, its latest reports first."""
    return [(t.feed_path, f"{config.title}: {t.title}", t.page_path, t.newest_first)
            for t in index.threads.by_slug.values()]


def sitemap(page_paths: list[str], index: SiteIndex, render: Render) -> OutputFile:
    dates = {a.page_path: a.date for a in index.articles}
    pages = [(path, dates.get(path)) for path in sorted(page_paths) if path != urls.NOT_FOUND]
    return render(urls.SITEMAP, SITEMAP_LAYOUT, {"pages": pages})


def robots(render: Render) -> OutputFile:
    return render(urls.ROBOTS, ROBOTS_LAYOUT, {})
