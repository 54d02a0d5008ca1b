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

import cbor2

from chronicle.build import plaindata, statefile
from chronicle.build.shards import SHARDS, shard_of
from chronicle.build.reuse import ArticleEntry, QuickFacts
from chronicle.build.state import (BuildState, OfflineEdits, OfflineState, Outputs, Prints, PartState, RecordSums, SearchState,
                                    Settings, StateFile, StateIndex)
from chronicle.model import SiteSize
from chronicle.config import Config, TopicDef
from chronicle.model import Article, Document
from conftest import FIXTURE_ARTICLE, FIXTURE_ARTICLE_PAGE, edit_file, run_cli


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


def _forge_piece(cache: Path, name: str, key: str, value, piece: int | None = None) -> None:
    """Set `key` to `value` in the piece of the state's map `name` (build/shards.py) that holds
    it (or in piece `piece`), stored under its new name, and the index made to name it."""
    def edit(parts):
        names = parts[0][2][name]
        i = shard_of(key) if piece is None else piece
        items = cbor2.loads((cache / "state" / names[i]).read_bytes())
        items[key] = value
        data = cbor2.dumps(items)
        names[i] = hashlib.sha256(data).hexdigest()
        (cache / "state" / names[i]).write_bytes(data)
    _forge(cache / "state.cbor", StateFile, edit)


def _alien(key: str) -> str:
    """A key that belongs in another piece than `key`'s."""
    return next(k for k in (f"x{n}.html" for n in range(SHARDS)) if shard_of(k) != shard_of(key))


# the pieces a body edit of FIXTURE_ARTICLE reads (its page's), then the index itself
@pytest.mark.parametrize("edit", [
    lambda cache: _forge_piece(cache, "output_stats", FIXTURE_ARTICLE_PAGE, "not a stat key"),
    lambda cache: _forge_piece(cache, "records", FIXTURE_ARTICLE_PAGE, [1, "not hex"]),
    lambda cache: _forge_piece(cache, "slots", FIXTURE_ARTICLE_PAGE, [[1, 2, 0]]),
    lambda cache: _forge_piece(cache, "records", _alien(FIXTURE_ARTICLE_PAGE), [1, b"\0" * 32], shard_of(FIXTURE_ARTICLE_PAGE)),
    lambda cache: _forge(cache / "state.cbor", StateFile, lambda parts: parts[0][0].__setitem__(0, 42)),   # settings
    lambda cache: _forge(cache / "state.cbor", StateFile, lambda parts: parts[0][0].pop()),                # a field short
    lambda cache: _forge(cache / "state.cbor", StateFile, lambda parts: parts.__setitem__(1, [1, 2, "three"])),   # site identity
    lambda cache: (cache / "state" / _piece_name(cache, "records", FIXTURE_ARTICLE_PAGE)).write_bytes(b"\xa0"),   # edited, not renamed
    lambda cache: (cache / "state" / _piece_name(cache, "slots", FIXTURE_ARTICLE_PAGE)).unlink(),            # gone
], ids=["output-stats", "records", "slots", "key-in-another-piece", "settings", "short", "identity", "piece-edited",
        "piece-gone"])
def test_a_forged_state_is_no_cache(project, edit):
    _build(project)
    edit(project / ".site.cache")
    edit_file(project / FIXTURE_ARTICLE, "Coalition of the willing", "Coalition of the willing, forged")
    r = _build(project, "site", "--timings")
    assert "load" in r.stdout + r.stderr    # a full build: the state was not used
    _build(project, "cold", "--no-cache")
    assert _tree(project / "site") == _tree(project / "cold")


def _piece_name(cache: Path, name: str, key: str) -> str:
    return statefile.load_parts(StateFile, (cache / "state.cbor").read_bytes())[0][2][name][shard_of(key)]


def test_a_forged_piece_a_quick_build_does_not_read_is_refused_by_the_next_full_build(project):
    """A quick build reads and checks the pieces of what it changes (others cannot change what it
    makes) and names the others again; the next full build reads every piece and refuses them all."""
    _build(project)
    cache = project / ".site.cache"
    away = next(k for k in ("about.html", "topics/index.html", "404.html", "robots.txt") if shard_of(k) != shard_of(FIXTURE_ARTICLE_PAGE))
    _forge_piece(cache, "records", away, [1, "not hex"])
    edit_file(project / FIXTURE_ARTICLE, "Coalition of the willing", "Coalition of the willing, once")
    assert "load" not in _build(project, "site", "--timings").stdout   # quick
    edit_file(project / FIXTURE_ARTICLE, "title:", "title: Retitled")
    r = _build(project, "site", "--timings")
    assert "load" in r.stdout and "Traceback" not in r.stderr
    _build(project, "cold", "--no-cache")
    assert _tree(project / "site") == _tree(project / "cold")
    names = statefile.load_parts(StateFile, (cache / "state.cbor").read_bytes())[0][2]["records"]
    assert sorted(p.name for p in (cache / "state").iterdir()) == sorted(set(names) | set(
        n for m in statefile.load_parts(StateFile, (cache / "state.cbor").read_bytes())[0][2].values() for n in m))


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
    state = StateIndex(BuildState("s", {"a.md": (1, 2, 3, 4)}, {"index.html": (4, 5, 6)}, 1, (7, 8, 9)),
                       Outputs({"index.html": (4, b"\x00\xff")},
                               {"feed.xml": ((1, 2, 1, "articles/a.html"), (5, 9, 1, "articles/b.html"))}, SearchState({"2025-01-01-32": PartState("k", "pagefind/parts/2025-01-01-32", ("articles/a.html",), ("pagefind-entry.json",))}, ("pagefind.js",)),
                               frozenset({"b", "a"}), OfflineEdits((4, b"\x00\xff"), {"articles/a.html": "digest"})),
                       {"records": ("a" * 64,)}, {"records": 1},
                       (RecordSums(1, 2, b"\x01", b"\x02", SiteSize(3, 1, ("a.html", 3), ("a.html", 3), 0, 1)),), "prints")
    config = Config(path="config.yaml", topics={"x": TopicDef("x", "X", "", ("ex",), "")}, raw={"site": {"title": "T"}})
    facts = QuickFacts(Settings("l", "c", "o"), config, {"a": "articles/a.html"}, {"ex": "x"}, {"a.md": hashlib.sha256(b"").hexdigest()[:24]},
                       {"articles/a.html": (0, 0)})
    offline = OfflineState("salt", ("articles/a.html",), ("digest",), {"articles/a.html": ("\x01topic\x01X",)}, (4, b"\x00"))
    for hint, value in ((ArticleEntry, entry), (StateFile, state), (QuickFacts, facts), (OfflineState, offline),
                        (Prints, Prints({"index.html": "print"}))):
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
