"""A Markdown heading's own number ('### 1. Headline', '## 2) Headline', '### a. Headline'): a list
marker, as '1. Headline' on a line of its own is, not part of the headline. Only a number or letter
with its '.' or ')': '## 10 Things to know' is a title, '## 22. März 2025' a date."""
from __future__ import annotations

import re

from . import when

_NUMBER = re.compile(r"^(?P<m>\d{1,3}[.)]|[a-z][.)](?=\s+[A-ZÀ-Ý\"“«‘']))\s+(?P<text>\S.*)$")


def numbered(text: str, marker: str) -> tuple[str, str]:
    """(marker, text) of a heading's text; as they are when it has a marker already or no number."""
    m = None if marker or not text[:1].isalnum() else _NUMBER.match(text)
    if m is None or any(f.start == 0 for f in when.find_dates(text[:40])):
        return marker, text
    return m["m"], m["text"].strip()
