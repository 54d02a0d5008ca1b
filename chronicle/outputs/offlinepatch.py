"""The offline search index (offline.py) brought up to date after a few articles changed, for
the quick path (a body edit) and the full build (a title, tags, summary or date edit): only the
term chunks holding words whose postings changed, the chunks after them up to where the cuts of
the old and new index meet again, the document chunks of the changed articles and the manifest
are made again; every other chunk keeps its file. The files are those offline_index makes for
the same articles (tests/test_search_incremental.py), because the term chunks are cut where the
terms say (offline.TermChunker). An article is known by what the index holds of it
(OfflineState: its place, a digest of its texts, its filter terms); its old postings come from
its old version, used only when its digest is the one the published index was made from.
"""
from __future__ import annotations

import json
from bisect import bisect_right
from dataclasses import dataclass
from typing import Callable

from dataclasses import replace

from ..build.changes import text_digest   # (read by the build's load, which imports no search code)
from ..build.state import OfflineEdits, OfflineState
from ..model import Article, ArticleSummary, OutputFile, Record, SiteIndex
from .offline import (FORMAT_VERSION, MANIFEST, OFFLINE_DIR, TermChunker, article_ids, chunk_name, decode, doc_entry,
                      doc_page_path, filter_names, filter_terms, indexed_texts, places_file, posting_code, script)
from .searchwords import Words

# patched when at most this share of the articles (or PATCH_FEW) changed place, text or filters;
# else made whole (each changed article costs its words' postings again)
PATCH_SHARE, PATCH_FEW = 8, 16


@dataclass(frozen=True)
class Reindexed:
    number: int          # the article's number in the index (offline.article_ids: an edit keeps it)
    old: Article         # as the published index holds it
    new: Article
    place: int           # its place in the new index's order (the build's, newest first)
    old_filters: tuple[str, ...] = ()      # its filter terms there (a body edit changes none)
    new_filters: tuple[str, ...] = ()


@dataclass(frozen=True)
class Moves:
    """How the articles' order changed (a date edit): the new order's numbers, and for each new
    place whose article came from another place, (its place in the published index, its page)."""
    order: list[int]
    came: dict[int, tuple[int, str]]


@dataclass(frozen=True)
class LastOffline:
    """What a full build patches the offline index from (build/finish.py)."""
    state: OfflineState | None                     # the last build's, None without one
    now: OfflineState                              # this build's (offline_state)
    old_article: Callable[[str], Article | None]   # article page -> as the last build read it, if known
    read: Callable[[str], bytes | None]            # a file of the last build, None unless as it wrote it
    trusted: Callable[[str], bool]                 # a file of the last build is still as it wrote it
    full: Callable[[ArticleSummary], Article] = lambda a: a   # an article of the index with its body


def held_offline(state: OfflineState | None, edits: OfflineEdits | None,
                 published: Record | None) -> OfflineState | None:
    """What the published index holds: the last full build's state with the texts quick builds
    changed since; None unless that state is the one of the published manifest (`published`:
    its record), or of the one the quick builds started from."""
    if state is None or published is None or state.manifest != (published if edits is None else edits.base):
        return None
    if edits is None:
        return state
    place = {page: n for n, page in enumerate(state.pages)}
    if not edits.texts.keys() <= place.keys():
        return None
    texts = list(state.texts)
    for page, digest in edits.texts.items():
        texts[place[page]] = digest
    return replace(state, texts=tuple(texts))


def offline_state(index: SiteIndex, salt: str, texts: Callable[[str], str] | None = None) -> OfflineState:
    """`texts`: article page -> its text_digest, when known (else made here)."""
    names = filter_names(index)
    digests = map(texts, (a.page_path for a in index.articles)) if texts else map(text_digest, index.articles)
    return OfflineState(salt, tuple(a.page_path for a in index.articles), tuple(digests),
                        {a.page_path: tuple(filter_terms(a, names)) for a in index.articles})


