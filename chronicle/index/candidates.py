"""Candidate neighbours for story threads (chronicle/index/threads.py): an inverted index on
each article's keys (its rarest title features and rarest other features: threads._Space.keys),
read only near the article in time and capped in length, so the cost stays linear in the corpus;
the articles found through two of an article's keys or more (the COMPARED found through most)
are compared exactly.
"""
from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from itertools import chain
from typing import Protocol


class _Space(Protocol):
    """What the candidate search reads of threads._Space (a protocol, so that this module and
    threads.py do not import each other)."""
    keys: list[tuple[str, ...]]
    days: list[int | None]

    def unit(self, i: int) -> tuple[tuple[str, ...], float]: ...

    def similarity(self, mine: set[str], i: int, j: int) -> float: ...

WINDOW_DAYS = 180      # two reports further apart than this are never compared
POSTING_CAP = 20       # entries of a feature's date-ordered list read around an article
COMPARED = 12          # candidates of an article compared exactly, those sharing the most keys
EDGE = 0.06            # cosine similarity for two articles to be neighbours


class Postings:
    """feature -> the articles having it among their keys, dated ones in date order, then
    undated ones (at most POSTING_CAP of those)."""

    def __init__(self, space: _Space, free: list[int]):
        days, keys = space.days, space.keys
        items: dict[str, list[int]] = defaultdict(list)
        undated: dict[str, list[int]] = defaultdict(list)
        # `free` ascends, and the sort is stable: by day, then by article
        for i in sorted((i for i in free if days[i] is not None), key=days.__getitem__):
            for f in keys[i]:
                items[f].append(i)
        for i in free:
            if days[i] is None:
                for f in keys[i]:
                    undated[f].append(i)
        # a short list is read whole (the date window is checked pair by pair); a long one only
        # around the article: from where its day starts, less half the cap (found once per day)
        self.short: dict[str, list[int]] = {}
        self.long: dict[str, tuple[dict[int, int], list[int], list[int]]] = {}
        for f in items.keys() | undated.keys():
            dated, late = items.get(f, []), undated.get(f, [])[:POSTING_CAP]
            if len(dated) <= POSTING_CAP:
                self.short[f] = dated + late if late else dated
                continue
            # where each day starts: built backwards, so the first entry of a day is the one kept
            first = dict(zip(map(days.__getitem__, reversed(dated)), range(len(dated) - 1, -1, -1)))
            last = len(dated) - POSTING_CAP
            self.long[f] = ({day: max(0, min(at - POSTING_CAP // 2, last)) for day, at in first.items()}, dated, late)

    def near(self, f: str, day: int | None) -> list[int]:
        """The articles with key f, at most POSTING_CAP dated ones around `day` (the first ones
        for an undated article)."""
        found = self.short.get(f)
        if found is not None:
            return found
        start, items, undated = self.long[f]
        lo = start.get(day, 0)     # `day` is None or the day of an article with this key
        return items[lo:lo + POSTING_CAP] + undated


def edges(space: _Space, free: list[int]) -> dict[int, dict[int, float]]:
    """Neighbours: the articles found in two or more of an article's key postings (the
    COMPARED that are found in most), within the date window, compared exactly."""
    postings = Postings(space, free)
    near, short = postings.near, postings.short.get    # short lists (most) hold article i: never empty
    edges: dict[int, dict[int, float]] = defaultdict(dict)
    days, keys = space.days, space.keys
    for i in free:
        day = days[i]
        lists = [short(f) or near(f, day) for f in keys[i]]
        if len(lists) < 2:
            continue
        seen = set(lists[0])
        found: set[int] = set()      # in two lists or more (a list holds an article once)
        for found_in in lists[1:-1]:
            found.update(seen.intersection(found_in))
            seen.update(found_in)
        found.update(seen.intersection(lists[-1]))
        found.discard(i)
        if not found:
            continue
        if len(found) > COMPARED:    # those in most lists, then the first by number
            counts = Counter(chain.from_iterable(map(found.intersection, lists)))
            found = {j for _, j in heapq.nsmallest(COMPARED, [(-counts[j], j) for j in found])}
        mine, near_i = set(space.unit(i)[0]), edges[i]
        for j in found:
            if j in near_i or (day is not None and days[j] is not None and abs(day - days[j]) > WINDOW_DAYS):
                continue
            s = space.similarity(mine, i, j)
            if s >= EDGE:
                near_i[j] = edges[j][i] = s
    return edges
