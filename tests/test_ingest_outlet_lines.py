"""Outlets, per-item dates and page furniture in the layouts of the second held-out set, on pages
written for these tests (other outlets, languages and wording than the fixtures): what a reader of
each item would expect as its title, date and outlet."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from chronicle.config import load_config
from chronicle.ingest.run import make_context, parse

ROOT = Path(__file__).resolve().parent.parent
D = dt.date


def _parse(text: str, captured: dt.date | None = None):
    return parse(text, make_context(load_config(ROOT / "config.yaml"), captured))


def _items(p):
    return [(s.title, s.date, s.source) for s in p.stories]


AGGREGATOR = """Full coverage: Chile pension reform

Top stories

La Tercera
Chile's senate passes the pension overhaul after two years of talks
The bill raises employer contributions by seven points over nine years and creates a new public fund.
3 hours ago

BioBioChile
Unions call the reform a first step and promise to keep pressing for more
The largest labour federation said it would campaign for a higher minimum pension before the next election.
2 days ago

Also in the news

Reuters
Chilean peso firms as investors welcome the vote
The currency gained half a percent against the dollar and local bonds rallied after the vote in the senate.
1 day ago
"""


def test_outlet_line_above_each_headline_and_date_below_it():
    """Outlet line above, relative date below: each item gets its own (none lands one item off),
    outlets the built-in list lacks included; the page's headings are no items."""
    p = _parse(AGGREGATOR, D(2026, 11, 30))
    assert _items(p) == [
        ("Chile's senate passes the pension overhaul after two years of talks", D(2026, 11, 30), "La Tercera"),
        ("Unions call the reform a first step and promise to keep pressing for more", D(2026, 11, 28), "BioBioChile"),
        ("Chilean peso firms as investors welcome the vote", D(2026, 11, 29), "Reuters")]
    headings = next(n for n in p.notes if n.startswith("read as page or section headings"))
    assert "'Top stories'" in headings and "'Also in the news'" in headings


def test_outlet_line_after_its_item_stays_with_it():
    p = _parse("Morning wire\n\nPort strike ends after two weeks\nDockers accepted a 6% raise on Monday, the union said.\n"
               "Reuters\n\nSteel output falls for a third month\nMills cut production as demand from builders "
               "weakened, the association said.\nBloomberg\n\nCopper rises on supply worries\nPrices rose after "
               "two mines in Peru halted work, traders said.\nFinancial Times\n")
    assert [s.source for s in p.stories] == ["Reuters", "Bloomberg", "Financial Times"]


def test_author_slash_outlet_attribution_line_names_the_outlet():
    p = _parse("River\n\n9:10 AM ET, May 2, 2025\nJane Doe / Platformer:\nMeta tests a paid tier for Threads "
               "without ads in three countries\nMeta said the subscription will cost $4 a month and remove all ads.\n\n"
               "8:02 AM ET, May 2, 2025\nJohn Roe / Rest of World:\nIndonesia orders app stores to remove Temu "
               "after a ban on cross-border sellers\nThe trade ministry said the model harms small local sellers.\n\n"
               "7:40 AM ET, May 1, 2025\nAnn Lee / The Verge:\nGoogle settles a privacy suit over incognito mode "
               "tracking\nThe settlement ends a class action over data collected while users browsed privately.\n")
    assert [(s.date, s.source) for s in p.stories] == [
        (D(2025, 5, 2), "Platformer"), (D(2025, 5, 2), "Rest of World"), (D(2025, 5, 1), "The Verge")]
    assert not any(":" in s.title[-2:] for s in p.stories)


def test_press_review_line_gives_outlet_and_date_of_the_clipping_below():
    p = _parse("Rassegna stampa\n10 aprile 2025\n\nIl Secolo XIX, 10/04/2025, pag. 12\nPorto di Genova, nuova diga "
               "in ritardo di un anno\nI lavori per la diga slittano al 2027 per problemi nelle fondazioni.\n\n"
               "La Nuova Sardegna, 09/04/2025, pag. 5\nCagliari, la giunta approva il piano per i trasporti\n"
               "Il piano prevede nuove linee di autobus elettrici entro il 2026.\n\n"
               "Corriere della Sera, 08/04/2025, p. 2\nGoverno, accordo sulla legge di bilancio\nI partiti della "
               "maggioranza hanno trovato un'intesa sulle coperture della manovra.\n")
    assert _items(p) == [
        ("Porto di Genova, nuova diga in ritardo di un anno", D(2025, 4, 10), "Il Secolo XIX"),
        ("Cagliari, la giunta approva il piano per i trasporti", D(2025, 4, 9), "La Nuova Sardegna"),
        ("Governo, accordo sulla legge di bilancio", D(2025, 4, 8), "Corriere della Sera")]


@pytest.mark.parametrize("trailer, outlet", [
    ("Read more from The Atlantic.", "The Atlantic"),
    ("Mehr dazu bei der Frankfurter Allgemeinen Zeitung", "Frankfurter Allgemeine Zeitung"),
    ("Mehr dazu im Spiegel", "Der Spiegel"),
    ("Plus d'infos sur Le Figaro", "Le Figaro"),
    ("Más información en El País", "El País"),
    ("Leggi su la Repubblica", "la Repubblica"),
])
def test_read_more_at_outlet_trailer_names_the_outlet(trailer, outlet):
    items = [("Strike halts trains across the country", "Rail workers walked out on Monday over pay, the union said."),
             ("Parliament passes the budget", "The vote ended weeks of talks between the coalition parties."),
             ("Heatwave closes schools in the south", "Temperatures passed 40 degrees for a third day in a row.")]
    text = "Briefing\n\n" + "\n".join(f"{k}. {t}\n{body}\n{trailer}\n" for k, (t, body) in enumerate(items, 1))
    p = _parse(text)
    assert [(s.title, s.source) for s in p.stories] == [(t, outlet) for t, _ in items]
    assert not any(trailer.split()[0] in " ".join(s.paras) for s in p.stories)


