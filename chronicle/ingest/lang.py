"""The language of a digest (en, de, fr, es, it) from its commonest short words; it decides the
day/month order of numeric dates when the numbers themselves do not."""
from __future__ import annotations

import re
from collections import Counter

STOPWORDS = {
    "en": "the and of to in is for on that with was are by from has have said will this",
    "de": "der die das und ist nicht mit den von zu im auf für sich dem des ein eine wird",
    "fr": "le la les et des du est un une dans pour que qui sur au pas par avec sont",
    "es": "el la los las y de del que en un una por con para es se al su según",
    "it": "il la di che e un una per non con del della sono gli nel alla è si ha",
}
_SETS = {k: frozenset(v.split()) for k, v in STOPWORDS.items()}
FUNCTION_WORDS = frozenset().union(*_SETS.values())
_LETTERS = re.compile(r"[^\W\d_]+")


def language(text: str) -> str:
    counts: Counter[str] = Counter()
    for w in _LETTERS.findall(text[:20000].lower()):
        for lang, words in _SETS.items():
            if w in words:
                counts[lang] += 1
    if not counts:
        return "en"
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
