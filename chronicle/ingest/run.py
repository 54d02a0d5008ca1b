"""Ingest a batch of raw digests into a folder of articles, respecting writers' edits."""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

from .. import frontmatter
from ..config import Config
from ..errors import ChronicleError, ContentError, IngestError
from ..frontmatter import normalise_text
from ..output import exclusive_lock, write_file_atomic
from ..slugs import file_slug
from . import clean, formats, vocab, when
from .compose import Draft, compose, unique_stem
from .detect import LAYOUTS, READERS, detect
from .enrich import enrich
from .ledger import Ledger, sha256
from .merge import extras_of, merge, read_article
from .model import CAPTIONS, FURNITURE, Context, Parsed
from .tagging import Tagger

MAX_BYTES = 5_000_000


@dataclass(frozen=True)
class FileReport:
    path: str
    layout: str
    forced: bool
    written: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()        # "file: reason"
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class IngestReport:
    files: tuple[FileReport, ...] = ()
    errors: tuple[ChronicleError, ...] = ()

    def lines(self) -> list[str]:
        out = []
        for f in self.files:
            total = len(f.written) + len(f.unchanged) + len(f.skipped)
            how = "forced" if f.forced else "recognised"
            out.append(f"{f.path}: layout {f.layout} ({how}); {total} article(s): {len(f.written)} written, "
                       f"{len(f.unchanged)} unchanged, {len(f.skipped)} skipped")
            out += [f"  written {w}" for w in f.written]
            out += [f"  skipped {s}" for s in f.skipped]
            out += [f"  {n}" for n in f.notes]
        return out

    @property
    def written(self) -> int:
        return sum(len(f.written) for f in self.files)


def make_context(config: Config, captured: dt.date | None) -> Context:
    rules = dict(config.raw.get("ingest_rules") or {})
    promos = clean.promo_patterns(rules.get("promo_patterns") or ())
    furniture = [re.compile(p, re.I) for p in (*FURNITURE, *(rules.get("furniture_lines") or ()))]
    captions = [re.compile(p, re.I) for p in (*CAPTIONS, *(rules.get("caption_credits") or ()))]
    return Context(captured, config.war_day_epoch, tuple(promos), tuple(furniture), tuple(captions))


