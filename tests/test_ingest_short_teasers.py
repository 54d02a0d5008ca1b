"""A list of headlines, each over one short sentence with no blank line between: each sentence is
its item's text, not a section heading or the page's footer (they were dropped before)."""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page



def _items(text: str):
    p = read_page(text, dt.date(2025, 4, 22))
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


def test_a_short_sentence_under_an_outlet_and_age_line_is_the_items_text():
    items, _ = _items("Últimas notícias\n\nGoverno aprova novo plano ferroviário\nLusa | Há 2 horas\n"
                      "O plano prevê três novas linhas até 2035.\n\nCheias cortam estrada em Coimbra\nPúblico | Há 5 horas\n"
                      "Não houve feridos.\n\nPorto inaugura nova ponte pedonal\nJN | Ontem\nA obra custou 12 milhões de euros.\n")
    assert items == [("Governo aprova novo plano ferroviário", ["O plano prevê três novas linhas até 2035."]),
                     ("Cheias cortam estrada em Coimbra", ["Não houve feridos."]),
                     ("Porto inaugura nova ponte pedonal", ["A obra custou 12 milhões de euros."])]


def test_portuguese_day_words_date_an_item():
    p = read_page("Notícias\n\nGoverno aprova novo plano ferroviário\nLusa | Ontem\nO plano prevê três novas linhas até 2035.\n\n"
              "Cheias cortam estrada em Coimbra\nPúblico | Hoje\nA estrada reabre amanhã de manhã.\n", dt.date(2025, 4, 22))
    assert [(s.title, s.date) for s in p.stories] == [("Governo aprova novo plano ferroviário", dt.date(2025, 4, 21)),
                                                      ("Cheias cortam estrada em Coimbra", dt.date(2025, 4, 22))]


def test_a_text_signed_with_its_outlet_after_a_dash_is_the_items_text_and_outlet():
    p = read_page("Daily Briefing | April 22, 2025\n\nTOP STORY\nPope Francis dies at 88\n"
              "The Vatican said the pontiff died on Easter Monday after a long illness. — Reuters\n\n"
              "MARKETS\nGold hits a record above $3,400\nInvestors sought safety as the dollar slid against major currencies. — Bloomberg\n\n"
              "SPORT\nArsenal close in on second place\nA late goal sealed the win at the Emirates on Monday night. — BBC Sport\n", dt.date(2025, 4, 22))
    assert [(s.title, s.source) for s in p.stories] == [("Pope Francis dies at 88", "Reuters"),
                                                        ("Gold hits a record above $3,400", "Bloomberg"),
                                                        ("Arsenal close in on second place", "BBC Sport")]
    assert [s.paras[-1][-1] for s in p.stories] == [".", ".", "."]
