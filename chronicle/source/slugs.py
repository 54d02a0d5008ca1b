"""Slugs for tags and articles: case- and accent-insensitive, safe as file names.

python-slugify does the transliteration (Đ, ł, ß, Cyrillic) better than a hand-written table.
A slug is a file name (topics/<slug>.html, also inside the zip), so it is never a name Windows
reserves (con, nul, com1...) nor `index`, and two long tags that share their first 80 characters
still get two slugs. Tags that differ only in case, accents, spaces or punctuation are one topic
on purpose; tags that differ in a symbol (C, C++, C#) are not, and `tag_identity` tells them apart
so that a collision left over is reported, never merged silently.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from slugify import slugify as _slugify

# text-unidecode always: with 'auto' python-slugify prefers Unidecode when some other package
# installed it, and the two transliterate differently, so one archive would get other slugs
# (other file names) on another machine.
BACKEND = "text-unidecode"


def slugify(text: str, **options) -> str:
    return _slugify(text, backend=BACKEND, **options)

DATE_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2}-(?=.)")   # '2025-03-05-' of '2025-03-05-eu-summit.md'
_DEVICES = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
_RESERVED = _DEVICES | {"index"}
MAX_TAG_SLUG = 80
# Symbols that change what a tag means, spelled out in slugs (after a letter or digit, as in C++,
# C#, Google+) and in identities (anywhere but a leading hashtag '#').
_SPELLED_IN_SLUG = re.compile(r"(?<=[\w+])\+|(?<=\w)#")
_SYMBOL_NAMES = {"+": "plus", "#": "sharp", "&": "and", "@": "at", "%": "percent", "$": "dollar", "*": "star",
                 "=": "equals", "<": "less", ">": "greater", "|": "bar", "^": "caret", "~": "tilde"}


@lru_cache(maxsize=65536)
def tag_slug(text: str) -> str:
    slug = slugify(_SPELLED_IN_SLUG.sub(lambda m: " " + _SYMBOL_NAMES[m.group()] + " ", text))
    if len(slug) > MAX_TAG_SLUG:
        # cut at a word, and keep long tags apart by a digest of the whole
        digest = hashlib.sha256(slug.encode("utf-8")).hexdigest()[:8]
        cut = slug[: MAX_TAG_SLUG - 9]
        if "-" in cut[MAX_TAG_SLUG // 2:]:
            cut = cut[: cut.rindex("-")]
        slug = cut.strip("-") + "-" + digest
    if slug in _RESERVED:
        slug += "-topic"
    return slug


@lru_cache(maxsize=65536)
def tag_identity(text: str) -> str:
    """What makes two tags the same topic: the slug's rules without cutting, and with every symbol
    kept (as its name). Two tags with one slug but two identities collide."""
    def name(ch: str) -> str:
        if ch in _SYMBOL_NAMES:
            return f" {_SYMBOL_NAMES[ch]} "
        if unicodedata.category(ch).startswith("S"):   # emoji and other signs
            return f" {unicodedata.name(ch, hex(ord(ch)))} "
        return ch
    return slugify("".join(name(ch) for ch in text.lstrip("#")))


@lru_cache(maxsize=65536)
def file_slug(text: str) -> str:
    """A slug for a page name; never empty, never a reserved device or index name."""
    slug = slugify(text, max_length=100, word_boundary=True)
    if slug in _RESERVED:
        slug += "-page"
    return slug


def page_slug(stem: str) -> str:
    """The page name of a Markdown file: its stem without the date prefix, as a slug
    ('2025-03-05-EU summit' -> 'eu-summit')."""
    return file_slug(DATE_PREFIX.sub("", stem))
