"""Tags for an imported article: the digest's own labels plus topics found in the text.

Topics are the built-in vocabulary (countries, organisations, themes; see vocab.py) merged with
config.yaml's. Aliases match as whole words (possessives and hyphenated compounds included) by
looking word sequences up in a table, which stays fast with thousands of aliases. An alias written
with a capital letter matches only text written the same way ('Kursk', 'US'), a lowercase alias
matches any case. Each topic gets a salience: mentions in the title and lead weigh more, and a
topic mentioned once, deep in a long body, is left out. The most salient few are kept (6 by
default, `ingest_rules.max_auto_tags`), each with the phrase that matched as its evidence.
"""
from __future__ import annotations

import re
from itertools import accumulate
from dataclasses import dataclass, field
from typing import Mapping

from ..config import TopicDef
from ..source.slugs import tag_slug
from . import aliasforms, entities, outlets
from .lang import language

_TOKEN = re.compile(r"[^\W_]+", re.U)
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})", re.U)
MAX_WORDS = 6
_MAX_WORDS_KNOWN = 500_000   # words whose answer _StartWords keeps (a few tens of MB at most)
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class Tagger:
    exact: Mapping[tuple[str, ...], str]      # case-sensitive alias tokens -> slug ('' = masked phrase)
    folded: Mapping[tuple[str, ...], str]     # lower-cased alias tokens -> slug
    label_map: Mapping[str, str]              # normalised label or alias -> topic slug
    max_tags: int = 12
    max_auto: int = 6
    longest: int = MAX_WORDS
    names: Mapping[str, str] = field(default_factory=dict)
    broader: Mapping[str, str] = field(default_factory=dict)   # narrow theme -> broader theme

    @classmethod
    def from_topics(cls, topics: Mapping[str, TopicDef], max_tags: int = 12,
                    label_only: frozenset[str] = frozenset(), mask_phrases: tuple[str, ...] = (),
                    max_auto: int = 6, broader: Mapping[str, str] | None = None) -> "Tagger":
        """label_only: topics given only when a digest labels an article with them (never found in text).
        broader: narrow theme -> broader theme, implied by it (unless label-only)."""
        exact: dict[tuple[str, ...], str] = {}
        folded: dict[tuple[str, ...], str] = {}
        label_map: dict[str, str] = {}
        for slug, t in topics.items():   # in priority order: the first topic to claim an alias keeps it
            for a in sorted({a for a in (t.name, *t.aliases) if a.strip()}, key=len, reverse=True):
                label_map.setdefault(_norm(a), slug)
            label_map.setdefault(_norm(slug.replace("-", " ")), slug)
            if slug in label_only:
                continue
            for a in t.aliases:
                toks = tuple(_TOKEN.findall(a))
                if not toks or len(toks) > MAX_WORDS:
                    continue
                if a.strip()[:1].isupper() or not a.strip()[:1].isalpha():
                    exact.setdefault(toks, slug)
                else:
                    folded.setdefault(tuple(x.lower() for x in toks), slug)
        aliasforms.add_forms(exact, folded)
        for m in mask_phrases:   # a mask that is itself a topic's name ('New Mexico') stays that topic
            toks = tuple(_TOKEN.findall(m))
            if toks:
                exact.setdefault(toks, "")
        up = {s: b for s, b in (broader or {}).items() if s in topics and b in topics and b not in label_only}
        return cls(exact, folded, label_map, max_tags, max_auto, broader=up)

    def label_slug(self, label: str) -> str:
        """A digest's own label is kept as written (slugged the way the build slugs a writer's tag)."""
        return tag_slug(label)

    def topic_for(self, label: str) -> str | None:
        """The topic whose name or alias a label is, if any."""
        return self.label_map.get(_norm(label))

    def find(self, text: str, title: bool = False, german: bool = False) -> list[tuple[str, int, str]]:
        """(slug, offset, matched phrase) for each topic mention, longest alias first, no overlaps.
        A lowercase alias ('bill') matches a capitalised word ('Bill King') only where any word
        would be capitalised: at the start of a sentence, or anywhere in a title."""
        # words and separators alternate in the split: word i is parts[2i + 1], and the running
        # sum of the parts' lengths gives its start (ends[2i]) and end (ends[2i + 1]); one C call
        # instead of a match object per word (Tagger.find over the 1 MB digest: 0.19 -> 0.165 s)
        parts = _TOKEN_SPLIT.split(text)
        words = parts[1::2]
        firsts_exact, firsts_folded = self._firsts()
        # most words start no alias: only those that do (and, in German, long capitalised words
        # that may be compounds) need their offsets; which words do is remembered per word
        may_start = self._may_start(german)
        starts = [i for i, w in enumerate(words) if may_start[w]]
        if not starts:
            return []
        ends = list(accumulate(map(len, parts)))
        out, i = [], 0
        for j in starts:
            if j < i:
                continue   # inside an alias already matched
            i = j
            ex, fo = firsts_exact.get(words[i], ()), firsts_folded.get(words[i].lower(), ())
            if not ex and not fo:
                self._compound(words[i], ends[2 * i], out)
                i += 1
                continue
            fold = bool(fo) and (title or not _capitalised_mid_sentence(text, words[i], ends[2 * i]))
            for n in range(min(self.longest, len(words) - i), 0, -1):
                slug = self.exact.get(tuple(words[i:i + n])) if n in ex else None
                if slug is None and fold and n in fo:   # (only the words tried are lowered)
                    slug = self.folded.get(tuple(map(str.lower, words[i:i + n])))
                if slug is not None:
                    if slug:
                        start = ends[2 * i]
                        out.append((slug, start, text[start:ends[2 * (i + n) - 1]]))
                    i += n
                    break
            else:
                if german:
                    self._compound(words[i], ends[2 * i], out)
                i += 1
        return out

    def _compound(self, word: str, start: int, out: list) -> None:
        """'Klinikfusion' is about a Klinik: German writes compounds as one word."""
        head = self._compound_head(word)
        if head:
            out.append((head, start, word))

    def _compound_head(self, word: str) -> str | None:
        """The topic of the first part of a German compound noun ('Solarförderung' -> solar power),
        the part at least 5 letters and an alias of one word, the rest at least 4 ('s' joins them)."""
        if len(word) < 9 or not word[:1].isupper():
            return None
        for k in range(len(word) - 4, 4, -1):
            part = word[:k]
            slug = self.exact.get((part,)) or self.folded.get((part.lower(),))
            if slug is None and part.endswith("s"):
                slug = self.exact.get((part[:-1],)) or self.folded.get((part[:-1].lower(),))
            if slug is not None:
                return slug or None
        return None

    def _may_start(self, german: bool) -> "_StartWords":
        """Word -> whether it may start an alias (or, in German, be a compound), learnt as words come."""
        key = "_starts_de" if german else "_starts"
        table = self.__dict__.get(key)
        if table is None or len(table) > _MAX_WORDS_KNOWN:
            exact, folded = self._firsts()
            table = _StartWords(exact, folded, german)
            object.__setattr__(self, key, table)
        return table

    def _firsts(self) -> tuple[dict[str, frozenset[int]], dict[str, frozenset[int]]]:
        """First word of each alias -> the lengths (in words) of the aliases it starts: most words
        of a text start none and are skipped at once, the others try only the lengths there are."""
        cached = self.__dict__.get("_firsts_cache")
        if cached is None:
            cached = (_lengths_by_first(self.exact), _lengths_by_first(self.folded))
            object.__setattr__(self, "_firsts_cache", cached)
        return cached

    def tags(self, title: str, lead: str, body: str, labels: list[str], page_labels: list[str] = ()) -> list[str]:
        return self.tags_with_evidence(title, lead, body, labels, page_labels)[0]

    def tags_with_evidence(self, title: str, lead: str, body: str, labels: list[str],
                           page_labels: list[str] = (), lang: str = "") -> tuple[list[str], dict[str, str]]:
        lang = lang or language(body)
        scores, first, evidence = self._scores(title, lead, body, lang == "de")
        self._widen(scores, first, evidence)
        named = self._names(title, lead, body, scores, first, evidence, lang)
        out: list[str] = []
        for label in labels:
            s = self.label_slug(label)
            if s and s not in out:
                out.append(s)
                evidence.setdefault(s, f"label '{label}'")
        found = sorted(scores, key=lambda s: (-scores[s], first[s], s))
        room = max(0, min(self.max_auto, self.max_tags - len(out) - len(page_labels)))
        topics = [s for s in found if s not in out][:room]
        # Salience order: topics in the title or lead first, then the digest's labels, then the rest.
        strong = [s for s in topics if scores[s] >= 4]
        weak = [s for s in topics if scores[s] < 4]
        ordered = strong + out + weak
        for label in page_labels:
            s = self.label_slug(label)
            if s and s not in ordered:
                ordered.append(s)
                evidence.setdefault(s, f"page label '{label}'")
        kept = ordered[: max(self.max_tags, len(out))]
        # a name is written as the text wrote it ('Tata Steel', 'DoorDash'): the build names its
        # topic page by the spelling writers use, and a slug is no name ('tata-steel')
        return [named.get(s, s) for s in kept], {named.get(s, s): evidence[s] for s in kept if s in evidence}

    def _widen(self, scores: dict, first: dict, evidence: dict) -> None:
        """A narrow theme implies its broader one ('fracking' -> oil), at half the narrow one's
        salience, so a theme the text names itself keeps its place; the evidence is the narrow phrase."""
        for slug in sorted(scores, key=lambda s: (-scores[s], s)):
            up = self.broader.get(slug)
            if up and scores[slug] / 2 > scores.get(up, 0):
                scores[up] = scores[slug] / 2
                first[up] = first[slug] if up not in first else min(first[up], first[slug])
                evidence.setdefault(up, evidence[slug])

    def _names(self, title: str, lead: str, body: str, scores: dict, first: dict, evidence: dict,
               lang: str) -> dict[str, str]:
        """Names the vocabulary does not know, scored like topics but a little lower (a topic wins a
        tie); returns each one's slug -> the name as written."""
        german = lang == "de"
        named: dict[str, str] = {}
        for n in entities.find(title, lead, body, german):
            slug = tag_slug(n.text)
            if not slug or slug in scores or _norm(n.text) in self.label_map or self._covers(n.text) \
                    or self._known_edge(n.text) or outlets.is_known(n.text):   # the outlet is the source
                continue
            scores[slug] = 4 * n.in_title + 2 * n.in_lead + n.count + 0.5
            first[slug] = n.first
            evidence[slug] = named[slug] = n.text
        return named

    def _covers(self, name: str) -> bool:
        """A topic's alias is the whole name ('Gobierno', 'Chile'): the name is that topic. One
        that is only part of it ('Tata Steel', 'Tulsa' in 'Tulsa Public Schools') is not."""
        return any(pos == 0 and len(phrase) >= len(name.rstrip(".")) - 2 for _, pos, phrase in self.find(name, title=True))

    def _known_edge(self, name: str) -> bool:
        """A run of capitals that starts or ends with a known name is that name next to another
        word ('Retired Russian', 'Ukraine NATO', 'EU AI', 'Donald Trump U.S'): the known one is
        tagged as its topic, the run is no name of its own ('Tata Steel' starts with no topic)."""
        words = name.split()
        return len(words) >= 2 and any(self.exact.get(tuple(_TOKEN.findall(w))) for w in (words[0], words[-1]))

    def _scores(self, title: str, lead: str, body: str, german: bool = False):
        in_title: dict[str, int] = {}
        in_lead: dict[str, int] = {}
        hits: dict[str, list[int]] = {}
        evidence: dict[str, str] = {}
        for slug, _, phrase in self.find(title, title=True, german=german):
            in_title[slug] = in_title.get(slug, 0) + 1
            evidence.setdefault(slug, phrase)
        in_body = self.find(body, german=german)
        # a short item's lead is its whole text (all 4,662 of the 1 MB digest's): found once
        for slug, _, phrase in in_body if lead == body else self.find(lead, german=german):
            in_lead[slug] = in_lead.get(slug, 0) + 1
            evidence.setdefault(slug, phrase)
        for slug, pos, phrase in in_body:
            hits.setdefault(slug, []).append(pos)
            evidence.setdefault(slug, phrase)
        scores: dict[str, float] = {}
        first: dict[str, int] = {}
        length = len(body)
        early_slugs = set()
        for slug in sorted(set(in_title) | set(hits)):
            h = hits.get(slug, [])
            early = bool(in_title.get(slug) or in_lead.get(slug) or (h and h[0] < 400))
            if not early and len(h) < 2 and length > 1500:
                continue
            scores[slug] = 4 * in_title.get(slug, 0) + 2 * in_lead.get(slug, 0) + len(h) + (1 if early else 0)
            first[slug] = min(h) if h else -1
            if early:
                early_slugs.add(slug)
        if scores and length > 1500:   # in a long article, a late passing mention is not a subject
            top = max(scores.values())
            for slug in [s for s in scores if s not in early_slugs and scores[s] < min(3, 0.1 * top)]:
                del scores[slug]
        return scores, first, evidence


class _StartWords(dict):
    """word -> whether it may start an alias: the question asked of every word of every text,
    answered once per word (a text's words are mostly ones met before)."""
    def __init__(self, exact: Mapping[str, frozenset[int]], folded: Mapping[str, frozenset[int]], german: bool):
        super().__init__()
        self.exact, self.folded, self.german = exact, folded, german

    def __missing__(self, w: str) -> bool:
        v = w in self.exact or w.lower() in self.folded or (self.german and len(w) >= 9 and w[:1].isupper())
        self[w] = v
        return v


def _lengths_by_first(table: Mapping[tuple[str, ...], str]) -> dict[str, frozenset[int]]:
    lengths: dict[str, set[int]] = {}
    for toks in table:
        lengths.setdefault(toks[0], set()).add(len(toks))
    return {w: frozenset(ns) for w, ns in lengths.items()}


def _capitalised_mid_sentence(text: str, word: str, start: int) -> bool:
    if not word[:1].isupper() or word.isupper():
        return False
    j = start - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    return j >= 0 and text[j] not in ".!?:;\"“”«»‘’'(—–-•|"


def _norm(text: str) -> str:
    return _NON_ALNUM.sub(" ", text.lower().replace(".", "")).strip()
