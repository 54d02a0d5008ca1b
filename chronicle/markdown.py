"""Markdown -> HTML with markdown-it-py: raw HTML off unless allowed, .md links resolved."""
from __future__ import annotations

import posixpath
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable
from urllib.parse import urlsplit

from markdown_it import MarkdownIt


@dataclass(frozen=True)
class RenderedBody:
    html: str
    text: str                                   # plain text, for summaries and search
    broken_links: tuple[tuple[int, str], ...]   # (line in body, target) of .md links that resolve to nothing


@lru_cache(maxsize=4)
def _parser(allow_html: bool) -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": allow_html, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    return md


def render_markdown(body: str, allow_html: bool, resolve: Callable[[str], str | None]) -> RenderedBody:
    """Render a body. `resolve` maps the stem of a linked .md file to a relative URL or None."""
    md = _parser(allow_html)
    tokens = md.parse(body)
    broken: list[tuple[int, str]] = []
    texts: list[str] = []
    for block in tokens:
        if block.type == "inline" and block.children:
            line = (block.map[0] + 1) if block.map else 1
            for tok in block.children:
                if tok.type == "link_open":
                    _rewrite_link(tok, line, resolve, broken)
                elif tok.type in ("text", "code_inline"):
                    texts.append(tok.content)
                elif tok.type in ("softbreak", "hardbreak"):
                    texts.append(" ")
            texts.append("\n")
        elif block.type in ("code_block", "fence"):
            texts.append(block.content + "\n")
    html = md.renderer.render(tokens, md.options, {})
    text = "\n".join(" ".join(p.split()) for p in "".join(texts).split("\n") if p.strip())
    return RenderedBody(html, text, tuple(broken))


def _rewrite_link(tok, line: int, resolve, broken: list) -> None:
    href = tok.attrGet("href") or ""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc:
        if parts.scheme in ("http", "https"):
            tok.attrSet("rel", "noopener")
        return
    if not parts.path.endswith(".md"):
        return
    stem = posixpath.splitext(posixpath.basename(parts.path))[0]
    target = resolve(stem)
    if target is None:
        broken.append((line, href))
        return
    tok.attrSet("href", target + (f"#{parts.fragment}" if parts.fragment else ""))
