"""The reader for digests of no known layout: delimited records and '|' tables by their columns
(records.py), mail digests (maildigest.py), chat exports (chat.py), social timelines (social.py),
'Key: value' blocks such as a feed pasted as text (fields.py), Markdown notes with a metadata block
under each heading (mdnotes.py), a council's minutes by agenda item (agenda.py), a fact-checker's
claims and verdicts (claims.py), anything else by the evidence of its lines (evidence.py).
Markdown headings, bullets and datelines are read there as kinds of lines."""
from __future__ import annotations

import re

from ...build.parallel import default_jobs, start_call
from ..model import Context, Parsed
from . import (agenda, chat, claims, evidence, fields, forumposts, forwards, grouposts, maildigest, mdnotes, pagelines, records,
               social)

MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(?P<text>.+)$")   # (the text's closing hashes: lines.md_heading_text)
BULLET = re.compile(r"^\s*(?:[-*+•⇒→►▶➤]|\d{1,3}[.)])\s+(?P<text>\S.*)$")
DATELINE = re.compile(r"^(?P<place>[A-Z][A-Za-z .,'-]{0,40}?,?\s*)?(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}"
                      r"|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})\s*[—–-]+\s*")


def read_any(lines: list[str], ctx: Context, asked: tuple[Parsed | None] | None = None) -> Parsed:
    """`asked`: what `others` said of these lines, asked earlier (run.parse asks while the page's
    lines are classified on the other cores, so the answer is not waited for after them), or
    ASIDE: asked on another core while the evidence reader reads (ask_others)."""
    if asked is ASIDE:
        return _read_aside(lines, ctx)
    parsed = others(lines, ctx) if asked is None else asked[0]
    return parsed if parsed is not None else evidence.read(lines, ctx)


# ask_others: the question left for read_any to ask on another core (made, not a literal: it is
# known by its identity)
ASIDE: tuple[Parsed | None] = tuple([None])
# A page this long has its `others` asked on another core: forking costs a few ms, what the
# others' readers take for ~1,000 lines
ASIDE_LINES = 2000


def ask_others(lines: list[str], ctx: Context) -> tuple[Parsed | None]:
    """(others(lines, ctx),) for read_any, or ASIDE for a long page with two cores or more."""
    return ASIDE if len(lines) >= ASIDE_LINES and default_jobs() > 1 else (others(lines, ctx),)


def _read_aside(lines: list[str], ctx: Context) -> Parsed:
    """read_any(lines, ctx), the same reading, with `others` asked on another core while this one
    runs the evidence reader: its marks and cuts of a long page (~0.4 s of a 1 MB digest) are
    ingest's one serial stretch, with the other core idle, and most pages are taken by none of
    the others (0.1 s of the 1 MB digest, which took the other core's time while the lines were
    classified). When one of them takes the page, the evidence reader's reading is dropped (with
    the page's classified lines it marked) and the page read as read_any reads it, errors first."""
    failure = None
    with start_call("ingest-others", lambda: others(lines, ctx) is not None, default_jobs()) as asking:
        try:
            read = evidence.read(lines, ctx)
        except Exception as exc:   # (raised below, unless another reader takes the page: as read_any would)
            failure = exc
        try:
            taken = asking.results()[0]
        except Exception:   # asked again here, where its error is raised as read_any raises it
            taken = True
    parsed = others(lines, ctx) if taken else None
    if parsed is not None:
        pagelines.forget()
        return parsed
    if failure is not None:
        raise failure
    return read


def others(lines: list[str], ctx: Context) -> Parsed | None:
    """The page as read by the first reader of a kind of page of its own that takes it (a mail
    digest, a chat export, a social timeline, records, 'Key: value' blocks, Markdown notes), or
    None: then the evidence of its lines decides. Each reads the raw lines only."""
    parsed = maildigest.read(lines, ctx) or chat.read(lines, ctx) or forwards.read(lines, ctx) or social.read(lines, ctx) \
        or grouposts.read(lines, ctx) or forumposts.read(lines, ctx)
    if parsed is None:
        parsed = records.read(lines, ctx)
    if parsed is None:
        parsed = fields.read(lines, ctx)
    if parsed is None:
        parsed = mdnotes.read(lines, ctx)
    if parsed is None:
        parsed = agenda.read(lines, ctx) or claims.read(lines, ctx)
    return parsed


def has_datelines(lines: list[str]) -> bool:
    return sum(1 for l in lines if DATELINE.match(l.strip())) >= 2
