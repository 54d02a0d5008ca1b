"""Pure: [Article] -> SiteIndex (topics, timeline, neighbours, related)."""
from __future__ import annotations

import hashlib
import heapq
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from operator import neg
from types import MappingProxyType
from typing import Mapping

from .. import urls
from ..config import Config
from ..model import Article, Month, SiteIndex, Topic, Year
from .overview import RELATED_TOPICS, related_topics
from .threads import Thread, Threads, find_threads

# How far along a tag's (date-ordered) article list we look for related articles.
# Exact for tags with up to 2*RELATED_WINDOW articles; keeps the cost linear in the corpus.
RELATED_WINDOW = 100


def build_index(articles: list[Article], config: Config, threads: Threads | None = None,
                known: KnownRelated | None = None) -> SiteIndex:
    """`threads`: find_threads of the same articles, when the caller timed it as a stage;
    `known`: related articles found before, with what they were found for (used when this is
    the same: the same articles in the same order with the same tags; or found again only where
    tags changed: _known_related)."""
    ordered = tuple(sorted((a for a in articles if a.kind == "article"), key=lambda a: a.sort_key))
    pages = tuple(sorted((a for a in articles if a.kind == "page"), key=lambda a: a.slug))
    previous, following = _neighbours(ordered)
    return SiteIndex(
        articles=ordered,
        pages=pages,
        topics=MappingProxyType(_topics(ordered, config)),
        years=_years(ordered),
        undated=tuple(a for a in ordered if a.date is None),
        previous=MappingProxyType(previous),
        next=MappingProxyType(following),
        related=MappingProxyType(_known_related(ordered, config.related_count, known) or _related(ordered, config.related_count)),
        threads=find_threads(ordered) if threads is None else threads,
        related_topics=MappingProxyType(_known_topics(ordered, config.related_count, known) or related_topics(ordered)),
    )


def _topics(ordered: tuple[Article, ...], config: Config) -> dict[str, Topic]:
    members: dict[str, list[Article]] = defaultdict(list)
    spellings: dict[str, Counter] = defaultdict(Counter)
    for article in ordered:
        for slug, name in zip(article.tags, article.tag_names):
            members[slug].append(article)
            spellings[slug][name] += 1
    topics = {}
    vocabulary = _builtin_topics() if any(slug not in config.topics for slug in members) else {}
    for slug in sorted(members):
        known = config.topics.get(slug)
        if known:
            name, description = known.name, known.description
        else:
            # the spelling writers used most often (ties: the alphabetically first), and the
            # description of the importer's built-in vocabulary, whose tags these often are
            name = min(spellings[slug].items(), key=lambda kv: (-kv[1], kv[0]))[0]
            builtin = vocabulary.get(slug)
            description = builtin.description if builtin else ""
            if builtin and name == slug:   # ingest writes a vocabulary topic by its slug: 'Bankruptcy', not 'bankruptcy'
                name = builtin.name
        topics[slug] = Topic(slug, name, description, tuple(members[slug]), known is not None,
                             urls.topic_path(slug), urls.topic_feed_path(slug))
    return topics


def _years(ordered: tuple[Article, ...]) -> tuple[Year, ...]:
    by_month: dict[tuple[int, int], list[Article]] = defaultdict(list)
    for article in ordered:
        if article.date:
            by_month[(article.date.year, article.date.month)].append(article)
    years: dict[int, list[Month]] = defaultdict(list)
    for (year, month) in sorted(by_month):
        years[year].append(Month(year, month, tuple(by_month[(year, month)]), urls.month_path(year, month)))
    return tuple(Year(y, tuple(years[y])) for y in sorted(years, reverse=True))


def _neighbours(ordered: tuple[Article, ...]):
    """Dated articles chain in time. Undated ones have no place in time, so no older or newer
    article: an order among them (by slug) would make "Older" a false claim (issue 15)."""
    previous: dict[str, Article | None] = {a.slug: None for a in ordered}
    following: dict[str, Article | None] = {a.slug: None for a in ordered}
    chain = [a for a in ordered if a.date]
    for i, article in enumerate(chain):
        following[article.slug] = chain[i - 1] if i > 0 else None              # newer
        previous[article.slug] = chain[i + 1] if i + 1 < len(chain) else None  # older
    return previous, following


