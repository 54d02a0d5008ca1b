"""Page planning (every page, its layout and what it shows) and the rendering of one page
(environment.py makes the Jinja environment)."""
from __future__ import annotations

import hashlib
import itertools
import os
from pathlib import Path
from types import MappingProxyType
from dataclasses import dataclass
from typing import Any, Iterable, Mapping, NamedTuple

import jinja2

from . import limits, paging, story
from .threadpages import HOME_THREADS, span_label, thread_context, thread_pages
from .. import urls
from ..config import Config
from ..dates import month_label
from ..errors import TemplateError
from ..model import ArticleSummary, OutputFile, Page, SiteIndex, Thread, Topic
from .bodies import Slot, fill, marker
from .links import thread_link, topic_entry, topic_link

# The search page's Story menu lists the busiest threads only: a menu of every thread made
# search.html 183 KB at 10,000 articles (1,323 threads), over the page budget. A smaller
# story is one click away on its own page, and ?thread=<title> still filters by it.
SEARCH_THREADS = 200
# and topics: the busiest (an archive's automatic tags run to thousands; search.js adds the one a
# link asks for, '?topic=…', when its menu does not list it)
SEARCH_TOPICS = 300


def asset_version(files: Iterable[OutputFile]) -> str:
    """A short hash of the static assets, appended to their URLs so browsers refetch on change."""
    digest = hashlib.sha256()
    for f in sorted(files, key=lambda f: f.path):
        digest.update(f.path.encode() + b"\0" + f.data)
    return digest.hexdigest()[:10]


def topic_links(index: SiteIndex) -> dict[str, Any]:
    """One link per topic, shared by the pages that show it (so its fingerprint is taken once)."""
    return {slug: topic_link(topic) for slug, topic in index.topics.items()}


def plan_pages(index: SiteIndex, config: Config, search: bool, articles: list[ArticleInputs | Deferred] | None = None,
               topics: Mapping[str, list[Page | Deferred]] | None = None) -> list[Page | Deferred]:
    """Every page of the site with the data its layout shows; no rendering yet. `index` holds
    summaries (pages.summary_index): a page shows a body only through its `body` marker.
    `articles`: the article pages, each planned or Deferred (pagesreuse.py), in index order;
    `topics`: each topic's pages (topic_pages), planned or Deferred, by slug."""
    pages: list[Page | Deferred] = [_home(index, config)]
    links = topic_links(index) if articles is None or topics is None else {}
    if articles is None:
        articles = [article_inputs(index, article, links) for article in index.articles]
    pages += [a if isinstance(a, Deferred) else page_of_article(a, config.listing_size) for a in articles]
    pages += [standalone_page(doc) for doc in index.pages]
    pages += [Page(data["pager"].paths[data["pager"].number - 1], "topics.html", MappingProxyType({
        **data, "description": f"All {len(index.topics)} topics of {config.title}, busiest first."}))
        for data in story.topics_index(index)]
    for topic in index.topics.values():
        pages += topics[topic.slug] if topics is not None else topic_pages(topic_inputs(index, topic, links), config)
    pages.append(_timeline_page(index))
    pages += paging.month_pages(index.months, config.listing_size, month_label)
    pages += thread_pages(index, config)
    pages += paging.undated_pages(index.undated, config.listing_size)
    pages.append(Page(urls.SEARCH, "search.html", MappingProxyType({
        "title": "Search", "description": f"Search {config.title}.",
        "topics": [topic_entry(t) for t in index.topics_by_count()[:SEARCH_TOPICS]],
        # (s.lower(), s): 'Outlet' and 'outlet' were in the set's order, which the hash seed picks
        "sources": sorted({a.source for a in index.articles if a.source}, key=lambda s: (s.lower(), s)),
        "threads": sorted({t.title for t in index.threads.ranked()[:SEARCH_THREADS]}, key=lambda s: (s.lower(), s)),
        "years": [y.year for y in index.years]})))
    pages.append(Page(urls.NOT_FOUND, "404.html", MappingProxyType({"title": "Page not found", "description": "This page does not exist."})))
    return pages


