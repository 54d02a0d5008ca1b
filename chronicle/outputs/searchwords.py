"""The words Pagefind indexes for a page, made the way Pagefind 1.5 makes them, so the offline
index (offline.py) finds the same articles for a query as Pagefind does over HTTP.

What Pagefind does (its fossick stage, read in its source and checked against the index it
writes; tests/test_search_agreement.py keeps that true):
- the text is split on whitespace; each piece keeps only its letters, digits and "_",
  lower-cased;
- that word is folded (Unicode NFD, combining marks dropped: "résumés" -> "resumes") and
  stemmed with the Snowball stemmer of the page's language ("resum");
- a piece is also indexed by its parts, when it has any: ASCII punctuation becomes a space and
  case and digit changes split words ("NATO-led" -> "nato", "led"; "McDonald" -> "mc",
  "donald"); parts of one byte are dropped, the others are folded and stemmed as they are;
- a piece holding emoji is also indexed by each of them, as it is ("🎸", "🇺🇦", "👍🏽": graphemes
  found in an emoji list; Pagefind's `emojis` crate, here the `emoji` package), not stemmed;
- the metadata fields (title, date, source) are indexed like the body.
"""
from __future__ import annotations

import unicodedata
from typing import Iterable

import snowballstemmer

# Pagefind's stemmers, by the first part of <html lang>; other languages are not stemmed.
STEMMERS = {
    "ar": "arabic", "hy": "armenian", "eu": "basque", "ca": "catalan", "da": "danish", "nl": "dutch",
    "en": "english", "fi": "finnish", "fr": "french", "de": "german", "el": "greek", "hi": "hindi",
    "hu": "hungarian", "id": "indonesian", "ga": "irish", "it": "italian", "lt": "lithuanian",
    "ne": "nepali", "no": "norwegian", "nb": "norwegian", "nn": "norwegian", "pl": "polish", "pt": "portuguese", "ro": "romanian",
    "ru": "russian", "sr": "serbian", "es": "spanish", "sv": "swedish", "ta": "tamil", "tr": "turkish",
    "yi": "yiddish",
}


# The excerpt a result shows, in both engines: the start of the article's text, cut at a word
# (about Pagefind's 30 words). Pagefind's fragments keep only this, not the whole text
# (search/canonical.py, issue 13), so a result reads the same whichever engine answered.
EXCERPT_CHARS = 180


def lead_excerpt(text: str) -> str:
    """The start of `text` for a result's excerpt, its whitespace single spaces, " …" if cut."""
    text = " ".join(text.split())
    if len(text) > EXCERPT_CHARS:
        cut = text.rfind(" ", 0, EXCERPT_CHARS)
        text = text[:cut if cut > EXCERPT_CHARS // 2 else EXCERPT_CHARS] + " …"
    return text


def stemmer_name(language: str) -> str:
    """The Snowball algorithm Pagefind uses for a page language ("en-GB" -> "english"), or ""."""
    name = STEMMERS.get(language.split("-")[0].lower(), "")
    return name if name in snowballstemmer.algorithms() else ""


def fold(word: str) -> str:
    """Drop accents: NFD, then no combining marks (Pagefind's normalizeDiacritics)."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.category(c).startswith("M"))


def _normalise(piece: str) -> str:
    """Letters, digits and "_" only, lower-cased ("x86_64" stays one word in Pagefind 1.5)."""
    return "".join(c.lower() if c.isupper() else c for c in piece if c.isalnum() or c == "_")


def _split_case(text: str) -> list[str]:
    """Words of `text` split at spaces and at case and digit changes, lower-cased, like the
    convert_case crate's Case::Lower that Pagefind uses: "WKWebView" -> ["wk", "web", "view"]."""
    words: list[str] = []
    for chunk in text.split():
        start = 0
        for i in range(1, len(chunk)):
            a, b = chunk[i - 1], chunk[i]
            c = chunk[i + 1] if i + 1 < len(chunk) else ""
            if ((a.islower() and b.isupper()) or (a.isupper() and b.isupper() and c.islower())
                    or (a in _DIGITS and _cased(b)) or (_cased(a) and b in _DIGITS)):
                words.append(chunk[start:i])
                start = i
        words.append(chunk[start:])
    return [w.lower() for w in words if w]


_DIGITS = frozenset("0123456789")


def _cased(c: str) -> bool:
    return c.islower() or c.isupper()


# Every emoji holds a symbol (So, Sm, Sk), a joiner or tag (Cf), a keycap (Me), one too new for
# this Python's Unicode tables (Cn) or one of these
_EMOJI_SIGNS = frozenset("\u203c\u2049\u2139\u3030\u303d\ufe0f")


def _may_hold_emoji(piece: str) -> bool:
    """A cheap test (~4 us) before the list (~12 us a piece): accented letters, curly quotes and dashes,
    frequent in news text, are not emoji."""
    return any(c in _EMOJI_SIGNS or unicodedata.category(c) in ("So", "Sm", "Sk", "Cf", "Me", "Cn")
               for c in piece if c > "\x7f")


def emoji_in(piece: str) -> list[str]:
    """The emoji of `piece`, whole ("👍🏽", "🇺🇦", "🧑‍💻"), in order. The `emoji` package's list
    costs 28 ms to import: only an archive with a piece that may hold one pays it."""
    import emoji
    return [found["emoji"] for found in emoji.emoji_list(piece)]


_ASCII_PUNCTUATION = str.maketrans({c: " " for c in "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"})


class Words:
    """The index terms of pages stemmed with the Snowball algorithm `name` ("" for none);
    remembers each distinct piece of text, so an archive pays for a word's folding and stemming
    once, not once per occurrence."""

    def __init__(self, name: str):
        self._stem = snowballstemmer.stemmer(name).stemWord if name else (lambda w: w)
        self._pieces: dict[str, tuple[str, ...]] = {}
        self._terms: dict[str, str] = {}

    def term(self, word: str) -> str:
        term = self._terms.get(word)
        if term is None:
            term = self._terms[word] = self._stem(fold(word))
        return term

    def piece(self, piece: str) -> tuple[str, ...]:
        known = self._pieces.get(piece)
        if known is not None:
            return known
        terms = []
        word = _normalise(piece)
        if word:
            terms.append(self.term(word))
        if word and not (piece.isalnum() and piece == piece.lower()):   # a compound, maybe
            parts = " ".join(_split_case(piece.translate(_ASCII_PUNCTUATION)))
            if " " in parts or not word.startswith(parts):
                terms.extend(self.term(p) for p in parts.split() if len(p.encode("utf-8")) > 1)
        if not piece.isascii() and not piece.isalnum() and _may_hold_emoji(piece):   # no emoji is a letter
            terms.extend(emoji_in(piece))
        known = self._pieces[piece] = tuple(dict.fromkeys(terms))
        return known

    def terms(self, texts: Iterable[str]) -> set[str]:
        out: set[str] = set()
        for text in texts:
            for piece in set(text.split()):
                out.update(self.piece(piece))
        return out
