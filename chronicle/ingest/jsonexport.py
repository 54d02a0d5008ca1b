"""Digests that are JSON exports (a document, or JSON Lines), whatever app wrote them: NewsAPI's
`{"articles": […]}`, a Telegram or Slack export, a Mastodon archive's `orderedItems`, Reddit's
`data.children[].data`, Feedly, Pocket, Hacker News `hits`, or an unknown app's own keys. The
records are the top-level array, or the longest list of objects a few levels down (or an object
of objects, as Pocket keeps its `list`); each field's role is read by jsonexport_roles. Records
that are no item (a service message: a join, a pin, a reaction, an edit; a message without text;
a value that is no object) are reported with their line, never dropped silently."""
from __future__ import annotations

import re
from collections import Counter

from . import jsonp, when
from .domains import host_of, outlet_of
from .jsonexport_load import Unreadable, load, looks_like_json, record_lines
from .jsonexport_roles import fields_of, roles
from .jsonexport_values import Rich, date_of, is_rich, is_url, name_of, names_of, text_of
from .lang import language
from .model import Context, Parsed, Story

# keys that hold the records, preferred when two lists are as long
RECORD_KEYS = ("messages", "items", "articles", "results", "entries", "posts", "data", "list", "hits", "children",
               "ordereditems", "stories", "documents", "docs", "records", "bookmarks", "links", "news", "value")
# words of an app's kind of record that is no item ('pin_message', 'channel_join', 'message_changed',
# Mastodon's 'Announce', Discord's 'ChannelPinnedMessage'), and whole kinds ('channel_topic': a
# 'topic' may be a news record's kind)
_SERVICE = frozenset("service join joined leave left pin pinned unpin reaction reactions react edit edited changed "
                     "deleted delete invite invited like announce boost migrate kick kicked".split())
_SERVICE_KINDS = frozenset("channel_topic channel_purpose channel_name channel_archive channel_unarchive group_topic "
                           "group_purpose group_name phone_call group_call bot_add bot_remove".split())
# 'via Reuters', 'Source: dpa', 'Quelle: tagesschau.de' (not 'von'/'par'/'por' + a name: a byline)
_VIA = re.compile(r"^(?:via\s+|(?:source|sources|quelle|fuente|fonte)\s*:\s*)(?P<name>\S.{0,80})$", re.I)
_MEDIA = ("photo", "file", "sticker", "media", "media_type", "video", "voice", "image", "attachments", "files")
# why a record was skipped (the start of its note) -> how many of them are called
_KINDS = {"a service record": ("service record", "service records"),
          "a record without text": ("record without text", "records without text"),
          "": ("value that is no object", "values that are no objects")}
_MOST_LABELS = 20
_SHOWN = 10   # skipped records listed one by one; more are counted
_CUT = re.compile(r"\s*\[\+\d+ chars\]\s*$")   # an API's text cut short: '… [+2345 chars]'


def read(text: str, ctx: Context) -> Parsed | None:
    """The records of a JSON export as stories; None when the text is not JSON."""
    above = None   # (the lines above a JSONP call, when the JSON is one)
    if not looks_like_json(text):
        inner = jsonp.unwrapped(text)   # a saved JSONP response: its JSON, on the file's lines
        if inner is None or not looks_like_json(inner):
            return None
        text, above = inner, [f"line {no}" for no in jsonp.lines_above(text)]
    try:
        loaded = load(text)
    except Unreadable:
        if above is not None:
            return None   # text that only looks like a JSONP call ('See({…' … ')') is read as text
        raise
    found = _records(loaded.data)
    if found is None and above is not None:
        return None
    if found is None:
        raise Unreadable(1, "JSON with no list of records (objects such as messages, items or articles) in it; "
                            "no articles read")
    path, items = found
    lines = loaded.jsonl or record_lines(text, path, len(items))
    fields = [fields_of(r) if isinstance(r, dict) else {} for r in items]
    found_roles = roles([f for f in fields if f])
    lang = language(" ".join(t.text for f in fields[:200] for p in found_roles.get("body", ())[:1]
                             for t in [text_of(f.get(p))] if t))
    # one day/month order for the export's numeric dates, from all of them and its language
    order = when.decide_order([d for f in fields for p in found_roles.get("date", ()) if isinstance(f.get(p), str)
                               for d in when.find_dates(f[p][:100]) if d.kind != "relative"], lang, ctx.captured)
    stories, skipped = [], []
    for no, item, rec in zip(lines, items, fields):
        why = _not_an_item(item)
        story = None if why else _story(no, rec, found_roles, order)
        if story is None:
            skipped.append((no, why or _textless(item)))
        else:
            stories.append(story)
    if not stories:   # (the run's 'try --layout' would not help: say what the records were)
        raise Unreadable(lines[0] if lines else 1, f"none of its {len(items):,} records is an item with text "
                                                   f"({_reasons(skipped)}); no articles read")
    notes = [f"left out above the JSONP call: {', '.join(above)}"] if above else []   # (none or [])
    return Parsed("json", stories, notes=notes + _skipped_notes(skipped), lang=lang)


