"""Story threads, pure: [Article] -> the stories that run through the archive.

An article is a set of features (chronicle/index/features.py: its title's words and word
pairs, its lead's words, its topics), each weighted by how rare it is (idf); a feature in more
than COMMON_SHARE of the articles (and more than COMMON_FLOOR) is no evidence. Two articles are
similar by the cosine of those weights; two items of one digest count for less (a digest is a
day's or a topic's news, rarely one story twice). Candidates come from an inverted index on each
article's rarest title features and rarest other features (not its topics themselves, whose
words stand for them), read only near the article in time and capped in length, so the cost is
linear in the corpus; only candidates found through two of those keys are compared exactly (at
most COMPARED per article: chronicle/index/candidates.py).
Grouping: the closest pairs start threads (or join one already started), then neighbours join
the thread whose *core* (the features two of its members share) they are close to. Threads never
merge and every member is close to its thread's core, so two stories never chain through one
article that mentions both.

Dates: an undated article takes the date of its digest (the newest dated article imported from
the same file, since a digest is saved on or after its newest item) and is marked as such; an
undated article whose digest has no dates has no place in time and no date window.
Front matter `thread: <slug>` pins an article to a thread, `thread: none` keeps it out.
"""
from __future__ import annotations

import datetime as dt
import gc
import math
from collections import Counter, defaultdict
from contextlib import contextmanager
from itertools import chain
from types import MappingProxyType
from typing import Iterator

from .. import urls
from ..model import Article, Thread, Threads
from .candidates import edges as _edges
from .features import features

TITLE_KEYS = 6         # rarest features of the title used to find an article's candidates
KEYS = 4               # and rarest of its other features
# A story has a page of its own from its third report (issue 13): four stories in five have two,
# and each report's story box already links the other, so a page of two reports (3.6 MB of the
# 10,000-article site) told a reader nothing new; every link to such a story (the index of
# threads, the home page) lands on its first report.
PAGE_FROM = 3
SEED = 0.12            # cosine similarity of the closest pair that starts a thread
JOIN = 0.10            # cosine similarity to a thread's core a neighbour needs to join it
SAME_DIGEST = 0.6      # similarity of two items of the same digest is scaled by this
ROUNDS = 3             # rounds of joining (each with the cores of the round before)
COMMON_SHARE = 0.02    # a feature in more than this share of the articles tells no story apart
COMMON_FLOOR = 50      # (but one in this many articles or fewer always counts)
NONE = "none"          # `thread: none`


NO_THREADS = Threads(MappingProxyType({}), MappingProxyType({}))


def find_threads(ordered: tuple[Article, ...]) -> Threads:
    """Threads of the articles (any order in, the same threads out)."""
    return threads_of(ordered, thread_groups(ordered))


# thread slug -> (its members, its most central member): places in the articles ordered by slug
Groups = dict[str, tuple[list[int], int]]


def thread_groups(ordered: tuple[Article, ...]) -> Groups:
    """The work of find_threads, as numbers (index/threadwork.py finds them in a child process)."""
    with _no_cycle_collection():
        return _thread_groups(ordered)


def threads_of(ordered: tuple[Article, ...], groups: Groups) -> Threads:
    """The threads `groups` (thread_groups of the same articles) stand for."""
    articles = _by_slug(ordered)
    dates, estimated = _placed_dates(articles)
    threads = {slug: _thread(slug, [articles[i] for i in members], centre, articles, dates, estimated)
               for slug, (members, centre) in sorted(groups.items())}
    of_article = {a.slug: t for t in threads.values() for a in t.articles}
    return Threads(MappingProxyType(threads), MappingProxyType(dict(sorted(of_article.items()))))


