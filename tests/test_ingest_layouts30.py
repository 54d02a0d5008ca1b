"""Layouts of held-out set 30 read in general (fit30; pages written here, in other wordings,
outlets and languages)."""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page

_DAY = dt.date(2026, 8, 11)


def _read(text: str, day: dt.date = _DAY):
    return [(s.title, s.date, s.source) for s in read_page(text, day).stories]


# A column's page: a main story, a second titled story, then a section of other news in one
# sentence each, bulleted with '» ' and closed with ';' (3309's kind). The page prints no date:
# 'Also today' / 'Auch heute' names the column's day, not the day it was saved.
_ROUNDUP_EN = ("Environment\n\n"
               "Glasgow bans wood burners in new homes from next spring: a first for Scotland\n\n"
               "Glasgow City Council voted on Thursday to ban wood-burning stoves in all new homes, citing air quality near schools.\n\n"
               "The ban will apply to planning applications lodged after the first of April, officials said.\n\n"
               "Edinburgh trams to run all night at weekends\n\n"
               "The operator said night services would start in the autumn after a trial during the festival drew strong demand.\n\n"
               "Unions said staff would be paid a night premium under the new rota.\n\n"
               "Also today\n\n"
               "» Scottish Water said reservoir levels in the west were at their lowest for August since records began;\n\n"
               "» Aberdeen harbour will charge cruise ships a landing levy from next season, with the money going to the city centre;\n\n"
               "» The Cairngorms park authority approved a new ranger base at Glenmore after a year of consultation.\n\n"
               "Leave a Reply\n")

_ROUNDUP_DE = ("Wirtschaft\n\n"
               "Hafen Hamburg meldet Rekord beim Umschlag von Containern aus Asien im ersten Halbjahr\n\n"
               "Der Hamburger Hafen hat im ersten Halbjahr so viele Container aus Asien umgeschlagen wie nie zuvor, teilte die Hafengesellschaft mit.\n\n"
               "Vor allem die Linien aus China und Vietnam legten zu, während der Verkehr mit Nordamerika stagnierte.\n\n"
               "Bremer Werft stellt zweihundert neue Mitarbeiter ein\n\n"
               "Die Werft baut vor allem Spezialschiffe für Windparks auf See und hat volle Auftragsbücher bis zum Jahr 2029.\n\n"
               "Auch heute\n\n"
               "» Die Deutsche Bahn will die Strecke zwischen Hamburg und Berlin im nächsten Jahr für fünf Monate sperren;\n\n"
               "» In Kiel beginnt der Bau einer neuen Fährverbindung nach Norwegen mit zwei elektrischen Schiffen;\n\n"
               "» Der Flughafen Hannover verzeichnet wieder so viele Fluggäste wie vor der Pandemie.\n\n"
               "Zurück nach oben\n")


def test_guillemet_bullets_under_a_section_are_items_en():
    got = _read(_ROUNDUP_EN)
    assert len(got) == 5, got
    assert not got[2][0] or got[2][0].startswith("Scottish Water"), got
    assert not any("Aberdeen harbour" in (t or "") for t, _, _ in got[:2])


def test_guillemet_bullets_under_a_section_are_items_de():
    got = _read(_ROUNDUP_DE)
    assert len(got) == 5, got


def test_also_today_names_no_day_en():
    assert all(d is None for _, d, _ in _read(_ROUNDUP_EN)), _read(_ROUNDUP_EN)


def test_also_today_names_no_day_de():
    assert all(d is None for _, d, _ in _read(_ROUNDUP_DE)), _read(_ROUNDUP_DE)


