"""The lines of a page, classified once (lines.classify), and what their shape says about the
page: whether it is a list, one item per line, or teasers that come before their headlines.
Apart from readers/evidence.py, which cuts the items, so that detect.py can ask these questions
too."""
from __future__ import annotations

import re
from contextlib import contextmanager
from typing import Iterator

from ...build.parallel import default_jobs, start_call, start_ordered
from .. import datefields, gluedheads, gluedlabels, gluedmeta, gluedsource, newsletter, when
from ..lines import (MARKER, MARKER_FIRST, SEPARATOR, SIDEBAR, TERMINAL, Line, classify, dates_of_text,
                     words)
from ..outlets import Outlets
from . import items, namedtable, numberedruns, releaselines, storyat, wrapping

_INLINE_BULLETS = re.compile(r"(?:^|\s+)[•●▪]\s+")
_BULLET = re.compile(r"[•●▪]")    # (a line without one is not split: most are not)
_ARROWS = "→⇒►➤▸➔"                 # an arrow opening a list's item, run on by the next (_arrows)
_SEPARATOR_FIRST = "-*_=~#•·|"     # what a line SEPARATOR takes starts with, once stripped
_QUOTED_LEAD = re.compile(r"^[\"“«„][^\"“”«»„]{8,160}[\"”»“]\s*\S")
_LAST: list = [None, None]   # (key, lines): detection and reading classify the same page once
# An item's relative time glued to the next item's dateline ('11 minuten geledenLEEUWARDEN (ANP) - …')
# and an item's outlet domain glued to the next item's date ('gazeta.pl2025-12-06'): two lines each
_CASE_TURN = re.compile(r"[a-zà-ÿ][A-ZÀ-Ý]{2}")
# a blog's sidebar list of its latest posts, as lines.SIDEBAR's lists ('Recent Posts' / two headlines again)
_RECENT = re.compile(r"(?i)^\s*(?:recent (?:posts|articles|entries)|(?:neueste|letzte) (?:beiträge|artikel)|articles récents|"
                     r"derniers articles|entradas recientes|últimas entradas|articoli recenti|ultimi articoli|recente berichten|"
                     r"nieuwste berichten)\s*[:.!]*\s*$")
_GLUED_REL = re.compile(r"^(?P<a>\d{1,4}\s+\S+(?:\s+\S+){0,3}?[a-zà-ÿ])(?=[A-ZÀ-Ý]{2})")
_GLUED_DOMAIN_DATE = re.compile(r"^(?P<a>[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6})(?=(?:19|20)\d\d-\d{1,2}-\d{1,2}$)")


def content_lines(lines: list[str], outlets: Outlets) -> list[Line]:
    key = _key(lines, outlets)
    if _LAST[0] != key:
        _LAST[:] = [key, _Classifying(lines, outlets)]
    if isinstance(_LAST[1], _Classifying):
        _LAST[1] = _LAST[1].lines()
    return _LAST[1]


@contextmanager
def classified_early(lines: list[str]) -> Iterator[None]:
    """The page's lines are classified on every core from now (content_lines takes them when
    asked), so this process checks the layouts and makes the tagger's tables meanwhile; on leaving
    the block the workers are ended, whether or not the lines were asked for (a layout that does
    not read them)."""
    # the plan of the lines (0.09 s of the 1 MB digest) is made on another core while this one
    # finds the page's outlets (as long): both come before the workers can start; the outlets are
    # found here, where the dates they read are remembered for the workers (when.find_dates)
    with start_call("ingest-plan", lambda: _plan(lines), default_jobs()) as planning:
        outlets = Outlets.of_page(lines)
        plan = planning.results()[0]
    key = _key(lines, outlets)
    pending = _Classifying(lines, outlets, plan)
    _LAST[:] = [key, pending]
    try:
        yield
    finally:
        pending.close()
        if _LAST[1] is pending:   # never asked for: nothing classified is kept
            _LAST[:] = [None, None]


