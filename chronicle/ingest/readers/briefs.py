"""Page shapes of agency briefs, clipping archives, newsletters and live blogs for the evidence
reader (evidence.py): where each shows its items open, read from the whole page."""
from __future__ import annotations

from ..lines import Line
from ..outlets import Outlets
from . import items
from .openers import followed_by_text, next_text


def spread(idx: list[int], n: int) -> bool:
    """Markers that open the page's items run through the page, not through one part of it
    (a long digest with one numbered list or one live section is not a list or a live blog)."""
    return idx[0] <= 0.3 * n and idx[-1] >= 0.6 * n


def times_trail(ls: list[Line], idx: list[int]) -> bool:
    """Each clock time is printed under its post, not over it, as a messaging app's channel shows
    them (headline / text / link / '07:05' / reactions): every time line sits right under a line
    of its post (no blank line between), and no text follows the last one. Such times close the
    items; cut at them, each item would take the next post's headline."""
    last = idx[-1]
    return all(ls[i].gap == 0 and i > 0 and ls[i - 1].kind not in ("date", "time") for i in idx) and \
        not any(l.kind in ("prose", "head") for l in ls[last + 1:])


def pinned(ls: list[Line], first: int) -> int | None:
    """A live blog's pinned post above its first time line ('📌 PINNED' / headline / text): the
    last headline there with text under it opens an item of its own."""
    return next((j for j in range(first - 1, -1, -1)
                 if ls[j].kind == "head" and followed_by_text(ls, j) and next_text(ls, j) < first), None)


def page_title(ls: list[Line], j: int) -> bool:
    """The headline over the page's dated line ('Stand: 04.03.2025 11:15 Uhr'): a live blog's own
    title (with its intro under it), not a pinned post."""
    return j + 1 < len(ls) and ls[j + 1].kind == "date" and any(f.year for f in ls[j + 1].dates)


def page_top(ls: list[Line], i: int) -> bool:
    """Only the page's own lines stand above line i: its title, a note, a label ('📌 PINNED'),
    at most three lines of text (a live blog's page head above its pinned post)."""
    return sum(1 for l in ls[:i] if l.kind in ("head", "prose")) <= 3


def date_led(ls: list[Line]) -> list[tuple[int, str]]:
    """Clipping archives that print each item's date right above its headline, with a dek, a
    byline or an outlet line before its text ('Mar 30' / headline / dek / outlet / text): each
    date line over a headline opens an item, so what stands under the headline stays in it. Only
    when every stretch between two such dates is one story (no headline after its text: a date
    heading over several items is not this)."""
    idx = [i for i in range(len(ls) - 1) if ls[i].kind == "date" and ls[i + 1].kind == "head" and not ls[i + 1].marker]
    if len(idx) < 3 or not spread(idx, len(ls)):
        return []
    for a, b in zip(idx, idx[1:] + [len(ls)]):
        kinds = [l.kind for l in ls[a + 1:b] if l.kind in ("head", "prose")]
        if len(kinds) < 3 or "prose" not in kinds or "head" in kinds[kinds.index("prose"):]:
            return []
    return [(i + 1, "titled") for i in idx]


def wire_briefs(ls: list[Line], outlets: Outlets) -> set[int]:
    """Paragraphs opening with a wire lead ('LEEUWARDEN (ANP) - …') that each open an item: a page
    of agency briefs, most of them without a headline of their own (when most follow a headline,
    as on a wire section page, the headline opens the item)."""
    wired = {i for i, l in enumerate(ls) if l.kind == "prose" and "(" in l.text[:60] and outlets.wire(l.text)[1]}
    headed = sum(1 for i in wired if i and ls[i - 1].kind == "head")
    return wired if len(wired) >= 3 and headed * 2 < len(wired) else set()


def subheads(ls: list[Line]) -> set[int]:
    """Where nearly every headline has its date line right under it ('Headline' / '3 hours ago' /
    text), a headline-like line without one, after a paragraph, is a subheading inside that item."""
    heads = [i for i, l in enumerate(ls) if l.kind == "head" and not l.marker and followed_by_text(ls, i)]
    dated = {i for i in heads if i + 1 < len(ls) and ls[i + 1].kind == "date"}
    if len(dated) < 3 or len(dated) < 0.7 * len(heads):
        return set()
    first = min(dated)
    return {i for i in heads if i > first and i not in dated and ls[i - 1].kind == "prose"}


def labelled(ls: list[Line]) -> set[int]:
    """Paragraphs opening with a bracketed label ('[#powergrid] — text'), two or more: one item
    each, the label theirs (items.py), the heading above the first a section's."""
    out = {i for i, l in enumerate(ls) if l.kind == "prose" and l.text[:1] == "[" and items.LABEL_OPEN.match(l.text)}
    return out if len(out) >= 2 else set()
