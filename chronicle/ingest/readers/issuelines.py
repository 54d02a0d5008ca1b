"""A newsletter's issue line ('Issue #87 | Tuesday, January 13, 2026', 'Ausgabe Nr. 12 vom 3.
Februar 2026', 'Numéro 45 – 3 février 2026'): the date the issue went out, heading no item."""
from __future__ import annotations

import re

_ISSUE = re.compile(r"(?i)^\s*(?:issue|edition|vol\.?|volume|no\.|ausgabe|nummer|numéro|n°|édition|número|edición|"
                    r"numero|edizione|editie|nummer)\s*(?:nr\.?\s*|no\.?\s*)?#?\s*\d{1,5}\b")


def issue_line(text: str) -> bool:
    return len(text) <= 80 and bool(_ISSUE.match(text))
