"""content/ -> [Document] -> [Article]: a sorted walk, every error collected."""
from __future__ import annotations

import os
import unicodedata
from dataclasses import replace
from pathlib import Path
from urllib.parse import unquote

from . import frontmatter
from .. import urls
from ..config import Config
from ..errors import ChronicleError, ContentError
from .markdown import MarkdownFailure, RenderedBody, body_problem, render_markdown
from .readfile import read_regular, utf8_name
from ..model import Article, Document
from .scan import NOT_DOCUMENTS, document_names
from .slugs import page_slug, tag_identity, tag_slug
from .text import lead



def read_document(path: Path, kind: str, shown: str) -> tuple[Document | None, list[ChronicleError]]:
    if kind in NOT_DOCUMENTS:
        return None, [ContentError(shown, None, NOT_DOCUMENTS[kind])]
    if not utf8_name(shown):   # 'caf\xe9 news.md' from a Latin-1 system: its page built, then saving the build's state failed
        return None, [ContentError(os.fsencode(shown).decode("utf-8", "backslashreplace"), None,
                                   "the file name is not UTF-8 text (a byte of another encoding); rename it")]
    try:
        raw = read_regular(path, shown, ContentError, advice="split it or move it out of the content folder")
        text = frontmatter.normalise_text(raw, shown)
        yaml_text, yaml_line, body, body_line = frontmatter.split(text, shown)
    except ContentError as exc:
        return None, [exc]
    too_deep = body_problem(body)
    if too_deep:
        return None, [ContentError(shown, body_line + too_deep[0] - 1, too_deep[1])]
    fields, errors = frontmatter.parse_fields(yaml_text, yaml_line, shown)
    if errors:
        return None, errors
    slug = page_slug(path.stem)
    if not slug:
        return None, [ContentError(shown, None, "the file name has no letters or digits to make a page name from")]
    return Document(
        path=shown, kind=kind, slug=slug, title=fields["title"], date=fields.get("date"),
        date_basis=fields.get("date_basis", ""), source=fields.get("source", ""), url=fields.get("url", ""),
        tag_names=fields.get("tags", ()), summary=fields.get("summary", ""),
        imported_from=fields.get("imported_from", ""), id=fields.get("id", ""),
        draft=fields.get("draft", False), extra=dict(fields["extra"]), body=body, body_line=body_line,
        thread=fields.get("thread", ""),
        tag_lines=fields.get("tag_lines", ()), imported=fields.get("imported"),
    ), []


def find_documents(content_dir: Path, shown_base: Path | None = None) -> list[tuple[Path, str, str]]:
    """(path, kind, path as shown in messages) of every Markdown file, in a stable order."""
    if not content_dir.is_dir():
        return []
    return [(content_dir / rel, kind, shown) for rel, kind, shown in document_names(content_dir, shown_base)]


def load_documents(content_dir: Path, include_drafts: bool = False, shown_base: Path | None = None,
                   jobs: int = 1) -> tuple[list[Document], list[ChronicleError]]:
    """Read every Markdown file; return the documents and every problem found."""
    docs: list[Document] = []
    errors: list[ChronicleError] = []
    if not content_dir.is_dir():
        return [], [ContentError(str(content_dir), None, "content folder not found")]
    found = find_documents(content_dir, shown_base)
    from ..build.parallel import map_ordered   # multiprocessing: not for the quick path's one document
    for doc, errs in map_ordered("documents", lambda item: read_document(*item), found, jobs):
        errors.extend(errs)
        if doc and (include_drafts or not doc.draft):
            docs.append(doc)
    errors.extend(duplicate_problems(docs))
    return docs, errors


def duplicate_problems(docs: list[Document]) -> list[ChronicleError]:
    errors: list[ChronicleError] = []
    seen_slug: dict[tuple[str, str], Document] = {}
    seen_id: dict[str, Document] = {}
    for doc in docs:
        key = ("page" if doc.kind == "page" else "article", doc.slug)
        if key in seen_slug:
            other = seen_slug[key]
            same = unicodedata.normalize("NFC", doc.path) == unicodedata.normalize("NFC", other.path)
            # 'café.md' twice, the accent written as one character and as two (macOS): the message
            # named two files that read alike
            why = ("; the two names look the same, but one writes its accents as separate marks (NFD, as macOS does): "
                   "delete one" if same else "; rename one of the files")
            errors.append(ContentError(doc.path, 1, f"duplicate page name '{doc.slug}': {other.path} makes the same page{why}"))
        else:
            seen_slug[key] = doc
        if doc.kind == "page" and doc.slug in urls.RESERVED_PAGE_SLUGS:
            errors.append(ContentError(doc.path, 1, f"page name '{doc.slug}' is reserved for the site's own pages; rename the file"))
        if doc.id:
            if doc.id in seen_id:
                errors.append(ContentError(doc.path, 1, f"duplicate id '{doc.id}': {seen_id[doc.id].path} has the same id"))
            else:
                seen_id[doc.id] = doc
    return errors


def link_targets(docs: list[Document]) -> dict[str, str]:
    """Slug of a linked file's stem -> output path, for resolving [text](other.md) links."""
    targets: dict[str, str] = {}
    for doc in docs:
        path = urls.page_path(doc.slug) if doc.kind == "page" else urls.article_path(doc.slug)
        targets.setdefault(doc.slug, path)
    return targets


