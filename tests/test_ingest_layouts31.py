"""Layouts of held-out set 31 read in general (fit31; pages written here, in other wordings, outlets
and languages): an issue's date where items date themselves in their lead, a weekly's 'Week 38'
issue line, a stamp printed without its date, a date line closing its item under its text."""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page

_DAY = dt.date(2026, 9, 22)


def _stories(text: str):
    return read_page(text, _DAY).stories


def _by_title(text: str) -> dict:
    return {s.title: (s.date, s.source) for s in _stories(text)}


_LEAD_DATED = ("WIND & WIRE\n"
               "Fortnightly notes on offshore power\n\n"
               "Issue 57 | Friday 18 September 2026\n\n"
               "Hello again,\n\n"
               "Two tenders and one cancellation this time.\n\n"
               "TOP STORIES\n\n"
               "Dutch tender for IJmuiden Ver Gamma gets four bids\n"
               "15 September 2026 – The Netherlands Enterprise Agency said four consortia bid for the 2 GW site, "
               "with two of them offering to pay for the seabed lease.\n\n"
               "Danish energy agency reopens North Sea round\n"
               "The agency will now offer state co-ownership after the first round drew no bids at all last "
               "year, officials told reporters in Esbjerg.\n\n"
               "Norway delays Utsira Nord floating wind award\n"
               "The ministry said it needs more time to assess state aid requests from the three groups that "
               "applied, pushing the award into next spring.\n\n"
               "Unsubscribe | Manage preferences\n")


def test_an_issue_date_is_no_date_of_items_when_one_dates_itself_in_its_lead():
    stories = _by_title(_LEAD_DATED)
    assert stories["Dutch tender for IJmuiden Ver Gamma gets four bids"][0] == dt.date(2026, 9, 15)
    assert stories["Danish energy agency reopens North Sea round"][0] is None
    assert stories["Norway delays Utsira Nord floating wind award"][0] is None


_WEEKLY = ("MARKTBRIEF\n"
           "Der Wochenbrief für Energiehändler\n"
           "KW 38 · Montag, 21. September 2026\n\n"
           "Guten Morgen,\n\n"
           "die Strompreise sind gefallen, Gas blieb teuer.\n\n"
           "Netzagentur genehmigt höhere Netzentgelte für 2027\n"
           "Quelle: Handelsblatt, 17.09.2026\n"
           "Die Bundesnetzagentur hat den Übertragungsnetzbetreibern höhere Entgelte genehmigt, "
           "weil der Ausbau der Leitungen teurer wird als geplant.\n\n"
           "Uniper verkauft Beteiligung an Gasspeicher in Bayern\n"
           "Der Konzern will sich bis Jahresende von weiteren Beteiligungen trennen, wie es die "
           "Auflagen der EU-Kommission verlangen.\n\n"
           "Strombörse meldet Rekord bei negativen Preisen\n"
           "An 301 Stunden lag der Preis im bisherigen Jahr unter null, so viele wie nie zuvor, "
           "meldet die Börse in Leipzig.\n\n"
           "Abmelden\n")


def test_a_weeklys_week_number_line_is_an_issue_line():
    stories = _by_title(_WEEKLY)
    assert stories["Uniper verkauft Beteiligung an Gasspeicher in Bayern"][0] is None
    assert stories["Strombörse meldet Rekord bei negativen Preisen"][0] is None
    semaine = _WEEKLY.replace("KW 38 · Montag, 21. September 2026", "Week 38 | Monday 21 September 2026")
    assert _by_title(semaine)["Strombörse meldet Rekord bei negativen Preisen"][0] is None


_TOPIC = ("Saltar al contenido\n"
          "Tema\n"
          "Sequía\n"
          "Toda la información sobre la sequía en España.\n\n"
          "Destacados\n"
          "Foto: EFE/Jorge Zapata\n"
          "Los embalses del Guadalquivir caen por debajo del 20 por ciento\n"
          "La confederación hidrográfica advierte de nuevos cortes de riego si no llueve antes de noviembre.\n"
          "hace 4 horas\n\n"
          "Cataluña prorroga la emergencia hídrica en 200 municipios\n"
          "El Govern mantiene las restricciones de agua para piscinas y jardines hasta final de año.\n"
          "18 de septiembre\n\n"
          "Olivareros de Jaén prevén la peor cosecha en una década\n"
          "Las cooperativas calculan que la producción de aceite caerá un tercio respecto al año pasado.\n"
          "16 de septiembre\n\n"
          "Breves\n\n"
          "Lunes, 21 de septiembre de 2026\n\n"
          "17:30\n"
          "Murcia aprueba ayudas para regantes del trasvase\n"
          "El Gobierno regional destinará 12 millones a los agricultores afectados por los recortes.\n\n"
          "11:05\n"
          "Madrid activa la fase de alerta en el Canal de Isabel II\n"
          "Los embalses que abastecen a la capital están al 41 por ciento de su capacidad.\n\n"
          "Cargar más noticias\n")


