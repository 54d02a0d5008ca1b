"""Outlets in no list, read from their place: a page that prints each item's outlet on the line
under its headline ('Name · 14 Mar 2025 · 3 min read', 'Name, 14.3.2025', 'By A | Name | date', or
the name alone above the text) names outlets there whether or not the built-in list knows them.

The line under a headline holds other things too: a dateline's place ('Berlin, 3 March 2025'), a
section ('Politics · 3 March'), an author ('Anna Berg, 14.3.2025'). So the names count only when
three lines or more of the page stand in that place, none of the names is a topic of the built-in
vocabulary (a country, a city, a theme) and most of them look like outlets: a word of a listed
outlet's name that is no place ('Review', 'Kurier', 'Gazette', 'Giornale'), or an article opening
the name ('Het …', 'Le …') — which a person's name has neither of."""
from __future__ import annotations

import re

from ..lines import BYLINE, READ_TIME, Line, without_dates
from ..monthnames import WEEKDAYS
from ..outletlist import mostly_outlets
from ..outletnames import key, looks_like_name, month_word, topics, unlisted_outlets
from ..outlets import beside_date

_LEAST = 3
_ENDS = re.compile(r"^[\W_]+|[^\w.]+$")   # what stands around a name: pictograms, brackets, commas
_SEPARATORS = re.compile(r"\s[|·•–—-]\s|,\s")


def _name(l: Line, after: Line | None, dated: bool = False) -> str:
    """The name a line under a headline holds in an outlet's place, else '' (`dated`: any line with
    its date, 'Ayer · Name' read as a headline too)."""
    if (l.kind == "date" or dated) and l.dates:
        text = READ_TIME.sub(lambda m: " " * len(m[0]), l.text)
        if BYLINE.match(text):   # 'By A Name | Outlet | date': the last field
            parts = [p for p in _SEPARATORS.split(without_dates(text, l.dates).strip(" ,|·–—-")) if p.strip()]
            name = parts[-1] if len(parts) >= 2 else ""
        else:
            name = beside_date(text, l.dates)
    elif not l.dates and BYLINE.match(l.text):   # 'By A Name, Outlet' over the item's date or text
        parts = [p for p in _SEPARATORS.split(l.text.strip(" ,|·–—-")) if p.strip()]
        name = parts[-1] if len(parts) >= 2 else ""
    elif l.kind in ("head", "prose") and not l.dates and after is not None and after.kind in ("prose", "date"):
        name = l.text   # the name alone, between the headline and the item's date or text
    else:
        return ""
    name = _ENDS.sub("", name.strip())
    return name if looks_like_name(name) and not month_word(name) and key(name) not in WEEKDAYS and len(name) <= 50 else ""


def mark(ls: list[Line]) -> int:
    """Mark the lines under headlines (or over them, the date first: '14.3.2026 | Name'; or alone under
    the item's text; or with its date closing the item's text) that name unlisted outlets as outlet
    lines, in place; how many."""
    return sum(_accept(found) for found in _places(ls)) + _closing(ls)


def _closing(ls: list[Line]) -> int:
    """'… text.' / 'Name | 5. Mai 2025' / blank: a dated line closing each item's text; or 'Ayer · Name'
    over each headline, a block's first line. Listed outlets in that place count toward the three (a
    search page mixes 'DER SPIEGEL | …' with small papers)."""
    closing = [l for i, l in enumerate(ls) if i and ls[i - 1].kind == "prose" and not l.gap and l.dates and not l.marker
               and l.kind in ("date", "outlet") and (i + 1 == len(ls) or ls[i + 1].gap)]
    opening = [l for i, l in enumerate(ls) if (i == 0 or l.gap) and l.dates and not l.marker and l.kind in ("date", "outlet", "head")
               and i + 1 < len(ls) and ls[i + 1].kind == "head" and not ls[i + 1].gap and len(l.text) <= 60]
    return _mixed(closing) + _mixed(opening)


def _mixed(placed: list[Line]) -> int:
    found = [(l, n) for l in placed if not l.outlet for n in [_name(l, None, True)] if n]
    names = {key(n) for _, n in found}
    if len(placed) < _LEAST or not found or len(found) < sum(1 for l in placed if not l.outlet) \
            or any(n in topics() for n in names) or not mostly_outlets(names):
        return 0
    for l, name in found:
        l.kind, l.outlet = "outlet", name
    return len(found)


def _places(ls: list[Line]) -> tuple[list, list, list, list]:
    """(line, name) of the lines right under a headline, of the dated ones opening a block right over
    one, of the names alone closing a block under its text ('… text.' / 'Name' / blank), and of the
    names alone opening a block over a longer headline and its date or text (a news app's cards:
    'HARBOUR TRIBUNE' / headline / '2h ago')."""
    below: list[tuple[Line, str]] = []
    above: list[tuple[Line, str]] = []
    after: list[tuple[Line, str]] = []
    over: list[tuple[Line, str]] = []
    for i, l in enumerate(ls):
        if l.outlet or l.marker:
            continue
        if _opens_card(ls, i):
            name = _ENDS.sub("", l.text)
            over += [(l, _cased(name))] if looks_like_name(name) and not month_word(name) else []
        if i and ls[i - 1].kind == "head" and l.gap == 0:
            name = _name(l, ls[i + 1] if i + 1 < len(ls) else None)
            below += [(l, name)] if name else []
        elif l.kind == "date" and (i == 0 or l.gap) and i + 1 < len(ls) and ls[i + 1].kind == "head" and ls[i + 1].gap == 0:
            name = _name(l, None)
            above += [(l, name)] if name else []
        elif l.kind in ("head", "prose") and not l.dates and not l.gap and i and ls[i - 1].kind == "prose" \
                and (i + 1 == len(ls) or ls[i + 1].gap):
            name = _ENDS.sub("", l.text)
            after += [(l, name)] if looks_like_name(name) and not month_word(name) and len(name) <= 50 else []
    return below, above, after, over


def _opens_card(ls: list[Line], i: int) -> bool:
    l = ls[i]
    nxt = ls[i + 1] if i + 1 < len(ls) else None
    return l.kind == "head" and (i == 0 or l.gap > 0) and not l.dates and len(l.text) <= 40 and nxt is not None \
        and nxt.kind == "head" and not nxt.gap and len(nxt.text) > len(l.text) and not nxt.dates \
        and (i + 2 == len(ls) or ls[i + 2].kind in ("date", "prose") and not ls[i + 2].gap)


def _cased(name: str) -> str:
    """A name in capitals as readers write it: 'NORTHERN STAR WEEKLY' -> 'Northern Star Weekly'
    ('ABC NEWS' -> 'ABC News': a short word in capitals is an acronym)."""
    if not name.isupper():
        return name
    return " ".join(w.capitalize() if len(w) > 3 else w for w in name.split())


def _accept(found: list[tuple[Line, str]]) -> int:
    """Mark the lines found in one place as outlet lines when their names are outlets'; how many."""
    names = {key(n) for _, n in found}
    # (a release's kind, 'Press release | date', repeats on most lines; a page's outlets vary)
    if len(found) < _LEAST or len(names) < max(_LEAST, len(found) / 2) or not unlisted_outlets(names) \
            or not mostly_outlets(names):
        return 0
    for l, name in found:
        l.kind, l.outlet = "outlet", name
    return len(found)
