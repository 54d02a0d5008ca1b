"""What a news outlet's name looks like, and the places a page writes one beside an item's
other fields: a card's 'Name / 3h' line, a reading list's 'Link title (Name) — comment'
(pure text rules: outlets.py weighs them against the built-in list and the page's repetition)."""
from __future__ import annotations

import re

from .when import MONTHS, find_dates

_TOPIC_WORDS: set[str] = set()   # the built-in vocabulary's names and aliases, folded (read once)

# Words that sit in parentheses or before a dash without being outlets.
NOT_OUTLETS = frozenset("""video photo photos file update updated opinion analysis live podcast exclusive
watch listen audio interview editorial comment explainer paywall paid free sponsored ad advertisement
graphic map chart report study poll new breaking developing gallery op-ed oped letter letters review
pdf english german french spanish italian en de fr es it uk us eu""".split())
PARTICLES = frozenset("of for the and & de del della dello delle dei degli di da do das dos la le les los las el du des von van der y e al".split())
_SPACES = re.compile(r"\s+")
# 'Why Japan ran short of rice (Nikkei Asia) — A clear walk-through …': a title, its outlet in
# parentheses, then the text after a dash or colon
_SITE = re.compile(r"^\w[\w-]{1,30}(?:\.[a-z]{2,6}){1,2}$")   # 'elDiario.es', 't3n.de'
# 'Date:', 'Publicado:': a date's label beside an outlet's on one line ('Source: X | Date: 3/3/25')
DATE_LABEL = re.compile(r"(?i)^(?:date|datum|fecha|data|published(?: on)?|publié(?: le)?|publicado(?: el)?|pubblicato(?: il)?|"
                        r"veröffentlicht(?: am)?|gepubliceerd(?: op)?|posted(?: on)?|updated|aktualisiert|mis à jour|"
                        r"actualizado|aggiornato|bijgewerkt)\s*:?$")
_LEAD_SOURCE = re.compile(r"^(?P<k>[^()]{8,160}?\s\((?P<name>[^()]{2,40})\))(?:\s[—–-]|:)\s+\S.{30,}$")


def key(name: str) -> str:
    return _SPACES.sub(" ", name.strip().lower().replace("’", "'"))


def month_word(s: str) -> bool:
    """'Mar', 'Mar 30': a calendar leaf's month, not a name."""
    return s.split()[0].lower().rstrip(".") in MONTHS


_JOINED = re.compile(r"\s[–—/-]\s")


def names_like(name: str) -> bool:
    """A name, or two or three joined by a dash or a slash: a body's name in two languages
    ('Health New Zealand – Te Whatu Ora', 'Statistics Canada / Statistique Canada')."""
    if looks_like_name(name):
        return True
    parts = _JOINED.split(name) if " " in name else []
    return 2 <= len(parts) <= 3 and all(looks_like_name(p) for p in parts)


def looks_like_name(name: str) -> bool:
    """Capitalised words (or an acronym), a few of them, not a date or a common parenthetical."""
    words = name.split()
    if not 1 <= len(words) <= 6 or key(name) in NOT_OUTLETS or re.search(r"\d{3,}|[!?;:]", name):
        return False
    caps = sum(1 for w in words for w in [_ELIDED.sub("", w)] if w[:1].isupper() or w[:1].isdigit() or w in PARTICLES)
    return caps == len(words)


# an elided article or preposition before a capitalised word: "Le Courrier de l'Ouest", "Corriere dell'Umbria"
_ELIDED = re.compile(r"^(?:[ldcjmnst]|dell|all|nell|sull|dall|qu)['’](?=\w)", re.I)


# 'Name / 3h', 'Name on MSN · 1d': a feed reader's or search card's line of its item's outlet and age
_CARD = re.compile(r"^(?P<name>[^·•|/–—]{2,60}?)\s*[·•|/–—-]\s*\d{1,3}\s?(?:min|m|h|hrs?|d|w)\.?(?:\s+ago)?$")
_DIGIT = re.compile(r"\d")
_AGE_FIRST = re.compile(r"^\d{1,3}\s?(?:min|m|h|hrs?|d|w)\.?\s*[·•|/–—-]\s*(?P<name>[^·•|/–—]{2,60}?)$")
# 'The Guardian on MSN', 'Reuters via Yahoo News': an outlet's item shown on a portal (the outlet is the first)
_ON_PORTAL = re.compile(r"^(?P<name>.{2,50}?)\s+(?:on|via|sur|auf|en|su)\s+(?:[A-Z][\w.]*\s?){1,3}$")


