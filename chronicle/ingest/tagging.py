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
from dataclasses import dataclass, field
from typing import Mapping

from ..config import TopicDef
from ..source.slugs import tag_slug
from . import aliasforms, entities, monthnames, outlets, tagcountry, tagcues, tagscore, tagtowns
from .lang import language
from .tagfind import _TOKEN, AliasFinder

MAX_WORDS = 6
_PROPER = frozenset({"country", "region", "city", "place", "person", "organisation"})
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# what ends an amount just before its unit: a figure, or a word of size ('500 Milliarden', 'five
# hundred crore', '3,5 millions d'), in the languages ingest reads
_AMOUNT = re.compile(r"(?:\d|\b(?i:hundred|thousand|million|millions|billion|billions|bn|trillion|crore|crores|lakh"
                     r"|lakhs|Tausend|Million|Millionen|Milliarde|Milliarden|Mio|Mrd|mille|milliard|milliards|mil"
                     r"|millón|millones|mil millones|millardo|millardi|milione|milioni|miliardo|miliardi|miljoen"
                     r"|miljard)\.?)(?:\s+d['’]|\s+de|\s+di)?\s*$")


@dataclass(frozen=True)
class Tagger(AliasFinder):
    exact: Mapping[tuple[str, ...], str]      # case-sensitive alias tokens -> slug ('' = masked phrase)
    folded: Mapping[tuple[str, ...], str]     # lower-cased alias tokens -> slug
    label_map: Mapping[str, str]              # normalised label or alias -> topic slug
    max_tags: int = 12
    max_auto: int = 6
    longest: int = MAX_WORDS
    names: Mapping[str, str] = field(default_factory=dict)
    broader: Mapping[str, str] = field(default_factory=dict)   # narrow theme -> broader theme
    proper: frozenset[str] = frozenset()      # slugs of places, people and organisations (names do not inflect)
    lands: frozenset[str] = frozenset()       # slugs of countries and regions (what several places add up to)
    countries: frozenset[str] = frozenset()   # slugs of countries
    cues: "Tagger | None" = None              # finds the subject cue words (tagcues), or None
    findable: frozenset[str] = frozenset()    # slugs that text may give (not label-only)
    only_in: Mapping[str, frozenset[str]] = field(default_factory=dict)   # alias (folded) -> the languages it is read in
    fixed: frozenset[tuple[str, ...]] = frozenset()   # lower-cased alias tokens matched only as written
    units: frozenset[str] = frozenset()       # aliases (folded, with their forms) that are units of an amount too

    @classmethod
    def from_topics(cls, topics: Mapping[str, TopicDef], max_tags: int = 12,
                    label_only: frozenset[str] = frozenset(), mask_phrases: tuple[str, ...] = (),
                    max_auto: int = 6, broader: Mapping[str, str] | None = None, cues: bool = True,
                    only_in: Mapping[str, frozenset[str]] | None = None,
                    fixed_forms: frozenset[str] = frozenset(), units: frozenset[str] = frozenset()) -> "Tagger":
        """label_only: topics given only when a digest labels an article with them (never found in text).
        broader: narrow theme -> broader theme, implied by it (unless label-only). cues: whether
        themes are also inferred from their cue words (tagcues). only_in: aliases (lower case,
        accents folded) read only on pages in the languages given (vocab.only_in). fixed_forms:
        aliases (the same) matched only as written (vocab.fixed_forms). units: aliases (the same)
        that name no subject after an amount (vocab.units)."""
        exact: dict[tuple[str, ...], str] = {}
        folded: dict[tuple[str, ...], str] = {}
        label_map: dict[str, str] = {}
        named = _named_themes(topics, label_only)
        for slug, t in topics.items():   # in priority order: the first topic to claim an alias keeps it
            for a in sorted({a for a in (t.name, *t.aliases) if a.strip()}, key=len, reverse=True):
                label_map.setdefault(_norm(a), slug)
            label_map.setdefault(_norm(slug.replace("-", " ")), slug)
            if slug in label_only:
                continue
            for a in t.aliases:
                toks = tuple(_TOKEN.findall(a))
                if not toks or len(toks) > MAX_WORDS or named.get(_fold_norm(a), slug) != slug:
                    continue
                # (a month's name in lower case, 'march', matches only so: 'by March' is a date)
                if a.strip()[:1].isupper() or not a.strip()[:1].isalpha() or a.strip() in monthnames.MONTHS:
                    exact.setdefault(toks, slug)
                else:
                    folded.setdefault(tuple(x.lower() for x in toks), slug)
        fixed = frozenset(tuple(_TOKEN.findall(a)) for a in fixed_forms)
        written = set(folded)
        aliasforms.add_forms(exact, folded)
        for toks in fixed:   # no other forms of these: drop what add_forms made of them
            for form in aliasforms.inflections(toks[-1]):
                if toks in folded and toks[:-1] + (form,) not in written and folded.get(toks[:-1] + (form,)) == folded[toks]:
                    del folded[toks[:-1] + (form,)]
        for m in mask_phrases:   # a mask that is itself a topic's name ('New Mexico') stays that topic
            toks = tuple(_TOKEN.findall(m))
            if toks:
                exact.setdefault(toks, "")
        up = {s: b for s, b in (broader or {}).items() if s in topics and b in topics and b not in label_only}
        proper = frozenset(s for s, t in topics.items() if t.kind in _PROPER)
        lands = frozenset(s for s, t in topics.items() if t.kind in ("country", "region"))
        countries = frozenset(s for s, t in topics.items() if t.kind == "country")
        finder = cls.from_topics(tagcues.cue_topics(topics, label_only), cues=False) if cues else None
        findable = frozenset(exact.values()) | frozenset(folded.values())
        return cls(exact, folded, label_map, max_tags, max_auto, broader=up, proper=proper, lands=lands, countries=countries,
                   cues=finder,
                   findable=findable - {""}, only_in=_with_forms(only_in or {}), fixed=fixed,
                   units=frozenset(_with_forms(dict.fromkeys(units, frozenset()))))

    def an_amount(self, text: str, pos: int, phrase: str) -> bool:
        """The phrase found at text[pos:] is a unit after an amount ('500 Milliarden Euro', '20
        crore rupees'): a sum of money, no subject."""
        return bool(self.units) and aliasforms.fold(phrase.lower()) in self.units \
            and _AMOUNT.search(text, max(0, pos - 30), pos) is not None

    def read_in(self, phrase: str, lang: str) -> bool:
        """Whether a phrase found names its topic on a page in `lang` (see only_in)."""
        langs = self.only_in.get(aliasforms.fold(phrase.lower())) if self.only_in else None
        return langs is None or lang in langs

    def label_slug(self, label: str) -> str:
        """A digest's own label is kept as written (slugged the way the build slugs a writer's tag)."""
        return tag_slug(label)

    def topic_for(self, label: str) -> str | None:
        """The topic whose name or alias a label is, if any."""
        return self.label_map.get(_norm(label))

    def tags(self, title: str, lead: str, body: str, labels: list[str], page_labels: list[str] = ()) -> list[str]:
        return self.tags_with_evidence(title, lead, body, labels, page_labels)[0]

    def tags_with_evidence(self, title: str, lead: str, body: str, labels: list[str],
                           page_labels: list[str] = (), lang: str = "",
                           page_places: frozenset[str] = frozenset(),
                           page_country: str = "", page_region: str = "") -> tuple[list[str], dict[str, str]]:
        lang = lang or language(body)
        scores, first, evidence = self._scores(title, lead, body, lang == "de", lang)
        self._infer(title, lead, body, lang, scores, first, evidence)
        towns = self._towns(title, lead, body, lang, scores, first, evidence, page_places)
        self._widen(scores, first, evidence)
        tagcountry.add_page_country(self, page_country, scores, first, evidence)
        tagcountry.add_page_region(self, page_country, page_region, scores, first, evidence)
        tagcountry.abroad(self, page_country, scores, first, evidence)
        named = self._names(title, lead, body, scores, first, evidence, lang) | towns
        out: list[str] = []
        for label in labels:
            s = self.label_slug(label)
            if s and s not in out:
                out.append(s)
                evidence.setdefault(s, f"label '{label}'")
        found = sorted(scores, key=lambda s: (-scores[s], first[s], s))
        room = max(0, min(self.max_auto, self.max_tags - len(out) - len(page_labels)))
        page = self.place(page_country) if page_country else None
        topics = tagcountry.with_country(self, [s for s in found if s not in out], room, scores, named, page)
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

    def _infer(self, title: str, lead: str, body: str, lang: str, scores: dict, first: dict, evidence: dict) -> None:
        if self.cues is not None:
            tagcues.infer(self.cues, title, lead, body, lang, scores, first, evidence)

    def _towns(self, title: str, lead: str, body: str, lang: str, scores: dict, first: dict,
               evidence: dict, page_places: frozenset[str] = frozenset()) -> dict[str, str]:
        """Towns the vocabulary lacks, named in the title or lead (tagtowns), scored like a
        vocabulary city; each implies its region or country at half its salience. A town lies in a
        country of the page's language or of the item's places, or in one its page names
        (`page_places`). Returns each one's slug -> its name."""
        named: dict[str, str] = {}
        summed: dict[str, float] = {}
        own_places = set(scores)   # the item's own, before any town implies its place

        def is_named(slug: str) -> bool:   # by the item, or (a country) anywhere on its page
            return self.place(slug) in scores or slug in page_places
        for m in tagtowns.find(title, lead, body, lang, is_named):
            t = m.town
            if t.slug in scores or t.slug in self.findable or outlets.is_known(t.name) or self._covers(t.name, lang):
                continue
            salience = 4 * m.in_title + 2 * m.in_lead + m.count + 1
            own = tagtowns.local(t, lang) or not own_places.isdisjoint((self.place(t.within), self.place(t.country)))
            # a town taken only because its page names its country (a town of a country far from
            # the page's language): the place a reader browses by is its region or country, which
            # takes the town's salience; the town stays below the item's subjects
            scores[t.slug] = salience if own else min(salience, 1.5)
            first[t.slug], evidence[t.slug], named[t.slug] = m.first, m.written, m.written
            up, implied = self.place(t.within), salience / 2 if own else salience
            summed[up] = summed.get(up, 0) + implied   # two towns of a county make it a subject
            if up in self.findable and salience >= 4 and summed[up] > scores.get(up, 0):
                scores[up], first[up] = summed[up], first.get(up, m.first)
                evidence.setdefault(up, m.written)
        return named

    def place(self, slug: str) -> str | None:
        """A built-in place's slug as this tagger's topics name it ('united-kingdom' may be 'uk')."""
        return slug if slug in self.findable else self.topic_for(slug.replace("-", " "))

    def _widen(self, scores: dict, first: dict, evidence: dict) -> None:
        tagscore.widen(self.broader, scores, first, evidence, self.lands)

    def _names(self, title: str, lead: str, body: str, scores: dict, first: dict, evidence: dict,
               lang: str) -> dict[str, str]:
        """Names the vocabulary does not know, scored like topics but a little lower (a topic wins a
        tie); returns each one's slug -> the name as written."""
        german = lang == "de"
        named: dict[str, str] = {}
        for n in entities.find(title, lead, body, german, lang):
            slug = tag_slug(n.text)
            if n.text.isupper() and len(n.text) > 4 and self.label_map.get(_norm(n.text)) in self.findable:
                # a topic's name in capitals, which its aliases' case keeps from matching: a
                # dateline's 'DEN HAAG' is The Hague (not an acronym: Portugal's INE is no Spain's)
                slug = self.label_map[_norm(n.text)]
                if slug not in scores:
                    scores[slug], first[slug], evidence[slug] = 4 * n.in_title + 2 * n.in_lead + n.count, n.first, n.text
                continue
            if not slug or slug in scores or _norm(n.text) in self.label_map or self._covers(n.text, lang) \
                    or self._known_edge(n.text) or outlets.is_known(n.text):   # the outlet is the source
                continue
            scores[slug] = 4 * n.in_title + 2 * n.in_lead + n.count + 0.5
            if not n.in_title and n.count == 1 and " " not in n.text:
                scores[slug] = 1.5   # one word named once in the lead: a free place's, never a subject's
            first[slug] = n.first
            evidence[slug] = named[slug] = n.text
        return named

    def _covers(self, name: str, lang: str = "") -> bool:
        """A topic's alias, in any of its forms, is the whole name ('Gobierno', 'Chile', 'Ölpreise'):
        the name is that topic. One that is only part of it ('Tata Steel', 'Tulsa' in 'Tulsa
        Public Schools') is not."""
        return any(pos == 0 and len(phrase) >= len(name.rstrip(".")) - 2
                   for _, pos, phrase in self.find(name, title=True, lang=lang))

    def _known_edge(self, name: str) -> bool:
        """A run of capitals that starts or ends with a known name is that name next to another
        word ('Retired Russian', 'Ukraine NATO', 'EU AI', 'Donald Trump U.S'): the known one is
        tagged as its topic, the run is no name of its own ('Tata Steel' starts with no topic)."""
        words = name.split()
        return len(words) >= 2 and any(self.exact.get(tuple(_TOKEN.findall(w))) for w in (words[0], words[-1]))

    def _scores(self, title: str, lead: str, body: str, german: bool = False, lang: str = ""):
        return tagscore.salience(self, title, lead, body, german, lang)

def _named_themes(topics: Mapping[str, TopicDef], label_only: frozenset[str]) -> dict[str, str]:
    """Alias -> the theme it names ('inflation' -> Inflation): a broader topic that lists the word
    too (config.yaml's economy: 'inflation') leaves it to the theme, which implies the broader one
    where it should ('inflation' -> economy in themes.txt), instead of hiding it for good."""
    out: dict[str, str] = {}
    for slug, t in topics.items():
        name = _fold_norm(t.name)
        if t.kind == "theme" and slug not in label_only and any(_fold_norm(a) == name for a in t.aliases):
            out.setdefault(name, slug)
    return out


def _fold_norm(text: str) -> str:
    return _norm(aliasforms.fold(text))


def _norm(text: str) -> str:
    return _NON_ALNUM.sub(" ", text.lower().replace(".", "")).strip()


def _with_forms(only_in: Mapping[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """only_in with the other forms of each alias (aliasforms.inflections): 'obligation' is
    read where 'obligations' is."""
    out = dict(only_in)
    for alias, langs in only_in.items():
        head, _, last = alias.rpartition(" ")
        for form in aliasforms.inflections(last):
            out.setdefault(f"{head} {form}" if head else form, langs)
    return out
