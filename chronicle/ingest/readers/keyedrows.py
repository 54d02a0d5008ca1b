"""Two kinds of line in a list of documents (a regulator's decisions, a court's rulings, a council's
papers), each item a title, a row of fields, a description and its files:

- **A row of labelled fields under the title** ('Docket 3270-UR-126 | Decision date: 05/14/2026 |
  Electric', 'Az. 5 K 1204/25 · Entscheidungsdatum: 12.05.2026 · Umweltrecht', 'Dossier n° 24-118 |
  Date de la décision : 07/05/2026 | Énergie'): two to five short fields between ' | ', ' · ' or
  ' • ', one of them 'Label: value'. No headline and no outlet with its section: the item's meta
  line. A labelled field whose value is a date dates the item (one such field, or the one whose label
  says 'date'); a dash there ('Decision date: —') leaves it undated (a blank date line). A field with no label, no
  digit and a capital, a few words or a comma list of them ('Electric, Natural Gas'), names what
  the item is filed under: its labels. A field with a number and no label is a reference.
- **The files under it** ('Final Decision (PDF, 412 KB)', 'Order (PDF, 268 KB)   Errata (PDF, 41
  KB)', 'Beschluss [PDF, 1,2 MB]', 'Avis (PDF - 97 Ko)'): names with a file type and a size in
  brackets, nothing else: page furniture (reported), no item of their own.

Only lines that hold a ':' and a separator (the row) or end in a bracket (the files) are looked at."""
from __future__ import annotations

import re
from dataclasses import replace

from .. import when
from ..lines import Line

_SEP = re.compile(r"\s+[|·•]\s+")
_KEYED = re.compile(r"^(?P<key>[^\W\d][\w.'’ -]{0,30}?)\s*:\s*(?P<value>\S.*)$")
_EMPTY = re.compile(r"^(?:[-–—]+|n/?a|none|k\.\s?a\.|keine?s?|aucune?|ninguna?|nessuna?|geen)$", re.I)
_DATE_WORDS = re.compile(r"(?i)date|datum|fecha|data|dated|decided|issued|filed|published|veröffentlicht|publié|publicado|pubblicato")
_FIELD_WORDS = 6
_FIELDS = (2, 5)
_SIZE = r"\d[\d.,]*\s*(?:[KMG]i?B|[kKMG]o|bytes?|octets)"
_FILE = (r"[^\W\d][^()\[\]]{0,60}?\s*[(\[]\s*(?:PDF|DOCX?|XLSX?|ODT|ODS|PPTX?|RTF|CSV|ZIP|TXT|EPUB|HTML?)\s*"
         r"[,;|/–—-]?\s*" + _SIZE + r"\s*[)\]]")
_FILES = re.compile(r"^(?:" + _FILE + r"\s*)+$", re.I)


def row(text: str) -> tuple[list, list[str]] | None:
    """(the row's date, as [Found] or [], its labels) when the line is a row of labelled fields; else None."""
    fields = _SEP.split(text) if ":" in text and len(text) <= 160 else []
    if not _FIELDS[0] <= len(fields) <= _FIELDS[1]:
        return None
    dated, empty, labels, keyed = [], False, [], 0
    at = 0
    for f in fields:
        start = text.index(f, at)
        at = start + len(f)
        if not f or len(f.split()) > _FIELD_WORDS or f.endswith((".", "!", "?")):
            return None
        m = _KEYED.match(f)
        if m:
            keyed += 1
            value = m["value"].strip()
            found = when.find_dates(value)
            if found and len(found) == 1 and found[0].kind != "relative" and len(value) - (found[0].end - found[0].start) <= 2:
                dated.append((m["key"], found[0], start + m.start("value")))
            empty = empty or bool(_EMPTY.match(value))
        elif not any(c.isdigit() for c in f) and f[:1].isupper():
            labels += [x.strip() for x in f.split(",") if x.strip()]
    if not keyed or not (dated or empty):
        return None
    if len(dated) > 1:
        dated = [d for d in dated if _DATE_WORDS.search(d[0])]
    return ([_moved(d[1], d[2]) for d in dated] if len(dated) == 1 else []), labels


def _moved(found, by: int):
    """The date found in a field, placed in the whole line."""
    return replace(found, start=found.start + by, end=found.end + by)


def files(text: str) -> bool:
    """The line is a document's files and nothing else ('Order (PDF, 268 KB)   Errata (PDF, 41 KB)')."""
    return text[-1:] in ")]" and bool(_FILES.match(text))


def mark(ls: list[Line]) -> None:
    """Read each row of labelled fields as its item's date and labels line, and each files line as
    furniture, in place (see the module's note)."""
    for l in ls:
        if l.kind not in ("head", "prose"):
            continue
        if files(l.text):
            l.kind = "furn"
            continue
        found = row(l.text) if "|" in l.text or "·" in l.text or "•" in l.text else None
        if found is not None:
            l.dates, l.labels, l.outlet = found[0], found[1], ""
            l.kind = "date"   # (with no date when its date field is empty: blankdates.own_blank)
