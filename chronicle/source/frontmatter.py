"""Split a Markdown file into front matter and body; parse and dump front matter.

Errors carry the line inside the file (not inside the front matter block).
"""
from __future__ import annotations

import datetime as dt
import functools
import json
import re
from typing import Any

import yaml

from . import yamlnodes as Y
from ..errors import ContentError
from ..keys import DATE_BASES
from .readfile import normalise_text  # noqa: F401 - frontmatter.normalise_text, for its callers
from .slugs import slugify, tag_slug

_FENCE = re.compile(r"^---[ \t]*$")
_CLOSE = re.compile(r"^(---|\.\.\.)[ \t]*$")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")   # ASCII digits: '２０２５-０３-０１' was called "not a real date"
KNOWN_FIELDS = ("title", "date", "date_basis", "source", "url", "tags", "summary", "imported_from", "imported", "id",
                "draft", "thread", "title_basis")   # title_basis: set by ingest (stated or derived), kept as an extra


FORBIDDEN_CHARS = Y.FORBIDDEN_CHARS


def split(text: str, path: str) -> tuple[str, int, str, int]:
    """-> (yaml_text, first yaml line, body, first body line); lines are 1-based."""
    lines = text.split("\n")
    if not lines or not _FENCE.match(lines[0]):
        raise ContentError(path, 1, "missing front matter: the file must start with a line '---', then 'title: ...', then '---'")
    for i in range(1, len(lines)):
        if _CLOSE.match(lines[i]):
            return "\n".join(lines[1:i]) + "\n", 2, "\n".join(lines[i + 1:]), i + 2
    raise ContentError(path, 1, "front matter starts with '---' on line 1 but is never closed by a line '---'")


def parse_fields(yaml_text: str, first_line: int, path: str) -> tuple[dict[str, Any], list[ContentError]]:
    """Front matter text -> typed fields (plus 'extra'), and every problem found."""
    try:
        root = Y.parse(yaml_text, first_line)
    except Y.YamlProblem as p:
        return {}, [ContentError(path, p.line, p.message, p.col)]
    if root is None:
        return {}, [ContentError(path, first_line, "front matter is empty: 'title' is required")]
    if not isinstance(root, Y.Map):
        return {}, [ContentError(path, root.line, f"front matter must be 'key: value' lines, got {Y.describe(root)}")]
    fields: dict[str, Any] = {"extra": {}}
    errors: list[ContentError] = []
    for key, node in root.items:
        name = key.text
        reader = _READERS.get(name)
        if reader is None:
            fields["extra"][name] = Y.plain(node)
            continue
        try:
            fields[name] = reader(node, name)
            if name == "tags":
                lines = [item.line for item in node.items] if isinstance(node, Y.Seq) else []
                fields["tag_lines"] = tuple(lines) if len(lines) == len(fields[name]) else (node.line,) * len(fields[name])
        except Y.YamlProblem as p:
            errors.append(ContentError(path, p.line, p.message, p.col))
    if "title" not in fields and not any(e.message.startswith("'title'") for e in errors):
        errors.append(ContentError(path, first_line, "missing 'title': every article needs a title"))
    return fields, errors


def _text(node: Y.Node, name: str) -> str:
    if isinstance(node, Y.Scalar):
        bad = FORBIDDEN_CHARS.search(node.text)
        if bad:
            raise Y.YamlProblem(node.line, f"'{name}' contains the control character U+{ord(bad.group()):04X}; "
                                           "remove it, it cannot appear in a web page", node.col)
        _bidi_closed(node.text, f"'{name}'", node)
        return "" if node.null else node.text
    raise Y.YamlProblem(node.line, f"'{name}' must be text, got {Y.describe(node)}", node.col)


# What one article may cost, again: its title, source and tags are shown on every page that lists
# it (and its summary on many), so a 4 MB title made a 100 MB site, fifty 90 KB tags 330 MB. The
# limits are far above any headline (ingest cuts what it writes to them: ingest/compose.py).
MAX_CHARS = {"title": 300, "source": 200, "summary": 1000, "tag": 100}


