"""Near-duplicates at ingest: the same item from the same outlet in two digests is one article
(reported as skipped, never dropped silently); the same story from two outlets stays two."""
from __future__ import annotations

from conftest import ROOT
from chronicle.config import load_config
from chronicle.ingest import ingest_files

FIRST = """Latest news with #Arctic

Reuters
03-25-2025
- World
- Reuters
Norway doubles coast guard patrols around Svalbard in the Arctic
Norway said on Tuesday it would double the number of coast guard patrols around Svalbard this year in response to increased Russian naval activity in the High North, the defence ministry said.
BBC
03-02-2025
- Politics
- BBC
Denmark pledges more for Greenland defense
Denmark announced a new spending package for the defense of Greenland, including long-range drones and two new inspection ships, after renewed US interest in the island.
"""

SECOND = """Latest news with #Norway

Reuters
03-26-2025
- World
- Reuters
Norway to double coast guard patrols around Svalbard in Arctic
Norway said it would double the number of coast guard patrols around Svalbard this year in response to increased Russian naval activity in the High North.
AP
03-26-2025
- World
- AP
Norway to double coast guard patrols around Svalbard, Oslo says
Norway will double its coast guard patrols around Svalbard this year, citing more Russian naval activity near the archipelago, officials in Oslo told reporters.
"""


def test_same_item_same_outlet_is_one_article_other_outlet_stays(tmp_path):
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(FIRST)
    second.write_text(SECOND)
    into = tmp_path / "articles"
    config = load_config(ROOT / "config.yaml")
    ingest_files([first], into, config)
    report = ingest_files([second], into, config)
    assert report.errors == ()
    names = sorted(p.name for p in into.glob("*.md"))
    assert len(names) == 3, names     # Reuters once, BBC, and AP's report of the same story
    texts = {n: (into / n).read_text() for n in names}
    assert sum("source: Reuters" in t for t in texts.values()) == 1
    assert sum("source: AP" in t for t in texts.values()) == 1
    lines = report.lines()
    skipped = [line for line in lines if line.startswith("  skipped ")]
    assert len(skipped) == 1 and "Norway to double coast guard patrols" in skipped[0] and "same story as" in skipped[0]
    # ingesting the second digest again changes nothing and still says why
    again = ingest_files([second], into, config)
    assert sorted(p.name for p in into.glob("*.md")) == names
    assert any("same story as" in line for line in again.lines())
