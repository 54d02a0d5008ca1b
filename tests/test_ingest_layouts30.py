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
