"""Offline search: an index the browser loads with <script> tags, so search works from file://
(Pagefind needs fetch() and WebAssembly, which browsers refuse there), a chunk at a time.

The index holds, for each word Pagefind would index (searchwords.py: same tokens, accents
folded, same Snowball stems), the sorted list of articles that contain it: its postings.
Files, all under offline/search/:
- index.js, the manifest: the article count, the stemmer, the first term of every term chunk
  and the names of the chunks; a query needs it first (a few KB, ~20 KB at 100,000 articles);
- t<hash>.js, term chunks: terms in code-point order with their postings, cut at
  TERM_CHUNK_MIN..TERM_CHUNK_CHARS characters where the terms themselves say (TermChunker), so a
  query loads only the chunks holding its words and a body edit rewrites only a few;
- d<hash>.js, document chunks: DOCS_PER_CHUNK articles each, in the build's order (newest
  first: the newest articles are one chunk), with their path, title, date, source and the
  start of the text for the excerpt (searchwords.lead_excerpt; Pagefind's fragments keep the
  same), loaded only for the results shown; an article's path `articles/<slug>.html` is stored
  as its slug (the manifest's docPath is the prefix and suffix), "" when it is its title's
  (urls.title_slug);
- r<hash>.js, the places: by article number, its place in the build's order (placeWidth VARINT
  digits each), by which the engine orders results and finds an article's document entry;
- s<hash>.js, the Snowball stemmer of the site's language in JavaScript (stemmers/, made by
  tests/tools/snowball_js.py), which stems the query as the index was stemmed. A language
  Pagefind stems but that has no stemmer there is indexed and searched unstemmed.
Filters are postings too: the term "\\x01topic\\x01Ukraine" lists the articles tagged Ukraine
(FILTERS names the kinds; a new kind of filter is one more entry there and a <select>).
Chunk names are hashes of their bytes, so a cached chunk is never stale.

A posting is an article number times two, plus one when the word is in the title (the engine
ranks those higher). An article's number is its page's place among the article pages in
code-point order (article_ids), not its place in time, so a date edit changes the places file
and the document chunks between the old and new place, and the postings of the words it changed
only (numbered by date, a date moved 40 days on renumbered ~270 articles, ~690 terms).
A list is stored as the differences between successive postings, each written in base 32 with
a continuation bit (VARINT). A word in more than about a third of the articles is cheaper as a
bitmap: BITMAP, then a VARINT digit per three articles holding two bits each (2: the article
has the word, 3: in its title too), trailing zeros left out (issue 13: 250 such words were
45 % of the postings at 10,000 articles).
"""
from __future__ import annotations

import hashlib
import html
import json
import re
import zlib
from array import array
from pathlib import Path
from typing import Callable, Iterable

from .. import urls
from ..model import Article, OutputFile, SiteIndex
from .searchwords import Words, lead_excerpt, stemmer_name

OFFLINE_DIR = "offline/search"
MANIFEST = f"{OFFLINE_DIR}/index.js"
FORMAT_VERSION = 5   # search-offline.js reads no other (5: a slug that is its title's is "")
DOCS_PER_CHUNK = 64
TERM_CHUNK_CHARS = 96_000
TERM_CHUNK_MIN = 72_000      # a chunk this full ends at the next anchor term (TermChunker)
ANCHOR_EVERY = 16            # one term in this many is an anchor
VARINT = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_"
FILTER_MARK = "\x01"
BITMAP = "~"   # not a VARINT digit
# (a date edit decodes and encodes the postings of hundreds of terms: 860,000 postings at 10,000
# articles, 3.8 s under the profiler with a search of VARINT per digit)
_DIGIT = {ch: i for i, ch in enumerate(VARINT)}                       # digit -> its value
_TO_DIGIT = bytes.maketrans(bytes(range(len(VARINT))), VARINT.encode("ascii"))   # value -> digit
# a bitmap digit -> the postings of its three articles, after 6 * the digit's place: the k-th
# article is there when bit 2k + 1 is set, in its title when bit 2k is
_BIT_POSTINGS = [tuple(k * 2 + (v >> (2 * k) & 1) for k in range(3) if v >> (2 * k) & 2) for v in range(len(VARINT))]
_IMG = re.compile(r"<img\b[^>]*>", re.I)
_ATTR = re.compile(r'\s(src|alt)="([^"]*)"', re.I)
STEMMERS_DIR = Path(__file__).parent / "stemmers"

# kind -> the values of an article it is filtered by (the <select> names in layouts/search.html),
# given the names of the site's topics (by slug) and the title of each article's story thread
Names = dict[str, dict[str, str]]
FILTERS: dict[str, Callable[[Article, Names], Iterable[str]]] = {
    "topic": lambda a, names: [names["topic"][t] for t in a.tags if t in names["topic"]],
    "source": lambda a, names: [a.source] if a.source else [],
    "year": lambda a, names: [str(a.date.year)] if a.date else [],
    "thread": lambda a, names: [names["thread"][a.slug]] if a.slug in names["thread"] else [],
}


