"""The features of an article that story threads compare (chronicle/index/threads.py): its
title's words and word pairs, its lead's words and its topics, in a plain normal form."""
from __future__ import annotations

import re
from itertools import chain
from typing import Any, Callable

from ..model import Article

_WORD = re.compile(r"[a-z0-9]+")
STOP = frozenset("""
a about above after again against all also am an and any are as at be been before being below
between both but by can could did do does doing down during each few for from further had has
have having he her here hers him his how i if in into is it its itself just more most my no nor
not now of off on once only or other our out over own same she should so some such than that the
their them then there these they this those through to too under until up very was we were what
when where which while who whom why will with would you your said says say new one two three
week weeks month months year years day days last next first latest since amid over told would
could may might also within without according still including mr ms www com https http
monday tuesday wednesday thursday friday saturday sunday january february march april june july
august september october november december president presidents minister ministers prime
government official officials announced statement country countries people world time news
live update updates report reports reported leader leaders united state states made make
take well like many much former top part set help per cent percent around across become
""".split())


def features(article: Article) -> tuple[list[str], list[str], list[str]]:
    """(title features, other features, topics) of an article: the words and adjacent word pairs
    of its title ("t:", what the story is about); the words of its lead and of its topics and
    its topics' word pairs; its topics themselves ("#"). A plural's final s is dropped, a demonym
    ends as its place ("Korean" is "Korea"), hyphens are joined ("post-war" is "postwar"). No
    repeats, in a fixed order."""
    title = list(filter(None, map(_stem, _tokens(article.title))))
    named = list(map(_title_word, title))
    named += [f"t:{a} {b}" for a, b in zip(title, title[1:])]
    # dicts keep the first place of each feature ("" stands for the stop words)
    other = dict.fromkeys(map(_stem, _tokens(article.summary)))
    other.update(dict.fromkeys(chain.from_iterable(map(_tag_words, article.tags))))
    other.pop("", None)
    return list(dict.fromkeys(named)), list(other), list(dict.fromkeys(map(_topic, article.tags)))


class _Memo(dict):
    """fn's results by argument: a plain dict read by map() in C (an lru_cache call costs more,
    and these are read for every word of every article)."""

    def __init__(self, fn: Callable[[str], Any]):
        super().__init__()
        self.fn = fn

    def __missing__(self, key: str) -> Any:
        value = self[key] = self.fn(key)
        return value


def _tokens(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "'").replace("'s ", " ").replace("-", ""))


def _tag_words_of(tag: str) -> tuple[str, ...]:
    words = [w for w in map(_stem, tag.split("-")) if w]
    return (*words, *(a + " " + b for a, b in zip(words, words[1:])))


def _stem_of(word: str) -> str:
    """The word as a feature, "" for a stop word or one of two letters or fewer."""
    if len(word) < 3 or word in STOP:
        return ""
    if word == "european":
        return "europe"
    if len(word) > 4 and word[-1] == "s" and word[-2] != "s":
        return word[:-1]
    if len(word) > 5 and word.endswith(("ean", "ian")):
        return word[:-1]
    return word


# one string object per word, not one per title; the words of a build are a few hundred thousand
_stem = _Memo(_stem_of).__getitem__
_title_word = _Memo(lambda word: "t:" + word).__getitem__
_tag_words = _Memo(_tag_words_of).__getitem__
_topic = _Memo(lambda tag: "#" + tag).__getitem__
