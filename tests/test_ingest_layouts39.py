"""Layouts of held-out set 39 read in general (pages written here, in other wordings): a
parliament's written statements, each with a 'Made by: Name (role)' line over its text."""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page

DAY = dt.date(2026, 12, 4)

_STATEMENTS = """Written statements

Heat networks: zoning pilots
Made on: 2 December 2026
Made by: Anna Petrie (Minister for Energy Consumers)
Six councils will test heat network zoning from April, requiring large new buildings in each zone to connect to a district heating network where one is available at a comparable cost.
View full statement

Bus fares cap extended
Made on: 1 December 2026
Made by: Lord Ashdown (Lords Minister, Department for Transport)
The £3 cap on single bus fares in England will be extended to the end of 2027, at a cost of £150 million, after ridership rose 6% in the year to September.
View full statement

Hospital discharge funding
Made on: 30 November 2026
Made by: Dr Ian Rowe (Minister of State for Care)
An additional £200 million will be made available this winter to speed up the discharge of patients who are medically fit to leave hospital, with funding going to councils and trusts together.
View full statement
"""


def test_a_made_by_line_is_the_authors_not_the_headline():
    stories = read_page(_STATEMENTS, DAY).read_all().stories
    assert [s.title for s in stories] == ["Heat networks: zoning pilots", "Bus fares cap extended", "Hospital discharge funding"], \
        [s.title for s in stories]
    assert not any("Made by" in p for s in stories for p in s.paras)


def test_a_headline_alone_between_two_articles_of_a_tag_page_is_an_article_of_one_line():
    body = ("La Regione ha deciso di tenere aperti di domenica quaranta ambulatori pubblici da gennaio per ridurre le "
            "liste d'attesa di visite specialistiche ed esami, con un investimento di dodici milioni di euro e nuove "
            "assunzioni di medici e infermieri nelle aziende sanitarie di tutte le province.")
    page = f"""Tag - sanità

3 dicembre 2026
Liste d'attesa, la Regione apre gli ambulatori anche la domenica
{body}
Sanità
Medici di base, firmato l'accordo sulle case della comunità in Toscana
Caldo e ospedali, il ministero studia un piano per le ondate di calore
{body.replace("La Regione ha deciso", "Il ministero ha deciso")}
Ospedali
"""
    stories = read_page(page, DAY).read_all().stories
    titles = [s.title for s in stories]
    assert titles == ["Liste d'attesa, la Regione apre gli ambulatori anche la domenica",
                      "Medici di base, firmato l'accordo sulle case della comunità in Toscana",
                      "Caldo e ospedali, il ministero studia un piano per le ondate di calore"], titles


def test_a_recent_articles_heading_over_items_with_their_text_is_no_sidebar():
    text = ("(Bloomberg) -- The European Union collected €1.1 billion from importers of steel, aluminium and cement "
            "in the first quarter in which its carbon border levy required payment, the Commission said on Tuesday, "
            "more than officials had forecast.")
    page = f"""Nadia Holt
Freelance climate reporter.

Recent articles
Bloomberg Green – EU carbon border levy nets €1.1bn in first quarter of payments
3 hours ago
{text}
External Link

Eskom secures $2.6bn for grid lines to carry Cape wind power
Reuters · Dec 3, 2026
{text.replace("(Bloomberg) -- The European Union", "JOHANNESBURG (Reuters) - South Africa")}
External Link

Portugal's hydrogen valley loses anchor investor over power costs
Yesterday · Climate Home News
{text.replace("(Bloomberg) -- The European Union", "A German chemicals group")}
External Link
"""
    titles = [s.title for s in read_page(page, DAY).read_all().stories]
    assert "EU carbon border levy nets €1.1bn in first quarter of payments" in titles, titles
