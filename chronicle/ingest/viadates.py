"""A source note in brackets closing an item with the day the outlet reported it: '(via Premium
Times, 29/10)', '(vía El País, 3/11)', '(Quelle: Der Standard, 28.10.)', '(Source: Mint, 4 Nov)'.
Newsletters that collect others' reporting print it so, on a line of its own under the text or at
the end of the text's last paragraph. The date inside the brackets is the item's, yearless as such
notes print it; the name before it is the outlet (without the date). A day/month that could be
either order ('2/11') is read only where the page's other dates decide the order."""
from __future__ import annotations

import re

from . import sourcemarks, when
from .outletlist import is_known
from .sourcelabels import labelled_source as _labelled

# '… text. (via Outlet, 29/10)': after a sentence's end, a label or none, a name, a comma, a short date
_CLOSING = re.compile(r"(?<=[.!?…»”\"])\s+[(\[]\s*(?P<label>(?i:via|vía|(?:sources?|quellen?|fuentes?|fontes?|bron)\s*:)\s*)?"
                      r"(?P<name>[^()\[\],:]{2,50}?),\s*(?P<date>[^()\[\],]{3,16}?)\s*[)\]][\s.]*$")


def _shifted(found: list, by: int) -> list:
    return [when.Found(**{**f.__dict__, "start": f.start + by, "end": f.end + by}) for f in found]


def _whole_date(text: str) -> list:
    """[the date] when text is nothing but one date (a day and month, with or without a year)."""
    found = when.find_dates("X, " + text)   # (as it stands after a name: '29/10' alone may be a fraction)
    return _shifted(found, -3) if len(found) == 1 and found[0].start == 3 and found[0].end >= len(text.rstrip(".")) + 3 \
        and found[0].kind != "relative" else []


def bracketed(text: str) -> list:
    """The date closing a line that is a bracketed source note ('(via Premium Times, 29/10)'), at its
    place in the line; [] for any other line. (A literal test first: asked of every short line.)"""
    if text[:1] not in "([" or text[-1:] not in ")]" or "," not in text:
        return []
    inner = text[1:-1].rstrip()
    comma = inner.rfind(",")
    date = inner[comma + 1:].strip()
    if not 3 <= len(date) <= 16 or not any(c.isdigit() for c in date):
        return []
    found = _whole_date(date)
    return _shifted(found, 1 + len(inner) - len(date)) if found else []


def tail_dates(text: str, marker: str) -> list:
    """A source line's closing date: under an arrow or a label ('→ X, 10.4.'), or in brackets."""
    return sourcemarks.dotted_tail(text, marker) or bracketed(text)


def _decided(f, page) -> bool:
    """The date reads one way only: a year or a month's name, a day over 12, or the page's order."""
    return f.kind != "num" or page.order is not None or f.a == f.b or f.a > 12 or f.b > 12


def labelled_source(t: str, st, page) -> tuple[str, str]:
    """sourcelabels.labelled_source, after taking a closing note's date ('… (via X, 29/10)') as the
    item's date when it has none yet (the note then reads '(via X)')."""
    m = _CLOSING.search(t, max(0, len(t) - 90)) if t[-1:] in ")]." else None
    found = _whole_date(m["date"]) if m and any(c.isdigit() for c in m["date"]) else []
    name = m["name"].strip() if found else ""
    # (unlabelled, only a listed outlet's: '(Appleby, 4/16)' names the reporter, and a digest's edition dates it)
    if not name or not (m["label"] or is_known(name)):
        return _labelled(t)
    if not st.date and _decided(found[0], page):
        st.date, st.date_basis = page.resolve(found[0])
    if not m["label"]:   # '(Tages-Anzeiger, 29. Okt.)': the name is the outlet
        return t[:m.start()].rstrip(), name
    return _labelled(t[:m.start("name") + len(m["name"].rstrip())] + ")")


def bracket_name(text: str, found: list) -> str:
    """The name of a bracketed note '(Name, date)' alone on its line whose name is a brand written
    in lower case ('(bz Basel, 28.10.2026)', '(taz Nord, 2.11.2026)'): one to four words, no digits nor
    colon, a capitalised word among them; '' for any other line (a capitalised name is read as such
    elsewhere)."""
    if text[:1] != "(" or text[-1:] != ")" or not found or found[-1].end < len(text) - 2 or found[-1].kind == "relative":
        return ""
    comma = text.find(",")
    name = text[1:comma].strip() if 0 < comma < found[0].start else ""
    ws = name.split()
    if not 1 <= len(ws) <= 4 or ":" in name or any(c.isdigit() for c in name) or not ws[0][:1].islower():
        return ""
    return name if any(w[:1].isupper() for w in ws[1:]) else ""
