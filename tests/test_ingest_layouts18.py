"""Held-out set 18's kinds of page, on pages written here in other wordings and languages: an
aggregator's copy whose cards each carry their outlet on the line over the headline (the outlet
line first, the card's age under the headline, buttons, bylines and logos between cards)."""
from __future__ import annotations

import datetime as dt

import pytest
from ingest_page import read_page

CAPTURED = dt.date(2025, 6, 20)


def _rows(text: str):
    p = read_page(text, CAPTURED)
    return [(s.title, s.source, s.date) for s in p.stories]


# --- an aggregator's cards: 'Outlet' / 'Headline' / '2 hours ago', the outlet line first

_EN_NEWS = ("Google News\nHome\nFor you\nFollowing\nU.S.\nWorld\nLocal\nFloods\nTopic\nFollow\nShare\nLatest\n"
            "Reuters\nRiver levels peak overnight as crews shore up levees\n3 hours ago\nFull coverage\nMore\n"
            "The Guardian\nInsurers brace for a wave of claims after the floods\n5 hours ago\nBy Jane Holloway\nMore\n"
            "Valley Courier\nCouncil opens three rest centres for displaced families\nYesterday\nMore\n"
            "Hillside Gazette\nVolunteers fill 20,000 sandbags in a single weekend\nJun 17, 2025\nMore\n"
            "Loading more articles …\n")
_FR_LOGOS = ("Actualités\nÀ la une\nPour vous\nTransports\n"
             "Logo Le Monde\nLe Monde\nLa ligne de tram vers l'aéroport ouvrira en septembre\nil y a 4 heures\nPlus\n"
             "Logo Ouest-Éclair\nOuest-Éclair\nLes contrôleurs annoncent une grève pour le week-end\nHier\nPlus\n"
             "Logo Le Figaro\nLe Figaro\nLe port de commerce retrouve son trafic d'avant la crise\n17 juin 2025\nPlus\n")


@pytest.mark.parametrize("page, want", [
    (_EN_NEWS, [("River levels peak overnight as crews shore up levees", "Reuters", dt.date(2025, 6, 20)),
                ("Insurers brace for a wave of claims after the floods", "The Guardian", dt.date(2025, 6, 20)),
                ("Council opens three rest centres for displaced families", "Valley Courier", dt.date(2025, 6, 19)),
                ("Volunteers fill 20,000 sandbags in a single weekend", "Hillside Gazette", dt.date(2025, 6, 17))]),
    (_FR_LOGOS, [("La ligne de tram vers l'aéroport ouvrira en septembre", "Le Monde", dt.date(2025, 6, 20)),
                 ("Les contrôleurs annoncent une grève pour le week-end", "Ouest-Éclair", dt.date(2025, 6, 19)),
                 ("Le port de commerce retrouve son trafic d'avant la crise", "Le Figaro", dt.date(2025, 6, 17))]),
    (_EN_NEWS.replace("\nReuters\n", "\nReuters logo\nReuters\n").replace("More\nThe Guardian\n", "More\nThe Guardian logo\nThe Guardian\n"),
     [("River levels peak overnight as crews shore up levees", "Reuters", dt.date(2025, 6, 20)),
      ("Insurers brace for a wave of claims after the floods", "The Guardian", dt.date(2025, 6, 20)),
      ("Council opens three rest centres for displaced families", "Valley Courier", dt.date(2025, 6, 19)),
      ("Volunteers fill 20,000 sandbags in a single weekend", "Hillside Gazette", dt.date(2025, 6, 17))]),
], ids=["en-menu-buttons-bylines-unlisted-outlets", "fr-logo-lines-over-each-outlet", "en-logo-lines-after-the-name"])
def test_an_aggregators_cards_each_have_the_outlet_over_them(page, want):
    assert _rows(page) == want


def test_a_page_with_text_between_outlet_and_headline_cards_is_not_read_as_cards():
    # (a teaser under each card: the headline pages' own reading, each outlet line where it is)
    page = ("Reuters\nRiver levels peak overnight as crews shore up levees\n3 hours ago\n"
            "Crews worked through the night to raise the levees along the lower valley.\n\n"
            "The Guardian\nInsurers brace for a wave of claims after the floods\n5 hours ago\n"
            "Early estimates put the damage at several hundred million pounds.\n\n"
            "Valley Courier\nCouncil opens three rest centres for displaced families\nYesterday\n"
            "Three schools will host families until the water recedes.\n")
    assert [s for _, s, _ in _rows(page)] == ["Reuters", "The Guardian", "Valley Courier"]