def _key(lines: list[str], outlets: Outlets) -> tuple:
    return tuple(lines), frozenset(outlets.repeated), frozenset(outlets.own)   # compared whole: no hash can collide


class _Classifying:
    """Each line classified on its own (lines.classify), so a long page's lines are classified on
    every core (build/parallel.py: in order, the same lines as one process makes, spooled: on while
    this process checks the layouts); what the page around a line decides is planned first."""

    def __init__(self, lines: list[str], outlets: Outlets, plan: list[tuple[int, str, int, bool]] | None = None):
        self.plan = _plan(lines) if plan is None else plan
        self.started = start_ordered("ingest-lines", lambda p: classify(p[0], p[1], p[2], outlets), self.plan,
                                     default_jobs(), True)

    def lines(self) -> list[Line]:
        out = self.started.results()
        for line in out:   # the items' titles and bodies are these texts again
            if dates_of_text(line):
                when.remember(line.text, line.dates)
        return [_furniture(line) if p[3] else line for p, line in zip(self.plan, out)]

    def close(self) -> None:
        self.started.close()


def _plan(lines: list[str]) -> list[tuple[int, str, int, bool]]:
    """(line number, text, blank lines before, page furniture) of each line to classify."""
    out: list[tuple[int, str, int, bool]] = []
    gap = 0
    sidebar = False
    hang = -1   # the text column of a hard-wrapped list item: its next lines line up with it
    width = max(map(len, lines), default=0)   # where a page wrapped at a fixed width wraps
    header = _page_header(lines)
    letter = newsletter.Letter.of(lines)
    heads = gluedheads.split_lines(lines)   # ('HeadlineIt is …': the break between them lost)
    table = namedtable.rows(lines) if any(l[:1] == "|" for l in lines) else {}   # ('| Date | Subject |' rows; [] its header)
    resume = 0
    for no, raw in enumerate(lines, 1):
        if no < resume:
            continue   # wrapped: joined to the line before (wrapping.wrapped_run)
        s = raw.strip()
        if not s or s[0] in _SEPARATOR_FIRST and SEPARATOR.match(raw):
            gap += 1
            sidebar = False
            hang = -1
            letter.blank(no, out[-1][0] if out else 0)
            continue
        # (most lines are neither lined up under a list item nor lowercase: no call for them)
        wrap = out and not gap and not out[-1][3] and (hang > 0 or s[:1].islower() or wrapping.dangling(out[-1][1])
                                                        or wrapping.filled(lines, no))
        joined, resume = wrapping.wrapped_run(lines, no, out[-1][1], hang, width) if wrap else (None, 0)
        if joined is None and out and not gap and len(s) <= 4 and s.isascii() and s.isdigit():   # ('²' is a digit int() refuses)
            joined = _date_block(out[-1][1], s)
        if joined is not None:
            out[-1] = (out[-1][0], joined, out[-1][2], False)
            continue
        hang = _hang(raw)
        side = SIDEBAR.match(raw) or _RECENT.match(raw)
        if (TERMINAL.match(raw) or side and no > 0.7 * len(lines)) and out:
            break   # comment forms and footers: nothing after them is an item
        sidebar = sidebar or bool(side) and not _texted(lines, no)   # (headlines beside the items, to a blank line; not items with text)
        # ... or a newsletter's own lines, or the page's title again at the top of a printed page
        if letter.furniture(no, s, out) or sidebar or header.get(s, no) < no - 1 or table.get(no) == []:
            out.append((no, raw, gap, True))
            gap = 0
            continue
        # (cheap tests first: a digit-led line with a lowercase letter before two capitals, or an ISO date at the end)
        glued = table.get(no) or heads.get(no) or (_unglued(s) if (s[:1].isdigit() and _CASE_TURN.search(s, 0, 40)) or (s[-3:-2] == "-" and s[-6:-5] == "-")
                 else None) or gluedsource.glued_source(s) or gluedlabels.glued_labels(s) \
            or (gluedmeta.split(s) or datefields.dated_headline(s) if s[:1].isdigit() and " | " in s else None)   # ('SLUG    Source: X', '… | Tags: a, b', 'date | place | authorText', 'date | Headline')
        if glued:
            out.extend((no, p, gap if k == 0 else 0, False) for k, p in enumerate(glued))
            gap = 0
            continue
        bullets = _runs(s)
        if bullets:
            out.extend((no, p, gap if k == 0 else 0, False) for k, p in enumerate(bullets))
        else:
            if out and out[-1][1].strip() == s and words(s) >= 3:
                # the same headline twice in a row (an image's alt text, then the headline): the
                # first is furniture, reported; the second stays, right above its text
                out[-1] = (*out[-1][:3], True)
            out.append((no, raw, gap, False))
        gap = 0
    return out


