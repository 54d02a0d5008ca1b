"""Finding the vocabulary's aliases in a text: word sequences looked up in two tables (exact
case for capitalised aliases, lower case for the others), which stays fast with thousands of
aliases; in German, a long capitalised word no alias starts may be a compound about an alias.

AliasFinder is the lookup half of the tagger (tagging.Tagger): it reads the tagger's `exact`,
`folded` and `longest` and keeps its per-word caches on it."""
from __future__ import annotations

import re
from itertools import accumulate
from typing import Mapping

from . import commonwords, tagtowns
from .aliasforms import fold
from .tagstems import StemTable, stemmer

_TOKEN = re.compile(r"[^\W_]+", re.U)
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})", re.U)
_MAX_WORDS_KNOWN = 500_000   # words whose answer _StartWords keeps (a few tens of MB at most)


class AliasFinder:
    exact: Mapping[tuple[str, ...], str]      # case-sensitive alias tokens -> slug ('' = masked phrase)
    folded: Mapping[tuple[str, ...], str]     # lower-cased alias tokens -> slug
    longest: int
    proper: frozenset[str]                    # slugs of places, people, organisations (names do not inflect)
    fixed: frozenset[tuple[str, ...]]         # lower-cased aliases matched only as written (no stems)
    only_in: Mapping[str, frozenset[str]]     # alias (folded) -> the languages it is read in (vocab.only_in)

    def find(self, text: str, title: bool = False, german: bool = False, lang: str = "") -> list[tuple[str, int, str]]:
        """(slug, offset, matched phrase) for each topic mention, longest alias first, no overlaps.
        A lowercase alias ('bill') matches a capitalised word ('Bill King') only where any word
        would be capitalised: at the start of a sentence, or anywhere in a title. lang: the text's
        language, whose inflected forms of the aliases match too (tagstems)."""
        # words and separators alternate in the split: word i is parts[2i + 1], and the running
        # sum of the parts' lengths gives its start (ends[2i]) and end (ends[2i + 1]); one C call
        # instead of a match object per word (Tagger.find over the 1 MB digest: 0.19 -> 0.165 s)
        parts = _TOKEN_SPLIT.split(text)
        words = parts[1::2]
        firsts_exact, firsts_folded = self._firsts()
        # most words start no alias: only those that do (and, in German, long capitalised words
        # that may be compounds) need their offsets; which words do is remembered per word
        stems = self._stems(lang)
        may_start = self._may_start(german, stems)
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
            lower_ok = title or not _capitalised_mid_sentence(text, words[i], ends[2 * i]) \
                or _named_for_a_subject(text, words, ends, i)
            if not ex and not fo:
                i = self._inflected(words, i, text, ends, lower_ok, stems, german, out)
                continue
            fold = bool(fo) and lower_ok
            for n in range(min(self.longest, len(words) - i), 0, -1):
                slug = self.exact.get(tuple(words[i:i + n])) if n in ex else None
                if slug is None and fold and n in fo:   # (only the words tried are lowered)
                    slug = self.folded.get(tuple(map(str.lower, words[i:i + n])))
                if slug is not None:
                    if slug and stems is not None and n < self.longest and stems.starts_longer(words[i], n):
                        # a longer alias in another form ('incendios forestales', not 'incendios')
                        slug, n = stems.match(words, i, self.longest, lower_ok, shortest=n + 1) or (slug, n)
                    if slug:
                        start = ends[2 * i]
                        out.append((slug, start, text[start:ends[2 * (i + n) - 1]]))
                    i += n
                    break
            else:
                i = self._inflected(words, i, text, ends, lower_ok, stems, german, out)
        return out

    def _inflected(self, words: list[str], i: int, text: str, ends: list[int], lower_ok: bool,
                   stems: StemTable | None, german: bool, out: list) -> int:
        """An alias in another form at words[i] (its stems; in German, a compound about it);
        returns the index of the next word to look at."""
        hit = stems.match(words, i, self.longest, lower_ok) if stems is not None else None
        if hit is not None:
            slug, n = hit
            start = ends[2 * i]
            out.append((slug, start, text[start:ends[2 * (i + n) - 1]]))
            return i + n
        if german:
            name = self._genitive(words[i])
            if name:
                out.append((name, ends[2 * i], words[i]))
            else:
                self._compound(words[i], ends[2 * i], out, stems)
        return i + 1

    def _genitive(self, word: str) -> str | None:
        """A German name in the genitive ('Frankreichs', 'Bayerns'): the name and an s, exactly
        (names take no other ending; 'Natale' is no Natal)."""
        if len(word) < 5 or word[-1] != "s" or not word[:1].isupper():
            return None
        slug = self.exact.get((word[:-1],))
        return slug if slug in self.proper else None

    def prepare(self, lang: str) -> None:
        """Build the tables a text in `lang` needs now: in a process that forks workers, once for
        all of them rather than once in each."""
        self._stems(lang)
        self._firsts()
        commonwords.words(lang)   # (whether a title opens with a name: entities.find)

    def _stems(self, lang: str) -> StemTable | None:
        """The aliases by their stems in the text's language, built the first time it is met."""
        key = "_stems_" + lang
        table = self.__dict__.get(key)
        if table is None:
            if stemmer(lang) is None:
                return None
            table = StemTable(self.exact, self.folded, lang, self.proper, self.fixed, self.only_in)
            object.__setattr__(self, key, table)
        return table

    def _compound(self, word: str, start: int, out: list, stems: StemTable | None = None) -> None:
        """'Klinikfusion' is about a Klinik, 'Flusswärmepumpe' a Wärmepumpe: German writes
        compounds as one word, and either part may be the subject. A town's name is no compound
        ('Gelsenkirchen' is no church's, 'Wolfsburg' no wolf's)."""
        if word in tagtowns.table()[0]:
            return
        head = self._compound_head(word)
        if head:
            out.append((head, start, word))
        tail = self._compound_tail(word, stems)
        if tail and tail != head:
            out.append((tail, start, word))

    def _compound_tail(self, word: str, stems: StemTable | None) -> str | None:
        """The topic of the last part of a German compound noun, the longest that is a one-word
        alias in any of its forms ('Erdgaspreise' -> 'Gaspreis'); at least 5 letters, or 4 after
        a first part of 6 ('Europawahl', not 'Wortwahl'), and never a name of a place, person or
        organisation ('Neuseeland' is not about a Seeland)."""
        if len(word) < 9 or not word[:1].isupper():
            return None
        for k in range(3, len(word) - 3):
            if len(word) - k < 5 and k < 6 or _prefixed(word[:k].lower()):
                continue
            part = word[k].upper() + word[k + 1:]
            slug = self.exact.get((part,)) or self.folded.get((part.lower(),))
            if slug is None and stems is not None and k >= 4:   # ('Kun|strasens' is no Straße's form)
                hit = stems.match([part], 0, 1, False)
                slug = hit[0] if hit else None
            if slug is not None and self._german(part):
                return slug if slug and slug not in self.proper else None
        return None

    def _compound_head(self, word: str) -> str | None:
        """The topic of the first part of a German compound noun ('Solarförderung' -> solar power),
        the part at least 5 letters and an alias of one word, the rest at least 4 ('s' joins them)."""
        if len(word) < 9 or not word[:1].isupper():
            return None
        for k in range(len(word) - 4, 4, -1):
            part = word[:k]
            if word.startswith(_WORD_GOES_ON, k):   # 'Train|ingszeiten' is no compound of 'Train'
                continue
            slug = self.exact.get((part,)) or self.folded.get((part.lower(),))
            if slug is None and part.endswith("s"):
                slug = self.exact.get((part[:-1],)) or self.folded.get((part[:-1].lower(),))
            if slug is not None and self._german(part):
                return slug or None
        return None

    def _german(self, part: str) -> bool:
        """A compound's part names its alias's topic only if the alias is read on German pages
        ('Beschwerde|stelle' holds the Italian 'stelle', stars, only in its letters)."""
        langs = self.only_in.get(fold(part.lower())) if self.only_in else None
        return langs is None or "de" in langs

    def _may_start(self, german: bool, stems: StemTable | None) -> "_StartWords":
        """Word -> whether it may start an alias (in its written form or, in the text's language,
        another form; in German, be a compound), learnt as words come."""
        key = f"_starts_{german:d}_{stems.lang if stems else ''}"
        table = self.__dict__.get(key)
        if table is None or len(table) > _MAX_WORDS_KNOWN:
            exact, folded = self._firsts()
            table = _StartWords(exact, folded, german, stems)
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


