"""The full build's load stage: every document read (or its entry in the article cache reused)
and made into an article. The articles leave as summaries, their bodies in a BodyStore: the
index, the plan and the fingerprints never see a body, and a body the build does not show
again (a metadata edit's 9,990 unchanged article pages) is never read from the cache."""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from .bodystore import Body, BodyStore, body_digest
from .cache import BuildCache, code_salt, input_key
from .changes import fields_digest, text_digest
from .options import BuildOptions
from .parallel import default_jobs, iter_ordered, map_ordered
from .reuse import ArticleEntry, cached_article
from ..config import Config
from ..errors import ChronicleError, ContentError, raise_if_any
from ..model import Article, ArticleSummary, Document
from ..source.documents import (duplicate_problems, find_documents, link_targets, mark_draft_titles, read_document,
                                resolve_link, tag_collisions, to_article, topic_aliases, unpublished_targets)


@dataclass(frozen=True)
class Loaded:
    config: Config
    articles: tuple[ArticleSummary, ...]                # their bodies are in `bodies`
    cache_entries: dict = field(default_factory=dict)   # emptied once saved (reuse.save_article_entries)
    targets: dict = field(default_factory=dict)         # what internal links resolve to
    # page path -> (article, fields digest, text digest) as its cache entry holds them (not the
    # entry: its document's text is let go once saved)
    made: dict = field(default_factory=dict)
    bodies: BodyStore | None = None                     # every article's and page's body, by page


def _jobs(options: BuildOptions) -> int:
    return options.jobs or default_jobs()


def _documents(options: BuildOptions, cache: BuildCache, salt: str, scanned: dict | None):
    """(where each document is, its cache entry if reusable, the documents to publish (without
    their Markdown), the Markdown of those read now, by path, the drafts, the errors found
    reading them). `scanned`: the build's scan of content/ (source/scan.document_stats), whose
    walk and stat keys are this one's (a second walk and 10,000 stats cost a metadata edit 0.1 s):
    a file changed since is found changed by the next build, as one changed after this read."""
    if not options.content_dir.is_dir():
        raise ContentError(str(options.content_dir), None, "content folder not found")
    if scanned is None:
        found = find_documents(options.content_dir, options.shown_base)
        keys = {}
    else:
        top = os.fspath(options.content_dir)   # strings: read_document makes a Path of the few it reads
        found = [(os.path.join(top, rel), kind, shown) for shown, (rel, kind, _) in scanned.items()]
        keys = {shown: key for shown, (_, _, key) in scanned.items() if key is not None}
    where = {shown: (path, kind) for path, kind, shown in found}
    hits = {shown: cached_article(cache, shown, path, salt, keys.get(shown)) for path, kind, shown in found}
    fresh = [item for item in found if hits[item[2]] is None]
    read = dict(zip((s for _, _, s in fresh), map_ordered("documents", lambda i: read_document(Path(i[0]), i[1], i[2]), fresh, _jobs(options), most=1000, renew=8)))
    docs: list[Document] = []
    sources: dict[str, str] = {}
    drafts: list[Document] = []
    errors: list[ChronicleError] = []
    for path, kind, shown in found:
        doc, errs = (hits[shown].document, []) if hits[shown] else read.pop(shown)
        errors.extend(errs)
        if doc and (options.drafts or not doc.draft):
            if doc.body:
                sources[doc.path] = doc.body
            docs.append(_without_body(doc))
        elif doc:
            drafts.append(doc)
    return where, hits, docs, sources, drafts, errors


