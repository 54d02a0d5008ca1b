"""Items run together on held-out set 17's kinds of page, on pages written here in other wordings
and languages: a shared doc's one-link-a-line log under a line naming its fields (any separator),
a table pasted into an e-mail between a greeting and a signature (psql/MySQL, Markdown, Emacs org,
tab-separated), and untitled bullets run together on one line."""
from __future__ import annotations

import datetime as dt

import pytest
from ingest_page import read_page

CAPTURED = dt.date(2025, 6, 20)


def _rows(text: str):
    p = read_page(text, CAPTURED)
    return [(s.title, s.source, s.date, " ".join(s.paras)) for s in p.stories]


# --- a one-link-a-line log: fields split at a separator every line shares, named by a header line

def test_a_link_log_under_a_line_naming_its_fields_is_one_item_a_line_in_german():
    page = ("Linksammlung Wohnungsbau (geteiltes Dokument)\n"
            "Zuletzt bearbeitet vor 2 Stunden\n"
            "Spalten: Titel :: Quelle :: Datum :: Notiz. Bitte nichts umstellen!\n\n"
            "Neubauzahlen sinken das dritte Jahr in Folge :: Handelsblatt :: 2025/06/18 :: Genehmigungen minus 12 Prozent\n"
            "Mietpreisbremse bis 2029 verlängert ::  :: 2025/06/12 :: Bundestag stimmt mit großer Mehrheit zu\n"
            "Stadtwerke planen 4000 Sozialwohnungen :: Rheinpfalz-Bote ::  :: Bau soll im Herbst beginnen\n"
            "Baukosten steigen langsamer :: destatis.de :: 2025/06/02 :: \n\n"
            "(weitere 18 Links im Archiv)\n")
    assert _rows(page) == [
        ("Neubauzahlen sinken das dritte Jahr in Folge", "Handelsblatt", dt.date(2025, 6, 18), "Genehmigungen minus 12 Prozent"),
        ("Mietpreisbremse bis 2029 verlängert", "", dt.date(2025, 6, 12), "Bundestag stimmt mit großer Mehrheit zu"),
        ("Stadtwerke planen 4000 Sozialwohnungen", "Rheinpfalz-Bote", None, "Bau soll im Herbst beginnen"),
        ("Baukosten steigen langsamer", "destatis.de", dt.date(2025, 6, 2), "Baukosten steigen langsamer")]


_FR = ("Veille presse transports\n"
       "(date ~ média ~ titre ; le plus récent en haut)\n\n"
       "19/06/2025 ~ Ouest-Éclair ~ La ligne de tram vers l'aéroport ouvrira en septembre\n"
       "17/06/2025 ~ Le Courrier du Rail ~ Les contrôleurs annoncent une grève pour le week-end\n"
       "16/06/2025 ~ Ouest-Éclair ~ Le port de commerce retrouve son trafic d'avant la crise\n")
_EN = ("Flood coverage - links\nAdd yours at the bottom.\n\n"
       "River levels peak overnight in the valley >> Valley Courier >> 2025-06-17\n"
       "Insurers brace for a wave of claims after the floods >> The Ledger >> 2025-06-18\n"
       "Council opens three rest centres for families >> Valley Courier >> 2025-06-19\n")


@pytest.mark.parametrize("page, want", [
    (_FR, [("La ligne de tram vers l'aéroport ouvrira en septembre", "Ouest-Éclair", dt.date(2025, 6, 19)),
           ("Les contrôleurs annoncent une grève pour le week-end", "Le Courrier du Rail", dt.date(2025, 6, 17)),
           ("Le port de commerce retrouve son trafic d'avant la crise", "Ouest-Éclair", dt.date(2025, 6, 16))]),
    (_EN, [("River levels peak overnight in the valley", "Valley Courier", dt.date(2025, 6, 17)),
           ("Insurers brace for a wave of claims after the floods", "The Ledger", dt.date(2025, 6, 18)),
           ("Council opens three rest centres for families", "Valley Courier", dt.date(2025, 6, 19))]),
], ids=["fr-header-line-gives-the-order", "en-no-header-fields-by-their-values"])
def test_a_link_log_under_a_few_lines_of_its_own_is_one_item_a_line(page, want):
    assert [(t, s, d) for t, s, d, _ in _rows(page)] == want


def test_a_dated_paragraph_with_one_slash_is_no_list():
    page = ("Weekly letter\n\nThe board met on 2025/06/12 and agreed the budget / the plan for the depot.\n\n"
            "Depot works start in July\nThe contractor was named on Monday.\n\n"
            "Library hours change\nThe branch opens later on Saturdays.\n")
    p = read_page(page, CAPTURED)
    assert "Depot works start in July" in [s.title for s in p.stories]


# --- a table pasted into an e-mail: one row an item, its cells by the header's names

