"""After a tags edit the related articles are found again only for the articles that share a
tag whose list changed (index/collect._known_related); the result is what finding them all
again gives, whatever was edited: a tag added (a new one, or one many articles have: its list is
then scanned in a window), removed, or the tags reordered."""
from __future__ import annotations

import dataclasses
import datetime as dt
import random

from chronicle.index.collect import KnownRelated, _known_related, _related, related_key, related_order
from chronicle.model import Article

TAGS = [f"topic-{n}" for n in range(60)]


def _articles(n: int, rng: random.Random) -> tuple[Article, ...]:
    day = dt.date(2024, 1, 1)
    out = []
    for i in range(n):
        # "alpha" in a fifth of the articles: past 2 x RELATED_WINDOW, scanned in a window
        tags = tuple(rng.sample(TAGS, rng.randint(1, 2))) + (("alpha",) if rng.random() < 0.2 else ())
        out.append(Article(path=f"a{i}.md", kind="article", slug=f"a{i:04d}", title=f"A {i}",
                           date=day + dt.timedelta(days=i // 3), date_basis="stated", source="", url="", tags=tags,
                           tag_names=tags, summary="", imported_from="", id=str(i), draft=False, extra={},
                           page_path=f"articles/a{i:04d}.html", body_html="", body_text=""))
    return tuple(sorted(out, key=lambda a: a.sort_key))


def _known(ordered, count):
    related = _related(ordered, count)
    return KnownRelated(related_key(ordered, count), {s: tuple(a.slug for a in r) for s, r in related.items()},
                        related_order(ordered, count), {a.slug: a.tags for a in ordered})


def _retagged(ordered, i, tags):
    return tuple(dataclasses.replace(a, tags=tags, tag_names=tags) if n == i else a for n, a in enumerate(ordered))


def test_a_tags_edit_finds_again_only_what_it_changes_and_equals_finding_all():
    rng = random.Random(12)
    ordered, count = _articles(2000, rng), 5
    known = _known(ordered, count)
    edits = [lambda tags: ("new-topic", *tags), lambda tags: tags[1:] or ("topic-1",), lambda tags: tags[::-1],
             lambda tags: ("alpha", "topic-2", "topic-3"), lambda tags: (), lambda tags: tags + ("alpha",)]
    for step, edit in enumerate(edits):
        i = rng.randrange(len(ordered))
        ordered = _retagged(ordered, i, edit(ordered[i].tags))
        found = _known_related(ordered, count, known)
        assert found is not None, f"step {step}: found all again"
        assert found == _related(ordered, count), f"step {step}: differs from finding them all"
        known = _known(ordered, count)


def test_other_orders_or_many_changes_are_found_again_whole():
    rng = random.Random(3)
    ordered, count = _articles(300, rng), 5
    known = _known(ordered, count)
    moved = tuple(dataclasses.replace(a, date=dt.date(2030, 1, 1)) if n == 5 else a for n, a in enumerate(ordered))
    assert _known_related(tuple(sorted(moved, key=lambda a: a.sort_key)), count, known) is None   # another order
    everything = tuple(dataclasses.replace(a, tags=("alpha",), tag_names=("alpha",)) for a in ordered)
    assert _known_related(everything, count, known) is None   # most articles changed
    assert _known_related(ordered, count, known) == _related(ordered, count)   # nothing changed: all kept