def _capped(value: str, name: str, node: Y.Node) -> str:
    if len(value) > MAX_CHARS[name]:
        what = "a tag" if name == "tag" else f"'{name}'"
        raise Y.YamlProblem(node.line, f"{what} is {len(value):,} characters long; at most {MAX_CHARS[name]:,} "
                                       "(it is shown on every page that lists the article)", node.col)
    return value


def _short_text(node: Y.Node, name: str) -> str:
    return _capped(_text(node, name), name, node)


def _bidi_closed(text: str, what: str, node: Y.Node) -> None:
    unclosed = Y.unclosed_bidi(text)
    if unclosed:
        raise Y.YamlProblem(node.line, f"{what} opens the direction control {unclosed} and does not close it; it would "
                                       "turn around the text beside it on every page that lists the article", node.col)


def _title(node: Y.Node, name: str) -> str:
    value = _capped(_text(node, name).strip(), name, node)
    if not Y.visible(value):   # '' or only zero-width, bidi or other invisible characters
        shown = f" (only invisible characters: '{Y.spelled(value)}')" if value else ""
        raise Y.YamlProblem(node.line, f"'title' is empty{shown}: every article needs a title", node.col)
    return value


def _date(node: Y.Node, name: str) -> dt.date | None:
    value = _text(node, name).strip()
    if not value:
        return None
    if not _DATE.fullmatch(value):
        raise Y.YamlProblem(node.line, f"'{name}' must be YYYY-MM-DD, got '{value}'", node.col)
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise Y.YamlProblem(node.line, f"'{name}' {value} is not a real date", node.col) from None


WEB_URL = re.compile(r"https?://[^\s<>\"'`\\^{}|]+", re.I)


def _url(node: Y.Node, name: str) -> str:
    value = _text(node, name).strip()
    if value and not WEB_URL.fullmatch(value):
        shown = value if len(value) <= 80 else value[:77] + "..."
        raise Y.YamlProblem(node.line, f"'url' must be a web address starting with http:// or https://, got '{shown}'", node.col)
    return value


def _date_basis(node: Y.Node, name: str) -> str:
    value = _text(node, name).strip()
    if value and value not in DATE_BASES:
        raise Y.YamlProblem(node.line, f"'date_basis' must be one of {', '.join(DATE_BASES)}, got '{value}'", node.col)
    return value


# What one article may cost: each tag adds a topic page, a feed and a line on every other page
# of that topic (2,000 tags made a 186 MB site).
MAX_TAGS = 50


def _tags(node: Y.Node, name: str) -> tuple[str, ...]:
    count = len(node.items) if isinstance(node, Y.Seq) else len(node.text.split(",")) if isinstance(node, Y.Scalar) else 0
    if count > MAX_TAGS:
        raise Y.YamlProblem(node.line, f"{count:,} tags: an article may have at most {MAX_TAGS}; keep the ones "
                                       "a reader would look for", node.col)
    if isinstance(node, Y.Scalar):
        if node.null:
            return ()
        items = [t.strip() for t in node.text.split(",")]
        return tuple(_tag(t, node) for t in items if t)
    if isinstance(node, Y.Seq):
        out = []
        for item in node.items:
            if not isinstance(item, Y.Scalar):
                raise Y.YamlProblem(item.line, f"each tag must be a word or phrase, got {Y.describe(item)}", item.col)
            if item.null or not item.text.strip():
                raise Y.YamlProblem(item.line, "a tag is empty", item.col)
            out.append(_tag(item.text.strip(), item))
        return tuple(out)
    raise Y.YamlProblem(node.line, "'tags' must be a list like [nato, russia] or 'nato, russia'", node.col)


def _tag(text: str, node: Y.Scalar) -> str:
    _capped(text, "tag", node)
    _bidi_closed(text, f"tag '{text}'", node)
    bad = FORBIDDEN_CHARS.search(text)
    if bad:
        raise Y.YamlProblem(node.line, f"tag contains the control character U+{ord(bad.group()):04X}; remove it", node.col)
    if not tag_slug(text):
        raise Y.YamlProblem(node.line, f"tag '{text}' has no letters or digits", node.col)
    return text


