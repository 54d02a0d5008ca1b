"""Layouts of held-out set 37 read in general (pages written here, in other wordings): the
owner's 'one article per line, date, outlet and title separated by a delimiter', with a middle dot
between the fields under a title and a legend, an empty field, and a note under the list."""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page

DAY = dt.date(2026, 12, 2)

_CLIPPINGS = """HEALTH WATCH — clippings, week to 22 Nov 2026
Compiled by the desk. One line per item: date · outlet · headline.

21 Nov 2026 · BBC News · Measles cases in England rise for the fourth month running, latest figures show
20 Nov 2026 · The Guardian · Hospital waiting list falls below seven million for the first time since 2022
20 Nov 2026 ·  · Nurses in Wales to vote on pay offer after talks end without agreement

11/19/2026 · Reuters · WHO warns of antibiotic shortages across Europe this winter
18 Nov 2026 · Financial Times · Drugmakers agree to cap prices of three asthma inhalers

— end of list —
Items marked · come from outlets; those without one are our own notes.
"""


def test_one_article_a_line_with_middle_dots_between_date_outlet_and_headline():
    stories = read_page(_CLIPPINGS, DAY).read_all().stories
    got = [(s.title, s.source, s.date) for s in stories]
    assert got == [
        ("Measles cases in England rise for the fourth month running, latest figures show", "BBC News", dt.date(2026, 11, 21)),
        ("Hospital waiting list falls below seven million for the first time since 2022", "The Guardian", dt.date(2026, 11, 20)),
        ("Nurses in Wales to vote on pay offer after talks end without agreement", "", dt.date(2026, 11, 20)),
        ("WHO warns of antibiotic shortages across Europe this winter", "Reuters", dt.date(2026, 11, 19)),
        ("Drugmakers agree to cap prices of three asthma inhalers", "Financial Times", dt.date(2026, 11, 18))], got
