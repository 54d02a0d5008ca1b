"""The reader for digests of no known layout: delimited records and '|' tables by their columns
(records.py), mail digests (maildigest.py), chat exports (chat.py), social timelines (social.py),
'Key: value' blocks such as a feed pasted as text (fields.py), Markdown notes with a metadata block
under each heading (mdnotes.py), a council's minutes by agenda item (agenda.py), a fact-checker's
claims and verdicts (claims.py), anything else by the evidence of its lines (evidence.py).
Markdown headings, bullets and datelines are read there as kinds of lines."""
from __future__ import annotations

import re

from ..model import Context, Parsed
from . import agenda, cardfeed, chat, claims, episodes, evidence, fieldrows, fields, forumposts, forwards, grouposts, linkboard, maildigest, mdnotes, netfeed, records, social, tgforwards, threadheads

MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(?P<text>.+)$")   # (the text's closing hashes: lines.md_heading_text)
BULLET = re.compile(r"^\s*(?:[-*+•⇒→►▶➤▸▹‣➔»]|\d{1,3}[.)])\s+(?P<text>\S.*)$")
DATELINE = re.compile(r"^(?P<place>[A-Z][A-Za-z .,'-]{0,40}?,?\s*)?(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}"
                      r"|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})\s*[—–-]+\s*")


def read_any(lines: list[str], ctx: Context, asked: tuple[Parsed | None] | None = None) -> Parsed:
    """`asked`: what `others` said of these lines, asked earlier (run.parse asks while the page's
    lines are classified on the other cores, so the answer is not waited for after them)."""
    parsed = others(lines, ctx) if asked is None else asked[0]
    return parsed if parsed is not None else evidence.read(lines, ctx)


def others(lines: list[str], ctx: Context) -> Parsed | None:
    """The page as read by the first reader of a kind of page of its own that takes it (a mail
    digest, a chat export, a social timeline, records, 'Key: value' blocks, Markdown notes), or
    None: then the evidence of its lines decides. Each reads the raw lines only."""
    parsed = maildigest.read(lines, ctx) or chat.read(lines, ctx) or forwards.read(lines, ctx) or social.read(lines, ctx) \
        or grouposts.read(lines, ctx) or netfeed.read(lines, ctx) or forumposts.read(lines, ctx) or linkboard.read(lines, ctx) \
        or threadheads.read(lines, ctx) or tgforwards.read(lines, ctx) or episodes.read(lines, ctx) \
        or cardfeed.read(lines, ctx)
    if parsed is None:
        parsed = records.read(lines, ctx) or fieldrows.read(lines, ctx)
    if parsed is None:
        parsed = fields.read(lines, ctx)
    if parsed is None:
        parsed = mdnotes.read(lines, ctx)
    if parsed is None:
        parsed = agenda.read(lines, ctx) or claims.read(lines, ctx)
    return parsed


def has_datelines(lines: list[str]) -> bool:
    return sum(1 for l in lines if DATELINE.match(l.strip())) >= 2