def test_a_date_line_closing_its_block_under_its_text_is_that_items_not_the_next():
    stories = _by_title(_TOPIC)
    assert stories["Los embalses del Guadalquivir caen por debajo del 20 por ciento"][0] == dt.date(2026, 9, 22)
    assert stories["Cataluña prorroga la emergencia hídrica en 200 municipios"][0] == dt.date(2026, 9, 18)
    assert stories["Olivareros de Jaén prevén la peor cosecha en una década"][0] == dt.date(2026, 9, 16)
    assert stories["Madrid activa la fase de alerta en el Canal de Isabel II"][0] == dt.date(2026, 9, 21)


_SECTION = ("The Courier\n"
            "Subscribe   Log in\n"
            "Business\n\n"
            "Port expansion wins federal approval after two-year review\n"
            "By Dana Whitfield, Staff Writer\n"
            "Updated Sept. 20, 2026\n"
            "The harbour authority can now dredge the eastern channel and build a second container berth.\n\n"
            "Brewery to close plant as sales of craft beer slow\n"
            "By Tom Archer, Business Reporter\n"
            "Sept. 19, 2026\n"
            "About 80 workers will lose their jobs when the plant shuts at the end of November.\n\n"
            "Airline adds direct flights to Vancouver from next spring\n"
            "MONTREAL (Reuters) - The carrier will fly the route four times a week from April, it said on Thursday.\n"
            "By Lise Gagnon, Reuters\n"
            "Sept. 17, 2026\n\n"
            "Farmers market moves indoors for the winter season\n"
            "Vendors will set up in the old rail shed on Saturdays from November to March.\n\n"
            "Council weighs new fees for downtown parking\n"
            "By Dana Whitfield, Staff Writer\n"
            "Sept. 15, 2026\n"
            "Rates would rise by a dollar an hour in the core under the plan put to councillors.\n\n"
            "Load more\n")


def test_a_wire_items_date_under_its_byline_is_its_own_not_the_next_undated_items():
    stories = _by_title(_SECTION)
    assert stories["Airline adds direct flights to Vancouver from next spring"][0] == dt.date(2026, 9, 17)
    assert stories["Farmers market moves indoors for the winter season"][0] is None
    assert stories["Council weighs new fees for downtown parking"][0] == dt.date(2026, 9, 15)


_RELEASES = ("Aller au contenu\n"
             "Parlement de Wallonie\n"
             "Accueil > Presse > Communiqués\n\n"
             "Communiqués de presse\n\n"
             "Communiqué 2026-044 – 14/09/2026\n"
             "La commission de l'énergie entend le gestionnaire du réseau\n"
             "Les députés ont interrogé Elia sur le renforcement des lignes à haute tension dans le Hainaut.\n"
             "Lire la suite\n\n"
             "Communiqué 2026-043 – 09/09/2026\n"
             "Rentrée parlementaire : le calendrier des séances plénières\n"
             "Le Parlement siégera chaque mercredi à partir du 23 septembre, annonce le greffe.\n"
             "Lire la suite\n\n"
             "Communiqué 2026-042\n"
             "Le rapport annuel du médiateur remis au président\n"
             "Le médiateur a reçu plus de plaintes sur les primes énergie que l'année précédente.\n"
             "Lire la suite\n\n"
             "« Précédent   1   2   3   Suivant »\n")


def test_a_stamp_printed_without_its_date_leaves_its_item_undated():
    stories = _by_title(_RELEASES)
    assert stories["Rentrée parlementaire : le calendrier des séances plénières"][0] == dt.date(2026, 9, 9)
    assert stories["Le rapport annuel du médiateur remis au président"][0] is None
    english = (_RELEASES.replace("Communiqué 2026-04", "Release No. 2026/4").replace(" – ", " | "))
    assert _by_title(english)["Le rapport annuel du médiateur remis au président"][0] is None


_LINKED = ("NETZPOLITIK HEUTE\n"
           "Datenschutz\n\n"
           "Bundesamt prüft Gesichtserkennung an Bahnhöfen\n"
           "Die Bundespolizei will Kameras mit Software zur Gesichtserkennung an zwölf Bahnhöfen testen, "
           "wie das Innenministerium bestätigte.\n"
           "Von Lea Brandt\n\n"
           "Fremder Link\n"
           "EU-Kommission leitet Verfahren gegen Plattform wegen Werbung an Minderjährige ein\n"
           "heise.de  —  Die Kommission wirft dem Betreiber vor, trotz des Verbots weiter personalisierte "
           "Werbung an Nutzer unter 18 Jahren auszuspielen.\n\n"
           "Fremder Link\n"
           "Landesdatenschützer rügt Schulen wegen Messenger-Nutzung\n"
           "golem.de  —  Mehrere Gymnasien hätten Noten über einen nicht zugelassenen Messenger verschickt, "
           "heißt es im Jahresbericht der Behörde.\n\n"
           "Ältere Beiträge\n")


def test_a_site_name_and_dash_before_a_summary_is_no_part_of_the_headline_above():
    titles = [s.title for s in _stories(_LINKED)]
    assert "EU-Kommission leitet Verfahren gegen Plattform wegen Werbung an Minderjährige ein" in titles
    assert "Landesdatenschützer rügt Schulen wegen Messenger-Nutzung" in titles