# A wire's list: day headings, each item a clock time with its time zone ('14:05 WAT', '07:30
# MESZ', '18:20 GMT+1') alone on a line, a section label or none, the headline, the lead (3304's kind).
_WIRE_EN = ("News Agency of the Region\n"
            "Home   Politics   Business   Sports\n\n"
            "LATEST\n\n"
            "Monday, August 10, 2026\n\n"
            "14:05 WAT\n"
            "POLITICS\n"
            "Senate passes electoral amendment bill after three days of debate\n"
            "The Senate on Monday passed the amendment after senators agreed to keep electronic transmission of results.\n"
            "Read full story\n\n"
            "11:40 WAT\n"
            "BUSINESS\n"
            "Naira firms against the dollar as central bank sells to banks\n"
            "The naira gained for a third day as the central bank sold dollars to commercial lenders at a weekly auction.\n"
            "Read full story\n\n"
            "Sunday, August 9, 2026\n\n"
            "18:20 GMT+1\n"
            "HEALTH\n"
            "Lagos opens three new cholera treatment centres in coastal districts\n"
            "The state health commissioner said the centres would each take fifty patients and run day and night.\n"
            "Read full story\n")

_WIRE_DE = ("Nachrichtenagentur\n"
            "Start   Politik   Wirtschaft   Sport\n\n"
            "TOPMELDUNGEN\n\n"
            "Montag, 10. August 2026\n\n"
            "07:30 MESZ\n"
            "Landtag beschließt neues Schulgesetz nach langer Debatte im Plenum\n"
            "Der Landtag hat am Montag mit den Stimmen der Koalition das neue Schulgesetz verabschiedet.\n"
            "Weiterlesen\n\n"
            "06:10 MEZ\n"
            "Exporte in die Vereinigten Staaten gehen im Juli deutlich zurück\n"
            "Die Ausfuhren in die USA sanken im Juli um neun Prozent, teilte das Statistische Bundesamt mit.\n"
            "Weiterlesen\n")


def test_a_clock_with_its_time_zone_is_a_time_line_en():
    got = _read(_WIRE_EN)
    assert [t for t, _, _ in got] == ["Senate passes electoral amendment bill after three days of debate",
                                      "Naira firms against the dollar as central bank sells to banks",
                                      "Lagos opens three new cholera treatment centres in coastal districts"], got
    assert [d for _, d, _ in got] == [dt.date(2026, 8, 10), dt.date(2026, 8, 10), dt.date(2026, 8, 9)], got


def test_a_clock_with_its_time_zone_is_a_time_line_de():
    got = _read(_WIRE_DE)
    assert [t for t, _, _ in got] == ["Landtag beschließt neues Schulgesetz nach langer Debatte im Plenum",
                                      "Exporte in die Vereinigten Staaten gehen im Juli deutlich zurück"], got


_WIRE_ES = ("Agencia de Noticias\n"
            "Inicio   Política   Economía   Deportes\n\n"
            "ÚLTIMAS NOTICIAS\n\n"
            "Lunes 10 de agosto de 2026\n\n"
            "19:40 GMT-3\n"
            "Economía\n"
            "El dólar cierra en baja por tercera jornada consecutiva en Buenos Aires\n"
            "La divisa estadounidense terminó la jornada con una caída de un uno por ciento en el mercado mayorista.\n"
            "Leer más\n\n"
            "17:05 UTC\n"
            "Política\n"
            "El Senado aprueba en general la reforma del régimen de coparticipación\n"
            "La votación terminó con cuarenta y un votos a favor y veintinueve en contra tras once horas de debate.\n"
            "Leer más\n")


def test_a_clock_with_its_time_zone_is_a_time_line_es():
    got = _read(_WIRE_ES)
    assert [t for t, _, _ in got] == ["El dólar cierra en baja por tercera jornada consecutiva en Buenos Aires",
                                      "El Senado aprueba en general la reforma del régimen de coparticipación"], got
    assert [d for _, d, _ in got] == [dt.date(2026, 8, 10)] * 2, got


