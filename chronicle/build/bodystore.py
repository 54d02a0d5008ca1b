"""The bodies of a build's articles and pages (HTML and plain text), kept apart from the article
cache's records: a title edit read 99 MB of entries, three quarters of it bodies, when it needed a
few dozen of them (the edited article's page, the full-text feed, the offline index's patch).

`bodies.cbor` (beside `articles.cbor`) and `bodies-changed.cbor` (beside `articles-changed.cbor`)
hold them in parts of PART articles; each entry of the article cache knows its body's file,
part (offset and size) and the SHA-256 of that part (`ArticleEntry.at`), and the entries' file is
itself checked whole (statefile), so a part is read and decoded only when one of its bodies is
asked for, and refused unless its bytes are the ones the entry names. A body that cannot be read
so (a file rewritten since, damaged or gone) is made again from its document, whose file is as
when the entry was saved (cached_article compared its stat key): never a wrong body.
"""
from __future__ import annotations

import ctypes
import hashlib
import os
from dataclasses import fields
from pathlib import Path
from typing import Callable, Iterable, Iterator, Mapping

from . import plaindata, statefile
from ..model import Article, ArticleSummary

BODIES, CHANGED_BODIES = "bodies.cbor", "bodies-changed.cbor"
PART = 128                            # bodies per part: about 1 MB at 10,000 articles
RECENT = 4                            # parts kept after reading, besides those held (BodyStore.hold)
Body = tuple[str, str]                # (HTML, plain text; "" in builds without search)
Part = dict[str, Body]                # page path -> its body
At = tuple[str, int, int, str]        # file name, offset and size of the part, its SHA-256 (hex)
NOWHERE: At = ("", 0, 0, "")


def body_digest(html: str) -> str:
    """What a page's fingerprint holds of its own body (render/pages.py)."""
    return hashlib.sha256(html.encode("utf-8", "surrogatepass")).hexdigest()


def with_body(summary: ArticleSummary, body: Body) -> Article:
    return Article(*(getattr(summary, f.name) for f in fields(ArticleSummary)), body_html=body[0], body_text=body[1])


