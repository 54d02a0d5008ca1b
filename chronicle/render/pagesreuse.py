"""Article pages whose inputs are as the last build's keep their fingerprints without being
planned or fingerprinted again: a title edit planned and fingerprinted all 10,000 article pages
(some 400,000 values encoded) to render the twenty that show the article.

An article page is a function of its `plan.ArticleInputs` and of what every page shares (the
fingerprint's salt and base). Its fingerprint is therefore fixed by (1) its inputs with every
article in them replaced by its page path (the page's key: its neighbours, related articles,
thread with its dates and sources, topic links, and its own body's digest) and (2) what each
article in them shows (its version and title, as fingerprint.py encodes it). The full build
keeps (1) for every article page and (2) for every article (`state.PageKeys`); a page whose key
and whose articles' versions are all as kept, under the same salt and base, has the last build's
fingerprint. Keys are made by walking the inputs generically (dataclasses field by field), so an
input added to ArticleInputs, Thread or TopicLink is in the key by construction. A topic's pages
(its page, year, month and undated listings) are keyed the same way by `plan.TopicInputs`.
"""
from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Mapping
from typing import Any, Callable

from ..build.state import PageKeys
from ..model import ArticleSummary, Page
from .fingerprint import Fingerprinter
from .plan import ArticleInputs, Deferred, article_inputs, topic_inputs, topic_links, topic_pages


class _Keys(Fingerprinter):
    """A fingerprint of a value with every article in it by its page path, and the articles it
    holds (`shown`); a dataclass (a thread, a topic link) is walked once per build."""

    def __init__(self) -> None:
        super().__init__({}, "")
        self.shown: set[str] = set()
        self._held: dict[int, frozenset[str]] = {}   # dataclass id -> the articles it holds

    def _article(self, obj: ArticleSummary) -> str:
        self.shown.add(obj.page_path)
        return obj.page_path

    def _dataclass(self, obj: Any) -> str:
        held = self._held.get(id(obj))   # (the object is kept alive by the memo of Fingerprinter)
        if held is None:
            outer, self.shown = self.shown, set()
            digest = super()._dataclass(obj)
            held = self._held[id(obj)] = frozenset(self.shown)
            self.shown = outer
        else:
            digest = super()._dataclass(obj)
        self.shown |= held
        return digest


def page_key(keys: _Keys, inputs: Any, body: str) -> tuple[str, set[str]]:
    """(the page's key, the page paths of the articles it shows)."""
    keys.shown = set()
    return keys.page("", body, inputs._asdict()), keys.shown


# The one input of an article page that needs the story threads, which a metadata edit's build
# finds in a child while it prepares the rest of each key (Prepared)
LATER = "thread"


