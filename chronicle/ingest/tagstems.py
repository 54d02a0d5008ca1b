"""Aliases matched through their inflected forms: a word and an alias word match when they
share a stem in the page's language ('Klimawandels' is the Klimawandel, 'incendios forestales'
the 'incendio forestal', 'elezione' the 'elezioni'), so an alias need not list every case,
number and gender ending.

The stemmers here strip inflection only (number, gender, case), not derivation: Snowball's
(snowballstemmer) also strips derivational endings, which joins words of other meanings
('organization' -> 'organ', 'national' -> 'nation'), and in pure Python it costs 30-55 us a word,
~0.4 s a language to stem the vocabulary's ~10,000 alias words on every ingest. These cost ~1 us.
Each language's rules are applied to the text and to every alias alike, so only consistency
within a language matters. A stem shared by aliases of two topics matches neither."""
from __future__ import annotations

from typing import Callable, Mapping

from .aliasforms import fold

_MIN_WORD = 5   # shorter words are their own stem ('Wahl', 'ban'): their endings are not endings
_MIN_STEM = 4
_MAX_WORDS_KNOWN = 500_000   # words whose stem is remembered (tens of MB at most)


def _strip(word: str, endings: tuple[str, ...]) -> str:
    """The word less its longest ending of `endings` that leaves a stem of _MIN_STEM letters."""
    for e in endings:
        if word.endswith(e) and len(word) - len(e) >= _MIN_STEM:
            return word[: -len(e)]
    return word


def _en(w: str) -> str:
    if w.endswith("ies") and len(w) > 5:
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches", "xes", "zes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def _de(w: str) -> str:
    # twice: 'Gaspreise' -> 'gaspreis' -> 'gasprei', as 'Gaspreis' -> 'gasprei'; no '-er'
    # (it is part of the word as often as an ending: 'Lehrer' is not 'Lehre'), and '-n' only
    # after e, l, r ('Renten', 'Regeln', 'Bürgern'; 'Christian' has none)
    for _ in range(2):
        stem = _strip(w, ("en", "es", "e", "s"))
        if stem == w and w.endswith("n") and w[-2:-1] in ("e", "l", "r") and len(w) > _MIN_STEM + 1:
            stem = w[:-1]
        w = stem
    return w


def _fr(w: str) -> str:
    if w.endswith("aux") and len(w) > 5:
        return w[:-3] + "al"   # 'nationaux' -> 'national'
    return _strip(w, ("s", "x"))


def _es(w: str) -> str:
    # the plural only: gender endings join other words ('libro', 'libra'); '-es' after a
    # consonant ('elecciones', 'forestales'), '-s' after a vowel ('embalses')
    w = _strip(w, ("s",))
    return w[:-1] if w.endswith("e") and len(w) > _MIN_STEM + 1 and w[-2] in "lrndzjy" else w


def _it(w: str) -> str:
    # the plural: -o/-i (-io/-i, -co/-chi) and -a/-e, each pair a class of its own, so that
    # 'detto' is not the French 'dette' nor 'ministero' the English 'minister'
    for plural, stem in (("che", "c#f"), ("chi", "c#m"), ("ghe", "g#f"), ("ghi", "g#m")):
        if w.endswith(plural) and len(w) > 5:
            return w[: -len(plural)] + stem
    for ends, cls in ((("io", "i", "o"), "#m"), (("a", "e"), "#f")):
        stem = _strip(w, ends)
        if stem != w:
            return stem + cls
    return w


_RULES: dict[str, Callable[[str], str]] = {"en": _en, "de": _de, "fr": _fr, "es": _es, "it": _it}


def stemmer(lang: str) -> Callable[[str], str] | None:
    """The stem of a word (any case) in a language ingest reads, or None. Accents stay: 'livrés'
    (delivered) is not 'livres' (books); the table holds each alias with and without them."""
    rule = _RULES.get(lang)
    if rule is None:
        return None

    def stem(word: str) -> str:
        w = word.lower()
        return rule(w) if len(w) >= _MIN_WORD and w.isalpha() else w
    return stem


