"""What one build leaves for the next, as types (saved by chronicle/build/cache.py, as JSON
through chronicle/build/statefile.py; nothing here is ever pickled).

The stages produce these values and return them; the orchestrator (chronicle/build/pipeline.py,
assemble.save_state; the quick path for its own builds) alone puts them together and saves them.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from ..config import Config
from ..model import Article, Document

StatKey = tuple[int, int, int]   # size, mtime in ns, inode: a file changed when its key did
Record = tuple[int, bytes]       # an output file's size and SHA-256 digest


@dataclass(frozen=True)
class SearchState:
    """The Pagefind files of a build and a digest of the pages they index, so a build that
    changed no article page reuses them whole."""
    key: str
    paths: tuple[str, ...]


@dataclass(frozen=True)
class QuickState:
    """What the quick path (chronicle/build/quick.py) needs from the last full build; only
    kept when no layout shows an article's body on another page."""
    holes: Mapping[str, tuple[tuple[int, int], ...]]   # article page -> byte ranges of its body
    feeds_of: Mapping[str, tuple[str, ...]]            # article page -> the feeds that carry it


@dataclass(frozen=True)
class BuildState:
    settings: str                            # pipeline.settings_digest of the build
    stats: Mapping[str, StatKey]             # every document, by the path shown in messages
    manifest: Mapping[str, StatKey]          # every output file, relative to the output folder
    records: Mapping[str, Record]            # every output file
    articles: int                            # articles in the site, for the report
    pages: Mapping[str, str]                 # page path -> fingerprint of what it shows
    needy: frozenset[str]                    # pages whose layout showed other articles' bodies
    search: SearchState | None
    quick: QuickState | None
    site_identity: StatKey | None = None     # write.folder_identity: known once the site is in place


@dataclass(frozen=True)
class ArticleEntry:
    """One document as the last build read and rendered it (articles.json)."""
    stat: StatKey
    salt: str                                # config and code it was made with
    document: Document
    article: Article
    resolved: dict[str, str | None]          # the .md links it resolved, and to what


@dataclass(frozen=True)
class QuickFacts:
    """What turns an edited document into an article without the full build (quick.json)."""
    settings: str
    config: Config
    targets: dict[str, str]                  # source.documents.link_targets
    aliases: dict[str, str]                  # source.documents.topic_aliases
    fields: dict[str, bytes]                 # article path -> quick.fields_digest
