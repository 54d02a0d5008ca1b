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
