"""A live ticker's '+++ 14:32 Headline +++' lines and a social timeline's posts ending on their
shortened link: the title is the headline alone."""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page



def _titles(text: str) -> list[str]:
    return [s.title for s in read_page(text, dt.date(2025, 4, 22)).stories]


def test_a_tickers_plus_marks_and_clock_time_leave_the_title():
    assert _titles("+++ Live: Hochwasser in Bayern +++\n\n+++ 16:05 Pegel der Donau sinkt in Passau +++\n"
                   "Die Stadt hebt die Sperrung der Altstadt am Abend auf.\n\n+++ 14:40 Bahn stellt Verkehr zwischen Ulm und Augsburg ein +++\n"
                   "Mehrere Streckenabschnitte stehen unter Wasser.\n\n+++ 11:15 Bundeswehr hilft beim Sandsackfüllen +++\n"
                   "Rund 300 Soldaten sind im Einsatz.\n") == [
        "Pegel der Donau sinkt in Passau", "Bahn stellt Verkehr zwischen Ulm und Augsburg ein", "Bundeswehr hilft beim Sandsackfüllen"]


def test_a_posts_shortened_link_is_not_in_its_title():
    assert _titles("@LeMondefr · 2h\nLe Conseil constitutionnel valide l'essentiel de la loi immigration lemde.fr/4abc\n\n"
                   "@ElPais · 3h\nEl Gobierno aprueba el plan de vivienda asequible elpais.com/espana/2025-04-22/plan.html\n\n"
                   "@Corriere · 5h\nIl Senato approva la riforma della giustizia corriere.it/politica/x\n") == [
        "Le Conseil constitutionnel valide l'essentiel de la loi immigration",
        "El Gobierno aprueba el plan de vivienda asequible", "Il Senato approva la riforma della giustizia"]
