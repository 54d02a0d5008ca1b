"""Names in an item's text (people, companies, places, programmes) that no vocabulary knows:
runs of capitalised words that the item itself makes salient, by naming them in its title or
more than once. A capitalised word that only opens a sentence is not a name."""
from __future__ import annotations

import re
from itertools import accumulate, product
from dataclasses import dataclass
from typing import Callable

from . import bodynames, commonwords, germannames, when
from .textwords import has_whole, written_lower

_TOKEN = re.compile(r"[^\W_][\w’'&.-]*[\w]|[^\W_]", re.U)
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})", re.U)
_QUOTES = ("'", "’")
# "and" and "y" are left out: "HBO Max y Paramount", "LIGO and Virgo" are two names, not one
CONNECTORS = frozenset("of de del della di da von van der den du la le al bin el & für".split())
# Capitalised words that are not names: sentence openers, pronouns, titles, common headline words.
STOP = frozenset("""The A An In On At As After For With But This That These Those It Its He She They We You I His Her
Their Our When While If Of To From By And Or Not No Yes More Most New Why How What Who Where Which There Here
Mr Mrs Ms Dr Sir President Minister Prime Secretary Chief Senator Governor Gov Sen Rep Officials Police Study
Der Die Das Den Dem Des Ein Eine Einer Und Oder Aber Doch Mit Im In Am Auf Nach Für Bei Vor Seit Zum Zur Wie Was Er Sie Es
Le La Les Un Une Des Du Dans Pour Avec Après Selon Depuis Il Elle Ils Ce Cette Mais Et Ou Au Aux En
El Los Las Una Con Tras Según Desde Para Este Esta Pero Es Lo Al
Article Today Latest Nelle Nei Negli Sulla Sulle Volgens
Gli Il I Dopo Secondo Entro Chi Per Nel Nella Da Tra Questo Questa Ma Non Che
De Het Een Dit Deze Wat Maar Ook O Os As Um Uma Do Dos Das Na No Nos Nas Em Mas
UPDATE FILE EXCLUSIVE BREAKING LIVE VIDEO PHOTO""".split())
# Words that title case leaves in lower case (English styles differ on the longer ones).
_TITLE_CASE_LOWER = frozenset("""a an the and but or nor for on at to by of in up as vs via with from into over upon
onto than that about like near past""".split())
# short words that, in capitals beside another capital word, show a shouted phrase ('OF ITS KIND')
_SHOUT_SMALL = frozenset("to of its the and for in on at an is be with".split())
# a token that may be a connector once a possessive is off ('von’s'), in any case ('dE'): every
# string whose lower() is one of these is among them (no other character lowers to their letters)
_CONNECTOR_FORMS = frozenset("".join(p) for c in CONNECTORS for s in ("", "'s", "’s")
                             for p in product(*({ch, ch.upper()} for ch in c + s)))
# after an article, a capitalised word is a common noun made a name ('the Commission', 'het Rijk', 'des Vingt-Sept')
_ARTICLES = frozenset("""the la le les l il lo gli i el los las het o os as der die das den dem al ai agli alla alle
au aux des""".split())
_POINTS = frozenset("North South East West Northern Southern Eastern Western Central".split())
_SENT_END_CHARS = frozenset(".!?:;\"“”«»—–")


@dataclass(frozen=True)
class Name:
    text: str
    count: int
    in_title: bool
    in_lead: bool
    first: int


