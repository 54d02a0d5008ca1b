"""A council's or committee's minutes as a council information system prints them: the session's
header ('Datum: Di, 03.02.2026', 'Date: 9 April 2026'), then one block per agenda item: the
item's number on a line of its own ('Ö 3.2', 'TOP 6', 'Item 4.2', 'N 3'), the item's subject
(its title), the paper's reference ('VO/0412/2026', 'CAB/123/25') and labelled parts: 'Beschluss:'
/ 'Resolved:' over the decision (the body), 'Abstimmungsergebnis:' / 'Vote:' over the count.
The decision's sentences are the item's text; a label with its value on the line ('Resolved:
carried as amended'), the count, a reference and short notes ('Attachments') are the
system's fields, not text. An item without a sentence under it (questions and notices) is left
out, named in a note. Every item is dated by the session: the first date in the header. Read only
when three numbered items or more, their numbers rising, each have a labelled part; the evidence
reader made every label, count and decision line an article of its own."""
from __future__ import annotations

import re

from .. import when
from ..lang import language
from ..model import Context, Parsed, Story

# an agenda number alone on its line: an optional public/closed mark or 'TOP'/'Item' word, then 5, 5.1, 5.1.2
_NUMBER = re.compile(r"^(?:[A-ZÄÖÜ]{1,2}|[A-Z][a-z]{2,10})?\s*\d{1,3}(?:\.\d{1,3}){0,2}\.?$")
# 'Beschluss:', 'Resolved: carried as amended' (a field's name and a short value)
_LABEL = re.compile(r"^[^\W\d][\w .-]{1,30}:(?:\s+(?P<value>\S.*))?$")
# a paper's reference: one token with a slash or dash and a digit ('VO/0412/2026', 'A-0611-25')
_REFERENCE = re.compile(r"^(?=\S*\d)[\w]+(?:[/-][\w]+)+$")
_LEAST = 3


def read(lines: list[str], ctx: Context) -> Parsed | None:
    starts = [i for i, l in enumerate(lines) if _NUMBER.match(l.strip()) and _subject_after(lines, i) is not None]
    if len(starts) < _LEAST or not _in_order([lines[i] for i in starts]):
        return None
    blocks = [(s, lines[s:e]) for s, e in zip(starts, starts[1:] + [len(lines)])]
    if sum(1 for _, b in blocks if any(_is_label(l) for l in b[2:])) < _LEAST:
        return None
    order = when.decide_order(when.find_dates("\n".join(lines[:starts[0]])), language("\n".join(lines)), ctx.captured)
    date = _session_date(lines[:starts[0]], order, ctx)
    stories, left = [], []
    for start, block in blocks:
        title, body = _item(block)
        if body:
            stories.append(Story(line=start + 1, paras=body, title=title, date=date,
                                 date_basis="stated" if date else ""))
        else:
            left.append(f"line {start + 1} '{title[:40]}'")
    if len(stories) < 2:
        return None
    notes = [f"left out (agenda items without a decision's text): {', '.join(left)}"] if left else []
    return Parsed("generic", stories, notes=notes)


def _in_order(numbers: list[str]) -> bool:
    """Agenda numbers rise down the page (5.1, 5.2, 6); counts over items do not (a vote tally)."""
    keys = [tuple(int(n) for n in re.findall(r"\d+", x)) for x in numbers]
    return all(a < b for a, b in zip(keys, keys[1:]))


def _subject_after(lines: list[str], i: int) -> str | None:
    """The line under an agenda number when it reads as a subject: words, not a bare label or a
    number ('Motion by the Green group: heat plan for care homes' is a subject)."""
    nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
    if not nxt or _NUMBER.match(nxt) or nxt.endswith(":") or not re.search(r"[^\W\d]{3}", nxt):
        return None
    return nxt


def _is_label(line: str) -> bool:
    m = _LABEL.match(line.strip())
    return bool(m) and (m["value"] is None or len(m["value"].split()) <= 5 and not _is_sentence(m["value"]))


def _is_sentence(text: str) -> bool:
    s = text.strip()
    return len(s) >= 60 or len(s.split()) >= 8 and s[-1:] in ".!?…\"”"


def _item(block: list[str]) -> tuple[str, list[str]]:
    """The subject and the decision's sentences: lines under a label that read as sentences
    (a count or 'Carried unanimously.' does not), not the reference or a note."""
    title = block[1].strip()
    body, labelled = [], False
    for raw in block[2:]:
        s = raw.strip()
        if not s:
            continue
        if _is_label(s):
            labelled = True
        elif labelled and _is_sentence(s) and not _REFERENCE.match(s):
            body.append(s)
    return title, body


def _session_date(header: list[str], order: str | None, ctx: Context):
    """The first full date the header states (the session's), else None."""
    for line in header:
        for found in when.find_dates(line):
            if found.kind != "relative" and found.year:
                date = found.resolve(order)
                if date and (ctx.captured is None or date <= ctx.captured):
                    return date
    return None
