"""One item's fields from its lines: title, body, date (own, heading or page date), outlet, labels."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .. import agencymarks, clockoutlets, newsletter, when
from ..lang import language
from ..leads import DATELINE_PLACE as _DATELINE_PLACE, kicker
from ..lines import Line, words
from ..model import Context, Story
from ..notetails import closing_outlet, opening_outlet
from ..outlets import Outlets
from ..pageplaces import is_place_name
from ..sitenames import url_head
from ..viadates import labelled_source
from ..wireleads import dateline_day
from . import attribution, blankdates, datedlines, headingdate, feedrows, itemdates, itemoutlets, outletheads, rivers, shortlines, treegroups
from .gluedtitles import glued_kicker
from .issuelines import issue_head
from .quotedheads import quoted_lead
from .titleclean import TRAIL, after_date, clean_title, glued_categories

_AFTER_DATE = re.compile(r"\s*(?:\([^()]{2,40}\)\s*\.?\s*)?[—–:-]")   # (an agency between: 'PARIS, 5 mai (AFP) -')
_AGE_DASH = re.compile(r"\s+[—–-]\s")
_LEAD_BYLINE = re.compile(r"^By\s+(?:[A-ZÀ-Ý][\w'’.-]+\s+){1,3}(?:(?:and|&)\s+(?:[A-ZÀ-Ý][\w'’.-]+\s+){1,3})?"
                          r"(?=[A-ZÀ-Ý]{2,}[\s,]|\()")
_LEAD_PLACE = re.compile(r"^[A-ZÀ-Ý][\w .'’()/-]{1,60},\s*$")
_PAREN_OUTLET = re.compile(r"\((?P<name>[^()]{2,40}?)(?:\s*\$)?\)\s*$")
# ('… stay closed (HINA);': a list item's closing semicolon or full stop after the brackets)
_PAREN_OUTLET_TAIL = re.compile(r"(?<!\s)\s*\((?P<name>[^()]{2,40}?)(?:\s*\$)?\)\s*(?P<stop>[.;]?)\s*$")
# '[#powergrid] — text', '[Energy] text': a paragraph's own label in brackets (evidence.py)
LABEL_OPEN = re.compile(r"^\[#?(?P<label>[^\[\]#]{2,30})\]\s*[—–:-]?\s*(?=\S)")
_GLUED_DATE = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}$")
# Function words that open a sentence: after a lowercase word with no punctuation they mark where
# a headline glued to its teaser ends ('… poco o nulla Con la stretta …').
@dataclass
class Group:
    lines: list[Line]
    mode: str          # titled, teaser, kicker, line, dashed, plain, headonly, time
    index: int         # where it starts among the page's lines


@dataclass
class Page:
    ctx: Context
    lang: str
    order: str | None
    page_date: dt.date | None
    page_year: int | None
    categories: set[str]
    notes: list[str] = field(default_factory=list)
    running: dict[int, tuple[dt.date | None, str]] = field(default_factory=dict)
    dates_trail: bool = False   # each item's date line is below it (itemdates.py)
    outlet_above: dict | None = None   # each item's outlet line is above it (itemoutlets.py)
    year_stated: bool = False   # page_year is written on the page (else it is the capture's)
    outlet_running: dict[int, str] = field(default_factory=dict)   # the feed each item is listed under (treegroups.py)
    page_basis: str = "stated"  # how page_date was read: a date line without its year is 'derived' or 'estimated'
    outlets_dated: bool = False   # most items' outlet lines date them ('Read at X, 28 February'): the page's date is none's
    marks: frozenset = frozenset()   # lower-case agency marks closing paragraphs, '(awp)' beside '(sda)' (agencymarks.py)

    @classmethod
    def of(cls, ls: list[Line], raw: list[str], ctx: Context, groups: list[Group]) -> "Page":
        text = "\n".join(raw)
        lang = language(text)
        found = [f for l in ls for f in l.dates]
        order = when.decide_order(found, lang, ctx.captured)
        first = groups[0].index if groups else len(ls)
        page_date, page_year = None, None
        # a date line among the first item's own lines is that item's when the other items have theirs
        # too ('Headline' / 'Mon 5 May 2025' / text, each): no page date to give an undated item
        # (so is a 'Published …' line under the first headline, or one under its credit, 'door ANP': an article's own)
        # (a list's one-line items each closing on their date: 'Headline · 2026-11-26T18:20+01:00')
        own = sum(1 for g in groups if any(l.kind in ("date", "outlet") and l.dates or l.kind == "head" and l.dates
                                           and l.dates[-1].end >= len(l.text.rstrip()) - 1 for l in g.lines)) >= 3
        mailed = itemdates.self_dated(groups) > 0 or itemdates.lead_dated(ls, groups)   # (an e-mail's send date then dates none: itemdates.py)
        for l in [l for i, l in enumerate(ls[:max(first, 1)]) if not (mailed and itemdates.mail_date(ls, i))] + [
                l for i, l in enumerate(ls[:6]) if (l.kind in ("date", "head") or _greets(l))
                and not ((own or blankdates.published(l.text) or i and ls[i - 1].kind == "outlet") and i >= first) and not (mailed and itemdates.mail_date(ls, i))]:
            for f in ([] if itemdates.is_range(l.text, l.dates) else l.dates):
                d = f.resolve(order)
                if d and page_date is None and (l.kind in ("date", "head") or _greets(l)) and not _later(d, ctx):
                    page_date = d
            page_year = page_year or next((f.year for f in l.dates if f.year), None) or itemdates.month_year(l, l is ls[0])
        if page_year and ctx.captured and page_year > ctx.captured.year:
            page_year = None   # (a page saved in 2025 does not date its items in 2027: that year is a headline's)
        cats = glued_categories([g.lines[0].text for g in groups if g.lines])
        page = cls(ctx, lang, order, page_date, page_year or (ctx.captured.year if ctx.captured else None), cats,
                   year_stated=page_year is not None)
        if any(f.kind == "num" and f.a != f.b for f in found):
            page.notes.append(f"date order: {order or 'undecided'} (from {'the numbers' if order and lang == 'en' else 'the language ' + lang if order else 'no evidence'})")
        if page_date is None:
            headingdate.dated_title(page, ls, groups) or itemdates.yearless_page_date(page, ls[:max(first, 1)] + ls[:6])
        page.dates_trail = itemdates.dates_trail(ls, groups)
        page.running = itemdates.running_dates(ls, groups, page)
        outs = [l for l in ls if l.kind == "outlet"]
        page.outlets_dated = sum(1 for l in outs if l.dates) >= max(3, 0.6 * len(outs))
        page.outlet_above = itemoutlets.above(ls, groups)
        page.outlet_running = {k: v for k, v in treegroups.running(ls, [g.index for g in groups]).items() if v} or outletheads.running(ls, [g.index for g in groups])
        page.marks = agencymarks.lower_marks(raw)
        return page

    def resolve(self, f: when.Found) -> tuple[dt.date | None, str]:
        if f.kind == "relative":
            d = when.relative_to(f, self.ctx.captured)
            return d, "derived" if d else ""
        order = self.order or (when.decide_order([f], self.lang) if f.kind == "num" else None)
        d = f.resolve(order)   # a date in a long line was not among the page's evidence: its own numbers
        if d:
            return (d, "stated") if not _later(d, self.ctx) else (None, "")
        if f.year is None and self.page_year and f.resolve(order, self.page_year):
            d = f.resolve(order, self.page_year)
            if self.ctx.captured and (not self.page_date or self.page_basis != "stated") and d > self.ctx.captured:
                d = f.resolve(order, self.page_year - 1)
            return d, "derived" if self.page_date and self.page_basis == "stated" or self.year_stated else "estimated"
        return None, ""

    def ahead(self, f: when.Found) -> bool:
        """f names a day without its year that falls after the capture in the capture's year ('… begins
        7 May' saved on 29 April): in a headline, the event's day, never pushed back to the year before."""
        if f.year is not None or f.kind == "relative" or self.ctx.captured is None:
            return False
        d = f.resolve(self.order or (when.decide_order([f], self.lang) if f.kind == "num" else None), self.ctx.captured.year)
        return d is not None and _later(d, self.ctx)

    def later(self, f: when.Found) -> bool:
        """f states a date after the capture: part of a headline ('… set for 12 May 2027'), no item's date."""
        d = f.resolve(self.order) if f.kind != "relative" else None
        return d is not None and _later(d, self.ctx)