def topic_aliases(config: Config) -> dict[str, str]:
    """Slug of every name and alias of a known topic -> the topic's slug ('dprk' -> 'north-korea')."""
    aliases: dict[str, str] = {}
    for slug, topic in config.topics.items():
        for name in (topic.name, *topic.aliases):
            aliases.setdefault(tag_slug(name), slug)
    for slug in config.topics:
        aliases[slug] = slug  # a topic's own slug always wins over another topic's alias
    return aliases


def resolve_link(stem: str, doc: Document, targets: dict[str, str]) -> str | None:
    """The relative URL a [text](stem.md) link in `doc` points at, or None."""
    target = targets.get(page_slug(stem))
    page = urls.page_path(doc.slug) if doc.kind == "page" else urls.article_path(doc.slug)
    return urls.relative(page, target) if target else None


UNREADABLE = "that file has errors of its own (listed with it), so it has no page yet"
DRAFT = "that article is a draft, so it is not published; publish it (remove 'draft: true') or remove the link"


def unpublished_targets(shown_paths: list[str], loaded: list[Document], drafts: list[Document]) -> dict[str, str]:
    """Page name -> why a link to it finds no page: its file could not be read, or it is a draft
    left out of this build."""
    read = {d.path for d in loaded} | {d.path for d in drafts}
    out = {page_slug(Path(p).stem): UNREADABLE for p in shown_paths if p not in read}
    out.update((d.slug, DRAFT) for d in drafts)
    return out


def to_article(doc: Document, config: Config, targets: dict[str, str], aliases: dict[str, str] | None = None,
               resolved: dict[str, str | None] | None = None, keep_text: bool = True,
               unpublished: dict[str, str] | None = None) -> tuple[Article, list[ChronicleError]]:
    """Render one document's body (pure: safe to run in a worker process).

    `resolved`, when given, records how each linked .md stem resolved (the cache checks it later).
    keep_text=False leaves body_text empty: only the offline search index reads it, and a build
    without search need not hold it (a quarter of a GB at 100,000 articles).
    """
    page = urls.page_path(doc.slug) if doc.kind == "page" else urls.article_path(doc.slug)
    allow_html = config.allow_html and not doc.imported_from  # imported text is untrusted
    record = resolved if resolved is not None else {}

    def resolve(stem: str) -> str | None:
        record[stem] = url = resolve_link(stem, doc, targets)
        return url

    try:
        body = render_markdown(doc.body, allow_html, resolve)
    except MarkdownFailure as exc:
        body = RenderedBody("", "", ())
        failed = [ContentError(doc.path, doc.body_line, str(exc))]
    else:
        failed = []
    errors: list[ChronicleError] = failed + [
        ContentError(doc.path, doc.body_line + line - 1,
                     f"link to '{target}': {(unpublished or {}).get(_target_slug(target), 'no article or page has that file name')}")
        for line, target in body.broken_links
    ]
    slugs, names = _tags(doc, aliases or {}, errors)
    article = Article(
        path=doc.path, kind=doc.kind, slug=doc.slug, title=doc.title, date=doc.date, date_basis=doc.date_basis,
        source=doc.source, url=doc.url, tags=slugs, tag_names=names,
        summary=doc.summary.strip() or lead(body.text.split("\n")[0] if body.text else ""),
        body_html=body.html, body_text=body.text if keep_text else "", imported_from=doc.imported_from, id=doc.id,
        draft=doc.draft, extra=doc.extra, page_path=page, thread=doc.thread, imported=doc.imported,
    )
    return article, errors


def _target_slug(target: str) -> str:
    name = unquote(target.split("#", 1)[0].split("?", 1)[0]).rsplit("/", 1)[-1]
    return page_slug(Path(name).stem)


def _tags(doc: Document, aliases: dict[str, str], errors: list) -> tuple[tuple[str, ...], tuple[str, ...]]:
    slugs: list[str] = []
    names: list[str] = []
    for i, name in enumerate(doc.tag_names):
        slug = tag_slug(name)
        slug = aliases.get(slug, slug)
        if not slug:
            errors.append(ContentError(doc.path, _tag_line(doc, i), f"tag '{name}' has no letters or digits"))
        elif slug not in slugs:
            slugs.append(slug)
            names.append(name)
    return tuple(slugs), tuple(names)


def _tag_line(doc: Document, i: int) -> int:
    return doc.tag_lines[i] if i < len(doc.tag_lines) else 1


def tag_collisions(docs: list[Document], aliases: dict[str, str]) -> list[ChronicleError]:
    """Distinct tags that would share one topic page (C and C*, two spellings the slug rules cannot
    keep apart): each use of the later one, with its file and line. Names and aliases of a topic
    in config.yaml are one topic on purpose."""
    first: dict[str, tuple[str, str, str]] = {}     # slug -> (identity, tag, path)
    errors: list[ChronicleError] = []
    topics = set(aliases.values())
    for doc in docs:
        for i, name in enumerate(doc.tag_names):
            slug = tag_slug(name)
            slug = aliases.get(slug, slug)
            if not slug:
                continue
            identity = slug if slug in topics else tag_identity(name)
            seen = first.setdefault(slug, (identity, name, doc.path))
            if seen[0] != identity:
                errors.append(ContentError(doc.path, _tag_line(doc, i), f"tag '{name}' and tag '{seen[1]}' ({seen[2]}) "
                                           f"would share the topic page {urls.topic_path(slug)}; spell one differently"))
    return errors


def mark_draft_titles(articles: list[Article]) -> list[Article]:
    return [replace(a, title=f"[draft] {a.title}") if a.draft else a for a in articles]
