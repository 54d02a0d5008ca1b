"""Which date line dates which item: a date line above an item (or a date heading over several)
dates the items below it, unless the page writes each item's date *below* it ('Headline / teaser
/ 14 Nov, 2025, 06.12 PM IST'), which the page's own shape shows: its last item ends with a date
line and its first item has none above it. Read wrongly, every date lands one item late."""
from __future__ import annotations

import re

from .. import todaydates, when
from ..leads import opens_with_date
from ..lines import BYLINE, EMAIL_HEADER, Line, words
from ..readmore import READ_MORE_LINE
from . import agestamps, blankdates, datelined, postdates, stampdates
from .issuelines import issue_head, issue_line

TEXT = ("prose", "head", "plus")
_FOOT_WORDS = 5   # words at most in a furniture line of an item's foot ('Read more', 'Harriet Okafor')


def _last_text(lines: list[Line], start: int) -> int:
    texts = [start + k for k, l in enumerate(lines) if l.kind in TEXT and not l.section]
    return max(texts) if texts else start


def _date_line(l: Line) -> bool:
    """A date line, or an outlet's line with its date ('18/05/2025 22:10 | Rosario | Noticias Argentinas')."""
    return l.kind in ("date", "outlet") and bool(l.dates)


def _trailing_at(ls: list[Line], g) -> int:
    """Where the first date line after the item's last text line is, among its own lines (-1: none)."""
    end = g.index + len(g.lines)
    return next((j for j in range(_last_text(g.lines, g.index) + 1, end) if _date_line(ls[j]) and not _day_heading(ls, j)), -1)


def _day_heading(ls: list[Line], j: int) -> bool:
    """A date line over a clock time ('Monday 30 November 2026' / blank / '17:42' / headline): it
    heads that day's entries, and closes no item above it."""
    return j + 1 < len(ls) and ls[j + 1].kind == "time"


def _trailing_date(ls: list[Line], g) -> Line | None:
    """The first date line after the item's last text line, among its own lines (or its outlet's line with a
    date, 'By Press Association · 15 Sep', where the other items have a date line: 'A Name · 3 hrs ago')."""
    j = _trailing_at(ls, g)
    return ls[j] if j >= 0 else None


def dates_trail(ls: list[Line], groups: list) -> bool:
    """Each item's date line follows its text: the last item has one after its text, most items
    do, and nothing but headings stands between the page's top and the first item (a date line
    just above the first item would be that item's own). A last item without a date line does not
    undo it when the first has one and every date line closes its block."""
    first = groups[0].index if groups else 0
    # (items with text: a headline alone, 'Filter' or 'Is this page useful?', is the page's furniture;
    # on a page of headlines alone, each with its date line under it, every item counts)
    texted = [g for g in groups if any(l.kind == "prose" for l in g.lines)]
    groups = texted if len(texted) >= 3 else groups
    above_first = any(l.kind == "date" for l in ls[max(0, first - 2):first])
    if len(groups) == 2:   # too few to count: each date line right under its text, closing its block
        return not above_first and all(_closes(ls, g) for g in groups)
    if len(groups) < 3:
        return False
    trailing = [g for g in groups if _trailing_date(ls, g) is not None]
    texted = [g for g in groups if g.mode != "headonly"]   # (a label or heading alone between items is no item to date)
    if len(trailing) < 0.6 * len(texted) or above_first:
        return False
    # (or the first item has one and each date line closes its item's block under its text, the last
    # item's left without one: 'text' / 'vor 3 Std.' / blank; not under a label line, 'Ausland' / 'vor 2 Tagen')
    closing = len(trailing) >= 2 and trailing[0] is groups[0] and all(
        _closes(ls, g) and ls[_above_foot(ls, _trailing_at(ls, g))].kind == "prose" for g in trailing)
    return trailing[-1:] == groups[-1:] or closing or _footers(ls, trailing, groups[-1], first)


