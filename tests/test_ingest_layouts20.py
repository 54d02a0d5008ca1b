"""Held-out set 20's kinds of failure (tests/fixtures/ingest_heldout20), each on pages written here in
other wording, outlets and languages, never the set's own text. Each asserts what a reader sees:
the titles, dates and outlets of the items, and no page furniture among them. In process: no files,
no build."""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page

D = dt.date
CAPTURED = D(2025, 6, 20)   # a Friday


def _items(text: str) -> list[tuple]:
    return [(s.title, s.date, s.source) for s in read_page(text, CAPTURED).stories]


# --- a one-link-a-line list under a header naming some columns in words of its own

def test_a_list_header_naming_the_outlet_column_in_words_not_listed_reads_it_from_its_values():
    page = ("Transport reading, week of 16 June\n"
            "date ~ headline ~ seen in\n\n"
            "19 Jun ~ Rail operator confirms the new timetable for the coastal line from September ~ The Guardian\n"
            "18 Jun ~ Council votes to extend the bus lane trial on the ring road by six months ~ Financial Times\n"
            "17 Jun ~ Ferry fares rise for the second time this year as fuel costs climb ~ \n"
            " ~ Airport expansion plan goes back to the planning inspectorate after objections ~ The Times\n"
            "2 Jan ~ Cycle hire scheme reaches a million journeys since its launch in the city ~ bbc.co.uk\n")
    assert _items(page) == [
        ("Rail operator confirms the new timetable for the coastal line from September", D(2025, 6, 19), "The Guardian"),
        ("Council votes to extend the bus lane trial on the ring road by six months", D(2025, 6, 18), "Financial Times"),
        ("Ferry fares rise for the second time this year as fuel costs climb", D(2025, 6, 17), ""),
        ("Airport expansion plan goes back to the planning inspectorate after objections", None, "The Times"),
        ("Cycle hire scheme reaches a million journeys since its launch in the city", D(2025, 1, 2), "bbc.co.uk")]


def test_a_list_in_french_with_yearless_dates_takes_the_latest_such_day_up_to_the_capture():
    page = ("Veille énergie (copiée du téléphone)\n"
            "date • titre • lu dans\n\n"
            "19 juin • Le gestionnaire du réseau annonce un plan de raccordement des parcs éoliens en mer • Le Monde\n"
            "18 juin • Les tarifs réglementés du gaz baisseront de trois pour cent au premier juillet • Les Echos\n"
            "28 déc. • La centrale de Flamanville a produit ses premiers mégawattheures avant les fêtes • Le Figaro\n")
    assert _items(page) == [
        ("Le gestionnaire du réseau annonce un plan de raccordement des parcs éoliens en mer", D(2025, 6, 19), "Le Monde"),
        ("Les tarifs réglementés du gaz baisseront de trois pour cent au premier juillet", D(2025, 6, 18), "Les Echos"),
        ("La centrale de Flamanville a produit ses premiers mégawattheures avant les fêtes", D(2024, 12, 28), "Le Figaro")]
