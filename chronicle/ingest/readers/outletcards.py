"""An aggregator's cards, the outlet over each: a copy of Google News, Apple News, MSN, Flipboard or
Yahoo News lists 'Outlet' / 'Headline' / '2 hours ago' again and again, nothing after the date line
but the card's buttons ('More', 'Full coverage'), its byline and the next card's outlet (or its
logo's alt text, which names it). Read as headline pages are, each outlet line lands in the card
before, and an outlet the built-in list does not know reads as a headline of its own. On such a
page every line right over a card's headline is its outlet, a logo's line naming it is furniture,
and the short headlines above the first card (the site's menu: 'Home', 'For you', 'World', the
topic) are headings over the cards, not items."""
from __future__ import annotations

from ..lines import Line, words
from ..outletnames import key, looks_like_name, month_word

TEXT = ("prose", "head", "plus")
_LEAST = 3      # cards at least: fewer are no page's design
_NAME = 6       # words at most in an outlet's name
_MENU = 6       # words at most in a menu line above the first card (two entries may be read as one)


def _name(l: Line) -> bool:
    """A line that can be a card's outlet: a listed outlet's, or a short name-like headline."""
    if l.marker or l.section:
        return False
    return l.kind == "outlet" or (l.kind == "head" and words(l.text) <= _NAME and looks_like_name(l.text)
                                  and not month_word(l.text) and not l.text.endswith((".", ":")))


def _cards(ls: list[Line]) -> list[int]:
    """Indices of the cards' outlet lines: a name line, a headline right under it, a date line under that."""
    return [i for i in range(len(ls) - 2)
            if _name(ls[i]) and ls[i + 1].kind == "head" and not ls[i + 1].marker and not ls[i + 1].section
            and ls[i + 2].kind == "date" and ls[i + 2].dates and words(ls[i + 1].text) > words(ls[i].text)]


def _logo(l: Line, outlet: Line) -> bool:
    """A logo's alt text over its outlet's line ('Logo: Reuters', 'tagesschau.de logo'): a short line naming it."""
    return l.kind in TEXT and words(l.text) <= _NAME and key(outlet.text) in key(l.text) and l.text != outlet.text


def _between(ls: list[Line], start: int, end: int, outlet: Line | None) -> list[int] | None:
    """The lines after a card's date line up to the next card's outlet (or the page's end): furniture,
    dates and logo lines only (their indices, the logos'), else None."""
    logos = []
    for j in range(start, end):
        l = ls[j]
        if l.kind not in TEXT or l.section:
            continue
        if outlet is None or not _logo(l, outlet):
            return None
        logos.append(j)
    return logos


def mark(ls: list[Line]) -> int:
    """Mark an outlet-led card page in place: each card's name line an outlet, its logo line furniture,
    the menu above the first card headings; how many cards (0 on any other page)."""
    cards = _cards(ls)
    if len(cards) < _LEAST or sum(1 for i in cards if ls[i].kind == "outlet") < 2:
        return 0
    logos: list[int] = []
    for k, i in enumerate(cards):
        nxt = cards[k + 1] if k + 1 < len(cards) else len(ls)
        found = _between(ls, i + 3, nxt, ls[nxt] if nxt < len(ls) else None)
        if found is None:
            return 0   # (text between two cards: no card page, or not only one)
        logos += found
    first = cards[0]
    above = [j for j in range(first) if ls[j].kind in TEXT and not ls[j].section]   # (no logo line is above the first card)
    if any(ls[j].kind != "head" or words(ls[j].text) > _MENU for j in above):
        return 0   # (a paragraph above the cards: a page of its own kind)
    for i in cards:
        ls[i].kind, ls[i].outlet = "outlet", ls[i].outlet or ls[i].text
    for j in logos:
        ls[j].kind = "furn"
    for j in above:
        ls[j].section = True
    return len(cards)
