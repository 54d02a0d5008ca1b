"""What one build leaves for the next, as types (saved by chronicle/build/cache.py as CBOR through
chronicle/build/statefile.py; nothing here is ever pickled): BuildState, which every build reads
to ask whether there is anything to do, and Outputs, in one small index (StateIndex), their maps
of every document and file kept by pieces (build/shards.py) read only where a build asks; and
Prints, in a file of its own read only by a full build. The articles and the quick path's facts are in
chronicle/build/reuse.py. This module imports only model.py, so an up-to-date build stays short.

The stages produce these values and return them; the orchestrator (finish.save_cache; the quick
path for its own builds) alone puts them together and saves them.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Mapping

from ..model import InputKey, Record, SiteSize, StatKey


@dataclass(frozen=True)
class RecordSums:
    """What the figures over every file need of one piece of the records (outputs/recordsums.py)."""
    kept_bytes: int                          # of the files keeping the whole archive saves
    kept_files: int
    kept_digest: bytes                       # of their paths and digests
    versioned_digest: bytes                  # of the paths and digests of the files the worker's version covers
    size: SiteSize


@dataclass(frozen=True)
class Settings:
    """Everything but the content that a build depends on, in the parts a change is told by
    (build/changes.py): digests of the layouts, of the config file, and of the code and options."""
    layouts: str
    config: str
    other: str

    @property
    def digest(self) -> str:
        return hashlib.sha256(f"{self.layouts}\n{self.config}\n{self.other}".encode()).hexdigest()


@dataclass(frozen=True)
class BuildState:
    settings: str                            # Settings.digest of the build (pipeline.settings_of)
    stats: Mapping[str, InputKey]            # every document, by the path shown in messages
    output_stats: Mapping[str, StatKey]      # every output file, relative to the output folder
    articles: int                            # articles in the site, for the report
    site_identity: StatKey | None = None     # write.folder_identity: known once the site is in place
    # what the site weighs (build/budget.py), so a build with nothing to do reports it without
    # decoding Outputs (the records of every file: 0.1 s at 10,000 articles)
    size: SiteSize | None = None


@dataclass(frozen=True)
class PartState:
    """One partition of the Pagefind index (chronicle/outputs/search/): a digest of what its
    pages give Pagefind, the pages, and its files, so a build that changed none of them
    reuses the files (moved, if the partition's folder changed)."""
    key: str
    folder: str                              # "pagefind" for the first partition, else pagefind/parts/<name>
    pages: tuple[str, ...]
    files: tuple[str, ...]                   # relative to the folder


@dataclass(frozen=True)
class OverlayState:
    """The overlay partition (outputs/search/overlay.py): the article pages quick builds edited
    since their partitions were last indexed whole, indexed on their own."""
    key: str
    files: tuple[str, ...]                   # relative to its folder, pagefind/parts/overlay
    # (page path, its base partition, its Pagefind id there (the version superseded), its id in the overlay)
    pages: tuple[tuple[str, str, str, str], ...]


@dataclass(frozen=True)
class SearchState:
    """The Pagefind files of a build: each partition's, by name, and Pagefind's own program
    files (its JavaScript, WebAssembly and UI), the same for every partition; the overlay, after
    quick builds of large partitions (a full build folds it into the partitions)."""
    parts: Mapping[str, PartState]
    shared: tuple[str, ...]
    overlay: OverlayState | None = None


@dataclass(frozen=True)
class OfflineState:
    """What the offline search index (outputs/offline.py) holds of each article, so a build that
    changed a few of them patches it (outputs/offlinepatch.py) instead of making it whole. Saved
    by a full build in a file of its own (build/reuse.py)."""
    salt: str                                # the code and config it was made with
    pages: tuple[str, ...]                   # every article page, in the index's order (its numbers)
    texts: tuple[str, ...]                   # a digest of what the index holds of each one's text
    filters: Mapping[str, tuple[str, ...]]   # article page -> its filter terms
    manifest: Record | None = None           # the record of the index's manifest, once published


@dataclass(frozen=True)
class OfflineEdits:
    """The articles quick builds gave new texts since the full build whose offline index's
    manifest had the record `base` (that build's OfflineState, in offline.cbor, is not rewritten
    by a quick build: it would cost one a tenth of a second at 10,000 articles)."""
    base: Record
    texts: Mapping[str, str]                 # article page -> the digest of its text now


@dataclass(frozen=True)
class RelatedState:
    """The related articles of a full build (index/collect.py), by slug, and a digest of what
    they are a function of (every article's slug and tags, in order): a title, summary or body
    edit keeps them, and the next build reuses them instead of finding them again (1 s at
    10,000 articles); with each article's tags and date, a tags or date edit finds them again
    only for the articles sharing a tag whose list of articles changed (collect.KnownRelated).
    Saved in a file of its own (build/reuse.py)."""
    key: str
    slugs: Mapping[str, tuple[str, ...]]
    sizes: str                               # collect.related_sizes
    tags: Mapping[str, tuple[str, ...]]      # article slug -> its tags
    dates: Mapping[str, str]                 # article slug -> its date, ISO ("": undated)
    topics: Mapping[str, tuple[tuple[str, int], ...]]   # overview.related_topics, a function of the same


@dataclass(frozen=True)
class ThreadSummary:
    """The story threads of a build, for `check` to say what a change does to them
    (chronicle/authoring/threadchanges.py): the content folder read, and by slug each thread's
    title and the file names of its articles."""
    content: str
    threads: Mapping[str, tuple[str, tuple[str, ...]]]


@dataclass(frozen=True)
class Outputs:
    """What the last build made, for the next one to reuse (the quick path's part)."""
    records: Mapping[str, Record]            # every output file
    # file -> where the bodies it holds are: (start, end, mode, article page), render/bodies.py
    slots: Mapping[str, tuple[tuple[int, int, int, str], ...]]
    search: SearchState | None
    patched: frozenset[str] = frozenset()    # files quick builds changed since: their Prints no longer hold
    offline: OfflineEdits | None = None      # quick builds' changes to the offline search index


@dataclass(frozen=True)
class PageKeys:
    """What an article page's and a topic's pages' fingerprints are made of, but by page path
    (render/pagesreuse.py)."""
    base: str                                # the fingerprints' salt and the digest of what every page shares
    keys: Mapping[str, str]                  # article page -> digest of its inputs, articles by page path
    versions: Mapping[str, str]              # article page -> its version and title, as a page shows it
    topic_keys: Mapping[str, str]            # topic slug -> digest of its inputs (plan.TopicInputs), the same way
    topic_pages: Mapping[str, tuple[str, ...]]   # topic slug -> the paths of its pages, in plan order


@dataclass(frozen=True)
class Prints:
    """What only a full build reads: a part of its own, which a quick build passes on as bytes."""
    pages: Mapping[str, str]                 # page path -> fingerprint of what it shows
    threads: ThreadSummary | None = None
    # the SHA-256 (hex) of the pages.cbor this build wrote with its PageKeys (reuse.read_page_keys:
    # kept apart, so the quick path and an up-to-date build do not read them); "": none
    keys: str = ""


@dataclass(frozen=True)
class StateIndex:
    """state.cbor: BuildState and Outputs without their big maps, which are kept by pieces
    (build/shards.py) in the folder `state/`, named here; the SHA-256 of the Prints file
    (prints.cbor) this state goes with."""
    state: BuildState                        # stats and output_stats empty
    outputs: Outputs                         # records and slots empty
    names: Mapping[str, tuple[str, ...]]     # map ("stats", "output_stats", "records", "slots") -> its pieces
    lengths: Mapping[str, int]
    record_sums: tuple[RecordSums, ...]      # the records' fold, by piece
    prints: str


NO_OUTPUTS = Outputs({}, {}, None)
NO_PRINTS = Prints({})
StateFile = StateIndex   # the shape of state.cbor (and the site's identity)