# A live page: entries under clock times with their zone; one entry has no headline, one an
# update stamp under its text ('Updated at 11.05 AEST', 'Aktualisiert um 10:40 MESZ').
_LIVE_EN = ("Skip to content\n"
            "Federal politics live\n"
            "Key events\n"
            "1h ago  Treasurer flags budget repair\n"
            "2h ago  Senate inquiry into supermarkets\n\n"
            "Live feed\n"
            "11.42 AEST\n"
            "Treasurer flags budget repair in mid-year update\n"
            "The treasurer told reporters in Canberra that the mid-year update would show a smaller deficit than forecast in May.\n"
            "Share\n"
            "Updated at 11.50 AEST\n\n"
            "11.05 AEST\n"
            "The opposition leader has called on the government to release the modelling behind its housing targets, saying the numbers did not add up.\n"
            "Share\n\n"
            "10.31 AEST\n"
            "Senate inquiry into supermarkets to hold hearings in Perth\n"
            "The committee will hear from growers and the two largest chains over three days next week.\n"
            "Share\n\n"
            "09.58 AEST\n"
            "Nurses in Queensland vote on new pay deal\n"
            "The union said the ballot would close on Friday after members asked for more time to read the offer.\n"
            "Share\n")

_LIVE_DE = ("Zum Inhalt\n"
            "Liveblog Landtag\n"
            "Die wichtigsten Ereignisse\n"
            "vor 1 Std.  Regierung legt Haushalt vor\n\n"
            "Live\n"
            "10:32 MESZ\n"
            "Regierung legt Haushaltsentwurf für das kommende Jahr vor\n"
            "Der Finanzminister hat den Entwurf im Landtag eingebracht, die Neuverschuldung soll sinken.\n"
            "Teilen\n"
            "Aktualisiert um 10:40 MESZ\n\n"
            "10:05 MESZ\n"
            "Die Opposition kritisiert, dass der Entwurf erst am Morgen an die Fraktionen verschickt worden sei.\n"
            "Teilen\n\n"
            "09:41 MESZ\n"
            "Lehrerverband fordert mehr Stellen an Grundschulen\n"
            "Der Verband verlangt zweihundert zusätzliche Stellen, um den Unterrichtsausfall zu verringern.\n"
            "Teilen\n\n"
            "09:12 MESZ\n"
            "Landtag debattiert über Windkraft im Wald\n"
            "Die Koalition will mehr Flächen im Staatswald für Windräder freigeben, Naturschützer sind dagegen.\n"
            "Teilen\n")


def test_a_live_entry_without_headline_and_an_update_stamp_en():
    got = _read(_LIVE_EN)
    assert len(got) == 4, got
    assert got[1][0] in ("", None) or got[1][0].startswith("The opposition leader"), got
    assert not any((t or "").startswith("Updated") for t, _, _ in got), got


def test_a_live_entry_without_headline_and_an_update_stamp_de():
    got = _read(_LIVE_DE)
    assert len(got) == 4, got
    assert not any((t or "").startswith("Aktualisiert") for t, _, _ in got), got


# A link list one article per line, its fields between spaced dashes ('titre — média — date —
# lien', an en dash too), under a title line and a line naming the fields, with a closing note
# (3306's kind); empty fields stay empty.
_DASHES_FR = ("Liens mobilité pour la réunion de lundi\n"
              "titre — média — date — lien\n\n"
              "La SNCB commande quarante nouvelles rames pour les lignes vers la côte — Le Soir — 07/08/2026 — https://www.lesoir.be/sncb-rames\n"
              "Bruxelles prolonge la zone de basses émissions aux camionnettes dès janvier — La Libre — 05/08/2026 — https://www.lalibre.be/zbe-camionnettes\n"
              "Le port d'Anvers-Bruges bat son record de conteneurs au premier semestre —  — 03/08/2026 — https://www.rtbf.be/port-record\n"
              "Liège ouvre la première ligne de tram après dix ans de travaux — L'Avenir —  — https://www.lavenir.net/tram-liege\n\n"
              "(à compléter après la réunion)\n")

_DASHES_PT = ("Links de transporte para a reunião\n"
              "manchete – veículo – data – link\n\n"
              "Metrô de São Paulo anuncia nova linha até o aeroporto de Guarulhos – Folha de S.Paulo – 06/08/2026 – https://www.folha.uol.com.br/metro-linha\n"
              "Governo federal libera verba para duplicar a rodovia entre Recife e Caruaru – G1 – 04/08/2026 – https://g1.globo.com/rodovia-duplicacao\n"
              "Porto de Santos registra recorde de exportação de soja em julho – Valor Econômico – 02/08/2026 – https://valor.globo.com/santos-soja\n\n"
              "(falta incluir os dados da ANTT)\n")


