"""The quick path's search part (build/quick.py): after a body edit with search on, the Pagefind
partitions holding the edited articles are indexed again (outputs/search/stage.index_pages:
one `pagefind --service` over at most a partition's pages; the other partitions keep their
files) and the offline index is patched (outputs/offlinepatch.py). Standalone pages are in
neither index. The files are those a full build makes for the same content, except past
`build: search_overlay_above:` pages a partition: it stays, and the pages quick builds edited
since go to the search overlay (outputs/search/overlay.py), which the next full build folds.

Pagefind's run is most of a quick build's time, so it starts as soon as the change is known
(EarlyPagefind, from the partitions the quick facts list), before the last build's outputs are
decoded and the bodies patched: the pages before an edited one are sent meanwhile.
"""
from __future__ import annotations

from concurrent.futures import CancelledError, Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import Callable, Mapping

from .changes import Edit
from .reuse import QuickFacts
from .state import OfflineEdits, Outputs, SearchState
from ..model import Article
from ..outputs.search.overlay import NAME as OVERLAY, overlaid as overlaid_files
from ..outputs.search.stage import index_pages, reindexed
from ..source.markdown import plain_text


@dataclass(frozen=True)
class SearchPatch:
    files: dict[str, bytes]      # path -> new bytes (some may be unchanged)
    gone: tuple[str, ...]        # files the indexes no longer have
    state: SearchState | None
    offline: OfflineEdits | None   # the offline index's articles changed since the last full build


class EarlyPagefind:
    """Pagefind indexing the partitions of the edited article pages, started before their new
    bytes exist: `give` hands them over, `result` waits for the index files, `cancel` stops it
    (the page it waits for fails, so the sender closes Pagefind's input and the service ends).
    A partition of more than `above` pages is not indexed again: its edited pages go to the
    overlay (outputs/search/overlay.py), with the pages the last overlay held (given with them)."""

    def __init__(self, partitions: Mapping[str, str], search: SearchState, edited: list[str], read: Callable[[str], bytes],
                 above: int):
        names = {partitions[page] for page in edited}
        members = {name: tuple(sorted(search.parts[name].pages)) for name in names}
        self.parts = {name: pages for name, pages in members.items() if len(pages) <= above}
        self.overlaid = tuple(sorted(page for page in edited if partitions[page] not in self.parts))
        self._pages: dict[str, Future] = {page: Future() for page in edited}
        self._overlay: Future = Future()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="chronicle-pagefind")
        self._run = self._pool.submit(self._index, {p: f.result for p, f in self._pages.items()}, read)

    def _index(self, changed: Mapping[str, Callable[[], bytes]], read: Callable[[str], bytes]) -> dict:
        made = index_pages(self.parts, changed, read)
        if self.overlaid:
            made.update(index_pages({OVERLAY: self._overlay.result()}, changed, read))
        return made

    def give(self, pages: Mapping[str, bytes], overlay: tuple[str, ...] = ()) -> None:
        """The edited pages' bytes, and the overlay's pages (path order) when there is one."""
        for path, page in self._pages.items():
            if not page.done():
                page.set_result(pages[path])
        if not self._overlay.done():
            self._overlay.set_result(overlay)

    def result(self) -> dict:
        try:
            return self._run.result()
        finally:
            self._pool.shutdown()

    def cancel(self) -> None:
        """Stop and wait; an error of the run is no one's (a full build follows, or it was seen)."""
        for page in [*self._pages.values(), self._overlay]:
            if not page.done():
                page.set_exception(CancelledError())
        self._pool.shutdown()


def start_pagefind(facts: QuickFacts, search: SearchState | None, edits: tuple[Edit, ...],
                   read: Callable[[str], bytes]) -> EarlyPagefind | None:
    """Pagefind started on the edited articles' partitions (`search`: the last build's); None
    when there are none, or an article is in none of the last full build's partitions."""
    edited = [e.article.page_path for e in edits if e.article.kind == "article"]
    if not edited or search is None or not all(facts.partitions.get(page) in search.parts for page in edited):
        return None
    return EarlyPagefind(facts.partitions, search, edited, read, facts.config.search_overlay_above)