def find(title: str, lead: str, text: str, german: bool = False, lang: str = "") -> list[Name]:
    """The names an item is about. lang: the page's language, whose common words a title's
    first word is checked against (commonwords: a rare one opens the title with a name)."""
    runs = _runs(text, german) if german else bodynames.joined(_runs(text), text, lang)
    shouting = _shouting(title)
    counts: dict[str, list[int]] = {}
    for phrase, pos in runs:
        counts.setdefault(phrase, []).append(pos)
    if _sentence_case(title) and not shouting:   # 'LIGO and Virgo’s catalog of …': capitals in such a title are names
        # unless the item writes each of its words in lower case too: a title's list of subjects
        # in capitals ('Tanker seized, SPEED Act, Data Centers, Gas Plant') names no one
        both, lower = f"{title} {text}", []
        opens = None if german or not commonwords.written_in(title, lang) else \
            (lambda t: len(t) >= 4 and t[1:].islower() and commonwords.is_rare(t, lang))
        for phrase, _ in _runs(title, german, opens):
            plain = [w for w in phrase.split() if not w.isupper()]
            if phrase not in counts and not (plain and written_lower(plain, both, lower)):
                counts[phrase] = [len(text)]
    # a surname alone counts for the full name it was introduced with ('Schultz' -> 'Howard Schultz')
    by_last: dict[str, list[str]] = {}
    for p in counts:
        if " " in p:
            by_last.setdefault(p.split()[-1], []).append(p)
    for phrase in sorted(p for p in counts if " " not in p):
        longer = by_last.get(phrase, [])
        if len(longer) == 1:
            counts[longer[0]] += counts.pop(phrase)
    if german:   # German capitalises nouns: 'Kanzlerin Merkel' holds the name 'Merkel'
        for phrase, pos in runs:
            for word in (phrase.split() if " " in phrase else ()):
                counts.setdefault(word, []).append(pos)
    title_words = {t.removesuffix("’s").removesuffix("'s") for t in _TOKEN.findall(title)}
    if shouting:   # 'DOWN TO TWO', 'FIRST OF ITS KIND': a headline in capitals names no one
        title_words = set()
    out = []
    for phrase, pos in counts.items():
        words = phrase.split()
        # (most runs share no word with the title: the set says so before the loop is entered)
        in_title = has_whole(title, phrase) or (not title_words.isdisjoint(words)
                                       and any(w in title_words and len(w) >= 3 and w not in STOP for w in words))
        if german and not germannames.is_name(phrase, words, title, text, len(pos), in_title):
            continue
        in_lead = phrase in lead
        if phrase in _POINTS:   # 'North' of 'North Korean', 'the West': a direction, not a name
            continue
        # named in the title, twice, or in the lead as a full name or an acronym: the item is about it
        if in_title or len(pos) >= 2 or (in_lead and (len(words) >= 2 or (phrase.isupper() and len(phrase) >= 2)
                                                      or not german and _lone_name(phrase, lead, f"{title} {text}"))):
            out.append(Name(phrase, len(pos), in_title, in_lead, min(pos)))
    return out


def _lone_name(word: str, lead: str, text: str) -> bool:
    """One capitalised word of the lead, mid-sentence ('Maduro', 'Loviisa'): a name, unless a piece
    of a longer one ('Year' of 'Lunar New Year', 'Cour' of 'Cour des comptes'), after a non-word
    (a sentence's end, a list's bullet) or an article, at a line's start, or written in lower case too."""
    found = list(re.finditer(rf"(\S*)(\s*){re.escape(word)}(?=(\s+\S+)?)", lead))
    if len(word) < 4 or not found:
        return False
    for m in found:
        before, after, low = m.group(1), (m.group(3) or "").strip(), m.group(1).lower()
        if not before or not m.group(2) or "\n" in m.group(2) or before[:1].isupper() or not before[-1].isalpha() \
                or low in CONNECTORS or low.rsplit("'", 1)[-1] in _ARTICLES or after.lower() in CONNECTORS \
                or after[:1].isupper():
            return False
    return not written_lower([word], text, [])