def _records(data: object) -> tuple[tuple, list] | None:
    """(path, records): the top-level array, else the longest list of objects with words in them
    (or object of objects) under keys one to three levels down."""
    if isinstance(data, list):
        return ((), data) if any(isinstance(r, dict) for r in data) else None
    if not isinstance(data, dict):
        return None
    best, todo = None, [((), data)]
    while todo:
        path, obj = todo.pop(0)
        for key, value in list(obj.items())[:500]:
            here = (*path, key)
            records = value if isinstance(value, list) else list(value.values()) if isinstance(value, dict) else []
            count = sum(1 for r in records if isinstance(r, dict))
            if count and (isinstance(value, list) or count == len(records) >= 2):
                rank = (_worded(records) * count, count, str(key).lower().replace("_", "") in RECORD_KEYS, -len(here))
                if best is None or rank > best[0]:
                    best = (rank, here, records)
            if isinstance(value, dict) and len(here) < 3:
                todo.append((here, value))
    return (best[1], best[2]) if best else None


def _worded(records: list) -> float:
    """The share of records (of the first 200) with words in them, at their top or one object down:
    messages beside a list of users or of files are the records."""
    sample = [r for r in records[:200] if isinstance(r, dict)]
    has = lambda v: isinstance(v, str) and v.count(" ") >= 2 or is_rich(v)
    return sum(1 for r in sample if any(has(v) or isinstance(v, dict) and any(has(w) for w in list(v.values())[:50])
                                        for v in list(r.values())[:50])) / max(1, len(sample))


def _not_an_item(item: object) -> str:
    """Why a record is no item ('' when it may be one): not an object, or an app's service record."""
    if not isinstance(item, dict):
        return f"{_kind(item)}, not a record (an object)"
    for key in ("action", "subtype", "type", "event", "kind"):
        value = item.get(key)
        if isinstance(value, str) and (value.lower() in _SERVICE_KINDS or _SERVICE & _words(value)):
            return f"a service record ({key}: {value[:40]})"
    return ""


