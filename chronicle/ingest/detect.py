"""Which layout a raw digest is in."""
from __future__ import annotations

from .leads import opens_with_date
from .model import is_prose
from .readers import generic, listing, records, simple, tagpage, warday
from .readers.pagelines import has_list_or_dates, items_per_line

LAYOUTS = ("war-day", "tag-page", "listing", "summary-list", "single", "generic")

READERS = {
    "war-day": warday.read,
    "tag-page": tagpage.read,
    "listing": listing.read,
    "summary-list": simple.read_summaries,
    "single": simple.read_single,
    "generic": generic.read_any,
}


def detect(lines: list[str]) -> str:
    if warday.looks_like(lines):
        return "war-day"
    if tagpage.looks_like(lines):
        return "tag-page"
    if listing.looks_like(lines):
        return "listing"
    if simple.count_read_more(lines) >= 2 and not has_list_or_dates(lines):
        return "summary-list"
    body = [l for l in lines if l.strip()]
    # (rows_of skips blank lines: asked of the page, as reading asks it, it answers as for body, once)
    if body and records.rows_of(lines) is None and not generic.has_datelines(body) and all(is_prose(l, 60) for l in body) and not any(
            generic.MD_HEADING.match(l) or generic.BULLET.match(l) for l in body) and not items_per_line(lines) \
            and _headed_blocks(lines) < 2 and sum(1 for l in body if opens_with_date(l.strip())) < 3:   # (a dated line each: a list)
        return "single"
    return "generic"


def _headed_blocks(lines: list[str]) -> int:
    """Blocks (between blank lines) whose first line reads as a headline over more text: no sentence
    end, and lines under it. Long headlines ('… — Reuters (March 3)') are prose by length alone, and
    a page of them was read as one article."""
    n, block = 0, []
    for line in lines + [""]:
        if line.strip():
            block.append(line.strip())
            continue
        if len(block) >= 2 and block[0][-1:] not in ".!?…:;,\"”’»" and len(block[0]) <= 200:
            n += 1
        block = []
    return n