def test_a_list_with_fields_between_dashes_fr():
    got = _read(_DASHES_FR)
    assert [t for t, _, _ in got] == ["La SNCB commande quarante nouvelles rames pour les lignes vers la côte",
                                      "Bruxelles prolonge la zone de basses émissions aux camionnettes dès janvier",
                                      "Le port d'Anvers-Bruges bat son record de conteneurs au premier semestre",
                                      "Liège ouvre la première ligne de tram après dix ans de travaux"], got
    assert [d for _, d, _ in got] == [dt.date(2026, 8, 7), dt.date(2026, 8, 5), dt.date(2026, 8, 3), None], got
    assert [s for _, _, s in got] == ["Le Soir", "La Libre", "", "L'Avenir"], got


def test_a_list_with_fields_between_dashes_pt():
    got = _read(_DASHES_PT)
    assert [s for _, _, s in got] == ["Folha de S.Paulo", "G1", "Valor Econômico"], got
    assert [d for _, d, _ in got] == [dt.date(2026, 8, 6), dt.date(2026, 8, 4), dt.date(2026, 8, 2)], got


# A reading list with dates of day and month only ('11/08') that says it is newest first: only the
# day-first reading runs newest first once each date is put on or before the day the list was saved
# (3305). Without that line nothing decides (tests/test_ingest_layouts18.py): undated.
_YEARLESS_EN = ("Climate reading list — August\n"
                "format: date | outlet | headline   (latest first)\n\n"
                "11/08 | The Guardian | Heatwave pushes England's reservoirs to their lowest August level in thirty years\n"
                "09/08 | BBC News | Scottish ministers approve the country's largest onshore wind farm after a public inquiry\n"
                "09/08 | Financial Times | Insurers warn that flood cover for new homes may no longer be offered in some areas\n"
                "06/08 | The Times | Water companies face higher fines for sewage spills under new regulator rules\n"
                "02/08 | Sky News | Wales trials four-day school weeks in rural areas to cut transport emissions\n\n"
                "(more after the weekend)\n")


def test_yearless_day_month_dates_of_a_newest_first_list():
    got = _read(_YEARLESS_EN)
    assert [d for _, d, _ in got] == [dt.date(2026, 8, 11), dt.date(2026, 8, 9), dt.date(2026, 8, 9),
                                      dt.date(2026, 8, 6), dt.date(2026, 8, 2)], got


# A day and a month's short name that is also a word ('10 ago.', '3 mar.', '5 set') in a list's
# date field: the month (3306's '10 ago.').
_SHORT_MONTHS_ES = ("Notas de energía\n"
                    "fecha | medio | titular\n\n"
                    "10 ago. | El País | La red eléctrica pide adelantar las subastas de almacenamiento con baterías\n"
                    "5 ago. | Expansión | Las eléctricas recortan la inversión en redes por la incertidumbre regulatoria\n"
                    "3 mar. | Cinco Días | El Gobierno aprueba el plan de hidrógeno verde para los puertos del sur\n\n"
                    "(revisar antes del comité)\n")


def test_short_month_names_that_are_words_in_a_date_field_es():
    got = _read(_SHORT_MONTHS_ES)
    assert [d for _, d, _ in got] == [dt.date(2026, 8, 10), dt.date(2026, 8, 5), dt.date(2026, 3, 3)], got


def test_yearless_day_month_dates_of_a_list_not_said_newest_first_stay_undated():
    got = _read(_YEARLESS_EN.replace("   (latest first)", ""))
    assert [d for _, d, _ in got] == [None] * 5, got


