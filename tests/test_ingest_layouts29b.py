"""Layouts of held-out set 29 read in general (fit29b; pages written here, in other wordings,
outlets and languages)."""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page

_DAY = dt.date(2026, 11, 4)


def _read(text: str, day: dt.date = _DAY):
    return [(s.title, s.date, s.source) for s in read_page(text, day).stories]


# A print paper's contents, its edition dated at the top; the items open with datelines, most of
# them with their day ('NEW DELHI, Nov 3: '), some with the place alone ('MUMBAI: '). The
# edition's day is no item's: one whose dateline prints no day stays undated (3209's kind).
_EDITION_EN = ("THE MORNING LEDGER · Digital Edition\n"
               "Wednesday, November 4, 2026\n"
               "Read online   Download PDF   Past issues\n\n"
               "FRONT PAGE\n\n"
               "Cabinet clears new rail corridor to the east coast\n"
               "NEW DELHI, Nov 3: The Union Cabinet approved a freight corridor linking Ludhiana to the ports of "
               "Odisha, to be built in three phases over eight years.\n"
               "PTI\n\n"
               "Suburban trains to run every four minutes at peak hours\n"
               "MUMBAI: The railway board said new signalling on the western line would let it add forty "
               "services a day from next month.\n"
               "By Staff Correspondent\n\n"
               "CITY\n\n"
               "Dengue cases rise after late monsoon rains\n"
               "CHENNAI, Nov 2: The corporation reported 212 cases in a week and began fogging drives in "
               "fourteen wards.\n"
               "By Priya Raman\n\n"
               "Metro fares to stay unchanged this year\n"
               "KOLKATA: The fare fixation committee rejected a proposal to raise tickets by two rupees.\n"
               "IANS\n")

_EDITION_FR = ("LE COURRIER DU SUD · Édition numérique\n"
               "Mercredi 4 novembre 2026\n"
               "Feuilleter   Télécharger le PDF   Archives\n\n"
               "RÉGION\n\n"
               "La ligne TER Marseille-Toulon rouvre après trois semaines de travaux\n"
               "MARSEILLE, 3 novembre — Les trains circulent de nouveau sur toute la ligne, mais à vitesse "
               "réduite entre Cassis et La Ciotat jusqu'à la fin du mois.\n"
               "Par Julien Ferrand\n\n"
               "Incendie maîtrisé dans le massif des Maures\n"
               "TOULON — Les pompiers ont fixé le feu qui avait parcouru quarante hectares de garrigue près "
               "du Luc.\n"
               "AFP\n\n"
               "ÉCONOMIE\n\n"
               "Le port de Sète accueille un troisième quai pour les ferries\n"
               "SÈTE, 2 novembre — Le quai de 240 mètres permettra de recevoir deux navires à la fois dès "
               "le printemps.\n"
               "Par Claire Vidal\n")


def test_edition_date_is_no_undated_dateline_items_en():
    rows = {t: d for t, d, _ in _read(_EDITION_EN)}
    assert rows["Cabinet clears new rail corridor to the east coast"] == dt.date(2026, 11, 3)
    assert rows["Dengue cases rise after late monsoon rains"] == dt.date(2026, 11, 2)
    assert rows["Suburban trains to run every four minutes at peak hours"] is None
    assert rows["Metro fares to stay unchanged this year"] is None


def test_edition_date_is_no_undated_dateline_items_fr():
    rows = {t: d for t, d, _ in _read(_EDITION_FR)}
    assert rows["La ligne TER Marseille-Toulon rouvre après trois semaines de travaux"] == dt.date(2026, 11, 3)
    assert rows["Le port de Sète accueille un troisième quai pour les ferries"] == dt.date(2026, 11, 2)
    assert rows["Incendie maîtrisé dans le massif des Maures"] is None