_GREETING = "Subject: Press review, week 25\nFrom: Press office <press@example.org>\n\nHello all,\nhere is this week's table of coverage.\n\n"
_SIGNATURE = "\nBest regards,\nJo Smith\nPress office\nThis message is confidential.\n"


def test_a_psql_table_pasted_into_an_english_email_is_one_item_a_row():
    page = (_GREETING +
            "+----------------+----------------------------------------+-----------------------------------------+------------+\n"
            "| Outlet         | Headline                               | Standfirst                              | Date       |\n"
            "+----------------+----------------------------------------+-----------------------------------------+------------+\n"
            "| Harbour Times  | Ferry fares to rise by five per cent   | The operator blames fuel and wages.     | 18/06/2025 |\n"
            "| Northern Echo  | New bridge opens two months early      | Traffic on the ring road eased at once. | 17/06      |\n"
            "| Harbour Times  | Fishing quota talks stall again        | No date has been set for a new round.   |            |\n"
            "+----------------+----------------------------------------+-----------------------------------------+------------+\n"
            + _SIGNATURE)
    assert _rows(page) == [
        ("Ferry fares to rise by five per cent", "Harbour Times", dt.date(2025, 6, 18), "The operator blames fuel and wages."),
        ("New bridge opens two months early", "Northern Echo", dt.date(2025, 6, 17), "Traffic on the ring road eased at once."),
        ("Fishing quota talks stall again", "Harbour Times", None, "No date has been set for a new round.")]


def _cells(rows) -> str:
    return "\n".join("| " + " | ".join(r) + " |" for r in rows)


_TABLES = {   # a header and rows, pasted as Markdown, Emacs org or tab-separated cells
    "markdown": lambda head, rows: _cells([head]) + "\n|---|---|---|---|\n" + _cells(rows),
    "org": lambda head, rows: _cells([head]) + "\n|---+---+---+---|\n" + _cells(rows),
    "tsv": lambda head, rows: "\n".join("\t".join(r) for r in [head, *rows]),
}
_MAILS = {
    "it": ("Oggetto: Rassegna stampa\n\nCiao a tutti,\nvi giro la tabella della settimana.\n\n",
           "\n\nGrazie e buon lavoro,\nLuca\n", ("Data", "Testata", "Titolo", "Sommario"),
           [("19/06/2025", "Gazzetta del Lago", "Il traghetto notturno torna in servizio", "Corse ogni venerdì fino a settembre."),
            ("18/06/2025", "Eco di Valle", "Chiude la cartiera storica", "Cinquanta lavoratori in cassa integrazione."),
            ("", "Gazzetta del Lago", "Nuova pista ciclabile sul lungolago", "I lavori partono a luglio.")]),
    "de": ("Betreff: Pressespiegel\n\nHallo zusammen,\nanbei die Tabelle der Woche.\n\n",
           "\n\nViele Grüße\nAnna Berg\nPressestelle\n", ("Datum", "Zeitung", "Überschrift", "Zusammenfassung"),
           [("18.06.2025", "Weser-Anzeiger", "Stadtbahn fährt ab Herbst im Zehn-Minuten-Takt", "Die Verkehrsbetriebe stellen neue Züge ein."),
            ("17.06.2025", "Kreisblatt Nord", "Kreis schließt zwei Geburtsstationen", "Es fehlen Hebammen und Ärztinnen."),
            ("", "Weser-Anzeiger", "Freibad öffnet nach Sanierung", "Der Eintritt bleibt bei vier Euro.")]),
}
_DAYS = {"19/06/2025": dt.date(2025, 6, 19), "18/06/2025": dt.date(2025, 6, 18), "18.06.2025": dt.date(2025, 6, 18),
         "17.06.2025": dt.date(2025, 6, 17), "": None}


@pytest.mark.parametrize("lang, shape", [("it", "markdown"), ("de", "org"), ("de", "tsv")])
def test_a_table_in_an_email_is_one_item_a_row_its_cells_by_the_headers_names(lang, shape):
    top, bottom, head, rows = _MAILS[lang]
    assert _rows(top + _TABLES[shape](head, rows) + bottom) == [
        (title, outlet, _DAYS[day], text) for day, outlet, title, text in rows]


def test_a_year_first_date_with_slashes_is_a_date_but_a_web_address_path_is_not():
    from chronicle.ingest import when
    assert [(f.year, f.month, f.day) for f in when.find_dates("Posted 2025/06/12 by the desk")] == [(2025, 6, 12)]
    assert when.find_dates("https://example.org/2025/06/12/story") == []


# --- untitled bullets run together on one line, under a greeting that is a paragraph of its own

def _bullets(page: str):
    p = read_page(page, CAPTURED)
    return [(s.title, " ".join(s.paras), s.date) for s in p.stories]


