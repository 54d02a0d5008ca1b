"""Slugs for tags and articles: case- and accent-insensitive, safe as file names.

python-slugify does the transliteration (Đ, ł, ß, Cyrillic) better than a hand-written table.
"""
from __future__ import annotations

import re
from functools import lru_cache

from slugify import slugify

DATE_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2}-(?=.)")   # '2025-03-05-' of '2025-03-05-eu-summit.md'
_RESERVED = {"con", "prn", "aux", "nul", "com1", "com2", "com3", "lpt1", "lpt2", "lpt3", "index"}


@lru_cache(maxsize=65536)
def tag_slug(text: str) -> str:
    return slugify(text, max_length=80, word_boundary=True)


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
