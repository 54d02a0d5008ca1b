"""Outlets in no list, read from where a page prints them (issue 14): 'By A Name, Outlet' under
each headline, and 'Outlet · date' over it when a name has an elided article ("Le Courrier de
l'Ouest", "Corriere dell'Umbria"). A byline naming a place ('By A Name in Denver') is a byline,
never an item; one naming a job ('Health Correspondent') names no outlet. Pages written for
these tests, with outlets no list holds."""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page


def _read(text: str) -> list[tuple[str, str]]:
    return [(s.title, s.source) for s in read_page(text, dt.date(2025, 5, 6)).stories]


def _page(bylines: list[str], heads=("Solar tender draws record bids", "Utility asks to raise rates by 9%",
                                     "Grid operator warns of tight summer supply")) -> str:
    days = ("May 5, 2025", "May 2, 2025", "April 30, 2025")
    return "Energy news this week\n\n" + "\n\n".join(
        f"{h}\n{b}\n{d}\nThe figures were published on the company's website on the same day." for h, b, d in zip(heads, bylines, days))


def test_a_byline_names_the_outlet_after_its_comma():
    got = _read(_page(["By Priya Raman, Coastline Business Journal", "By Tom Keller, Prairie Ledger",
                       "By Ana Ruiz, Desert Sun Times"]))
    assert [s for _, s in got] == ["Coastline Business Journal", "Prairie Ledger", "Desert Sun Times"]


def test_a_byline_in_german_names_the_outlet_too():
    text = "Energie kompakt\n\n" + "\n\n".join(
        f"{h}\nVon {a}, {o}\n{d}\nDie Zahlen wurden am selben Tag veröffentlicht." for h, a, o, d in [
            ("Solarausschreibung bricht Rekord", "Lena Vogt", "Märkische Rundschau", "5. Mai 2025"),
            ("Stadtwerke erhöhen Gaspreis", "Jonas Brandt", "Weser-Kurier Land", "2. Mai 2025"),
            ("Netzbetreiber warnt vor Engpässen", "Mia Roth", "Allgäuer Bote", "30. April 2025")])
    assert [s for _, s in _read(text)] == ["Märkische Rundschau", "Weser-Kurier Land", "Allgäuer Bote"]


def test_a_byline_naming_a_job_or_a_place_names_no_outlet_and_is_no_item():
    got = _read(_page(["By Priya Raman, Political Editor", "By Tom Keller in Denver", "By Ana Ruiz, Phoenix"]))
    assert [t for t, _ in got] == ["Solar tender draws record bids", "Utility asks to raise rates by 9%",
                                   "Grid operator warns of tight summer supply"]
    assert [s for _, s in got] == ["", "", ""]


def test_outlets_with_elided_articles_over_each_headline():
    text = "Revue de presse – santé\n\n" + "\n\n".join(
        f"{o} · {d}\n{h}\nLe service a confirmé la décision lundi." for o, d, h in [
            ("La Voix du Bocage", "5 mai 2025", "Les urgences de Vire fermeront la nuit"),
            ("Le Courrier de l'Ouest", "4 mai 2025", "Un centre de santé ouvre à Cholet"),
            ("L'Écho du Pays", "2 mai 2025", "La pénurie de pharmaciens inquiète les communes")])
    assert [s for _, s in _read(text)] == ["La Voix du Bocage", "Le Courrier de l'Ouest", "L'Écho du Pays"]


def test_a_news_apps_cards_name_the_outlet_over_each_headline():
    """'HARBOUR TRIBUNE' / headline / '2h ago': the name is the outlet, the longer line the title."""
    text = "\n\n".join(f"{o}\n{h}\n{a}" for o, h, a in [
        ("HARBOUR TRIBUNE", "Ferry operator adds winter sailings to the islands", "2h ago"),
        ("VALLEY ECHO", "Dairy farmers warn milk price cut will close farms", "5h ago"),
        ("NORTHERN STAR WEEKLY", "Rail line reopens after landslip repairs", "Yesterday"),
        ("LAKESIDE MERCURY", "Council freezes parking charges for another year", "2 days ago")])
    assert _read(text) == [("Ferry operator adds winter sailings to the islands", "Harbour Tribune"),
                           ("Dairy farmers warn milk price cut will close farms", "Valley Echo"),
                           ("Rail line reopens after landslip repairs", "Northern Star Weekly"),
                           ("Council freezes parking charges for another year", "Lakeside Mercury")]


