"""What a full build keeps for the next one besides its state: every article as it was read and
rendered (articles.cbor, and articles-changed.cbor: those saved since), what the quick path
needs to turn an edited file into an article (quick.cbor), and what the offline search index
holds of each article (offline.cbor). Typed and checked like the state (build/statefile.py)."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from . import plaindata, statefile
from .bodystore import BODIES, CHANGED_BODIES, NOWHERE, At, Body, BodyStore, write_bodies
from .cache import BuildCache, input_key
from .heap import long_lived
from .shards import Sharded, remove_unnamed
from ..model import InputKey
from .state import OfflineState, PageKeys, RelatedState, Settings
from ..config import Config
from ..model import ArticleSummary, Document

ARTICLES, CHANGED, QUICK, OFFLINE = "articles.cbor", "articles-changed.cbor", "quick.cbor", "offline.cbor"
RELATED, PAGE_KEYS = "related.cbor", "pages.cbor"
BATCH = 2000          # articles per part of articles.cbor


@dataclass(frozen=True)
class ArticleEntry:
    """One document as the last build read and rendered it. Its body is not here (a title
    edit read 99 MB of entries for a few bodies): the document's is read again from its file
    when the article must be made again, the article's HTML and text are in a bodies file
    (build/bodystore.py) at `at`."""
    stat: InputKey
    salt: str                                # config and code it was made with
    document: Document                       # its body "" (left out)
    article: ArticleSummary
    resolved: dict[str, str | None]          # the .md links it resolved, and to what
    # changes.fields_digest and offlinepatch.text_digest of the article, made with it ("": not
    # made): a full build reads them instead of digesting every article again (0.3 s at 10,000)
    fields: str = ""
    text: str = ""
    body: str = ""                           # bodystore.body_digest of its HTML
    at: At = NOWHERE                         # where its body is saved (NOWHERE: not saved)


@dataclass(frozen=True)
class QuickFacts:
    settings: Settings
    config: Config
    targets: dict[str, str]                  # source.documents.link_targets
    aliases: dict[str, str]                  # source.documents.topic_aliases
    fields: dict[str, str]                   # article path -> changes.fields_digest
    # article page -> (its place in the offline search index, its number there: its page's place
    # among the pages in code-point order, offline.article_ids) (search on)
    numbers: dict[str, tuple[int, int]]
    partitions: dict[str, str] = field(default_factory=dict)   # article page -> its Pagefind partition (search on)


Entries = dict[str, ArticleEntry]            # by the path shown in messages


def cached_article(cache: BuildCache, shown: str, path: Path, salt: str, key=None) -> ArticleEntry | None:
    """The entry of a document whose file and salt are as when it was saved (`key`: the file's
    stat key, when the build's scan has it)."""
    entry = cache.articles.get(shown)
    if not cache.enabled or entry is None or entry.salt != salt or entry.stat != (key or input_key(path)):
        return None
    return entry


def load_article_entries(cache: BuildCache) -> None:
    """The per-article entries are big; read them only when a build has work to do. The entries
    of articles.cbor, then those saved since in articles-changed.cbor (save_article_entries)."""
    if not cache.articles:
        long_lived(lambda: _read_article_entries(cache))


def _read_article_entries(cache: BuildCache) -> None:
    try:
        for part in cache.read_parts(ARTICLES, Entries) or ():
            cache.articles.update(plaindata.decode(Entries, part))
        cache.saved_articles = dict(cache.articles)
        for part in cache.read_parts(CHANGED, Entries) or ():
            cache.articles.update(plaindata.decode(Entries, part))
    except plaindata.StateError:
        cache.articles, cache.saved_articles = {}, {}


def save_article_entries(cache: BuildCache, entries: Entries, bodies: BodyStore) -> bool:
    """Saved as soon as they are made (each is keyed by its file, so it holds whatever the site
    build does next): the build need not keep the documents in memory while it renders. True
    when they were saved. When few entries differ from those of articles.cbor (an entry reused
    unchanged is the very object loaded, assemble.load_articles), only those are written, to
    articles-changed.cbor: writing all of them cost a title edit a second at 10,000 articles.
    Either file may be older than the other: every entry is checked against its file anyway.
    Their bodies go first, to the bodies file beside them (a body saved without its entry is
    never read); `bodies` is told where they went."""
    if not cache.enabled:
        return False
    if not saves_all(cache, entries, bodies):
        changed = {shown: entry for shown, entry in entries.items() if cache.saved_articles.get(shown) is not entry}
        # the last versions of edited articles, which the offline index's patch may ask for
        bodies.hold(e.at for e in cache.articles.values() if e.at[0] == CHANGED_BODIES)
        placed = _saved_bodies(cache, CHANGED_BODIES, changed, bodies)
        return placed is not None and cache.write(CHANGED, lambda fh: fh.write(statefile.dumps(Entries, placed)))
    return save_all_entries(cache, entries, bodies) is not None


def saves_all(cache: BuildCache, entries: Entries, bodies: BodyStore) -> bool:
    """save_article_entries writes every entry (articles.cbor and bodies.cbor), not only the changed."""
    saved = cache.saved_articles
    if not saved or len(saved.keys() - entries.keys()) > BATCH or not bodies.file_holds(BODIES):
        return True
    return sum(1 for shown, entry in entries.items() if saved.get(shown) is not entry) > BATCH


def save_all_entries(cache: BuildCache, entries: Entries, bodies: BodyStore) -> Entries | None:
    """Every entry saved to articles.cbor, its body to bodies.cbor; -> the entries saying where
    their bodies went, None when they could not be saved."""
    placed = _saved_bodies(cache, BODIES, entries, bodies)
    if placed is None:
        return None
    items = list(placed.items())
    # a batch per part: 100,000 articles in one piece would be about 1 GB at once
    batches = range(0, len(items), BATCH)
    lines = statefile.dump_parts(Entries, len(batches),
                                 (statefile.part(plaindata.encode(Entries, dict(items[i:i + BATCH]))) for i in batches))
    if not cache.write(ARTICLES, lambda fh: fh.writelines(lines)):
        return None
    cache.remove(CHANGED)
    cache.remove(CHANGED_BODIES)
    return placed


def _saved_bodies(cache: BuildCache, name: str, entries: Entries, bodies: BodyStore) -> Entries | None:
    """The bodies of `entries` saved as the cache file `name`; -> the entries saying where."""
    # in the order the index lists them (articles newest first, then pages), which is the order
    # the render and the offline index read them in: each part is read once
    ordered = sorted((entry.article for entry in entries.values()), key=lambda a: (a.kind != "article", a.sort_key))
    pages = [a.page_path for a in ordered]
    held: dict[str, Body] = {page: bodies.body(page) for page in pages}
    places = write_bodies(cache.write, name, held, pages)
    if places is None:
        return None
    bodies.moved(places)
    return {shown: replace(entry, at=places[entry.article.page_path]) for shown, entry in entries.items()}


def _read_one(cache: BuildCache, name: str, hint: Any) -> Any:
    """The one value of type `hint` the cache file `name` holds; None when it holds none."""
    try:
        return plaindata.decode(hint, cache.read_parts(name, hint)[0])
    except (TypeError, IndexError, plaindata.StateError):
        return None


def _save_one(cache: BuildCache, name: str, hint: Any, value: Any) -> bool:
    """The cache file `name` holds `value` (None: no file); True when the next build can read it."""
    if cache.enabled and value is not None and cache.write(name, lambda fh: fh.write(statefile.dumps(hint, value))):
        return True
    cache.remove(name)
    return False


# QuickFacts' maps of every article, kept by pieces in the folder quick/ (build/shards.py): a
# body edit reads the pieces of the article it changed (43 MB whole at 100,000 articles)
QUICK_PIECES = "quick"
QUICK_MAPS = {"targets": str, "fields": str, "numbers": tuple[int, int], "partitions": str}
QuickIndex = tuple[QuickFacts, dict[str, tuple[str, ...]], dict[str, int]]   # the facts without their maps, their pieces' names, lengths


def read_quick_facts(cache: BuildCache) -> QuickFacts | None:
    index = _read_one(cache, QUICK, QuickIndex)
    if index is None or index[1].keys() != QUICK_MAPS.keys() or index[2].keys() != QUICK_MAPS.keys():
        return None
    facts, names, lengths = index
    try:
        return replace(facts, **{name: Sharded.stored(hint, cache.folder / QUICK_PIECES, names[name], lengths[name])
                                 for name, hint in QUICK_MAPS.items()})
    except plaindata.StateError:
        return None


def save_quick_facts(cache: BuildCache, facts: QuickFacts | None) -> bool:
    if facts is None or not cache.enabled:
        return _save_one(cache, QUICK, QuickIndex, None)
    folder = cache.folder / QUICK_PIECES
    maps = {name: Sharded.of(hint, getattr(facts, name)) for name, hint in QUICK_MAPS.items()}
    try:
        folder.mkdir(exist_ok=True)
        stored = all(m.store(folder, cache.write_piece) for m in maps.values())
    except (OSError, TypeError, ValueError):
        stored = False
    index = (replace(facts, **{name: {} for name in QUICK_MAPS}), {n: tuple(m.names()) for n, m in maps.items()},
             {n: len(m) for n, m in maps.items()})
    saved = _save_one(cache, QUICK, QuickIndex, index if stored else None)
    if saved:
        remove_unnamed(folder, {name for m in maps.values() for name in m.names()})
    return saved


def read_offline_state(cache: BuildCache) -> OfflineState | None:
    return _read_one(cache, OFFLINE, OfflineState)


def save_offline_state(cache: BuildCache, state: OfflineState | None) -> None:
    _save_one(cache, OFFLINE, OfflineState, state)


def read_related(cache: BuildCache) -> RelatedState | None:
    return _read_one(cache, RELATED, RelatedState)


def save_related(cache: BuildCache, state: RelatedState | None) -> None:
    _save_one(cache, RELATED, RelatedState, state)


def read_page_keys(cache: BuildCache) -> PageKeys | None:
    """The article pages' keys saved with the last full build's fingerprints: None unless
    pages.cbor is the very file that build wrote (its SHA-256 is in the state's Prints), so
    keys never meet fingerprints of another build."""
    bound = cache.prints().keys
    try:
        data = (cache.folder / PAGE_KEYS).read_bytes() if cache.enabled and bound else b""
        return statefile.loads(PageKeys, data) if data[-32:].hex() == bound else None
    except (OSError, ValueError):   # StateError is a ValueError
        return None


def save_page_keys(cache: BuildCache, keys: PageKeys | None) -> str:
    """-> what binds them to the fingerprints saved next (Prints.keys); "" when not saved."""
    data = statefile.dumps(PageKeys, keys) if cache.enabled and keys is not None else b""
    if data and cache.write(PAGE_KEYS, data):
        return data[-32:].hex()
    cache.remove(PAGE_KEYS)
    return ""
