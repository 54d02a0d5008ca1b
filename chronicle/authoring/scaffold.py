"""`build.py new "Title"`: a new article with complete front matter, never over an existing one.

The file goes to content/articles/YYYY/YYYY-MM-DD-slug.md (the date prefix keeps a folder
sorted; it is not part of the page name). New articles start as drafts: they show in
`build.py serve` and stay out of the published site until `draft: true` is removed.
"""
from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

from ..source import frontmatter
from ..source.scan import find_markdown_files
from ..errors import ContentError, OutputError
from ..source.slugs import file_slug, page_slug, tag_slug


class ExistsError(ContentError):
    """`new` refuses to overwrite a file or to make a second page with the same name."""


def article_path(content_dir: Path, title: str, date: dt.date) -> Path:
    slug = file_slug(title)
    return content_dir / "articles" / f"{date.year:04d}" / f"{date.isoformat()}-{slug}.md"


def render_article(title: str, tags: list[str], date: dt.date, source: str) -> str:
    """The new file's text: every field a writer may fill in, with what each one is for."""
    tag_list = ", ".join(_quote(t) if not _is_slug(t) else t for t in tags)
    return (
        "---\n"
        f"title: {_quote(title)}\n"
        f"date: {date.isoformat()}\n"
        f"source: {_quote(source) if source else ''}\n"
        "url:\n"
        f"tags: [{tag_list}]\n"
        "summary:    # one or two sentences for index pages; empty = the first paragraph\n"
        "draft: true # shown by `build.py serve`; delete this line to publish\n"
        "---\n"
        "Write the article here, in Markdown.\n"
    )


def new_article(content_dir: Path, title: str, tags: list[str] | tuple[str, ...] = (), date: dt.date | None = None,
                source: str = "") -> Path:
    title = " ".join(title.split())
    if not title:
        raise ContentError("title", None, "the title is empty; write it in quotes: build.py new \"What Putin wants\"")
    slug = file_slug(title)
    if not slug:
        raise ContentError("title", None, f"the title '{title}' has no letters or digits to make a file name from")
    date = date or dt.date.today()
    clean_tags: list[str] = []
    for tag in tags:
        tag = tag.strip()
        if tag and not tag_slug(tag):
            raise ContentError("--tags", None, f"tag '{tag}' has no letters or digits")
        if tag and tag not in clean_tags:
            clean_tags.append(tag)
    if not content_dir.is_dir():
        raise ContentError(str(content_dir), None, "content folder not found; run from the project folder or pass --content")
    path = article_path(content_dir, title, date)
    _refuse_same_page_name(content_dir, slug, path)
    text = render_article(title, clean_tags, date, " ".join(source.split()))
    _self_check(text, path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(str(path.parent), None, f"cannot create this folder: {exc.strerror}") from None
    try:
        # O_EXCL: refuse to overwrite, even if the file appeared a moment ago
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        raise ExistsError(str(path), None, "already exists; edit it, or choose another title or --date") from None
    except OSError as exc:
        raise OutputError(str(path), None, f"cannot create: {exc.strerror}") from None
    try:
        data = memoryview(text.encode("utf-8"))
        while data:
            data = data[os.write(fd, data):]
    except OSError as exc:   # a full disk: no empty file left behind, which the next `new` would call taken
        os.close(fd)
        path.unlink(missing_ok=True)
        raise OutputError(str(path), None, f"cannot write: {exc.strerror}; no file was created") from None
    os.close(fd)
    return path


def _refuse_same_page_name(content_dir: Path, slug: str, path: Path) -> None:
    """Another file making the same page would stop the build; say so now rather than later."""
    if path.exists():
        raise ExistsError(str(path), None, "already exists; edit it, or choose another title or --date")
    if not content_dir.is_dir():
        return
    for other, kind in find_markdown_files(content_dir):
        if kind == "article" and page_slug(other.stem) == slug:
            raise ExistsError(str(other), None, f"already makes the page '{slug}'; edit it, or choose another title")


def _self_check(text: str, path: Path) -> None:
    """The scaffold must load cleanly (a title with odd characters is the usual risk). Read in
    memory, as the build reads the file's text: a probe file in /tmp failed on a full disk."""
    try:
        yaml_text, yaml_line, _, _ = frontmatter.split(text, str(path))
        _, errors = frontmatter.parse_fields(yaml_text, yaml_line, str(path))
    except ContentError as exc:
        errors = [exc]
    if errors:
        # what the build would refuse in a title, --source or --tags (a control character, a title
        # over 300 characters), said of the argument: the file named in the error was never written
        raise ContentError(_ARGUMENT_LINES.get(errors[0].line, str(path)), None, errors[0].message)


# the lines of render_article's front matter that hold what the command line gave
_ARGUMENT_LINES = {2: "title", 4: "--source", 6: "--tags"}


def _is_slug(tag: str) -> bool:
    return tag == tag_slug(tag)


def _quote(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)
