"""A link board's listing as pasted (an old-style forum of links): headline, a submitter line with
its age, the linked site's domain, a tally of comments. Each item is its headline with the age as
its date and the domain as its outlet; the submitter line is not the headline wrapped."""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page

D = dt.date


def _items(text: str):
    p = read_page(text, D(2025, 4, 29))
    return [(s.title, s.date, s.source) for s in p.stories]


def test_a_link_boards_week_in_english():
    assert _items("r/energy – top this week\n\n"
                  "Chile picks developers for its first green hydrogen hub\nsubmitted 2 days ago by atacama_sun to r/energy\n"
                  "bnamericas.com\n87 comments  share  save\n\n"
                  "Ontario signs deal for four small modular reactors\nsubmitted 3 days ago by maple_grid to r/energy\n"
                  "cbc.ca\n1.4k comments  share  save\n\n"
                  "Vietnam approves its offshore wind master plan\nsubmitted 4 days ago by mekong_volt to r/energy\n"
                  "vnexpress.net\n212 comments  share  save\n") == [
        ("Chile picks developers for its first green hydrogen hub", D(2025, 4, 27), "bnamericas.com"),
        ("Ontario signs deal for four small modular reactors", D(2025, 4, 26), "cbc.ca"),
        ("Vietnam approves its offshore wind master plan", D(2025, 4, 25), "vnexpress.net")]


def test_a_link_boards_week_in_french():
    assert _items("r/france – les plus partagés\n\n"
                  "Le Conseil d'État suspend l'arrêté sur la chasse à la glu\nsoumis il y a 2 jours par pic_vert sur r/france\n"
                  "lemonde.fr\n312 commentaires\n\n"
                  "La Bretagne teste un train léger entre Rennes et Châteaubriant\nsoumis il y a 3 jours par breizh_rail sur r/france\n"
                  "ouest-france.fr\n98 commentaires\n\n"
                  "Grenoble étend sa zone à faibles émissions aux utilitaires\nsoumis il y a 4 jours par alpes_velo sur r/france\n"
                  "ledauphine.com\n1,1k commentaires\n") == [
        ("Le Conseil d'État suspend l'arrêté sur la chasse à la glu", D(2025, 4, 27), "lemonde.fr"),
        ("La Bretagne teste un train léger entre Rennes et Châteaubriant", D(2025, 4, 26), "ouest-france.fr"),
        ("Grenoble étend sa zone à faibles émissions aux utilitaires", D(2025, 4, 25), "ledauphine.com")]