def test_counters_forwards_and_page_headers_are_no_items():
    p = _parse("Grid channel\n\n[14.04.2025 09:00]\nNorway's grid operator raises export capacity to Germany\n\n"
               "The new cable runs at full power from today, the operator said in a statement.\n❤ 1.2K  👁 30.5K\n\n"
               "[14.04.2025 11:30]\nForwarded from Nordic Power\nSweden's nuclear plant restarts after maintenance\n\n"
               "The reactor was back online on Wednesday after a four-week outage, its owner said.\n👁 8.1K\n")
    assert [(s.title, s.date) for s in p.stories] == [
        ("Norway's grid operator raises export capacity to Germany", D(2025, 4, 14)),
        ("Sweden's nuclear plant restarts after maintenance", D(2025, 4, 14))]
    assert not any("K" in p_ for s in p.stories for p_ in s.paras if len(p_) < 20)


def test_printed_pages_header_and_a_headline_wrapped_after_an_article():
    p = _parse("PRESSESCHAU — WIRTSCHAFT\nMittwoch, 2. April 2025                                   Seite 1\n\n"
               "HANDELSBLATT — Die Bahn verkauft die Logistiktochter an die\nDänen von DSV\n"
               "Der Verkauf bringt dem Konzern gut 14 Milliarden Euro, mit denen er Schulden abbauen will.\n\n"
               "PRESSESCHAU — WIRTSCHAFT                                   Seite 2\n\n"
               "DIE ZEIT — Der Mindestlohn steigt auf 15 Euro\nDie Kommission hat sich nach langem Streit auf "
               "die Erhöhung geeinigt, die ab Januar gilt.\n")
    assert _items(p) == [
        ("Die Bahn verkauft die Logistiktochter an die Dänen von DSV", D(2025, 4, 2), "Handelsblatt"),
        ("Der Mindestlohn steigt auf 15 Euro", D(2025, 4, 2), "Die Zeit")]


def test_a_date_after_a_preposition_ends_the_headline_and_dates_nothing():
    p = _parse("La lettre du matin\nMardi 4 février 2025\n\n1. Le prix de l'électricité baisse au 1er février\n"
               "Le tarif réglementé baisse de quinze pour cent pour les ménages.\n\n2. La SNCF annonce une grève\n"
               "Les syndicats appellent à une grève de deux jours.\n\n3. Le budget est adopté\n"
               "Le Parlement a adopté le budget mardi soir.\n")
    assert p.stories[0].title == "Le prix de l'électricité baisse au 1er février"
    assert p.stories[0].date == D(2025, 2, 4)


def test_the_pages_title_printed_again_further_down_is_a_running_header():
    p = _parse("Health press review\nFriday 14 March 2025\n\nTHE TIMES — Hospital waiting lists fall for a third month\n"
               "The number of patients waiting more than a year fell by 12,000 in January, figures show.\n\n"
               "Health press review\n\nTHE GUARDIAN — Nurses vote to accept the pay offer\nMembers of the union "
               "backed the deal by a narrow margin after months of talks with ministers.\n")
    assert _items(p) == [("Hospital waiting lists fall for a third month", D(2025, 3, 14), "The Times"),
                         ("Nurses vote to accept the pay offer", D(2025, 3, 14), "The Guardian")]
    assert any("line 7 'Health press review'" in n for n in p.notes if n.startswith("dropped as page furniture"))


def test_headlines_alone_between_outlet_and_date_lines():
    """'Outlet' / headline / '2 days ago' with no teaser: each headline is an item with its own
    outlet and date; the heading above the first outlet line is none."""
    p = _parse("Top stories\n\nLa Tercera\nChile's senate passes the pension overhaul\n3 hours ago\n\n"
               "BioBioChile\nUnions call the reform a first step\n2 days ago\n\n"
               "Reuters\nChilean peso firms as investors welcome the vote\n1 day ago\n", D(2026, 11, 30))
    assert _items(p) == [("Chile's senate passes the pension overhaul", D(2026, 11, 30), "La Tercera"),
                         ("Unions call the reform a first step", D(2026, 11, 28), "BioBioChile"),
                         ("Chilean peso firms as investors welcome the vote", D(2026, 11, 29), "Reuters")]


def test_outlet_and_date_on_one_line_above_the_headline():
    p = _parse("Top stories\n\nReuters · 2 days ago\nChile's senate passes the pension overhaul\nThe bill raises "
               "employer contributions by seven points over nine years.\n\nBloomberg · 5 hours ago\nChilean peso "
               "firms as investors welcome the vote\nThe currency gained half a percent against the dollar.\n",
               D(2026, 11, 30))
    assert _items(p) == [("Chile's senate passes the pension overhaul", D(2026, 11, 28), "Reuters"),
                         ("Chilean peso firms as investors welcome the vote", D(2026, 11, 30), "Bloomberg")]
