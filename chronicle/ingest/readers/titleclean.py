"""An item's title cleaned of what is printed around it: a bullet, a chapter's time before it, a
ticker's time after it, quotes, a glued category, a date after a separator, an outlet before or after it."""
from __future__ import annotations

import re

from .. import readtimes, when
from ..lines import DATE_LEAD
from ..domains import outlet_of
from ..model import Story
from ..notetails import closing_outlet
from ..outlets import Outlets
from ..printedtwice import once
from ..sitenames import url_head
from . import attribution

# ('PhysicsLIGO …', 'Comunidad de MadridMadrid adjudica …': a name's particles in lower case)
GLUED_CATEGORY = re.compile(r"^(?P<cat>(?:[A-ZÀ-Ý][a-zà-ÿ]+ (?:(?:de|del|di|du|des|da|von|der|of) )?){0,2}"
                            r"[A-ZÀ-Ý][a-zà-ÿ]{3,})(?=[A-ZÀ-Ý][\w’'])")
# `(?<!\s)`: a pattern for a text's end starts where a run of spaces starts, not at each (100,000: 30 s)
TRAIL = re.compile(r"(?<!\s)\s*[|·•]\s*$")
_ISO_TIME = re.compile(r"^T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?\s*")
_COLUMN = re.compile(r"^(?P<name>\S[^\t]{0,38}?\S)(?:\s{2,}|\t)(?=\S)")
_TICKER_MARKS = re.compile(r"^\+{2,}\s*|\s*\+{2,}$")   # a news ticker's '+++' around its lines
# a bare link after a headline's last word: a domain and a path, no spaces ('bbc.in/3xyz', 'apnews.com/x-y')
_LINK_AFTER = re.compile(r"(?<=[^\W\d_])\s+(?:https?://)?(?:[\w-]+\.)+[a-z]{2,12}/\S*$")
_PAREN_DATE = re.compile(r"\([^()]{2,60},\s*(?P<prep>[^\W\d]{1,3}\s+)?$")
_SEP_BEFORE = re.compile(r"\s[·•|—–(-]\s*$|\($")   # what sets a date off from the headline before it
# 'Headline · 2:45 PM', 'Headline — 14:05': a 'Top stories' list's time after its headline
# and a ticker's time glued to its end, bare or with a preposition ('… à 14h31', '… alle 14:31', '… 14:31')
_TIME_AFTER = re.compile(r"(?i)(?<!\s)\s+(?:[|·•—–-]\s*(?:\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\.?|\d{1,2}[:.h]\d{2}(?:\s*(?:uhr|h))?)"
                         r"|(?:(?:à|um|alle|ore|a las|at)\s+)?[0-2]?\d(?::[0-5]\d(?:\s*uhr)?|h[0-5]\d))\s*$")
# '01:12 — Headline': a chapter's mark; '03:32 PM  Headline', '09:15 Uhr Schlagzeile': a ticker's time, whose
# AM/PM, 'a.m.', 'Uhr' or 'h' belongs to the time ('Am' capitalised is a German headline's first word);
# '11.30 Uhr' (a dot only with its 'Uhr': '3.5 million' is a number) and '15h40' are times too
_TIME_BEFORE = re.compile(r"^(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s?(?:AM|PM|A\.M\.|P\.M\.|[ap]\.?m\.?|Uhr|h)(?![\w.]))?"
                          r"|[0-2]?\d\.[0-5]\d\s?Uhr(?![\w.])|[0-2]?\dh[0-5]\d(?!\w)):?\s+(?:[—–|·-]\s+)?(?=\S)")   # ('22.12 Uhr: Headline')
# bullets and flags go, '£100m' keeps its pound, '[Reuters] Title' its outlet's mark (Outlets.head)
_LEAD_SYMBOLS = re.compile(r"^(?!\[[^\[\]]{2,50}\]\s)[^\w\"“„«‘'¿¡(£$€¥#@]+")
_KEYCAP = re.compile(r"^(?:\d{1,2}\ufe0f?\u20e3|🔟)+\s*")   # ('1️⃣ Headline': a number written as a keycap emoji)
_DATE_PREP = re.compile(r"(?i)(?:^|\s)(?:on|in|from|until|by|since|before|after|am|ab|bis|seit|vom|zum|au|le|du|dès|"
                        r"depuis|jusqu['’]au|el|del|desde|hasta|il|dal|al|entro|fino al|em|até|op|tot|vanaf)\s*$")   # (pt: 'começa em 7 de maio')
