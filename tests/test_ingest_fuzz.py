"""No input makes a reader crash, whatever layout is forced; stories always have text."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from chronicle.config import load_config
from chronicle.ingest import LAYOUTS, parse
from chronicle.ingest.compose import compose
from chronicle.ingest.run import make_context
from chronicle.ingest.tagging import Tagger

ROOT = Path(__file__).resolve().parent.parent
CONFIG = load_config(ROOT / "config.yaml")
CTX = make_context(CONFIG, None)
TAGGER = Tagger.from_topics(CONFIG.topics, CONFIG.max_tags)

PIECES = st.sampled_from([
    "Read More", "Tag - X", "Latest news with #Y", "Other news", "⇒ Something happened in Kyiv today.",
    "Source", "Contributor", "07-05-2025", "5 days ago", "- Politics", "- CNN", "# Heading", "- bullet item",
    "a | b | c", "March 3, 2025 — Text.", "Short title", "", "  ", ">", "• one • two",
    "Russia and Ukraine said the talks would continue next week in Istanbul, officials said on Monday evening. " * 3,
    "the 12th day of war", "---", "<b>x</b>", "\t", "12-31-2025",
    # the 'Key: value' feed reader, quoted e-mails, sidebars, greetings, times and relative dates after titles
    "Title: A headline", "Title:", "Link: javascript:alert(1)", "Description: Text of it.", "pubDate: Mon, 03 Mar 2025",
    "> From: X <x@y.z>", "> Subject: Hi", "> ", ">> > quoted", "Most read", "Related", "Good morning.",
    "Headline · 2:45 PM", "Headline — vor 2 Tagen", "Headline | 3 hours ago", "Unsubscribe",
])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, max_size=25), st.sampled_from((None,) + LAYOUTS))
def test_readers_never_crash(pieces, layout):
    text = "\n".join(pieces)
    parsed = parse(text, CTX, layout)
    for story in parsed.stories:
        draft = compose(story, parsed, "fuzz.txt", CTX, TAGGER)
        if draft is not None:
            assert draft.title.strip()
            assert draft.body.strip()
            assert "<b>" not in draft.body


@pytest.mark.parametrize("layout", LAYOUTS)
def test_forced_layout_on_plain_prose(layout):
    text = "A short piece of prose about NATO and Ukraine that has enough words to count as a paragraph of text.\n"
    parsed = parse(text * 2, CTX, layout)
    assert parsed.layout == layout