class ArticleInputs(NamedTuple):
    """Everything an article page shows: article_page is a function of these and the config
    alone, so a page whose inputs are as last build's (render/pagesreuse.py) keeps its
    fingerprint without being planned."""
    article: ArticleSummary
    topics: tuple[Any, ...]                 # links.TopicLink of each of its tags
    previous: ArticleSummary | None
    next: ArticleSummary | None
    related: tuple[ArticleSummary, ...]
    thread: Thread | None


def article_inputs(index: SiteIndex, article: ArticleSummary, links: Mapping[str, Any]) -> ArticleInputs:
    slug = article.slug
    return ArticleInputs(article, tuple(links[t] for t in article.tags), index.previous[slug], index.next[slug],
                         index.related[slug], index.threads.of_article.get(slug))


def article_page(index: SiteIndex, article: ArticleSummary, thread_size: int, links: Mapping[str, Any]) -> Page:
    return page_of_article(article_inputs(index, article, links), thread_size)


def page_of_article(inputs: ArticleInputs, thread_size: int) -> Page:
    article = inputs.article
    thread = thread_context(inputs.thread, article, thread_size)
    return Page(article.page_path, "article.html", MappingProxyType({
        "article": article,
        "body": marker(article.page_path),
        "topics": list(inputs.topics),
        "previous": inputs.previous,
        "next": inputs.next,
        "related": inputs.related,
        "title": article.title,
        "description": article.summary,
        **thread, "thread": thread_link(thread["thread"]),
    }))


@dataclass(frozen=True)
class Deferred:
    """An article page not planned: its inputs and its file are as the last build's
    (render/pagesreuse.py), so it keeps that build's fingerprint and bytes."""
    path: str


def standalone_page(doc: ArticleSummary) -> Page:
    return Page(doc.page_path, "page.html", MappingProxyType({"article": doc, "body": marker(doc.page_path),
                                                              "title": doc.title, "description": doc.summary}))


def _home(index: SiteIndex, config: Config) -> Page:
    topics = index.topics_by_count()[: config.home_topics]
    return Page(urls.HOME, "home.html", MappingProxyType({
        "latest": index.articles[: config.home_latest],
        "topics": topics,
        **story.home(index, config, topics),
        "threads": [(t, span_label(t)) for t in index.threads.ranked()[:HOME_THREADS]],
        "total": len(index.articles),
        "title": config.title,
        "description": config.description,
    }))


def group_by_month(articles: Iterable[ArticleSummary], topic: Topic, month_paths: dict[tuple[int, int], str]) -> list[dict[str, Any]]:
    """Newest month first, each heading linking to the topic's month (`month_paths`); undated
    articles in a last group."""
    groups = []
    for key, items in itertools.groupby(articles, key=lambda a: (a.date.year, a.date.month) if a.date else None):
        items = list(items)
        if key is None:
            groups.append({"label": "Undated", "path": urls.topic_undated_path(topic.slug), "articles": items})
        else:
            groups.append({"label": month_label(*key), "path": month_paths[key], "articles": items})
    return groups


class TopicInputs(NamedTuple):
    """Everything a topic's pages show: topic_pages is a function of these and the config's
    listing_size and topic_latest alone (render/pagesreuse.py keys them)."""
    topic: Topic
    related: tuple[tuple[Any, int], ...]    # (links.TopicLink, articles shared) of its related topics


def topic_inputs(index: SiteIndex, topic: Topic, links: Mapping[str, Any]) -> TopicInputs:
    return TopicInputs(topic, tuple((links[slug], n) for slug, n in index.related_topics.get(topic.slug, ())
                                    if slug in index.topics))


def topic_pages(inputs: TopicInputs, config: Config) -> list[Page]:
    """The topic page (chart, latest articles, every month it has articles in) and its
    listing pages; see paging.py."""
    topic = inputs.topic
    months = paging.topic_months(topic, config.listing_size)
    month_paths = {(m.year, m.month): m.page_path for m in months}
    undated = sum(1 for a in topic.articles if not a.date)
    page = Page(topic.page_path, "topic.html", MappingProxyType({
        "topic": topic,
        "groups": group_by_month(topic.articles[: config.topic_latest], topic, month_paths),
        "years": paging.topic_years(months),
        "undated": undated, "undated_path": urls.topic_undated_path(topic.slug),
        **story.topic(topic, list(inputs.related), month_paths),
        "title": topic.name,
        "description": topic.description or f"{topic.count} articles about {topic.name}.",
        "feed": topic.feed_path,
    }))
    return [page] + paging.topic_listing_pages(topic, months, config.listing_size)