# A listing (outlet, date, '- Label', '- Outlet', headline, teaser per item) whose dates are
# written with dots ('03.08.2026'): the European form, day first, though no number there exceeds
# 12 and the list runs newest first either way (3307's '06.08.2026').
_LISTING_DOTS = ("Latest news with #heatwave\n\n\n"
                 "The Irish Times\n"
                 "05.08.2026\n"
                 "- Weather\n"
                 "- The Irish Times\n"
                 "Met Éireann issues orange warning as temperatures near 30 degrees\n"
                 "The forecaster said the warning would cover eight counties from Thursday morning.\n\n"
                 "RTÉ News\n"
                 "03.08.2026\n"
                 "- Health\n"
                 "- RTÉ News\n"
                 "Hospitals told to prepare for a rise in heat-related admissions\n"
                 "The HSE asked emergency departments to keep cooling rooms ready over the weekend.\n\n"
                 "Irish Examiner\n"
                 "01.08.2026\n"
                 "- Farming\n"
                 "- Irish Examiner\n"
                 "Farmers warned of grass shortages as the dry spell continues\n"
                 "Teagasc advised farmers in the south to budget feed for at least three weeks.\n")


def test_a_listings_dotted_dates_are_day_first():
    got = _read(_LISTING_DOTS)
    assert [d for _, d, _ in got] == [dt.date(2026, 8, 5), dt.date(2026, 8, 3), dt.date(2026, 8, 1)], got


# An aggregator's topic page in the old Google News style: headline, 'Outlet - age' line, snippet
# cut with '...', 'Other sources: A · B', 'Full coverage (12 articles) »' (3303's kind). An outlet
# not listed stands where listed ones do; the other sources and the coverage button are no items.
_AGGREGATOR_EN = ("News\n"
                  "Top stories    Ireland    World    Business\n\n"
                  "Business\n"
                  "Edition: Ireland (English)    Change\n\n"
                  "Ryanair cuts winter capacity at Shannon after airport charges dispute\n"
                  "The Irish Times - 3 hours ago\n"
                  "The airline said it would base one aircraft fewer at the airport from November and cut four routes ...\n"
                  "More sources: RTÉ News · Irish Examiner · Clare Champion\n"
                  "Full coverage (12 articles) »\n\n"
                  "Dairy co-op raises milk price for July supplies\n"
                  "Tipp FM Newsroom - yesterday\n"
                  "The co-op said stronger butter markets allowed a rise of one cent a litre for its suppliers in the south ...\n"
                  "Full coverage (4 articles) »\n\n"
                  "Construction output rises for third month in a row\n"
                  "Irish Independent - 5 hours ago\n"
                  "Housing led the rise, with commencements up by a fifth on the same month last year ...\n"
                  "More sources: Business Post · The Journal\n"
                  "Full coverage (7 articles) »\n\n"
                  "Show more stories\n")

_AGGREGATOR_DE = ("Nachrichten\n"
                  "Schlagzeilen    Deutschland    Welt    Wirtschaft\n\n"
                  "Wirtschaft\n"
                  "Ausgabe: Deutschland (Deutsch)    Ändern\n\n"
                  "Werften an der Ostsee melden volle Auftragsbücher\n"
                  "Der Spiegel - vor 3 Stunden\n"
                  "Die Betriebe in Rostock und Wismar bauen vor allem Schiffe für Offshore-Windparks ...\n"
                  "Weitere Quellen: NDR · Ostsee-Zeitung · Schweriner Volkszeitung\n"
                  "Vollständige Berichterstattung (15 Artikel) »\n\n"
                  "Milchpreis steigt im Juli um einen Cent\n"
                  "Radio Bremen Nachrichten - gestern\n"
                  "Die Molkereien begründen die Erhöhung mit höheren Butterpreisen auf dem Weltmarkt, die Landwirte halten sie für zu gering ...\n"
                  "Vollständige Berichterstattung (3 Artikel) »\n\n"
                  "Bauwirtschaft meldet drittes Plus in Folge\n"
                  "Handelsblatt - vor 6 Stunden\n"
                  "Vor allem der Wohnungsbau zog an, die Zahl der Baugenehmigungen stieg um ein Fünftel ...\n"
                  "Vollständige Berichterstattung (8 Artikel) »\n\n"
                  "Weitere Artikel anzeigen\n")


def test_an_unlisted_outlet_beside_an_age_where_listed_ones_stand_en():
    got = _read(_AGGREGATOR_EN)
    assert [s for t, _, s in got if t and t.startswith("Dairy")] == ["Tipp FM Newsroom"], got