def filter_term(kind: str, value: str) -> str:
    return f"{FILTER_MARK}{kind}{FILTER_MARK}{value}"


def filter_names(index: SiteIndex) -> Names:
    return {"topic": {t.slug: t.name for t in index.topics.values()},
            "thread": {slug: t.title for slug, t in index.threads.of_article.items()}}


def filter_terms(a: Article, names: Names) -> list[str]:
    """The filter terms whose postings list the article."""
    return [filter_term(kind, value) for kind, values in FILTERS.items() for value in values(a, names)]


def indexed_texts(a: Article) -> tuple[list[str], list[str]]:
    """(title, everything else) of what Pagefind indexes on an article page: the title, date and
    source metadata, the data-pagefind-body text, which layouts/article.html makes of the
    body and the "Read the original" link, and the metadata Pagefind adds itself from the
    body's first image (its address and alt text)."""
    rest = [a.body_text, a.date.isoformat() if a.date else "", a.source or ""]
    if a.url:
        rest.append("Read the original" + (f" at {a.source}" if a.source else ""))
    image = _IMG.search(a.body_html)
    if image:
        rest += [html.unescape(m.group(2)) for m in _ATTR.finditer(image.group(0)) if m.group(1) in ("src", "alt")]
    return [a.title], rest


def browser_stemmer(language: str) -> tuple[str, bytes]:
    """(Snowball algorithm, its JavaScript) for a site language; ("", b"") when there is none."""
    name = stemmer_name(language)
    path = STEMMERS_DIR / f"{name}.js"
    return (name, path.read_bytes()) if name and path.is_file() else ("", b"")


def offline_index(index: SiteIndex, language: str = "en",
                  full: Callable[[ArticleSummary], Article] | None = None) -> list[OutputFile]:
    """`full`: an article of the index with its body (build/bodystore.py), when the index holds
    summaries. One article with its body at a time: at 100,000 articles, all of them at once
    held 0.6 GB while Pagefind ran."""
    stemmer, stemmer_js = browser_stemmer(language)
    words = Words(stemmer)
    postings: dict[str, array] = {}
    names = filter_names(index)
    doc_files, entries, ids = [], [], article_ids(a.page_path for a in index.articles)
    # in the index's order (the bodies' order in the store), each posting list sorted at the end
    for place, summary in enumerate(index.articles):
        a = full(summary) if full else summary
        number = ids[a.page_path]
        title, rest = indexed_texts(a)
        in_title = words.terms(title)
        for term in in_title | words.terms(rest):
            postings.setdefault(term, array("I")).append(number * 2 + (term in in_title))
        for term in filter_terms(a, names):
            postings.setdefault(term, array("I")).append(number * 2)
        entries.append(doc_entry(a))
        if len(entries) == DOCS_PER_CHUNK or place == len(index.articles) - 1:
            data = script("docs", entries)
            doc_files.append(OutputFile(chunk_name("d", data), data))
            entries = []
    postings = {term: array("I", sorted(numbers)) for term, numbers in postings.items()}
    term_files, firsts = _term_chunks(postings, len(index.articles))
    places = places_file([ids[a.page_path] for a in index.articles])
    extra = [OutputFile(chunk_name("s", stemmer_js), stemmer_js)] if stemmer else []
    manifest = {
        "v": FORMAT_VERSION, "docs": len(index.articles), "perChunk": DOCS_PER_CHUNK, "filterMark": FILTER_MARK,
        "docPath": urls.ARTICLE_AFFIXES, "bitmap": BITMAP,
        "stemmer": stemmer, "stemmerFile": extra[0].path.rsplit("/", 1)[1] if extra else "",
        "terms": [[first, f.path.rsplit("/", 1)[1]] for first, f in zip(firsts, term_files)],
        "docChunks": [f.path.rsplit("/", 1)[1] for f in doc_files],
        "places": places.path.rsplit("/", 1)[1], "placeWidth": place_width(len(index.articles)),
    }
    return [OutputFile(MANIFEST, script("index", manifest)), *term_files, *doc_files, places, *extra]


def article_ids(pages: Iterable[str]) -> dict[str, int]:
    """Each article page's number in the index: its place among the pages in code-point order
    (a pure function of which articles there are, whatever their dates)."""
    return {page: n for n, page in enumerate(sorted(pages))}


def place_width(docs: int) -> int:
    """VARINT digits of each place in the places file (64 values a digit)."""
    return next(width for width in range(1, 12) if len(VARINT) ** width >= docs)


