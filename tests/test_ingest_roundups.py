"""Link roundups a collector pastes from a newsletter: each bullet a headline with its outlet and
date in parentheses, its one-line text indented under it. The text lines up with the bullet's
words, yet it is no continuation of a headline closed by its parenthesis."""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page

D = dt.date


def _items(text: str):
    p = read_page(text, D(2025, 4, 29))
    return [(s.title, s.date, s.source, s.paras) for s in p.stories]


def test_indented_text_under_a_headline_closed_by_outlet_and_date():
    assert _items("Weekly transport links\n\n"
                  "* Dutch rail operator orders forty new intercity trains (NL Times, Apr 24)\n"
                  "  The first trains will run between Amsterdam and Eindhoven in 2029.\n"
                  "* Lisbon extends its metro's red line to the airport terminal (Portugal Resident, Apr 23)\n"
                  "  Work on the two new stations starts this summer.\n"
                  "* Ohio approves funding for a Cincinnati streetcar extension (Cincinnati Enquirer, Apr 22)\n"
                  "  The line will reach the university campus by 2027.\n") == [
        ("Dutch rail operator orders forty new intercity trains", D(2025, 4, 24), "NL Times",
         ["The first trains will run between Amsterdam and Eindhoven in 2029."]),
        ("Lisbon extends its metro's red line to the airport terminal", D(2025, 4, 23), "Portugal Resident",
         ["Work on the two new stations starts this summer."]),
        ("Ohio approves funding for a Cincinnati streetcar extension", D(2025, 4, 22), "Cincinnati Enquirer",
         ["The line will reach the university campus by 2027."])]


def test_the_same_roundup_in_french():
    items = _items("Revue de liens – énergie\n\n"
                   "- La Bretagne lance son premier parc éolien flottant commercial (Ouest-France, 24 avril)\n"
                   "  Les turbines seront installées au large de Groix en 2027.\n"
                   "- Le prix du gaz baisse pour le troisième mois consécutif en France (Les Échos, 23 avril)\n"
                   "  La baisse atteint quatre pour cent pour les ménages au tarif repère.\n"
                   "- Un nouveau réseau de chaleur alimente deux quartiers de Grenoble (Le Dauphiné, 22 avril)\n"
                   "  Il remplace des chaudières au fioul dans 3 000 logements.\n")
    assert [(t, d, s) for t, d, s, _ in items] == [
        ("La Bretagne lance son premier parc éolien flottant commercial", D(2025, 4, 24), "Ouest-France"),
        ("Le prix du gaz baisse pour le troisième mois consécutif en France", D(2025, 4, 23), "Les Échos"),
        ("Un nouveau réseau de chaleur alimente deux quartiers de Grenoble", D(2025, 4, 22), "Le Dauphiné")]
    assert all(len(paras) == 1 for *_, paras in items)
