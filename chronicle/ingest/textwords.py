"""Words as they stand in a text: a phrase as words of its own, not inside longer ones; words the
text also writes in lower case (a capital that is only a sentence's start)."""
from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+", re.U)


def has_whole(text: str, phrase: str) -> bool:
    """The phrase stands in the text as words of its own: 'Stadt' is not in 'Stadtrat beschließt'
    (German writes compounds as one word), 'Ford' not in 'Fordham'."""
    i = text.find(phrase)
    while i >= 0:
        j = i + len(phrase)
        if (i == 0 or not text[i - 1].isalnum()) and (j == len(text) or not text[j].isalnum()):
            return True
        i = text.find(phrase, i + 1)
    return False


def written_lower(words: list[str], text: str, lower: list) -> bool:
    """Each of the words is also written in lower case in the text, as a word of its own. The
    text's lowercase words are gathered (into `lower`) only when a word occurs in it at all: most
    names of a title never do (the 1 MB digest's items: 0.07 s of gathering, mostly for nothing)."""
    for w in words:
        low = w.lower()
        if low not in text:
            return False
        if not lower:
            lower.append({x for x in _WORD.findall(text) if x[:1].islower()})
        if low not in lower[0]:
            return False
    return True