# A list of company announcements (a stock exchange's, a regulator's): a stamp row, the issuing
# company's name with its legal form on a line of its own, the report's title, its description.
# The issuer is the item's outlet (3207's kind); the exchange only lists the reports.
_ANNOUNCEMENTS_DE = ("Börse Musterstadt\n"
                     "Aktien   Anleihen   Indizes   Emittenten   Über uns\n\n"
                     "Startseite > Emittenten > Unternehmensmeldungen\n\n"
                     "Unternehmensmeldungen\n"
                     "Ad-hoc-Mitteilungen und Stimmrechtsmitteilungen der gelisteten Gesellschaften. Für den Inhalt sind die Emittenten verantwortlich.\n\n"
                     "2026-11-03 18:02   |   Ad-hoc   |   Mitteilung 12/2026\n"
                     "Siemens Energy AG\n"
                     "Prognose für das Geschäftsjahr angehoben\n"
                     "Der Vorstand erwartet nun ein Umsatzwachstum von 15 bis 17 Prozent, getragen vom Netzgeschäft.\n"
                     "Zur Meldung ›\n\n"
                     "2026-11-03 07:30   |   Stimmrechte   |   Mitteilung 4/2026\n"
                     "Deutsche Lufthansa AG\n"
                     "Neuer Großaktionär meldet Anteil von fünf Prozent\n"
                     "Ein Staatsfonds hat die Schwelle von fünf Prozent der Stimmrechte überschritten.\n"
                     "Zur Meldung ›\n\n"
                     "2026-11-02 17:45   |   Ad-hoc   |   Mitteilung 9/2026\n"
                     "Bayerische Motoren Werke Aktiengesellschaft\n"
                     "Rückruf von Hochvoltspeichern in Nordamerika\n"
                     "Betroffen sind rund 12.000 Fahrzeuge, die Kosten werden im vierten Quartal verbucht.\n"
                     "Zur Meldung ›\n\n"
                     "Impressum · Datenschutz · © Börse Musterstadt AG\n")

_ANNOUNCEMENTS_EN = ("Nordic Market\n"
                     "Shares   Bonds   Indexes   Listed companies\n\n"
                     "Home > Listed companies > Company news\n\n"
                     "Company news\n"
                     "Announcements published by listed companies. The exchange is not responsible for their content.\n\n"
                     "3 Nov 2026 08:00 CET   |   Inside information\n"
                     "EQUINOR ASA\n"
                     "Equinor sells its stake in two Brazilian oil fields\n"
                     "The company has agreed to sell its 25 percent share in the fields for USD 1.2 billion.\n\n"
                     "2 Nov 2026 16:15 CET   |   Major shareholder announcement\n"
                     "Nokia Oyj\n"
                     "Nokia receives notification of a change in holdings\n"
                     "A fund manager's holding in Nokia rose above ten percent of the shares.\n\n"
                     "2 Nov 2026 09:00 CET   |   Interim report\n"
                     "H&M Hennes & Mauritz AB (publ)\n"
                     "Sales in the third quarter up four percent in local currencies\n"
                     "Sales in the period amounted to SEK 59 billion, with strong growth in southern Europe.\n\n"
                     "Showing 1–3 of 88\n")


def test_issuer_line_over_report_title_is_outlet_de():
    rows = {t: s for t, _, s in _read(_ANNOUNCEMENTS_DE)}
    assert rows["Prognose für das Geschäftsjahr angehoben"] == "Siemens Energy AG"
    assert rows["Neuer Großaktionär meldet Anteil von fünf Prozent"] == "Deutsche Lufthansa AG"
    assert rows["Rückruf von Hochvoltspeichern in Nordamerika"] == "Bayerische Motoren Werke Aktiengesellschaft"


def test_issuer_line_over_report_title_is_outlet_en():
    got = _read(_ANNOUNCEMENTS_EN)
    assert "Company news" not in [t for t, _, _ in got]   # (the list's title and note are the page's)
    rows = {t: s for t, _, s in got}
    assert rows["Equinor sells its stake in two Brazilian oil fields"] == "EQUINOR ASA"
    assert rows["Nokia receives notification of a change in holdings"] == "Nokia Oyj"
    assert rows["Sales in the third quarter up four percent in local currencies"] == "H&M Hennes & Mauritz AB (publ)"