def _runs(text: str, german: bool = False, opens: Callable[[str], bool] | None = None) -> list[tuple[str, int]]:
    """(phrase, offset) for each run of capitalised words; sentence openers only when the same
    word is also written capitalised inside a sentence elsewhere, or (but in German, where every
    noun has a capital) when the next word is capitalised too, or when it has a capital inside
    ('EirGrid'), or when `opens` says the text's first word is a name."""
    toks = _candidates(text)
    caps = [_cap(t) for _, t, _, _ in toks]
    # whether a token opens a sentence is asked only of capitalised words and connectors (few)
    openers: dict[int, bool] = {}

    def opener(j: int) -> bool:
        if j not in openers:
            openers[j] = toks[j][0] == 0 or _starts_sentence(text, toks[j][2])
        return openers[j]

    mid_caps = {toks[j][1] for j in range(len(toks)) if toks[j][0] >= 1 and caps[j] and not opener(j)}
    out: list[tuple[str, int]] = []
    cur: list = []
    last = -1
    for j, (k, t, s, e) in enumerate(toks):
        if k != last + 1 and cur:   # another word in between ended the run
            _flush(cur, out)
        last = k
        if t.isdigit():   # 'Prop 22', 'Title 42': a number after one short word is part of its name
            if len(cur) == 1 and len(cur[0][0]) <= 5 and not text[cur[-1][2]:s].strip():
                cur.append((t, s, e))
            continue
        ok = caps[j] and t not in STOP and not _date_word(t) and not _shouted(toks, j) and (
            not opener(j) or t in mid_caps or _acronym(t) or (not german and _named_pair(toks, caps, j, text))
            or _inner_capital(t) or (opens is not None and k == 0 and opens(t)))
        # a run of capitals stops at punctuation ('Merkel, Mali, Niger' are three names) and after
        # a possessive ("Mexico's Acapulco", "SBJ’s Bill King")
        gap = text[cur[-1][2]:s].strip() if cur else ""
        if gap == "." and len(cur[-1][0]) == 1:   # a middle initial: 'Robert E. Murray' is one name
            gap = ""
        ok_join = not (ok and cur and (gap or text[cur[-1][2] - 2:cur[-1][2]] in ("'s", "’s")))
        if ok and ok_join:
            cur.append((t, s, e))
            continue
        # ('Juan Ramón de la Fuente': a particle, or two, between capitals)
        nxt = j + 2 if j + 2 < len(toks) and toks[j + 1][1].lower() in CONNECTORS and toks[j + 1][0] == k + 1 else j + 1
        if (cur and t.lower() in CONNECTORS and nxt < len(toks) and toks[nxt][0] == k + nxt - j and caps[nxt]
                and not opener(j) and (not german or germannames.particle(t, cur[-1][0]))):
            cur.append((t, s, e))
            continue
        if cur:
            _flush(cur, out)
        cur = [(t, s, e)] if ok else []
    _flush(cur, out)
    return out


def _shouted(toks: list, j: int) -> bool:
    """A word in capitals beside a word of five capitals or more is shouted with it ('OKLAHOMA
    CITY', 'DOWN TO TWO' in a body), not an acronym; shouted words are words, not names."""
    t = toks[j][1]
    if not t.isupper():
        return False
    for i in (j - 1, j + 1):
        if 0 <= i < len(toks) and abs(toks[i][0] - toks[j][0]) == 1:
            w = toks[i][1]
            if w.isupper() and w.isalpha() and (len(w) >= 5 or any(x.lower() in _SHOUT_SMALL for x in (t, w))):
                return True
    return False


def _candidates(text: str) -> list[tuple[int, str, int, int]]:
    """(index among all words, word, start, end) of the words that may be part of a name.
    Only capitalised words, connectors and short numbers can be part of a run; any other word
    ends the run before it. So only those are kept, each with its index among all the words (a
    gap in the indices is such a word): most words of a body are neither, and the loops of _runs
    skip them (the bodies of the 1 MB digest: 0.105 -> 0.097 s). A token ends with a letter or
    digit (_TOKEN): only a possessive needs taking off."""
    # the tokens and their offsets come from one split (separators and tokens alternate, so the
    # running sum of their lengths gives each token's start and end); a word in lower case is
    # looked at only when it may be a connector or an elided article ('d'EDF'), instead of a
    # Python loop over every token's match (the 1 MB digest's bodies: 0.088 -> 0.075 s; the token
    # pattern itself is a third of what is left)
    parts = _TOKEN_SPLIT.split(text)
    words = parts[1::2]
    ends = list(accumulate(map(len, parts)))
    toks = []
    for k in [k for k, t in enumerate(words) if not t[0].islower() or t[1:2] in _QUOTES or t in _CONNECTOR_FORMS]:
        t = words[k]
        if t[-1] == "s":
            t = _bare(t)
        start = ends[2 * k]
        if t[1:2] in _QUOTES and t[:1] in "dlDL" and t[2:3].isupper():   # d'EDF, l'Unesco
            t, start = t[2:], start + 2
        elif "-" in t and t.rsplit("-", 1)[1][:1].islower():   # 'Tulsa-based', 'US-led' describe, not name
            t = t.lower()
        if t[0].isupper() or t.lower() in CONNECTORS or (t.isdigit() and len(t) <= 4):
            toks.append((k, t, start, ends[2 * k + 1]))
    return toks