class Prepared:
    """The article pages' keys made before the threads are known: each page's inputs encoded as
    _Keys.page encodes them (the same parts, so the same key), with a hole where its `thread`
    goes (LATER), and the articles they show. Made step by step (steps()) while the build waits
    for its threads' child; finished by page_plans, which makes the pages not prepared by then."""

    def __init__(self, index: Any, body_digest: Callable[[str], str], config: Any):
        self.index, self.body_digest = index, body_digest
        self.links = topic_links(index)
        self.keys = _Keys()
        self.parts: dict[str, tuple[list[str], int, set[str]]] = {}   # page -> (parts, hole, shown)
        # page -> key(page, None): most articles are in no story, so their whole key is made
        # while the build waits, not after it
        self.unthreaded: dict[str, tuple[str, set[str]]] = {}
        # a topic's pages need no thread: their whole key (_topic_plans), by slug
        self.sizes = _sizes(config)
        self.topics: dict[str, tuple[str, set[str]]] = {}

    def of(self, index: Any) -> bool:
        """Prepared from this very index but for its threads (every other field the same object)."""
        return all(getattr(self.index, f.name) is getattr(index, f.name)
                   for f in dataclasses.fields(index) if f.name != "threads")

    def steps(self, size: int = 250) -> Any:
        articles, slugs = self.index.articles, list(self.index.topics)
        for start in range(0, len(articles), size):
            yield lambda start=start: self._prepare(articles[start:start + size])
        for start in range(0, len(slugs), size // 5):
            yield lambda start=start: [self.topic_key(slug) for slug in slugs[start:start + size // 5]]

    def topic_key(self, slug: str) -> tuple[str, set[str]]:
        """The key of a topic's pages and the articles they show (made once)."""
        made = self.topics.get(slug)
        if made is None:
            inputs = topic_inputs(self.index, self.index.topics[slug], self.links)
            made = self.topics[slug] = page_key(self.keys, inputs, self.sizes)
        return made

    def _prepare(self, articles: Any) -> None:
        keys = self.keys
        for article in articles:
            inputs = article_inputs(self.index, article, self.links)._asdict()
            page = article.page_path
            keys.shown = set()
            # Fingerprinter.page's parts (salt, template, path), then _encode's of a dict
            # (tests/test_threads_wait.py: the keys made so are the whole keys)
            out = ["", "", self.body_digest(page), "{"]
            hole = -1
            for name in sorted(inputs):
                out.append("k" + name)
                if name == LATER:
                    hole = len(out)
                    out.append("")
                else:
                    keys._encode(inputs[name], out)
            out.append("}")
            self.parts[page] = (out, hole, keys.shown)
            self.unthreaded[page] = self._filled(page, None)

    def done(self) -> None:
        """Lets go of what was prepared (about 20 MB at 10,000 articles, else held to the end of
        the build)."""
        self.parts.clear()
        self.unthreaded.clear()
        self.topics.clear()
        self.keys = _Keys()

    def key(self, page: str, thread: Any) -> tuple[str, set[str]] | None:
        """The page's key and the articles it shows, given its thread; None if not prepared."""
        if thread is None and page in self.unthreaded:
            return self.unthreaded[page]
        return self._filled(page, thread)

    def _filled(self, page: str, thread: Any) -> tuple[str, set[str]] | None:
        prepared = self.parts.get(page)
        if prepared is None:
            return None
        out, hole, shown = prepared
        keys = self.keys
        keys.shown = set()
        filled: list[str] = []
        keys._encode(thread, filled)
        parts = out[:hole] + filled + out[hole + 1:]
        return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest(), shown | keys.shown


def page_plans(index: Any, config: Any, base: str, versions: Mapping[tuple[str, str], str],
               body_digest: Callable[[str], str], last: PageKeys | None, reusable: Callable[[str], bool],
               prepared: Prepared | None = None,
               ) -> tuple[list[ArticleInputs | Deferred], dict[str, list[Page | Deferred]], PageKeys]:
    """Each article page's inputs, or Deferred when its fingerprint is the last build's
    (`reusable(path)`: the last build has its fingerprint and its file as written); each topic's
    pages, planned or all Deferred the same way; the keys the next build compares with.
    `prepared`: the keys made before the threads were known (of this index's articles)."""
    if (prepared is None or not prepared.of(index) or prepared.body_digest != body_digest
            or prepared.sizes != _sizes(config)):
        prepared = Prepared(index, body_digest, config)
    links, keys = prepared.links, prepared.keys
    tokens = {a.page_path: versions[(a.kind, a.slug)] + "\x1f" + a.title for a in index.articles}
    if last is not None and last.base != base:
        last = None
    changed = {p for p, t in tokens.items() if last.versions.get(p) != t} if last is not None else set()
    made, plans, thread_of = {}, [], index.threads.of_article.get
    for article in index.articles:
        page = article.page_path
        # a prepared page's inputs are made only if it is planned (its thread is article_inputs')
        found = prepared.key(page, thread_of(article.slug))
        inputs = None if found is not None else article_inputs(index, article, links)
        made[page], shown = found or page_key(keys, inputs, body_digest(page))
        if last is not None and last.keys.get(page) == made[page] and not (shown & changed) and reusable(page):
            plans.append(Deferred(page))
        else:
            plans.append(inputs or article_inputs(index, article, links))
    topics, topic_keys, topic_paths = _topic_plans(index, config, prepared, last, changed, tokens.keys(), reusable)
    prepared.done()
    return plans, topics, PageKeys(base, made, tokens, topic_keys, topic_paths)


def _sizes(config: Any) -> str:
    """What of the config a topic's pages depend on besides their inputs."""
    return f"{config.listing_size}\x1f{config.topic_latest}"


def _topic_plans(index: Any, config: Any, prepared: Prepared, last: PageKeys | None,
                 changed: set[str], articles: Any, reusable: Callable[[str], bool]
                 ) -> tuple[dict[str, list[Page | Deferred]], dict[str, str], dict[str, tuple[str, ...]]]:
    """A topic's pages are a function of its plan.TopicInputs and of the config's listing sizes:
    when their key and the articles they show are as the last build's, and every page the last
    build planned for it is reusable, those pages are Deferred (a title edit planned the 200
    topics of the 10,000-article site, charts and all, to render the few that list it)."""
    planned: dict[str, list[Page | Deferred]] = {}
    made: dict[str, str] = {}
    paths: dict[str, tuple[str, ...]] = {}
    for slug, topic in index.topics.items():
        made[slug], shown = prepared.topic_key(slug)
        old = last.topic_pages.get(slug) if last is not None and last.topic_keys.get(slug) == made[slug] else None
        if old is not None and shown <= articles and not (shown & changed) and all(map(reusable, old)):
            planned[slug], paths[slug] = [Deferred(path) for path in old], old
        else:
            pages = topic_pages(topic_inputs(index, topic, prepared.links), config)
            planned[slug], paths[slug] = list(pages), tuple(p.path for p in pages)
    return planned, made, paths
