"""The plainest shapes of a digest, written for these tests: a headline, its outlet and date in
one of the ways people write them, then its text. Each failed on a page of three items before its
fix (items cut in two, an outlet left in the title, an outlet and date line unread). In process."""
from __future__ import annotations

import datetime as dt

from ingest_kinds import items as _items, parser

D = dt.date
_parse = parser(D(2025, 6, 12))


def test_an_outlet_and_date_in_parentheses_after_a_numbered_headline():
    p = _parse("1. Dutch cabinet agrees on nitrogen plan for farms (NOS, 10 June 2025)\n"
               "Farmers near protected nature areas will be paid to cut livestock numbers under the deal.\n\n"
               "2. Lisbon caps new short-term rental licences (Público, 9 June 2025)\n"
               "The city council voted to stop issuing licences in seven central districts for three years.\n\n"
               "3. Poland opens its first offshore wind farm (Reuters, 8 June 2025)\n"
               "The Baltic Power project will supply electricity to about 1.5 million homes, its owners said.\n")
    assert _items(p) == [("Dutch cabinet agrees on nitrogen plan for farms", D(2025, 6, 10), "NOS"),
                         ("Lisbon caps new short-term rental licences", D(2025, 6, 9), "Público"),
                         ("Poland opens its first offshore wind farm", D(2025, 6, 8), "Reuters")]


def test_a_one_word_outlet_and_its_date_on_the_line_under_the_headline():
    p = _parse("Dutch cabinet agrees on nitrogen plan for farms\n"
               "Reuters | 2025-06-10\n"
               "Farmers near protected nature areas will be paid to cut livestock numbers under the deal.\n\n"
               "Lisbon caps new short-term rental licences\n"
               "Bloomberg | 2025-06-09\n"
               "The city council voted to stop issuing licences in seven central districts for three years.\n\n"
               "Poland opens its first offshore wind farm\n"
               "Politico | 2025-06-08\n"
               "The Baltic Power project will supply electricity to about 1.5 million homes, its owners said.\n")
    assert _items(p) == [("Dutch cabinet agrees on nitrogen plan for farms", D(2025, 6, 10), "Reuters"),
                         ("Lisbon caps new short-term rental licences", D(2025, 6, 9), "Bloomberg"),
                         ("Poland opens its first offshore wind farm", D(2025, 6, 8), "Politico")]


def test_headlines_closed_by_their_outlet_keep_their_text():
    p = _parse("Evening briefing\n\n"
               "Dutch cabinet agrees on nitrogen plan for farms (NOS)\n"
               "Farmers near protected nature areas will be paid to cut livestock numbers under the deal.\n\n"
               "Lisbon caps new short-term rental licences (Reuters)\n"
               "The city council voted to stop issuing licences in seven central districts for three years.\n\n"
               "Poland opens its first offshore wind farm (Bloomberg)\n"
               "The Baltic Power project will supply electricity to about 1.5 million homes, its owners said.\n")
    assert [(t, o) for t, _, o in _items(p)] == [("Dutch cabinet agrees on nitrogen plan for farms", "NOS"),
                                                 ("Lisbon caps new short-term rental licences", "Reuters"),
                                                 ("Poland opens its first offshore wind farm", "Bloomberg")]
    assert p.stories[2].paras == ["The Baltic Power project will supply electricity to about 1.5 million homes, "
                                  "its owners said."]


def test_a_markdown_list_of_links_with_the_outlet_and_date_after_each():
    p = _parse("# Lectures de la semaine\n\n"
               "- [Le cabinet néerlandais s'accorde sur un plan azote](https://nos.nl/a) — *NOS*, 10 juin 2025\n"
               "  Les éleveurs proches des zones protégées seront payés pour réduire leurs troupeaux.\n"
               "- [Lisbonne plafonne les locations de courte durée](https://www.publico.pt/b) — *Público*, 9 juin 2025\n"
               "  La mairie cesse de délivrer des licences dans sept quartiers du centre pendant trois ans.\n"
               "- [La Pologne inaugure son premier parc éolien en mer](https://www.reuters.com/c) — *Reuters*, 8 juin 2025\n"
               "  Le projet Baltic Power alimentera environ 1,5 million de foyers, selon ses propriétaires.\n")
    assert _items(p) == [("Le cabinet néerlandais s'accorde sur un plan azote", D(2025, 6, 10), "NOS"),
                         ("Lisbonne plafonne les locations de courte durée", D(2025, 6, 9), "Público"),
                         ("La Pologne inaugure son premier parc éolien en mer", D(2025, 6, 8), "Reuters")]
    assert not any("](" in para or "*" in para for s in p.stories for para in s.paras)


