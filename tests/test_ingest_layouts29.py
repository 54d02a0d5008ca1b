"""Layouts of held-out set 29 read in general (fit29; pages written here, in other wordings,
outlets and languages)."""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page

_DAY = dt.date(2026, 6, 23)


def _read(text: str, day: dt.date = _DAY):
    return [(s.title, s.date, s.source) for s in read_page(text, day).stories]


# A topic page: a kicker over each headline, the teaser, then one line with the author (or the
# agency), the age or day and a bare reading time. The lines close their items (3200's kind).
_TOPIC_FR = ("Accueil › Société › Dossier\n"
             "Énergie\n"
             "Tous nos articles sur la transition énergétique.\n\n"
             "Nucléaire\n"
             "La centrale de Gösgen redémarre après trois mois de révision\n"
             "L'exploitant a remplacé un tiers des assemblages combustibles et contrôlé la cuve sous pression.\n"
             "il y a 2 h · 3 min\n\n"
             "Solaire\n"
             "Les communes vaudoises doublent leurs toitures photovoltaïques\n"
             "Un programme cantonal subventionne désormais les installations sur les bâtiments scolaires.\n"
             "Hier, 18:40 · 6 min\n\n"
             "Hydraulique\n"
             "Le barrage du Grimsel sera rehaussé de vingt-trois mètres\n"
             "Le Tribunal fédéral a rejeté le dernier recours des organisations de protection de la nature.\n"
             "Marie Dubois · vendredi 19 juin · 4 min\n\n"
             "Vent\n"
             "Un parc éolien jurassien obtient son permis de construire\n"
             "Les sept turbines devraient produire le courant de quelque 9000 ménages dès 2028.\n"
             "Lire la suite\n")

_TOPIC_EN = ("Home › Science › Topic\n"
             "Oceans\n"
             "Our reporting on the seas and the people who depend on them.\n\n"
             "Fisheries\n"
             "North Sea cod quota cut by a fifth for next season\n"
             "Scientists had advised a deeper cut after two weak spawning years in a row.\n"
             "Tom Harding · Monday, 22 June · 5 min\n\n"
             "Shipping\n"
             "Port of Felixstowe trials shore power for container ships\n"
             "The first berth can supply ships at anchor with grid power instead of their diesel engines.\n"
             "Alice Grant · Saturday, 20 June · 3 min\n\n"
             "Pollution\n"
             "Microplastics found in deep-sea sediment off the Azores\n"
             "The samples came from 3,000 metres below the surface, the deepest such find in the Atlantic.\n"
             "Reuters · 18.06.2026 · 2 min\n\n"
             "Coasts\n"
             "Norfolk village to be moved inland as the cliffs retreat\n"
             "The council has bought farmland two kilometres from the shore for forty new homes.\n"
             "Read more\n")


def test_author_day_and_length_line_closes_its_item_fr():
    got = _read(_TOPIC_FR)
    dates = {t: d for t, d, _ in got}
    assert dates["La centrale de Gösgen redémarre après trois mois de révision"] == dt.date(2026, 6, 23)
    assert dates["Les communes vaudoises doublent leurs toitures photovoltaïques"] == dt.date(2026, 6, 22)
    assert dates["Le barrage du Grimsel sera rehaussé de vingt-trois mètres"] == dt.date(2026, 6, 19)
    assert dates["Un parc éolien jurassien obtient son permis de construire"] is None
    assert not any(t.startswith("Marie Dubois") for t, _, _ in got)


def test_author_weekday_day_and_length_line_en():
    got = _read(_TOPIC_EN)
    rows = {t: (d, s) for t, d, s in got}
    assert rows["North Sea cod quota cut by a fifth for next season"][0] == dt.date(2026, 6, 22)
    assert rows["Port of Felixstowe trials shore power for container ships"][0] == dt.date(2026, 6, 20)
    assert rows["Microplastics found in deep-sea sediment off the Azores"] == (dt.date(2026, 6, 18), "Reuters")
    assert rows["Norfolk village to be moved inland as the cliffs retreat"][0] is None
    assert not any(t.startswith(("Tom Harding", "Alice Grant")) for t, _, _ in got)


# A newsletter's masthead date with the issue's number after it ('Tuesday, June 23, 2026 | Issue
# #212'): the day the issue went out, not that of its items; where items date themselves in their
# source lines, an item without one stays undated (3201's kind).
_ISSUE_EN = ("Open in browser\n\n"
             "THE GRID LETTER\n"
             "Tuesday, June 23, 2026 | Issue #212\n\n"
             "Good morning. Four stories today.\n\n"
             "• Texas grid operator asks for 12 GW of new peaking plants\n"
             "The request follows two emergency alerts during last week's heat and would be tendered this autumn.\n"
             "Source: Houston Chronicle, June 22\n\n"
             "• Offshore wind lease sale in the Gulf of Maine draws three bidders\n"
             "Only three of eight qualified companies took part, citing turbine costs and port delays.\n"
             "Source: E&E News, June 19\n\n"
             "• Our take: why interconnection queues keep growing\n"
             "Most of the projects waiting are batteries, and most will never be built, our analysis shows.\n\n"
             "• Utility regulators in Arizona approve a time-of-use default\n"
             "Households will move to the new rates from October unless they choose to stay on the flat tariff.\n\n"
             "Unsubscribe | Manage preferences\n")

