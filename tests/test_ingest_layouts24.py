"""Layouts of held-out set 24 read in general (pages written here, in other wordings and languages):
a credit line that names its piece before its author or agency ('Ein Artikel von …', 'Eine Meldung
der …', 'Un article de …') is a byline, not an item's title, so the date lines under each item stay
with their own item."""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page

_DAY = dt.date(2026, 2, 4)


def _read(text: str):
    return read_page(text, _DAY).stories


def test_a_credit_line_naming_the_piece_is_a_byline_and_dates_stay_with_their_items():
    stories = _read("Startseite\nNachrichten\nInland\n\n"
                    "Verkehr\nBahn streicht Nachtzüge nach Wien\nDie Verbindungen werden ab März eingestellt, weil die "
                    "Auslastung zu gering war.\nEin Bericht von Anna Berg\nvor 3 Std.\n\n"
                    "Bildung\nLänder einigen sich auf gemeinsame Abiturprüfungen\nAb 2028 sollen die Aufgaben aus "
                    "einem gemeinsamen Pool stammen.\n02.02.2026, 17.50 Uhr\n\n"
                    "Wetter\nSturmtief bringt Schnee bis ins Flachland\nDer Wetterdienst warnt vor Glätte im Norden.\n"
                    "Eine Meldung der AFP\n01.02.2026, 08.05 Uhr\n\n"
                    "Gesundheit\nKrankenkassen erhöhen den Zusatzbeitrag\nDie meisten Versicherten zahlen künftig "
                    "mehr, teilte der Verband mit.\n31.01.2026, 12.00 Uhr\n")
    assert [(s.title, s.date, s.source) for s in stories] == [
        ("Bahn streicht Nachtzüge nach Wien", _DAY, ""),
        ("Länder einigen sich auf gemeinsame Abiturprüfungen", dt.date(2026, 2, 2), ""),
        ("Sturmtief bringt Schnee bis ins Flachland", dt.date(2026, 2, 1), "AFP"),
        ("Krankenkassen erhöhen den Zusatzbeitrag", dt.date(2026, 1, 31), "")]


def test_a_french_credit_line_names_its_agency_as_the_outlet():
    stories = _read("Actualités\n\nLa SNCF supprime trois trains de nuit\nLes liaisons vers Nice et Toulouse "
                    "cesseront en avril, faute de voyageurs.\nUne dépêche de Reuters\n3 février 2026\n\n"
                    "Les régions adoptent un budget commun pour les lycées\nLe texte prévoit 200 millions d'euros "
                    "de travaux.\nUn article de Claire Dumas\n2 février 2026\n\n"
                    "Le prix du gazole recule pour la troisième semaine\nLe litre passe sous 1,60 euro en moyenne.\n"
                    "1 février 2026\n")
    assert [(s.title, s.date, s.source) for s in stories] == [
        ("La SNCF supprime trois trains de nuit", dt.date(2026, 2, 3), "Reuters"),
        ("Les régions adoptent un budget commun pour les lycées", dt.date(2026, 2, 2), ""),
        ("Le prix du gazole recule pour la troisième semaine", dt.date(2026, 2, 1), "")]


def test_a_place_dateline_with_a_clock_and_zone_dates_its_item_and_is_no_item():
    stories = _read("Inicio\nNacional\n\nEl Congreso aprueba la reforma al sistema de pensiones\nLa Cámara votó 98 a 60 "
                    "tras dos semanas de debate sobre el fondo común.\nAndrea Salazar\nSanta Marta - 3 feb 2026 - 19:40 COT\n\n"
                    "La tasa de desempleo baja a 8,9% en diciembre\nEl Dane atribuyó la caída al comercio y a la "
                    "construcción.\nAFP\nSan José de Cúcuta - 2 feb 2026 - 10:05 COT\n\n"
                    "Ecopetrol descubre un nuevo pozo de gas en La Guajira\nLa empresa estima reservas para diez años "
                    "de consumo regional.\nJulián Mora\nVilla de Leyva - 30 ene 2026 - 16:20 COT\n")
    assert [(s.title, s.date, s.source) for s in stories] == [
        ("El Congreso aprueba la reforma al sistema de pensiones", dt.date(2026, 2, 3), ""),
        ("La tasa de desempleo baja a 8,9% en diciembre", dt.date(2026, 2, 2), "AFP"),
        ("Ecopetrol descubre un nuevo pozo de gas en La Guajira", dt.date(2026, 1, 30), "")]


def test_a_portuguese_place_dateline_dates_its_item():
    stories = _read("Últimas notícias\n\nGoverno anuncia corte de juros no crédito rural\nO plano prevê taxas menores "
                    "para pequenos produtores a partir de março.\nSão Paulo, 3 de fevereiro de 2026 às 18h\n\n"
                    "Inflação de janeiro fica abaixo do esperado\nO índice subiu 0,3% no mês, puxado por alimentos.\n"
                    "Rio de Janeiro, 2 de fevereiro de 2026 às 9h30\n")
    assert [(s.title, s.date) for s in stories] == [
        ("Governo anuncia corte de juros no crédito rural", dt.date(2026, 2, 3)),
        ("Inflação de janeiro fica abaixo do esperado", dt.date(2026, 2, 2))]


