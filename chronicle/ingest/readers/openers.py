"""Where an item opens, read from the lines around one line (readers/evidence.py walks the page
with these): a byline below a headline, furniture after a blank line, a list item over nested
ones, the page's own title lines above its first date line."""
from __future__ import annotations

import unicodedata
from collections import Counter

from ..lines import BYLINE, Line, words
from ..outletnames import lead_source

META = ("date", "time", "furn", "labels", "outlet")
_MOST_ABOVE = 6   # groups of a page's head above items of one dated shape


def opens_item(ls: list[Line], i: int) -> str:
    """How a prose line opens an item whatever came before ('' when it does not): right above a
    byline ('Headline ending with a full stop.' / 'By Annie Sciacca' / text), or after furniture
    that follows a blank line (an author's initial 'E', 'External Link')."""
    if _over_byline(ls, i):
        return "titled"
    if _after_furniture_block(ls, i):
        short = words(ls[i].text) <= 16 and followed_by_text(ls, i) and ls[next_text(ls, i)].gap > 0
        return "titled" if short else "plain"
    return ""


def _over_byline(ls: list[Line], i: int) -> bool:
    """A short line right above a byline, with text after it, is a headline, punctuated or not."""
    return i + 1 < len(ls) and ls[i + 1].kind == "furn" and bool(BYLINE.match(ls[i + 1].text)) \
        and words(ls[i].text) <= 25 and followed_by_text(ls, i + 1)


def _after_furniture_block(ls: list[Line], i: int) -> bool:
    """The line follows furniture that stands after a blank line (an author's initial, 'External
    Link', a byline): such a block opens the next item, whatever the one before was."""
    j = i - 1
    while j >= 0 and ls[j].kind == "furn":
        j -= 1
    return j < i - 1 and j >= 0 and ls[j + 1].gap > 0 and ls[i].gap == 0


def over_nested(ls: list[Line], i: int) -> bool:
    """A list item with more deeply indented list items right below it is their heading."""
    j = next_text(ls, i)
    return j == i + 1 and bool(ls[j].marker) and ls[j].indent > ls[i].indent