def _run_together(s: str) -> list[str] | None:
    """'• one • two • three' pasted on one line: one list item each, under the label before the
    first ('IN 30 SECONDS ● …', 'Auf einen Blick: • …'), which stays a line of its own."""
    parts = _INLINE_BULLETS.split(s)
    if not (len(parts) >= 3 or (len(parts) == 2 and s[:1] in "•●▪")):
        return None
    label = _label(parts[0])
    return [p.strip() if label and k == 0 else "• " + p.strip() for k, p in enumerate(x for x in parts if x.strip())]


def _texted(lines: list[str], no: int) -> bool:
    """Whether the block under line `no` (1-based, to the next blank line) holds an item's text, a
    line of 200 characters or more."""
    for line in lines[no:no + 12]:
        if not line.strip():
            return False
        if len(line.strip()) >= 200:
            return True
    return False


def _runs(s: str) -> list[str] | None:
    """A line's items run together (bullets, arrows, numbers), one a line, else None."""
    return _run_together(s) if _BULLET.search(s) else _arrows(s) if s[:1] in _ARROWS else \
        numberedruns.split(s) if s[:1] == "(" or s[:1].isdigit() else None


def _arrows(s: str) -> list[str] | None:
    """'→ One item; → Another.': a list of arrow-marked items pasted on one line, split where the
    line's own arrow follows a sentence's end (an arrow in a sentence, 'A → B', stays)."""
    parts = re.split(r"(?<=[.;!?])\s+(?=" + re.escape(s[0]) + r"\s)", s)
    return parts if len(parts) >= 2 else None


def _label(text: str) -> bool:
    """The words before a line's first bullet name the bullets (a short label, or one ending in a
    colon), not one of them."""
    t = text.strip()
    return bool(t) and (len(t.split()) <= 4 and t[-1:] not in ".!?" or t.endswith(":"))


def _date_block(prev: str, s: str) -> str | None:
    """'Mar' / '30' (a calendar leaf: the month over the day), 'Mar 30' / '2015': one date line."""
    p = prev.strip()
    if p.lower().rstrip(".") in when.MONTHS and 1 <= int(s) <= 31:
        return f"{p} {s}"
    if len(s) == 4 and (s.startswith(("19", "20"))) and p.split()[0].lower().rstrip(".") in when.MONTHS \
            and p.split()[-1].isdigit() and len(p.split()) == 2:
        return f"{p}, {s}"
    return None


def _unglued(s: str) -> list[str] | None:
    """A date glued to the text beside it, where one item ends and the next begins -> the two lines."""
    m = _GLUED_DOMAIN_DATE.match(s) if len(s) <= 60 else None
    if m is None and s[:1].isdigit():
        m = _GLUED_REL.match(s)
        f = when.find_dates(m["a"]) if m else []
        m = m if f and f[0].kind == "relative" and f[0].start == 0 and f[0].end == len(m["a"]) else None
    return [m["a"], s[m.end():]] if m else None


def _page_header(lines: list[str]) -> dict[str, int]:
    """The page's first two lines (of two words or more) with their line numbers: printed again
    further down, they are the running header of the next printed page ('Revue de presse santé')."""
    firsts = [(raw.strip(), no) for no, raw in enumerate(lines[:8], 1) if raw.strip()][:2]
    return {s: no for s, no in reversed(firsts) if words(s) >= 2}