def test_read_more_links_under_each_item_give_its_address_and_outlet():
    p = _parse("Dutch cabinet agrees on nitrogen plan for farms\n"
               "Farmers near protected nature areas will be paid to cut livestock numbers under the deal.\n"
               "Read more: https://nos.nl/artikel/2571234-stikstof\n\n"
               "Lisbon caps new short-term rental licences\n"
               "The city council voted to stop issuing licences in seven central districts for three years.\n"
               "Read more: https://www.publico.pt/2025/06/09/local/alojamento\n\n"
               "Poland opens its first offshore wind farm\n"
               "The Baltic Power project will supply electricity to about 1.5 million homes, its owners said.\n"
               "Read more: https://www.reuters.com/business/energy/poland-wind/\n")
    assert [(t, o) for t, _, o in _items(p)] == [("Dutch cabinet agrees on nitrogen plan for farms", "NOS"),
                                                 ("Lisbon caps new short-term rental licences", "Público"),
                                                 ("Poland opens its first offshore wind farm", "Reuters")]
    assert p.stories[0].url == "https://nos.nl/artikel/2571234-stikstof"


def test_a_page_of_long_headlines_over_their_text_is_no_single_article():
    # each headline is 60 characters or more, which alone read as prose: the page was one article
    p = _parse("Dutch cabinet agrees on a nitrogen plan for livestock farms — NOS (June 10)\n"
               "Farmers near protected nature areas will be paid to cut livestock numbers under the deal.\n\n"
               "Lisbon caps new short-term rental licences in its historic centre — Público (June 9)\n"
               "The city council voted to stop issuing licences in seven central districts for three years.\n\n"
               "Poland opens its first offshore wind farm in the Baltic Sea — Reuters (June 8)\n"
               "The Baltic Power project will supply electricity to about 1.5 million homes, its owners said.\n")
    assert _items(p) == [("Dutch cabinet agrees on a nitrogen plan for livestock farms", D(2025, 6, 10), "NOS"),
                         ("Lisbon caps new short-term rental licences in its historic centre", D(2025, 6, 9), "Público"),
                         ("Poland opens its first offshore wind farm in the Baltic Sea", D(2025, 6, 8), "Reuters")]


def test_a_byline_names_the_outlet_after_the_author():
    p = _parse("Dutch cabinet agrees on nitrogen plan for farms\n"
               "By Bart Meijer, Reuters\n"
               "June 10, 2025\n"
               "Farmers near protected nature areas will be paid to cut livestock numbers under the deal.\n\n"
               "Lisbon caps new short-term rental licences\n"
               "By Ana Ribeiro | Bloomberg\n"
               "June 9, 2025\n"
               "The city council voted to stop issuing licences in seven central districts for three years.\n\n"
               "Poland opens its first offshore wind farm\n"
               "By Jan Nowak\n"
               "June 8, 2025\n"
               "The Baltic Power project will supply electricity to about 1.5 million homes, its owners said.\n")
    assert _items(p) == [("Dutch cabinet agrees on nitrogen plan for farms", D(2025, 6, 10), "Reuters"),
                         ("Lisbon caps new short-term rental licences", D(2025, 6, 9), "Bloomberg"),
                         ("Poland opens its first offshore wind farm", D(2025, 6, 8), "")]


def test_a_labelled_source_line_with_its_date_under_the_headline():
    p = _parse("Niederländisches Kabinett einigt sich auf Stickstoffplan\n"
               "Quelle: Der Spiegel, 10.06.2025\n"
               "Landwirte in der Nähe von Schutzgebieten sollen für kleinere Tierbestände bezahlt werden.\n\n"
               "Lissabon begrenzt neue Lizenzen für Ferienwohnungen\n"
               "Quelle: Handelsblatt, 09.06.2025\n"
               "Die Stadt vergibt in sieben Vierteln des Zentrums drei Jahre lang keine neuen Lizenzen.\n\n"
               "Polen eröffnet seinen ersten Offshore-Windpark\n"
               "Quelle: tagesschau.de, 08.06.2025\n"
               "Das Projekt Baltic Power soll rund 1,5 Millionen Haushalte mit Strom versorgen.\n")
    assert _items(p) == [("Niederländisches Kabinett einigt sich auf Stickstoffplan", D(2025, 6, 10), "Der Spiegel"),
                         ("Lissabon begrenzt neue Lizenzen für Ferienwohnungen", D(2025, 6, 9), "Handelsblatt"),
                         ("Polen eröffnet seinen ersten Offshore-Windpark", D(2025, 6, 8), "tagesschau.de")]
