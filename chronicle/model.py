"""The plain frozen dataclasses passed between stages. No I/O here."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Mapping

DATE_BASES = ("stated", "derived", "estimated")


@dataclass(frozen=True)
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
    extra: Mapping[str, Any]
    body: str
    body_line: int         # line of the file where the body starts
    tag_lines: tuple[int, ...] = ()   # line of each tag in the file, for messages about it


@dataclass(frozen=True)
class Article:
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
    body_html: str
    body_text: str
    imported_from: str
    id: str
    draft: bool
    extra: Mapping[str, Any]
    page_path: str               # output path, e.g. "articles/slug.html"

    @property
    def sort_key(self) -> tuple:
        """Newest first, undated last, ties broken by slug for determinism."""
        return (0 if self.date else 1, -(self.date.toordinal() if self.date else 0), self.slug)

    @property
    def year(self) -> int | None:
        return self.date.year if self.date else None


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


@dataclass(frozen=True)
class Month:
    year: int
    month: int
    articles: tuple[Article, ...]   # oldest day first within the page? no: newest first
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
class Splice:
    """A file made of new bytes and ranges (offset, length) of an existing file, so that a big
    file that changes a little is never read and written whole through Python."""
    source: str                                  # the existing file
    parts: tuple[bytes | tuple[int, int], ...]


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
