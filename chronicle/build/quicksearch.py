"""The quick path's search part (build/quick.py): after a body edit with search on, the Pagefind
partitions holding the edited articles are indexed again (outputs/search/stage.reindex_pages:
one `pagefind --service` over at most a partition's pages; the other partitions keep their
files) and the offline index is patched (outputs/offlinepatch.py). Standalone pages are in
neither index. The files are those a full build makes for the same content.
"""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import Callable

from .changes import Edit
from .reuse import QuickFacts
from .state import OfflineEdits, Outputs, SearchState
from ..model import Article
from ..outputs.search.stage import reindex_pages
from ..source.markdown import plain_text


@dataclass(frozen=True)
class SearchPatch:
    files: dict[str, bytes]      # path -> new bytes (some may be unchanged)
    gone: tuple[str, ...]        # files the indexes no longer have
    state: SearchState | None
    offline: OfflineEdits | None   # the offline index's articles changed since the last full build


def search_patch(read: Callable[[str], bytes], last: Outputs, facts: QuickFacts, edits: tuple[Edit, ...],
                 pages: dict[str, bytes], meanwhile: Callable[[], None] = lambda: None) -> SearchPatch | None:
    """The search files after `edits`, whose pages are now `pages` (path -> bytes); None when the
    published indexes are not as the last build left them (the full build runs then).
    `meanwhile` is called while Pagefind indexes."""
    edited = [e for e in edits if e.article.kind == "article"]
    if not edited:
        return SearchPatch({}, (), last.search, last.offline)
    if last.search is None or any(e.article.page_path not in facts.numbers or e.article.page_path not in pages
                                  for e in edited):   # a layout that does not show the body has no slot
        return None
    # Pagefind (a process of its own, on the other core) indexes the edited partitions while
    # this thread imports the offline index's code (the stemmers: 40 ms), patches the offline
    # index and calls `meanwhile`: all of it off the path Pagefind's time is on
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="chronicle-pagefind") as pool:
        pagefind_run = pool.submit(reindex_pages, last.search,
                                   {e.article.page_path: pages[e.article.page_path] for e in edited}, read)
        from ..outputs.offlinepatch import Reindexed, patch_offline
        try:
            reindexed = [Reindexed(facts.numbers[e.article.page_path], _as_published(read, last, e.article), e.article)
                         for e in edited]
            offline, offline_gone = patch_offline(read, reindexed)
        except (ValueError, KeyError, IndexError, TypeError, StopIteration):   # UnicodeDecodeError is a ValueError
            offline = None
        meanwhile()
        made = pagefind_run.result()
    if offline is None or made is None:
        return None
    pagefind, pagefind_gone, state = made
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