def test_an_unlisted_outlet_beside_an_age_where_listed_ones_stand_de():
    got = _read(_AGGREGATOR_DE)
    assert [s for t, _, s in got if t and t.startswith("Milchpreis")] == ["Radio Bremen Nachrichten"], got


def test_other_sources_and_full_coverage_lines_are_no_items():
    for page in (_AGGREGATOR_EN, _AGGREGATOR_DE):
        assert len(_read(page)) == 3, _read(page)


# A category page of summaries: the category's heading and intro, then per item its headline, a
# summary cut with '[…]' and a link repeating the headline before 'Read More »' (3308's kind);
# 'Load more' under the last.
_SUMMARIES_EN = ("Energy\n\n"
                 "Power bills, grids and the shift to renewables: our desk rounds up the week's main stories from around New Zealand in short summaries.\n\n"
                 "Transpower approves a second cable across Cook Strait to carry more South Island hydro power north\n\n"
                 "The grid operator said the new cable would be laid by 2031 and lift transfer capacity by half. Wellington businesses welcomed the decision, while some South Island users fear higher prices once more of the lakes' power flows north, and the regulator will review the cost […]\n\n"
                 "Transpower approves a second cable across Cook Strait to carry more South Island hydro power north Read More »\n\n"
                 "Auckland council drops plan for gas connections in new suburbs\n\n"
                 "New subdivisions approved from next year will be all-electric, the council said after a consultation that drew more than two thousand submissions from residents and builders across the region […]\n\n"
                 "Auckland council drops plan for gas connections in new suburbs Continue reading »\n\n"
                 "Solar farm near Christchurch wins consent after appeal\n\n"
                 "The Environment Court granted consent for a 200-megawatt solar farm on dairy land west of the city, setting conditions on glare and on grazing sheep under the panels for the life of the project […]\n\n"
                 "Solar farm near Christchurch wins consent after appeal Read More »\n\n"
                 "Load more\n")


def test_a_read_more_link_repeating_the_headline_opens_no_item_and_the_category_intro_is_none():
    got = _read(_SUMMARIES_EN)
    assert [t for t, _, _ in got] == ["Transpower approves a second cable across Cook Strait to carry more South Island hydro power north",
                                      "Auckland council drops plan for gas connections in new suburbs",
                                      "Solar farm near Christchurch wins consent after appeal"], got


# A newsletter e-mail's close: a sign-off ending with '!', the writer's first name under it, a row
# of footer links set apart by wide gaps (3302's kind). None of them is an item.
_LETTER_EN = ("THE TRANSIT BRIEF\n\n"
              "Bus lanes win in Leeds\n\n"
              "The city council approved four new bus lanes on the main roads into the centre after a trial cut journey times by a fifth at peak hours.\n\n"
              "Businesses on the routes had opposed the plan, saying deliveries would be harder, and asked for loading bays to be kept.\n\n"
              "Trams for Bristol\n\n"
              "The regional mayor set out plans for a tram line from the city centre to the airport and said construction could start by 2030 if funding is agreed.\n\n"
              "Thanks for reading!\n"
              "Priya\n\n"
              "Send this briefing to a colleague   |   Manage preferences   |   Unsubscribe\n"
              "Transit Brief Ltd, PO Box 1234, Manchester\n")

_LETTER_DE = ("DER VERKEHRSBRIEF\n\n"
              "Neue Busspuren in Leipzig\n\n"
              "Der Stadtrat hat vier neue Busspuren auf den Einfallstraßen beschlossen, nachdem ein Versuch die Fahrzeiten im Berufsverkehr um ein Fünftel verkürzt hatte.\n\n"
              "Händler an den Strecken hatten den Plan abgelehnt und fordern Ladezonen für ihre Lieferungen.\n\n"
              "Straßenbahn für Kiel\n\n"
              "Die Landesregierung will den Bau einer Straßenbahnlinie vom Hauptbahnhof zur Universität fördern, der Baubeginn ist für 2029 geplant.\n\n"
              "Bis nächste Woche!\n"
              "Jonas\n\n"
              "Newsletter weiterempfehlen   |   Einstellungen ändern   |   Abmelden\n")