def test_a_news_apps_cards_in_spanish_with_names_as_written():
    text = "\n\n".join(f"{o}\n{h}\n{a}" for o, h, a in [
        ("Diario del Puerto", "El ferry a las islas suma salidas en invierno", "hace 2 horas"),
        ("La Gaceta Rural", "Los ganaderos alertan del recorte en el precio de la leche", "hace 5 horas"),
        ("Heraldo de la Sierra", "Reabre la línea de tren tras el desprendimiento", "ayer")])
    assert [s for _, s in _read(text)] == ["Diario del Puerto", "La Gaceta Rural", "Heraldo de la Sierra"]
    assert [t for t, _ in _read(text)][0] == "El ferry a las islas suma salidas en invierno"


def test_a_newsletters_read_more_lines_name_each_items_outlet():
    text = ("The Grid Brief — Tuesday\n\nGood morning. Three stories today.\n\n"
            "Batteries beat gas on the evening peak\nStorage supplied more power than gas plants on Sunday.\n"
            "Read more: Houston Ledger\n\n"
            "Regulator to cut the price cap in July\nBills fall by about £120 a year.\nRead more: Financial Times\n\n"
            "Pipeline start pushed back to 2027\nThe operator blamed permitting delays.\nRead more: Anchorage Daily Record\n")
    assert _read(text) == [("Batteries beat gas on the evening peak", "Houston Ledger"),
                           ("Regulator to cut the price cap in July", "Financial Times"),
                           ("Pipeline start pushed back to 2027", "Anchorage Daily Record")]


def test_read_more_lines_in_german_and_french_name_the_outlet():
    de = ("Energie am Morgen\n\nSpeicher schlagen Gaskraftwerke\nAm Sonntagabend lieferten Batterien mehr Strom.\n"
          "Weiterlesen bei Märkische Allgemeine\n\nNetzagentur senkt Entgelte\nDie Kosten sinken um drei Prozent.\n"
          "Weiterlesen bei Weser-Kurier Land\n")
    fr = ("Lettre énergie\n\nLes batteries dépassent le gaz\nDimanche soir, le stockage a fourni plus d'électricité.\n"
          "Lire la suite sur La Voix du Bocage\n\nLe régulateur baisse le tarif\nLa facture baisse de 3 %.\n"
          "Lire la suite sur Le Courrier de l'Ouest\n")
    assert [s for _, s in _read(de)] == ["Märkische Allgemeine", "Weser-Kurier Land"]
    assert [s for _, s in _read(fr)] == ["La Voix du Bocage", "Le Courrier de l'Ouest"]


def test_original_lines_name_each_items_outlet():
    """'Original: The Canberra Times, 13/5' under each item's text: a labelled source, its day no part of the name."""
    text = ("WARD ROUND WEEKLY\n\n"
            "Minister keeps health and picks up disability\nThe minister stays on in the second ministry.\n"
            "Original: The Canberra Times, 13/5\n\n"
            "Bulk-billing incentive starts in November\nPractices have six months to decide.\nOriginal: Australian Doctor, 16/5\n\n"
            "Ambulance ramping hits worst April on record\nCrews waited a record 5,900 hours.\nOriginal: Brisbane Times, 17/5\n")
    assert [s for _, s in _read(text)] == ["The Canberra Times", "Australian Doctor", "Brisbane Times"]


def test_first_published_lines_in_a_roundup_name_the_outlet():
    text = ("Reading list\n\nThe quiet end of the coal age\nA long read on the last plants.\nFirst published in Harbour Review\n\n"
            "Why grids need more storage\nAn explainer on batteries.\nFirst published in Valley Echo\n\n"
            "The price of a warm home\nA look at heating costs.\nFirst published in Northern Star Weekly\n")
    assert [s for _, s in _read(text)] == ["Harbour Review", "Valley Echo", "Northern Star Weekly"]


def test_an_original_lines_day_and_month_date_the_item():
    """'Original: Outlet, 13/5': the day is the item's, its order the page's (13 > 12: day first)."""
    text = ("WARD ROUND WEEKLY\n\n"
            "Minister keeps health and picks up disability\nThe minister stays on in the second ministry.\n"
            "Original: The Canberra Times, 13/5\n\n"
            "Bulk-billing incentive starts in November\nPractices have six months to decide.\nOriginal: Australian Doctor, 16/5\n\n"
            "Ambulance ramping hits worst April on record\nCrews waited a record 5,900 hours.\nOriginal: Brisbane Times, 2/5\n")
    p = read_page(text, dt.date(2025, 5, 20))
    dates = [s.date for s in (p.stories or [p.read_item(i) for i in p.items])]
    assert dates == [dt.date(2025, 5, 13), dt.date(2025, 5, 16), dt.date(2025, 5, 2)]