_QUOTED = re.compile(r"^[\"“«„][^\"“”«»„]+[\"”»“]$")


def clean_title(title: str, st: Story, page, outlets: Outlets) -> str:
    """The title as printed, without its marks; what they say (date, outlet, label) goes on `st`
    (`page`: the page's evidence, items.Page)."""
    t = readtimes.untimed(once(title.strip()))
    t = _TIME_BEFORE.sub("", _TICKER_MARKS.sub("", t)) if t[:1] == "+" or t[-1:] == "+" else t   # ('+++ 14:32 Headline +++')
    t = _LEAD_SYMBOLS.sub("", _TIME_BEFORE.sub("", _KEYCAP.sub("", t)))
    link = _LINK_AFTER.search(t)
    if link and link.start() > 0:   # ('… the Vatican says bbc.in/3xyz': a post's shortened link)
        t, site = t[:link.start()], link.group().strip()
        st.source = st.source or outlet_of(site)   # ('… in April https://www.irishtimes.com/…': The Irish Times)
    if _QUOTED.match(t):
        t = t[1:-1].strip()   # '"Headline"' printed in quotes: the headline
    t = _TIME_AFTER.sub("", TRAIL.sub("", t)) or t
    t = attribution.GLUED_LABEL.sub("", t)
    m = GLUED_CATEGORY.match(t)
    if m and m["cat"] in page.categories:
        st.labels.append(m["cat"])
        t = t[m.end():]
    lead = DATE_LEAD.match(t)   # '3 March 2025 — Title': the item's date, set off before it
    found = when.find_dates(t[:lead.end()]) if lead else []
    if found and found[0].kind != "relative":
        st.date, st.date_basis = (st.date, st.date_basis) if st.date else page.resolve(found[0])
        t = after_date(t[lead.end():], st, outlets)
    for f in reversed(when.find_dates(t)):   # 'Title, Outlet, 4/06/2023': the date first, then the outlet
        # a date after a separator, or one with no preposition ('Storm hit 2 days ago', 'Strike on March 3': headlines)
        paren = _PAREN_DATE.search(t[:f.start])   # '(Outlet, le 14 mars)': the preposition goes with the date
        sep = (f.kind != "relative" and not _DATE_PREP.search(t[:f.start])) or bool(paren or _SEP_BEFORE.search(t[:f.start]))
        if f.end >= len(t.rstrip(" ,.;:–—-)")) - 1 and f.start > 0 and sep and not page.later(f) and not page.ahead(f):
            if not st.date:
                st.date, st.date_basis = page.resolve(f)
                if not st.date and f.kind == "relative":
                    st.notes.append(f"date: '{t[f.start:f.end]}' is relative; {when.CAPTURE_HINT}")
            t = t[:paren.start("prep") if paren and paren["prep"] else f.start].rstrip(" ,;:–—-(·•|")
            t += ")" if t.count("(") > t.count(")") else ""   # 'Title (Outlet, 3 March 2025)': '(Outlet)' is left
        break
    t, name = outlets.tail(t)
    if not name:
        t, name = outlets.head(t)
    if not name:
        t, name = closing_outlet(t, outlets)   # ('… le 10 avril. → Ouest-France': a note's)
    if not name:
        t, name = url_head(t)   # ('https://site.com/… — Headline': a note's pasted link)
    if name and not st.source:
        st.source = name
    t = t[1:-1].strip() if _QUOTED.match(t) else t   # ('"Headline" — Outlet, date': quoted, once those are off)
    return t.rstrip(" :;,–—-").removesuffix(".") if not t.endswith("..") else t


def after_date(t: str, st: Story, outlets: Outlets) -> str:
    """What follows an item's date at the start of its line, without the time after the date and
    a listed outlet in a column of its own ('… | 14:05 | Headline', '…T09:12:00Z  Reuters  Headline')."""
    t = _TIME_BEFORE.sub("", _ISO_TIME.sub("", t))
    m = _COLUMN.match(t)
    if m and outlets.is_outlet(m["name"]):
        st.source, t = st.source or m["name"], t[m.end():]
    return t


def glued_categories(firsts: list[str]) -> set[str]:
    """Category words glued to headlines ('PhysicsLIGO …'), when several items show them."""
    cats = [m["cat"] for m in (GLUED_CATEGORY.match(t) for t in firsts) if m]
    return set(cats) if len(cats) >= 2 and len(cats) >= 0.5 * len(firsts) else set()