def places_file(order: list[int]) -> OutputFile:
    """The places file of `order` (the numbers, in the build's order): by number, each article's
    place, in place_width digits, most significant first."""
    places = sorted(range(len(order)), key=order.__getitem__)   # by number, its place
    width = place_width(len(order))
    shifts = [6 * k for k in reversed(range(width))]
    code = bytes(p >> shift & 63 for p in places for shift in shifts).translate(_TO_DIGIT).decode("ascii")
    data = script("places", code)
    return OutputFile(chunk_name("r", data), data)


def encode(numbers: Iterable[int]) -> str:
    """Ascending numbers as base-32 differences; a digit >= 32 means more digits follow."""
    out, last = [], 0
    for n in numbers:
        d, last = n - last, n
        while d >= 32:
            out.append(VARINT[32 + (d & 31)])
            d >>= 5
        out.append(VARINT[d])
    return "".join(out)


def posting_code(postings: array, docs: int) -> str:
    """The shorter of the differences (encode) and the bitmap of a word's postings."""
    bitmap = 1 + (docs + 2) // 3
    if len(postings) <= bitmap:   # (else the differences, a digit at least each, are longer)
        deltas = encode(postings)
        if len(deltas) <= bitmap:
            return deltas
    digits = bytearray((docs + 2) // 3)
    for p in postings:
        n = p >> 1
        digits[n // 3] |= (2 + (p & 1)) << (2 * (n % 3))
    return BITMAP + digits.translate(_TO_DIGIT).decode("ascii").rstrip(VARINT[0])


def decode(code: str) -> list[int]:
    """The postings of a code (as the browser reads it: search-offline.js mark())."""
    out, n, shift, last = [], 0, 0, 0
    digit = _DIGIT
    if code.startswith(BITMAP):
        for i, ch in enumerate(code[1:]):
            found = _BIT_POSTINGS[digit[ch]]
            if found:
                base = i * 6
                out += [base + p for p in found]
        return out
    for ch in code:
        v = digit[ch]
        n |= (v & 31) << shift
        if v >= 32:
            shift += 5
            continue
        last += n
        out.append(last)
        n, shift = 0, 0
    return out


def _term_chunks(postings: dict[str, array], docs: int) -> tuple[list[OutputFile], list[str]]:
    chunker = TermChunker()
    for term in sorted(postings):
        chunker.add(term, posting_code(postings.pop(term), docs))
    chunker.flush()
    return chunker.files, chunker.firsts


def _anchor(term: str) -> bool:
    return zlib.crc32(term.encode("utf-8", "surrogatepass")) % ANCHOR_EVERY == 0


class TermChunker:
    """Terms (in code-point order) with their codes, cut into chunks. Where a chunk ends depends
    only on the terms since its start: it ends before an anchor term (chosen by the term's hash)
    once it holds TERM_CHUNK_MIN characters, or before a term that would take it past
    TERM_CHUNK_CHARS. So an edit that changes some terms' postings changes their chunks and at
    most the next few, up to where the old and new cuts meet again (offlinepatch.py)."""

    def __init__(self) -> None:
        self.files: list[OutputFile] = []
        self.firsts: list[str] = []
        self.terms: list[str] = []
        self.codes: list[str] = []
        self.size = 0

    def cuts_before(self, term: str, code: str) -> bool:
        return bool(self.terms) and (self.size + len(code) > TERM_CHUNK_CHARS
                                     or (self.size >= TERM_CHUNK_MIN and _anchor(term)))

    def add(self, term: str, code: str) -> None:
        if self.cuts_before(term, code):
            self.flush()
        self.terms.append(term)
        self.codes.append(code)
        self.size += len(code) + len(term) + 6

    def flush(self) -> None:
        if self.terms:
            data = script("terms", [self.terms, self.codes])
            self.files.append(OutputFile(chunk_name("t", data), data))
            self.firsts.append(self.terms[0])
        self.terms, self.codes, self.size = [], [], 0


def doc_entry(a: Article) -> list:
    text = lead_excerpt(a.body_text)
    path = a.slug if a.page_path == urls.article_path(a.slug) and "/" not in a.slug else a.page_path
    return ["" if path == urls.title_slug(a.title) else path, a.title, a.date.isoformat() if a.date else "", a.source or "", text]


def doc_page_path(entry: list) -> str:
    """The page path of a document entry (a slug stands for an article's path, "" for its title's slug)."""
    stored = entry[0] or urls.title_slug(entry[1])
    return stored if "/" in stored else urls.ARTICLE_AFFIXES[0] + stored + urls.ARTICLE_AFFIXES[1]


def chunk_name(prefix: str, data: bytes) -> str:
    return f"{OFFLINE_DIR}/{prefix}{hashlib.sha256(data).hexdigest()[:12]}.js"


def script(call: str, payload) -> bytes:
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    # JSON is JavaScript, except that U+2028/2029 were not legal in old string literals and
    # "</script" must never appear should the file be inlined; escape both.
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("</", "<\\/")
    return f"/* Chronicle offline search (generated). */\nChronicleSearch.{call}({text});\n".encode("utf-8")