def card_name(s: str) -> str:
    """The name of a card line 'Name / 3h' or '3h · Name' ('' for any other line), without a portal
    ('X on MSN')."""
    m = (_CARD.match(s) if s[-1:] in "mhdwso." and _DIGIT.search(s, max(0, len(s) - 10))
         else _AGE_FIRST.match(s) if s[:1].isdigit() else None) if len(s) <= 70 else None
    if not m:
        return ""
    portal = _ON_PORTAL.match(m["name"])
    name = portal["name"] if portal else m["name"]
    return name if looks_like_name(name) and not month_word(name) else ""


def lead_source(text: str) -> tuple[str, str]:
    """'Link title (Outlet) — comment' -> ('Link title (Outlet)', 'Outlet'); ('', '') for other text
    (not 'DEN HAAG (ANP) - …', a wire lead: its place is no title)."""
    head = text[:200]
    m = _LEAD_SOURCE.match(text) if ") " in head or "):" in head else None
    if not m or not (looks_like_name(m["name"]) or _SITE.match(m["name"])) or len(m["k"].split("(")[0].split()) < 3 \
            or m["k"].split("(")[0].isupper():
        return "", ""
    return m["k"], m["name"]


def unlisted_outlets(names: set[str]) -> bool:
    """Names (keys) a page puts in an outlet's place after each headline ('Title - Name', 'Title
    (Name)'), none of them listed: its outlets when three or more differ and none is a topic of the
    built-in vocabulary (a country, a theme, an organisation: 'Title (Ukraine)' names a subject)."""
    return len(names) >= 3 and not any(n in topics() for n in names)


def topics() -> set[str]:
    if not _TOPIC_WORDS:
        from .vocab import builtin   # (only for a page that asks: the vocabulary takes a while to read)
        _TOPIC_WORDS.update(key(w) for t in builtin().values() for w in (t.name, *t.aliases))
    return _TOPIC_WORDS


# what follows an agency's name in a byline when it names the writer's job or a picture, not a desk
_ROLES = {"correspondent", "correspondents", "reporter", "reporters", "editor", "writer", "staff", "photo", "photos",
          "photographer", "video", "contributor", "journalist", "korrespondent", "korrespondentin", "redakteur",
          "redakteurin", "correspondant", "correspondante", "corresponsal", "reportero", "reportera", "corrispondente"}


def desk(name: str, is_outlet) -> bool:
    """An agency's regional desk after a byline's comma ('By A Name, PA Scotland', 'By A Name, AP
    Berlin'): a listed agency's initials, then one capitalised word that is no job ('AFP
    Correspondent'). (A newspaper's name and a word, 'Weser-Kurier Land', is a paper of its own.)"""
    head, _, last = name.strip().rpartition(" ")
    return head.isupper() and head.isalpha() and last[:1].isupper() and last.isalpha() and last.lower() not in _ROLES \
        and is_outlet(head, strict=True)


# 'Le Soir - il y a 2 heures', 'Tipp FM - yesterday', 'NDR · vor 3 Stunden': an aggregator's outlet
# line with its age written out (the compact '3h' is card_name's)
_AGED = re.compile(r"^(?P<name>[^·•|–—]{2,50}?)\s+[·•|–—-]\s+(?P<age>[^·•|–—-]{3,30})$")


def aged_name(s: str) -> str:
    """The name before a written-out age alone ('RTBF Info - hier' -> 'RTBF Info'), else ''. Asked
    of every line by Outlets._own_lines: a separator between spaces is looked for first."""
    if len(s) > 80 or not (" - " in s or " · " in s or " – " in s or " | " in s or " — " in s):
        return ""
    m = _AGED.match(s)
    age = m["age"].strip(" .") if m else ""
    found = find_dates(age) if age else []
    if len(found) != 1 or found[0].kind != "relative" or found[0].start > 0 or found[0].end < len(age):
        return ""
    name = m["name"].strip()
    return name if looks_like_name(name) and not month_word(name) else ""


# the words a medium's name ends on ('EQS News', 'Sky TV', 'Radio Nova', 'Rheinische Post')
_MEDIA_ENDS = frozenset("news tv radio press times post journal daily herald tribune gazette online media wire "
                        "nachrichten noticias notizie info zeitung presse telegraph express".split())


def media_name(name: str) -> bool:
    """A name of two words or more that ends on a medium's word, as no author's or section's does."""
    words = name.split()
    return len(words) >= 2 and looks_like_name(name) and words[-1].lower() in _MEDIA_ENDS
