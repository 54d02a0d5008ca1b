"""The common words of a language (data/common/<lang>.txt, made by data/make_common.py from
wordfreq): a capitalised word that opens a title and is none of them opens it with a name
('Pharmac widens access…', 'Moneypoint to stop burning coal…'), which a sentence's capital
alone never proves; in German, where every noun is capitalised, an everyday noun the text puts
after an article ('die Kosten') is no name. Read once per language, before the workers fork (Tagger.prepare; ~20 ms)."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).with_name("data") / "common"
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=8)
def words(lang: str) -> frozenset[str] | None:
    """The language's common words in lower case, or None for a language without a list."""
    path = _DATA / f"{lang}.txt"
    if not lang.isalpha() or not path.is_file():
        return None
    return frozenset(path.read_text(encoding="utf-8").split())


def is_rare(word: str, lang: str) -> bool:
    """The word is none of the language's common words (False where the language has no list)."""
    known = words(lang)
    return known is not None and word.lower() not in known


def is_common(word: str, lang: str) -> bool:
    """The word is one of the language's common words (False where the language has no list)."""
    known = words(lang)
    return known is not None and word.lower() in known


def written_in(text: str, lang: str) -> bool:
    """Most of the text's lower-case words after its first are common words of the language: a
    Dutch title on a page read as Spanish ('Gevangenisstraffen uitgesteld vanwege …') is not,
    and its first word proves nothing there."""
    known = words(lang) if lang else None
    if known is None:
        return False
    rest = [w for w in _WORD.findall(text)[1:] if w.islower() and len(w) >= 3]
    return len(rest) >= 2 and sum(w in known for w in rest) * 3 >= len(rest) * 2
