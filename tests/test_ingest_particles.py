"""A headline's last word that is an article in one language and ends a clause in another ('an',
'ein'): a German headline ending on its verb's particle, or a French one on 'an' (a year), is whole
and the capitalised line under it is its text; an English headline wrapped after 'an' is joined."""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page



def _titles(text: str) -> list[str]:
    return [s.title for s in read_page(text, dt.date(2025, 4, 22)).stories]


def test_a_german_headline_ending_on_its_particle_is_not_joined_to_its_teaser():
    page = ("Ticker – Verkehr\n\n"
            "14:05 Uhr  Verdi kündigt Warnstreik im Nahverkehr an\nAm Donnerstag stehen in drei Städten Busse und Bahnen still.\n\n"
            "13:40 Uhr  Flughafen stellt zweihundert Fachkräfte ein\nGesucht werden vor allem Mechaniker für die Wartung.\n\n"
            "12:15 Uhr  Landesregierung legt Haushaltsentwurf vor\nDer Entwurf sieht höhere Ausgaben für Schulen vor.\n")
    assert _titles(page) == ["Verdi kündigt Warnstreik im Nahverkehr an", "Flughafen stellt zweihundert Fachkräfte ein",
                             "Landesregierung legt Haushaltsentwurf vor"]


def test_a_particle_after_a_noun_without_german_letters_ends_the_headline():
    page = ("Nachrichten\n\n1. Post kündigt neue Preise an\nAb Juli kostet ein Brief zehn Cent mehr.\n\n"
            "2. Bahn nimmt neue Strecken an\nDer Betrieb beginnt im Juni auf allen Linien.\n\n"
            "3. Hafen meldet Rekord beim Umschlag\nDer Umschlag stieg um zehn Prozent.\n")
    assert _titles(page) == ["Post kündigt neue Preise an", "Bahn nimmt neue Strecken an", "Hafen meldet Rekord beim Umschlag"]


def test_a_french_headline_ending_on_a_year_is_not_joined():
    page = ("Revue de presse\n\n1. Le loyer moyen augmente de 300 euros par an\nLes étudiants sont les plus touchés, selon l'étude.\n\n"
            "2. Le chômage recule pour le troisième trimestre\nLe taux passe sous la barre des sept pour cent.\n")
    assert _titles(page)[0] == "Le loyer moyen augmente de 300 euros par an"


def test_an_english_headline_wrapped_after_an_is_still_joined():
    page = ("Morning briefing\n\nThe city council approves an\nOlympic bid for 2036 after a long debate\n"
            "Councillors voted 31 to 12 in favour of the bid.\n\nMinisters give the fishing fleet an\nUltimatum over quotas\n"
            "The talks end on Friday.\n\nRail fares rise by five per cent\nThe rise takes effect in March.\n")
    assert _titles(page) == ["The city council approves an Olympic bid for 2036 after a long debate",
                             "Ministers give the fishing fleet an Ultimatum over quotas", "Rail fares rise by five per cent"]
