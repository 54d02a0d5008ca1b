"""Section labels over each headline: in capitals right above it ('ESTERI' / 'Ucraina, intesa …'
/ text; 'WIRTSCHAFT', 'SPORT'), as teletext pages and some section fronts print them, or a word
or two with a blank line under it, often glued under the previous item's text ('… were full.' /
'Transportation' / blank / 'Headline (dw.com) 143' / text), as Slashdot-like topic pages print
them, or a topic and a place right above the headline ('Climate · Pakistan': one label each), as
news aggregators' feeds print them, or a topic in sentence case right above the headline where an
entry begins (after a live ticker's clock time, or a blank line: '09:41' / 'Football' / 'Headline' /
text). Three times or more on a page, each over a headline with its text under it, such a label is
the item's own label (a tag), not its headline, an item of one line, nor a heading over several
items."""
from __future__ import annotations

import re

from ..lines import Line, words

_LEAST = 3
# a topic and a place right above each headline ('Business & Markets · Germany', 'Política · España')
_PARTS = re.compile(r"^[^\W\d][\w&'’ .-]{1,30}(?:\s[·•]\s[^\W\d][\w&'’ .-]{1,30}){1,2}$")
_SPLIT = re.compile(r"\s[·•]\s")
_LABEL = re.compile(r"^[A-ZÀ-Ý][\w&'’-]*(?:\s+[\w&][\w&'’-]*){0,2}$")   # ('Formula 1', 'Rugby Union', 'Ligue 1')
# a gazette's act by its number ('Decreto-Lei n.º 51/2025', 'Verordnung Nr. 12/2025', 'Arrêté n° 2025-114'): a
# headline however short, under its issuer's or section's name
_ACT = re.compile(r"(?i)^[^\W\d][\w.'’-]*(?:\s+[\w.'’-]+){0,5}\s+(?:n\.?\s?º|nº|n°|n\.|nr\.|no\.|núm\.|num\.)\s*\d+(?:[/-]\d+)+$")
_TOPIC = re.compile(r"^[A-ZÀ-Ý][\w&'’-]*(?:\s+[A-ZÀ-Ýa-zà-ÿ&][\w&'’-]*){0,2}$")   # 'Power', 'Open Source', 'AI'


def _topic_word(l: Line) -> bool:
    """A word or two alone on a line with a blank line under it: a topic's name."""
    short_caps = l.kind == "furn" and l.text.isalpha() and l.text.isupper() and len(l.text) <= 4   # ('AI', 'EU')
    return (l.kind == "head" or short_caps) and not l.marker and bool(_TOPIC.match(l.text))


# a news agency's slug over its headline ('EGYPT-ECONOMY/INFLATION', 'UPDATE 2-OMAN-LNG/JERA', 'RPT-US-FED/'):
# the desk's filing key, neither a headline nor a label a reader browses by
_SLUG = re.compile(r"^(?:(?:UPDATE|RPT|REFILE|CORRECTED|WRAPUP|ANALYSIS|EXCLUSIVE|FACTBOX|INSIGHT)(?:\s\d{1,2})?-)?"
                   r"[A-Z][A-Z0-9]*(?:[-/][A-Z0-9]*){1,5}$")


def mark(ls: list[Line]) -> int:
    """Mark the labels in place: the label line is meta, its label (a shouted one in sentence case) the
    headline's, so it goes with the item below it; how many there were. A wire slug over a
    headline is the page's furniture."""
    for l, head in zip(ls, ls[1:]):
        if l.kind in ("head", "labels") and head.kind == "head" and head.no == l.no + 1 and _SLUG.match(l.text.strip()):
            l.kind = "furn"
    _types_under(ls)
    found = [(l, head) for l, head, text in zip(ls, ls[1:], ls[2:])
             if l.kind == "head" and l.text.isupper() and words(l.text) <= 3 and not l.marker
             and head.kind == "head" and head.no == l.no + 1 and not head.text.isupper() and text.kind == "prose"]
    if len(found) < _LEAST:
        found = [(l, ls[i + 1]) for i, l in enumerate(ls[:-2]) if _topic_word(l) and ls[i + 1].kind == "head"
                 and ls[i + 1].gap > 0 and "prose" in (ls[i + 2].kind, ls[i + 3].kind if i + 3 < len(ls) else "")]
    if len(found) < _LEAST:
        found = [(l, ls[i + 1]) for i, l in enumerate(ls[:-2]) if l.kind == "head" and not l.marker and _PARTS.match(l.text)
                 and ls[i + 1].kind == "head" and ls[i + 1].gap == 0 and ls[i + 2].kind == "prose"]
    if len(found) < _LEAST:
        found = [(l, ls[i + 1]) for i, l in enumerate(ls[:-2]) if _opens_block(ls, i) and l.kind == "head"
                 and not l.marker and _LABEL.match(l.text)
                 and _over_headline(l, ls[i + 1], ls[i + 2])]
    if len(found) < _LEAST:
        return 0
    for l, head in found:
        shout = l.text.isupper() and len(l.text) > 4   # ('ESTERI' -> 'Esteri'; 'AI', 'EU' as written)
        parts = _SPLIT.split(l.text.strip())
        l.kind, l.labels, head.labels = "labels", [], [p.capitalize() if shout else p for p in parts]
    return len(found)


def _opens_block(ls: list[Line], i: int) -> bool:
    return ls[i].gap > 0 or i > 0 and ls[i - 1].kind in ("time", "date") and ls[i - 1].no == ls[i].no - 1


def _over_headline(label: Line, head: Line, text: Line) -> bool:
    """A longer headline right under the label (no blank line), its text under it."""
    return (head.kind == "head" and head.no == label.no + 1 and not head.marker and not head.text.isupper()
            and (words(head.text) >= max(4, 2 * words(label.text)) or bool(_ACT.match(head.text))) and text.kind == "prose")


def _types_under(ls: list[Line]) -> None:
    """A type and its kind right under each headline ('Headline' / 'Recall · Food recall warning' /
    text), three times or more, the first part alike: the item's labels, not its text nor a dek."""
    found = [(ls[i], ls[i - 1]) for i in range(1, len(ls) - 1) if ls[i].kind in ("head", "labels") and not ls[i].marker
             and _PARTS.match(ls[i].text) and ls[i - 1].kind == "head" and ls[i - 1].no == ls[i].no - 1
             and ls[i + 1].kind == "prose" and ls[i + 1].no == ls[i].no + 1]
    firsts = [_SPLIT.split(l.text.strip())[0].lower() for l, _ in found]
    if len(found) < _LEAST or len(set(firsts)) == len(firsts):
        return
    for l, head in found:
        l.kind, l.labels, head.labels = "labels", [], head.labels + _SPLIT.split(l.text.strip())
