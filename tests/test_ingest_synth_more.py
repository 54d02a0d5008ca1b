"""The importer on layouts it was not written for (tests/ingest_synth_more.py): a forwarded
newsletter, 'Top stories' with times after the headlines, a '+---+' bordered table, numbered
headlines with an outlet suffix, a feed pasted as 'Key: value' text, a sidebar of other headlines
and a two-language digest. Each item must be one article with its title, date and outlet, and
nothing else an article (a sidebar's headlines are furniture, listed in the report)."""
from __future__ import annotations

from pathlib import Path

import pytest

import ingest_synth_more
import test_ingest_synth
from chronicle.config import load_config
from chronicle.ingest import ingest_files
from ingest_synth_more import LAYOUTS, digest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("layout", range(len(LAYOUTS)), ids=[f.__name__ for f in LAYOUTS])
def test_each_new_layout_reads_every_item(tmp_path, monkeypatch, layout):
    monkeypatch.setattr(test_ingest_synth, "digest", ingest_synth_more.digest)
    seeds = [layout + len(LAYOUTS) * k for k in range(3)]   # three digests of the layout, languages varying
    table = test_ingest_synth.score(tmp_path, seeds)
    got = {col: (h, t) for cols in table.values() for col, (h, t) in cols.items()}
    assert all(h == t for h, t in got.values()), got
    for seed in seeds:   # and nothing else: no headers, greetings, footers or sidebars as articles
        written = list((tmp_path / f"out-{seed}").glob("*.md"))
        assert len(written) == len(digest(seed).items), (seed, sorted(p.name for p in written))


@pytest.mark.parametrize("seed", [5, 13])
def test_sidebar_headlines_are_no_articles(tmp_path, seed):
    d = digest(seed)
    assert d.layout == "sidebar"
    raw = tmp_path / "page.txt"
    raw.write_text(d.text, encoding="utf-8")
    report = ingest_files([raw], tmp_path / "out", load_config(ROOT / "config.yaml"))
    assert len(list((tmp_path / "out").glob("*.md"))) == len(d.items)
    assert any("Most read" in n for f in report.files for n in f.notes)   # dropped, and said so


def test_generator_is_deterministic_and_covers_every_layout():
    assert digest(3).text == digest(3).text
    assert {digest(s).layout for s in range(len(LAYOUTS))} == {
        "email-newsletter", "top-stories-times", "bordered-table", "numbered-outlet", "rss-text", "sidebar",
        "mixed-languages", "top-stories-ago"}