def test_a_first_name_under_a_sign_off_and_a_wide_footer_row_are_no_items():
    for page in (_LETTER_EN, _LETTER_DE):
        assert len(_read(page)) in (2, 3), _read(page)
        assert not any(t in ("Priya", "Jonas") or "|" in (t or "") for t, _, _ in _read(page)), _read(page)


def test_a_postal_address_under_the_footer_links_is_no_item():
    de = _LETTER_DE + "Verkehrsbrief GmbH, Hauptstraße 5, 10115 Berlin\n"
    for page in (_LETTER_EN, de):
        assert len(_read(page)) == 2, _read(page)


# A broadcaster's list: per item the picture's alt text, the category with date and time, the
# headline, the teaser ending 'more …' (3301's kind). The alt lines are no items.
_ALT_EN = ("RADIO NORTH\n"
           "Home   News   Sport   Weather\n\n"
           "Latest news\n\n"
           "A tractor on a flooded field near Boston\n\n"
           "Farming 10.08.2026 18:20\n\n"
           "Flood payments for Lincolnshire farmers to open in September\n\n"
           "Growers whose fields were under water for more than a month will be able to claim up to £25,000 from the recovery fund, the county council said. more …\n\n"
           "Cyclists on the new path beside the river\n\n"
           "Transport 10.08.2026 11:05\n\n"
           "Riverside cycle path between Lincoln and Bardney reopens\n\n"
           "The path had been closed for repairs since the spring floods washed away part of the embankment near Fiskerton. more …\n\n"
           "Doctors in a hospital corridor in Grantham\n\n"
           "Health 09.08.2026 16:40\n\n"
           "Grantham hospital to keep its emergency department open at night\n\n"
           "The trust said it had recruited enough doctors to staff the unit around the clock from October, ending two years of overnight closures. more …\n\n"
           "Solar panels on the roof of a school in Louth\n\n"
           "Energy 08.08.2026 09:15\n\n"
           "Forty schools to get solar panels under county scheme\n\n"
           "The council will pay for the panels and the schools will keep the savings on their bills, which it puts at about £6,000 a year each. more …\n")


def test_a_pictures_alt_line_over_the_date_line_is_no_item():
    got = _read(_ALT_EN)
    assert [t for t, _, _ in got] == ["Flood payments for Lincolnshire farmers to open in September",
                                      "Riverside cycle path between Lincoln and Bardney reopens",
                                      "Grantham hospital to keep its emergency department open at night",
                                      "Forty schools to get solar panels under county scheme"], got
    assert [d for _, d, _ in got] == [dt.date(2026, 8, 10), dt.date(2026, 8, 10), dt.date(2026, 8, 9), dt.date(2026, 8, 8)], got


# A list naming a section field ('date | outlet | section | headline', 'Rubrik'): the section is
# the item's label, as a 'tags' or 'category' field is (3305's kind).
_SECTION_FIELD_DE = ("Leseliste Verkehr\n"
                     "Datum | Medium | Rubrik | Titel\n\n"
                     "10.08.2026 | Süddeutsche Zeitung | Bahn | Bahn will Strecke München–Salzburg bis 2030 viergleisig ausbauen lassen\n"
                     "08.08.2026 | Der Tagesspiegel | Radverkehr | Berliner Senat stoppt Planung für drei weitere Radschnellwege\n"
                     "06.08.2026 | Hamburger Abendblatt | Hafen | Hafenbahn meldet Rekord beim Containerverkehr im ersten Halbjahr\n")


def test_a_section_field_labels_its_item():
    got = [s.labels for s in read_page(_SECTION_FIELD_DE, _DAY).stories]
    assert got == [["Bahn"], ["Radverkehr"], ["Hafen"]], got


def test_the_category_before_the_date_under_an_alt_line_labels_the_item():
    got = [s.labels for s in read_page(_ALT_EN, _DAY).stories]
    assert got == [["Farming"], ["Transport"], ["Health"], ["Energy"]], got
