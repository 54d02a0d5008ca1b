"""An item's date line left empty: a list whose items each carry a date line above or below them
('Thu, 15/05/2025 - 16:05' / 'Press release' / headline) prints the line's label with nothing after
it when an item has no date ('Posted on', 'Veröffentlicht am', 'Publié le', 'Publicado el',
'Pubblicato il', 'Date:'). The line is that item's date line, blank (kind 'date' with no dates): the
item is undated, not dated by its neighbour's line (itemdates.running_dates), and the label is
neither a title nor text."""
from __future__ import annotations

import re

from ..lines import Line

_BLANK = re.compile(r"(?i)^(?:posted|published|updated|veröffentlicht|aktualisiert|erschienen|publié|mis à jour|"
                    r"publicado|actualizado|pubblicato|aggiornato|geplaatst|gepubliceerd)(?:\s+(?:on|at|am|um|le|el|il|op))?"
                    r"\s*:?$|^(?:date|datum|fecha|data|publication date|date de publication|fecha de publicación|"
                    r"data di pubblicazione|erscheinungsdatum)\s*:$")

# an article's own date line, 'Publicado a 04/03/2025 às 09:12', 'Published on 3 March' (not 'Updated',
# which a live page prints once for itself)
_PUBLISHED = re.compile(r"(?i)^(?:posted|published|veröffentlicht|erschienen|publié|publicado|pubblicato|geplaatst|"
                        r"gepubliceerd)\b")


def mark(ls: list[Line]) -> int:
    """Mark each blank date label as a date line without a date, in place, on a page with two date
    lines or more (where items carry them); how many."""
    # (not a list's column label over the first date line: 'Posted on' / 'Mon, 03/10/2025 - 9:15am')
    blank = [l for k, l in enumerate(ls) if not l.dates and label(l.text) and not (k + 1 < len(ls) and ls[k + 1].dates)]
    blank += _stamps(ls)
    if not blank or sum(1 for l in ls if l.kind == "date" and l.dates) < 2:
        return 0
    for l in blank:
        l.kind = "date"
    return len(blank)


_DIGITS = str.maketrans("0123456789", "9999999999")
_STAMP_SEP = " ·|•–—-,:/"


def _stamps(ls: list[Line]) -> list[Line]:
    """Numbered stamps printed without their date ('Nr. 114/2026' where the other items carry 'Nr.
    118/2026 · 21.09.2026', 'Release 2026-041' under 'Release 2026-044 | 14 September 2026'): the
    shape of the number before the date (digits as one digit), on two date lines or more, standing
    alone on a short line. (One pass over the date lines, then a length and digit test per line.)"""
    shapes: dict[str, int] = {}
    for l in ls:
        if l.kind == "date" and l.dates and l.dates[0].start > 0 and l.dates[-1].end >= len(l.text.rstrip()) - 1:
            head = l.text[:l.dates[0].start].rstrip(_STAMP_SEP)
            if head and any(c.isdigit() for c in head) and any(c.isalpha() for c in head):
                shape = head.translate(_DIGITS)
                shapes[shape] = shapes.get(shape, 0) + 1
    shapes = {s for s, n in shapes.items() if n >= 2}
    size = {len(s) for s in shapes}
    return [l for l in ls if len(l.text) in size and not l.dates and l.kind != "date"
            and l.text.translate(_DIGITS) in shapes] if shapes else []


def label(text: str) -> bool:
    """A date line's label with nothing after it ('Posted on', 'Publié le', 'Date:')."""
    return len(text) <= 40 and bool(_BLANK.match(text.strip()))


def blank(line: Line) -> bool:
    """A date line left empty (marked by `mark`)."""
    return line.kind == "date" and not line.dates


def own_blank(lines: list[Line]) -> bool:
    """The item's own date line, under its headline and above its text, left empty (a row of fields
    whose date field is a dash, a blog's row naming author and category only: keyedrows.py,
    postrows.py): the item is undated, whatever the page's date."""
    texts = [k for k, l in enumerate(lines) if l.kind in ("prose", "head") and not l.section]
    return len(texts) >= 2 and any(blank(l) for l in lines[texts[0] + 1:texts[-1]])


def published(text: str) -> bool:
    """A date line opening with the word for 'published' ('Publicado a 04/03/2025', 'Posted on …')."""
    return bool(_PUBLISHED.match(text.strip()))