# German prefixes that make a word of their own, not a compound: an 'Entscheidung' (decision) is
# no 'Scheidung' (divorce), an 'Unterschrift' no 'Schrift'
_PREFIXES = frozenset(("ent", "ver", "zer", "emp", "miss", "unter"))


# a rest that continues the first part's word rather than starting one of its own ('Trainingszeiten'
# are training times, no train's; 'Haltungsfragen')
_WORD_GOES_ON = ("ing", "ung")


def _prefixed(first: str) -> bool:
    """The first part of a split is such a prefix, or one with a letter or two more: no word of
    its own but a piece of the prefixed verb's noun ('Verb|raucher' is a 'Verbraucher', a
    consumer, no 'Raucher', a smoker; 'Verkehrs|minister' splits after a word)."""
    return any(first.startswith(p) and len(first) - len(p) < 3 for p in _PREFIXES)


class _StartWords(dict):
    """word -> whether it may start an alias: the question asked of every word of every text,
    answered once per word (a text's words are mostly ones met before)."""
    def __init__(self, exact: Mapping[str, frozenset[int]], folded: Mapping[str, frozenset[int]], german: bool,
                 stems: StemTable | None):
        super().__init__()
        self.exact, self.folded, self.german, self.stems = exact, folded, german, stems

    def __missing__(self, w: str) -> bool:
        v = w in self.exact or w.lower() in self.folded or (self.german and w[:1].isupper() and (
            len(w) >= 9 or w[-1:] == "s" and w[:-1] in self.exact)) or (self.stems is not None and self.stems.may_start(w))
        self[w] = v
        return v


