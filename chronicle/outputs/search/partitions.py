"""The partitions of the Pagefind index, and what of a page each partition's index is made from.

A partition is a pure function of the content, so an edit re-indexes only the partitions whose
pages it changed (stage.py), and no Pagefind process holds more than one partition:

- dated articles: the span of days is halved again and again (intervals aligned on powers of two
  of days since 0001-01-01) until each interval holds at most `cap` articles. An article added
  or moved changes at most the interval it leaves and the one it joins (and splits or joins them
  when they cross `cap`). Intervals are time ranges, so "newest first" across partitions is the
  partitions in order, each sorted by Pagefind (layouts/static/search-pagefind.js).
- one day with more than `cap` articles, and the undated articles: stable hash buckets of the
  page's path (the same day, or no date: their order does not depend on the bucket).
- an archive of at most `cap` articles is one partition: Pagefind answers a word its index
  lacks with the pages of the longest indexed word it starts with, so a partition lacking a
  word another holds can add pages one index would not (search-pagefind.js drops those only
  for multi-word queries; see docs/performance.md).

`cap` grows with the archive in powers of two (cap_for), so the partitions seldom all change.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from typing import Iterable

CAP_MIN = 256          # articles per partition at most, for archives up to MAX_PARTS * CAP_MIN
                       # (config.yaml's build.search_partition sets it)
MAX_PARTS = 64         # beyond that the cap doubles: 2,048 at 100,000 articles, ~350 MB per Pagefind process
ROOT_BITS = 22         # 2**22 days from 0001-01-01 cover every date Python has
PART_FILTER = "part"   # the filter that names each page's partition (search-pagefind.js reads it)


@dataclass(frozen=True)
class Partition:
    name: str                  # safe as a folder name and a filter value
    pages: tuple[str, ...]     # article page paths, sorted


def cap_for(articles: int, smallest: int = CAP_MIN) -> int:
    cap = smallest
    while articles > cap * MAX_PARTS:
        cap *= 2
    return cap


def plan(pages: Iterable[tuple[str, dt.date | None]], cap: int | None = None,
         smallest: int = CAP_MIN) -> list[Partition]:
    """(page path, date) of every article -> its partitions, newest first, undated last."""
    dated: list[tuple[int, str]] = []
    undated: list[str] = []
    for path, day in pages:
        if day is None:
            undated.append(path)
        else:
            dated.append((day.toordinal(), path))
    cap = cap or cap_for(len(dated) + len(undated), smallest)
    if len(dated) + len(undated) <= cap:   # one index: no partition lacks a word another has
        return [Partition("all", tuple(sorted([p for _, p in dated] + undated)))]
    dated.sort()
    parts: list[Partition] = []
    _split(dated, 0, 1 << ROOT_BITS, cap, parts)
    parts.reverse()   # newest first
    parts.extend(_buckets("undated", undated, cap))
    return parts


def _split(items: list[tuple[int, str]], start: int, width: int, cap: int, out: list[Partition]) -> None:
    """Append the partitions of `items` (sorted, all in [start, start + width)), oldest first."""
    if not items:
        return
    if len(items) <= cap or width == 1:
        name = f"{dt.date.fromordinal(max(start, 1)).isoformat()}-{width}"
        if len(items) <= cap:
            out.append(Partition(name, tuple(sorted(p for _, p in items))))
        else:   # one day over the cap
            out.extend(reversed(_buckets(name, [p for _, p in items], cap)))
        return
    half = width // 2
    cut = next((i for i, (day, _) in enumerate(items) if day >= start + half), len(items))
    _split(items[:cut], start, half, cap, out)
    _split(items[cut:], start + half, half, cap, out)


def _buckets(name: str, paths: list[str], cap: int) -> list[Partition]:
    if not paths:
        return []
    count = 1
    while len(paths) > cap * count:
        count *= 2
    if count == 1:
        return [Partition(name, tuple(sorted(paths)))]
    found: dict[int, list[str]] = {}
    for path in paths:
        found.setdefault(int.from_bytes(hashlib.sha256(path.encode()).digest()[:8], "big") % count, []).append(path)
    return [Partition(f"{name}-h{b}", tuple(sorted(found[b]))) for b in sorted(found)]


# --- what Pagefind is given ------------------------------------------------------------------

_BODY = re.compile(rb"<([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?\sdata-pagefind-body\b[^>]*>")
_HTML = re.compile(rb"<html\b[^>]*>", re.I)


def indexed_html(page: bytes, part: str) -> bytes:
    """The part of a page Pagefind indexes, with its partition as a filter.

    When a page marks its content with data-pagefind-body, Pagefind reads only those elements
    (and the language of <html>): they alone are sent, so a page whose other parts changed (the
    titles of its neighbours, say) gives the same bytes and its partition is not indexed again.
    The filter is in an ignored element: it names the partition but adds no words; so are the
    article's metadata and filters (`filed`)."""
    tag = f'<span hidden data-pagefind-ignore data-pagefind-filter="{PART_FILTER}">{part}</span>'.encode()
    found = _BODY.search(page)
    if found is None:   # Pagefind indexes the whole page
        return page.replace(b"</body>", tag + b"</body>", 1)
    pieces = []
    while found is not None:
        end = _element_end(page, found)
        pieces.append(page[found.start():end])
        found = _BODY.search(page, end)
    opener = pieces[0].index(b">") + 1
    pieces[0] = pieces[0][:opener] + tag + filed(pieces[0]) + pieces[0][opener:]
    html = _HTML.search(page)
    return (b'<!DOCTYPE html>' + (html.group(0) if html else b"<html>") + b'<head><meta charset="utf-8"></head><body>'
            + b"".join(pieces) + b"</body></html>")


