"""Layouts of held-out set 27 read in general (pages written here, in other wordings and
languages): a one-article-a-line list whose date shares its field with the outlet ('[13 Apr] The
Hindu | Headline'), with or without a key line naming both in that field."""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page

_DAY = dt.date(2026, 4, 14)


def _read(text: str):
    return [(s.title, s.date, s.source) for s in read_page(text, _DAY).stories]


def test_a_date_in_the_outlets_field_is_the_items_date_and_the_rest_its_outlet():
    assert _read("Housing clippings\n"
                 "(format: [day] outlet | headline)\n\n"
                 "[13 Apr] Irish Times | Dublin rents rise for the ninth quarter in a row, report finds\n"
                 "[12 Apr] RTÉ News | Cabinet approves plan to build 4,000 cost-rental homes by 2028\n"
                 "Irish Examiner | Cork council buys vacant shops to turn into flats above the street\n"
                 "[10 Apr] TheJournal.ie | First-time buyers borrowed a record amount in March\n") == [
        ("Dublin rents rise for the ninth quarter in a row, report finds", dt.date(2026, 4, 13), "Irish Times"),
        ("Cabinet approves plan to build 4,000 cost-rental homes by 2028", dt.date(2026, 4, 12), "RTÉ News"),
        ("Cork council buys vacant shops to turn into flats above the street", None, "Irish Examiner"),
        ("First-time buyers borrowed a record amount in March", dt.date(2026, 4, 10), "TheJournal.ie")]


def test_a_german_list_with_the_date_before_the_outlet_in_one_field_and_no_key():
    assert _read("Energie-Links\n\n"
                 "12.4. Der Standard ; Gaspreise für Haushalte sinken im Mai um acht Prozent\n"
                 "11.4. ORF ; Netzbetreiber plant neue Leitung durch das Innviertel\n"
                 "10.4. Die Presse ; Förderung für Wärmepumpen wird ab Juli gekürzt\n"
                 "9.4. Kleine Zeitung ; Solarpark in der Steiermark geht ans Netz\n") == [
        ("Gaspreise für Haushalte sinken im Mai um acht Prozent", dt.date(2026, 4, 12), "Der Standard"),
        ("Netzbetreiber plant neue Leitung durch das Innviertel", dt.date(2026, 4, 11), "ORF"),
        ("Förderung für Wärmepumpen wird ab Juli gekürzt", dt.date(2026, 4, 10), "Die Presse"),
        ("Solarpark in der Steiermark geht ans Netz", dt.date(2026, 4, 9), "Kleine Zeitung")]


def test_a_headline_that_opens_with_a_date_is_not_cut():
    stories = _read("April 12 recap: what changed for renters | Axios\n"
                    "Tenant groups say April 30 deadline is too soon | The Verge\n"
                    "Landlords sue over new rent cap | Reuters\n")
    assert [s[0] for s in stories][1:] == ["Tenant groups say April 30 deadline is too soon", "Landlords sue over new rent cap"]
    assert [s[2] for s in stories] == ["Axios", "The Verge", "Reuters"]
