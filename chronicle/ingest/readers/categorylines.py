"""A category page's own category under each headline ('Headline' / 'World' / '4 hours ago'): the
same short line under two headlines or more is the items' label (kept as their tag), not a
heading; the same name once at the page's top is the page's section, and the paragraph under it,
before the first headline, the section's blurb ('The latest from our world desk …'): page
furniture (reported), not an item. An article page's kicker at its top in capitals ('WONEN') printed
again in its credit block ('Headline' / blank / 'Wonen' / 'door ANP' / date) is the article's
label there, not a headline over the credit."""
from __future__ import annotations

from collections import Counter

from ..lines import Line, words


def _under_headline(ls: list[Line], i: int) -> bool:
    above = ls[i - 1] if i else None
    return above is not None and above.kind == "head" and above.no == ls[i].no - 1 and words(above.text) > 3


def mark(ls: list[Line]) -> None:
    _kicker_again(ls)
    short = [i for i, l in enumerate(ls) if l.kind == "head" and not l.marker and words(l.text) <= 3]
    seen = Counter(ls[i].text for i in short if _under_headline(ls, i))
    names = {t for t, n in seen.items() if n >= 2}
    first = next((i for i in short if ls[i].text in names and _under_headline(ls, i)), len(ls))
    for i in short:
        l = ls[i]
        if l.text not in names:
            continue
        if _under_headline(ls, i):
            # on the headline printed again over the text, when it is (the item starts there), else here
            # (still a heading line, which the walk passes over as before)
            again = next((m for m in ls[i + 1:i + 4] if m.kind == "head" and m.text == ls[i - 1].text), l)
            again.labels = [l.text]
        elif i < first:   # the page's section: its blurb up to the first headline is furniture
            l.section = True
            blurb = [j for j in range(i + 1, first) if ls[j].kind == "prose"]
            if blurb and all(ls[j].kind in ("prose", "furn") for j in range(i + 1, first - 1)):
                for j in blurb:
                    ls[j].kind = "furn"


def _kicker_again(ls: list[Line]) -> None:
    top = ls[0].text if ls and ls[0].kind == "head" and ls[0].text.isupper() and words(ls[0].text) <= 3 else ""
    for i in range(1, len(ls) - 1) if top else ():
        l = ls[i]
        if l.kind == "head" and not l.text.isupper() and l.text.casefold() == top.casefold() \
                and ls[i + 1].gap == 0 and ls[i + 1].kind in ("outlet", "date", "furn"):
            l.kind, l.labels = "labels", [l.text]