def _later(d: dt.date, ctx: Context) -> bool:
    """A date after the capture (a day's grace for time zones) is an event's ('vote set for 12 May
    2027'), not the date an item or its page was published."""
    return ctx.captured is not None and d > ctx.captured + dt.timedelta(days=1)


def _greets(l: Line) -> bool:
    """A newsletter's dated greeting, or its issue line with the issue's date ('Newsletter n. 548 del 27 novembre 2026')."""
    return (l.kind == "prose" and any(f.year and newsletter.dated_greeting(l.text, f.end) for f in l.dates)
            or any(f.year for f in l.dates) and issue_head(l.text))


def _ends_dates(t: str) -> list:
    """Dates at the start or the end of a long line (where an item's own date is written)."""
    head = [f for f in when.find_dates(t[:60]) if f.end < 60]
    if not any(f.year for f in head) and any(c.isdigit() for c in t[56:80]):   # a press release's lead: type, issuer, place, date
        head = [f for f in when.find_dates(t[:80]) if f.end < 80]
    shift = len(t) - 40
    tail = [when.Found(**{**f.__dict__, "start": f.start + shift, "end": f.end + shift})
            for f in when.find_dates(t[-40:]) if f.start > 0]
    return head + [f for f in tail if f.start >= 80]


def ends_with_outlet(text: str, outlets: Outlets) -> bool:
    m = _PAREN_OUTLET.search(text)
    return bool(m) and outlets.is_outlet(m["name"])