def search_patch(read: Callable[[str], bytes], last: Outputs, facts: QuickFacts, edits: tuple[Edit, ...],
                 pages: dict[str, bytes], early: EarlyPagefind | None,
                 meanwhile: Callable[[], None] = lambda: None) -> SearchPatch | None:
    """The search files after `edits`, whose pages are now `pages` (path -> bytes), Pagefind's
    part from `early` (start_pagefind); None when the published indexes are not as the last build
    left them (the full build runs then). `meanwhile` is called while Pagefind indexes."""
    edited = [e for e in edits if e.article.kind == "article"]
    if not edited:
        return SearchPatch({}, (), last.search, last.offline)
    if early is None or last.search is None or any(e.article.page_path not in facts.numbers or e.article.page_path not in pages
                                                   for e in edited):   # a layout that does not show the body has no slot
        return None
    last_overlay = last.search.overlay
    overlay = tuple(sorted({*early.overlaid, *(p for p, *_ in (last_overlay.pages if last_overlay else ()))}))
    early.give(pages, overlay)
    # Pagefind (a process of its own, on the other core) indexes the edited partitions while
    # this thread imports the offline index's code (the stemmers: 40 ms), patches the offline
    # index and calls `meanwhile`: all of it off the path Pagefind's time is on
    from ..outputs.offlinepatch import Reindexed, patch_offline
    try:   # (its number: its page's place among the pages in code-point order, offline.article_ids)
        patched = [Reindexed(facts.numbers[e.article.page_path][1], _as_published(read, last, e.article),
                             e.article, facts.numbers[e.article.page_path][0]) for e in edited]
        offline, offline_gone = patch_offline(read, patched)
    except (ValueError, KeyError, IndexError, TypeError, StopIteration):   # UnicodeDecodeError is a ValueError
        offline = None
    meanwhile()
    indexed = early.result()
    overlaid = indexed.pop(OVERLAY, None)
    made = reindexed(last.search, indexed, early.parts)
    if offline is None or made is None:
        return None
    pagefind, pagefind_gone, state = made
    if overlaid is not None:
        try:
            files, gone, layer = overlaid_files(last_overlay, *overlaid, overlay, state.parts, facts.partitions, read)
        except (ValueError, KeyError, IndexError, TypeError, OSError):   # a partition's files not as its state says
            return None
        pagefind, pagefind_gone, state = [*pagefind, *files], [*pagefind_gone, *gone], replace(state, overlay=layer)
    files = {f.path: f.data for f in [*offline, *pagefind]}
    return SearchPatch(files, tuple(sorted(set(offline_gone) | set(pagefind_gone))), state,
                       _offline_edits(last, [e.article for e in edited]))


def _offline_edits(last: Outputs, edited: list[Article]) -> OfflineEdits | None:
    """The texts of the offline index's articles quick builds changed since the last full build
    (whose manifest they started from), with the edited articles' new texts."""
    from ..outputs.offline import MANIFEST
    from ..outputs.offlinepatch import text_digest
    base = last.offline.base if last.offline else last.records.get(MANIFEST)
    if base is None:
        return None
    texts = dict(last.offline.texts) if last.offline else {}
    texts.update((a.page_path, text_digest(a)) for a in edited)
    return OfflineEdits(base, texts)


def _as_published(read: Callable[[str], bytes], last: Outputs, article: Article) -> Article:
    """The article as the published indexes hold it: its body as its page shows it (only its
    body changed; render/bodies.py says where the page holds it)."""
    page = article.page_path
    start, end = next((start, end) for start, end, mode, path in last.slots[page] if mode == 0 and path == page)
    html = read(page)[start:end].decode("utf-8")
    return replace(article, body_html=html, body_text=plain_text(html))
