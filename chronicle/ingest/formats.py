"""Structured digests read with real parsers: RSS and Atom (feedparser), JSON Feed, any other
JSON export of records (jsonexport.py), CSV with a header row, and pasted HTML (html.parser: its
text, block by block, goes on to the line readers).
Recognised by content, not by file name, since pasted files are often misnamed."""
from __future__ import annotations

import csv
import datetime as dt
import io
import re

from ..source import yamlnodes as Y
from ..source.readfile import MAX_TEXT_BYTES
from . import jsonexport, jsonexport_roles, when
from .htmltext import Text as _Text, plain as _plain
from .jsonexport_load import Unreadable, load
from .model import Context, Parsed, Story

# A field may be as long as a whole digest (csv's default limit is 128 KB: a long body was a traceback).
csv.field_size_limit(max(csv.field_size_limit(), MAX_TEXT_BYTES))

# RSS 0.91 feeds start with a DOCTYPE; one with an internal subset (entities) is read by feedparser
# too, which expands no external entity (XXE) and, on expat 2.4+, no billion laughs.
_FEED = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!DOCTYPE\s[^[>]*(?:\[.*?\]\s*)?>\s*)?"
                   r"(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.S | re.I)
_HTML = re.compile(r"<(?:!doctype html|html|body|article|div|p|h[1-6]|li|section)\b", re.I)
_HEADER_NAMES = {"title", "headline", "date", "published", "source", "outlet", "url", "link", "summary",
                 "body", "text", "description", "tags", "category", "categories"}


def structured(text: str, ctx: Context) -> Parsed | None:
    """A Parsed for a feed, JSON Feed, other JSON export or CSV digest; None for anything else."""
    if _FEED.match(text):
        return _feed(text)
    stripped = text.lstrip()
    if stripped.startswith("{") and "jsonfeed.org" in stripped[:400]:
        return _json_feed(text)   # (json reads past leading blank lines, so error lines are the file's)
    export = jsonexport.read(text, ctx)   # any other JSON: an app's export of records
    if export is not None:
        export.stories = _scrubbed(export.stories)
        return export
    return _csv(text, ctx.captured)


def html_to_text(text: str) -> str | None:
    """Pasted HTML -> one line per block; None when the text is not HTML."""
    if len(_HTML.findall(text[:5000])) < 2:
        return None
    p = _Text()
    p.feed(text)
    p.close()
    lines = [re.sub(r"[ \t\u00a0]+", " ", l).strip() for l in "".join(p.out).split("\n")]
    return _clean("\n".join(lines))   # character references (&#x202E;) are characters now


def _feed(text: str) -> Parsed:
    import feedparser   # only digests that are feeds need it

    d = feedparser.parse(text.encode("utf-8"), sanitize_html=True, resolve_relative_uris=False)
    publisher = d.feed.get("title", "")
    stories = []
    for n, e in enumerate(d.entries, 1):
        body = _plain(e.get("summary", "") or "".join(c.get("value", "") for c in e.get("content", [])))
        title = e.get("title", "")
        if "html" in (e.get("title_detail") or {}).get("type", "") and "<" in title:
            title = " ".join(_plain(title).split())   # (an Atom title of type html: '<b>Storm</b> hits' is 'Storm hits')
        st = Story(line=n, paras=[p for p in body.split("\n") if p.strip()] or [title], title=title, url=e.get("link", ""))
        st.date, st.date_basis = _stated_day(e)
        st.source = (e.get("source") or {}).get("title", "") or publisher
        st.labels = [t.get("term", "") for t in e.get("tags", []) if t.get("term")]
        stories.append(st)
    return Parsed("feed", _scrubbed(stories), notes=_broken_xml(d.get("bozo_exception"), len(stories)))


def _stated_day(e) -> tuple[dt.date | None, str]:
    """The day an entry's stamp states, in its own time zone, as a JSON Feed's is read: feedparser's
    parsed stamp is in UTC ('2025-03-03T23:30:00-08:00' was the 4th from Atom and RSS, the 3rd from
    JSON), and a stamp with no zone ('Tue, 04 Mar 2025 23:59:59') it does not parse at all."""
    from email.utils import parsedate_tz
    for key in ("published", "updated"):   # (asked one by one: feedparser warns of 'updated' read for 'published')
        raw = e[key] if key in e else ""
        day = _iso(raw.strip())[0] if raw else None
        parts = parsedate_tz(raw) if raw and not day else None
        if parts and not day:
            try:
                day = dt.date(parts[0], parts[1], parts[2])
            except ValueError:
                day = None
        if day:
            return day, "stated"
    stamp = e.get("published_parsed") or e.get("updated_parsed")   # (a form only feedparser reads)
    return (dt.date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday), "stated") if stamp else (None, "")


def _broken_xml(problem: Exception | None, read: int) -> list[str]:
    """feedparser reads on past XML that is not well formed (a feed cut off mid-download, a stray
    '&'): the items after the break were lost without a word. Said, with the line."""
    from xml.sax import SAXParseException
    if not isinstance(problem, SAXParseException):   # (its other complaints: an encoding declared wrongly)
        return []
    return [f"the feed is not well-formed XML from line {problem.getLineNumber()} ({problem.getMessage()}): "
            f"{read} item(s) read; the file may be cut off or damaged"]


def _scrubbed(stories: list[Story]) -> list[Story]:
    """Feeds and JSON make characters of escapes (&#x7;, \\u001b, &#x202E;) after the digest's text
    was cleaned of them (reading.read_raw): drop them again, or the article written would be one
    the build refuses (a control character) or one that turns its listing around (a direction
    control)."""
    for st in stories:
        st.title, st.source, st.url = _clean(st.title), _clean(st.source), _clean(st.url)
        st.paras = [_clean(p) for p in st.paras]
        st.labels = [_clean(label) for label in st.labels]
    return stories


