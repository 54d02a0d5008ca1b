"""After a tags or date edit the related articles are found again only for the articles that
share a tag whose list changed (index/collect._known_related); the result is what finding them
all again gives, whatever was edited: a tag added (a new one, or one many articles have: its list
is then scanned in a window), removed, the tags reordered, a date moved (the article's place in
every list of its tags changes), or both at once."""
from __future__ import annotations

import dataclasses
import datetime as dt
import random

from chronicle.index.collect import KnownRelated, _known_related, _related, related_key, related_sizes
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
                        related_sizes(count), {a.slug: a.tags for a in ordered},
                        {a.slug: a.date.isoformat() if a.date else "" for a in ordered})


def _retagged(ordered, i, tags):
    return tuple(dataclasses.replace(a, tags=tags, tag_names=tags) if n == i else a for n, a in enumerate(ordered))


def _redated(ordered, i, date):
    moved = tuple(dataclasses.replace(a, date=date) if n == i else a for n, a in enumerate(ordered))
    return tuple(sorted(moved, key=lambda a: a.sort_key))


def test_a_tags_or_date_edit_finds_again_only_what_it_changes_and_equals_finding_all():
    rng = random.Random(12)
    ordered, count = _articles(2000, rng), 5
    known = _known(ordered, count)
    edits = [lambda tags: ("new-topic", *tags), lambda tags: tags[1:] or ("topic-1",), lambda tags: tags[::-1],
             lambda tags: ("alpha", "topic-2", "topic-3"), lambda tags: (), lambda tags: tags + ("alpha",)]
    day = dt.date(2024, 1, 1)
    edits += [lambda tags: day + dt.timedelta(days=40), lambda tags: day + dt.timedelta(days=600), lambda tags: None,
              lambda tags: day - dt.timedelta(days=1)]
    for step, edit in enumerate(edits):
        i = rng.randrange(len(ordered))
        if step == len(edits) - 1:   # not an "alpha" article: its list is a fifth of the archive
            i = next(n for n in range(i, len(ordered)) if "alpha" not in ordered[n].tags)
        change = edit(ordered[i].tags)
        if isinstance(change, tuple):
            ordered = _retagged(ordered, i, change)
        else:
            ordered = _redated(ordered, i, change)
            if step == len(edits) - 1:   # its tags too, in the same build
                j = next(n for n, a in enumerate(ordered) if a.date == change)
                ordered = _retagged(ordered, j, ("topic-5", "topic-6"))
        found = _known_related(ordered, count, known)
        assert found is not None, f"step {step}: found all again"
        assert found == _related(ordered, count), f"step {step}: differs from finding them all"
        known = _known(ordered, count)


def test_other_articles_or_many_changes_are_found_again_whole():
    rng = random.Random(3)
    ordered, count = _articles(300, rng), 5
    known = _known(ordered, count)
    fewer = ordered[:5] + ordered[6:]
    assert _known_related(fewer, count, known) is None   # an article deleted
    everything = tuple(dataclasses.replace(a, tags=("alpha",), tag_names=("alpha",)) for a in ordered)
    assert _known_related(everything, count, known) is None   # most articles changed
    assert _known_related(ordered, count, known) == _related(ordered, count)   # nothing changed: all kept


def test_related_topics_are_kept_only_for_the_same_articles_and_tags():
    """index/collect._known_topics: the related topics kept with the related articles are given
    back for the same key (a title edit), never once a tag changed; either way they equal
    overview.related_topics of the articles."""
    from chronicle.config import Config
    from chronicle.index.collect import build_index
    from chronicle.index.overview import related_topics
    from chronicle.index.threads import NO_THREADS
    ordered = _articles(300, random.Random(7))
    config = Config(path="config.yaml")
    known = dataclasses.replace(_known(ordered, config.related_count), topics=related_topics(ordered))
    kept = build_index(list(ordered), config, NO_THREADS, known).related_topics
    assert dict(kept) == known.topics and kept["alpha"] is known.topics["alpha"]   # the very values kept
    retitled = tuple(dataclasses.replace(a, title="Edited") if n == 5 else a for n, a in enumerate(ordered))
    assert build_index(list(retitled), config, NO_THREADS, known).related_topics["alpha"] is known.topics["alpha"]
    retagged = _retagged(ordered, 5, ("alpha", "topic-1", "topic-2"))
    again = build_index(list(retagged), config, NO_THREADS, known).related_topics
    assert dict(again) == related_topics(retagged) != known.topics
