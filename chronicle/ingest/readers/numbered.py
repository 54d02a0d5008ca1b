"""Numbered lists: items opened by '1', '2', '3' … in order, and whether each number heads a
headline (the item's title) or the first words of its text. Apart from readers/evidence.py, which
tries this shape among others."""
from __future__ import annotations

from ..lines import Line
from . import attribution
from .openers import followed_by_text, next_text


def starts(ls: list[Line]) -> list[tuple[int, str]]:
    """Items opened by '1', '2', '3' … (or 'a', 'b', 'c') in order (with or without a dot)."""
    idx, want = [], 1
    for i, l in enumerate(ls):
        num = l.marker.rstrip(".)") or attribution.slot_number(l)
        num = str(ord(num) - 96) if len(num) == 1 and "a" <= num <= "z" else num
        if num.isdigit() and int(num) == want:
            idx.append(i)
            want += 1
    end = next((i + 1 for i in range(len(ls) - 1, -1, -1) if ls[i].kind != "furn"), len(ls))
    if len(idx) < 3 or not (idx[0] <= 0.3 * len(ls) and idx[-1] >= 0.6 * end):   # spread to the content's end (no footer)
        return []
    modes = ["titled" if _numbered_head(ls, i) else "headonly" if _head_alone(ls, i) else "plain" for i in idx]
    if modes[:-1].count("headonly") == len(idx) - 1 and ls[idx[-1]].kind == "head":
        modes[-1] = "headonly"   # a list of headlines alone: the lines after the last are the page's footer
    return list(zip(idx, modes)) + _bullets_after(ls, idx[-1])


def _bullets_after(ls: list[Line], last: int) -> list[tuple[int, str]]:
    """Under the numbered items a heading over bulleted headlines ('QUICK HITS' / '• Headline — Outlet'
    / '• Headline (Outlet)'): each bullet an item of its own, not the last numbered item's text."""
    h = next((i for i in range(last + 1, len(ls)) if ls[i].kind == "head" and not ls[i].marker and ls[i].gap), -1)
    j = next_text(ls, h) if h >= 0 else -1
    if j < 0 or not ls[j].marker or ls[j].marker[:1].isdigit():
        return []
    ls[h].section = True
    out = []
    while j >= 0 and ls[j].marker == ls[out[0][0] if out else j].marker and ls[j].kind == "head":
        out.append((j, "headonly" if _head_alone(ls, j) or ls[j + 1:j + 2] and ls[j + 1].gap else "plain"))
        j = next_text(ls, j)
    return out


def _head_alone(ls: list[Line], i: int) -> bool:
    """A numbered headline right over the next number (its tally line, if any, is furniture):
    a list of headlines alone, each headline its item's title and text."""
    j = next_text(ls, i)
    return ls[i].kind == "head" and (j < 0 or bool(ls[j].marker))


def _numbered_head(ls: list[Line], i: int) -> bool:
    """A numbered headline over text; or a number on the item's date line ('1. March 5, 2025')
    over a headline and its text: the headline is the item's title, not the text's first words."""
    j = next_text(ls, i)
    if ls[i].kind == "date" and j >= 0 and ls[j].kind == "head" and not ls[j].marker:
        return followed_by_text(ls, j)
    return ls[i].kind == "head" and j >= 0 and not ls[j].marker
