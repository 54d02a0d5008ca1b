"""Ingest a batch of raw digests into a folder of articles, respecting writers' edits."""
from __future__ import annotations

import datetime as dt
import gc
import hashlib
import os
import re
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..source import frontmatter
from ..config import Config
from ..configcheck import rule_patterns
from ..errors import ChronicleError, ErrorList, IngestError, shown
from ..write.files import exclusive_lock
from ..source.slugs import page_slug
from ..source.scan import find_markdown_files
from . import clean, formats, frontblock, gallerycounters, gluedcells, logolines, mime, pagecontext, vocab
from .commit import GroupCommit
from .compose import Draft, unique_stem
from .detect import LAYOUTS, READERS, detect
from .drafting import make_drafts
from .enrich import enrich
from .lang import language
from .ledger import Ledger, sha256, source_key
from .merge import extras_of, merge, read_article
from .model import CAPTIONS, FURNITURE, Context, Parsed
from .neardup import NearDuplicates
from .readers import generic, records, tagpage, warday
from .readers.pagelines import classified_early
from .reading import capture_of, read_raw
from .renamed import Renamed
from .tagging import Tagger


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
            out.append(f"{shown(f.path)}: layout {f.layout} ({how}); {total} article(s): {len(f.written)} written, "
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
    promos = clean.promo_patterns() + rule_patterns(rules, "promo_patterns", config.path)
    furniture = [*(re.compile(p, re.I) for p in FURNITURE), *rule_patterns(rules, "furniture_lines", config.path)]
    captions = [*(re.compile(p, re.I) for p in CAPTIONS), *rule_patterns(rules, "caption_credits", config.path)]
    return Context(captured, config.war_day_epoch, tuple(promos), tuple(furniture), tuple(captions))


def parse(text: str, ctx: Context, layout: str | None = None, defer: bool = False,
          meanwhile: Callable[[list[str]], object] | None = None) -> Parsed:
    """`defer`: the evidence reader's items are left for the composing workers to read
    (Parsed.read_item), else they are read here. `meanwhile(lines)`: work for this process while a
    long page's lines are classified on the other cores (ingest makes the tagger's tables, those
    of the language the evidence reader will find too: items.Page.of)."""
    lines = frontblock.blanked(logolines.named(gallerycounters.blanked(gluedcells.unglued(clean.unlinked(clean.unquoted(text.split("\n")))))))   # one line for one line: numbers stay the file's
    early = layout in (None, "generic") and _reads_lines(lines)
    with classified_early(lines) if early else nullcontext():
        if meanwhile:
            meanwhile(lines)
        asked = (generic.others(lines, ctx),) if early else None   # (the raw lines' readers, not waiting either)
        chosen = layout or detect(lines)
        parsed = generic.read_any(lines, ctx, asked) if chosen == "generic" else READERS[chosen](lines, ctx)
        parsed.layout = chosen
        if not defer or chosen != "generic":   # (enrich reads the stories)
            parsed.read_all()
    return parsed if chosen == "generic" else enrich(parsed, lines)


def _reads_lines(lines: list[str]) -> bool:
    """Whether reading the page will most likely classify its lines (the evidence reader, the checks
    for a list): not a war-day page, a tag page or a table, which read their rows. Cheap (14 ms of
    the 1 MB digest): these are detection's first questions, and a page found to hold no table is
    remembered for detection and reading (records.rows_of)."""
    return not (warday.looks_like(lines) or tagpage.looks_like(lines)) and records.rows_of(lines) is None


# The tagger of the last config ingested with, kept with that (frozen) config object: a program
# that ingests many times with one config (the tests) made the same tables, 0.06 s, each time.
_LAST_TAGGER: list[tuple[Config, Tagger]] = []


def tagger_for(config: Config) -> Tagger:
    """The tagger of the built-in vocabulary merged with the config's topics and ingest rules."""
    if _LAST_TAGGER and _LAST_TAGGER[0][0] is config:
        return _LAST_TAGGER[0][1]
    rules = dict(config.raw.get("ingest_rules") or {})
    topics = vocab.merged(config.topics)
    tagger = Tagger.from_topics(topics, config.max_tags,
                                frozenset(rules.get("label_only_topics") or ()), tuple(rules.get("mask_phrases") or ()),
                                int(rules.get("max_auto_tags") or 6), vocab.broader_of(topics), only_in=vocab.only_in(),
                                fixed_forms=vocab.fixed_forms(), units=vocab.units())
    _LAST_TAGGER[:] = [(config, tagger)]
    return tagger


def ingest_files(paths: list[Path], into: Path, config: Config, captured: dt.date | None = None,
                 layout: str | None = None, on_wait: Callable[[str], None] | None = None,
                 today: dt.date | None = None) -> IngestReport:
    """`today`: the day a digest without a capture date was imported on (default: the local date)."""
    if layout is not None and layout not in LAYOUTS:
        raise IngestError("--layout", None, f"unknown layout '{layout}' (known: {', '.join(LAYOUTS)})")
    ctx = make_context(config, captured)
    files, errors = [], []
    _make_folder(into)
    with exclusive_lock(into, "ingest", on_wait=on_wait), _no_cycle_collection():
        ledger = Ledger.load(into, recover=True)
        commit = GroupCommit(ledger)
        taken = _taken_slugs(into)
        for path in paths:
            try:
                text = read_raw(path)
            except IngestError as exc:
                errors.append(exc)
                continue
            text = mime.unwrapped(text) or text   # a newsletter saved as an e-mail file: its decoded text
            text, file_ctx = capture_of(path, text, ctx)
            try:
                parsed = formats.structured(text, file_ctx) if layout is None else None
            except formats.Unreadable as exc:
                errors.append(IngestError(str(path), exc.line, exc.message))
                continue
            if parsed is None:   # pasted HTML is read as the text of its blocks
                parsed = parse((formats.html_to_text(text) if layout is None else None) or text, file_ctx, layout,
                               defer=True, meanwhile=lambda ls: tagger_for(config).prepare(language("\n".join(ls))))
            if not parsed.to_read():
                errors.append(IngestError(str(path), 1, f"no articles found (read as layout {parsed.layout}); "
                                          f"try --layout with one of {', '.join(LAYOUTS)}"))
                continue
            pagecontext.read(parsed, text, tagger_for(config))   # its places and theme
            imported = file_ctx.captured or today or dt.date.today()
            empty: list[str] = []
            drafts = make_drafts(path, parsed, file_ctx, tagger_for(config), imported, errors, empty)   # as they come
            key = source_key(path, into)
            ledger.source(key, path.name)
            report, ids = _write_all(path, key, parsed, drafts, into, commit, taken, layout is not None, config.max_tags)
            ledger.sources[key] = {"sha256": sha256(text.encode("utf-8")), "articles": ids}
            files.append(replace(report, skipped=report.skipped + tuple(empty)))
            commit.flush()
            ledger.save()
    return IngestReport(tuple(files), tuple(errors))


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused while digests are ingested: ingest makes almost no
    reference cycles (33 objects left for the collector after the 1 MB digest), but a page's
    lines and items (tens of thousands of objects) are long-lived, and each full collection walked
    them all, finding nothing: 0.1 s of this process's CPU of 1.1 s, some of it while the other
    core waited. Resumed on leaving, so a long-running caller (the preview) collects as before."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _taken_slugs(into: Path) -> set[str]:
    # every name the build reads as an article ('Notes.MD' too), so a new article never shares a page
    # name; found as the build finds them (rglob recursed: folders 1,500 deep were a RecursionError)
    return {page_slug(p.stem) for p, _ in find_markdown_files(into)}


def _make_folder(into: Path) -> None:
    whole = into.absolute()   # (ingest looks through the folder for its articles: not the whole disk)
    if whole == Path(whole.anchor) or "HOME" in os.environ and whole == Path.home().absolute():
        raise IngestError(str(into), None, "refusing to import into the root or home folder; choose a folder of its own for --into")
    try:
        into.mkdir(parents=True, exist_ok=True)
    except FileExistsError:   # (a link to nowhere, or in a loop, is no file: it said 'names a file')
        what = "a symbolic link that leads to no folder" if into.is_symlink() else "a file, not a folder"
        raise IngestError(str(into), None, f"--into names {what}") from None
    except OSError as exc:
        raise IngestError(str(into), None, f"cannot create the folder: {exc.strerror}") from None


def _write_all(path: Path, key: str, parsed: Parsed, drafts: Iterable[tuple[Draft, bytes, str]], into: Path,
               commit: GroupCommit, taken: set[str], forced: bool, max_tags: int) -> tuple[FileReport, list[str]]:
    """Write each draft as an article (or fold it into the article of the same story), the
    writes journalled in the ledger before they are made (commit.py)."""
    written, unchanged, skipped, notes = [], [], [], list(parsed.notes)
    ids: list[str] = []
    # id -> body, for the articles of this digest: its keys are `ids`, asked of it (`in` the list
    # was a scan of it per item, quadratic: 0.1-0.2 s of the writing process on a 4,700-item digest)
    bodies: dict[str, str] = {}
    ledger = commit.ledger
    near = NearDuplicates(ledger, into, key, commit.settle)
    renamed = Renamed(into)
    for d, data, stem in drafts:
        label = f"line {d.line} '{d.title[:60]}'"
        if d.notes:
            notes.append(f"{label}: {'; '.join(d.notes)}")
        known = ledger.find(d.id, d.title_key, d.text_key)
        if known in bodies and bodies.get(known) != d.body:
            # same opening words or title as an item of this digest, but another text: not a duplicate
            d = _with_id(d, hashlib.sha256(f"{d.id}\n{d.body}".encode()).hexdigest()[:16])
            data = d.render()   # the id is in the front matter
            known = d.id if d.id in ledger.articles else None
        known = known or near.find(d)
        rec = ledger.articles.get(known) if known else None
        if rec and (rec.get("source") != key or known in bodies):
            skipped.append(f"{label}: same story as {rec['file']} (from {rec.get('source')})"
                           + _merge_into(into, commit, known, key, d, max_tags))
            continue
        if rec:
            ids.append(known)
            bodies[known] = d.body
            target = into / rec["file"]
            commit.settle(target)
            if not target.exists():   # deleted, or renamed (then the ledger follows the new name)
                skipped.append(renamed.note(ledger.articles, known))
                continue
            if sha256(target.read_bytes()) != rec["sha256"]:
                skipped.append(f"{rec['file']}: edited by a writer; kept as it is")
                continue
            merged = [rec["merged"][k] for k in sorted(rec.get("merged", {}))]
            fields = dict(_with_id(d, known).fields, imported=_import_date(rec))
            data = frontmatter.dump(merge(fields, merged, max_tags), d.body).encode("utf-8")
            new = dict(rec, sha256=sha256(data), title_key=d.title_key, text_key=d.text_key)
            (written if commit.write(known, new, rec, target, data) else unchanged).append(rec["file"])
            continue
        name = unique_stem(stem, taken) + ".md"
        commit.write(d.id, {"file": name, "sha256": sha256(data), "source": key, "title_key": d.title_key,
                            "text_key": d.text_key, "imported": d.fields["imported"].isoformat()}, None, into / name, data)
        written.append(name)
        ids.append(d.id)
        bodies[d.id] = d.body
    return FileReport(str(path), parsed.layout, forced, tuple(written), tuple(unchanged), tuple(skipped),
                      tuple(notes)), ids


def _merge_into(into: Path, commit: GroupCommit, art_id: str, source: str, d: Draft, max_tags: int) -> str:
    """Fill the first article with what this digest adds, unless a writer has edited or deleted it."""
    rec = commit.ledger.articles[art_id]
    rec.setdefault("merged", {})[source] = extras_of(d.fields)
    target = into / rec["file"]
    commit.settle(target)
    if not target.exists() or sha256(target.read_bytes()) != rec["sha256"]:
        return ""
    current = read_article(target)
    if current is None:
        return ""
    fields, body = current
    merged = merge(fields, [rec["merged"][source]], max_tags)
    if merged == fields:
        return ""
    data = frontmatter.dump(merged, body).encode("utf-8")
    commit.write(art_id, dict(rec, sha256=sha256(data)), rec, target, data)
    added = [k for k in ("date", "source", "url") if merged.get(k) and not fields.get(k)]
    if merged["tags"] != fields["tags"]:
        added.append("tags")
    return f"; added {', '.join(added)} from this digest"


def _import_date(rec: dict) -> dt.date | None:
    """The import date the ledger recorded with an article: written once, when the article was
    first written, and kept by every later run (an article recorded before ingest recorded
    dates keeps none: the feeds fall back on its digest's dates)."""
    try:
        return dt.date.fromisoformat(rec.get("imported") or "")
    except ValueError:
        return None


def _with_id(d: Draft, art_id: str) -> Draft:
    return d if art_id == d.id else Draft(art_id, d.line, d.title, dict(d.fields, id=art_id), d.body, d.notes, d.text_key, d.title_key)
