"""Markdown -> HTML: raw HTML off unless allowed, .md links resolved to page URLs.

markdown-it-pyrs (the Rust port of markdown-it, same rules) renders about 16x faster
than markdown-it-py and gives the same HTML; markdown-it-py is the fallback where the
Rust wheel is missing. Because raw HTML is escaped, every `<a href=` in the output
comes from a Markdown link, so .md links are rewritten in the rendered HTML.
"""
from __future__ import annotations

import html as htmllib
import posixpath
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable
from urllib.parse import unquote

_BLOCK_RULES = ["blockquote", "code", "fence", "heading", "hr", "lheading", "list", "paragraph", "reference", "table"]
_INLINE_RULES = ["autolink", "backticks", "emphasis", "entity", "escape", "image", "link", "newline", "strikethrough"]
# links to Markdown files by any of the endings the scan reads (source/scan.MARKDOWN_ENDINGS):
# [x](Notes.MD) was left as it was, a broken link nothing reported
# (a query after it too: [x](a.md?x=1) was neither rewritten nor reported, a link to a file the site never has)
_MD_HREF = re.compile(r'(<a href=")([^"#?]*?\.(?:md|markdown))((?:\?[^"#]*)?(?:#[^"]*)?)(")', re.I)
_MD_HINT = re.compile(r"\.(?:md|markdown)", re.I)


@dataclass(frozen=True)
class RenderedBody:
    html: str
    text: str                                   # plain text, for summaries and search
    broken_links: tuple[tuple[int, str], ...]   # (line in body, target) of .md links that resolve to nothing


_TAG = re.compile(r"<[^>]+>")
_BLOCK_END = re.compile(r"</(p|h[1-6]|li|pre|blockquote|tr|table)>|<br ?/?>")


@lru_cache(maxsize=4)
def _engine(allow_html: bool):
    # imported here, when a body is first rendered: ingest checks bodies with this module
    # (body_problem) and renders none, and the Rust extension's import was a few ms of its start
    try:
        import markdown_it_pyrs as pyrs
    except ImportError:  # pragma: no cover - exercised where the wheel is unavailable
        pyrs = None
    if pyrs is not None:
        rules = _BLOCK_RULES + _INLINE_RULES + (["html_block", "html_inline"] if allow_html else [])
        return pyrs.MarkdownIt("zero").enable_many(rules)
    from markdown_it import MarkdownIt
    return MarkdownIt("commonmark", {"html": allow_html}).enable(["table", "strikethrough"])


class MarkdownFailure(Exception):
    """The parser gave up on a body (too deeply nested for the Python parser)."""


def _render(body: str, allow_html: bool) -> str:
    try:
        return _engine(allow_html).render(body)
    except BaseException as exc:
        # pyo3 turns a panic of the Rust parser (an out-of-range index on some runs of brackets and
        # backticks) into PanicException, a BaseException; markdown-it-py follows the same rules
        if type(exc).__name__ != "PanicException":
            raise
    from markdown_it import MarkdownIt
    try:
        return MarkdownIt("commonmark", {"html": allow_html}).enable(["table", "strikethrough"]).render(body)
    except RecursionError:
        raise MarkdownFailure("the Markdown is nested too deeply to read (brackets, quotes or lists); "
                              "simplify it") from None


def html_to_text(html: str) -> str:
    """Plain text of rendered HTML, one line per block."""
    return htmllib.unescape(_TAG.sub("", _BLOCK_END.sub("\n", html)))


def _line_of(body: str, url: str) -> int:
    """Where a link target appears in the body (only needed for the rare broken link)."""
    for needle in (f"]({url}", url, unquote(url)):
        at = body.find(needle)
        if at >= 0:
            return body.count("\n", 0, at) + 1
    return 1


def _stem(url: str) -> str | None:
    path = unquote(url.split("#", 1)[0].split("?", 1)[0])
    if ":" in path.split("/", 1)[0] or path.startswith("//") or not path.lower().endswith((".md", ".markdown")):
        return None
    return posixpath.splitext(posixpath.basename(path))[0]


