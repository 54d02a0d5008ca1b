"""'Latest news with #tag' listings: outlet, date, '- Category', '- Outlet', title, body."""
from __future__ import annotations

import re

from .. import dates, when
from ..model import Context, Parsed, Story

# (and as aggregators word it in the other languages: 'Últimas noticias con #X', 'Dernières actualités avec #X')
HEADER = re.compile(r"^\s*(?:(?:latest|recent|top)?\s*(?:news|stories|articles|posts)\s+(?:with|tagged|for|about)|"
                    r"(?:últimas|ultime|dernières|aktuelle|neueste)\s+(?:noticias|notícias|notizie|nouvelles|actualités|"
                    r"nachrichten|meldungen)\s+(?:con|com|avec|sur|sobre|su|mit|zu|zum|zur))\s+#?(?P<tag>\S.{0,60}?)\s*$", re.I)
DASH = re.compile(r"^\s*[-–•·∙▪◦‣›»*+]\s+(?P<text>.+?)\s*$")   # (a dash, the bullet or guillemet a site prints, or a Markdown "* " / "+ ")


def record_starts(rows: list[tuple[int, str]]) -> list[int]:
    """Row indexes where a record starts: a short outlet line followed by a date line, or (a record
    the site prints without its date) by the bullets of which one repeats it."""
    dated = [i - 1 for i in range(1, len(rows))   # (the cheap test first: most lines are longer)
             if len(rows[i - 1][1]) <= 60 and dates.is_date_line(rows[i][1]) and not dates.is_date_line(rows[i - 1][1])
             and not HEADER.match(rows[i - 1][1]) and not DASH.match(rows[i - 1][1])]
    return sorted(dated + [i for i in range(len(rows) - 1) if _undated_start(rows, i)]) if len(dated) >= 2 else dated


def _undated_start(rows: list[tuple[int, str]], i: int) -> bool:
    text = rows[i][1]
    # (whether a bullet follows first: asked of every row, and most rows are followed by none)
    if i + 1 >= len(rows) or not DASH.match(rows[i + 1][1]) or len(text) > 60 or DASH.match(text) \
            or HEADER.match(text) or dates.is_date_line(text):
        return False
    bullets = []
    for _, t in rows[i + 1:i + 4]:
        m = DASH.match(t)
        if not m:
            break
        bullets.append(m["text"].lower())
    return text.lower() in bullets


def looks_like(lines: list[str]) -> bool:
    rows = [(n, l.strip()) for n, l in enumerate(lines, 1) if l.strip()]
    starts = record_starts(rows)
    if not starts or _meta_ends_blocks(lines, rows, starts):
        return False
    with_dash = sum(1 for s in starts if s + 2 < len(rows) and DASH.match(rows[s + 2][1]) and len(rows[s + 2][1]) <= 60)
    # one outlet/date/'- label' record could be anything: a listing repeats it
    return (with_dash >= 2 and with_dash >= len(starts) // 2) or bool(rows and HEADER.match(rows[0][1]))


def _meta_ends_blocks(lines: list[str], rows: list[tuple[int, str]], starts: list[int]) -> bool:
    """Whether the outlet, date and labels close each blank-line block rather than open a record:
    a news page's card (picture caption, headline, teaser, then 'Branch news / 13 April / • Pay')
    prints them under its item, where this listing prints them above its title. Two records or
    more, and most, followed by a blank line (or the page's end) straight after their labels."""
    closing = 0
    for s in starts:
        i = s + 1 + (s + 1 < len(rows) and not DASH.match(rows[s + 1][1]))   # past the date line
        while i < len(rows) and DASH.match(rows[i][1]) and len(rows[i][1]) <= 60:
            i += 1
        last = rows[i - 1][0]   # the line number of the record's last label (or date)
        closing += last >= len(lines) or not lines[last].strip()
    return closing >= 2 and 2 * closing > len(starts)


def read(lines: list[str], ctx: Context) -> Parsed:
    rows = [(n, l.strip()) for n, l in enumerate(lines, 1) if l.strip()]
    page_labels: list[str] = []
    if rows and HEADER.match(rows[0][1]):
        page_labels.append(HEADER.match(rows[0][1])["tag"])
    starts = record_starts(rows)
    raw_dates = [rows[s + 1][1] for s in starts if s + 1 < len(rows) and not DASH.match(rows[s + 1][1])]
    order = dates.decide_order(raw_dates) or when.decide_order(   # ('06.08.2026': dots are the European form, day first)
        [f for d in raw_dates for f in when.find_dates(d)], captured=ctx.captured)
    notes: list[str] = []
    numeric = [d for d in raw_dates if dates.NUMERIC.match(d)]
    if numeric:
        notes.append(f"date order: {order or 'undecided'} "
                     f"({'from the evidence' if order else 'fields never exceed 12 and the listing order fits both'})")
    # the lines above the first record but the page's header: left out (they were, without a word)
    above = [f"line {n} '{t[:40]}'" for n, t in rows[:starts[0] if starts else 0] if not HEADER.match(t)]
    notes += [f"left out, above the first item: {', '.join(above)}"] if above else []
    stories = []
    for k, s in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(rows)
        stories.append(_record(rows[s:end], order, ctx))
    return Parsed("listing", stories, page_labels=page_labels, notes=notes)


def _record(rec: list[tuple[int, str]], order: str | None, ctx: Context) -> Story:
    outlet = rec[0][1]
    undated = len(rec) < 2 or bool(DASH.match(rec[1][1]))   # (outlet, then its bullets: no date line)
    raw_date, i = ("", 1) if undated else (rec[1][1], 2)
    dashed: list[str] = []
    while i < len(rec) and DASH.match(rec[i][1]) and len(rec[i][1]) <= 60:
        dashed.append(DASH.match(rec[i][1])["text"])
        i += 1
    source = outlet
    labels = []
    for d in dashed:
        if d.lower() == outlet.lower():
            continue
        labels.append(d)
    rest = rec[i:]
    title = rest[0][1] if len(rest) >= 2 and len(rest[0][1]) <= 200 else ""
    body = [t for _, t in (rest[1:] if title else rest)]
    story = Story(line=rec[0][0], paras=body, title=title, source=source, labels=labels)
    found = when.find_dates(raw_date)
    if undated:
        story.notes.append("date: not stated")
    elif not (dates.RELATIVE.match(raw_date) or dates.NUMERIC.match(raw_date) or dates.ISO.match(raw_date)
            or dates.written_date(raw_date, whole=True)) and found:
        f = found[0]   # a form the listing's own rules do not read: the general reading
        story.date = when.relative_to(f, ctx.captured) if f.kind == "relative" else f.resolve(
            order or when.decide_order([f], "en"), ctx.captured.year if ctx.captured else None)
        story.date_basis = ("derived" if f.kind == "relative" else "estimated" if f.year is None else "stated") if story.date else ""
        if not story.date:
            story.notes.append(f"date: '{raw_date}' cannot be dated; {when.CAPTURE_HINT}")
    elif dates.RELATIVE.match(raw_date):
        story.date = dates.relative_date(raw_date, ctx.captured)
        if story.date:
            story.date_basis = "derived"
        else:
            story.notes.append(f"date: '{raw_date}' is relative; {when.CAPTURE_HINT}")
    else:
        story.date = dates.numeric_date(raw_date, order) or dates.written_date(raw_date, whole=True)
        if story.date:
            story.date_basis = "stated"
        else:
            story.notes.append(f"date: '{raw_date}' could be day-first or month-first; left undated")
    if not title:
        story.notes.append("title: none printed, derived from the text")
    return story