def related_key(ordered: tuple[Article, ...], count: int) -> str:
    """What _related is a function of: each article's slug and tags, in order, and the sizes.
    Asked twice a build of the same tuple (the index, the cache's save): the last answer is
    kept with the tuple it is of (a tuple of frozen articles, so the same object has the same key;
    the build's site holds that tuple anyway)."""
    last = _LAST_KEY.get(count)
    if last is not None and last[0] is ordered:
        return last[1]
    digest = hashlib.sha256(f"{count}\0{RELATED_WINDOW}\n".encode())
    for article in ordered:
        digest.update(("\0".join((article.slug, *article.tags)) + "\n").encode())
    _LAST_KEY.clear()
    _LAST_KEY[count] = (ordered, digest.hexdigest())
    return _LAST_KEY[count][1]


_LAST_KEY: dict[int, tuple[tuple[Article, ...], str]] = {}


def related_sizes(count: int) -> str:
    """The sizes related articles and topics are found with."""
    return f"{count} {RELATED_WINDOW} {RELATED_TOPICS}"


@dataclass(frozen=True)
class KnownRelated:
    """Related articles found before (by slug), with what they were found for: related_key,
    related_sizes, and each article's tags and date (ISO, "" when undated)."""
    key: str
    slugs: Mapping[str, tuple[str, ...]]
    sizes: str
    tags: Mapping[str, tuple[str, ...]]
    dates: Mapping[str, str]
    topics: Mapping[str, tuple[tuple[str, int], ...]] | None = None   # related_topics of the same


def _known_topics(ordered: tuple[Article, ...], count: int,
                  known: KnownRelated | None) -> Mapping[str, tuple[tuple[str, int], ...]] | None:
    """overview.related_topics(ordered) from `known`, found for the same key: the same articles
    with the same tags (a title, summary or body edit), of which it is a function."""
    if known is None or known.topics is None or known.sizes != related_sizes(count) or known.key != related_key(ordered, count):
        return None
    return known.topics


def _known_related(ordered: tuple[Article, ...], count: int,
                   known: KnownRelated | None) -> dict[str, tuple[Article, ...]] | None:
    """_related(ordered, count) from `known`: all of it when found for the same key; for the same
    articles with some tags or dates changed, found again only for the articles that have a tag
    whose list of articles changed (a tag added or removed; any tag of an article whose date
    moved it) and for those articles themselves. Every other article keeps its tags' lists, the
    same articles in the same order (only the moved articles' places changed, and none of them
    is in those lists), and its place in them: so its windows, and its related articles."""
    if known is None:
        return None
    by_slug = {a.slug: a for a in ordered}
    try:
        if known.key == related_key(ordered, count):
            return {a.slug: tuple(map(by_slug.__getitem__, known.slugs[a.slug])) for a in ordered}
        if known.sizes != related_sizes(count) or known.tags.keys() != by_slug.keys():
            return None
        changed = {i for i, a in enumerate(ordered) if known.tags[a.slug] != a.tags}
        moved = {i for i, a in enumerate(ordered) if known.dates[a.slug] != (a.date.isoformat() if a.date else "")}
        lists = set().union(*(set(known.tags[ordered[i].slug]) ^ set(ordered[i].tags) for i in changed),
                            *(set(known.tags[ordered[i].slug]) | set(ordered[i].tags) for i in moved))
        again = changed | moved | {i for i, a in enumerate(ordered) if not lists.isdisjoint(a.tags)}
        if len(again) > len(ordered) // 4:
            return None   # finding them all again costs about as much
        found = {a.slug: tuple(map(by_slug.__getitem__, known.slugs[a.slug])) for a in ordered}
    except KeyError:   # not what this key makes: found again
        return None
    postings, where = _postings(ordered)
    for i in sorted(again):
        found[ordered[i].slug] = _related_of(ordered, i, postings, where, count)
    return found


def _postings(ordered: tuple[Article, ...]) -> tuple[dict[str, list[int]], dict[tuple[str, int], int]]:
    """Each tag's articles (their places in `ordered`), and each article's place in each list."""
    postings: dict[str, list[int]] = defaultdict(list)
    where: dict[tuple[str, int], int] = {}
    for i, article in enumerate(ordered):
        for tag in article.tags:
            where[(tag, i)] = len(postings[tag])
            postings[tag].append(i)
    return postings, where


