"""A headline and its dek over the item's byline and date, as news sites print an article's head
('Headline' / 'Dek, a sentence without its stop' / 'Redacción' or 'Con información de EFE' or 'By A
Name' / '13 de octubre de 2026, 18:40' / text): the second headline-like line is the dek, the item's
text, not its title (3506's deks had been the titles, its headlines items of one line). Two such
heads or more on the page; a short kicker over a headline ('Politica' / 'Il premierato …') is
none. Cost: one look at each line's kind; the rest only for a headline under a headline."""
from __future__ import annotations

from ..lines import Line, words

_BETWEEN = ("furn", "outlet", "labels")   # a byline, a desk, a credit line between the dek and the date
_MIN_WORDS = 4


def over_meta(ls: list[Line]) -> set[int]:
    """Indexes of deks: the second of two headline-like lines standing together, each of four words
    or more, right above the item's date line (a byline or credit line or two between) and its text."""
    found = set()
    for b in range(1, len(ls) - 2):
        l, a = ls[b], ls[b - 1]
        if l.kind != "head" or a.kind != "head" or l.gap or l.marker or a.marker:
            continue
        if b > 1 and not a.gap and ls[b - 2].kind == "head" or words(a.text) < _MIN_WORDS or words(l.text) < _MIN_WORDS:
            continue   # (three headline-like lines together: a kicker, a list of headlines)
        j = b + 1
        while j < b + 3 and ls[j].kind in _BETWEEN and not ls[j].gap:
            j += 1
        if j + 1 < len(ls) and ls[j].kind == "date" and not ls[j].gap and ls[j + 1].kind == "prose":
            found.add(b)
    return found if len(found) >= 2 else set()


def box_pairs(ls: list[Line]) -> set[int]:
    """Indexes of deks in a box of headlines each with its dek, no blank line between ('Pemex reporta
    menor producción …' / 'La petrolera estatal atribuyó la caída …' / next headline / its dek): a
    run of four headline-like lines or more, as many again, every second one longer than every first
    (of eight words or more). A list of headlines alone is of no such alternating lengths."""
    found: set[int] = set()
    run: list[int] = []
    for i in range(len(ls) + 1):
        l = ls[i] if i < len(ls) else None
        if l is not None and l.kind == "head" and not l.marker and (not run or not l.gap):
            run.append(i)
            continue
        if len(run) >= 4 and len(run) % 2 == 0:
            heads, deks = [words(ls[k].text) for k in run[0::2]], [words(ls[k].text) for k in run[1::2]]
            if min(deks) >= 8 and min(deks) > max(heads):
                found.update(run[1::2])
        run = [i] if l is not None and l.kind == "head" and not l.marker else []
    return found
