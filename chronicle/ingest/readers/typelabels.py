"""A publication type in capitals over each headline, maybe with its sector or topic after a bar
('NEWS RELEASE  |  Electricity', 'NOTICE | Natural gas', 'REPORT', 'BRIEFING', 'COMMUNIQUÉ |
Santé', 'PRESSEMITTEILUNG · Verkehr'), as regulators', ministries' and think tanks' listings print
them: the line right under it is the headline, however long (a research body's run to 25 words in
sentence case, read as text), and the type and topics are the item's labels, no headline and no
outlet. Three times or more on a page, each right over a headline-like line (no closing full stop)
with the item's text under it. So is a long line right under each date line (_dated_heads)."""
from __future__ import annotations

import re

from ..lines import Line, words
from ..outletlist import is_known
from ..outletnames import looks_like_name

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
        and words(head.text) >= 4 and head.text.rstrip()[-1:] not in ".:;,…" and len(head.text) <= 240


def _dated_heads(ls: list[Line]) -> list:
    """The lines right under a date line that read as headlines, however long (one sentence, no
    closing stop, 30 words at most), the item's text right under them: 'Monday, 2 November 2026' /
    a university's 25-word headline / its teaser; so under a clock time ('10:30' / a day plan's entry)."""
    return [ls[i + 1] for i, l in enumerate(ls[:-2]) if l.kind in ("date", "time") and _headline(ls[i + 1], l)
            and words(ls[i + 1].text) <= 30 and ". " not in ls[i + 1].text and ls[i + 2].kind == "prose"
            and ls[i + 2].no == ls[i + 1].no + 1]


_OUTLET_DASH = re.compile(r"^(?P<name>[^–—|]{2,40}?)\s[–—]\s(?P<rest>\S.*)$")


def _outlet_heads(ls: list[Line]) -> list:
    """Long 'Outlet – Headline' lines over a line of text each ('Irish Examiner – Galway study finds …'
    / its summary), as a press office's 'In the media' box prints them: headlines, however long, where
    two or more stand so and one names a listed outlet."""
    found = []
    for i, l in enumerate(ls[:-1]):
        m = _OUTLET_DASH.match(l.text) if l.kind in ("prose", "head") and not l.marker and ("–" in l.text[:42] or "—" in l.text[:42]) else None
        rest = Line(l.no + 1, m["rest"], kind="prose") if m and looks_like_name(m["name"].strip()) else None
        if rest and _headline(rest, l) and words(rest.text) <= 30 and ". " not in rest.text \
                and ls[i + 1].kind == "prose" and ls[i + 1].no == l.no + 1:
            found.append((l, m["name"].strip()))
    return [l for l, _ in found] if len(found) >= 2 and any(is_known(n) for _, n in found) else []


def _organ_labels(ls: list[Line]) -> list:
    """(label, headline) under each date line, when each item names its organ or desk over its
    headline ('1/12/2026' / 'Commission de la Santé' / 'Pénurie de médicaments : …' / text), three
    times or more: a label shorter than the headline under it, and the labels alike (one first
    word twice, or each of four words at most), so no headline over its dek."""
    found = [(ls[i + 1], ls[i + 2]) for i, l in enumerate(ls[:-3]) if l.kind == "date" and ls[i + 1].kind == "head"
             and _headline(ls[i + 2], ls[i + 1]) and ls[i + 2].kind == "head" and ls[i + 3].kind == "prose"
             and len(ls[i + 1].text) < len(ls[i + 2].text) and words(ls[i + 1].text) <= 12 and ls[i + 1].text[-1:] not in ".:;"]
    firsts = [label.text.split()[0].lower() for label, _ in found]
    alike = len(set(firsts)) < len(firsts) or all(words(label.text) <= 4 for label, _ in found)
    return found if len(found) >= _LEAST and alike else []


def mark(ls: list[Line]) -> int:
    """Mark them in place: the label line is meta, its labels the headline's (a long one now a
    headline); how many there were."""
    found = []
    for i, l in enumerate(ls[:-2]):
        parts = _parts(l) if l.text[:1].isupper() else []
        if parts and _headline(ls[i + 1], l) and ls[i + 2].kind == "prose":
            found.append((l, ls[i + 1], parts))
    for h in _outlet_heads(ls):
        h.kind = "head"
    for label, head in _organ_labels(ls):
        label.kind, label.labels, head.labels = "labels", [], [label.text.strip()]
    heads = _dated_heads(ls)
    if len(heads) >= _LEAST and any(h.kind == "prose" for h in heads):   # (the same, under date lines)
        for h in heads:
            h.kind = "head"
    if len(found) < _LEAST:
        return 0
    for l, head, parts in found:
        l.kind, l.labels = "labels", []
        head.kind, head.labels = "head", [p.capitalize() if p.isupper() else p for p in parts]
    return len(found)
