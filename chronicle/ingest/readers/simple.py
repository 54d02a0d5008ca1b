"""Summary lists ('Read More' after each paragraph) and single analysis pieces."""
from __future__ import annotations

import re

from .. import dates, when
from ..hints import words_hint
from ..model import Context, Parsed, Story, is_prose
from ..outlets import Outlets
from .pagers import pager_words

READ_MORE = re.compile(r"^\s*(read more|continue reading|read the full (story|article)|more)\s*[»›>…\.]*\s*$", re.I)


# "…the text. Read More" on one line, as copied from a web page
# (possessive: with `\s*(?:…)?\s+`, a line of 40,000 spaces before 'x read more' took a minute)
# ('…for private rentals.Read More': the link glued to the sentence's full stop, no space)
READ_MORE_TAIL = re.compile(r"(?<=\S)(?:\s*+(?:…|\.\.\.))?(?:\s++|(?<=[.!?”\"]))(?:read more|continue reading)\s*+[»›>…\.]*+\s*+$", re.I)
# Every line either pattern takes holds one of these, case-folded (tests/test_ingest_prefilters.py):
# detection counts read-more links on every line of a page, and most lines hold none
_WHOLE = 250   # characters of a summary of its own (the seeds' are 400-900)
READ_MORE_WORDS = ("more", "continue reading", "read the full")
_READ_MORE_HINT = words_hint(READ_MORE_WORDS)


def count_read_more(lines: list[str]) -> int:
    return sum(1 for l in lines if _READ_MORE_HINT.search(when.folded(l))
               and (READ_MORE.match(l) or READ_MORE_TAIL.search(l)))


def read_summaries(lines: list[str], ctx: Context) -> Parsed:
    outlets = Outlets.of_page(lines)
    blocks: list[list[tuple[int, str]]] = []
    block: list[tuple[int, str]] = []
    notes: list[str] = []
    for no, line in enumerate(lines, 1):
        tail = READ_MORE_TAIL.search(line)
        if tail and not READ_MORE.match(line):
            block, label = _linked(block, line[: tail.start()].strip(), notes)
            block += [(no, label)] if label else []
        if READ_MORE.match(line) or tail:
            if block:
                blocks.append(block)
            block = []
        elif line.strip():
            block.append((no, line.strip()))
    if block and not (len(block) == 1 and pager_words(block[0][1])):   # (a last summary without its link; 'Load more' is none)
        blocks.append(block)
    return Parsed("summary-list", [_summary(b, outlets) for b in _link_lost(blocks, notes)], notes=notes)


def _link_lost(blocks: list[list[tuple[int, str]]], notes: list[str]) -> list[list[tuple[int, str]]]:
    """On a page whose summaries are each one long paragraph before its link, a block of several
    such paragraphs lost a link between them (a copy that dropped it): one summary each."""
    def whole(line: str) -> bool:   # a summary of its own: sentences, a few hundred characters
        return len(line) >= _WHOLE and line.rstrip()[-1:] in ".!?”\"»)"
    single = sum(1 for b in blocks if len(b) == 1 and whole(b[0][1]))
    if single < 3 or 2 * single < len(blocks):
        return blocks
    out: list[list[tuple[int, str]]] = []
    for b in blocks:
        if len(b) >= 2 and all(whole(t) for _, t in b):
            notes.append(f"line {b[0][0]}: {len(b)} summaries without a link between them, read as {len(b)}")
            out.extend([line] for line in b)
        else:
            out.append(b)
    return out


def _linked(block: list[tuple[int, str]], label: str, notes: list[str]) -> tuple[list[tuple[int, str]], str]:
    """'Headline Read More »': a link repeating a headline of its block is no text of the item, and
    the block's lines above that headline (a category's heading and intro) are the page's."""
    k = next((k for k, (_, t) in enumerate(block) if t == label), -1)
    if k < 0:
        return block, label
    if k > 0:
        notes.append(f"dropped as page heading: {', '.join(repr(t[:40]) for _, t in block[:k])}")
    return block[k:], ""


def _summary(block: list[tuple[int, str]], outlets: Outlets) -> Story:
    """A block before 'Read More': its first line is a title when it is short and not a sentence."""
    texts = [t for _, t in block]
    date, source = None, ""
    first = next((k for k, t in enumerate(texts) if is_prose(t, 60)), 0)
    for k in range(first - 1, 0, -1):   # 'Headline' / 'Reuters | 14 March 2025' / text: the outlet's line, no title
        found = when.find_dates(texts[k]) if len(texts[k]) <= 80 else []
        source = outlets.dated(texts[k], found) if found and found[0].kind != "relative" else ""
        if source:
            date = found[0].resolve(when.decide_order(found, "en"))
            del texts[k], block[k]
            break
    while len(texts) >= 2 and dates.is_date_line(texts[0]):   # a date line is never the title
        found = when.find_dates(texts.pop(0))
        if found and found[0].kind != "relative" and date is None:
            date = found[0].resolve(when.decide_order(found, "en"))
    if date or source:
        story = _summary([(block[0][0], t) for t in texts], outlets)
        story.date, story.date_basis = (date, "stated") if date else (story.date, story.date_basis)
        story.source = source or story.source
        return story
    first = next((k for k, t in enumerate(texts) if is_prose(t, 60)), 0)
    if first >= 2 and all(_title_like(t) for t in texts[:first]):
        # 'Activity in Oklahoma' / 'Category: Oil & Gas' / 'Headline' / text: the page's heading lines
        # stand above the first item's headline, the line right above its text
        story = Story(line=block[first - 1][0], paras=texts[first:], title=texts[first - 1])
        story.notes.append(f"dropped as page heading: {', '.join(repr(t[:40]) for t in texts[:first - 1])}")
        return story
    if len(texts) >= 2 and _title_like(texts[0]) and is_prose(texts[1], 60):
        return Story(line=block[0][0], paras=texts[1:], title=texts[0])
    return Story(line=block[0][0], paras=texts)


def _title_like(text: str) -> bool:
    return not is_prose(text, 200) and len(text) <= 150 and text[-1] not in ".!?:;,”\""


def read_single(lines: list[str], ctx: Context) -> Parsed:
    paras = [(no, l) for no, l in enumerate(lines, 1) if l.strip()]
    if not paras:
        return Parsed("single", [])
    return Parsed("single", [Story(line=paras[0][0], paras=[l for _, l in paras])])
