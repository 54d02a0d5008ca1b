"""What changed since the last build, as a type: the one classifier of `build`'s quick path
(build/quick.py) and the preview's live reload (preview/live.py).

Given what the last build knew (`Known`: its settings, the input key of every document, and
what turns a document into an article, with a digest of each article's fields but its body)
and the inputs now, `classify` answers one of:
- Nothing: no document, layout, config, code or option changed;
- Bodies: only the bodies of these articles or pages changed (every other field as before):
  their pages and the full-text feed change, at the bodies' slots only (render/bodies.py);
- Metadata: these documents changed beyond their bodies (title, tags, date, summary...), or
  became unreadable, or more of them changed than the caller patches;
- Layouts, ConfigChanged: the layouts, or the config file, code or build options changed;
- Added, Deleted: documents appeared or went (a rename is both: Added is answered first).
Only Nothing and Bodies can be patched; anything else is a build through the normal stages.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Union

from .reuse import QuickFacts
from .state import Settings
from ..model import Article, Document, InputKey
from ..source.documents import mark_draft_titles, read_document, to_article


@dataclass(frozen=True)
class Known:
    settings: Settings
    stats: Mapping[str, InputKey]        # every document, by the path shown in messages
    facts: QuickFacts


@dataclass(frozen=True)
class Edit:
    shown: str                           # the document's path in messages
    document: Document
    article: Article                     # its new version, as the site shows it
    read: Article                        # as read (drafts' titles unmarked), for the article cache
    resolved: dict[str, str | None]      # the .md links it resolved, and to what


@dataclass(frozen=True)
class Nothing:
    pass


@dataclass(frozen=True)
class Bodies:
    edits: tuple[Edit, ...]

    @property
    def fresh(self) -> dict[str, str]:
        """Article page -> its new body HTML."""
        return {e.article.page_path: e.article.body_html for e in self.edits}


@dataclass(frozen=True)
class Metadata:
    shown: tuple[str, ...]


@dataclass(frozen=True)
class Layouts:
    pass


@dataclass(frozen=True)
class ConfigChanged:
    pass


@dataclass(frozen=True)
class Added:
    shown: tuple[str, ...]


@dataclass(frozen=True)
class Deleted:
    shown: tuple[str, ...]


Change = Union[Nothing, Bodies, Metadata, Layouts, ConfigChanged, Added, Deleted]


def text_digest(a: Article) -> str:
    """A digest of what the offline search index (outputs/offlinepatch.py) holds of an article's
    text, the words it indexes and its document entry (indexed_texts, doc_entry), made from the fields those read (the code that
    reads them is in the state's salt): a third of the time of digesting what they return."""
    held = "\x1f".join((a.title, a.body_text, a.body_html, a.date.isoformat() if a.date else "", a.source or "",
                        a.url or "", a.slug, a.page_path))
    return hashlib.sha256(held.encode("utf-8", "surrogatepass")).hexdigest()[:24]


def fields_digest(article: Article) -> str:
    """A digest of everything about an article but its body: what a page can show of it (no
    page shows another article's body), so also its version in page fingerprints (render/pages.py)."""
    return hashlib.sha256(repr(article.summarized()).encode("utf-8", "surrogatepass")).hexdigest()[:24]


def classify(known: Known, settings: Settings, stats: Mapping[str, tuple[str, str, InputKey]], content: Path,
             drafts: bool, keep_text: bool, most: int) -> Change:
    """`stats`: shown path -> (path under `content`, kind, input key) of every document now.
    Documents are read only when no setting changed and no more than `most` were edited."""
    if settings.layouts != known.settings.layouts:
        return Layouts()
    if settings != known.settings:
        return ConfigChanged()
    added = tuple(sorted(stats.keys() - known.stats.keys()))
    if added:
        return Added(added)
    deleted = tuple(sorted(known.stats.keys() - stats.keys()))
    if deleted:
        return Deleted(deleted)
    edited = tuple(sorted(shown for shown, (_, _, key) in stats.items() if key != known.stats[shown]))
    if not edited:
        return Nothing()
    if len(edited) > most:
        return Metadata(edited)
    edits = []
    for shown in edited:
        edit = _body_edit(known.facts, shown, content / stats[shown][0], stats[shown][1], drafts, keep_text)
        if edit is None:
            return Metadata(edited)
        edits.append(edit)
    return Bodies(tuple(edits))


def _body_edit(facts: QuickFacts, shown: str, path: Path, kind: str, drafts: bool, keep_text: bool) -> Edit | None:
    """The edit, when the document reads without error and only its body changed."""
    if shown not in facts.fields:   # a draft, or a file the last build could not read
        return None
    doc, errors = read_document(path, kind, shown)
    if errors or doc is None:
        return None
    resolved: dict[str, str | None] = {}
    article, errors = to_article(doc, facts.config, facts.targets, facts.aliases, resolved, keep_text=keep_text)
    shown_article = mark_draft_titles([article])[0] if drafts else article
    if errors or fields_digest(shown_article) != facts.fields[shown]:
        return None
    return Edit(shown, doc, shown_article, article, resolved)