def load_articles(options: BuildOptions, config: Config, cache: BuildCache | None = None,
                  scanned: dict | None = None) -> Loaded:
    """Read and render every document; all content errors are raised together."""
    cache = cache or BuildCache.open(options.out_dir, enabled=False)
    salt = hashlib.sha256((code_salt() + repr((config, options.search))).encode()).hexdigest()
    where, hits, docs, sources, drafts, errors = _documents(options, cache, salt, scanned)
    unpublished = unpublished_targets(list(where), docs, drafts)
    errors.extend(duplicate_problems(docs))
    targets = link_targets(docs)
    aliases = topic_aliases(config)
    errors.extend(tag_collisions(docs, aliases))

    def render(doc: Document):
        if hits.get(doc.path):   # an entry holds no body: the file (as when it was saved) is read again
            path, kind = where[doc.path]
            doc, errs = read_document(Path(path), kind, doc.path)
            if doc is None:
                return None, errs, {}, None
        else:
            doc = replace(doc, body=sources[doc.path])
        resolved: dict[str, str | None] = {}
        article, errs = to_article(doc, config, targets, aliases, resolved, keep_text=options.search,
                                   unpublished=unpublished)
        # its digests made here, on the workers: 0.2 s of the main thread's, alone, at 10,000 articles
        return article, errs, resolved, _digests(article, options.search) if article is not None else None

    reused = _reused(docs, hits, targets)
    todo = [d for d in docs if reused[d.path] is None]
    made = {}
    for doc, result in zip(todo, iter_ordered("articles", render, todo, _jobs(options), most=1000, renew=8)):
        made[doc.path] = result
        # its Markdown let go as soon as its article is made: at 100,000 articles, 0.3 GB held
        # to the end of the load stage, and copied by the workers forked later
        sources.pop(doc.path, None)
    articles: list[ArticleSummary] = []
    entries: dict[str, ArticleEntry] = {}
    bodies: dict[str, Body] = {}
    for doc in docs:
        article, errs, resolved, digests = made.get(doc.path) or reused[doc.path]
        errors.extend(errs)
        hit = hits.get(doc.path)
        if hit and article is hit.article and resolved is hit.resolved:
            entries[doc.path] = hit   # the same object: reuse.save_article_entries writes only the others
        elif article is not None:
            stat = hit.stat if hit else input_key(where[doc.path][0])
            entries[doc.path], bodies[article.page_path] = _entry(stat, salt, doc, article, resolved,
                                                                  digests or _digests(article, options.search))
            article = entries[doc.path].article
        articles.append(article)
    raise_if_any(errors)
    made = {e.article.page_path: (e.article, e.fields, e.text) for e in entries.values()}
    if options.drafts:
        articles = mark_draft_titles(articles)
    store = BodyStore(cache.folder, bodies, {e.article.page_path: e.at for e in entries.values() if e.at[0]},
                      _remaker(options, config, targets, aliases, unpublished, entries, where),
                      {e.article.page_path: e.body for e in entries.values()}, cache.bodies)
    return Loaded(config, tuple(articles), entries, targets, made, store)


def _reused(docs: list[Document], hits: dict, targets: dict) -> dict[str, tuple | None]:
    """Path -> (article, no errors, its links) of each document whose cache entry holds: its file
    as when saved and its links resolved alike; None for the others (asked once per document)."""
    found: dict[str, tuple | None] = {}
    for doc in docs:
        hit = hits.get(doc.path)
        ok = hit and all(resolve_link(stem, doc, targets) == url for stem, url in hit.resolved.items())
        found[doc.path] = (hit.article, [], hit.resolved, None) if ok else None
    return found


def _digests(article: Article, search: bool) -> tuple[str, str, str]:
    """An article's fields, text (with search) and body digests, as its cache entry keeps them."""
    return fields_digest(article), text_digest(article) if search else "", body_digest(article.body_html)


def _entry(stat, salt: str, doc: Document, article: Article, resolved: dict,
           digests: tuple[str, str, str]) -> tuple[ArticleEntry, Body]:
    """The cache entry of a document made into an article (its body left out), and the body."""
    entry = ArticleEntry(stat, salt, _without_body(doc), article.summarized(), resolved, *digests)
    return entry, (article.body_html, article.body_text)


def _without_body(doc: Document) -> Document:
    return replace(doc, body="") if doc.body else doc


def _remaker(options: BuildOptions, config: Config, targets: dict, aliases: dict, unpublished: dict,
             entries: dict[str, ArticleEntry], where: dict[str, tuple[Path, str]]):
    """page -> its body made again from its document, for a body the cache's files no longer
    hold as its entry says (a damaged or rewritten bodies file). It keeps where each file is, not
    the entries (their documents were a tenth of a cold build's memory after the render)."""
    files = {e.article.page_path: (str(where[shown][0]), where[shown][1], shown) for shown, e in entries.items()}

    def remake(page: str) -> Body:
        path, kind, shown = files[page]   # a string: 100,000 Path objects held 90 MB
        doc, errs = read_document(Path(path), kind, shown)
        raise_if_any(errs)
        article, errs = to_article(doc, config, targets, aliases, {}, keep_text=options.search, unpublished=unpublished)
        raise_if_any(errs)
        return article.body_html, article.body_text
    return remake
