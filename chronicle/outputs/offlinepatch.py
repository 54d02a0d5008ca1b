"""The offline search index (offline.py) brought up to date after a body edit, for the quick
path: only the term chunks holding words the edit added or removed, the chunks after them up to
where the cuts of the old and new index meet again, the document chunk of each edited article
and the manifest are made again; every other chunk keeps its file. The files are those
offline_index makes for the same articles (tests/test_search_incremental.py), because the term
chunks are cut where the terms say (offline.TermChunker) and a body edit moves no article.
"""
from __future__ import annotations

import json
from bisect import bisect_right
from dataclasses import dataclass
from typing import Callable

from ..model import Article, OutputFile
from .offline import MANIFEST, OFFLINE_DIR, TermChunker, chunk_name, decode, doc_entry, script, indexed_texts, posting_code
from .searchwords import Words


@dataclass(frozen=True)
class Reindexed:
    number: int          # the article's place in the index (the build's order, newest first)
    old: Article         # as the published index holds it
    new: Article


def _parse(data: bytes, call: str):
    """The payload of a file offline.script wrote (its JSON gives the same bytes again)."""
    head = script(call, 0)[:-len("0);\n")]
    if not data.startswith(head) or not data.endswith(b");\n"):
        raise ValueError(f"not an offline index file ({call})")
    return json.loads(data[len(head):-3])


def _postings(words: Words, a: Article, number: int) -> dict[str, int]:
    """term -> the article's posting (offline.offline_index); filters do not change with a body."""
    title, rest = indexed_texts(a)
    in_title = words.terms(title)
    return {term: number * 2 + (term in in_title) for term in in_title | words.terms(rest)}


def patch_offline(read: Callable[[str], bytes], edits: list[Reindexed]) -> tuple[list[OutputFile], list[str]]:
    """(files made, files gone) of the offline index after `edits`. `read(path)`: the published
    file. Raises ValueError when the published index is not one this code made."""
    manifest = _parse(read(MANIFEST), "index")
    docs, words = manifest["docs"], Words(manifest["stemmer"])
    delta: dict[str, tuple[set[int], set[int]]] = {}     # term -> (postings removed, added)
    for e in edits:
        old, new = _postings(words, e.old, e.number), _postings(words, e.new, e.number)
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
    _patch_docs(read, manifest, edits, made, dropped)
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


def _patch_docs(read: Callable[[str], bytes], manifest: dict, edits: list[Reindexed],
                made: list[OutputFile], dropped: list[str]) -> None:
    """The document chunk of each edited article, with its new excerpt."""
    per = manifest["perChunk"]
    for k in sorted({e.number // per for e in edits}):
        name = manifest["docChunks"][k]
        entries = _parse(read(f"{OFFLINE_DIR}/{name}"), "docs")
        for e in edits:
            if e.number // per == k:
                if entries[e.number % per][0] != doc_entry(e.old)[0]:
                    raise ValueError(f"the offline index does not list {e.new.page_path} where expected")
                entries[e.number % per] = doc_entry(e.new)
        data = script("docs", entries)
        f = OutputFile(chunk_name("d", data), data)
        manifest["docChunks"][k] = f.path.rsplit("/", 1)[1]
        made.append(f)
        dropped.append(f"{OFFLINE_DIR}/{name}")