def _hang(raw: str) -> int:
    """Where the text of a list item starts ('  • At least 13 …' -> 4), else -1."""
    if raw[:1].isalpha():
        return -1   # (most lines start with a word)
    first = raw.lstrip()[:1]
    m = MARKER.match(raw) if first in MARKER_FIRST or first.isdigit() else None
    return m.start("text") if m and m.start("text") > 0 else -1


def _furniture(line: Line) -> Line:
    line.kind, line.marker = "furn", ""
    return line


def has_list_or_dates(lines: list[str]) -> bool:
    """List markers or date lines (an outlet's line with its date, 'By Reuters · 20 Apr', too): a page the
    evidence reader reads better than 'Read More' blocks."""
    ls = content_lines(lines, Outlets.of_page(lines))
    return any(l.marker for l in ls) or sum(1 for l in ls if l.kind in ("date", "time") or l.kind == "outlet" and l.dates) >= 2 \
        or releaselines.mark(ls) >= 2 \
        or storyat.mark(ls) >= 2   # ('Full story at X, 9 May 2025:' under each item)


def items_per_line(lines: list[str]) -> bool:
    """Prose-only pages that are still lists: lines that end alike (a glued date, a name, a '|'),
    or paragraphs that each open with a bold lead."""
    ls = content_lines(lines, Outlets.of_page(lines))
    kick = sum(1 for l in ls if l.kind == "prose" and l.lead)
    return lines_are_items(ls) or (kick >= 3 and kick >= 0.6 * len(ls))


def lines_are_items(ls: list[Line]) -> bool:
    """Prose lines that end the same way (a glued date, a name, a '|'), or that each open with a
    quoted headline, are one item each."""
    prose = [l for l in ls if l.kind == "prose"]
    if len(prose) < 3:
        return False
    marked = sum(1 for l in prose if items.line_end_marker(l.text) or not l.text.rstrip()[-1:] in ".!?…\"”»")
    quoted = sum(1 for l in prose if _QUOTED_LEAD.match(l.text))   # '"Headline" [28/11/2021] text …'
    return max(marked, quoted) >= 0.6 * len(prose)


def teaser_first(ls: list[Line], heads: list[int]) -> bool:
    """'teaser / Headline' pages: the page ends with a headline, and headlines follow prose."""
    body = [i for i, l in enumerate(ls) if l.kind in ("head", "prose")]
    if len(heads) < 3 or not body or ls[body[-1]].kind != "head":
        return False
    after_prose = sum(1 for h in heads if h and ls[h - 1].kind == "prose")
    # (two items closed by their headlines at least: a page's title lines over a list and one
    # closing note ('TODO: …') are no teaser-first page)
    if after_prose < max(2, 0.5 * (len(heads) - 1)):
        return False
    # a stray last heading must not shift every title by one: the headlines themselves must close
    # their items, by naming the outlet ('… (The Hill)') or by the wider gap that follows them
    outlets = sum(1 for h in heads if re.search(r"\([^()]{2,60}\)\s*$", ls[h].text))
    gap_after = [ls[h + 1].gap for h in heads if h + 1 < len(ls)]
    gap_before = [ls[h].gap for h in heads]
    wider = bool(gap_after) and sum(gap_after) / len(gap_after) > sum(gap_before) / len(gap_before)
    return outlets >= 0.5 * len(heads) or wider


def teaser_first_starts(ls: list[Line]) -> list[tuple[int, str]]:
    """Each item: the prose run since the last headline, then its headline(s)."""
    starts: list[tuple[int, str]] = []
    pending = None
    for i, l in enumerate(ls):
        if l.kind == "prose" and pending is None:
            pending = i
        elif l.kind == "head" and not l.marker and pending is not None:
            starts.append((pending, "teaser"))
            pending = None
    if pending is not None:
        starts.append((pending, "plain"))
    return starts
