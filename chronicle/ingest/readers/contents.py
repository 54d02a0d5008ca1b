"""A page's table of contents: a list near the top whose entries come back further down as the
headlines of its items ('Sommario' / '- Sanità: intesa …' … 'Sanità: intesa …' / dek / text; a
live blog's summary bullets over its entries; an index of entries with their page numbers,
'Headline   120', 'Headline ....... 4', as teletext and printed reports have), and a row
of page names with their numbers ('Index 100   Sport 201   Weather 401'). Its lines are furniture, reported: read as items
they would be stories of one line each, every one of them a duplicate."""
from __future__ import annotations

import re

from ..lines import Line

_WORD = re.compile(r"[^\W_]+")
_NAV_ROW = re.compile(r"^(?:[^\W\d_][^\d|]{0,24}?\s+\d{1,4}\s*){3,}$")   # three page names and numbers or more
_PAGE_REF = re.compile(r"(?:\s{2,}|\s*\.{3,}\s*)\d{1,4}$")   # an index entry's page number


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(_PAGE_REF.sub("", text))}


def _entry(l: Line) -> bool:
    # (a dash bullet, '– Istat: …', as Italian and French lists print them, is a marker the line kept)
    return l.kind in ("head", "prose") and bool(l.marker or l.text[:2] in ("– ", "— ") or
                                                l.text[-1:].isdigit() and _PAGE_REF.search(l.text))


def _names(entry: set[str], heads: list[set[str]]) -> bool:
    """The entry is a later headline, shortened or reworded a little: most of its words are there."""
    return any(len(entry & h) >= max(2, 0.6 * min(len(entry), len(h))) for h in heads)


def mark(ls: list[Line]) -> None:
    """Turns the lines of a table of contents into furniture (in place)."""
    run: list[int] = []
    for l in ls:
        if l.kind in ("head", "prose") and len(l.text) <= 120 and l.text[-1:].isdigit() and _NAV_ROW.match(l.text):
            l.kind = "furn"
    for i, l in enumerate(ls + [Line(0, "")]):
        if _entry(l) and (not run or l.gap == 0):
            run.append(i)
            continue
        if len(run) >= 3:
            _check(ls, run)
        run = [i] if _entry(l) else []


def lists_headlines(ls: list[Line], run: list[int]) -> bool:
    """The run of entries names the headlines further down: a table of contents."""
    # (numbered headlines too: 'Inhalt' / '1. Netzentgelte: …' … '1. Netzentgelte: …' / its text)
    heads = [_words(l.text) for l in ls[run[-1] + 1:] if l.kind == "head" and (not l.marker or l.marker[:1].isdigit())]
    entries = [_words(ls[i].text) for i in run]
    return len(heads) >= len(run) and sum(1 for e in entries if _names(e, heads)) >= 0.75 * len(run)


def _check(ls: list[Line], run: list[int]) -> None:
    if lists_headlines(ls, run):
        above = run[0] - 1   # its heading ('Sommario', 'In this issue') goes with it
        for i in run + ([above] if above >= 0 and ls[above].kind == "head" and len(ls[above].text.split()) <= 3 else []):
            ls[i].kind, ls[i].marker = "furn", ""