def test_a_site_name_and_dash_opening_the_text_names_the_items_outlet():
    stories = _by_title(_LINKED)
    assert stories["EU-Kommission leitet Verfahren gegen Plattform wegen Werbung an Minderjährige ein"][1] == "heise.de"
    assert stories["Landesdatenschützer rügt Schulen wegen Messenger-Nutzung"][1] == "golem.de"
    assert stories["Bundesamt prüft Gesichtserkennung an Bahnhöfen"][1] in ("", None)


_RUN_TOGETHER = ("HOFNACHRICHTEN\n"
                 "Der Wochenbrief für Landwirte in Niedersachsen\n\n"
                 "Moin zusammen,\n\n"
                 "diesmal viel Wetter und wenig Politik.\n\n"
                 "Schweinepreis steigt zum dritten Mal in Folge\n"
                 "Die Notierung legte um vier Cent zu, weil das Angebot knapp bleibt. (Agrarheute)\n\n"
                 "KURZ NOTIERT\n"
                 "• Die Kammer öffnet ihre Beratungsstelle in Oldenburg wieder. (Land & Forst) • "
                 "Der Milchpreis der Molkerei Ammerland bleibt im Oktober stabil. (Wilhelmshavener Blatt) • "
                 "Ein neuer Radweg verbindet zwei Dörfer im Emsland. (Ems-Kurier)\n\n"
                 "Bis nächste Woche!\n")


def test_run_together_bullets_each_closing_with_an_outlet_name_it():
    sources = {s.source for s in _stories(_RUN_TOGETHER)}
    assert {"Land & Forst", "Wilhelmshavener Blatt", "Ems-Kurier"} <= sources


_NUMBERED_RUN = ("THE CLINIC LETTER\n"
                 "Health news for Scotland, every Thursday\n\n"
                 "Hello,\n\n"
                 "a short one this week.\n\n"
                 "Waiting lists for hip operations fall for the first time in three years\n"
                 "The number of people waiting more than a year dropped by 9 per cent, Public Health Scotland said.\n\n"
                 "QUICK FIRE\n\n"
                 "(1) NHS Highland will recruit 40 nurses from overseas to staff its new ward in Inverness. "
                 "(Inverness Courier) (2) Dundee's dental school is to take 20 more students from next autumn. "
                 "(Courier) (3) A pilot scheme lets pharmacists in Fife prescribe antibiotics for ear infections. "
                 "(Fife Free Press)\n\n"
                 "See you next week.\n")


def test_numbered_items_run_together_in_one_paragraph_are_one_item_each_with_their_outlet():
    stories = _stories(_NUMBERED_RUN)
    for text in (_NUMBERED_RUN, _NUMBERED_RUN.replace("(1) ", "1) ").replace(" (2) ", " 2) ").replace(" (3) ", " 3) ")):
        bodies = [" ".join(s.paras) for s in _stories(text)]
        assert [sum(w in b for w in ("NHS Highland", "Dundee's", "pilot scheme")) for b in bodies if "Fife" in b
                or "Dundee" in b or "Highland" in b] == [1, 1, 1]
    assert {"Inverness Courier", "Fife Free Press"} <= {s.source for s in stories}


def test_an_enumeration_inside_a_sentence_is_no_run_of_items():
    text = ("Council tax plan\n"
            "(1) The plan would raise the levy by 5 per cent, (2) cut the discount for second homes and (3) "
            "fund 200 new social homes, the council said on Tuesday.\n\n"
            "Bus lane opens\n"
            "The lane on the A90 opened on Monday after a year of works at the junction.\n")
    assert len(_stories(text)) == 2


_TABLED = ("ENERGIEMARKT KOMPAKT\n"
           "Der Wochenbrief für Einkäufer\n\n"
           "Liebe Leserinnen und Leser,\n\n"
           "die Preise sind diese Woche gefallen.\n\n"
           "PREISE\n"
           "| Produkt      | Preis   | Woche  | Jahr   |\n"
           "|--------------|---------|--------|--------|\n"
           "| Strom Base   | 84,10   | -3,2%  | -11,5% |\n"
           "| Gas THE      | 31,75   | +1,1%  | -8,0%  |\n"
           "| CO2 EUA      | 68,40   | -0,4%  | +2,3%  |\n\n"
           "MELDUNGEN\n\n"
           "Netzbetreiber kündigen höhere Entgelte für 2027 an\n"
           "Die vier Übertragungsnetzbetreiber haben ihre vorläufigen Entgelte veröffentlicht; sie steigen im "
           "Schnitt um sieben Prozent.\n\n"
           "Speicher zu 92 Prozent gefüllt\n"
           "Die deutschen Gasspeicher haben das Füllstandsziel für November schon jetzt übertroffen, meldet "
           "die Bundesnetzagentur.\n\n"
           "Abmelden\n")


def test_a_pasted_tables_header_and_rows_of_figures_are_no_items():
    titles = [s.title for s in _stories(_TABLED)]
    assert not [t for t in titles if "|" in t or t.startswith(("Strom", "Gas THE", "CO2", "Produkt"))]
    assert "Speicher zu 92 Prozent gefüllt" in titles
