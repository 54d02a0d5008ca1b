"""The plain frozen dataclasses passed between stages (the file keys by which every stage tells
whether a file changed are in keys.py, named here too). No I/O here."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from types import MappingProxyType
from typing import Any, Mapping

from .keys import (DATE_BASES, InputKey, Record, Splice, StatKey, input_key_of,  # noqa: F401 - the model's names too
                   record_of, stat_key_of)


@dataclass(frozen=True, slots=True)
class Document:
    """One Markdown file, front matter parsed, body not yet rendered."""

    path: str              # as shown to the user in messages
    kind: str              # "article" or "page"
    slug: str
    title: str
    date: dt.date | None
    date_basis: str
    source: str
    url: str
    tag_names: tuple[str, ...]   # as the writer typed them
    summary: str
    imported_from: str
    id: str
    draft: bool
    extra: dict[str, Any]        # front matter fields Chronicle does not know (yamlnodes.plain values)
    body: str
    body_line: int         # line of the file where the body starts
    thread: str = ""       # front matter `thread:`: a thread's slug, "none", or "" (found by the index)
    tag_lines: tuple[int, ...] = ()   # line of each tag in the file, for messages about it
    imported: dt.date | None = None   # front matter `imported:`: the day ingest captured it (set once, by ingest)


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """An article without its body: what every page is planned with (render/plan.py), so no
    layout but the article's own can show a body (render/bodies.py)."""
    path: str
    kind: str
    slug: str
    title: str
    date: dt.date | None
    date_basis: str
    source: str
    url: str
    tags: tuple[str, ...]        # topic slugs, writer's order, no duplicates
    tag_names: tuple[str, ...]   # the spelling the writer used, aligned with tags
    summary: str
    imported_from: str
    id: str
    draft: bool
    extra: dict[str, Any]        # front matter fields Chronicle does not know (yamlnodes.plain values)
    page_path: str               # output path, e.g. "articles/slug.html"
    thread: str = ""             # as Document.thread
    imported: dt.date | None = None   # as Document.imported: what an undated article's feed entry carries

    @property
    def sort_key(self) -> tuple:
        """Newest first, undated last, ties broken by slug for determinism."""
        return (0 if self.date else 1, -(self.date.toordinal() if self.date else 0), self.slug)

    @property
    def year(self) -> int | None:
        return self.date.year if self.date else None

    def summarized(self) -> "ArticleSummary":
        """Itself (an Article gives its summary): the full build's index holds summaries."""
        return self


@dataclass(frozen=True, slots=True)
class Article(ArticleSummary):
    """An article as read and rendered: its summary's fields and its body."""
    body_html: str = field(kw_only=True)
    body_text: str = field(kw_only=True)     # plain text, for search ("" in builds without it)

    def summarized(self) -> ArticleSummary:
        return ArticleSummary(*(getattr(self, name) for name in _SUMMARY_FIELDS))


@dataclass(frozen=True)
class Topic:
    slug: str
    name: str
    description: str
    articles: tuple[Article, ...]   # newest first
    known: bool                      # declared in config.yaml
    page_path: str
    feed_path: str

    @property
    def count(self) -> int:
        return len(self.articles)


@dataclass(frozen=True, slots=True)
class Month:
    year: int
    month: int
    articles: tuple[Article, ...]   # newest first
    page_path: str

    @property
    def key(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def count(self) -> int:
        return len(self.articles)


@dataclass(frozen=True)
class Year:
    year: int
    months: tuple[Month, ...]       # January first

    @property
    def count(self) -> int:
        return sum(m.count for m in self.months)


# Story threads (chronicle/index/threads.py finds them)
@dataclass(frozen=True, slots=True)
class Thread:
    slug: str
    title: str                        # the centre's title
    centre: Article
    articles: tuple[Article, ...]     # first report first
    dates: Mapping[str, dt.date | None]   # article slug -> the date it is placed at
    estimated: tuple[str, ...]        # slugs placed at their digest's date (sorted)
    sources: tuple[str, ...]          # outlets that covered it, alphabetical
    page_path: str                    # its page; its first report's for a story without one (index/threads.PAGE_FROM)
    feed_path: str

    @property
    def count(self) -> int:
        return len(self.articles)

    @property
    def first(self) -> dt.date | None:
        return min((d for d in self.dates.values() if d), default=None)

    @property
    def last(self) -> dt.date | None:
        return max((d for d in self.dates.values() if d), default=None)

    @property
    def newest_first(self) -> tuple[Article, ...]:
        return self.articles[::-1]


@dataclass(frozen=True)
class Threads:
    by_slug: Mapping[str, Thread]          # sorted by slug
    of_article: Mapping[str, Thread]       # article slug -> its thread

    def ranked(self) -> list[Thread]:
        """Busiest first, then most recent, then by slug."""
        return sorted(self.by_slug.values(),
                      key=lambda t: (-t.count, -(t.last.toordinal() if t.last else 0), t.slug))


@dataclass(frozen=True)
class SiteIndex:
    articles: tuple[Article, ...]            # newest first, undated last
    pages: tuple[Article, ...]               # standalone pages (About, ...)
    topics: Mapping[str, Topic]              # by slug, sorted by slug
    years: tuple[Year, ...]                  # newest first
    undated: tuple[Article, ...]
    previous: Mapping[str, Article | None]   # slug -> older neighbour
    next: Mapping[str, Article | None]       # slug -> newer neighbour
    related: Mapping[str, tuple[Article, ...]]
    threads: Threads                         # stories followed across digests and outlets
    # topic slug -> (slug, shared articles) of the topics most often tagged with it (index/overview.py)
    related_topics: Mapping[str, tuple[tuple[str, int], ...]] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def months(self) -> tuple[Month, ...]:
        return tuple(m for y in self.years for m in reversed(y.months))

    def topics_by_count(self) -> list[Topic]:
        return sorted(self.topics.values(), key=lambda t: (-t.count, t.name.lower(), t.slug))


@dataclass(frozen=True)
class Page:
    """A planned output page: where it goes, which layout, what it shows."""

    path: str
    template: str
    context: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True)
class OutputFile:
    path: str      # relative, POSIX separators
    data: bytes


@dataclass(frozen=True)
class SiteSize:
    """What a build published, against the limits of build/budget.py."""
    bytes: int
    files: int
    largest_page: tuple[str, int]     # (path, bytes) of the largest HTML page
    largest_file: tuple[str, int]
    pages_over_budget: int
    pages: int = 0                    # HTML pages
    download_zip: int = 0             # bytes of the downloadable archive (download/archive.zip), 0 without one


@dataclass(frozen=True)
class BuildReport:
    articles: int
    pages: int
    written: int
    unchanged: int
    removed: int
    seconds: float
    stage_seconds: Mapping[str, float]
    warnings: tuple = ()
    size: SiteSize | None = None


_SUMMARY_FIELDS = tuple(f.name for f in fields(ArticleSummary))   # Article.summarized, in field order