def _lengths_by_first(table: Mapping[tuple[str, ...], str]) -> dict[str, frozenset[int]]:
    lengths: dict[str, set[int]] = {}
    for toks in table:
        lengths.setdefault(toks[0], set()).add(len(toks))
    return {w: frozenset(ns) for w, ns in lengths.items()}


# the words that join an institution's name to its subject: 'Ministerio de Agricultura',
# 'Ministère de la Santé', 'Department for Education', 'Ministero della Salute'; not 'of', which
# joins names to anything ('Board of Directors' is no film's)
_NAME_JOINS = frozenset("for de del della dello delle dei degli di du des da do dos das per pour para".split())
_ARTICLES = frozenset("the la le l el lo il los las les gli".split())


def _named_for_a_subject(text: str, words: list[str], ends: list[int], i: int) -> bool:
    """words[i], capitalised mid-sentence, ends a name of the form 'Ministry of X' (a capitalised
    word, a joining word, perhaps an article, then X): such a name is named for its subject."""
    k = i - 1
    if k >= 1 and words[k] in _ARTICLES and _adjacent(text, ends, k):
        k -= 1
    return k >= 1 and words[k] in _NAME_JOINS and _adjacent(text, ends, k) and _adjacent(text, ends, k - 1) \
        and words[k - 1][:1].isupper()


def _adjacent(text: str, ends: list[int], k: int) -> bool:
    """Only a space or an elision apostrophe between words k and k + 1 ('de l'Agriculture')."""
    gap = text[ends[2 * k + 1]:ends[2 * k + 2]]
    return gap in (" ", "'", "’")


def _capitalised_mid_sentence(text: str, word: str, start: int) -> bool:
    if not word[:1].isupper() or word.isupper():
        return False
    j = start - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    return j >= 0 and text[j] not in ".!?:;\"“”«»‘’'(—–-•|"
