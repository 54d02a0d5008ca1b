"""The other written forms of the vocabulary's aliases, added to the tagger's alias tables after
every alias written out (so a form never takes an alias from the topic that lists it): the alias
without its accents ('sanita' for 'sanità', as digests stripped to ASCII write it), the plural or
singular of its last word in English and its gender and number endings in Italian, Spanish and
French ('vaccino' -> 'vaccini', 'tumore' -> 'tumori', 'australien' -> 'australienne'), and the
singular of a German noun in -ionen or -ungen ('Sanktionen' -> 'Sanktion', so that the compound
'Sanktionspaket' is about sanctions)."""
from __future__ import annotations

import unicodedata

# German plural endings whose singular is the word without its 'en' (a bare '-en' is not one:
# 'Spenden' -> 'Spend' would tag the English verb)
_GERMAN_PLURALS = ("ionen", "ungen", "heiten", "keiten", "schaften")


def add_forms(exact: dict, folded: dict) -> None:
    """exact: case-sensitive alias tokens -> slug; folded: lower-cased alias tokens -> slug."""
    for toks, slug in list(folded.items()):
        for form in inflections(toks[-1]):
            folded.setdefault(toks[:-1] + (form,), slug)
    for toks, slug in list(folded.items()):
        plain = tuple(fold(t) for t in toks)
        if plain != toks:
            folded.setdefault(plain, slug)
    for toks, slug in list(exact.items()):
        w = toks[-1]
        if len(toks) == 1 and w[:1].isupper() and w[1:].islower() and w.endswith(_GERMAN_PLURALS):
            exact.setdefault((w[:-2],), slug)


# letters that no accent makes: decomposing leaves them whole and dropping them made other words
# ('płace', Polish pay, was 'pace'); 'Straße' and 'Strasse' are one word
_LETTERS = str.maketrans({"ß": "ss", "ł": "l", "ø": "o", "đ": "d", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th"})


def fold(word: str) -> str:
    """Lower case without accents."""
    low = word.lower()
    if low.isascii():
        return low
    return unicodedata.normalize("NFKD", low.translate(_LETTERS)).encode("ascii", "ignore").decode() or low


def inflections(word: str) -> list[str]:
    """Other forms of a lowercase word. Only words of six letters or more: short ones turn into
    other words ('media' -> 'medie', Italian for averages)."""
    if len(word) < 6 or not word.isalpha():
        return []
    out = []
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    elif word.endswith("s") and not word.endswith("ss"):
        out.append(word[:-1])
    elif word[-1] == "y":
        out.append(word[:-1] + "ies")
    elif word[-1] not in "oaei":
        out.append(word + "s")
    if word[-1] in "oa":
        out += [word[:-1] + e for e in ("o", "a", "i", "e", "os", "as")]
    elif word[-1] == "e":
        out += [word[:-1] + "i", word + "s"]
    elif word[-1] == "n":   # French feminine
        out += [word + "ne", word + "nes"]
    return [w for w in out if w != word]