def patched_index(index: SiteIndex, last: LastOffline) -> tuple[list[OutputFile], list[str]] | None:
    """(files made, files of the published index kept) of the offline index of `index`, patched
    from the published one; None when it must be made whole: no usable last index, other code or
    config, articles added or removed (every number after them would change), or too many
    changed text or filters. Articles that only moved (a date edit moves those between the old
    and new date by one place) cost their document chunks and the places file, not postings."""
    old, now = last.state, last.now
    if old is None or old.salt != now.salt or len(old.pages) != len(now.pages):
        return None
    was = {page: n for n, page in enumerate(old.pages)}
    if was.keys() != set(now.pages):
        return None
    changed = [n for n, page in enumerate(now.pages) if old.texts[was[page]] != now.texts[n]
               or old.filters.get(page) != now.filters.get(page)]
    if len(changed) > max(PATCH_FEW, len(now.pages) // PATCH_SHARE):
        return None
    ids = article_ids(now.pages)
    edits = []
    for n in changed:
        article, page = last.full(index.articles[n]), now.pages[n]
        before = article if old.texts[was[page]] == now.texts[n] else last.old_article(page)
        if before is None or text_digest(before) != old.texts[was[page]]:
            return None   # the text the published index holds is not known
        edits.append(Reindexed(ids[page], before, article, n, old.filters.get(page, ()), now.filters[page]))
    came = {n: (was[page], page) for n, page in enumerate(now.pages) if was[page] != n}
    moves = Moves([ids[page] for page in now.pages], came) if came else None

    def read(path: str) -> bytes:
        data = last.read(path)
        if data is None:
            raise ValueError(f"{path} is not as the last build wrote it")
        return data
    try:
        made, gone = patch_offline(read, edits, moves)
    except (ValueError, KeyError, IndexError, TypeError):   # UnicodeDecodeError is a ValueError
        return None
    manifest = _parse(made[-1].data, "index")
    listed = [f"{OFFLINE_DIR}/{name}" for name in [*(n for _, n in manifest["terms"]), *manifest["docChunks"],
                                                   manifest["places"],
                                                   *([manifest["stemmerFile"]] if manifest["stemmerFile"] else [])]]
    fresh = {f.path for f in made}
    kept = [path for path in listed if path not in fresh]
    return (made, kept) if all(map(last.trusted, kept)) else None


def _parse(data: bytes, call: str):
    """The payload of a file offline.script wrote (its JSON gives the same bytes again)."""
    head = script(call, 0)[:-len("0);\n")]
    if not data.startswith(head) or not data.endswith(b");\n"):
        raise ValueError(f"not an offline index file ({call})")
    return json.loads(data[len(head):-3])


def _postings(words: Words, a: Article, number: int, filters: tuple[str, ...]) -> dict[str, int]:
    """term -> the article's posting (offline.offline_index), its filter terms included."""
    title, rest = indexed_texts(a)
    in_title = words.terms(title)
    found = {term: number * 2 + (term in in_title) for term in in_title | words.terms(rest)}
    return {**found, **{term: number * 2 for term in filters}}


def patch_offline(read: Callable[[str], bytes], edits: list[Reindexed],
                  moves: Moves | None = None) -> tuple[list[OutputFile], list[str]]:
    """(files made, files gone) of the offline index after `edits` and `moves`. `read(path)`: the
    published file. Raises ValueError when the published index is not one this code made."""
    manifest = _parse(read(MANIFEST), "index")
    if manifest.get("v") != FORMAT_VERSION:
        raise ValueError("the offline index is of another format")
    docs, words = manifest["docs"], Words(manifest["stemmer"])
    delta: dict[str, tuple[set[int], set[int]]] = {}     # term -> (postings removed, added)
    for e in edits:
        old = _postings(words, e.old, e.number, e.old_filters)
        new = _postings(words, e.new, e.number, e.new_filters) if e.new is not e.old else {
            **{t: p for t, p in old.items() if t not in e.old_filters}, **{term: e.number * 2 for term in e.new_filters}}
        for term in old.keys() | new.keys():
            if old.get(term) != new.get(term):
                gone, added = delta.setdefault(term, (set(), set()))
                if term in old:
                    gone.add(old[term])
                if term in new:
                    added.add(new[term])
    made: list[OutputFile] = []
    dropped: list[str] = []
    if delta:
        manifest["terms"] = _patch_terms(read, manifest["terms"], delta, docs, made, dropped)
    _patch_docs(read, manifest, edits, moves.came if moves else {}, made, dropped)
    if moves:
        places = places_file(moves.order)
        if places.path != f"{OFFLINE_DIR}/{manifest['places']}":
            dropped.append(f"{OFFLINE_DIR}/{manifest['places']}")
            manifest["places"] = places.path.rsplit("/", 1)[1]
            made.append(places)
    made.append(OutputFile(MANIFEST, script("index", manifest)))
    kept = {f.path for f in made}
    return made, sorted(set(dropped) - kept)


def _patch_terms(read: Callable[[str], bytes], chunks: list[list[str]], delta: dict[str, tuple[set[int], set[int]]],
                 docs: int, made: list[OutputFile], dropped: list[str]) -> list[list[str]]:
    """The manifest's [first term, file] list after the postings change by `delta`; the new
    chunk files go to `made`, the replaced ones' paths to `dropped`."""
    if not chunks:
        raise ValueError("the offline index has no terms")
    firsts = [first for first, _ in chunks]
    by_chunk: dict[int, list[str]] = {}
    for term in delta:
        by_chunk.setdefault(max(0, bisect_right(firsts, term) - 1), []).append(term)
    # the cut before a changed chunk may depend on its first term's code: start one earlier
    start, last = max(0, min(by_chunk) - 1), max(by_chunk)
    chunker = TermChunker()
    stop = len(chunks)
    for i in range(start, len(chunks)):
        terms, codes = _parse(read(f"{OFFLINE_DIR}/{chunks[i][1]}"), "terms")
        if i > last and chunker.cuts_before(terms[0], codes[0]):
            stop = i   # the old and new cuts meet again: the rest is as it was
            break
        entries = dict(zip(terms, codes))
        for term in by_chunk.get(i, ()):
            gone, added = delta[term]
            postings = sorted(set(decode(entries[term]) if term in entries else ()) - gone | added)
            if postings:
                entries[term] = posting_code(postings, docs)
            else:
                entries.pop(term, None)
        for term in sorted(entries):
            chunker.add(term, entries[term])
        dropped.append(f"{OFFLINE_DIR}/{chunks[i][1]}")
    chunker.flush()
    made.extend(chunker.files)
    fresh = [[first, f.path.rsplit("/", 1)[1]] for first, f in zip(chunker.firsts, chunker.files)]
    return chunks[:start] + fresh + chunks[stop:]


def _patch_docs(read: Callable[[str], bytes], manifest: dict, edits: list[Reindexed], came: dict[int, tuple[int, str]],
                made: list[OutputFile], dropped: list[str]) -> None:
    """The document chunks of the changed and moved articles, each entry at its new place (a
    moved article's entry as the published index holds it, an edited one's made again)."""
    per, names = manifest["perChunk"], list(manifest["docChunks"])
    published: dict[int, list] = {}

    def chunk(k: int) -> list:
        if k not in published:
            published[k] = _parse(read(f"{OFFLINE_DIR}/{names[k]}"), "docs")
        return published[k]

    def entry(place: int, page: str) -> list:
        found = chunk(place // per)[place % per]
        if doc_page_path(found) != page:
            raise ValueError(f"the offline index does not list {page} where expected")
        return found
    edited = {e.place: e for e in edits}
    for k in sorted({n // per for n in [*edited, *came]}):
        entries = list(chunk(k))
        for n in range(k * per, min((k + 1) * per, manifest["docs"])):
            if n in came:
                entries[n % per] = entry(*came[n])
            if n in edited:
                e = edited[n]
                entry(*came.get(n, (n, e.old.page_path)))   # the published index held it there
                entries[n % per] = doc_entry(e.new)
        if entries == chunk(k):
            continue
        data = script("docs", entries)
        f = OutputFile(chunk_name("d", data), data)
        manifest["docChunks"][k] = f.path.rsplit("/", 1)[1]
        made.append(f)
        dropped.append(f"{OFFLINE_DIR}/{names[k]}")
