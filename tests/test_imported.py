"""The day an item was imported (issue 15): ingest writes it once into the article's front matter
(`imported: YYYY-MM-DD`: the digest's capture date, from --captured, its file name or a
`captured:` line, else the day of the run) and into its ledger; later runs keep it; an undated
article's feed entries carry it and say so. Feeds are read with feedparser, front matter with
PyYAML (not Chronicle's reader)."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import feedparser
import pytest
import yaml

from chronicle.config import load_config
from chronicle.ingest import ingest_files
from conftest import ROOT, run_cli

FIX = ROOT / "tests" / "fixtures" / "ingest"
SUMMARY = (FIX / "summary.txt").read_text()   # three undated items, no capture date


@pytest.fixture(scope="module")
def config():
    return load_config(ROOT / "config.yaml")


def front_matter(folder: Path) -> dict[str, dict]:
    return {p.name: yaml.safe_load(p.read_text().split("---\n")[1]) for p in sorted(folder.glob("*.md"))}


def ledger_dates(folder: Path) -> dict[str, str]:
    """Article file -> the import date the ledger records with it."""
    ledger = json.loads((folder / ".ingested.json").read_text())
    return {rec["file"]: rec.get("imported") for rec in ledger["articles"].values()}


def digest(folder: Path, name: str, text: str = SUMMARY) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text)
    return folder / name


@pytest.mark.parametrize("name,text,captured,expected", [
    ("2025-03-02-digest.txt", SUMMARY, None, dt.date(2025, 3, 2)),                   # the file name
    ("digest.txt", "captured: 2025-02-11\n" + SUMMARY, None, dt.date(2025, 2, 11)),  # a captured: line
    ("2025-03-02-digest.txt", SUMMARY, dt.date(2025, 1, 5), dt.date(2025, 1, 5)),    # --captured wins
    ("digest.txt", SUMMARY, None, dt.date(2024, 12, 31)),                            # else the day of the run
])
def test_ingest_writes_the_capture_date_as_imported(tmp_path, config, name, text, captured, expected):
    ingest_files([digest(tmp_path / "src", name, text)], tmp_path / "out", config, captured=captured,
                 today=dt.date(2024, 12, 31))
    fields = front_matter(tmp_path / "out")
    assert len(fields) == 3
    assert {f["imported"] for f in fields.values()} == {expected}
    assert set(ledger_dates(tmp_path / "out").values()) == {expected.isoformat()}


def test_without_a_capture_date_imported_is_todays_date(tmp_path, config):
    before = dt.date.today()
    ingest_files([digest(tmp_path / "src", "digest.txt")], tmp_path / "out", config)
    dates = {f["imported"] for f in front_matter(tmp_path / "out").values()}
    assert dates <= {before, dt.date.today()} and len(dates) == 1


def test_imported_is_written_once_and_kept_by_later_runs(tmp_path, config):
    src, out = tmp_path / "src", tmp_path / "out"
    ingest_files([digest(src, "digest.txt")], out, config, today=dt.date(2025, 3, 3))
    first = front_matter(out)
    # the digest grows a story and is imported again, a month later: the first three keep their date
    digest(src, "digest.txt", SUMMARY + "\nA new item about the Baltic Sea cable repairs, long enough to be "
           "read as prose by the summary-list reader, with a second sentence.\nRead More\n")
    report = ingest_files([src / "digest.txt"], out, config, today=dt.date(2025, 4, 9))
    after = front_matter(out)
    assert report.written == 1
    assert {n: after[n]["imported"] for n in first} == {n: dt.date(2025, 3, 3) for n in first}
    (new,) = set(after) - set(first)
    assert after[new]["imported"] == dt.date(2025, 4, 9)
    assert ledger_dates(out) == {**{n: "2025-03-03" for n in first}, new: "2025-04-09"}


def test_an_article_recorded_without_an_import_date_is_not_given_one(tmp_path, config):
    """Imported before ingest recorded the date: a re-run does not invent one (the feed's fallback
    applies), and the article's bytes stay as they are."""
    src, out = tmp_path / "src", tmp_path / "out"
    ingest_files([digest(src, "digest.txt")], out, config, today=dt.date(2025, 3, 3))
    ledger = json.loads((out / ".ingested.json").read_text())
    for rec in ledger["articles"].values():   # as an older ingest left them
        path = out / rec["file"]
        data = path.read_text().replace("imported: 2025-03-03\n", "")
        path.write_text(data)
        rec["sha256"] = hashlib.sha256(data.encode()).hexdigest()
        del rec["imported"]
    (out / ".ingested.json").write_text(json.dumps(ledger))
    before = {p.name: p.read_bytes() for p in out.glob("*.md")}
    report = ingest_files([src / "digest.txt"], out, config, today=dt.date(2025, 4, 9))
    assert report.written == 0
    assert {p.name: p.read_bytes() for p in out.glob("*.md")} == before


def test_undated_feed_entries_carry_the_import_date_and_say_so(tmp_path, config):
    """End to end: a digest imported on 3 March 2025 beside a dated article of May 2025; the
    site's feed and the topics' feeds give each undated entry 3 March 2025 and say why."""
    project = tmp_path / "project"
    articles = project / "content" / "articles"
    ingest_files([digest(tmp_path / "src", "digest.txt")], articles, config, today=dt.date(2025, 3, 3))
    (articles / "dated.md").write_text("---\ntitle: A dated report\ndate: 2025-05-07\ntags: [nato]\n---\nBody.\n")
    r = run_cli("build", "--no-search", "--content", str(project / "content"), "--config", str(ROOT / "config.yaml"),
                "--out", str(project / "site"))
    assert r.returncode == 0, r.stderr
    undated = {f["title"] for f in front_matter(articles).values() if "date" not in f}
    assert len(undated) == 3
    feeds = [project / "site" / "feed.xml"] + sorted((project / "site" / "topics").glob("*.xml"))
    seen = set()
    for path in feeds:
        feed = feedparser.parse(path.read_bytes())
        assert not feed.bozo, path
        for e in feed.entries:
            if e.title not in undated:
                assert dt.date(*e.updated_parsed[:3]) == dt.date(2025, 5, 7)
                continue
            seen.add(e.title)
            assert "published" not in e
            assert dt.date(*e.updated_parsed[:3]) == dt.date(2025, 3, 3), (path.name, e.title)
            assert e.summary.startswith("Undated; imported on 3 March 2025. "), e.summary
    assert seen == undated


def test_imported_must_be_a_date(tmp_path):
    content = tmp_path / "content" / "articles"
    content.mkdir(parents=True)
    (content / "a.md").write_text("---\ntitle: A\nimported: last week\n---\nBody.\n")
    r = run_cli("build", "--no-search", "--content", str(tmp_path / "content"), "--out", str(tmp_path / "site"))
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "a.md:3: 'imported' must be YYYY-MM-DD, got 'last week'" in r.stderr
    assert not (tmp_path / "site").exists()
