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