def _draft(node: Y.Node, name: str) -> bool:
    value = _text(node, name).strip().lower()
    if value in Y.TRUE_WORDS:
        return True
    if value in Y.FALSE_WORDS or value == "":
        return False
    raise Y.YamlProblem(node.line, f"'draft' must be true or false, got '{value}'", node.col)


def _thread(node: Y.Node, name: str) -> str:
    """`thread: <slug>` pins the article to that thread, `thread: none` keeps it out of any."""
    value = _text(node, name).strip()
    slug = tag_slug(value)
    # threads/index.html is the index of threads ('index' was made 'index-topic', as a tag's slug is,
    # and then one thread with the articles of a 'thread: index-topic')
    if (value and not slug) or slugify(value) == "index":
        raise Y.YamlProblem(node.line, f"'thread' must be a thread's name or none, got '{value}'"
                            + (" ('index' names the page of all threads)" if slug else ""), node.col)
    return slug


_READERS = {
    "title": _title, "date": _date, "date_basis": _date_basis, "source": _short_text, "url": _url,
    "tags": _tags, "summary": _short_text, "imported_from": _text, "imported": _date, "id": _text, "draft": _draft,
    "thread": _thread,
}


def dump(fields: dict[str, Any], body: str) -> str:
    """Front matter + body as a Markdown file; field order is kept, values quoted when YAML would misread them."""
    lines = ["---"]
    for key, value in fields.items():
        if value is None or value == "" or value == [] or value == ():
            continue
        if isinstance(value, dt.date):
            lines.append(f"{key}: {value.isoformat()}")
        elif isinstance(value, (list, tuple)):
            items = ", ".join(_scalar(str(v), flow=True) for v in value)
            lines.append(f"{key}: [{items}]")
        elif isinstance(value, bool):
            lines.append(f"{key}: {'true' if value else 'false'}")
        else:
            lines.append(f"{key}: {_scalar(str(value))}")
    lines.append("---")
    return "\n".join(lines) + "\n" + body.rstrip("\n") + "\n"


@functools.cache
def _unsafe() -> re.Pattern:
    """Characters YAML may not hold raw (non-printable) or reads as line breaks (NEL, LS, PS);
    compiled when first needed (10 ms: only writing front matter needs it)."""
    return re.compile("[^\t\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


# Text PyYAML writes as it is (a plain scalar): a letter first, then letters, digits, spaces and
# . , ' ’ - ( ) ? ! & / only, not ending in a space, and not a word YAML reads as a boolean or null.
# Such text skips the emitter (~0.1 ms a value); tests/test_ingest_text.py checks that both agree.
_PLAIN = re.compile(r"[^\W\d_][\w .,'’()?!&/-]*(?<! )", re.U)
_NOT_PLAIN = frozenset("y n yes no on off true false null".split())
# An article's id (16 hex digits, made by ingest) that starts with a digit: PyYAML writes it plain
# unless YAML would read a number (all digits; '0b' and binary digits); 60% of the ids, ~0.07 ms
# each through the emitter. tests/test_ingest_text.py checks that both agree.
_HEX_WORD = re.compile(r"[0-9a-f]*[a-f][0-9a-f]*")


@functools.lru_cache(maxsize=1 << 13)
def _scalar(text: str, flow: bool = False) -> str:
    # Cached: the values of a digest's articles repeat (tags, outlets, the digest's name).
    if _PLAIN.fullmatch(text) and text.lower() not in _NOT_PLAIN and not (flow and ("," in text or "?" in text)):
        return text
    if _HEX_WORD.fullmatch(text) and not text.startswith("0b"):
        return text
    if _unsafe().search(text):
        # A JSON string is a YAML double-quoted scalar; escape what JSON leaves raw.
        return _unsafe().sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(text, ensure_ascii=False))
    dumped = yaml.dump(text, Dumper=yaml.SafeDumper, allow_unicode=True, width=1 << 30, default_style=None)
    dumped = dumped.removesuffix("\n...\n").rstrip("\n")
    # in a flow list ('tags: [a, b]') a plain value may not hold these either (':0', '0?' broke the list)
    if flow and re.search(r"[,\[\]{}:#?]", dumped) and not dumped.startswith(("'", '"')):
        dumped = "'" + dumped.replace("'", "''") + "'"
    return dumped
