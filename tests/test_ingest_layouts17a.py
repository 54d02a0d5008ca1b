"""Layouts of held-out set 17 read in general (pages written here, in other wordings and languages):
a day word inside a site's address or name is no date, and a site named by its bare address after
an item is its outlet as the page writes it."""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page

_DAY = dt.date(2025, 6, 3)


def _read(text: str):
    return read_page(text, _DAY).stories


def test_a_day_word_inside_a_domain_or_address_dates_no_item():
    # a portal named 'oggi' / 'today' in its address: neither the masthead nor the footer dates an item
    stories = _read("salute-oggi.it\nHome | Notizie | Contatti\n\nUltime notizie dalla sanità\n\n"
                    "Liste d'attesa, le regioni chiedono più fondi\nLe regioni hanno presentato al ministero un piano "
                    "per ridurre i tempi di attesa entro la fine dell'anno.\nFonte: www.regioni.it\n\n"
                    "Vaccini antinfluenzali, campagna anticipata a ottobre\nIl ministero anticipa la campagna di due "
                    "settimane rispetto allo scorso anno.\nFonte: www.salute.gov.it\n\n"
                    "© salute-oggi.it | Privacy | Contatti\n")
    assert [(s.title, s.date) for s in stories] == [
        ("Liste d'attesa, le regioni chiedono più fondi", None),
        ("Vaccini antinfluenzali, campagna anticipata a ottobre", None)]


def test_a_day_word_standing_as_a_word_still_dates_an_item():
    stories = _read("care-today.org news\n\nCouncil opens two new day centres\nToday\nThe centres open on weekdays "
                    "from nine to five.\n\nHospital trust hires 40 nurses\nYesterday\nThe nurses start in July.\n")
    assert [(s.title, s.date) for s in stories] == [("Council opens two new day centres", _DAY),
                                                    ("Hospital trust hires 40 nurses", dt.date(2025, 6, 2))]


def test_a_site_named_by_its_bare_address_is_the_outlet_as_written():
    stories = _read("Noticias de salud\n\nEl Gobierno amplía las plazas de medicina\nEl ministerio crea 500 plazas "
                    "nuevas en las facultades públicas.\nFuente: www.sanidad.gob.es\n\n"
                    "Madrid abre tres centros de salud nuevos\nLos centros abrirán por la tarde desde septiembre.\n"
                    "Fuente: www.comunidad.madrid\n\n"
                    "La OMS alerta del aumento del sarampión\nLos casos se han duplicado en Europa este año.\n"
                    "Fuente: www.who.int\n")
    assert [(s.title, s.source) for s in stories] == [
        ("El Gobierno amplía las plazas de medicina", "www.sanidad.gob.es"),
        ("Madrid abre tres centros de salud nuevos", "www.comunidad.madrid"),
        ("La OMS alerta del aumento del sarampión", "www.who.int")]


def test_a_link_with_a_path_still_names_the_outlet_of_its_site():
    stories = _read("Reading list\n\nCentral bank holds rates\nThe bank kept its rate at 4 per cent.\n"
                    "https://www.reuters.com/markets/central-bank-holds-rates\n\n"
                    "Rail strike called off\nUnions accepted the new offer.\nhttps://www.bbc.co.uk/news/rail-strike\n")
    assert [(s.title, s.source) for s in stories] == [("Central bank holds rates", "Reuters"),
                                                      ("Rail strike called off", "BBC")]