def _footers(ls: list[Line], trailing: list, last, first: int) -> bool:
    """The last item has no date line at all (a page whose items all end 'Par X | Publié le 19/05/25',
    '19/05/2025 - 00:42 hs', its last item without one): the others' date lines trail them still when
    each stands right under its text, nothing between but its foot's lines (a byline, a source, a
    'Read more', a name: _signature) and no blank line, and no date line stands above the first item. A date line after a blank
    line, or over the first item too, heads the item below it ('Pressemitteilung Nr. 30/2025 vom 8.
    April 2025' / … / headline); one after the next item's headline printed first ('Headline' /
    'Section' / '2 days ago' / blank / 'Headline' / text) is that item's."""
    if any(_date_line(l) for l in last.lines) or any(_date_line(l) for l in ls[:first]):
        return False
    for g in trailing:
        j = _trailing_at(ls, g)
        between = range(_last_text(g.lines, g.index) + 1, j)
        if ls[j].gap or any(ls[k].gap or not _signature(ls[k]) for k in between):
            return False
    return True


def _signature(l: Line) -> bool:
    """A line of an item's foot between its text and its date: a byline, a source, a role or a name
    set apart as furniture, a 'Read more' link: a few words, no headline's."""
    return l.kind == "outlet" or bool(BYLINE.match(l.text)) or l.kind == "furn" and words(l.text) <= _FOOT_WORDS


def _closes(ls: list[Line], g) -> bool:
    """The item's date line stands right under its last text line and a blank line, a read-more
    link (or the page's end) follows it, or its buttons before them: 'Headline' / 'text' / '16 May 2026' /
    ('Share') / blank or 'Read more'."""
    j = _trailing_at(ls, g)
    return j >= 0 and _closes_at(ls, j)


def _closes_at(ls: list[Line], j: int) -> bool:
    line = ls[j]
    k = next((k for k in range(j + 1, len(ls)) if ls[k].kind not in ("furn", "labels") or ls[k].gap > 0
              or READ_MORE_LINE.match(ls[k].text)), len(ls))   # (past its 'Teilen' button, its '• Pay  • Media release')
    return line.gap == 0 and ls[_above_foot(ls, j)].kind in TEXT and (
        k == len(ls) or ls[k].gap > 0 or bool(READ_MORE_LINE.match(ls[k].text)))


def _above_foot(ls: list[Line], j: int) -> int:
    """The line above date line j and the item's foot right above it (one source or byline line:
    'Teaser.' / 'Riverina branch' / '13 April 2026'), with no blank line between."""
    return j - 2 if j >= 2 and ls[j].gap == ls[j - 1].gap == 0 and _signature(ls[j - 1]) else j - 1


