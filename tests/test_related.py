"""Related articles (collect._related): the articles sharing the most tags with one, newest first
among equals, looked for in a window of each tag's list around it (so the cost stays linear)."""
from __future__ import annotations

import datetime as dt
import random
from collections import Counter

import pytest

from chronicle.index.collect import RELATED_WINDOW, _related
from chronicle.model import Article


def article(n: int, tags: tuple[str, ...]) -> Article:
    return Article(path=f"a{n}.md", kind="article", slug=f"a{n}", title=f"A{n}", date=dt.date(2024, 1, 1) + dt.timedelta(days=n),
                   date_basis="stated", source="", url="", tags=tags, tag_names=tags, summary="", body_html="",
                   body_text="", imported_from="", id="", draft=False, extra={}, page_path=f"articles/a{n}.html")


def by_definition(ordered: tuple[Article, ...], count: int) -> dict[str, list[str]]:
    """The rule, spelled out: count, for every other article within RELATED_WINDOW places of this
    one in each of its tags' lists (the whole list when it is short), how many of its tags it
    shares; order by that count, then by place (newest first)."""
    lists: dict[str, list[int]] = {}
    for i, a in enumerate(ordered):
        for tag in a.tags:
            lists.setdefault(tag, []).append(i)
    out = {}
    for i, a in enumerate(ordered):
        shared: Counter = Counter()
        for tag in a.tags:
            items = lists[tag]
            if len(items) > 2 * RELATED_WINDOW:
                j = items.index(i)
                items = items[max(0, j - RELATED_WINDOW): j + RELATED_WINDOW + 1]
            shared.update(k for k in items if k != i)
        ranked = sorted(shared, key=lambda k: (-shared[k], k))[:count]
        out[a.slug] = [ordered[k].slug for k in ranked]
    return out


@pytest.mark.parametrize("size, pool, count", [(40, 5, 5), (700, 6, 5), (700, 30, 3), (300, 4, 50)])
def test_related_articles_follow_the_rule(size, pool, count):
    rng = random.Random(size * pool + count)
    tags = [f"t{k}" for k in range(pool)]
    ordered = tuple(article(n, tuple(sorted(rng.sample(tags, rng.randint(1, min(4, pool)))))) for n in range(size))
    found = {slug: [a.slug for a in items] for slug, items in _related(ordered, count).items()}
    assert found == by_definition(ordered, count)
