"""Subjects inferred from cue words (data/cues.txt): a story about a ceasefire, troops and
shelling is about war though it never says 'war'; and countries from their seats of power
(data/seats.txt: 'Moncloa', 'Tweede Kamer'), one of which, early in a story, is enough. A theme is inferred from two different cues
or more, one of them in the title or the lead (or three anywhere): one word alone is no
evidence, and a cue late in a long text is a passing one. Its salience stays below a topic the
title names (4), so an inferred subject fills a free place rather than taking a named one's; a
theme the text names itself gains a little from its cues, so the subject of a story outranks a
passing mention. The evidence is the cues found, listed in the ingest report."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Mapping

from ..config import TopicDef
from . import vocab
from .tagstems import stemmer

_DATA = Path(__file__).with_name("data")
MIN_CUES = 2
MAX_INFERRED = 3.5   # below a title mention (4): an inferred subject never outranks a named one
EARLY = 400          # a cue in the first 400 characters of the body is in the lead


@lru_cache(maxsize=2)
def cue_rows(name: str = "cues.txt") -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(slug, its cue words) per line of data/cues.txt (themes) or data/seats.txt (countries)."""
    rows = []
    for line in (_DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            slug, cues = line.split("|", 1)
            rows.append((slug.strip(), tuple(c.strip() for c in cues.split(",") if c.strip())))
    return tuple(rows)


def cue_topics(topics: Mapping[str, TopicDef], label_only: frozenset[str] = frozenset()) -> dict[str, TopicDef]:
    """The cue words as topics of their own (one per theme the vocabulary has), for a second
    AliasFinder that finds them with the same inflection and compound rules as aliases."""
    out = {}
    by_name = {t.name: s for s, t in topics.items()}   # a config topic may have taken a country's place ('uk')
    known = vocab.builtin()
    for kind, rows in (("theme", cue_rows()), ("country", cue_rows("seats.txt"))):
        for slug, cues in rows:
            slug = slug if slug in topics else by_name.get(known[slug].name if slug in known else "", "")
            t = topics.get(slug)
            if t is not None and slug not in label_only:
                out[slug] = TopicDef(slug=slug, name=t.name, kind=kind, description=t.description, aliases=cues)
    return out


def infer(finder, title: str, lead: str, body: str, lang: str, scores: dict, first: dict, evidence: dict) -> None:
    """Add to `scores` the themes the cues of `finder` (a Tagger of cue_topics) point to. Cues
    match as written (data/cues.txt lists the plurals that matter), not through their stems: the
    stem tables of a second vocabulary cost more than they find (ingest of the 1 MB digest).
    Two forms of one cue ('missile', 'missiles') count once."""
    german = lang == "de"
    stem = stemmer(lang) or str.lower
    cues: dict[str, dict[str, bool]] = {}   # slug -> cue stem -> whether it is early
    firsts: dict[str, int] = {}
    for text, is_title in ((title, True), (lead if lead != body else "", False)):
        for slug, _, phrase in finder.find(text, title=is_title, german=german):
            cues.setdefault(slug, {})[_key(phrase, stem)] = True
    for slug, pos, phrase in finder.find(body, german=german):
        seen = cues.setdefault(slug, {})
        k = _key(phrase, stem)
        seen[k] = seen.get(k, False) or pos < EARLY
        firsts.setdefault(slug, pos)
    for slug in sorted(cues):
        found = cues[slug]
        n, early = len(found), sum(found.values())
        need = 1 if slug in finder.proper else MIN_CUES   # a seat of power names its country
        if n < need or not (early or n > need):
            continue
        listed = "cues: " + ", ".join(sorted(found)[:4])
        if slug in scores:
            scores[slug] += min(1.5, 0.5 * n)
        else:
            scores[slug] = min(MAX_INFERRED, 0.5 * n + (0.5 if early else 0))
            first[slug] = firsts.get(slug, -1)
            evidence[slug] = listed


def _key(phrase: str, stem) -> str:
    return " ".join(stem(w) for w in phrase.split())