class StemTable:
    """The vocabulary's aliases by their stems in one language: stems tuple -> (slug, whether the
    alias was written capitalised, so that the text's word must be too)."""

    def __init__(self, exact: Mapping[tuple[str, ...], str], folded: Mapping[tuple[str, ...], str], lang: str,
                 names: frozenset[str] = frozenset(), fixed: frozenset[tuple[str, ...]] = frozenset(),
                 only_in: Mapping[str, frozenset[str]] | None = None):
        """names: slugs of places, people and organisations, whose capitalised aliases do not inflect;
        fixed: lower-cased aliases that match only as written ('futures' is no 'future'); only_in:
        aliases read only in some languages, not stemmed in others (the French 'marchés' would
        make an English 'March' a market)."""
        elsewhere = {a for a, langs in (only_in or {}).items() if lang not in langs}
        stem = stemmer(lang)
        assert stem is not None, lang
        self._stem_word, self.lang = stem, lang
        self._known: dict[str, str] = {}
        table: dict[tuple[str, ...], tuple[str, bool] | None] = {}

        def put(key: tuple[str, ...], slug: str, capital: bool) -> None:
            had = table.get(key, (slug, capital))
            table[key] = None if had is None or had[0] != slug else (slug, had[1] and capital)
        # (the folded table holds every alias without its accents too: no need to fold here);
        # an alias of one short word has no endings ('euro' is no stem of 'euros'), and one that
        # starts with a word of three letters or fewer ('the', 'la', 'in') is left to the written
        # forms: every text has those words, and they would all be tried here
        for toks, slug in folded.items():
            if slug and len(toks[0]) >= (_MIN_WORD if len(toks) == 1 else _MIN_STEM) and toks not in fixed \
                    and " ".join(toks) not in elsewhere:
                put(tuple(map(self.stem, toks)), slug, False)
        # German nouns are capitalised aliases ('Klimawandel'); elsewhere a capitalised alias is a
        # name, and names do not inflect ('Natale' is not the city of Natal, 'Sache' not Sachsen);
        # a name of several words or one in capitals ('Deutsche Bahn', 'NATO') stays exact too
        if lang == "de":
            for toks, slug in exact.items():
                w = toks[0]
                if len(toks) == 1 and slug and slug not in names and len(w) >= _MIN_WORD \
                        and w[:1].isupper() and w[1:].islower() and (w.lower(),) not in fixed:
                    put((self.stem(w),), slug, True)
                    put((self.stem(fold(w)),), slug, True)
        self.table = {k: v for k, v in table.items() if v is not None}
        self.lengths: dict[str, frozenset[int]] = {}
        for k in self.table:
            self.lengths[k[0]] = self.lengths.get(k[0], frozenset()) | {len(k)}
        self._most = {first: max(ns) for first, ns in self.lengths.items()}

    def stem(self, word: str) -> str:
        s = self._known.get(word)
        if s is None:
            if len(self._known) > _MAX_WORDS_KNOWN:
                self._known.clear()
            s = self._known[word] = self._stem_word(word)
        return s

    def starts_longer(self, word: str, n: int) -> bool:
        """Some alias of more than n words starts with the word's stem."""
        return self._most.get(self.stem(word), 0) > n

    def may_start(self, word: str) -> bool:
        return self.stem(word) in self.lengths

    def match(self, words: list[str], i: int, longest: int, lowercase_ok: bool,
              shortest: int = 1) -> tuple[str, int] | None:
        """(slug, words matched) of the longest alias whose stems start at words[i], if any, of
        `shortest` words at least. lowercase_ok: an alias written in lower case may match here
        (see AliasFinder.find)."""
        ns = self.lengths.get(self.stem(words[i]))
        if not ns:
            return None
        short = len(words[i]) < _MIN_WORD   # a short word is its own stem: 'case' is no 'cases'
        for n in sorted((n for n in ns if shortest <= n <= longest and i + n <= len(words) and not (short and n == 1)),
                        reverse=True):
            hit = self.table.get(tuple(self.stem(w) for w in words[i:i + n]))
            if hit is not None:
                slug, capital = hit
                if lowercase_ok if not capital else words[i][:1].isupper():
                    return slug, n
        return None