def line_end_marker(text: str) -> bool:
    t = text.rstrip()
    return bool(t.endswith("|") or _GLUED_DATE.search(t))


def _texts(g: Group) -> list[Line]:
    return [l for l in g.lines if l.kind in ("prose", "head", "plus") and not l.section]


def has_text(g: Group) -> bool:
    """Whether `story` makes a story of the group (else it is page lines between items)."""
    return bool(_texts(g))


def story(g: Group, page: Page, outlets: Outlets) -> Story | None:
    texts = _texts(g)
    if not texts:
        return None
    st = Story(line=g.lines[0].no, paras=[])
    title_line = None
    if g.mode in ("titled", "headonly"):
        title_line = texts[0]
    elif g.mode == "teaser":
        title_line = next((l for l in texts if l.kind == "head"), None)
    elif g.mode == "time" and shortlines.headline_over_text(texts):
        title_line = texts[0]   # '15:51 Uhr' / 'Headline' / (dek) / text: a ticker entry with its headline
    body = [l for l in texts if l is not title_line]
    title = ""
    if title_line is not None:
        title = clean_title(title_line.text, st, page, outlets)
    lead = ""
    if g.mode == "dashed" and body:   # a river's 'Headline  —  teaser' line
        lead, rest = rivers.split(body[0].text)
    elif g.mode == "line" and body:   # the headline glued to its text first: the text's date follows it
        lead, rest = datedlines.glued(body[0], st, page) or feedrows.glued(body[0], st, page) or glued_kicker(body[0].text, page.categories)
    paras = [_clean_body(rest if g.mode in ("line", "dashed") and k == 0 else l.text, st, page, outlets)
             for k, l in enumerate(body)]
    if title_line is not None:
        if g.mode == "headonly":
            paras = [title]
    elif g.mode in ("kicker", "line", "dashed") and paras:
        if g.mode == "kicker":   # (the body keeps its bold lead; one marked by emphasis alone is the line's)
            title = kicker(paras[0]) or (body[0].lead if body[0].lead in paras[0] else "")
            # ('KOTA KINABALU: Sabah …': a place in capitals is a dateline; cut there, the title derived)
            title = "" if title.isupper() and is_place_name(title.title()) else title
        else:
            title = lead
        title = clean_title(title, st, page, outlets)
    quoted = quoted_lead(texts[0].text, bool(texts[0].marker), outlets.is_outlet) if g.mode in ("plain", "headonly") else None
    if quoted:   # '- "Headline" — Outlet. remark': a note's pasted headline, its outlet
        title, st.source = quoted[0], quoted[1] or st.source
    st.title = title
    st.paras = [p for p in paras if p]
    if not st.paras and st.title:
        st.paras = [st.title]
    _meta(g, st, page, outlets, title_line)
    return st


