"""Which recorded article an item is the same story as (ingest/ledger.py, Ledger.find), and items
whose teaser is only a link's words (compose.compose): found by the red-team review of stop 44.
A copy of a digest whose items share one title finds each its own article (not the first of that
title, whose tags it would then change); two stories with the same boilerplate summary
('Developing story.') are two articles; a feed's item whose teaser is 'Read more' is imported by
its headline, not skipped as wordless; ingest refuses to make the root or home folder its
article folder."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import yaml

from chronicle.config import load_config
from chronicle.ingest import ingest_files

ROOT = Path(__file__).resolve().parent.parent


def _ingest(path: Path, into: Path):
    report = ingest_files([path], into, load_config(ROOT / "config.yaml"), captured=dt.date(2025, 3, 10))
    assert report.errors == ()
    return report.files[0]


def _front(into: Path) -> dict[str, dict]:
    return {p.name: yaml.safe_load(p.read_text(encoding="utf-8").split("---\n")[1]) for p in sorted(into.glob("*.md"))}


LIVE = ('title,date,source,summary\n'
        '"Live updates: war in Ukraine",2025-03-02,AP,"Zelensky meets Starmer in London as allies discuss a peace plan and new sanctions."\n'
        '"Live updates: war in Ukraine",2025-03-02,AP,"Russian drones strike Odesa port overnight, damaging grain terminals and a ferry crossing."\n'
        '"Live updates: war in Ukraine",2025-03-02,AP,"NATO ministers agree to raise defence spending targets at a meeting in Brussels on Sunday."\n')


def test_a_copy_of_a_digest_finds_each_items_own_article(tmp_path):
    raw = tmp_path / "2025-03-02-live.csv"
    raw.write_text(LIVE, encoding="utf-8")
    into = tmp_path / "articles"
    assert len(_ingest(raw, into).written) == 3
    before = {name: (p.read_bytes()) for name, p in ((p.name, p) for p in into.glob("*.md"))}
    copy = tmp_path / "2025-03-02-live-copy.csv"
    shutil.copy(raw, copy)
    report = _ingest(copy, into)
    assert report.written == () and len(report.skipped) == 3
    # each item named its own article: the Zelensky item the Zelensky article, and so on
    named = [s.split("same story as ")[1].split(" ")[0] for s in report.skipped]
    assert sorted(named) == sorted(before), report.skipped
    assert {p.name: p.read_bytes() for p in into.glob("*.md")} == before   # no article took another's tags


def test_two_stories_with_one_boilerplate_summary_are_two_articles(tmp_path):
    raw = tmp_path / "2025-03-05-same.csv"
    raw.write_text('title,date,source,summary\n'
                   '"Earthquake hits central Italy",2025-03-05,AP,"Developing story."\n'
                   '"Flooding in Valencia forces evacuations",2025-03-05,AP,"Developing story."\n', encoding="utf-8")
    into = tmp_path / "articles"
    report = _ingest(raw, into)
    assert len(report.written) == 2, report
    tags = {f["title"]: f.get("tags") or [] for f in _front(into).values()}
    assert "floods" not in tags["Earthquake hits central Italy"], tags


def test_a_feed_item_whose_teaser_is_read_more_is_imported_by_its_headline(tmp_path):
    raw = tmp_path / "2025-03-10-rm.csv"
    raw.write_text('title,date,source,summary\n"Earthquake hits central Italy",2025-03-10,AP,"Read more"\n'
                   '"Flooding in Valencia forces evacuations",2025-03-10,AP,"Click here to read the full story."\n',
                   encoding="utf-8")
    into = tmp_path / "articles"
    report = _ingest(raw, into)
    assert len(report.written) == 2 and report.skipped == (), report
    assert sorted(f["title"] for f in _front(into).values()) == ["Earthquake hits central Italy",
                                                                 "Flooding in Valencia forces evacuations"]


def test_ingest_refuses_the_root_and_home_folders(tmp_path, monkeypatch):
    import pytest
    from chronicle.errors import IngestError
    raw = tmp_path / "2025-03-10-rm.csv"
    raw.write_text('title,date,source,summary\n"Earthquake hits central Italy",2025-03-10,AP,"Aftershocks felt."\n',
                   encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for folder in (Path("/"), home):
        with pytest.raises(IngestError, match="refusing to import into the root or home folder"):
            ingest_files([raw], folder, load_config(ROOT / "config.yaml"))
    assert list(home.iterdir()) == []


def test_a_csv_header_naming_a_column_twice_reads_the_first_and_says_so(tmp_path):
    raw = tmp_path / "2025-03-01-dup.csv"
    raw.write_text("title,title,date,date,summary\nA head,B head,2025-03-01,2025-04-01,text of it here\n",
                   encoding="utf-8")
    into = tmp_path / "articles"
    report = _ingest(raw, into)
    [front] = _front(into).values()
    assert (front["title"], front["date"]) == ("A head", dt.date(2025, 3, 1))
    assert any("the header names 'date', 'title' more than once" in n for n in report.notes), report.notes
