"""A page that stamps each item above its headline ('22.06.2026 • 19:40' / headline / teaser,
'Published 2026-06-22' / headline): the stamp is that one item's, not a heading over the items
after it, so an item printed without one ('Opening hours over Midsummer' / text) stays undated
rather than take the previous item's day. The page's own shape shows it: most items with text
stand right under a date line (no blank line between), and those date lines read as stamps (a
clock time or a 'Published' label beside the day), not as day headings ('Monday, 14 April')."""
from __future__ import annotations

import re

from ..lines import Line
_PUBLISHED = re.compile(r"(?i)^(?:published|updated|posted|publié|mis à jour|veröffentlicht|aktualisiert|publicado|"
                        r"actualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt|publicerad|uppdaterad)\b")

_CLOCK = re.compile(r"(?<![\d.:])\d{1,2}[:h]\d{2}(?![\d.:])")   # ('19:40', '19h40'; not '22.06.2026')


def _stamp(l: Line) -> bool:
    return l.kind == "date" and bool(l.dates) and len(l.text) <= 60 and (
        bool(_CLOCK.search(l.text)) or bool(_PUBLISHED.match(l.text)))


def _above(ls: list[Line], g, test) -> bool:
    """A line passing `test` stands above the item's headline, only furniture or short heads between ('[12.03.2025
    13:45]' / 'Forwarded from X' / headline), up to the text above it, four lines at most."""
    for j in range(g.index - 1, max(-1, g.index - 5), -1):
        if test(ls[j]):
            return True
        if ls[j].kind in ("prose", "plus", "date"):   # (past a headline or a label: '[ Photo ]')
            return False
    return False


def _dated(l: Line) -> bool:
    return l.kind != "prose" and bool(l.dates)   # (a chat's 'Desk, [3/11/2025 9:37 PM]' too)


def unstamped(ls: list[Line], groups: list) -> set[int]:
    """Indices of the items with text printed without a stamp on a page that stamps its items
    (empty on any other page). Cost: per item, a look at the line above it."""
    texted = [g for g in groups if any(l.kind == "prose" for l in g.lines)]
    stamped = sum(1 for g in texted if _above(ls, g, _stamp))
    if stamped < 3 or stamped < 0.6 * len(texted):
        return set()
    return {g.index for g in texted if not _above(ls, g, _dated)}   # (any date line above keeps its item's date)


def dated_under(ls: list[Line], groups: list) -> bool:
    """Whether the items with text date themselves under their headlines ('Headline' / 'Dek' / 'By A
    Name' / '13 de octubre de 2026, 18:40' / text), three or more and half of them or more: a date at the
    page's top is then the site's day (a masthead's today beside its weather), no item's; an item
    printed without a date of its own (a box's teasers) stays undated rather than take it (3506).
    Cost: per item, its lines up to its text."""
    texted = own = 0
    for g in groups:
        first = next((k for k, l in enumerate(g.lines) if l.kind == "prose"), -1)
        if first > 0:
            texted += 1
            own += any(l.kind == "date" and l.dates for l in g.lines[1:first])
    return own >= 3 and 2 * own >= texted


def past_section(ls: list[Line], groups: list) -> set[int]:
    """A page whose date lines each stand right over one item's headline ('Monday, 2 November 2026' /
    headline / teaser, three or more, no date line over two items): its items after a section's
    heading in capitals below them ('IN THE MEDIA', 'AUS DEN AGENTUREN'), with no date line of their
    own, are undated, not dated by the last item's line (a day heading over several items keeps them)."""
    firsts = [g.index for g in groups]
    dated = {i for i in firsts if i > 0 and ls[i - 1].kind == "date" and ls[i - 1].dates and ls[i].gap == 0}
    if len(dated) < 3:
        return set()
    out, run = set(), False   # run: the items since the last date line stand under a section's heading
    for prev, i in zip([0] + firsts, firsts):
        between = ls[prev + 1:i] if prev else ls[:i]
        if any(l.kind == "date" and l.dates for l in between):
            run = False
            continue
        if i in dated:
            continue
        if any(l.kind == "head" and l.text.isupper() and len(l.text) <= 40 for l in between):
            run = True
        elif not run and prev in dated:
            return set()   # (one date line over two items: a day heading)
        if run:
            out.add(i)
    return out