def _words(kind: str) -> set[str]:
    """'pin_message', 'channel-join', 'GuildMemberJoin' (Discord) -> their words, lower case."""
    return {w.lower() for w in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", kind[:80])}


def _textless(item: dict) -> str:
    media = next((k for k in item if k in _MEDIA), "")
    return f"a record without text ({media} only)" if media else "a record without text"


def _kind(value: object) -> str:
    return {str: "a string", list: "a list", bool: "true or false", type(None): "null"}.get(type(value), "a number")


def _story(no: int, rec: dict, found: dict[str, list[tuple]], order: str | None) -> Story | None:
    title = _first(rec, found.get("title", ()), text_of)
    body = _body(rec, found.get("body", ()))
    heading = " ".join((title.text if title else body.lead).split())
    text = body.text[len(body.lead):] if not title and body.lead else body.text
    paras = [p.strip() for p in text.split("\n") if p.strip()]
    if not heading and _headline_line(paras):   # 'Headline\n\nText.': a channel's plain headline
        heading = paras.pop(0)
    shared = [(h, w) for h, w in body.links + (title.links if title else []) if not w.startswith(("#", "@"))]
    via = _trailer(paras, shared)
    if not paras and not heading:
        return None
    st = Story(line=no, paras=paras or [heading], title=heading)
    url = _first(rec, found.get("url", ()), lambda v: v.strip() if is_url(v) else None)
    st.url = url or (shared[0][0] if shared else "")
    st.source = _first(rec, found.get("source", ()), lambda v: name_of(v) or None) or via
    link = shared[0][0] if shared else st.url
    if not st.source and link and outlet_of(link):
        st.source = outlet_of(link)
        st.notes.append(f"source: named from the link's address ({host_of(link)})")
    st.date = _date(rec, found.get("date", ()), order)
    st.date_basis = "stated" if st.date else ""
    # every tag field (Feedly's `categories`, the reader's folders, and its `keywords`) and the hashtags
    tags = [n for p in found.get("tags", ()) for n in names_of(rec.get(p))] + body.hashtags
    st.labels = list(dict.fromkeys(tags))[:_MOST_LABELS]
    return st


def _headline_line(paras: list[str]) -> bool:
    """A first line of 3 to 20 words with no sentence end over more text is the message's headline."""
    if len(paras) < 2:
        return False
    first = paras[0]
    return 3 <= len(first.split()) <= 20 and first[-1:] not in ".!?…:;,\"”’)" and len(paras[1].split()) >= 5


def _first(rec: dict, paths, read):
    """The first field of `paths` the record has that `read` makes something of."""
    for p in paths:
        value = rec.get(p)
        if value not in (None, "", [], {}):
            got = read(value)
            if got:
                return got
    return None


def _body(rec: dict, paths) -> Rich:
    """The first text field; one an API cut short ('… [+2345 chars]', NewsAPI's `content`) only
    when the record has no other, and without its marker."""
    texts = [t for t in (text_of(rec.get(p)) for p in paths if rec.get(p) not in (None, "", [])) if t and t.text]
    whole = [t for t in texts if not _CUT.search(t.text)]
    if whole or not texts:
        return whole[0] if whole else Rich("")
    return Rich(_CUT.sub("", texts[0].text).rstrip(), texts[0].links, texts[0].lead, texts[0].hashtags)


def _date(rec: dict, paths, order: str | None):
    for p in paths:
        value = rec.get(p)
        day = date_of(value, True)
        if day is None and isinstance(value, str):
            found = [d for d in when.find_dates(value[:100]) if d.kind != "relative"]
            day = found[0].resolve(order) if found else None
        if day:
            return day
    return None


def _trailer(paras: list[str], links: list[tuple[str, str]]) -> str:
    """A closing line that only names where the item comes from ('via Bloomberg', 'Quelle: dpa') or
    is a link's own words ('Read the story') is no text: taken off; a named source is returned."""
    words = {w.strip() for _, w in links if w.strip()}
    name = ""
    while paras:
        last = paras[-1].strip()
        m = _VIA.match(last)
        if m and len(m["name"].split()) <= 6:
            name = name or m["name"].strip(" .")
        elif last not in words:
            break
        paras.pop()
    if not name and paras:   # 'via ' ending the text, the name in the link that follows it on the line
        m = re.search(r"(?:^|\s)via\s+(?P<name>[^.\n]{2,60})$", paras[-1])
        if m and m["name"].strip() in words:
            name = m["name"].strip()
            paras[-1] = paras[-1][:m.start()].rstrip()
            if not paras[-1]:
                paras.pop()
    return name


def _reasons(skipped: list[tuple[int, str]]) -> str:
    """'2 service records, 1 record without text': what the records were, by kind, most first."""
    kinds = Counter(next((k for k in _KINDS if why.startswith(k)), "") for _, why in skipped)
    ranked = sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))
    return ", ".join(f"{n:,} {_KINDS[kind][n > 1]}" for kind, n in ranked)


def _skipped_notes(skipped: list[tuple[int, str]]) -> list[str]:
    notes = [f"line {no}: skipped {why}" for no, why in skipped[:_SHOWN]]
    if len(skipped) > _SHOWN:
        notes.append(f"… and {len(skipped) - _SHOWN:,} more records skipped "
                     "(no text, service records or not objects)")
    return notes
