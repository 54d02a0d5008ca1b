"""The kinds of layout the third held-out set showed (tests/fixtures/ingest_heldout3), on pages
written for these tests in other languages, outlets and wording than the fixtures: what a reader
of each item expects as its title, date, outlet and labels, and that no item is lost or merged."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import given, settings, strategies as st

from chronicle.config import load_config
from chronicle.ingest import when
from chronicle.ingest.run import make_context, parse

ROOT = Path(__file__).resolve().parent.parent
D = dt.date
CAPTURED = D(2026, 11, 30)


def _parse(text: str, captured: dt.date | None = CAPTURED):
    return parse(text, make_context(load_config(ROOT / "config.yaml"), captured))


def _items(p):
    return [(s.title, s.date, s.source) for s in p.stories]


def test_a_day_heading_without_a_year_gives_an_estimate_not_a_stated_date():
    p = _parse("Business\n\n3rd March\n\nCopper hits a two-year high on Chinese demand\n\n"
               "SANTIAGO (Reuters) – Copper prices rose for a fifth day as Chinese smelters bought more...\n\n"
               "Airline shares fall after fuel warning\n\n"
               "LONDON (Reuters) – European airline shares slid on Monday after two carriers warned on fuel costs...\n\n"
               "Rice exports slow as India keeps its curbs\n\n"
               "NEW DELHI (Reuters) – India kept its limits on rice exports in place, traders said on Tuesday...\n")
    assert [(s.date, s.date_basis, s.source) for s in p.stories] == [(D(2026, 3, 3), "estimated", "Reuters")] * 3


def test_relative_times_glued_to_the_next_dateline_close_each_agency_brief():
    p = _parse("Meer uit Buitenland\n"
               "BRUSSEL (ANP) - De Europese Commissie wil strengere regels voor de import van staal uit Azië.\n"
               "25 minuten geledenPARIJS (ANP) - De Franse regering heeft de verhoging van de pensioenleeftijd uitgesteld tot na de zomer.\n"
               "3 uur geledenBERLIJN (ANP) - Duitse boeren blokkeerden opnieuw wegen rond de hoofdstad uit protest tegen de dieselprijs.\n"
               "2 dagen geleden\n")
    assert [(s.date, s.source) for s in p.stories] == [(D(2026, 11, 30), "ANP"), (D(2026, 11, 30), "ANP"), (D(2026, 11, 28), "ANP")]
    assert [s.paras[0][:8] for s in p.stories] == ["BRUSSEL ", "PARIJS (", "BERLIJN "]


def test_an_outlet_domain_glued_to_the_next_date_is_that_item_s_outlet():
    p = _parse("WIADOMOŚCI\n2025-11-03\nRząd przyjął projekt budżetu na przyszły rok\n"
               "Deficyt ma wynieść 6,5 procent PKB, a wydatki na obronę wzrosną do 4,8 procent.\n"
               "onet.pl2025-11-02\nStrajk nauczycieli w trzech województwach\n"
               "Związkowcy domagają się podwyżek o 15 procent i zapowiadają kolejne protesty.\n"
               "wp.pl2025-11-01\nNowa linia metra w Krakowie ma ruszyć w 2031 roku\n"
               "Miasto podpisało umowę na projekt pierwszego odcinka podziemnej kolei.\n"
               "krakow.pl\n")
    assert _items(p) == [("Rząd przyjął projekt budżetu na przyszły rok", D(2025, 11, 3), "onet.pl"),
                         ("Strajk nauczycieli w trzech województwach", D(2025, 11, 2), "wp.pl"),
                         ("Nowa linia metra w Krakowie ma ruszyć w 2031 roku", D(2025, 11, 1), "krakow.pl")]


def test_dates_in_dutch_and_portuguese_and_between_slashes_and_relative_ones_in_polish():
    def read(t):
        return [(f.year, f.month, f.day) for f in when.find_dates(t)]
    assert read("7 maart 2024") == [(2024, 3, 7)]
    assert read("12 de dezembro de 2024") == [(2024, 12, 12)]
    assert read("09 // Set // 2023") == [(2023, 9, 9)] and read("14-Feb-2022") == [(2022, 2, 14)]
    assert read("THE BRIEF [Oct 16-22]") == []   # a span of days is no one day
    rel = {t: when.relative_to(when.find_dates(t)[0], CAPTURED)
           for t in ("3 days 23 hours ago", "2 days 4 hours ago", "há 2 horas", "3 dni temu", "5 uur geleden")}
    assert rel == {"3 days 23 hours ago": D(2026, 11, 26), "2 days 4 hours ago": D(2026, 11, 28),
                   "há 2 horas": CAPTURED, "3 dni temu": D(2026, 11, 27), "5 uur geleden": CAPTURED}


def test_a_live_blog_s_pinned_post_is_an_item_and_each_time_line_opens_one():
    p = _parse("Saturday 14 June 2025\n\nBudget day live\n\nAll times local.\n\n📌 PINNED\n\n"
               "What we know so far\n\nThe chancellor will raise the tax-free allowance and freeze fuel duty, officials said.\n\n"
               "14:20\n\nThe chancellor has left Downing Street with the red box.\n\n"
               "13:55\n\nMarkets are calm ahead of the statement, with sterling flat against the euro.\n\n"
               "13:30\n\nOpposition leaders say they will vote against any cut to welfare.\n")
    assert [s.title for s in p.stories] == ["What we know so far", "", "", ""]
    assert all(s.date == D(2025, 6, 14) for s in p.stories)


def test_paragraphs_opening_with_a_bracketed_label_are_one_item_each_with_their_label():
    p = _parse("Weekly digest\n\nThis week's highlights\n\n"
               "[#water] — Reservoirs in southern Spain are at a third of their capacity after a dry winter, officials said.\n\n"
               "[#heat] — Athens closed the Acropolis for a second afternoon as temperatures passed 40 degrees.\n\n"
               "[#forests] — Brazil reported a fall in Amazon clearing for the fourth month in a row.\n")
    assert [s.labels for s in p.stories] == [["water"], ["heat"], ["forests"]]
    assert p.stories[1].paras[0].startswith("Athens closed")


MARKDOWN_NOTES = """---
tags: [saved]
---
# Saved articles