def test_a_digest_pointer_reported_by_an_outlet_names_the_outlet_and_its_date():
    stories = _read("THE GRID BRIEF\nA weekly note on power markets\n\nHello readers,\n\nGRIDS\n\n"
                    "**Texas regulator orders new reserve for winter peaks**\nThe commission asked the grid operator "
                    "to hold 3 gigawatts back for cold snaps.\nReported by The Texas Tribune on Jan. 29 ↗\n\n"
                    "**Utilities ask to slow rooftop solar credits**\nThree utilities filed a joint plea to cut the "
                    "credit paid for power sent back to the grid.\nReported by Canary Media ↗\n\n"
                    "**Offshore wind lease sale draws two bidders**\nThe auction closed after four rounds with a top bid "
                    "of $9 million.\nReported by Heatmap on Jan. 27 ↗\n\nThat's all for this week.\n")
    assert [(s.title, s.date, s.source) for s in stories] == [
        ("Texas regulator orders new reserve for winter peaks", dt.date(2026, 1, 29), "The Texas Tribune"),
        ("Utilities ask to slow rooftop solar credits", None, "Canary Media"),
        ("Offshore wind lease sale draws two bidders", dt.date(2026, 1, 27), "Heatmap")]


def test_a_release_list_names_the_issuing_body_before_the_release_type_as_the_source():
    stories = _read("Presse\nAlle Meldungen\n\nNeue Regeln für Apotheken im ländlichen Raum\n"
                    "03.02.2026 | Berlin | Bundesministerium für Gesundheit | Pressemitteilung\n"
                    "Apotheken sollen künftig auch ohne ständig anwesenden Apotheker öffnen dürfen.\n\n"
                    "Förderprogramm für Wärmepumpen wird verlängert\n"
                    "02.02.2026 | Bonn | Bundesamt für Wirtschaft | Pressemitteilungen\n"
                    "Anträge können bis Ende 2027 gestellt werden.\n\n"
                    "Bilanz der Lebensmittelkontrollen 2025\n"
                    "30.01.2026 | Braunschweig | Bundesamt für Verbraucherschutz | Pressemitteilung\n"
                    "Jede achte Probe wurde beanstandet.\n")
    assert [(s.title, s.date, s.source) for s in stories] == [
        ("Neue Regeln für Apotheken im ländlichen Raum", dt.date(2026, 2, 3), "Bundesministerium für Gesundheit"),
        ("Förderprogramm für Wärmepumpen wird verlängert", dt.date(2026, 2, 2), "Bundesamt für Wirtschaft"),
        ("Bilanz der Lebensmittelkontrollen 2025", dt.date(2026, 1, 30), "Bundesamt für Verbraucherschutz")]



def test_an_issue_line_dates_no_item_when_the_items_date_themselves():
    # the issue went out on 2 February; the items it knows the day of say so, the others stay undated
    stories = read_page(
        "THE GRID BRIEF\nA weekly note on power markets\nIssue #212 | Monday, February 2, 2026\n\nHello readers,\n\n"
        "Winter is testing the grids again, and regulators are moving. This week: reserves, rooftop credits and "
        "a lease sale.\n\n— Sam Ortiz, editor\n\nGRIDS\n\n"
        "**Texas regulator orders new reserve for winter peaks**\nThe commission asked the grid operator to hold "
        "3 gigawatts back for cold snaps.\nReported by Utility Dive ↗\n\n"
        "**Utilities ask to slow rooftop solar credits**\nThree utilities filed a joint plea to cut the credit paid "
        "for power sent back.\nReported by Canary Media on Jan. 29 ↗\n\n"
        "OFFSHORE\n\n**Offshore wind lease sale draws two bidders**\nThe auction closed after four rounds with a top "
        "bid of $9 million.\nReported by Heatmap ↗\n\n"
        "**Maine port picks builder for turbine terminal**\nThe state chose a joint venture to build the quay by "
        "2029.\n\nSPONSORED\nMeter data made easy. Try GridSight free for 30 days.\n\n"
        "STORAGE\n\n**Battery fire prompts review of California rules**\nThe commission will look at spacing and "
        "monitoring at large sites.\nReported by E&E News on Jan. 30 ↗\n\nThat's all for this week.\n",
        dt.date(2026, 2, 3)).stories
    assert [(s.title, s.date, s.source) for s in stories] == [
        ("Texas regulator orders new reserve for winter peaks", None, "Utility Dive"),
        ("Utilities ask to slow rooftop solar credits", dt.date(2026, 1, 29), "Canary Media"),
        ("Offshore wind lease sale draws two bidders", None, "Heatmap"),
        ("Maine port picks builder for turbine terminal", None, ""),
        ("Battery fire prompts review of California rules", dt.date(2026, 1, 30), "E&E News")]
