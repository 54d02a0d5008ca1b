"""One article per line, each opening with its date: an author's page or an archive printing
'Sa, 5. Apr. 2025 Rente Rentenniveau soll … bleiben Union und SPD haben …' (weekday, date, a
section's kicker, the headline and the teaser glued with spaces). Each such line is an item
(mode 'line'), dated by its opening date; when nearly every line has a one-word kicker before its
headline (a capitalised word before another), the kicker is a label; the headline ends where the
teaser's first sentence starts (an article or opener word, capitalised mid-line)."""
from __future__ import annotations

import re

from .. import when
from ..lines import Line, words
from ..outlets import Outlets
from .titleclean import after_date

# what may stand before the date: a weekday's abbreviation ('Sa,', 'Mon.', 'lun.')
_BEFORE = re.compile(r"^(?:[^\W\d_]{2,4}\.?,?\s*)?$")
_KICKER = re.compile(r"^(?P<k>[A-ZÀ-ÝÄÖÜ][^\W\d_]{3,20})\s+(?=[A-ZÀ-ÝÄÖÜ\"„“«])")
_MIN_WORDS = 8   # a headline and a teaser after the date


def _opening(text: str):
    """The date a line opens with (a year written), else None."""
    found = when.find_dates(text[:40])
    f = found[0] if found else None
    ok = f is not None and f.year and f.kind != "relative" and _BEFORE.match(text[:f.start])
    return f if ok and words(text[f.end:]) >= _MIN_WORDS else None


def starts(ls: list[Line]) -> list[tuple[int, str]]:
    """(index, 'line') of each dated line, when three or more make up the page's text after the first."""
    # (the line's own dates, read where it was classified, show where to look: no page pays a scan per line)
    idx = [i for i, l in enumerate(ls) if l.kind == "prose" and not l.dated and l.dates and l.dates[0].start <= 6
           and _opening(l.text)]
    text = [l for l in ls[idx[0]:idx[-1] + 1] if l.kind in ("prose", "head") and not l.section] if idx else []
    if len(idx) < 3 or len(idx) < 0.8 * len(text):
        return []
    for l in ls[idx[-1] + 1:]:   # ('Load more articles' under the list: the page's, not the last item's)
        l.section = l.section or l.kind == "head" and words(l.text) <= 6
    kicked = [i for i in idx if _KICKER.match(_after_date(ls[i].text))]
    if len(kicked) >= 0.8 * len(idx):   # (the page's shape: a kicker before every headline)
        for i in kicked:
            ls[i].lead = _KICKER.match(_after_date(ls[i].text))["k"]
    for i in idx:
        if i not in kicked or len(kicked) < 0.8 * len(idx):
            ls[i].lead = ""
    return [(i, "line") for i in idx]


def _after_date(text: str) -> str:
    f = _opening(text)
    return text[f.end:].lstrip(" .,:–—-|") if f else text


def glued(line: Line, st, page) -> tuple[str, str] | None:
    """(headline, teaser) of a dated line, its date and kicker put on `st`; None for another line."""
    f = _opening(line.text)
    if f is None:
        return None
    st.date, st.date_basis = page.resolve(f)
    rest = after_date(_after_date(line.text), st, Outlets())   # ('…T09:12:00Z  Reuters  Headline': time and outlet columns)
    if line.lead and rest.startswith(line.lead + " "):
        st.labels.append(line.lead)
        rest = rest[len(line.lead):].lstrip()
    return _split(rest, page.lang)


# capitalised mid-line, these open a sentence (German capitalises every noun, so a capital alone does not)
_OPENERS = frozenset("""The A An In On At After For With But This When While
Der Die Das Dem Den Des Ein Eine Einen Im Am Auf Nach Bei Vor Seit Zum Zur Mit Wie Ab Bis
Le La Les Un Une Des Dans Pour Avec Après Selon Depuis En Au Aux
El Los Las Con Tras Según Desde Para Una En Al
Il Lo Gli Con Dopo Secondo Entro Per Nel Nella Da Tra""".split())


def _split(text: str, lang: str) -> tuple[str, str]:
    """'Headline Die Teaser …' -> ('Headline', 'Die Teaser …'); ('', text) when no opener shows where."""
    ws = text.split(" ")
    for k in range(3, min(len(ws) - 3, 24)):
        prev = ws[k - 1]
        if ws[k] in _OPENERS and prev[-1:].isalpha() and (prev[:1].islower() or lang == "de") and prev not in _OPENERS:
            return " ".join(ws[:k]), " ".join(ws[k:])
    return "", text