def _by_slug(ordered: tuple[Article, ...]) -> list[Article]:
    return sorted((a for a in ordered if a.kind == "article"), key=lambda a: a.slug)


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """The stage makes millions of small lists, tuples and dicts and not one reference cycle:
    the cyclic collector would scan them over and over for nothing (a tenth of the stage at
    100,000 articles). Their memory is freed as usual, by reference counts."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _thread_groups(ordered: tuple[Article, ...]) -> Groups:
    articles = _by_slug(ordered)
    dates, _ = _placed_dates(articles)
    pinned: dict[str, list[int]] = defaultdict(list)
    free: list[int] = []
    for i, a in enumerate(articles):
        if a.thread == NONE:
            continue
        (pinned[a.thread] if a.thread else free).append(i)
    space = _Space(articles, dates)
    groups = {articles[min(g, key=lambda i: (space.days[i] is None, space.days[i] or 0, i))].slug: (g, core)
              for g, core in _group(space, free)}
    for slug in sorted(pinned):
        if slug in groups or len(pinned[slug]) >= 2:
            members, core = groups.get(slug, ([], _Core()))
            for i in pinned[slug]:
                core.add(space, i)
            groups[slug] = (members + pinned[slug], core)
    return {slug: (groups[slug][0], space.centre(*groups[slug])) for slug in sorted(groups)}


def _placed_dates(articles: list[Article]) -> tuple[dict[str, dt.date | None], set[str]]:
    newest: dict[str, dt.date] = {}
    for a in articles:
        if a.date and a.imported_from:
            known = newest.get(a.imported_from)
            if known is None or a.date > known:
                newest[a.imported_from] = a.date
    dates: dict[str, dt.date | None] = {}
    estimated: set[str] = set()
    for a in articles:
        dates[a.slug] = a.date or newest.get(a.imported_from)
        if a.date is None and dates[a.slug] is not None:
            estimated.add(a.slug)
    return dates, estimated


def _thread(slug: str, members: list[Article], centre: int, articles: list[Article], dates,
            estimated: set[str]) -> Thread:
    far = dt.date.max.toordinal()
    members.sort(key=lambda a: (dates[a.slug].toordinal() if dates[a.slug] else far, a.slug))
    return Thread(
        slug=slug, title=articles[centre].title, centre=articles[centre], articles=tuple(members),
        dates=MappingProxyType({a.slug: dates[a.slug] for a in members}),
        estimated=tuple(sorted(a.slug for a in members if a.slug in estimated)),
        sources=tuple(sorted({a.source for a in members if a.source}, key=lambda s: (s.lower(), s))),
        page_path=urls.thread_path(slug) if len(members) >= PAGE_FROM else members[0].page_path,
        feed_path=urls.thread_feed_path(slug))


class _Space:
    """Each article's features that are evidence (seen in two articles or more, and not in
    most), their idf, the vector norms, the keys that find an article's neighbours, and the day
    each article is placed at."""

    def __init__(self, articles: list[Article], dates: dict[str, dt.date | None]):
        found = [features(a) for a in articles]
        df = Counter(chain.from_iterable(chain.from_iterable(found)))   # one pass, in C
        n = len(articles) + 1
        common = max(COMMON_FLOOR, COMMON_SHARE * len(articles))
        # features seen once never match anything (they only add to an article's norm); those
        # in more than `common` articles match too many to tell one story apart ("Ukraine" in an
        # archive about the war, each of the 400 words of bench/corpus.py's): they are left out,
        # of the norm too (as a term over max_df is left out of a tf-idf vocabulary)
        self.idf = {f: math.log(n / c) for f, c in df.items() if 1 < c <= common}
        self.common = {f for f, c in df.items() if c > common}
        self.idf2 = idf2 = {f: w * w for f, w in self.idf.items()}
        self.found, self.unique = found, math.log(n) ** 2
        self.units: list[tuple[tuple[str, ...], float] | None] = [None] * len(found)   # see unit()
        self.keys: list[tuple[str, ...]] = []
        rarity = df.__getitem__
        known = idf2.__contains__
        # a topic itself ("#north-korea") is not a key: its words and word pairs are, and as two
        # keys it would make one shared topic look like two pieces of evidence
        for title, other, _ in found:
            self.keys.append((*sorted(filter(known, title), key=rarity)[:TITLE_KEYS],
                              *sorted(filter(known, other), key=rarity)[:KEYS]))
        self.days = [d.toordinal() if d else None for d in (dates[a.slug] for a in articles)]
        # two items of one digest are rarely one story (a digest is a day's or a topic's news)
        self.digest = [a.imported_from or a.path for a in articles]

    def unit(self, i: int) -> tuple[tuple[str, ...], float]:
        """Article i's vector (its features that are evidence) and its norm (over those and its
        features seen once), made when first asked for: most articles are never compared."""
        made = self.units[i]
        if made is None:
            title, other, topics = self.found[i]
            known = self.idf2.__contains__
            vector = (*filter(known, title), *filter(known, other), *filter(known, topics))
            # (the three lists have no feature in common: "t:", "#" and plain words)
            common = len(self.common.intersection(chain(title, other, topics)))
            once = len(title) + len(other) + len(topics) - len(vector) - common
            weight = sum(map(self.idf2.__getitem__, vector)) + self.unique * once
            made = self.units[i] = (vector, math.sqrt(weight) or 1.0)
        return made

    def similarity(self, mine: set[str], i: int, j: int) -> float:
        """Cosine of articles i and j (`mine`: the set of i's vector, made once for all its j)."""
        vector, norm = self.unit(j)
        # fsum is exact, so the set's order (which the hash seed decides) cannot change a bit
        s = math.fsum(map(self.idf2.__getitem__, mine.intersection(vector))) / (self.unit(i)[1] * norm)
        return s * SAME_DIGEST if self.digest[i] == self.digest[j] else s

    def closeness(self, i: int, core: "_Core") -> float:
        """Cosine of article i and a thread's core."""
        weights, (vector, norm) = core.weights, self.unit(i)
        shared = weights.keys() & vector
        return math.fsum(map(weights.__getitem__, shared)) / (norm * (math.sqrt(core.square) or 1.0))

    def centre(self, members: list[int], core: "_Core") -> int:
        """The member closest to the thread's core (the most central report)."""
        return max(sorted(members), key=lambda i: self.closeness(i, core))


class _Core:
    """The sum of a thread's members' unit vectors on the features two of them share (what the
    story is about, without what one report alone says), kept up to date as members join."""

    __slots__ = ("total", "weights", "square")

    def __init__(self) -> None:
        self.total: dict[str, float] = {}      # every member's feature -> the sum
        self.weights: dict[str, float] = {}    # features of two members or more -> idf * the sum
        self.square = 0.0       # the squared norm of the shared part

    def add(self, space: _Space, m: int) -> None:
        total, weights, idf, (vector, norm) = self.total, self.weights, space.idf, space.unit(m)
        square = self.square
        for f in vector:
            w = idf[f]
            old = total.get(f)
            if old is None:     # one member has it: not shared (yet)
                total[f] = w / norm
                continue
            new = total[f] = old + w / norm
            square += new * new - old * old if f in weights else new * new
            weights[f] = w * new
        self.square = square


def _group(space: _Space, free: list[int]) -> list[tuple[list[int], _Core]]:
    """Closest pairs start threads, unless one of the two can join a thread already started (one
    story, reported often, is one thread); then a neighbour of a thread joins the one whose core
    it is closest to, if close enough. Threads never merge, so stories do not chain together."""
    edges = _edges(space, free)
    group: dict[int, int] = {}
    members: dict[int, list[int]] = {}
    cores: dict[int, _Core] = {}

    def best(i: int) -> int | None:
        near = sorted({group[j] for j in edges[i] if j in group})
        score, g = max(((space.closeness(i, cores[g]), -g) for g in near), default=(0.0, 0))
        return -g if score >= JOIN else None

    def add(g: int, items: list[int]) -> None:
        for i in items:
            group[i] = g
            members.setdefault(g, []).append(i)
            cores.setdefault(g, _Core()).add(space, i)

    pairs = sorted((-s, i, j) for i in edges for j, s in edges[i].items() if i < j and s >= SEED)
    for _, i, j in pairs:
        if i in group or j in group:
            continue
        home = best(i)
        home = best(j) if home is None else home
        if home is None:
            add(i, [i, j])
        else:   # only those of the two close to that thread's core: the other may start its own
            add(home, [x for x in (i, j) if space.closeness(x, cores[home]) >= JOIN])
    for _ in range(ROUNDS):
        joining = [(i, g) for i in sorted(edges) if i not in group for g in [best(i)] if g is not None]
        if not joining:
            break
        for i, g in joining:     # found with the cores of the round before, applied together
            add(g, [i])
    return [(sorted(m), cores[g]) for g, m in sorted(members.items())]
