"""Offline search: an index the browser loads with a <script> tag, so search works from file://.

Pagefind needs fetch() and WebAssembly, which browsers refuse on file://. This index is plain
JavaScript: one call `ChronicleOffline.load({...})` with the article list and each article's
text. The engine (in layouts/static/search.js) folds the text once and scans it per query,
so the index carries no postings: its size is about the size of the articles' text.

Layout of the payload (arrays, not objects, to keep it small):
    {"v": 1, "topics": [name...], "sources": [name...], "threads": [title...],
     "docs": [[path, title, "YYYY-MM-DD" or "", source index or -1, [topic index...], text,
               thread index or -1]...]}
Paths are relative to the site root; documents come newest first (the build's order).
"""
from __future__ import annotations

import json

from ..model import OutputFile, SiteIndex

OFFLINE_INDEX = "offline/search-index.js"
FORMAT_VERSION = 1


def offline_index(index: SiteIndex) -> OutputFile:
    sources = sorted({a.source for a in index.articles if a.source}, key=lambda s: (s.lower(), s))
    source_ix = {s: i for i, s in enumerate(sources)}
    topics = list(index.topics.values())  # sorted by slug
    topic_ix = {t.slug: i for i, t in enumerate(topics)}
    threads = list(index.threads.by_slug.values())   # sorted by slug
    thread_ix = {t.slug: i for i, t in enumerate(threads)}
    of_article = index.threads.of_article
    docs = []
    for a in index.articles:
        docs.append([
            a.page_path, a.title, a.date.isoformat() if a.date else "",
            source_ix.get(a.source, -1), [topic_ix[t] for t in a.tags if t in topic_ix],
            " ".join(a.body_text.split()),
            thread_ix[of_article[a.slug].slug] if a.slug in of_article else -1,
        ])
    payload = {"v": FORMAT_VERSION, "topics": [t.name for t in topics], "sources": sources,
               "threads": [t.title for t in threads], "docs": docs}
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    # JSON is JavaScript, except that U+2028/2029 were not legal in old string literals and
    # "</script" must never appear should the file be inlined; escape both.
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("</", "<\\/")
    body = "/* Chronicle offline search index (generated). */\nChronicleOffline.load(" + text + ");\n"
    return OutputFile(OFFLINE_INDEX, body.encode("utf-8"))