def _clean(text: str) -> str:
    return Y.BIDI_CONTROLS.sub("", Y.FORBIDDEN_CHARS.sub("", text))


def _json_feed(text: str) -> Parsed:
    data = load(text, "a JSON Feed's items").data
    items = data.get("items") if isinstance(data, dict) else None
    stories, odd = [], []
    for n, it in enumerate(items if isinstance(items, list) else [], 1):
        if not isinstance(it, dict):   # ('"a string"', 42, null: left out without a word)
            odd.append(str(n))
            continue
        body = _json_text(it, "content_text") or _plain(_json_text(it, "content_html") or _json_text(it, "summary"))
        st = Story(line=n, paras=[p for p in body.split("\n") if p.strip()], title=_json_text(it, "title"),
                   url=_json_text(it, "url"))
        st.date, st.date_basis = _iso(_json_text(it, "date_published"))
        tags = it.get("tags")   # a list of strings; a lone string is one tag, not one per letter
        st.labels = [str(t) for t in ([tags] if isinstance(tags, str) else tags if isinstance(tags, list) else [])
                     if isinstance(t, (str, int)) and not isinstance(t, bool)]
        st.source = _json_text(data, "title")
        st.paras = st.paras or [st.title]
        stories.append(st)   # (one of no title nor text is reported skipped: it was dropped without a word)
    notes = [f"items {', '.join(odd[:10])}{' …' if len(odd) > 10 else ''} left out: not objects"] if odd else []
    return Parsed("json-feed", _scrubbed(stories), notes=notes)


def _json_text(obj: dict, key: str) -> str:
    """A JSON Feed field that is text (or a number); anything else (a list, an object) is no text
    at all, rather than Python's spelling of it ("['x']")."""
    value = obj.get(key)
    return str(value) if isinstance(value, (str, int, float)) and not isinstance(value, bool) else ""


def _iso(stamp: str) -> tuple[dt.date | None, str]:
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", stamp)
    if not m:
        return None, ""
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3])), "stated"
    except ValueError:
        return None, ""


def _csv(text: str, captured: "dt.date | None" = None) -> Parsed | None:
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    delim = max((",", ";", "\t"), key=first.count)
    head = [h.strip().strip('"').lower() for h in first.split(delim)]
    if first.count(delim) < 1 or not ({"title", "headline"} & set(head)) or len(_HEADER_NAMES & set(head)) < 2:
        return None
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=delim)
    names = next(reader, [])
    rows, end = [], reader.line_num
    for values in reader:   # each row with the line it starts on (a value in quotes may hold line breaks)
        if values:
            rows.append((end + 1, _row(names, values)))
        end = reader.line_num
    found = [f for _, r in rows for f in when.find_dates(_get(r, "date", "published"))]
    outlets = _outlet_columns(head)
    order = when.decide_order(found, "en", captured)
    stories = []
    for n, r in rows:
        title = _get(r, "title", "headline")
        body = _get(r, "summary", "body", "text", "description")
        st = Story(line=n, paras=[body or title], title=title, url=_get(r, "url", "link"),
                   source=_get(r, "source", "outlet", *outlets))
        dates = when.find_dates(_get(r, "date", "published"))
        if dates:
            st.date = dates[0].resolve(order)
            st.date_basis = "stated" if st.date else ""
        labels = _get(r, "tags", "category", "categories")
        st.labels = [x.strip() for x in re.split(r"[;,|]", labels) if x.strip()]
        stories.append(st)   # (a row of no title nor text is reported skipped: it was dropped without a word)
    return Parsed("csv", stories, notes=_overfull(rows, len(head)) + _twice(names))


def _row(names: list[str], values: list[str]) -> dict:
    """A row by its header's names, the first column of a name that the header gives twice
    (DictReader keeps the last, and the first column's values were lost without a word); values
    past the header's names under None, as DictReader puts them."""
    row: dict = {}
    for name, value in zip(names, values):
        row.setdefault(name.strip().lower(), value)
    if len(values) > len(names):
        row[None] = values[len(names):]
    return row


def _twice(names: list[str]) -> list[str]:
    seen = [n.strip().lower() for n in names]
    twice = sorted({n for n in seen if n and seen.count(n) > 1})
    return [f"line 1: the header names {', '.join(repr(n) for n in twice)} more than once; the first such column "
            "is read, the others are left out"] if twice else []


def _outlet_columns(head: list[str]) -> list[str]:
    """Header names that name the outlet as exports do ('publisher', 'publication', 'newspaper',
    'site_name', 'Quelle', 'medio', 'fonte'): the names JSON exports are read by, best first."""
    named = [(jsonexport_roles.role_of((h,)), h) for h in head]
    return [h for role, h in sorted((r, h) for r, h in named if r and r[0] == "source")]


def _overfull(rows: list[tuple[int, dict]], named: int) -> list[str]:
    """Rows with more values than the header names (a comma in a value not in quotes): the values
    past the header's were left out without a word, and the others read into the wrong columns."""
    return [f"line {n}: {named + len(r[None])} values where the header names {named} (a separator inside a "
            f"value not in quotes?); left out: {', '.join(repr(v[:40]) for v in r[None][:3])}"
            for n, r in rows if r.get(None)]


def _get(row: dict, *names: str) -> str:
    low = {str(k).strip().lower(): v for k, v in row.items() if k is not None}
    for name in names:
        if low.get(name):
            return str(low[name]).strip()
    return ""
