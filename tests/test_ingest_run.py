"""Ingest end to end into a temporary folder: files, ledger, writers' edits, bad inputs, duplicates."""
from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from chronicle.source import frontmatter
from chronicle.config import load_config
from chronicle.ingest import ingest_files, pending_sources

FIX = Path(__file__).parent / "fixtures" / "ingest"
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def config():
    return load_config(ROOT / "config.yaml")


def articles(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.md"))}


def fields_of(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    yaml_text, line, body, _ = frontmatter.split(text, str(path))
    fields, errors = frontmatter.parse_fields(yaml_text, line, str(path))
    assert not errors
    fields["body"] = body
    return fields


def all_fixtures() -> list[Path]:
    return sorted(FIX.glob("*.txt"))


def test_every_fixture_imports_and_reads_back(tmp_path, config):
    report = ingest_files(all_fixtures(), tmp_path, config)
    assert report.errors == ()
    files = articles(tmp_path)
    assert len(files) == report.written == 2 + 3 + 3 + 2 + 3 + 3 + 2 + 3 + 3 + 2 + 1 + 3 + 2 + 2 + 3 + 3 + 5 + 3
    for name in files:
        f = fields_of(tmp_path / name)
        assert f["title"] and f["summary"] and f["id"] and f["imported_from"].endswith(".txt")
        assert len(f["title"]) <= 90 or f["title"] in (FIX / f["imported_from"]).read_text()
        assert len(f["summary"]) <= 300
        assert 0 < len(f["tags"]) <= config.max_tags
        assert "<script>" not in f["body"]
        if f.get("date"):
            assert name.startswith(f["date"].isoformat())
            assert f["date_basis"] in ("stated", "derived")
        else:
            assert "date_basis" not in f
    assert (tmp_path / ".ingested.json").is_file()


def test_report_lines_name_layout_and_missing_fields(tmp_path, config):
    report = ingest_files([FIX / "listing_dmy.txt"], tmp_path, config)
    text = "\n".join(report.lines())
    assert "layout listing" in text
    assert "3 written" in text
    assert "--captured" in text          # the relative date it could not resolve


def test_rerun_changes_nothing(tmp_path, config):
    ingest_files(all_fixtures(), tmp_path, config)
    before = articles(tmp_path)
    ledger = (tmp_path / ".ingested.json").read_bytes()
    report = ingest_files(all_fixtures(), tmp_path, config)
    assert report.written == 0
    assert articles(tmp_path) == before
    assert (tmp_path / ".ingested.json").read_bytes() == ledger


def test_output_is_deterministic(tmp_path, config):
    ingest_files(all_fixtures(), tmp_path / "a", config)
    ingest_files(all_fixtures(), tmp_path / "b", config)
    assert articles(tmp_path / "a") == articles(tmp_path / "b")
    assert (tmp_path / "a" / ".ingested.json").read_bytes() == (tmp_path / "b" / ".ingested.json").read_bytes()


def test_edited_file_is_not_overwritten(tmp_path, config):
    ingest_files([FIX / "summary.txt"], tmp_path, config)
    target = sorted(tmp_path.glob("*.md"))[0]
    edited = target.read_text().replace("title: ", "title: Edited ", 1)
    target.write_text(edited)
    report = ingest_files([FIX / "summary.txt"], tmp_path, config)
    assert target.read_text() == edited
    assert any("edited by a writer" in line for line in report.lines())


def test_deleted_file_is_not_recreated(tmp_path, config):
    ingest_files([FIX / "summary.txt"], tmp_path, config)
    target = sorted(tmp_path.glob("*.md"))[0]
    target.unlink()
    report = ingest_files([FIX / "summary.txt"], tmp_path, config)
    assert not target.exists()
    assert len(list(tmp_path.glob("*.md"))) == 2
    assert any("deleted by a writer" in line for line in report.lines())


def test_other_folder_starts_fresh(tmp_path, config):
    ingest_files([FIX / "summary.txt"], tmp_path / "one", config)
    report = ingest_files([FIX / "summary.txt"], tmp_path / "two", config)
    assert report.written == 3


def test_same_story_in_two_digests_is_one_article(tmp_path, config):
    story = (FIX / "summary.txt").read_text().split("Read More")[1].strip()
    other = tmp_path / "src" / "other.txt"
    other.parent.mkdir()
    other.write_text("Tag - Netherlands\n\nDutch air defense package for Ukraine\n" + story + " " + "More detail follows. " * 10
                     + "\nDefense\n")
    out = tmp_path / "out"
    report = ingest_files([FIX / "summary.txt", other], out, config)
    assert len(list(out.glob("*.md"))) == 3
    assert any("same story as" in line for line in report.lines())


@pytest.mark.parametrize("name,data,words", [
    ("latin1.txt", "Caf\xe9 au lait digest\n".encode("latin-1"), "UTF-8"),
    ("empty.txt", b"  \n\n", "empty"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "NUL"),
])
def test_bad_input_one_error_batch_continues(tmp_path, config, name, data, words):
    bad = tmp_path / name
    bad.write_bytes(data)
    report = ingest_files([bad, FIX / "summary.txt"], tmp_path / "out", config)
    assert len(report.errors) == 1
    line = str(report.errors[0])
    assert line.startswith(str(bad) + ":") and words in line and "\n" not in line
    assert report.written == 3


def test_huge_input_is_refused(tmp_path, config, monkeypatch):
    from chronicle.ingest import reading
    monkeypatch.setattr(reading, "MAX_BYTES", 1000)
    big = tmp_path / "big.txt"
    big.write_text("Some words here. " * 200)
    report = ingest_files([big], tmp_path / "out", config)
    assert len(report.errors) == 1 and "too large" in str(report.errors[0])


def test_captured_resolves_relative_dates(tmp_path, config):
    ingest_files([FIX / "listing_dmy.txt"], tmp_path, config, captured=dt.date(2025, 6, 20))
    dated = [fields_of(p) for p in tmp_path.glob("*.md")]
    finland = next(f for f in dated if f["title"].startswith("Finland"))
    assert finland["date"] == dt.date(2025, 6, 18) and finland["date_basis"] == "derived"


def test_pending_sources(tmp_path, config):
    sources = tmp_path / "sources"
    sources.mkdir()
    for name in ("summary.txt", "single.txt"):
        shutil.copy(FIX / name, sources / name)
    into = tmp_path / "articles"
    assert [p.name for p in pending_sources(sources, into)] == ["single.txt", "summary.txt"]
    ingest_files([sources / "summary.txt"], into, config)
    assert [p.name for p in pending_sources(sources, into)] == ["single.txt"]
    ingest_files(pending_sources(sources, into), into, config)
    assert pending_sources(sources, into) == []


def test_pending_sources_take_every_format_the_importer_reads(tmp_path, config):
    # a JSON export, a CSV and a feed saved under their own suffix were skipped by `make site` without a word
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "export.JSON").write_text(json.dumps({"articles": [
        {"title": "Grid operators warn of a tight winter for gas supply", "publishedAt": "2025-03-03T08:00:00Z",
         "source": {"name": "Reuters"}, "url": "https://www.reuters.com/a",
         "description": "Operators in three countries said storage was lower than in any winter since 2018."}]}))
    (sources / "list.csv").write_text("title,date,source,summary\nPort strike ends after nine days,2025-03-02,"
                                      "AP,Dock workers accepted a new contract on Sunday evening.\n")
    (sources / "scan.pdf").write_bytes(b"%PDF-1.4 not a digest")
    (sources / ".hidden.json").write_text("{}")
    (sources / "notes.md").write_text("## Ferry fares to rise in April\n- Source: The Irish Times\n- Published: 2025-03-01\n\n"
                                      "The operator said fuel and port charges had risen by a fifth since last year.\n")
    into = tmp_path / "articles"
    assert [p.name for p in pending_sources(sources, into)] == ["export.JSON", "list.csv", "notes.md"]
    ingest_files(pending_sources(sources, into), into, config)
    titles = sorted(fields_of(p)["title"] for p in into.glob("*.md"))
    assert titles == ["Ferry fares to rise in April", "Grid operators warn of a tight winter for gas supply",
                      "Port strike ends after nine days"]
    assert pending_sources(sources, into) == []


def test_slugs_unique_across_articles(tmp_path, config):
    digest = tmp_path / "twins.txt"
    digest.write_text("# Same heading\nFirst story body with enough words to count as prose for the reader, "
                      "about the Baltic Sea and NATO.\n\n# Same heading\nSecond, different story body about Poland "
                      "and its defence budget, long enough to be prose.\n")
    ingest_files([digest], tmp_path / "out", config)
    names = sorted(p.name for p in (tmp_path / "out").glob("*.md"))
    assert len(names) == 2 and len(set(names)) == 2


def test_digest_labels_are_kept_as_tags(tmp_path, config):
    ingest_files([FIX / "tagpage.txt", FIX / "listing_dmy.txt"], tmp_path, config)
    by_title = {f["title"]: f for f in (fields_of(p) for p in tmp_path.glob("*.md"))}
    assert {"security", "infrastructure", "nordics", "baltic-security"} <= set(
        by_title["Investigators board tanker after Baltic cable cut"]["tags"])
    assert {"defense", "military", "eastern-flank"} <= set(by_title["German brigade opens Lithuania base"]["tags"])
    assert "world" in by_title["Finland extends border closure with Russia"]["tags"]
    # topics found in the text come with them
    assert {"finland", "estonia", "nato"} <= set(by_title["Investigators board tanker after Baltic cable cut"]["tags"])


def test_story_repeated_in_one_digest_is_written_once(tmp_path, config):
    item = (FIX / "summary.txt").read_text().split("Read More")[0].strip()
    digest = tmp_path / "repeat.txt"
    digest.write_text(f"{item}\nRead More\n{item}\nRead More\n")
    report = ingest_files([digest], tmp_path / "out", config)
    assert len(list((tmp_path / "out").glob("*.md"))) == 1
    assert report.written == 1
    report = ingest_files([digest], tmp_path / "out", config)    # and a re-run is still quiet
    assert report.written == 0 and len(list((tmp_path / "out").glob("*.md"))) == 1


def test_duplicate_from_a_richer_digest_fills_missing_fields(tmp_path, config):
    story = (FIX / "summary.txt").read_text().split("Read More")[1].strip()
    listing = tmp_path / "src" / "listing.txt"
    listing.parent.mkdir()
    listing.write_text(f"Latest news with #Air-defense\n\nNOS\n25-06-2025\n- Defense\n- NOS\n"
                       f"Dutch air defense package for Ukraine\n{story}\n")
    out = tmp_path / "out"
    ingest_files([FIX / "summary.txt", listing], out, config)
    [dutch] = [f for f in (fields_of(p) for p in out.glob("*.md")) if "Dutch" in f["body"]]
    assert dutch["date"] == dt.date(2025, 6, 25) and dutch["source"] == "NOS"
    assert "air-defense" in dutch["tags"]
    assert dutch["imported_from"] == "summary.txt"
    before = articles(out)
    report = ingest_files([FIX / "summary.txt", listing], out, config)
    assert report.written == 0 and articles(out) == before


@pytest.mark.parametrize("text", [".", "...\n\n—\n"])
def test_story_without_words_is_skipped_not_written(tmp_path, config, text):
    digest = tmp_path / "dots.txt"
    digest.write_text(text)
    report = ingest_files([digest, FIX / "single.txt"], tmp_path / "out", config)
    names = [p.name for p in (tmp_path / "out").glob("*.md")]
    assert len(names) == 1                       # only the real article
    for name in names:
        assert fields_of(tmp_path / "out" / name)["title"].strip()
    assert any("no words to make an article from" in line for line in report.lines())


def test_newspaper_names_do_not_tag_places(tmp_path, config):
    digest = tmp_path / "papers.txt"
    digest.write_text("Poland orders more tanks, according to a report in the Washington Post and the Japan Times. "
                      "The deal covers 180 vehicles to be delivered over five years to units on the eastern border.\n")
    ingest_files([digest], tmp_path / "out", config)
    [f] = [fields_of(p) for p in (tmp_path / "out").glob("*.md")]
    assert "poland" in f["tags"]
    assert "united-states" not in f["tags"] and "japan" not in f["tags"]