def _named_pair(toks: list, caps: list, j: int, text: str) -> bool:
    """A sentence's first word followed at once by another capitalised word that is no stop word
    ('Justice Department opens …', 'Planned Parenthood said'): the second capital shows a name."""
    if j + 1 >= len(toks) or toks[j + 1][0] != toks[j][0] + 1 or not caps[j + 1]:
        return False
    nxt = toks[j + 1][1]
    return nxt not in STOP and not _date_word(nxt) and not text[toks[j][3]:toks[j + 1][2]].strip()


def _bare(t: str) -> str:
    return t.removesuffix("’s").removesuffix("'s") if t[-1] == "s" else t


def _flush(cur: list, out: list) -> None:
    while cur and cur[-1][0].lower() in CONNECTORS:
        cur.pop()
    names = [t for t, _, _ in cur if t.lower() not in CONNECTORS]
    # four capitalised words in a row are two names run together (a glued byline), unless a
    # particle joins them ('Luiz Inácio Lula da Silva')
    if len(names) > 3 and len(names) == len(cur):
        cur.clear()
        return
    if cur and any(len(t) >= 2 for t, _, _ in cur):
        out.append((" ".join(t for t, _, _ in cur), cur[0][1]))
    cur.clear()


def _acronym(t: str) -> bool:
    return 2 <= len(t) <= 5 and t.isupper() and t.isalpha()


def _shouting(title: str) -> bool:
    letters = list(filter(str.isalpha, title))
    return len(letters) >= 8 and sum(map(str.isupper, letters)) >= 0.8 * len(letters)


def _inner_capital(t: str) -> bool:
    """'EirGrid', 'PlayStation', 'McKinsey': a capital after lower-case letters is a name's."""
    return len(t) >= 4 and t[:1].isupper() and t[1:2].islower() and any(c.isupper() for c in t[2:]) and t.isalpha()


def _sentence_case(title: str) -> bool:
    """Written in sentence case: as many words in lower case that title case would have capitalised
    as capitalised ones after the first ('Uber, Lyft and DoorDash win their long fight': the
    lowercase verbs and nouns give it away; 'Energy Briefs: Tanker seized, SPEED Act, Data
    Centers' is title case with one word left out)."""
    words = [w.strip("'\"“”‘’(),:;.!?") for w in title.split()[1:]]
    lower = sum(1 for w in words if len(w) >= 2 and w[:1].isalpha() and w[:1].islower() and w not in _TITLE_CASE_LOWER)
    caps = sum(1 for w in words if w[:1].isupper() and not w.isupper())
    return lower >= 1 and lower >= caps


def _cap(t: str) -> bool:
    """Capitalised; an all-capital word of five letters or more is shouting ('MONEY MOVES'), not an acronym."""
    if not t[:1].isupper():
        return False
    if t.isupper() and len(t) >= 5 and t.isalpha():
        return False
    # (a capital is a letter but for a few signs such as 'Ⅷ'; nothing with a capital is all digits)
    return t[0].isalpha() or any(c.isalpha() for c in t) and not t.isdigit()


def _date_word(t: str) -> bool:
    return t.lower() in when.MONTHS or t.lower().rstrip(".") in when.WEEKDAYS


def _starts_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 3):start]
    return start == 0 or before.rstrip()[-1:] in _SENT_END_CHARS or before.strip() in ("", "(", "-", "•")
