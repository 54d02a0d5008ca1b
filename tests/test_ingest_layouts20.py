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


# --- a tag page headed in the site's language, its date or age and a comment count below the tags

_ES_BODY = ("El Gobierno aprobó este martes un decreto que limita la subida de los alquileres en las zonas tensionadas "
            "durante un año más. La medida afecta a unos dos millones de hogares, según el ministerio, y las asociaciones "
            "de propietarios anunciaron que recurrirán la norma ante el Tribunal Supremo.")
_ES_BODY2 = ("La comunidad autónoma destinará cuarenta millones de euros a rehabilitar bloques de viviendas construidos "
             "antes de 1980. Las ayudas cubrirán hasta la mitad del coste de las obras de aislamiento y de los ascensores, "
             "informó la consejería de Vivienda en un comunicado publicado en Valencia.")


def test_a_tag_page_in_spanish_with_the_age_or_date_under_the_tags():
    page = ("Tema – Vivienda\n\n"
            f"El Gobierno prorroga el tope a los alquileres\n{_ES_BODY}\nVivienda\nAlquiler\nGobierno\nhace 3 horas\n12 comentarios\n\n"
            "Publicidad\n\n"
            f"Valencia amplía las ayudas para rehabilitar edificios\n{_ES_BODY2}\nValencia\nRehabilitación\n"
            "27 de febrero de 2025\n\nCargar más\n\nLo más leído\n1 Cortes de tráfico en la A-7 por obras\n"
            "2 El puerto bate su récord de cruceros\n")
    p = read_page(page, CAPTURED)
    assert p.layout == "tag-page"
    assert [(s.title, s.date, s.labels) for s in p.stories] == [
        ("El Gobierno prorroga el tope a los alquileres", CAPTURED, ["Vivienda", "Alquiler", "Gobierno"]),
        ("Valencia amplía las ayudas para rehabilitar edificios", D(2025, 2, 27), ["Valencia", "Rehabilitación"])]
    assert p.page_labels == ["Vivienda"]


# --- a person's notes file: day headings with a weekday and no year, the writer's '>>' remarks

_NOTES = ("transport things to read later - june\n"
          "(copied from the sites, my notes after the arrows)\n\n"
          "Wed 4/6\n\n"
          "Tram extension to the university gets its final funding approval\n"
          "The regional authority confirmed the last tranche of funding for the four-kilometre line, which is "
          "due to open in the spring of 2027 after two years of works.\n"
          "theguardian.com\n"
          ">> compare with the 2019 cost estimate, was it really that much lower??\n\n"
          "Mon 9/6\n\n"
          "Night buses return to three suburban routes from July\n"
          "The operator said it had hired enough drivers to run the services again on Friday and Saturday nights.\n"
          ">> no source, a neighbour forwarded it - check before quoting\n")


def test_notes_day_headings_with_a_weekday_and_no_year_date_their_items():
    assert [(s.title, s.date) for s in read_page(_NOTES, CAPTURED).stories][:1] == [
        ("Tram extension to the university gets its final funding approval", D(2025, 6, 4))]
    assert [s.date for s in read_page(_NOTES, CAPTURED).stories if s.title.startswith("Night")] == [D(2025, 6, 9)]


def test_the_writers_remarks_closing_each_note_are_no_items():
    assert _items(_NOTES) == [
        ("Tram extension to the university gets its final funding approval", D(2025, 6, 4), "theguardian.com"),
        ("Night buses return to three suburban routes from July", D(2025, 6, 9), "")]