def running_dates(ls: list[Line], groups: list, page) -> dict[int, tuple]:
    """For each group, (date, basis) of the last date line or date heading above it (after the
    previous item's text), else the page's date; on a page whose dates trail their items, the
    date line below the item. The basis stays the line's: a heading without a year ('1st April')
    dated with the capture's year is an estimate, not a stated date."""
    out = {}
    own = own_dated(groups)
    mailed = self_dated(groups) > 0 or lead_dated(ls, groups)
    # (nor an issue's or episode's date at the top where an item dates itself: that day is the issue's)
    head = _masthead(ls, groups) if mailed else 0   # (a date line under 'Init Weekly #42: …' is the issue's too)
    issued = mailed and (head > 0 or any(l.kind == "date" and l.dates and issue_line(l.text) for l in ls[:6]))
    if own and groups:   # (where most items date themselves, a post's date under its author's name is the post's)
        head = max(head, postdates.post_head(ls, groups[0].index))
    # (its items' datelines date them, or their date lines under their headlines: the top's date is the edition's, the site's)
    if groups and (datelined.edition_page(ls, groups) or stampdates.dated_under(ls, groups)):
        head, issued = max(head, groups[0].index), True
    page_dated = (page.page_date, page.page_basis) if page.page_date and not own and not issued else (None, "")
    if page.dates_trail:
        for g in groups:
            line = _trailing_date(ls, g)
            d = page.resolve(line.dates[0]) if line is not None else (None, "")
            out[g.index] = _dated(page, line, d, page_dated)
        return out
    current = page_dated
    last_text = -1
    # most items under a clock time on a dated page ('Tuesday, 14 April 2026' / … / '07:45' / headline):
    # the page's day is theirs, not that of an item without a time or a date of its own
    clocked = page_dated[0] is not None and sum(1 for g in groups if _clocked(ls, g)) >= max(2, len(groups) // 2)
    for g in groups:
        blank = False   # its own date line left empty ('Posted on'), not a heading's label above a date line
        aged = None   # (what dated the items before an age in hours above this one: agestamps.py)
        for j in range(last_text + 1, g.index):
            if _runs_on(ls, j, own or mailed) and j >= head:
                aged = current if agestamps.hours_age(ls[j]) else None
                current = _dated(page, ls[j], page.resolve(ls[j].dates[0]), current)
            blank = blankdates.blank(ls[j]) or blank and ls[j].kind != "date"
        blank = blank or clocked and current == page_dated and not _clocked(ls, g) or blankdates.own_blank(g.lines)
        out[g.index] = (None, "") if blank else current   # (undated; the next items keep `current`)
        current = current if aged is None else aged
        last_text = _last_text(g.lines, g.index)
        s = _signed(ls, g)
        if s >= 0:   # its own, not the next items' ('text' / '— Outlet, 15/5/2025' / blank)
            out[g.index] = _dated(page, ls[s], page.resolve(ls[s].dates[0]), current)
            last_text = s   # (nor does it head the next item)
            continue
        for j in range(last_text + 1, g.index + len(g.lines)):
            if _runs_on(ls, j, own or mailed) and j >= head:   # (an issue's date line under the newsletter's name too)
                current = _dated(page, ls[j], page.resolve(ls[j].dates[0]), current)
    return out | {i: (None, "") for i in stampdates.unstamped(ls, groups) | stampdates.past_section(ls, groups)}   # (its stamp is one item's)


def _masthead(ls: list[Line], groups: list) -> int:
    """Where a newsletter's masthead ends when it names its issue by number and prints a date ('Init
    Weekly #42: The hottest week' / subtitle / author / 'May 18, 2026'): the first lines above its
    first item; 0 when it names no issue. Its date is the issue's, not an item's."""
    top = ls[:min(6, groups[0].index if groups else 0)]
    named = any(issue_head(l.text) for l in top if l.kind != "date")
    return len(top) if named and any(l.kind == "date" and l.dates for l in top) else 0


def _clocked(ls: list[Line], g) -> bool:
    """The item stands right under a clock time ('07:45' / headline)."""
    return g.index > 0 and ls[g.index - 1].kind == "time"


def _runs_on(ls: list[Line], j: int, self_dating: bool) -> bool:
    """Whether date line j dates the items under it: not an e-mail's send date nor an issue's
    ('Ausgabe 15/2026 · Dienstag, 14. April 2026') on a page whose items date themselves."""
    return ls[j].kind == "date" and bool(ls[j].dates) and not (self_dating and (mail_date(ls, j) or issue_line(ls[j].text)))


# an e-mail's header date ('Date: Fri, 12 Sep 2025', 'Gesendet: …'), among its 'From:' and 'Subject:' lines
_MAIL_DATE = re.compile(r"(?i)^(?:date|sent|datum|gesendet|envoyé|date d['’]envoi|enviado|fecha|inviato|data|verzonden)\s*:")


def mail_date(ls: list[Line], j: int) -> bool:
    """When the e-mail was sent, a heading over no item (a clipping's 'Date:' field among 'Source:' and 'Page:' is its item's)."""
    return bool(_MAIL_DATE.match(ls[j].text)) and any(EMAIL_HEADER.match(ls[k].text) for k in (j - 1, j + 1) if 0 <= k < len(ls))


def own_dated(groups: list) -> bool:
    """Most items whose outlet line stands under their text date themselves there ('Source: X, 11
    September', 'Found in: X · 15 Sep 2025'): the page's date (an issue's, a mail's) is not theirs,
    and an item without one stays undated rather than take it, nor the date of the e-mail that
    brought them. (A date line alone may be a heading over the next items: not counted.)"""
    own, signed = self_dated(groups), sum(1 for g in groups if _source_lines(g))
    return own >= 2 and own >= 0.5 * signed


def self_dated(groups: list) -> int:
    """How many items date themselves in their outlet line under their text. Even one in a
    newsletter e-mail ('Source: Weekly Times, 17 Oct' among undated 'Source: X') says the issue
    dates the items it knows the day of: the send date is not the others' (running_dates)."""
    return sum(1 for g in groups if any(l.dates for l in _source_lines(g)))


def lead_dated(ls: list[Line], groups: list) -> bool:
    """An item dates itself in its lead ('September 17, 2026: Transgrid told …', '15.09.2026 – Der
    Konzern …', 'KYIV, March 4, 2025 — …'), or its row opens with its date ('18/09/2026 | KenGen |
    …'): as an outlet line's date (self_dated), the issue's date is then none of the undated items'.
    (Per item, its first two lines: a literal digit test before the date search.)"""
    return any(opens_with_date(l.text) for g in groups for l in g.lines[:2]
               if l.kind in TEXT and not l.section and any(c.isdigit() for c in l.text[:40]))


def _source_lines(g) -> list[Line]:
    return [l for l in g.lines[_first_text(g.lines) + 1:] if l.kind == "outlet"]


def _first_text(lines: list[Line]) -> int:
    return next((k for k, l in enumerate(lines) if l.kind in TEXT and not l.section), len(lines))


def _signed(ls: list[Line], g) -> int:
    """The item's date line signed with a dash right under its text, closing it as a quotation's
    source does ('— Corriere della Sera, 15/5/2025', '– A. Name, 3 March'), not above the next item:
    its index (-1: none)."""
    j = _trailing_at(ls, g)
    if j < 0 or ls[j].gap:
        return -1
    line = ls[j]
    if line.text[:1] not in "—–":   # (or a date line closing its block under its text or its byline, a blank
        # line after it, on a page whose other date lines head their items: 'text' / 'vor 5 Std.' / blank,
        # 'text' / 'By A Name, Reuters' / 'Sept. 18, 2026' / blank: its own, not the next item's)
        # (not a bulleted date, a heading of the list; nor one under a headline or a section's label)
        foot = _above_foot(ls, j)
        return j if line.kind == "date" and not line.marker and ls[foot].kind == "prose" and not ls[foot].section \
            and _closes_at(ls, j) else -1
    return j if ls[j - 1].kind in TEXT and (j + 1 == len(ls) or ls[j + 1].gap > 0 or ls[j + 1].marker) else -1


def _dated(page, line: Line | None, d: tuple, before: tuple) -> tuple:
    """The (date, basis) a date line gives its item, or the items under it: its own, else the one
    above it (a heading's, the page's); but no day under an age in weeks ('1 week ago') or under a
    day after the capture (an event's, items.Page.later), not the one above either."""
    if d[0] or line is None:
        return d if d[0] else before
    return (None, "") if line.dates[0].vague or page.later(line.dates[0]) else before


def yearless_page_date(page, top: list[Line]) -> None:
    """A date line at the page's top without its year ('SEVILLA 17 Mar. (EUROPA PRESS) -', 'Monday 17
    March') dates the page in the year stated on it, else the capture's (never later than the capture:
    then the year before); without either the page stays undated. Only a line that is a date, not a
    headline that holds one, nor a relative date ('4 uur geleden': an item's, not the page's)."""
    for l in top:
        for f in (l.dates if l.kind == "date" or todaydates.says_today(l.text, l.dates) else []):   # ('heute ist Mittwoch, der 9. Dezember')
            d, basis = page.resolve(f) if f.year is None and f.kind != "relative" else (None, "")
            if d:
                page.page_date, page.page_basis = d, basis
                return


def month_year(l: Line, title: bool = False) -> int | None:
    """'Monthly Archives: March 2015', 'Mars 2015': a heading's month and year, the year of the
    days written under it without one ('Mar 30'); or the page's title line naming its year
    ('2024 in Germany', 'Chronik 2024': the year first or last of a few words)."""
    if title and l.kind == "head" and words(l.text) <= 5 and _TITLE_YEAR.search(l.text):
        return when.year_of(l.text)
    if l.kind not in ("head", "date"):
        return None
    # the year beside the month ('March 2015', '2015 March'), not any year of a headline that also
    # names a month ('… closes by 2027, strike on 10 April' says nothing of its page's year)
    ws = [w.lower().strip(".,:;()") for w in l.text.split()]
    for k, w in enumerate(ws):
        if w in when.MONTHS:
            for y in ws[k + 1:k + 2] + ws[max(0, k - 1):k]:
                if _YEAR_WORD.fullmatch(y):
                    return int(y)
    return None


_YEAR_WORD = re.compile(r"(?:19|20)\d\d")
_TITLE_YEAR = re.compile(r"^(?:19|20)\d\d\b(?!\s*[-–—/.])|\b(?:19|20)\d\d$")


def is_range(text: str, found: list) -> bool:
    """'8 March – 14 March 2010': a span of days, not the date of the page."""
    return len(found) >= 2 and bool(re.match(r"^\s*(?:[-–—]|to|bis|au|al|a)\s*$", text[found[0].end:found[1].start], re.I))
