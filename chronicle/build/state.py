"""What one build leaves for the next, as types (saved by chronicle/build/cache.py as CBOR through
chronicle/build/statefile.py; nothing here is ever pickled). Two records in one file: BuildState,
which every build reads to ask whether there is anything to do, and Outputs, decoded only by a
build that has work to do. The articles and the quick path's facts are in
chronicle/build/reuse.py. This module imports only model.py, so an up-to-date build stays short.

The stages produce these values and return them; the orchestrator (assemble.save_cache; the quick
path for its own builds) alone puts them together and saves them.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from ..model import InputKey, Record, StatKey


@dataclass(frozen=True)
class BuildState:
    settings: str                            # pipeline.settings_digest of the build
    stats: Mapping[str, InputKey]            # every document, by the path shown in messages
    output_stats: Mapping[str, StatKey]      # every output file, relative to the output folder
    articles: int                            # articles in the site, for the report
    site_identity: StatKey | None = None     # write.folder_identity: known once the site is in place


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
class SearchState:
    """The Pagefind files of a build: each partition's, by name, and Pagefind's own program
    files (its JavaScript, WebAssembly and UI), the same for every partition."""
    parts: Mapping[str, PartState]
    shared: tuple[str, ...]


@dataclass(frozen=True)
class QuickState:
    """What the quick path (chronicle/build/quick.py) needs from the last full build; only
    kept when no layout shows an article's body on another page."""
    holes: Mapping[str, tuple[tuple[int, int], ...]]   # article page -> byte ranges of its body
    feeds_of: Mapping[str, tuple[str, ...]]            # article page -> the feeds that carry it


@dataclass(frozen=True)
class ThreadSummary:
    """The story threads of a build, for `check` to say what a change does to them
    (chronicle/authoring/threadchanges.py): the content folder read, and by slug each thread's
    title and the file names of its articles."""
    content: str
    threads: Mapping[str, tuple[str, tuple[str, ...]]]


@dataclass(frozen=True)
class Outputs:
    """What the last build made, for the next one to reuse."""
    records: Mapping[str, Record]            # every output file
    pages: Mapping[str, str]                 # page path -> fingerprint of what it shows
    needy: frozenset[str]                    # pages whose layout showed other articles' bodies
    search: SearchState | None
    quick: QuickState | None
    threads: ThreadSummary | None = None


NO_OUTPUTS = Outputs({}, {}, frozenset(), None, None)
StateFile = tuple[BuildState, Outputs]       # the shape of state.cbor
