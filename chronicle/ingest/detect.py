"""Which layout a raw digest is in."""
from __future__ import annotations

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
            generic.MD_HEADING.match(l) or generic.BULLET.match(l) for l in body) and not items_per_line(lines):
        return "single"
    return "generic"