# What search files an article under, read from its header (layouts/article.html), so the
# published page carries no data-pagefind-meta/filter/sort attributes (issue 13: 400 bytes an
# article page). Each value is the element's text as the page has it (escaped HTML), given to
# Pagefind in the same order the attributes on the page gave it.
_HEADER = re.compile(rb"<header\b[^>]*>(.*?)</header>", re.S)
_TITLE = re.compile(rb"<h1\b[^>]*>(.*?)</h1>", re.S)
_DATE = re.compile(rb'<time datetime="([0-9-]+)"')
_SOURCE = re.compile(rb'<span class="source">(.*?)</span>', re.S)
_TAGS = re.compile(rb'<ul class="tags">(.*?)</ul>', re.S)
_LINK = re.compile(rb"<a\b[^>]*>(.*?)</a>", re.S)
_THREAD = re.compile(rb'<p class="thread-note">Part of: <(a|span)\b[^>]*>(.*?)</\1>', re.S)


def filed(article: bytes) -> bytes:
    """Hidden, unindexed elements naming an article's title, date, outlet, year, topics and
    story for Pagefind (its metadata, sort and filters), from the header of `article`."""
    header = _HEADER.search(article)
    if header is None:
        return b""
    head = header.group(1)
    out = []
    if title := _TITLE.search(head):
        out.append(b'<span data-pagefind-meta="title">%s</span>' % title.group(1))
    if date := _DATE.search(head):
        out.append(b'<span data-pagefind-sort="date" data-pagefind-meta="date">%s</span>' % date.group(1))
    if source := _SOURCE.search(head):
        out.append(b'<span data-pagefind-filter="source" data-pagefind-meta="source">%s</span>' % source.group(1))
    if date:
        out.append(b'<span data-pagefind-filter="year">%d</span>' % int(date.group(1).split(b"-")[0]))
    if tags := _TAGS.search(head):
        out += [b'<span data-pagefind-filter="topic">%s</span>' % t for t in _LINK.findall(tags.group(1))]
    if thread := _THREAD.search(head):
        out.append(b'<span data-pagefind-filter="thread">%s</span>' % thread.group(2))
    return b'<span hidden data-pagefind-ignore>' + b"".join(out) + b"</span>" if out else b""


def _element_end(page: bytes, opened: re.Match) -> int:
    """Where the element opened at `opened` ends (after its closing tag; the page's end if none)."""
    name = re.escape(opened.group(1))
    tags = re.compile(rb"<(/?)" + name + rb"\b[^>]*>", re.I)
    depth = 1
    for m in tags.finditer(page, opened.end()):
        if m.group(0).endswith(b"/>") and not m.group(1):
            continue
        depth += -1 if m.group(1) else 1
        if depth == 0:
            return m.end()
    return len(page)
