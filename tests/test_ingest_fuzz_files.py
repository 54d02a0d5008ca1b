"""Whatever a digest holds (pieces of every layout and format, hostile titles, broken feeds),
ingest neither crashes nor writes outside the --into folder."""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from chronicle.config import load_config
from chronicle.errors import ChronicleError
from chronicle.ingest import ingest_files

ROOT = Path(__file__).resolve().parent.parent
CONFIG = load_config(ROOT / "config.yaml")
PIECES = st.sampled_from([
    "captured: 2025-03-04", "captured: 2025-13-45", "<?xml version='1.0'?><rss><channel><item><title>../../x</title>",
    '{"version": "https://jsonfeed.org/version/1", "items": [{"title": "../../etc/passwd", "date_published": "2025-99"}]}',
    "title,date,source", "Hello, 2025-02-30, Reuters", "<html><body><h2>T</h2><p>Body text here.</p>", "<script>x</script>",
    "| Date | Source | Headline |", "|---|---|---|", "| 31/02/2025 | BBC | A |", "Mon, 03/10/2025 - 9:15am",
    "Updated: 3 hours 10 min ago", "7. Mai", "5 décembre", "2 de marzo de 2026", "18:40", "1. First item",
    "Headline (The Guardian)", "Reuters – Title of the story", "LONDON (Reuters) -- Oil rose on Monday.",
    "Tagged under: A | B", "By Jane Doe", "Photo: AFP", "External Link", "Posted on", "", "   ", "#", "**",
    "../../../../tmp/evil", "C:\\Windows\\evil", "\u202eevil", "A long paragraph about energy prices in Europe and the grid. " * 4,
    "Title: ../../etc/passwd", "Title: Second one", "Link: file:///etc/passwd", "pubDate: Tue, 31 Feb 2025", "Source: BBC",
    "> From: a <b@c.d>", "> Sent: Monday, March 3, 2025", "> Hello.", "Most read", "Headline · 9 days ago",
])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, min_size=1, max_size=20), st.sampled_from(["d.txt", "2025-03-04-d.txt", "d.xml", "d.csv"]))
def test_ingest_never_crashes_nor_writes_outside_into(pieces, name):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        raw = root / "src" / name
        raw.parent.mkdir()
        raw.write_text("\n".join(pieces), encoding="utf-8")
        into = root / "out"
        report = ingest_files([raw], into, CONFIG)
        for e in report.errors:
            assert isinstance(e, ChronicleError) and str(e).startswith(str(raw))
        written = {p for p in root.rglob("*") if p.is_file()}
        lock = root / ".out.lock"   # the lock beside the folder (output.exclusive_lock), empty, not content
        assert written <= {raw, lock} | {p for p in into.rglob("*") if p.is_file()}
        for p in into.glob("*.md"):
            assert p.parent == into and p.read_text(encoding="utf-8").startswith("---\n")