def _related(ordered: tuple[Article, ...], count: int) -> dict[str, tuple[Article, ...]]:
    """Articles sharing the most tags, newest first, via an inverted index on tags.

    A tag's list is scanned whole when short (exact for small archives) and in a window
    around the article otherwise, so the cost stays linear in the corpus.
    """
    postings, where = _postings(ordered)
    return {article.slug: _related_of(ordered, i, postings, where, count) for i, article in enumerate(ordered)}


def _related_of(ordered: tuple[Article, ...], i: int, postings: dict[str, list[int]], where: dict[tuple[str, int], int],
                count: int) -> tuple[Article, ...]:
    windows = []
    for tag in ordered[i].tags:
        items = postings[tag]
        if len(items) <= 2 * RELATED_WINDOW:
            windows.append(items)
        else:
            j = where[(tag, i)]
            windows.append(items[max(0, j - RELATED_WINDOW): j + RELATED_WINDOW + 1])
    return tuple(ordered[k] for k in _most_shared(windows, i, count))


def _most_shared(windows: list[list[int]], own: int, count: int) -> list[int]:
    """The `count` indices other than `own` found in the most windows, lowest index first among
    equals. Windows are ascending lists. Few candidates are in two windows or more: those are
    found with set intersections and counted exactly; the rest, in one window each, are taken
    lowest first from a merge of the windows (no Python loop over all ~600 candidates)."""
    sets = [set(w) for w in windows]
    multi: set[int] = set()
    for a in range(len(sets)):
        for b in range(a + 1, len(sets)):
            multi |= sets[a] & sets[b]
    multi.discard(own)
    shared: Counter = Counter()
    for found in sets:
        shared.update(found & multi)
    # (fewer windows, index) tuples compare in C: no key function called per candidate
    ranked = [k for _, k in sorted(zip(map(neg, shared.values()), shared.keys()))[:count]]
    if len(ranked) < count:
        for k in heapq.merge(*windows):
            if k != own and k not in multi:
                ranked.append(k)
                if len(ranked) == count:
                    break
    return ranked


def replace_articles(index: SiteIndex, fresh: dict[str, Article]) -> SiteIndex:
    """The same index with some articles swapped for new versions (keyed by page path).

    Only for versions that differ in their bodies: everything the index is ordered and grouped by
    (dates, tags, titles) must be unchanged, so every list keeps its order and membership."""
    def one(a: Article | None) -> Article | None:
        return fresh.get(a.page_path, a) if a is not None else None

    def many(items: tuple[Article, ...]) -> tuple[Article, ...]:
        return tuple(fresh.get(a.page_path, a) for a in items)

    years = tuple(replace(y, months=tuple(replace(m, articles=many(m.articles)) for m in y.months)) for y in index.years)
    return replace(
        index, articles=many(index.articles), pages=many(index.pages), years=years, undated=many(index.undated),
        topics=MappingProxyType({s: replace(t, articles=many(t.articles)) for s, t in index.topics.items()}),
        previous=MappingProxyType({k: one(v) for k, v in index.previous.items()}),
        next=MappingProxyType({k: one(v) for k, v in index.next.items()}),
        related=MappingProxyType({k: many(v) for k, v in index.related.items()}),
        threads=_replace_in_threads(index.threads, fresh),
    )


def _replace_in_threads(threads: Threads, fresh: dict[str, Article]) -> Threads:
    def one(t: Thread) -> Thread:
        return replace(t, centre=fresh.get(t.centre.page_path, t.centre),
                       articles=tuple(fresh.get(a.page_path, a) for a in t.articles))

    by_slug = {s: one(t) for s, t in threads.by_slug.items()}
    return Threads(MappingProxyType(by_slug),
                   MappingProxyType({a: by_slug[t.slug] for a, t in threads.of_article.items()}))


def _builtin_topics() -> dict:
    """The importer's built-in topic vocabulary (chronicle/ingest/vocab.py), loaded only when an
    article carries a tag config.yaml does not name."""
    from ..ingest.vocab import builtin
    return builtin()