def _clean_body(text: str, st: Story, page: Page, outlets: Outlets) -> str:
    t, site = url_head(TRAIL.sub("", text.strip()))   # ('https://site.com/… — Headline': the site's)
    st.source = st.source or site
    if t[:3] == "By ":   # 'By A and B BALASORE, India (Reuters) – …': the authors, not the text (nor its names)
        t = _LEAD_BYLINE.sub("", t, count=1)
    label = LABEL_OPEN.match(t) if t[:1] == "[" and not st.paras and not st.labels else None
    if label and not when.find_dates(label["label"]):
        st.labels.append(label["label"].strip())
        t = t[label.end():]
    found = when.find_dates(t) if len(t) <= 120 else _ends_dates(t)
    place = _DATELINE_PLACE.match(t[:found[0].start]) if found else None
    # 'KYIV, March 4, 2025 — …', or a full date after a longer lead ('European Commission Press release
    # Brussels, 23 July 2014 The Commission …'): the item's date, kept in the body
    if found and found[0].year and not place:
        place = _LEAD_PLACE.match(t[:found[0].start])
    if found and place and (_AFTER_DATE.match(t[found[0].end:]) or found[0].year) and found[0].kind != "relative" \
            and not st.date:
        st.date, st.date_basis = page.resolve(found[0])
    elif found and found[0].start <= 2 and not st.date and (found[0].kind != "relative" or _AGE_DASH.match(t, found[0].end)):
        f = found[0]   # (an age only before a dash: a search card's '1 day ago — snippet', 'vor 2 Tagen – …')
        st.date, st.date_basis = page.resolve(f)
        t = after_date(t[f.end:], st, outlets).lstrip(" :,–—-|])•·")   # ('May 19, 2026 • text')
    elif found and found[-1].end >= len(t) - 1 and found[-1].start > len(t) // 2 and not st.date \
            and not (t[-1:] == "." and t[:found[-1].start].rstrip()[-1:].islower()):   # ('… realizar-se a 18 de maio.': the sentence's)
        f = found[-1]
        st.date, st.date_basis = page.resolve(f)
        t = t[:f.start].rstrip(" ,;–—-|")
    day = when.find_dates(dateline_day(t)) if not st.date and (t[:1].isupper() or t[:1] == "(") else []
    if day:   # 'Madrid, 5 may (EFE).- …': the dateline's day (a wire's lower-case month is no verb there)
        st.date, st.date_basis = page.resolve(day[0])
    t, name = outlets.more_at(t)   # '… Read more from KQED.', 'Mehr dazu im Spiegel': its outlet
    t, labelled = labelled_source(t, st, page)   # '… (fonte: Staffetta Quotidiana)', '… (via X, 29/10)'
    st.source = st.source or name or labelled
    rest, name = outlets.wire(t)
    if not name:
        name = opening_outlet(t, outlets)[1]   # "(Outlet) The text …" (kept in the text, as a wire lead is)
    if name:
        st.source = st.source or name
    m = _PAREN_OUTLET_TAIL.search(t)
    name = m["name"].split(" via ")[0] if m else ""   # '(AP via New Haven Register)': AP's report
    name = name if "/" not in name or outlets.is_outlet(name) else name.split("/")[0]   # '(APA/red)', '(dpa/lnw)': the agency's, an editor's mark after it
    if m and not t.startswith("+") and (outlets.is_outlet(name) or name in page.marks):
        st.source = st.source or name.strip()
        t = t[:m.start()].rstrip() + (m["stop"] if m["stop"] == "." else "")
    t, name = closing_outlet(t, outlets)   # '… (lemonde.fr)', '… → Ouest-France': a note's
    st.source = st.source or name
    return t


def _meta(g: Group, st: Story, page: Page, outlets: Outlets, title_line: Line | None) -> None:
    """Date, outlet and labels from the item's own meta lines, else the heading or page date."""
    texts = [k for k, l in enumerate(g.lines) if l.kind in ("prose", "head", "plus") and not l.section]
    last_text = max(texts) if texts else 0
    lead = page.outlet_above
    outlet = lead.get(g.index) if lead is not None else attribution.outlet_line(g.lines)
    later = False
    for k, l in enumerate(g.lines):
        if l.labels:   # (a labels line's, a headline's own: sectionlabels.py, or a date line's section: metafields.py)
            st.labels += l.labels
        if l.kind == "date" and l.dates and not st.date and (k < last_text or g.mode == "teaser" or page.dates_trail):
            st.date, st.date_basis = page.resolve(l.dates[0])
            later = later or page.later(l.dates[0])   # (its own day is after the capture: no other day is its)
    if outlet is not None:
        st.source = attribution.in_full(st.source, outlet.outlet, outlet.text)
        if outlet.dates and not st.date:   # 'Outlet, 12/03/2025, pag. 31'
            st.date, st.date_basis = page.resolve(outlet.dates[0])
        day = None if st.date else clockoutlets.day_on_page(outlet.text, page.page_date)
        if day:   # '04, 22:40 Observador'
            st.date, st.date_basis = day, "derived"
    st.source = st.source or page.outlet_running.get(g.index, "")
    if not st.date and not later:
        d, basis = page.running.get(g.index) or (None, "")
        if d and not (page.outlets_dated and outlet is not None and d == page.page_date):
            st.date, st.date_basis = d, basis
    if not st.date:
        rel = [f for l in g.lines if l.kind == "date" for f in l.dates if f.kind == "relative"]
        nyear = [f for l in g.lines if l.kind == "date" for f in l.dates if f.kind != "relative" and f.year is None]
        if rel:
            st.notes.append(f"date: relative; {when.CAPTURE_HINT}")
        elif nyear:
            st.notes.append(f"date: no year given; {when.CAPTURE_HINT}")