_ISSUE_FR = ("Voir la version en ligne\n\n"
             "LA LETTRE DE L'EAU\n"
             "mardi 23 juin 2026 – Numéro 87\n\n"
             "Bonjour à toutes et à tous,\n\n"
             "• Sécheresse : 14 départements en alerte renforcée\n"
             "Les préfets ont restreint l'irrigation et le remplissage des piscines privées jusqu'à nouvel ordre.\n"
             "Source : Le Monde, 22 juin\n\n"
             "• Les agences de l'eau relèvent leurs aides aux réseaux fuyards\n"
             "Un litre sur cinq est perdu avant d'arriver au robinet, rappelle le rapport annuel du ministère.\n"
             "Source : Les Échos, 19 juin\n\n"
             "• Notre analyse : la réutilisation des eaux usées reste marginale\n"
             "Moins d'un pour cent des eaux traitées sont réutilisées, contre huit pour cent en Italie.\n\n"
             "Se désabonner\n")


def test_issue_number_after_masthead_date_en():
    rows = {t: d for t, d, _ in _read(_ISSUE_EN)}
    assert rows["Texas grid operator asks for 12 GW of new peaking plants"] == dt.date(2026, 6, 22)
    assert rows["Our take: why interconnection queues keep growing"] is None
    assert rows["Utility regulators in Arizona approve a time-of-use default"] is None


def test_issue_number_after_masthead_date_fr():
    rows = {t: d for t, d, _ in _read(_ISSUE_FR)}
    assert rows["Sécheresse : 14 départements en alerte renforcée"] == dt.date(2026, 6, 22)
    assert rows["Notre analyse : la réutilisation des eaux usées reste marginale"] is None


# A section page: each item closes with 'Category | Agency' under its teaser, or the category alone
# (3203's kind): the agency is the outlet, the line no item of its own.
_SECTION_DE = ("Zum Inhalt springen\n"
               "DONAU KURIER · Ausgabe Wien\n"
               "Politik   Wirtschaft   Chronik   Sport   Kultur\n"
               "Abonnieren   Anmelden\n\n"
               "WIRTSCHAFT\n\n"
               "21.06.2026 · 18:20\n"
               "Österreichs Inflation sinkt im Mai auf 2,1 Prozent\n"
               "Vor allem billigere Treibstoffe drückten die Teuerung, Dienstleistungen blieben teuer.\n"
               "Konjunktur | APA-OTS\n\n"
               "20.06.2026 · 09:05\n"
               "Voestalpine baut in Linz einen zweiten Elektrolichtbogenofen\n"
               "Der Konzern investiert 1,5 Milliarden Euro und will ab 2029 ein Drittel weniger Kohle einsetzen.\n"
               "Industrie\n\n"
               "19.06.2026 · 14:40\n"
               "Bahn bestellt 40 neue Doppelstockzüge für den Nahverkehr\n"
               "Die Fahrzeuge sollen ab 2028 zwischen Wien, St. Pölten und Wiener Neustadt fahren.\n"
               "Verkehr | dpa\n\n"
               "18.06.2026 · 11:15\n"
               "Wiener Börse: Banken ziehen den ATX auf ein Jahreshoch\n"
               "Erste Group und Raiffeisen legten nach starken Quartalszahlen je über drei Prozent zu.\n"
               "Märkte\n\n"
               "Mehr laden\n")


def test_category_and_agency_line_under_teaser():
    rows = {t: s for t, _, s in _read(_SECTION_DE)}
    assert rows["Österreichs Inflation sinkt im Mai auf 2,1 Prozent"] == "APA-OTS"
    assert rows["Bahn bestellt 40 neue Doppelstockzüge für den Nahverkehr"] == "dpa"
    assert not any(t.startswith(("Konjunktur", "Verkehr")) for t in rows)


# A newsletter's source line closed by a weekday ('Source: Al Jazeera, Monday', 'Fuente: EFE,
# viernes'): the day is the item's date's, no part of the outlet's name (3204's kind).
_WEEKDAY_SOURCES = ("Hola, esta es la edición del martes.\n\n"
                    "Chile licita dos nuevos salares para extraer litio\n"
                    "El gobierno abrirá las ofertas en septiembre y exige socios estatales con mayoría.\n"
                    "→ Fuente: EFE, viernes\n\n"
                    "Bolivia firma con una empresa china una planta de carbonato\n"
                    "La planta en Uyuni debería producir 25.000 toneladas al año desde 2028.\n"
                    "→ Fuente: Reuters, lunes\n\n"
                    "Argentina supera a Chile en exportaciones de litio en mayo\n"
                    "Las ventas crecieron un 40 por ciento interanual, impulsadas por Catamarca y Salta.\n"
                    "→ Fuente: Infobae\n\n"
                    "Hasta el jueves.\n")