def _timeline_page(index: SiteIndex) -> Page:
    return Page(urls.TIMELINE_INDEX, "timeline.html", MappingProxyType({
        "undated_count": len(index.undated),
        "thread_count": len(index.threads.by_slug),
        **story.timeline(index),
        "title": "Timeline",
        "description": "Every month of the archive with its number of articles.",
    }))


def page_context(page: Page, common: dict[str, Any]) -> dict[str, Any]:
    root = common["site"].base_path if page.path == urls.NOT_FOUND else urls.root_prefix(page.path)
    return {**common, **page.context, "page_path": page.path, "root": root,
            "canonical": urls.absolute(common["site"].absolute_root, page.path)}


def render_page(env: jinja2.Environment, page: Page, common: dict[str, Any], layouts: Path,
                bodies: Mapping[str, str] = MappingProxyType({})) -> tuple[OutputFile, tuple[Slot, ...]]:
    """The page, with the bodies its markers stand for (page path -> body HTML) put in, and
    where they are (render/bodies.py)."""
    context = page_context(page, common)
    env.begin_page()
    try:
        html = _rendered(env.get_template(page.template), context)
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(str(layouts / (exc.name or page.template)), exc.lineno,
                            f"template syntax error: {exc.message}") from None
    except jinja2.TemplateNotFound as exc:
        raise TemplateError(str(layouts / page.template), None, f"layout not found: {exc.name}") from None
    except jinja2.UndefinedError as exc:
        path, line = _template_frame(exc, layouts, page.template)
        raise TemplateError(path, line, f"{exc.message} (while rendering {page.path})") from None
    except limits.TooCostly as exc:
        path, line = _template_frame(exc, layouts, page.template)
        raise TemplateError(path, line, f"{exc} (while rendering {page.path})") from None
    except RecursionError as exc:
        path, line = _template_frame(exc, layouts, page.template)
        raise TemplateError(path, line, "layouts include or extend each other in a loop, or a macro calls itself "
                                        f"without end (while rendering {page.path})") from None
    except Exception as exc:   # what a layout's own code raises ({{ 1 / 0 }}, {{ 'a' + 1 }}); not Chronicle's bugs
        path, line = _template_frame(exc, layouts, page.template)
        if line is None:
            raise
        raise TemplateError(path, line, f"{type(exc).__name__}: {exc} (while rendering {page.path})") from None
    data, slots = fill(html, bodies, str(layouts / page.template))
    return OutputFile(page.path, data), slots


def _rendered(template: jinja2.Template, context: dict) -> str:
    """The page, its size counted as it comes (limits.MAX_PAGE): a loop over the articles printing
    a long value each time is bounded by nothing else. Counted by blocks of pieces, joined in C:
    counting each piece cost a third more than Jinja's render() on a page of small pieces."""
    pieces = template.generate(context)
    blocks, size = [], 0
    while block := list(itertools.islice(pieces, 256)):
        blocks.append("".join(block))
        size += len(blocks[-1])
        if size > limits.MAX_PAGE:
            raise limits.TooCostly(f"the page would be over {limits.MAX_PAGE:,} characters")
    return "".join(blocks)


def _template_frame(exc: BaseException, layouts: Path, fallback: str) -> tuple[str, int | None]:
    """The innermost layout file and line in the traceback of a render error."""
    found = (str(layouts / fallback), None)
    tb = exc.__traceback__
    base = str(layouts.resolve())
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename
        if str(Path(name).resolve()).startswith(base + os.sep):   # any layout: .html, or outputs' .xml
            found = (name, tb.tb_lineno)
        tb = tb.tb_next
    return found
