"""The build cache is input (issue 18): CI restores it, anyone who can write beside site/ can edit
it. Whatever .site.cache holds, a build never runs code from it, never crashes on it, and makes
the same site as a cold build; a damaged or forged state is no cache (chronicle/build/statefile.py)."""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import os
import pickle
from pathlib import Path

import jinja2.bccache
import pytest

from chronicle.build import plaindata, statefile
from chronicle.build.reuse import ArticleEntry, QuickFacts
from chronicle.build.state import (BuildState, OfflineEdits, OfflineState, Outputs, Prints, PartState, SearchState, Settings,
                                    StateFile)
from chronicle.config import Config, TopicDef
from chronicle.model import Article, Document
from conftest import FIXTURE_ARTICLE, edit_file, run_cli


class _Payload:
    """Unpickling this runs a shell command that leaves `marker`."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return os.system, (f"touch {self.marker}",)


def _build(project: Path, out: str = "site", *extra: str):
    r = run_cli("build", "--content", str(project / "content"), "--config", str(project / "config.yaml"),
                "--layouts", str(project / "layouts"), "--out", str(project / out), "--no-search", *extra)
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    return r


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _jinja_payloads(project: Path, cache: Path, payload: bytes) -> None:
    """What Jinja's bytecode cache would unpickle (its checksum) for every layout, at the names it
    would look them up under (the cache once kept compiled layouts in .site.cache/layouts/)."""
    keys = jinja2.BytecodeCache()
    for layout in (project / "layouts").rglob("*.html"):
        name = layout.relative_to(project / "layouts").as_posix()
        key = keys.get_cache_key(name, os.path.normpath(str(layout)))
        (cache / "layouts").mkdir(exist_ok=True)
        (cache / "layouts" / f"{key}.jinja").write_bytes(jinja2.bccache.bc_magic + payload)


def test_no_file_in_the_cache_runs_code(project, tmp_path):
    _build(project)
    cache = project / ".site.cache"
    marker = tmp_path / "ran"
    payload = pickle.dumps(_Payload(marker))
    assert {"state.cbor", "articles.cbor"} <= {p.name for p in cache.iterdir()}
    for p in [p for p in cache.rglob("*") if p.is_file() and "spare" not in p.parts]:
        p.write_bytes(payload)
    for name in ("state.pickle", "articles.pickle", "quick.pickle", "state.cbor", "quick.cbor"):
        (cache / name).write_bytes(payload)
    _jinja_payloads(project, cache, payload)
    edit_file(project / FIXTURE_ARTICLE, "Coalition of the willing", "Coalition of the willing, again")
    _build(project)
    _build(project)
    assert not marker.exists(), "a build ran code it read from .site.cache"
    _build(project, "cold", "--no-cache")
    assert _tree(project / "site") == _tree(project / "cold")


def _forge(path: Path, hint, edit) -> None:
    """Rewrite a cache file with `edit` applied to its parts, digest and header made valid
    again: only the decoder stands between the forged values and the build."""
    parts = statefile.load_parts(hint, path.read_bytes())
    edit(parts)
    path.write_bytes(b"".join(statefile.dump_parts(hint, len(parts), map(statefile.part, parts))))


@pytest.mark.parametrize("edit", [
    lambda parts: parts[0].__setitem__(2, {"index.html": "not a stat key"}),        # output stat keys
    lambda parts: parts[1].__setitem__(0, {"index.html": [1, "not hex"]}),          # records
    lambda parts: parts[1].__setitem__(1, {"articles/a.html": [[1, 2, 0]]}),        # the slots of the bodies
    lambda parts: parts[0].__setitem__(0, 42),                                       # settings
    lambda parts: parts[0].pop(),                                                    # a field short
    lambda parts: parts.__setitem__(3, [1, 2, "three"]),                             # site identity
], ids=["output-stats", "records", "slots", "settings", "short", "identity"])
def test_a_forged_state_is_no_cache(project, edit):
    _build(project)
    _forge(project / ".site.cache" / "state.cbor", StateFile, edit)
    edit_file(project / FIXTURE_ARTICLE, "Coalition of the willing", "Coalition of the willing, forged")
    r = _build(project, "site", "--timings")
    assert "load" in r.stdout + r.stderr    # a full build: the state was not used
    _build(project, "cold", "--no-cache")
    assert _tree(project / "site") == _tree(project / "cold")


def test_truncated_or_edited_cache_files_are_refused_unread(project):
    _build(project)
    cache = project / ".site.cache"
    whole = (cache / "articles.cbor").read_bytes()
    middle = len(whole) // 2   # (the records hold no body since bodies.cbor: a byte of a record edited)
    for damaged in (whole[:middle], whole[:middle] + bytes([whole[middle] ^ 1]) + whole[middle + 1:], b"", b"\n"):
        with pytest.raises(plaindata.StateError):
            statefile.load_parts(dict[str, ArticleEntry], damaged)


def _article(**kw) -> Article:
    values = dict(path="a.md", kind="article", slug="a", title="A \u2014 title \U0001f600", date=dt.date(2024, 2, 29),
                  date_basis="stated", source="S", url="https://example.org", tags=("x", "y"), tag_names=("X", "Y"),
                  summary="", body_html="<p>b</p>", body_text="b", imported_from="", id="1", draft=False,
                  extra={"n": 1, "f": 1.5, "l": [1, "two", None], "m": {"k": True}}, page_path="articles/a.html")
    return Article(**{**values, **kw})


def test_every_saved_type_reads_back_equal():
    article = _article()
    fields = {f.name: getattr(article, f.name) for f in dataclasses.fields(Document) if hasattr(article, f.name)}
    doc = Document(**{**fields, "tag_names": ("X",), "body": "b", "body_line": 4})
    entry = ArticleEntry((1, 2, 3, 4), "salt", doc, article.summarized(), {"other": "articles/other.html", "gone": None},
                         body="digest", at=("bodies.cbor", 9, 100, "part digest"))
    state = (BuildState("s", {"a.md": (1, 2, 3, 4)}, {"index.html": (4, 5, 6)}, 1, (7, 8, 9)),
             Outputs({"index.html": (4, b"\x00\xff")},
                     {"feed.xml": ((1, 2, 1, "articles/a.html"), (5, 9, 1, "articles/b.html"))}, SearchState({"2025-01-01-32": PartState("k", "pagefind/parts/2025-01-01-32", ("articles/a.html",), ("pagefind-entry.json",))}, ("pagefind.js",)),
                     frozenset({"b", "a"}), OfflineEdits((4, b"\x00\xff"), {"articles/a.html": "digest"})),
             Prints({"index.html": "print"}))
    config = Config(path="config.yaml", topics={"x": TopicDef("x", "X", "", ("ex",), "")}, raw={"site": {"title": "T"}})
    facts = QuickFacts(Settings("l", "c", "o"), config, {"a": "articles/a.html"}, {"ex": "x"}, {"a.md": hashlib.sha256(b"").hexdigest()[:24]},
                       {"articles/a.html": 0})
    offline = OfflineState("salt", ("articles/a.html",), ("digest",), {"articles/a.html": ("\x01topic\x01X",)}, (4, b"\x00"))
    for hint, value in ((ArticleEntry, entry), (StateFile, state), (QuickFacts, facts), (OfflineState, offline)):
        assert statefile.loads(hint, statefile.dumps(hint, value)) == value
    # page fingerprints and the quick path digest repr(article): a cached article must print the same
    assert repr(statefile.loads(ArticleEntry, statefile.dumps(ArticleEntry, entry)).article) == repr(article.summarized())


def test_a_value_of_another_type_is_refused():
    good = statefile.parse(statefile.part(plaindata.encode(Article, _article()))[8:])   # as read from a file
    read = plaindata.decoder(Article)
    assert read(good) == _article()
    # fields in order: path, kind, slug, title, date, ..., tags (8), ..., draft (13), extra (14), page_path (15)
    for i, wrong in ((4, "2024-13-01"), (8, ["x", 1]), (13, "false"), (15, 7), (0, None), (17, 1)):
        bad = list(good)
        bad[i] = wrong
        with pytest.raises(plaindata.StateError):
            read(bad)


def test_what_else_cbor_can_carry_is_refused():
    """cbor2 makes sets, datetimes, big decimals and unknown tags from tagged CBOR; none of them is
    a value the state declares, so a file holding one is no cache."""
    import decimal

    import cbor2
    good = statefile.parse(statefile.part(plaindata.encode(Article, _article()))[8:])
    read = plaindata.decoder(Article)
    for i, wrong in ((14, {"k": {1, 2}}), (14, {"k": dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)}), (14, {"k": decimal.Decimal("1e999")}),
                     (3, cbor2.CBORTag(4242, "title")), (8, {"x", "y"}), (14, {1: "not a string key"})):
        bad = list(good)
        bad[i] = wrong
        with pytest.raises(plaindata.StateError):
            read(statefile.parse(cbor2.dumps(bad)))   # through the bytes, as a file gives them
