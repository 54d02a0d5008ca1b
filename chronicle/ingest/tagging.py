"""Tags for an imported article: the digest's own labels plus config topics found in the text.

Aliases match as whole words (possessives and hyphenated compounds included). An alias written
with a capital letter matches only capitalised text ('Kursk', not 'kursk'); all-capital aliases
(NATO, EU) match exactly. Topics are ordered by salience: mentions in the title and lead weigh
more, and a topic mentioned once, deep in a long body, is left out for precision.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping

from ..config import TopicDef
from ..source.slugs import tag_slug


@dataclass(frozen=True)
class Tagger:
    patterns: tuple[tuple[str, re.Pattern], ...]
    label_map: Mapping[str, str]           # normalised label or alias -> topic slug
    max_tags: int = 12
    mask: re.Pattern | None = None         # phrases hidden from matching ("Washington Post")

    @classmethod
    def from_topics(cls, topics: Mapping[str, TopicDef], max_tags: int = 12,
                    label_only: frozenset[str] = frozenset(), mask_phrases: tuple[str, ...] = ()) -> "Tagger":
        """label_only: topics given only when a digest labels an article with them (never found in text)."""
        pats, label_map = [], {}
        for slug, t in sorted(topics.items()):
            aliases = sorted({a for a in (t.name, *t.aliases) if a.strip()}, key=len, reverse=True)
            for a in aliases:
                label_map.setdefault(_norm(a), slug)
            label_map.setdefault(_norm(slug.replace("-", " ")), slug)
            parts = [_alias_regex(a) for a in t.aliases]
            if parts and slug not in label_only:
                pats.append((slug, re.compile("|".join(parts))))
        mask = re.compile("|".join(_alias_regex(m) for m in mask_phrases)) if mask_phrases else None
        return cls(tuple(pats), label_map, max_tags, mask)

    def label_slug(self, label: str) -> str:
        """A digest's own label is kept as written (slugged the way the build slugs a writer's tag)."""
        return tag_slug(label)

    def topic_for(self, label: str) -> str | None:
        """The config topic whose name or alias a label is, if any."""
        return self.label_map.get(_norm(label))

    def tags(self, title: str, lead: str, body: str, labels: list[str], page_labels: list[str] = ()) -> list[str]:
        if self.mask is not None:
            title, lead, body = (self.mask.sub(lambda m: " " * len(m[0]), t) for t in (title, lead, body))
        scores: dict[str, float] = {}
        first: dict[str, int] = {}
        early_slugs: set[str] = set()
        length = len(body)
        for slug, rx in self.patterns:
            in_title = len(rx.findall(title))
            in_lead = len(rx.findall(lead))
            hits = [m.start() for m in rx.finditer(body)]
            if not (in_title or hits):
                continue
            early = bool(in_title or in_lead or (hits and hits[0] < 400))
            if not early and len(hits) < 2 and length > 1500:
                continue
            scores[slug] = 4 * in_title + 2 * in_lead + len(hits) + (1 if early else 0)
            first[slug] = min(hits) if hits else -1
            if early:
                early_slugs.add(slug)
        if scores and length > 1500:   # in a long article, a late passing mention is not a subject
            top = max(scores.values())
            for slug in [s for s in scores if s not in early_slugs and scores[s] < min(3, 0.1 * top)]:
                del scores[slug]
        out: list[str] = []
        for label in labels:
            s = self.label_slug(label)
            if s and s not in out:
                out.append(s)
        found = sorted(scores, key=lambda s: (-scores[s], first[s], s))
        room = max(0, self.max_tags - len(out) - len(page_labels))
        topics = [s for s in found if s not in out][:room]
        # Salience order: topics in the title or lead first, then the digest's labels, then the rest.
        strong = [s for s in topics if scores[s] >= 4]
        weak = [s for s in topics if scores[s] < 4]
        ordered = strong + out + weak
        for label in page_labels:
            s = self.label_slug(label)
            if s and s not in ordered:
                ordered.append(s)
        return ordered[: max(self.max_tags, len(out))]


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower().replace(".", "")).strip()


def _alias_regex(alias: str) -> str:
    alias = alias.strip()
    words = [re.escape(w) for w in alias.split()]
    body = r"[\s\u00a0-]+".join(words)
    if alias.isupper() or not alias[:1].isalpha() or alias[:1].isupper():
        core = body   # case as written: 'US', 'Kursk', 'Russia'
    else:
        core = "(?i:" + body + ")"
    return r"(?<![\w.])" + core + r"(?!\w)(?!\.\w)"
