"""Layouts first met in held-out set 16, each tested on pages written for the test in other wordings
and languages: a one-article-a-line list with a separator of its own."""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page


def _stories(text: str, captured=dt.date(2025, 5, 13)):
    return read_page(text, captured).stories


def test_a_list_with_its_own_separator_is_read_by_its_columns_in_german():
    stories = _stories("Presseschau Wirtschaft\n\n"
                       "12.05.2025 ¦ Tagesspiegel ¦ Senat beschließt Sparpaket für die Bezirke\n"
                       "11.05.2025 ¦ Märkische Oderzeitung ¦ Werk in Eisenhüttenstadt fährt Produktion zurück\n"
                       "09.05.2025 ¦ Tagesspiegel ¦ Mieten in Neukölln steigen langsamer als erwartet\n")
    assert [(s.title, s.source, s.date) for s in stories] == [
        ("Senat beschließt Sparpaket für die Bezirke", "Tagesspiegel", dt.date(2025, 5, 12)),
        ("Werk in Eisenhüttenstadt fährt Produktion zurück", "Märkische Oderzeitung", dt.date(2025, 5, 11)),
        ("Mieten in Neukölln steigen langsamer als erwartet", "Tagesspiegel", dt.date(2025, 5, 9))]


def test_a_list_with_its_own_separator_and_a_key_line_in_french():
    stories = _stories("Revue de presse — énergie\n(date • titre • journal)\n\n"
                       "12/05/25 • La centrale de Fessenheim sera démantelée d'ici 2040 • L'Alsace\n"
                       "10/05/25 • Le prix du gaz recule pour le troisième mois • Le Parisien\n"
                       "07/05/25 • Un parc solaire flottant inauguré près de Lyon • Le Progrès\n")
    assert [(s.title, s.source, s.date) for s in stories] == [
        ("La centrale de Fessenheim sera démantelée d'ici 2040", "L'Alsace", dt.date(2025, 5, 12)),
        ("Le prix du gaz recule pour le troisième mois", "Le Parisien", dt.date(2025, 5, 10)),
        ("Un parc solaire flottant inauguré près de Lyon", "Le Progrès", dt.date(2025, 5, 7))]


def test_headlines_holding_one_slash_each_are_no_columns():
    stories = _stories("Top stories\n\n- Rates: a cut / a pause, economists split\n"
                       "- Housing / transport: the council's two big votes\n"
                       "- Wind / solar share passes half for the first time\n")
    assert [s.title for s in stories] == ["Rates: a cut / a pause, economists split",
                                          "Housing / transport: the council's two big votes",
                                          "Wind / solar share passes half for the first time"]