class BodyStore:
    """Page path -> body of every article and page of a build: those the build made, in memory;
    the others read from the cache's files a part at a time when first asked (`made`, then
    `held`: bodies the caller keeps in memory, such as the preview's, then `stored`), else
    `remake(page)` makes it again from its document. Parts are saved in the order the index
    lists the articles (write_bodies), which is the order the render, the feeds and the offline
    index ask for them: the last RECENT parts read are enough to read each part once."""

    def __init__(self, folder: Path, made: dict[str, Body], stored: Mapping[str, At],
                 remake: Callable[[str], Body], digests: Mapping[str, str], held: Mapping[str, Body] | None = None):
        self.folder, self.made, self.stored, self._remake = folder, made, dict(stored), remake
        self._digests, self._held = digests, held or {}
        self._parts: dict[str, Part] = {}    # by SHA-256: parts held (hold), kept while the build runs
        self._recent: dict[str, Part] = {}   # by SHA-256: the last RECENT other parts read, oldest first

    def body(self, page: str) -> Body:
        found = self.made.get(page) or self._held.get(page) or self.stored_body(page)
        if found is None:
            found = self.made[page] = self._remake(page)
        return found

    def stored_body(self, page: str) -> Body | None:
        """The body of `page` as the cache's files hold it; None when they do not (any more)."""
        at = self.stored.get(page)
        return self.saved_body(at, page) if at else None

    def digest(self, page: str) -> str:
        known = self._digests.get(page)
        return known or body_digest(self.body(page)[0])

    def article(self, summary: ArticleSummary) -> Article:
        return with_body(summary, self.body(summary.page_path))

    def has(self, page: str) -> bool:
        return page in self.made or page in self._held or page in self.stored

    def pages(self) -> list[str]:
        return list({**dict.fromkeys(self.stored), **dict.fromkeys(self._held), **dict.fromkeys(self.made)})

    def html(self) -> "HtmlView":
        return HtmlView(self)

    def hold(self, places: Iterable[At]) -> None:
        """Read these parts now (kept while the build runs), before their file is written again:
        the last versions of edited articles, which the offline index's patch may ask for."""
        for at in set(places):
            self._part(at, keep=True)

    def saved_body(self, at: At, page: str) -> Body | None:
        """The body of `page` in the part at `at` (an entry of the last build's), if it holds one."""
        part = self._part(at) if at[0] else None
        return part.get(page) if part else None

    def file_holds(self, name: str) -> bool:
        """The cache file `name` is long enough for every part the entries say it holds (a
        deleted or truncated file is written again whole, not made up for a body at a time)."""
        ends = [at[1] + at[2] for at in self.stored.values() if at[0] == name]
        try:
            return not ends or os.path.getsize(self.folder / name) >= max(ends)
        except OSError:
            return False

    def moved(self, places: Mapping[str, At]) -> None:
        """The bodies were saved again, at these places."""
        self.stored.update(places)

    def release(self) -> None:
        """Lets go of the bodies this build made that are saved (read back a part at a time when
        asked again, in the order they were saved): a cold build of 100,000 articles held 0.6 GB
        of them while its pages rendered and Pagefind ran."""
        for page in [page for page in self.made if page in self.stored]:
            del self.made[page]
        _return_freed_memory()

    def _part(self, at: At, keep: bool = False) -> Part | None:
        name, offset, size, digest = at
        if digest in self._parts:
            return self._parts[digest]
        if digest in self._recent:
            self._recent[digest] = self._recent.pop(digest)
            return self._recent[digest]
        try:
            with open(self.folder / name, "rb") as fh:
                fh.seek(offset)
                data = fh.read(size)
            if len(data) != size or hashlib.sha256(data).hexdigest() != digest:
                return None
            part = plaindata.decode(Part, statefile.parse(data))
        except (OSError, ValueError):    # StateError is a ValueError
            return None
        if keep:
            self._parts[digest] = part
        else:
            self._recent[digest] = part
            if len(self._recent) > RECENT:
                del self._recent[next(iter(self._recent))]
        return part


def _return_freed_memory() -> None:
    """Gives the heap's free pages back to the system (glibc's malloc_trim): bodies are a few KB
    each, allocated among objects that stay, so the heap never shrinks by itself; elsewhere a
    no-op."""
    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError):
        pass


class HtmlView(Mapping[str, str]):
    """Page path -> body HTML, as render/bodies.fill asks for it."""

    def __init__(self, store: BodyStore):
        self._store = store

    def __getitem__(self, page: str) -> str:
        return self._store.body(page)[0]

    def __contains__(self, page: object) -> bool:
        return isinstance(page, str) and self._store.has(page)

    def __iter__(self) -> Iterator[str]:
        return iter(self._store.pages())

    def __len__(self) -> int:
        return len(self._store.pages())


def write_bodies(write: Callable[[str, Callable], bool], name: str, bodies: Mapping[str, Body],
                 pages: list[str]) -> dict[str, At] | None:
    """Saves `bodies` as the cache file `name` (write: BuildCache.write), in the order of `pages`
    (every page of `bodies`), a part encoded at a time (all of them at once were another 0.6 GB
    at 100,000 articles); -> where each went, None when it could not be written."""
    count = -(-len(pages) // PART)
    places: dict[str, At] = {}

    def encoded() -> Iterator[bytes]:
        for i in range(0, len(pages), PART):
            yield statefile.part(plaindata.encode(Part, {p: bodies[p] for p in pages[i:i + PART]}))

    def placed(lines: Iterable[bytes]) -> Iterator[bytes]:
        offset = 0
        for n, data in enumerate(lines):
            if 0 < n <= count:   # the header first, the digest last
                body = memoryview(data)[8:]
                at = (name, offset + 8, len(body), hashlib.sha256(body).hexdigest())
                places.update((p, at) for p in pages[(n - 1) * PART:n * PART])
            offset += len(data)
            yield data
    written = write(name, lambda fh: fh.writelines(placed(statefile.dump_parts(Part, count, encoded()))))
    return places if written else None
