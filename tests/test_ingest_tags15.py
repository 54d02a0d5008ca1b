"""Tags, round 15 (issue 14): words whose commoner sense in the news is another. 'Polling' is
mostly the vote itself ('polling begins', 'polling stations', 'polling day'), not an opinion poll
('latest polling shows'); German 'Haushalte' are households, not budgets ('der Haushalt', 'des
Haushalts' and the states' 'Länderhaushalte' are). Texts written for these tests."""
from __future__ import annotations

import pytest

from ingest_tagger import tags


@pytest.mark.parametrize("lang, title, text, present, absent", [
    ("en", "Polling begins on time across the state", "Queues formed outside booths before 7 am in most districts.",
     "elections", "opinion-polls"),
    ("en", "Rain delays polling in three coastal wards", "Officials extended polling hours by one hour.",
     "elections", "opinion-polls"),
    ("en", "Latest polling shows the governor's lead narrowing", "The survey of 1,200 voters put the gap at four points.",
     "opinion-polls", None),
    ("de", "Stadtwerke senken Strompreise für 80.000 Haushalte", "Die Haushalte zahlen ab April vier Cent weniger je Kilowattstunde.",
     "electricity", "budget"),
    ("de", "Bundestag beschließt den Haushalt für 2027", "Der Haushalt sieht Ausgaben von 510 Milliarden Euro vor.",
     "budget", None),
    ("de", "Länder fürchten Löcher in ihren Haushalten", "Mehrere Ministerpräsidenten warnten vor Folgen für die Länderhaushalte.",
     "budget", None),
])
def test_a_word_tags_the_sense_the_news_means(lang, title, text, present, absent):
    found = tags(lang, title, text)
    assert present in found, found
    assert absent is None or absent not in found, found