def test_bullets_run_together_on_one_line_are_one_item_each_in_english():
    page = ("The Morning Note\nour daily letter\nFriday 20 June 2025\n\n"
            "Good morning! A busy day for anyone following the courts: two rulings are due and a long trial ends. "
            "Here is what to know before coffee.\n\n"
            "AT A GLANCE ● The appeal court rules today on the harbour tunnel contract signed in 2019. ● The jury "
            "is out in the fraud trial of the former port director after six weeks. ● The review of judges' pay "
            "is published at noon, with a rise of three per cent expected.\n\n"
            "1. Council wins its case over the bus depot\nThe judge found the lease had been ended lawfully and "
            "ordered costs against the operator.\n")
    day = dt.date(2025, 6, 20)
    assert _bullets(page) == [
        ("", "The appeal court rules today on the harbour tunnel contract signed in 2019.", day),
        ("", "The jury is out in the fraud trial of the former port director after six weeks.", day),
        ("", "The review of judges' pay is published at noon, with a rise of three per cent expected.", day),
        ("Council wins its case over the bus depot",
         "The judge found the lease had been ended lawfully and ordered costs against the operator.", day)]


def test_bullets_run_together_after_a_label_with_a_colon_in_german():
    page = ("Der Morgen\nder Newsletter der Redaktion\nFreitag, 20. Juni 2025\n\n"
            "Guten Morgen! Heute geht es um Wohnen und Verkehr in der Region, und am Abend tagt der Stadtrat. "
            "Hier das Wichtigste in Kürze.\n\n"
            "Auf einen Blick: • Die Stadtbahnlinie 4 fährt ab Montag wieder durch die Innenstadt. "
            "• Der Mietspiegel steigt um durchschnittlich sechs Prozent. "
            "• Das Hallenbad Nord bleibt wegen eines Wasserschadens bis Ende Juli geschlossen.\n\n"
            "1. Stadtrat berät über neue Radwege\nAuf der Tagesordnung stehen drei Strecken und ein "
            "Parkhaus am Bahnhof.\n")
    assert [t for t, _, _ in _bullets(page)] == ["", "", "", "Stadtrat berät über neue Radwege"]
    assert [b for _, b, _ in _bullets(page)][:3] == [
        "Die Stadtbahnlinie 4 fährt ab Montag wieder durch die Innenstadt.",
        "Der Mietspiegel steigt um durchschnittlich sechs Prozent.",
        "Das Hallenbad Nord bleibt wegen eines Wasserschadens bis Ende Juli geschlossen."]


# --- numbered items each closed by a line signed with a dash: '— Outlet, 15/5/2025' dates the item above

def test_a_dash_signed_date_line_under_an_items_text_is_that_items_date_in_french():
    page = ("La Matinale\nla lettre du matin\nvendredi 20 juin 2025\n\n"
            "1. Le tramway de la rive droite prend du retard\nLes essais ne commenceront pas avant l'automne, "
            "selon la métropole.\n— L'Écho de la Rive, 18/6/2025\n\n"
            "2. Les bouquinistes rouvrent leurs boîtes\nAprès trois semaines de travaux sur les quais, les "
            "vendeurs retrouvent leur place.\n— Quais & Pavés, 17/6/2025\n\n"
            "3. Une piscine flottante sur la Seine cet été\nElle accueillera 150 baigneurs à la fois, sur "
            "réservation.\n— Le Petit Riverain, 16/6/2025\n")
    assert _bullets(page) == [
        ("Le tramway de la rive droite prend du retard", "Les essais ne commenceront pas avant l'automne, selon la métropole.", dt.date(2025, 6, 18)),
        ("Les bouquinistes rouvrent leurs boîtes", "Après trois semaines de travaux sur les quais, les vendeurs retrouvent leur place.", dt.date(2025, 6, 17)),
        ("Une piscine flottante sur la Seine cet été", "Elle accueillera 150 baigneurs à la fois, sur réservation.", dt.date(2025, 6, 16))]


def test_a_dash_signed_date_line_is_not_the_next_items_in_an_english_letter_with_bullets():
    page = ("The Morning Note\nour daily letter\nFriday 20 June 2025\n\n"
            "IN BRIEF ● The ferry timetable changes on Monday for the summer season. ● Two lanes of the "
            "ring road close overnight for resurfacing work.\n\n"
            "1. Council wins its case over the bus depot\nThe judge found the lease had been ended lawfully "
            "and ordered costs against the operator.\n– Harbour Courier, 19/6/2025\n\n"
            "2. Tunnel tolls frozen for a year\nDrivers will pay the same until next summer, the operator said "
            "after talks with the council.\n– Valley Ledger, 17/6/2025\n")
    assert [(t, d) for t, _, d in _bullets(page)] == [
        ("", dt.date(2025, 6, 20)), ("", dt.date(2025, 6, 20)),
        ("Council wins its case over the bus depot", dt.date(2025, 6, 19)),
        ("Tunnel tolls frozen for a year", dt.date(2025, 6, 17))]
