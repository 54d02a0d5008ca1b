"""A government's or a body's release list, whose date line ends on the document's type:
'January 12, 2026 | Ottawa, Ontario | Health Canada | News releases', '3. Februar 2026 | Berlin |
Bundesministerium für Gesundheit | Pressemitteilung'. The field before the type names the body that
issued the release: the item's source, listed as an outlet or not."""
from __future__ import annotations

import re

# the document types such lists print last (singular and plural; several languages)
_TYPE = re.compile(r"(?i)^(?:news\s+releases?|press\s+releases?|media\s+releases?|statements?|backgrounders?|"
                   r"media\s+advisor(?:y|ies)|speech(?:es)?|readouts?|notices?|communiqués?(?:\s+de\s+presse)?|"
                   r"déclarations?|comunicados?(?:\s+de\s+prensa)?|pressemitteilung(?:en)?|comunicat[oi]\s+stampa|"
                   r"persberichte?n?)$")


def issuer(fields: list[str]) -> str:
    """The body named before a release's type in a date line's fields (the date's field first), else ''."""
    if len(fields) < 3 or not _TYPE.match(fields[-1].strip()):
        return ""
    body = fields[-2].strip()
    if "," in body or re.search(r"\d", body) or not body[:1].isupper():
        return ""   # ('Ottawa, Ontario': the place, with no body after it)
    return body
