"""The ledger of what ingest wrote into a folder (`.ingested.json`): which raw files were read, which
article files came from them and the bytes ingest last wrote, so that writers' edits and deletions
are respected and re-runs change nothing.

The ledger is rewritten once per digest; between two rewrites the article writes are recorded in
a journal (`.ingested.journal`, JSON lines), a batch at a time (commit.py): the batch's writes
(on disk before any of its files is written), then, once its files are on disk under temp names,
a `ready` line (on disk before the first is renamed into place). A run killed, or stopped by a
full disk, half-way through a digest leaves articles the ledger does not list but the journal
does: the next run replays the journal. A ready batch is finished (each temp file still there is
renamed into place, unless a writer has since put other bytes there) and all its articles kept,
so an article a writer deleted after the kill stays deleted; a write not ready is checked against
the file. The re-run thus neither writes a second copy nor forgets an article.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import IngestError
from ..write.files import append_durable, write_file_atomic
from ..write.batch import drop_temp, finish_temp, sync_folders

LEDGER_NAME = ".ingested.json"
JOURNAL_NAME = ".ingested.journal"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


_ALNUM = re.compile(r"[a-z0-9]+")


def title_key(title: str) -> str:
    return " ".join(_ALNUM.findall(title.lower()))


SHORT_TEXT = 8   # opening words fewer than this are boilerplate as often as a story's (Ledger.find)


def text_key(text: str, words: int = 16) -> str:
    return " ".join(_ALNUM.findall(text.lower().replace("’", "'"))[:words])


def source_key(path: Path, folder: Path) -> str:
    """How the ledger names a digest: its path from the article folder, so that two digests of one
    name in two folders are two digests."""
    return os.path.relpath(os.path.abspath(path), os.path.abspath(folder)).replace(os.sep, "/")


@dataclass
class Ledger:
    path: Path
    # id -> {file, sha256, source, title_key, text_key, imported (YYYY-MM-DD: the capture date it was first written with)}
    articles: dict[str, dict] = field(default_factory=dict)
    sources: dict[str, dict] = field(default_factory=dict)    # source_key -> {sha256, articles: [ids]}
    base: str = ""             # digest of the ledger bytes the journal adds to
    journal_open: bool = False
    # text key / title key -> ids of the articles recorded with it, so find() is not a scan of
    # every article for each item (a 5,000-item digest made that quadratic); built by find(),
    # kept up to date by record(), the one place an article's keys change after loading
    _keys: dict[tuple[str, str], set[str]] | None = field(default=None, repr=False, compare=False)

    @property
    def journal(self) -> Path:
        return self.path.with_name(JOURNAL_NAME)

    @classmethod
    def load(cls, folder: Path, recover: bool = False) -> "Ledger":
        """The ledger with its journal replayed; `recover` (under the ingest lock) also writes the
        replayed ledger and removes the journal."""
        path = folder / LEDGER_NAME
        try:
            raw = path.read_bytes() if path.is_file() else b""
        except OSError as exc:
            raise IngestError(str(path), None, f"cannot read the ingest ledger: {exc.strerror}") from None
        articles, sources = _parse(raw, str(path)) if raw else ({}, {})
        ledger = cls(path, articles, sources, base=sha256(raw))
        if ledger._replay(folder, recover) and recover:
            ledger.save()
        return ledger

    def dumps(self) -> bytes:
        data = {"version": 1, "sources": self.sources, "articles": self.articles}
        return (json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")

    def save(self) -> None:
        """Rewrite the ledger, then drop the journal (from now on stale: its base no longer matches)."""
        data = self.dumps()
        write_file_atomic(self.path, data)
        self.base, self.journal_open = sha256(data), False
        self.journal.unlink(missing_ok=True)

    def record(self, art_id: str, rec: dict, prev: str | None) -> str:
        """Take `rec` as the article's record (it is about to be written over bytes with digest
        `prev`, or as a new file); returns the journal line that must be on disk before the file
        is written (`journal`)."""
        if self._keys is not None:
            self._unindex(art_id)
            self._index(art_id, rec)
        self.articles[art_id] = rec
        return json.dumps({"op": "write", "id": art_id, "rec": rec, "prev": prev}, sort_keys=True, ensure_ascii=False)

    def journal_lines(self, lines: list[str]) -> None:
        """Append lines to the journal, on disk when this returns."""
        if not self.journal_open:
            lines = [json.dumps({"base": self.base}), *lines]
        append_durable(self.journal, ("\n".join(lines) + "\n").encode("utf-8"))
        self.journal_open = True

    def source(self, key: str, name: str) -> dict | None:
        """The entry of a digest; an entry of an older ledger, named by the file name alone, is
        taken over by the first digest of that name."""
        if key not in self.sources and "/" not in name and name != key and name in self.sources:
            self.sources[key] = self.sources.pop(name)
            for rec in self.articles.values():
                if rec.get("source") == name:
                    rec["source"] = key
                if name in rec.get("merged", {}):
                    rec["merged"][key] = rec["merged"].pop(name)
        return self.sources.get(key)

    def find(self, art_id: str, tkey: str, xkey: str) -> str | None:
        """The id of a recorded article that is the same story, if any: the same id, else the
        first (by id) with the same opening words and the same title, else with the same opening
        words, else with the same title of 20 characters or more. Opening words of fewer than
        SHORT_TEXT words ('Developing story.', 'Read more') are no evidence alone: two stories
        share them; nor is one title among several articles of that title whose words differ
        (a live blog's 'Live updates: …' every day), when the words match another."""
        if art_id in self.articles:
            return art_id
        if self._keys is None:
            self._keys = {}
            for other, rec in self.articles.items():
                self._index(other, rec)
        texts = set(self._keys.get(("x", xkey), ())) if xkey else set()
        titles = set(self._keys.get(("t", tkey), ())) if tkey and len(tkey) >= 20 else set()
        for same in (texts & titles, texts if len((xkey or "").split()) >= SHORT_TEXT else set(), titles):
            if same:
                return min(same)
        return None

    def _index(self, art_id: str, rec: dict) -> None:
        for kind, key in (("x", rec.get("text_key")), ("t", rec.get("title_key"))):
            if key:
                self._keys.setdefault((kind, key), set()).add(art_id)

    def _unindex(self, art_id: str) -> None:
        old = self.articles.get(art_id)
        for kind, key in (("x", old.get("text_key")), ("t", old.get("title_key"))) if old else ():
            self._keys.get((kind, key), set()).discard(art_id)

    def files(self) -> set[str]:
        return {rec["file"] for rec in self.articles.values()}

    def _replay(self, folder: Path, recover: bool) -> bool:
        """Apply the journal of a run that stopped before rewriting the ledger; True if there was
        one. `recover` also finishes (or drops) the temp files of the batch it stopped in."""
        try:
            lines = self.journal.read_bytes().split(b"\n")
        except FileNotFoundError:
            return False
        except OSError as exc:
            raise IngestError(str(self.journal), None, f"cannot read the ingest journal: {exc.strerror}") from None
        entries = []
        for raw in lines:
            try:
                entries.append(json.loads(raw))
            except (ValueError, RecursionError):
                break   # the line being written when the run stopped, and nothing after it
        if not entries or not isinstance(entries[0], dict) or entries[0].get("base") != self.base:
            return True   # written before the ledger was last saved: already in it
        pending: dict[str, dict] = {}
        finished: list[Path] = []
        for e in entries[1:]:
            if not isinstance(e, dict):
                continue
            if e.get("op") == "ready" and isinstance(e.get("ids"), list):
                for art_id in e["ids"]:
                    if isinstance(art_id, str) and art_id in pending:
                        self._finish(folder, art_id, pending.pop(art_id), recover, finished)
            elif not isinstance(e.get("id"), str):
                continue
            elif e.get("op") == "write" and _valid_article(e.get("rec")):
                pending[e["id"]] = e
            elif e.get("op") == "done" and e["id"] in pending:   # a journal of an older version
                self.articles[e["id"]] = pending.pop(e["id"])["rec"]
        for art_id, e in pending.items():   # writes of a batch that was not ready
            target = folder / e["rec"]["file"]
            if recover:
                drop_temp(target)
            if _landed(target, e["rec"]["sha256"], e.get("prev")):
                self.articles[art_id] = e["rec"]
        sync_folders(finished)   # before the ledger that names them is saved
        return True

    def _finish(self, folder: Path, art_id: str, e: dict, recover: bool, finished: list[Path]) -> None:
        """An article of a ready batch: its temp file (if the run stopped before renaming it) goes
        into place unless a writer has put other bytes there since; the record is kept either way."""
        target = folder / e["rec"]["file"]
        if recover:
            try:
                current = sha256(target.read_bytes())
            except FileNotFoundError:
                current = None
            except OSError as exc:
                raise IngestError(str(target), None, f"cannot read: {exc.strerror}") from None
            if current == e.get("prev") and finish_temp(target):
                finished.append(target)
            else:
                drop_temp(target)
        self.articles[art_id] = e["rec"]


def _landed(target: Path, new: str, prev: str | None) -> bool:
    """Whether a journalled write reached the file: the file is there and is not the old bytes
    (other bytes than both are a writer's edit, which the ledger must then see as one)."""
    try:
        current = sha256(target.read_bytes())
    except OSError:
        return False   # never written (or since deleted by a writer: then the ledger keeps `prev`)
    return current == new or current != prev


def _parse(raw: bytes, shown: str) -> tuple[dict, dict]:
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise IngestError(shown, 1, f"the ingest ledger is not valid JSON ({exc}); fix or delete it") from None
    except RecursionError:   # '[[[[...' 100,000 deep was a traceback
        raise IngestError(shown, 1, "the ingest ledger is not valid JSON (nested too deep); fix or delete it") from None
    version = data.get("version", 1) if isinstance(data, dict) else 1
    if version != 1:   # read as version 1, then rewritten so, it lost what a newer ingest recorded
        raise IngestError(shown, 1, f"the ingest ledger has version {json.dumps(version)[:20]}, and this Chronicle reads "
                                    "version 1 only: run the Chronicle that wrote it, or delete the ledger")
    problem = _shape_problem(data)
    if problem:
        raise IngestError(shown, 1, f"the ingest ledger is damaged: {problem}; fix or delete it "
                                    "(deleting it makes ingest treat every digest as new)")
    return dict(data.get("articles", {})), dict(data.get("sources", {}))


def _shape_problem(data) -> str | None:
    if not isinstance(data, dict):
        return "it must be a JSON object"
    articles, sources = data.get("articles", {}), data.get("sources", {})
    if not isinstance(articles, dict) or not isinstance(sources, dict):
        return "'articles' and 'sources' must be objects"
    for art_id, rec in articles.items():
        if isinstance(rec, dict) and isinstance(rec.get("merged"), dict) and not _valid_merged(rec):
            return f"article '{art_id}': 'merged' must map digests to the date, source, url and tags they added"
        if not _valid_article(rec):
            return f"article '{art_id}' must have a 'file' inside this folder and a 'sha256'"
    for name, rec in sources.items():
        if not (isinstance(rec, dict) and isinstance(rec.get("sha256"), str)
                and isinstance(rec.get("articles", []), list)):
            return f"source '{name}' must have a 'sha256' and a list of 'articles'"
    return None


def _valid_article(rec) -> bool:
    if not isinstance(rec, dict) or not isinstance(rec.get("sha256"), str) or not isinstance(rec.get("file"), str):
        return False
    if not all(isinstance(rec.get(k, ""), str) for k in ("source", "title_key", "text_key", "imported")):
        return False
    if not isinstance(rec.get("merged", {}), dict) or not _valid_merged(rec):
        return False
    parts = rec["file"].split("/")
    # a file named by the ledger is written to: it must stay inside the folder
    return rec["file"].endswith(".md") and "\\" not in rec["file"] and all(p not in ("", ".", "..") for p in parts)


def _valid_merged(rec: dict) -> bool:
    return all(_valid_extra(e) for e in rec.get("merged", {}).values())


def _valid_extra(extra) -> bool:
    """What another digest added to an article (merge.extras_of), as merge.merge reads it: a value
    of another type was a traceback on the next run."""
    if not isinstance(extra, dict) or not all(isinstance(extra.get(k, ""), str) for k in ("date", "date_basis", "source", "url")):
        return False
    tags = extra.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        return False
    try:
        return not extra.get("date") or bool(dt.date.fromisoformat(extra["date"]))
    except ValueError:
        return False