def page_head(ls: list[Line], starts: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Headlines alone at the top of a page, then a date line, then the items: the page's title
    and notes ('Current events', 'Updated every hour.'), not items of one line each."""
    listed = _list_intro(ls, starts)
    if listed is not None:
        return listed
    starts = _dated_over(ls, _intro(ls, _unlike_the_items(ls, _footer(ls, _printed_as_heading(ls, _title_over_lines(ls, starts))))))
    k = next((k for k, (_, mode) in enumerate(starts) if mode != "headonly"), 0)
    if not k or not any(l.kind == "date" for l in ls[starts[k - 1][0]:starts[k][0]]):
        return starts
    for i, _ in starts[:k]:
        ls[i].section = True
    return starts[k:]


def _title_over_lines(ls: list[Line], starts: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The page's first line over a blank line and then a run of headlines alone, one a line with
    no blank line between (three or more): the page's title ('Top headlines – Tuesday'), not an
    item of one line."""
    if len(starts) < 4 or starts[0][0] != 0 or any(mode != "headonly" for _, mode in starts) \
            or ls[starts[1][0]].gap == 0 or any(ls[i].gap for i, _ in starts[2:]) or ls[0].marker:
        return starts
    ls[0].section = True
    return starts[1:]


def _dated_over(ls: list[Line], starts: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Every item but the first under a date line of its own ('Publié le 28/04 à 17h42' / Headline /
    text), the first under none ('En bref' / 'Toute l'actualité en quelques lignes.'): the page's
    heading and intro. (Not where the dates close their items: the last item has one after its text.)"""
    if len(starts) < 4 or starts[0][1] != "titled" or (starts[0][0] and ls[starts[0][0] - 1].kind == "date"):
        return starts
    dated = all(i and ls[i - 1].kind == "date" and ls[i - 1].no == ls[i].no - 1 for i, _ in starts[1:])
    if not dated or any(l.kind == "date" for l in ls[starts[-1][0]:]):
        return starts
    ls[starts[0][0]].section = True
    return starts[1:]


def _printed_as_heading(ls: list[Line], starts: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A headline alone whose words the page prints elsewhere as a heading inside items (a search
    result's type, 'News story' / 'Press release', under each result) is that heading again, not an
    item of one line."""
    named = {l.text for l in ls if l.section}
    for i, mode in starts:
        if mode == "headonly" and ls[i].text in named:
            ls[i].section = True
    return [(i, mode) for i, mode in starts if not (mode == "headonly" and ls[i].section)]


def _intro(ls: list[Line], starts: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A post's title and intro paragraph over bold-lead items ('Link title (Outlet) — comment'):
    the one paragraph under the title, or a first bold-lead paragraph unlike all the others, is
    the post's intro (furniture, reported), its title a heading."""
    titled = starts[:1] if starts and starts[0][1] == "titled" else []
    kicks = starts[len(titled):]
    if len(kicks) < 3 or any(m != "kicker" for _, m in kicks):
        return starts
    prose = [l for l in ls[titled[0][0]:kicks[0][0]] if l.kind == "prose"] if titled else []
    sourced = [bool(lead_source(ls[i].text)[0]) for i, _ in kicks]
    if not prose and not sourced[0] and all(sourced[1:]) and len(kicks) >= 4:
        prose, kicks = [ls[kicks[0][0]]], kicks[1:]
    if len(prose) != 1:
        return starts
    prose[0].kind = "furn"
    for i, _ in titled:
        ls[i].section = True
    return kicks


def _list_intro(ls: list[Line], starts: list[tuple[int, str]]) -> list[tuple[int, str]] | None:
    """The page's title and one sentence about it over a list whose every item is a bullet, under
    headings alone ('2024 in Germany' / 'The following is a list of events …' / 'Events' / '- 5
    January – …'): those are a heading, an intro and headings, not items. Marks them so (the intro
    is reported as furniture) and returns the bullets' starts."""
    rest = [(i, mode) for i, mode in starts[1:] if not (mode == "headonly" and not ls[i].marker)]
    if len(rest) < 3 or starts[0] != (0, "titled") or not all(ls[i].marker for i, _ in rest):
        return None
    prose = [l for l in ls[:starts[1][0]] if l.kind == "prose" and not l.marker]
    if len(prose) != 1 or ls[0].marker:
        return None
    ls[0].section, prose[0].kind = True, "furn"
    for i, _ in starts[1:]:
        ls[i].section = ls[i].section or not ls[i].marker
    return rest


def next_text(ls: list[Line], i: int) -> int:
    for j in range(i + 1, len(ls)):   # (a loop, not next() over a generator: 18,000 calls a 1 MB digest)
        if ls[j].kind not in META:
            return j
    return -1


def followed_by_text(ls: list[Line], i: int) -> bool:
    j = next_text(ls, i)   # (no slicing: a page has thousands of lines)
    return j >= 0 and ls[j].kind in ("prose", "plus") and not ls[j].marker


def _footer(ls: list[Line], starts: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Short lines alone after the last item with text, on a page of three such items or more: the
    page's footer and its buttons ('See more news', 'Start writing', 'Previous | Next'), not items
    of one line each. They become furniture (reported as dropped); not when a date or an outlet
    stands among them (a headline with its date or outlet is an item, if one without text)."""
    texted = [k for k, (_, mode) in enumerate(starts) if mode != "headonly"]
    tail = starts[texted[-1] + 1:] if len(texted) >= 3 else []
    if not tail or any(words(ls[i].text) > 8 or ls[i].marker for i, _ in tail) \
            or any(l.kind in ("date", "outlet") for l in ls[tail[0][0]:]):
        return starts
    for l in ls[tail[0][0]:]:
        if l.kind in ("head", "prose", "plus"):
            l.kind = "furn"
    return starts[:texted[-1] + 1]


def _unlike_the_items(ls: list[Line], starts: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A feed's or list's own name and description above items that show one shape with a date
    line under the headline ('Headline' / 'Mar, 04/03/2025 - 10:27' / text; three items or more,
    60% of those from the first such): the groups at the top without a date in that place (a
    title and description; a site's menus, filters and cookie banner: six at most), with a few
    words of text at most, are the page's (headings and furniture, reported), not items."""
    ends = [i for i, _ in starts[1:]] + [len(ls)]
    shapes = [tuple(l.kind for l in ls[a:b] if l.kind != "furn") for (a, _), b in zip(starts, ends)]
    dated = Counter(s for s in shapes if s[:2] == ("head", "date"))   # (headings alone may be as many)
    common, n = dated.most_common(1)[0] if dated else ((), 0)
    first = shapes.index(common) if n >= 3 else 0
    if n < 0.6 * (len(shapes) - first):
        return starts
    if not 1 <= first <= _MOST_ABOVE or any(s[:2] == ("head", "date") for s in shapes[:first]) \
            or sum(words(l.text) for l in ls[:starts[first][0]] if l.kind == "prose") > 40:
        return starts
    for l in ls[starts[0][0]:starts[first][0]]:
        if l.kind == "head":
            l.section = True
        elif l.kind == "prose":
            l.kind = "furn"
    return starts[first:]


def opened_by(prev: Line, i: int, starts: list) -> bool:
    # 'Headline (Reuters)' over its text: the outlet closes the headline, not an item (its text was cut off)
    return prev.kind == "head" and bool(starts) and starts[-1][0] == i - 1


def pictograms(text: str) -> bool:
    """'🗳️', '🌍 💶': a line of pictograms only, standing for a headline over the paragraph under it."""
    return not any(c.isalnum() for c in text) and any(unicodedata.category(c) == "So" for c in text)


def page_topic(ls: list[Line], first: int) -> tuple[str, ...]:
    """The page's own headings, in the order compose.py asks them to name a topic (the first that
    does is a tag of every item): its first line ('Space'), then the last heading of three words
    or fewer over its first item, below the masthead and the menus ('Économie', 'Climate change
    stories', 'Thema' / 'Klimakrise'). Google News' 'Actualités' names no topic; the
    'Économie' under it does."""
    heads = [l.text for l in reversed(ls[:first]) if l.section and 1 <= words(l.text) <= 3][:1]
    if ls[0].kind == "head" and 1 <= words(ls[0].text) <= 3:
        heads.insert(0, ls[0].text)
    return tuple(dict.fromkeys(heads))


def texted_since(ls: list[Line], starts: list, end: int) -> bool:
    """Whether the open item (the last of `starts`) has a paragraph of text before line `end`: a
    date line after a blank line then heads the next item ('1 December 2026' over a gallery's
    next caption), not more of this one."""
    return bool(starts) and any(ls[k].kind == "prose" for k in range(starts[-1][0], end))
