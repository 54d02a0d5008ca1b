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


_SUMMARIES = """Tue 24 Nov 2026


The state grid operator said on Monday that it will add 3 gigawatts of battery storage in the north by 2028, after a summer in which solar farms were switched off on 41 days because the lines to the cities were full.
Read More
Two of the country's largest steelmakers signed contracts to buy green hydrogen from a plant on the coast, the first such deals in the region, at a price the companies did not disclose but described as close to that of natural gas.
Read More


A court in the capital suspended the tender for the country's third offshore wind zone after a losing bidder argued that the grid connection dates had been changed after the bids were opened.

Mon 23 Nov 2026

Regulators approved a rise of 6% in household electricity prices from January, less than the 11% the suppliers had asked for, citing the cost of the network upgrades planned for the next five years.
Read more →
The environment ministry published a draft law that would ban new gas boilers in public buildings from 2030 and require the replacement of existing ones when they are more than twenty years old.
Read More
"""


def test_untitled_summaries_under_day_headings_with_read_more_links_and_no_blank_lines():
    stories = read_page(_SUMMARIES, DAY).read_all().stories
    assert [(s.paras[0][:20], s.date) for s in stories] == [
        ("The state grid opera", dt.date(2026, 11, 24)), ("Two of the country's", dt.date(2026, 11, 24)),
        ("A court in the capit", dt.date(2026, 11, 24)), ("Regulators approved ", dt.date(2026, 11, 23)), ("The environment mini", dt.date(2026, 11, 23))]


_OTHER_NEWS = """Notícias

Reguladora aprova novas tarifas de acesso às redes para 2027

A entidade reguladora aprovou esta quinta-feira as tarifas de acesso às redes para o próximo ano, com uma descida média de 4% para os consumidores domésticos. A descida resulta sobretudo da redução dos custos de interesse económico geral.

O regulador sublinhou que a fatura final dependerá ainda das ofertas de cada comercializador.

Outras notícias

→ A petrolífera adiou para 2027 a decisão de investimento sobre a refinaria de biocombustíveis de Matosinhos, invocando a incerteza sobre os apoios europeus;

→ O leilão de energia eólica marítima ao largo de Viana do Castelo foi adiado para o verão, a pedido de dois dos consórcios candidatos; → A rede elétrica nacional registou um novo máximo de produção solar num dia de novembro, com 38% do consumo coberto por painéis fotovoltaicos;
"""


def test_arrow_items_run_together_on_one_line_are_an_item_each():
    stories = read_page(_OTHER_NEWS, DAY).read_all().stories
    starts = [s.paras[0].lstrip("→ ")[:20] for s in stories]
    assert "O leilão de energia " in starts and "A rede elétrica naci" in starts, starts
    assert all("→ A rede" not in p for s in stories for p in s.paras), [s.paras for s in stories]


_PRESS = """Stadt Uster
Startseite › Aktuelles › Medienmitteilungen

27.11.2026 | Abteilung Bau
Neues Hallenbad: Stadtrat beantragt Projektierungskredit
Der Stadtrat beantragt dem Gemeinderat einen Kredit von 4,2 Millionen Franken für die Projektierung des neuen Hallenbads beim Buchholz. Das heutige Bad aus dem Jahr 1974 muss ersetzt werden.
mehr

26.11.2026 | Abteilung Sicherheit
Weihnachtsmarkt: Zufahrten werden gesperrt
Während des Weihnachtsmarkts vom 11. bis 13. Dezember sind die Zufahrten zur Altstadt für Autos gesperrt. Die Busse fahren über die Bahnhofstrasse.
mehr

Die Stadt in den Medien
Hallenbad-Projekt kostet mehr als geplant (Der Anzeiger von Uster, 25.11.2026)
Uster erhält neue Velostation am Bahnhof mit 900 Plätzen – Tages-Anzeiger, 24. Nov.

1  2  3  Weiter ›
"""


def test_press_review_lines_one_under_another_are_an_item_each_with_their_paper():
    stories = read_page(_PRESS, DAY).read_all().stories
    found = {s.title: (s.source, s.date) for s in stories}
    assert found.get("Hallenbad-Projekt kostet mehr als geplant") == ("Der Anzeiger von Uster", dt.date(2026, 11, 25)), found
    assert found.get("Uster erhält neue Velostation am Bahnhof mit 900 Plätzen") == ("Tages-Anzeiger", dt.date(2026, 11, 24)), found