## Lisbon caps short-term rentals in the old town
- Source: Público
- Published: 2025-02-11
- Tags: #housing #portugal

### Notes
The city council voted to stop new holiday-rental licences in five central parishes for three years.

## Norway's wealth fund posts a record return
- Source: Financial Times
- Published: 2025-01-29
- Tags: #markets

### Notes
The fund gained 13% last year, driven by US technology shares.
"""


def test_markdown_notes_give_each_heading_its_fields_and_keep_deeper_headings_inside():
    p = _parse(MARKDOWN_NOTES)
    assert _items(p) == [("Lisbon caps short-term rentals in the old town", D(2025, 2, 11), "Público"),
                         ("Norway's wealth fund posts a record return", D(2025, 1, 29), "Financial Times")]
    assert [s.labels for s in p.stories] == [["housing", "portugal"], ["markets"]]
    assert p.stories[0].paras == ["The city council voted to stop new holiday-rental licences in five central parishes for three years."]


def test_a_clipping_archive_dates_each_item_from_its_calendar_leaf_and_the_archive_year():
    p = _parse("Archive for November 2024\n\nNov\n21\n\nCity bans diesel buses from 2027\n\n"
               "Transport plan sets a date for an all-electric fleet\n\nThe Times\n\n"
               "The council will replace 400 buses over three years, paid for by a new levy on parking.\n\n"
               "Nov\n14\n\nFlood barrier opens a year late\n\nThe gates protect 20,000 homes\n\nBy Ann Lee\n\nBBC News\n\n"
               "The barrier on the river was finished twelve months behind schedule and over budget.\n\n"
               "Nov\n2\n\nLibrary reopens after repairs\n\nA roof leak had closed it since spring\n\nThe Herald\n\n"
               "Readers returned on Saturday to a building with a new roof and longer opening hours.\n")
    assert _items(p) == [("City bans diesel buses from 2027", D(2024, 11, 21), "The Times"),
                         ("Flood barrier opens a year late", D(2024, 11, 14), "BBC News"),
                         ("Library reopens after repairs", D(2024, 11, 2), "The Herald")]


def test_a_press_release_s_glued_lead_dates_it():
    p = _parse("News\n\n\nMinistry opens consultation on offshore wind tenders\n\n"
               "Press release Dublin, 4 March 2025 Department of the Environment The consultation on the first auction of sites off the south coast runs for eight weeks, and developers, fishers and coastal communities are invited to reply...\n\n\n"
               "Grid operator publishes winter outlook\n\n"
               "Department of the Environment Statement Dublin, 27 February 2025 Supplies of gas and electricity should meet demand this winter, the operator said, although a cold spell with little wind would leave a thin margin...\n\n\n"
               "Minister welcomes solar planning rules\n\n"
               "Press release Cork, 20 February 2025 Department of the Environment Rooftop panels on homes, schools and farm buildings will no longer need planning permission under rules signed by the minister on Thursday...\n")
    assert [s.date for s in p.stories] == [D(2025, 3, 4), D(2025, 2, 27), D(2025, 2, 20)]


def test_a_subheading_inside_a_dated_item_does_not_open_another():
    p = _parse("Feed: Local news\n\nCouncil approves new cycle lanes\n\n2 hours ago\n\n"
               "The council approved 12 kilometres of protected lanes on Tuesday.\n\nWhat happens next\n\n"
               "Work starts in spring and should take two years.\n\nSchool meals get cheaper\n\n1 day ago\n\n"
               "Parents will pay a pound less per meal from January.\n\nLibrary hours extended\n\n3 days ago\n\n"
               "The central library will open until nine on weekdays.\n")
    assert [s.title for s in p.stories] == ["Council approves new cycle lanes", "School meals get cheaper", "Library hours extended"]
    assert p.stories[0].paras[-1] == "Work starts in spring and should take two years."


def test_a_byline_glued_before_a_wire_lead_is_neither_text_nor_outlet():
    p = _parse("World\n\nFloods cut roads in northern Italy\n\n"
               "By Anna Rossi and Marco Bianchi MILAN, Italy (Reuters) – Heavy rain cut roads and rail lines across Lombardy on Sunday...\n\n"
               "Swiss vote on rail spending\n\nZURICH (Reuters) – Swiss voters backed a plan to spend more on regional trains...\n\n"
               "Austria raises pensions\n\nVIENNA (Reuters) – Austria will raise state pensions by 4.6% next year...\n")
    assert [s.source for s in p.stories] == ["Reuters"] * 3
    assert p.stories[0].paras[0].startswith("MILAN, Italy (Reuters)")


def test_lines_of_pictograms_keep_the_items_they_stand_over_apart():
    p = _parse("Evening news\n🚆\nRail fares will rise by 3% in March, the operators' association said.\n"
               "🏥\nThe health service hired 4,000 more nurses than planned this year.\n"
               "🌧️\nForecasters expect a wet weekend across the north.\n")
    bodies = [s.paras[0][:10] for s in p.stories]
    assert bodies[-3:] == ["Rail fares", "The health", "Forecaster"]


_PIECES = ["Mar", "30", "²", "٣", "2015", "Archive for March 2015", "gazeta.pl2025-12-06", "12-Apr-2024",
           "11 minuten geledenLEEUWARDEN (ANP) - De rechtbank doet uitspraak.", "3 days 23 hours ago",
           "[#grid] — Grids need money.", "[2024] x", "📌 PINNED", "🗳️", "14:20", "## Title", "### Summary",
           "- Source: Reuters", "- Published: 2025-03-05", "- Tags: #a #b", "---", "",
           "By Ann Lee and Bo Li PARIS, France (AFP) – Text follows here.", "Press release Rome, 3 May 2024 Text",
           "A headline of a few words", "A sentence of prose that ends with a full stop."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=25))
def test_no_mix_of_these_layouts_pieces_crashes_the_reader(lines):
    p = _parse("\n".join(lines))
    assert all(isinstance(s.paras, list) for s in p.stories)


def test_dotted_capital_i_in_a_date_word_is_read_not_a_crash():
    """(?i) takes 'İ' for 'i', but 'İ'.lower() is two characters: the words are looked up folded."""
    assert [(f.month, f.day) for f in when.find_dates("APRİL 3, 2024")] == [(4, 3)]
    assert [f.ago for f in when.find_dates("3 MİNUTES ago")] == [dt.timedelta(minutes=3)]
    assert [f.ago for f in when.find_dates("OGGİ")] == [dt.timedelta(0)]