# The parser recurses once per level of quotes and lists inside one another (100,000 `>` overflow
# the stack: a crash with no word), and matches emphasis delimiters of a paragraph pairwise (20,000
# `*a ` take minutes). Bodies beyond these bounds are refused before they reach it.
MAX_NESTING = 100
MAX_DELIMITER_RUNS = 5000
# Each link reference definition is read against the rest of its paragraph: 16,000 of them in a
# row took 10 s, 50,000 minutes. 1,000 take 0.03 s.
MAX_DEFINITIONS_IN_A_ROW = 1000
_DEFINITION = re.compile(r"[ \t]*(?:>[ \t]*)*\[[^\]\n]*\]:")
_CONTAINER = re.compile(r"[ \t]{0,3}(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?")
_THEMATIC_BREAK = re.compile(r" {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_DELIMITERS = re.compile(r"[*_~]+")


# Only a line that starts with two container markers can nest: the line-by-line count (which
# would cost as much as reading the body) runs on those lines alone.
_TWO_MARKERS = r"[ \t]{0,3}(?:>|[-+*][ \t]|\d{1,9}[.)][ \t])[ \t]*(?:>|[-+*][ \t]|\d{1,9}[.)][ \t])"
_NESTED_FIRST = re.compile(_TWO_MARKERS)
_NESTED_NEXT = re.compile("\n" + _TWO_MARKERS)   # a literal newline: 6x faster than ^ with re.M


def body_problem(body: str) -> tuple[int, str] | None:
    """(line in body, message) of the first thing that would make the parser crash or take minutes."""
    starts = [0] if _NESTED_FIRST.match(body) else []
    for at in starts + [m.start() + 1 for m in _NESTED_NEXT.finditer(body)]:
        end = body.find("\n", at)
        line = body[at: end if end >= 0 else len(body)]
        if _depth(line) > MAX_NESTING and not _THEMATIC_BREAK.match(line):
            return body.count("\n", 0, at) + 1, (f"quotes and lists are nested more than {MAX_NESTING} "
                                                 "levels deep; a page can show at most that many")
    if body.count("]:") > MAX_DEFINITIONS_IN_A_ROW:
        found = _too_many_definitions(body)
        if found:
            return found
    if body.count("*") + body.count("_") + body.count("~") <= MAX_DELIMITER_RUNS:
        return None
    return _too_many_delimiters(body)


def _too_many_definitions(body: str) -> tuple[int, str] | None:
    run, start = 0, 1
    for n, line in enumerate(body.split("\n"), 1):
        if not _DEFINITION.match(line):
            run, start = 0, n + 1
            continue
        run += 1
        if run > MAX_DEFINITIONS_IN_A_ROW:
            return start, (f"more than {MAX_DEFINITIONS_IN_A_ROW:,} link definitions ([name]: address) in a row; "
                           "put blank lines between them")
    return None


def _depth(line: str) -> int:
    depth, at = 0, 0
    while depth <= MAX_NESTING and (m := _CONTAINER.match(line, at)) and m.end() > at:
        depth, at = depth + 1, m.end()
    return depth


def _too_many_delimiters(body: str) -> tuple[int, str] | None:
    runs, start = 0, 1
    for n, line in enumerate(body.split("\n"), 1):
        if not line.strip():
            runs, start = 0, n + 1
            continue
        runs += len(_DELIMITERS.findall(line))
        if runs > MAX_DELIMITER_RUNS:
            return start, (f"this paragraph has more than {MAX_DELIMITER_RUNS:,} runs of *, _ or ~; "
                           "split it with blank lines or escape them (\\*)")
    return None


def render_markdown(body: str, allow_html: bool, resolve: Callable[[str], str | None]) -> RenderedBody:
    """Render a body. `resolve` maps the stem of a linked .md file to a relative URL or None."""
    html = _render(body, allow_html)
    broken: dict[str, int] = {}   # each broken target once, at its first line (not 200,000 times the same line)
    if _MD_HINT.search(html):
        def swap(m: re.Match) -> str:
            url = htmllib.unescape(m.group(2))
            stem = _stem(url)
            target = resolve(stem) if stem else None
            if target is None:
                link = url + htmllib.unescape(m.group(3))
                if link not in broken:
                    broken[link] = _line_of(body, link)
                return m.group(0)
            return f"{m.group(1)}{htmllib.escape(target)}{m.group(3)}{m.group(4)}"
        html = _MD_HREF.sub(swap, html)
    return RenderedBody(html, plain_text(html), tuple((line, link) for link, line in broken.items()))


def plain_text(html: str) -> str:
    """A rendered body's text for search: a line per block, spaces collapsed (the quick path
    makes the text of a body it finds in the published page with it)."""
    return "\n".join(" ".join(p.split()) for p in html_to_text(html).split("\n") if p.strip())
