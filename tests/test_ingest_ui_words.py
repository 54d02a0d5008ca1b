"""A news aggregator's buttons copied with its cards ('Full coverage', 'More'; 'Vollständige
Berichterstattung', 'Mehr') are page furniture, never items. Pages written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from ingest_page import read_page


@pytest.mark.parametrize("full, more, heads", [
    ("Full coverage", "More", ["Ferry operator adds winter sailings to the islands",
                               "Dairy farmers warn milk price cut will close farms",
                               "Rail line reopens after landslip repairs"]),
    ("Vollständige Berichterstattung", "Mehr", ["Fähre fährt im Winter öfter zu den Inseln",
                                                "Milchbauern warnen vor der Preissenkung",
                                                "Bahnstrecke nach Hangrutsch wieder offen"]),
])
def test_an_aggregators_buttons_are_no_items(full, more, heads):
    text = "\n\n".join(f"{h}\nThe line was closed for six weeks after the storm.\n{full}\n{more}" for h in heads)
    p = read_page(text, dt.date(2025, 5, 20))
    titles = [s.title for s in (p.stories or [p.read_item(i) for i in p.items])]
    assert full not in titles and more not in titles, titles


@pytest.mark.parametrize("loader", ["Loading more articles …", "Weitere Artikel werden geladen …", "Chargement en cours…"])
def test_an_endless_lists_loader_is_no_item(loader):
    heads = ["Ferry operator adds winter sailings", "Dairy farmers warn of a milk price cut", "Rail line reopens after repairs"]
    text = "\n\n".join(f"{h}\nThe change takes effect next month, the company said." for h in heads) + f"\n\n{loader}\n"
    p = read_page(text, dt.date(2025, 5, 20))
    assert [s.title for s in (p.stories or [p.read_item(i) for i in p.items])] == heads