def read_raw(path: Path) -> str:
    """Raw file -> text, or an IngestError saying in one line why it cannot be read."""
    shown = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise IngestError(shown, None, f"too large to be a digest ({size:,} bytes; the limit is {MAX_BYTES:,})")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise IngestError(shown, None, "no such file") from None
    except IsADirectoryError:
        raise IngestError(shown, None, "is a folder, not a text file") from None
    except OSError as exc:
        raise IngestError(shown, None, f"cannot read: {exc.strerror}") from None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):   # UTF-16 with a byte-order mark (Windows editors)
        try:
            raw = raw.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            raise IngestError(shown, 1, "starts like UTF-16 text but cannot be decoded; save it as UTF-8") from None
    try:
        # stray control characters in pasted text are noise: dropped, unless there are so many
        # that the file is not text at all
        text = normalise_text(raw, shown, strip_controls=True)
    except ContentError as exc:
        raise IngestError(exc.path, exc.line, exc.message.replace("the file", "the digest")) from None
    bad = sum(1 for b in raw if b < 32 and b not in b"\n\r\t\f\v")
    if bad > max(3, len(text) // 1000):
        raise IngestError(shown, 1, f"looks binary ({bad} control characters); a digest must be plain text")
    if not text.strip():
        raise IngestError(shown, 1, "is empty: no articles to import")
    return text


_CAPTURED_LINE = re.compile(r"^\s*captured\s*:\s*(\d{4}-\d{2}-\d{2})\s*$", re.I)


def capture_of(path: Path, text: str, ctx: Context) -> tuple[str, Context]:
    """The capture date of one digest: --captured, else a date in its file name, else a
    'captured: YYYY-MM-DD' line at its top (blanked, so it is not read as an article line)."""
    lines = text.split("\n")
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


def parse(text: str, ctx: Context, layout: str | None = None) -> Parsed:
    lines = text.split("\n")
    chosen = layout or detect(lines)
    parsed = READERS[chosen](lines, ctx)
    parsed.layout = chosen
    return parsed if chosen == "generic" else enrich(parsed, lines)


def ingest_files(paths: list[Path], into: Path, config: Config, captured: dt.date | None = None,
                 layout: str | None = None, on_wait: Callable[[str], None] | None = None) -> IngestReport:
    if layout is not None and layout not in LAYOUTS:
        raise IngestError("--layout", None, f"unknown layout '{layout}' (known: {', '.join(LAYOUTS)})")
    ctx = make_context(config, captured)
    rules = dict(config.raw.get("ingest_rules") or {})
    tagger = Tagger.from_topics(vocab.merged(config.topics), config.max_tags,
                                frozenset(rules.get("label_only_topics") or ()), tuple(rules.get("mask_phrases") or ()),
                                int(rules.get("max_auto_tags") or 6))
    files, errors = [], []
    into.mkdir(parents=True, exist_ok=True)
    with exclusive_lock(into, "ingest", on_wait=on_wait):
        ledger = Ledger.load(into)
        taken = _taken_slugs(into)
        for path in paths:
            try:
                text = read_raw(path)
            except IngestError as exc:
                errors.append(exc)
                continue
            text, file_ctx = capture_of(path, text, ctx)
            parsed = formats.structured(text, file_ctx) if layout is None else None
            if parsed is None:   # pasted HTML is read as the text of its blocks
                parsed = parse((formats.html_to_text(text) if layout is None else None) or text, file_ctx, layout)
            if not parsed.stories:
                errors.append(IngestError(str(path), 1, f"no articles found (read as layout {parsed.layout}); "
                                          f"try --layout with one of {', '.join(LAYOUTS)}"))
                continue
            drafts, empty = [], []
            for story in parsed.stories:
                draft = compose(story, parsed, path.name, file_ctx, tagger)
                if draft:
                    drafts.append(draft)
                else:
                    empty.append(f"line {story.line}: no words to make an article from")
            report = _write_all(path, text, parsed, drafts, into, ledger, taken, layout is not None, config.max_tags)
            files.append(replace(report, skipped=report.skipped + tuple(empty)))
            write_file_atomic(ledger.path, ledger.dumps())
    return IngestReport(tuple(files), tuple(errors))


def _taken_slugs(into: Path) -> set[str]:
    return {file_slug(re.sub(r"^\d{4}-\d{2}-\d{2}-", "", p.stem)) for p in into.rglob("*.md")}


def _write_all(path: Path, text: str, parsed: Parsed, drafts: list[Draft], into: Path, ledger: Ledger,
               taken: set[str], forced: bool, max_tags: int) -> FileReport:
    written, unchanged, skipped, notes = [], [], [], list(parsed.notes)
    ids = []
    bodies: dict[str, str] = {}   # id -> body, for the articles of this digest
    for d in drafts:
        label = f"line {d.line} '{d.title[:60]}'"
        if d.notes:
            notes.append(f"{label}: {'; '.join(d.notes)}")
        known = ledger.find(d.id, d.title_key, d.text_key)
        if known in ids and bodies.get(known) != d.body:
            # same opening words or title as an item of this digest, but another text: not a duplicate
            d = _with_id(d, hashlib.sha256(f"{d.id}\n{d.body}".encode()).hexdigest()[:16])
            known = d.id if d.id in ledger.articles else None
        rec = ledger.articles.get(known) if known else None
        if rec and (rec.get("source") != path.name or known in ids):
            skipped.append(f"{label}: same story as {rec['file']} (from {rec.get('source')})"
                           + _merge_into(into, rec, path.name, d, max_tags))
            continue
        if rec:
            ids.append(known)
            bodies[known] = d.body
            target = into / rec["file"]
            if not target.exists():
                skipped.append(f"{rec['file']}: deleted by a writer; not re-created")
                continue
            if sha256(target.read_bytes()) != rec["sha256"]:
                skipped.append(f"{rec['file']}: edited by a writer; kept as it is")
                continue
            merged = [rec["merged"][k] for k in sorted(rec.get("merged", {}))]
            data = frontmatter.dump(merge(_with_id(d, known).fields, merged, max_tags), d.body).encode("utf-8")
            (written if write_file_atomic(target, data) else unchanged).append(rec["file"])
            rec.update(sha256=sha256(data), title_key=d.title_key, text_key=d.text_key)
            continue
        stem = unique_stem(d.file_stem(), taken)
        name = stem + ".md"
        data = d.render()
        write_file_atomic(into / name, data)
        written.append(name)
        ledger.articles[d.id] = {"file": name, "sha256": sha256(data), "source": path.name,
                                 "title_key": d.title_key, "text_key": d.text_key}
        ids.append(d.id)
        bodies[d.id] = d.body
    ledger.sources[path.name] = {"sha256": sha256(text.encode("utf-8")), "articles": ids}
    return FileReport(str(path), parsed.layout, forced, tuple(written), tuple(unchanged), tuple(skipped),
                      tuple(notes))


def _merge_into(into: Path, rec: dict, source: str, d: Draft, max_tags: int) -> str:
    """Fill the first article with what this digest adds, unless a writer has edited or deleted it."""
    extras = extras_of(d.fields)
    rec.setdefault("merged", {})[source] = extras
    target = into / rec["file"]
    if not target.exists() or sha256(target.read_bytes()) != rec["sha256"]:
        return ""
    current = read_article(target)
    if current is None:
        return ""
    fields, body = current
    merged = merge(fields, [extras], max_tags)
    if merged == fields:
        return ""
    data = frontmatter.dump(merged, body).encode("utf-8")
    write_file_atomic(target, data)
    rec["sha256"] = sha256(data)
    added = [k for k in ("date", "source", "url") if merged.get(k) and not fields.get(k)]
    if merged["tags"] != fields["tags"]:
        added.append("tags")
    return f"; added {', '.join(added)} from this digest"


def _with_id(d: Draft, art_id: str) -> Draft:
    if art_id == d.id:
        return d
    fields = dict(d.fields, id=art_id)
    return Draft(art_id, d.line, d.title, fields, d.body, d.notes, d.text_key, d.title_key)


def pending_sources(sources_dir: Path, into: Path) -> list[Path]:
    """Raw .txt digests in sources_dir that the ledger in `into` has not seen (or has seen with other bytes)."""
    if not sources_dir.is_dir():
        return []
    ledger = Ledger.load(into) if into.is_dir() else Ledger(into / ".ingested.json")
    out = []
    for p in sorted(sources_dir.glob("*.txt")):
        rec = ledger.sources.get(p.name)
        if rec is None:
            out.append(p)
            continue
        try:
            text = normalise_text(p.read_bytes(), str(p))
        except (OSError, ContentError):
            out.append(p)   # let ingest report the problem
            continue
        if rec.get("sha256") != sha256(text.encode("utf-8")):
            out.append(p)
    return out
