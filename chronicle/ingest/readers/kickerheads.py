"""A newsletter's stories each under a section kicker in capitals, then the headline, then the
text, with no blank line between them ('AUTOS' / 'Ford pulls its forecast' / 'Ford suspended …';
'WIRTSCHAFT' / 'Headline' / text). The headlines own their paragraphs, so the page is not one
of bold-lead paragraphs even when most of its paragraphs open with a short sentence (read so,
the headlines over such paragraphs were taken for section headings and the titles derived)."""
from __future__ import annotations

from ..lines import Line, words

_LEAST = 2


def _kicker(l: Line) -> bool:
    letters = sum(c.isalpha() for c in l.text)
    return l.kind in ("head", "labels") and not l.marker and l.text.isupper() and letters >= 3 and words(l.text) <= 4


def _kicked(ls: list[Line], i: int) -> bool:
    """ls[i] is a headline right under a kicker and right over its text."""
    if i < 1 or i + 1 >= len(ls):
        return False
    above, l, below = ls[i - 1], ls[i], ls[i + 1]
    return (_kicker(above) and l.kind == "head" and not l.text.isupper() and not l.marker and below.kind == "prose"
            and above.no == l.no - 1 and below.no == l.no + 1)


def regular(ls: list[Line]) -> bool:
    """Two stories or more printed kicker / headline / text."""
    return sum(1 for i in range(len(ls)) if _kicked(ls, i)) >= _LEAST


def headed(ls: list[Line], kicking: list[int]) -> bool:
    """Headlines right over their paragraph ('*Gletscher verlieren drei Prozent*' / 'Laut dem Bericht
    … . Besonders …'), three or more and no fewer than the paragraphs opening with a short sentence
    that stand under none: a page of headlines over their text, not of bold-lead paragraphs."""
    def over_text(i: int) -> bool:
        return ls[i].kind == "head" and not ls[i].marker and not ls[i].text.isupper() and words(ls[i].text) >= 4 \
            and ls[i + 1].kind == "prose" and ls[i + 1].no == ls[i].no + 1
    heads = {i + 1 for i in range(len(ls) - 1) if over_text(i)}
    return len(heads) >= 3 and len(heads) >= sum(1 for i in kicking if i not in heads)