def test_weekday_after_labelled_source():
    rows = {t: s for t, _, s in _read(_WEEKDAY_SOURCES)}
    assert rows["Chile licita dos nuevos salares para extraer litio"] == "EFE"
    assert rows["Bolivia firma con una empresa china una planta de carbonato"] == "Reuters"


# An agency's line under the teaser with its day and a clock said with a preposition ('Reuters ·
# Published yesterday at 6:02 pm', 'EFE · Publicado ayer a las 18:02'): the outlet and the item's
# date, not a headline of its own (3202's kind).
_AT_CLOCK_EN = ("ELECTION 2026\n\n"
                "Poll\n"
                "Labor opens a six-point lead in Victoria's marginal seats\n"
                "The survey of 1,800 voters put the party ahead in four of the five seats it needs.\n"
                "Ben Hall · Updated 3 hours ago\n\n"
                "Campaign\n"
                "Greens promise free public transport for under-25s\n"
                "The party says the plan would cost 420 million dollars a year and be paid for by a levy on banks.\n"
                "Reuters · Published yesterday at 6:02 pm\n\n"
                "Seats\n"
                "Independent candidate withdraws from Kooyong race\n"
                "She cited family reasons and did not endorse any of the remaining candidates.\n"
                "Published 3 days ago\n\n"
                "See more stories\n")


def test_agency_line_with_clock_after_day():
    rows = {t: (d, s) for t, d, s in _read(_AT_CLOCK_EN)}
    assert rows["Greens promise free public transport for under-25s"] == (dt.date(2026, 6, 22), "Reuters")
    assert rows["Labor opens a six-point lead in Victoria's marginal seats"][0] == dt.date(2026, 6, 23)
    assert not any(t.startswith("Reuters") for t in rows)


# A labelled source line with a numeric day and month ('Fonte: Il Sole 24 Ore, 19/06', 'Source:
# The Hindu, 19/06'): the outlet, and the item's date (3206's kind).
_NUM_SOURCE_IT = ("Gentili associati,\n\n"
                  "■ NOTIZIE DAL SETTORE\n\n"
                  "Export di vino verso il Canada in crescita del 12 per cento\n"
                  "Le cantine venete e toscane guidano l'aumento, trainate dal prosecco e dai rossi di fascia media.\n"
                  "Fonte: Il Sole 24 Ore, 19/06\n\n"
                  "Dazi USA: prorogata la sospensione sui formaggi fino a ottobre\n"
                  "La proroga riguarda parmigiano, pecorino e gorgonzola e vale per tutti gli esportatori.\n"
                  "Fonte: ANSA, 17/06\n\n"
                  "Nuovo bando regionale per le fiere all'estero\n"
                  "La Regione copre fino al 50 per cento delle spese di stand e viaggio per le piccole imprese.\n"
                  "Fonte: Corriere della Sera\n\n"
                  "Cordiali saluti,\n"
                  "La Segreteria\n")


def test_numeric_day_month_in_labelled_source():
    rows = {t: (d, s) for t, d, s in _read(_NUM_SOURCE_IT)}
    assert rows["Export di vino verso il Canada in crescita del 12 per cento"] == (dt.date(2026, 6, 19), "Il Sole 24 Ore")
    assert rows["Dazi USA: prorogata la sospensione sui formaggi fino a ottobre"][0] == dt.date(2026, 6, 17)
    assert rows["Nuovo bando regionale per le fiere all'estero"][0] is None


# A page stamping each item above its headline ('Veröffentlicht 22.06.2026', '21/06/2026 14:05'):
# an item printed without a stamp stays undated, not the previous item's day (3203's, 3208's kind).
_STAMPED_DE = ("Stadt Freiburg · Aktuelles\n\n"
               "Veröffentlicht 22.06.2026\n"
               "Neue Radstraße zwischen Wiehre und Innenstadt eröffnet\n"
               "Auf 1,4 Kilometern haben Radfahrende nun Vorrang, Autos dürfen nur noch als Anlieger fahren.\n\n"
               "Veröffentlicht 19.06.2026\n"
               "Freibäder verlängern ihre Öffnungszeiten in den Ferien\n"
               "Das Strandbad und das Lorettobad öffnen von Juli an bereits um sieben Uhr morgens.\n\n"
               "Sperrmüll jetzt online anmelden\n"
               "Termine lassen sich ab sofort über das Serviceportal buchen, die Hotline bleibt erreichbar.\n\n"
               "Veröffentlicht 16.06.2026\n"
               "Gemeinderat beschließt Hitzeaktionsplan\n"
               "Trinkbrunnen, schattige Plätze und ein Warnsystem für Pflegeheime sind Teil des Plans.\n\n"
               "Weitere Meldungen\n")


def test_item_without_stamp_on_stamped_page_stays_undated():
    rows = {t: d for t, d, _ in _read(_STAMPED_DE)}
    assert rows["Freibäder verlängern ihre Öffnungszeiten in den Ferien"] == dt.date(2026, 6, 19)
    assert rows["Sperrmüll jetzt online anmelden"] is None
    assert rows["Gemeinderat beschließt Hitzeaktionsplan"] == dt.date(2026, 6, 16)
