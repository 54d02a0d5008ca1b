"""A short sentence right under a headline is that item's text, not a second headline
('Nuovo ponte sul Po a Cremona' / 'I lavori partiranno in primavera.'): lines.is_head takes a
sentence of a few words with its full stop for a headline ('Mauvais présage.'), which holds for a
line standing alone, not for one that follows a headline without a blank line."""
from __future__ import annotations

from ..lines import Line


def mark(ls: list[Line]) -> None:
    """Re-kinds such lines as prose (in place)."""
    for i in range(1, len(ls)):
        l, prev = ls[i], ls[i - 1]
        t = l.text.rstrip()
        if l.kind == "head" and prev.kind == "head" and l.gap == 0 and not l.marker and not prev.marker \
                and t.endswith(".") and not t.endswith("..") and not prev.text.rstrip().endswith((".", ":")) \
                and not t.isupper():
            l.kind = "prose"
