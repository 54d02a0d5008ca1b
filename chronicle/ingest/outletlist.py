"""The built-in list of news outlets (data/outlets.txt): names and aliases, and the guarded names
that count only as the list writes them ('=TIME', '=The Star')."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from . import commonwords
from .outletnames import PARTICLES, key as _key, topics

# the package's data files (read by path: importlib.resources' reader imports zipfile, ~15 ms
# of every ingest's start)
_DATA = Path(__file__).with_name("data")


@lru_cache(maxsize=1)
def known() -> dict[str, str]:
    """lower-cased name or alias -> the outlet's name as the digest should show it (the alias itself).
    A guarded name ('=TIME', '=The Star' in the list: a common word or phrase too) is kept as
    '=' + its exact spelling, a key no lower-cased lookup makes: it counts only where a caller asks
    for it as written (is_known, Outlets.is_outlet), and case-sensitive scans of the names see it."""
    text = (_DATA / "outlets.txt").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            for name in line.split(" | "):
                name = name.strip()
                out.setdefault(name if name.startswith("=") else _key(name), name.lstrip("="))
    return out


# a guarded name opening with its article ('The Times', 'El Correo', 'De Tijd'): a masthead
_MASTHEAD = re.compile(r"^(?:the|le|la|les|el|los|las|il|lo|de|het|die|der|das|o|a)\s", re.I)


@lru_cache(maxsize=1)
def _shouted() -> dict[str, str]:
    """Guarded mastheads in capitals ('THE TIMES') -> as the list writes them: a page may shout a
    paper's name, while headings in capitals ('SCIENCE', 'GLOBAL NEWS') open with no article."""
    return {k[1:].upper(): v for k, v in known().items() if k[:1] == "=" and _MASTHEAD.match(v)}


def guarded(name: str) -> str:
    """The list's spelling of a guarded name written exactly as listed (or shouted, above); else ''."""
    s = name.strip()
    return known().get("=" + s) or (_shouted().get(s, "") if s.isupper() else "")


def is_known(name: str) -> bool:
    """A news outlet of the built-in list ('AP', 'The Guardian', 'SBJ'; 'TIME' but not 'Time')."""
    return _key(name) in known() or bool(guarded(name))


# an article opening a masthead ('Het Parool', 'Il Foglio', 'Le Petit Portuaire'); not 'De' nor 'La',
# which open as many surnames ('De Vries', 'La Russa')
_MASTHEAD_ARTICLES = frozenset("the le les el los las il lo het der die das".split())
_WORD = re.compile(r"[^\W\d_]{3,}")


@lru_cache(maxsize=1)
def _outlet_words() -> frozenset[str]:
    """Words of the listed outlets' names that are neither particles nor places nor topics
    ('courier', 'rundschau', 'gazzetta', 'nieuws'; not 'london', 'energy')."""
    words = {w for k in known() for w in _WORD.findall(k.lstrip("=").lower())}
    return frozenset(words - topics() - _MASTHEAD_ARTICLES - PARTICLES)


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """The guarded names as words ('time', 'today', 'the sun'): common words first, outlets only as the list writes them."""
    return frozenset(_key(k[1:]) for k in known() if k[:1] == "=")


def _plain_word(name: str) -> bool:
    """One common English word ('Gas: cold snap …', 'Power: wind lull …'): a desk's topic, not an outlet."""
    words = commonwords.words("en")
    return " " not in name.strip() and words is not None and name.strip().lower() in words


def mostly_outlets(names: set[str]) -> bool:
    """Names (keys) a page puts in one place, none listed: more than half of them named the way
    outlets are, with a word of a listed outlet's name ('Moorland Courier') or an article opening
    them ('Het Havenblad'), as a person's name, a place, a section or a common word ('Time') is not."""
    like = sum(1 for n in names if n not in _common_words() and (not _outlet_words().isdisjoint(_WORD.findall(n.lower()))
               and not _plain_word(n) or len(n.split()) >= 2 and n.split()[0].lower() in _MASTHEAD_ARTICLES))
    return 2 * like > len(names)


def beside_listed(names: set[str]) -> set[str]:
    """Of the names (keys) a page puts after its headlines, in brackets or after a bar or a dash:
    where a listed outlet stands among them, the unlisted ones named as outlets are ('The
    Westmorland Gazette' beside 'BBC News', '(Der Landbote, 24.11.2026)' beside '– Tages-Anzeiger');
    not a listed agency's desk, 'APA/red'."""
    if len(names) < 2 or not any(k in known() for k in names):
        return set()
    return {k for k in names if k not in known() and "/" not in k and mostly_outlets({k})}


def edition(name: str) -> bool:
    """A listed outlet's regional or language edition, its name and one or two capitalised words
    ('France 3 Nouvelle-Aquitaine', 'BBC News Yorkshire', 'Le Monde Afrique'): not a short
    agency's desk ('AP Berlin', outletnames.desk), nor a listed name's first word alone."""
    words = name.split()
    for cut in (len(words) - 1, len(words) - 2):
        head, rest = " ".join(words[:cut]), words[cut:]
        if cut >= 1 and len(head) >= 4 and _key(head) in known() and all(w[:1].isupper() for w in rest):
            return True
    return False