_BRIEFING = """Grid Weekly: Daily Brief <newsletter@gridweekly.example>
Tue, Nov 24, 2026, 6:00 AM
to me

GRID WEEKLY
Daily Brief
Sponsored by Northwind Cables

TOP STORY
Capacity auction clears at a record price as data centre demand climbs
Dana Ferris • Nov. 23, 2026
The capacity auction for the 2028 delivery year cleared at a record price across most of the market, after the operator raised its peak load forecast by 7 GW to account for new data centres in the region.
Read more →

Regulator rejects plan to fast-track gas plants in the connection queue
Eli Brandt • Nov. 23, 2026
The regulator turned down a plan that would have let 12 GW of gas generation skip ahead of storage and solar projects already waiting to connect, saying it unduly discriminated against them.
Read more →

Manage your preferences | Unsubscribe | Privacy policy
"""


def test_a_sponsor_credit_under_the_masthead_hides_no_story_below_it():
    titles = [s.title for s in read_page(_BRIEFING, DAY).read_all().stories]
    assert titles == ["Capacity auction clears at a record price as data centre demand climbs",
                      "Regulator rejects plan to fast-track gas plants in the connection queue"], titles


def test_a_towns_own_news_page_is_that_towns_country():
    from chronicle.ingest.pageplaces import page_country
    page = """Stadt Winterthur
Startseite › Aktuelles › Medienmitteilungen

27.11.2026 | Departement Technische Betriebe
Stadtwerk Winterthur senkt die Stromtarife 2027
Haushalte in Winterthur bezahlen im kommenden Jahr durchschnittlich 8,4 Prozent weniger für Strom.

26.11.2026 | Departement Bau
Netto-Null 2040: Stadtrat legt Bericht vor
Die direkten Treibhausgasemissionen auf Stadtgebiet sind seit 2020 um 21 Prozent gesunken.

Stadt Winterthur, Pionierstrasse 7, 8403 Winterthur
"""
    assert page_country(page) == "switzerland"
    assert page_country(page.replace("Stadt Winterthur", "Stadtwerke Winterthur")) == ""   # (a firm's name, no town's)


def test_counting_and_certifying_votes_is_about_election_results_and_a_stadtrat_about_local_government(tmp_path):
    from ingest_page import tags_by_title
    page = """Election desk — the week in clippings

County board certifies the county canvass after a four-hour meeting
The board voted 4-1 to certify the count after residents spoke for four hours about the voting machines.

Hand count of two precincts confirms the machine totals
Officials said the hand count matched the machine totals to the vote in both precincts.

Stadtrat legt Budget für 2027 vor
Der Stadtrat beantragt dem Gemeinderat ein Budget mit einem Defizit von 12 Millionen Franken.
"""
    tags = tags_by_title(page, tmp_path)
    assert "election-results" in tags["County board certifies the county canvass after a four-hour meeting"], tags
    assert "election-results" in tags["Hand count of two precincts confirms the machine totals"], tags
    assert "local-government" in tags["Stadtrat legt Budget für 2027 vor"], tags


def test_a_summary_whose_read_more_link_was_lost_is_still_one_of_its_own():
    page = """Wed, 11/25/2026 - 4:40pm
The state grid operator said on Monday that it will add 3 gigawatts of battery storage in the north by 2028, after a summer in which solar farms were switched off on 41 days because the lines to the cities were full, and that the first sites would be chosen in March.
Read More
Two of the country's largest steelmakers signed contracts to buy green hydrogen from a plant on the coast, the first such deals in the region, at a price the companies did not disclose but described as close to that of natural gas over the past year.
Read More

Mon, 11/23/2026 - 9:15am
Regulators approved a rise of 6% in household electricity prices from January, less than the 11% the suppliers had asked for, citing the cost of the network upgrades planned for the next five years and the fall in wholesale prices since the summer months.
The environment ministry published a draft law that would ban new gas boilers in public buildings from 2030 and require the replacement of existing ones when they are more than twenty years old, with grants for small municipalities that cannot pay for the work themselves.
Read More
The national bank said household savings rose for a sixth quarter as families held back on spending, with deposits up 4.2% on the year and the share of income saved at its highest since 2021, while lending for new homes fell for the first time in two years.
Read More
"""
    stories = read_page(page, DAY).read_all().stories
    assert [s.paras[0][:20] for s in stories] == ["The state grid opera", "Two of the country's", "Regulators approved ",
                                                  "The environment mini", "The national bank sa"], [s.paras for s in stories]


def test_double_arrow_items_run_together_are_an_item_each_too():
    stories = read_page(_OTHER_NEWS.replace("→", "⇒"), DAY).read_all().stories
    starts = [s.paras[0].lstrip("⇒ ")[:20] for s in stories]
    assert "O leilão de energia " in starts and "A rede elétrica naci" in starts, starts
