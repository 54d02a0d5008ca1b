"""Layouts of held-out sets 25 and 26 read in general (pages written here, in other wordings,
outlets and languages), by kind: a meta line 'Outlet · age · Section' under each headline names the
item's outlet first (listed or, beside listed ones, not), …"""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page

_DAY = dt.date(2026, 3, 12)


def _read(text: str):
    return read_page(text, _DAY).stories


def test_the_first_field_of_an_outlet_age_section_line_is_the_items_outlet():
    stories = _read("Latest on #water-prices\n\n"
                    "Thames Water asks regulator for a further bill rise\nThe Guardian · 3 hours ago · Business\n"
                    "The company says it needs another £2bn to repair ageing pipes across London and the south-east.\n\n"
                    "Scottish Water freezes charges for small businesses\nHarbour Post · 2 days ago · Scotland\n"
                    "Firms with fewer than ten staff will pay the same as last year, the utility said on Tuesday.\n\n"
                    "Drought order lifted in Yorkshire after wet February\nBloomberg · 4 days ago · Markets\n"
                    "Reservoir levels are back above the seasonal average, the water company said.\n\n"
                    "Welsh ministers consult on social tariff for water\n5 days ago · Politics\n"
                    "Households on benefits could see bills capped at three per cent of income.\n")
    assert [(s.title, s.date, s.source) for s in stories] == [
        ("Thames Water asks regulator for a further bill rise", _DAY, "The Guardian"),
        ("Scottish Water freezes charges for small businesses", dt.date(2026, 3, 10), "Harbour Post"),
        ("Drought order lifted in Yorkshire after wet February", dt.date(2026, 3, 8), "Bloomberg"),
        ("Welsh ministers consult on social tariff for water", dt.date(2026, 3, 7), "")]


def test_a_german_outlet_age_section_line_names_its_outlet():
    stories = _read("Neueste Artikel zu #Mietpreise\n\n"
                    "Mieten in Graz steigen stärker als im Bundesschnitt\nDer Standard · vor 2 Tagen · Wirtschaft\n"
                    "Die Angebotsmieten legten im Jahresvergleich um sieben Prozent zu, zeigt eine Auswertung.\n\n"
                    "Wien verlängert Sanierungsbonus für Altbauten\nDie Presse · 9. März · Wien\n"
                    "Eigentümer können die Förderung nun bis Ende des Jahres beantragen.\n\n"
                    "Leerstandsabgabe in Tirol bringt weniger als erwartet\nKurier · vor 5 Tagen · Chronik\n"
                    "Die Gemeinden nahmen im ersten Jahr rund zwei Millionen Euro ein.\n")
    assert [(s.title, s.date, s.source) for s in stories] == [
        ("Mieten in Graz steigen stärker als im Bundesschnitt", dt.date(2026, 3, 10), "Der Standard"),
        ("Wien verlängert Sanierungsbonus für Altbauten", dt.date(2026, 3, 9), "Die Presse"),
        ("Leerstandsabgabe in Tirol bringt weniger als erwartet", dt.date(2026, 3, 7), "Kurier")]
