"""Reading one digest file: its bytes (regular files only, within the size limit), its text
(UTF-8 or UTF-16, stray control characters dropped) and its capture date; and which digests of a
folder are still to be read (pending_sources)."""
from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import replace
from pathlib import Path

from ..errors import ContentError, ErrorList, IngestError, IngestWarning
from ..source.frontmatter import normalise_text
from ..source.readfile import MAX_TEXT_BYTES, read_regular, utf8_name
from . import when
from .ledger import Ledger, sha256, source_key
from .model import Context

MAX_BYTES = MAX_TEXT_BYTES   # a digest; each article written is held to the same limit, which the build applies
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\n\r\t\f\v")


def read_raw(path: Path) -> str:
    """Raw file -> text, or an IngestError saying in one line why it cannot be read."""
    shown = str(path)
    if not utf8_name(shown):   # its name goes into every article's imported_from and the ledger: a traceback
        raise IngestError(os.fsencode(path).decode("utf-8", "backslashreplace"), None,
                          "the file name is not UTF-8 text (a byte of another encoding); rename it")
    raw = read_regular(path, shown, IngestError, limit=MAX_BYTES, advice="too large to be a digest: split it")
    # UTF-16 or UTF-32 with a byte-order mark (Windows editors); UTF-32's mark starts like UTF-16's
    wide = "utf-32" if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")) else \
        "utf-16" if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else None
    if wide:
        try:
            raw = raw.decode(wide).encode("utf-8")
        except UnicodeDecodeError:
            raise IngestError(shown, 1, f"starts like {wide.upper()} text but cannot be decoded; save it as UTF-8") from None
    try:
        # stray control characters in pasted text are noise: dropped, unless there are so many
        # that the file is not text at all
        text = normalise_text(raw, shown, strip_controls=True)
    except ContentError as exc:
        raise IngestError(exc.path, exc.line, exc.message.replace("the file", "the digest")) from None
    bad = len(raw) - len(raw.translate(None, _CONTROL_BYTES))   # (counted in C: a digest is up to 5 MB)
    if bad > max(3, len(text) // 1000):
        raise IngestError(shown, 1, f"looks binary ({bad} control characters); a digest must be plain text")
    if not text.strip():
        raise IngestError(shown, 1, "is empty: no articles to import")
    return text


_CAPTURED_LINE = re.compile(r"^\s*captured\s*:\s*(\d{4}-\d{2}-\d{2})\s*$", re.I)


def capture_of(path: Path, text: str, ctx: Context) -> tuple[str, Context]:
    """The capture date of one digest: --captured, else a date in its file name, else a
    'captured: YYYY-MM-DD' line at its top (blanked, so it is not read as an article line)."""
    lines = text.split("\n", 3)   # the first three lines, and the rest whole (a digest is up to 5 MB)
    for i, line in enumerate(lines[:3]):
        m = _CAPTURED_LINE.match(line)
        if m:
            lines[i] = ""
            text = "\n".join(lines)
            try:
                found = dt.date.fromisoformat(m[1])
            except ValueError:
                found = None
            if ctx.captured is None and found:
                return text, replace(ctx, captured=found)
            return text, ctx
    if ctx.captured is None:
        found = when.capture_from_name(path.name)
        if found:
            return text, replace(ctx, captured=found)
    return text, ctx


# What `make site` imports from content/sources/: every kind of file ingest reads (text, a CSV
# or a table, a JSON or RSS/Atom feed, Markdown notes, a saved page), in any case ('2025-03-02.TXT'
# saved by Windows was never imported, and nothing said so; nor was a CSV export or a feed).
DIGEST_ENDINGS = (".txt", ".text", ".csv", ".tsv", ".json", ".jsonl", ".ndjson", ".xml", ".rss", ".atom", ".md",
                  ".markdown", ".html", ".htm", ".eml")   # .eml: a newsletter saved as an e-mail (mime.py)


def pending_sources(sources_dir: Path, into: Path) -> list[Path]:
    """Raw digests in sources_dir that the ledger in `into` has not seen (or has seen with other bytes)."""
    found = [p for p in _listed(sources_dir) if p.name.lower().endswith(DIGEST_ENDINGS)]
    # a link in the folder to a file elsewhere (/etc/passwd, a key) was imported and published by
    # `make site`; the articles' links are refused alike (source/scan.OUTSIDE)
    root = sources_dir.resolve()
    outside = [p for p in found if p.is_symlink() and not _leads_into(p, root)]
    if outside:
        raise ErrorList([IngestError(str(p), None, "is a link to a file outside the sources folder; refusing to read "
                                                   "it (ingest that file by its own name if it is a digest)") for p in outside])
    ledger = Ledger.load(into) if into.is_dir() else Ledger(into / ".ingested.json")
    out = []
    for p in found:
        rec = ledger.source(source_key(p, into), p.name)
        if rec is None:
            out.append(p)
            continue
        try:
            text = read_raw(p)   # as ingest reads it: stray control characters dropped, UTF-16 decoded
        except IngestError:
            out.append(p)   # let ingest report the problem
            continue
        if rec.get("sha256") != sha256(text.encode("utf-8")):
            out.append(p)
    return out


def unread_sources(sources_dir: Path) -> list[IngestWarning]:
    """A warning for each entry of sources_dir that pending_sources does not take (a PDF, a
    document, a folder of digests): each was left there without a word, taken for imported."""
    said = f"`make site` imports the digests saved as text ({', '.join(DIGEST_ENDINGS)}) directly in this folder"
    return [IngestWarning(str(p), None, f"not imported: a folder; {said}" if p.is_dir() else
                          f"not imported: {said}; save it as one, or move it out of the folder")
            for p in _listed(sources_dir) if not p.name.lower().endswith(DIGEST_ENDINGS)]


def _listed(sources_dir: Path) -> list[Path]:
    """The entries of the sources folder, in order, but hidden ones ('.DS_Store')."""
    if not sources_dir.is_dir():
        return []
    try:
        return sorted(p for p in sources_dir.iterdir() if not p.name.startswith("."))
    except OSError as exc:
        raise IngestError(str(sources_dir), None, f"cannot read the folder: {exc.strerror}") from None


def _leads_into(link: Path, root: Path) -> bool:
    try:
        return link.resolve().is_relative_to(root)
    except (OSError, RuntimeError):   # a loop leads nowhere: reading it says so
        return True
