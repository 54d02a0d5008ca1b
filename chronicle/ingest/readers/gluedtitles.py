"""A headline glued to its teaser on one line, as pages copied from the browser join them:
'Headline "Quote"Teaser text…', 'Getafe y AlcorcónLa Comunidad …', 'Headline Con la …'; a glued
kicker first ('Île de FranceLa région …')."""
from __future__ import annotations

from .. import when
from ..leads import kicker
from ..lines import words
from .titleclean import GLUED_CATEGORY

# capitalised mid-line after a lowercase word, these open the teaser's sentence
_OPENERS = frozenset("""The A An In On At As After For With But This That These It He She They We When While
Der Die Das Am Auf Nach Weil Für Mit Im In Ein Eine Bei Vor Seit Zum Zur Und Doch Wie Was
Le La Les Un Une Des Dans Pour Avec Après Selon Depuis Alors Il Elle Ils Ce Cette
El Los Las Con Tras Según Desde Para Una Este Esta
Il Lo Gli I Con Dopo Secondo Entro Chi Per Nel Nella Da Tra Un Una Questo Questa""".split())


def glued_kicker(text: str, categories) -> tuple[str, str]:
    """(kicker + headline, teaser) of a line whose headline is glued to its text, a glued kicker
    first ('Île de FranceLa région …': clean_title takes the kicker off as the item's label);
    ('', text) when unsure."""
    cat = GLUED_CATEGORY.match(text)
    cat = cat["cat"] if cat and cat["cat"] in categories else ""
    lead, rest = glued_title(text[len(cat):])
    return (cat + lead, rest) if lead else ("", text)


def glued_title(text: str) -> tuple[str, str]:
    """'Headline "Quote"Teaser text…' / 'Headline Con la …' -> (headline, teaser); ('', text) when unsure."""
    t = text.strip()
    limit = min(len(t), 220)
    quotes = 1 if t[:1] == '"' else 0
    for i in range(1, limit):
        c = t[i]
        if c == '"':
            quotes += 1
        closing = (c == '"' and quotes % 2 == 0) or c in "»”"
        if closing and i + 1 < len(t):
            rest = t[i + 1:].lstrip()
            if (rest[:1].isupper() or rest[:1] in "[(" and when.find_dates(rest[:16])) and words(t[:i]) >= 2:
                return t[:i + 1].strip(), rest   # '"Headline" Teaser …', '"Headline" [28/11/2021] Teaser …'
        if c.isupper() and t[i - 1].islower() and t[i - 1].isalpha() and t[i + 1:i + 2].islower() and words(t[:i]) >= 3:
            prev_word = t[:i].split()[-1]
            # ('PlayStation' is a name; 'Getafe y AlcorcónLa Comunidad …' a headline glued to its teaser)
            opener = t[i:].split(" ", 1)[0] in _OPENERS   # ('… sur un anLes notaires …')
            if len(prev_word) > 3 and (not prev_word[:1].isupper() or opener) or opener and len(prev_word) >= 2:
                return t[:i].strip(), t[i:]
        if c == " " and words(t[:i]) >= 4:
            nxt = t[i + 1:].split(" ", 1)[0]
            prev = t[:i].split()[-1]
            if nxt in _OPENERS and prev[-1:].isalpha() and prev[:1].islower():
                return t[:i].strip(), t[i + 1:]
    k = kicker(t)
    if k and t.startswith(k):
        return k.rstrip("."), t   # a bold lead stays in the text it opens
    return "", t
