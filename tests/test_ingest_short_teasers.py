"""A list of headlines, each over one short sentence with no blank line between: each sentence is
its item's text, not a section heading or the page's footer (they were dropped before)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from chronicle.config import load_config
from chronicle.ingest.run import make_context, parse

ROOT = Path(__file__).resolve().parent.parent


def _items(text: str):
    p = parse(text, make_context(load_config(ROOT / "config.yaml"), dt.date(2025, 4, 22)))
    return [(s.title, s.paras) for s in p.stories], p.notes


def test_bulleted_headlines_over_short_sentences_keep_their_text():
    items, notes = _items("Morning news\n\n- Rail operator opens two new lines\nService starts in June.\n\n"
                          "- Port reports a record year\nThroughput rose ten per cent.\n\n"
                          "- Airline cuts winter routes\nFive routes go in October.\n")
    assert items == [("Rail operator opens two new lines", ["Service starts in June."]),
                     ("Port reports a record year", ["Throughput rose ten per cent."]),
                     ("Airline cuts winter routes", ["Five routes go in October."])]
    assert not any(n.startswith("dropped as page furniture") for n in notes)


def test_two_numbered_items_in_german_keep_their_text():
    items, _ = _items("Kurz gemeldet\n\n1. Stadt eröffnet neues Hallenbad\nDer Eintritt kostet vier Euro.\n\n"
                      "2. Bäckerei schließt nach 90 Jahren\nDie Inhaber gehen in Rente.\n")
    assert items == [("Stadt eröffnet neues Hallenbad", ["Der Eintritt kostet vier Euro."]),
                     ("Bäckerei schließt nach 90 Jahren", ["Die Inhaber gehen in Rente."])]


def test_a_list_of_headlines_alone_is_unchanged():
    items, _ = _items("Top stories\n\n- Rail operator opens two new lines\n- Port reports a record year\n"
                      "- Airline cuts winter routes\n- Council approves the budget\n")
    assert [t for t, _ in items] == ["Rail operator opens two new lines", "Port reports a record year",
                                     "Airline cuts winter routes", "Council approves the budget"]
