"""A publication type in capitals over each headline, maybe with its sector or topic after a bar
('NEWS RELEASE  |  Electricity', 'NOTICE | Natural gas', 'REPORT', 'BRIEFING', 'COMMUNIQUÉ |
Santé', 'PRESSEMITTEILUNG · Verkehr'), as regulators', ministries' and think tanks' listings print
them: the line right under it is the headline, however long (a research body's run to 25 words in
sentence case, read as text), and the type and topics are the item's labels, no headline and no
outlet. Three times or more on a page, each right over a headline-like line (no closing full stop)
with the item's text under it."""
from __future__ import annotations

import re

from ..lines import Line, words
from ..outletlist import is_known

_LEAST = 3
_SEP = re.compile(r"\s+[|·•]\s+")
_TOPIC = re.compile(r"^[^\W\d](?:[^\W\d_]|[&'’ ,.-]){0,60}$")   # (no digits: 'Pág. 22' is a press review's page)


def _parts(l: Line) -> list:
    """The label's parts ('NEWS RELEASE', 'Electricity') when the line is a type in capitals (three
    words at most), maybe with topics after a bar; [] for any other line."""
    if l.kind not in ("head", "labels", "furn") or l.marker or len(l.text) > 80 or not l.text[:2].isupper():
        return []
    parts = _SEP.split(l.text.strip())
    kind, topics = parts[0], parts[1:]
    if not kind.isupper() or sum(c.isalpha() for c in kind) < 3 or words(kind) > 3 or len(topics) > 2 or is_known(kind):
        return []
    if not all(_TOPIC.match(t) and not t.isupper() and words(t) <= 6 for t in topics):
        return []
    return [kind] + [p.strip() for t in topics for p in t.split(",") if p.strip()]


def _headline(head: Line, label: Line) -> bool:
    return head.kind in ("head", "prose") and head.no == label.no + 1 and not head.marker and not head.text.isupper() \
        and words(head.text) >= 4 and head.text.rstrip()[-1:] not in ".:;," and len(head.text) <= 240


def mark(ls: list[Line]) -> int:
    """Mark them in place: the label line is meta, its labels the headline's (a long one now a
    headline); how many there were."""
    found = []
    for i, l in enumerate(ls[:-2]):
        parts = _parts(l) if l.text[:1].isupper() else []
        if parts and _headline(ls[i + 1], l) and ls[i + 2].kind == "prose":
            found.append((l, ls[i + 1], parts))
    if len(found) < _LEAST:
        return 0
    for l, head, parts in found:
        l.kind, l.labels = "labels", []
        head.kind, head.labels = "head", [p.capitalize() if p.isupper() else p for p in parts]
    return len(found)
