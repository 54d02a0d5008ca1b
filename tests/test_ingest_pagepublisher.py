"""The institution whose own news page a digest is (issue 14), on pages written for these tests (no
labelled set's wording).

A water regulator's news page names itself in its masthead and rarely in its items ('The
Commission today approved …'); each item is the regulator's news, and a reader browses it under
the regulator's name. A newspaper's page, a university's and a page without a masthead have no
such institution."""
from __future__ import annotations

from pathlib import Path

from chronicle.config import load_config
from chronicle.ingest.pagepublisher import initials, page_publisher
from chronicle.ingest.run import tagger_for
from ingest_page import tags_by_title

ROOT = Path(__file__).resolve().parent.parent
CONFIG = load_config(ROOT / "config.yaml")

REGULATOR = """Skip to content
Northshire Water Services Commission
About us   Consumers   Companies   Newsroom
Home / Newsroom

Latest news

Commission approves a smaller rise in household water bills
The Commission today approved an average increase of 2.1 per cent from April, below the 4 per cent the three companies had asked for, after finding their leakage targets were missed.

Companies told to publish the state of every storm overflow
From January each company must post the number of hours its overflows spilled in the previous month, the NWSC said in a decision published on Tuesday.

Consultation opens on help for customers in arrears
Households that fall behind on their bills would be offered payment plans before any debt is passed to a collection agency, under proposals open for comment until March.
"""

MINISTRY_DE = """Bundesministerium für Verkehr und Mobilität
Startseite   Themen   Presse   Service
Pressemitteilungen

Neue Förderung für Ladesäulen an Autobahnraststätten
Das Ministerium stellt in den kommenden zwei Jahren 300 Millionen Euro für Schnellladesäulen bereit, wie es am Montag mitteilte. Betreiber können ab März Anträge stellen.

Bahnstrecke zwischen zwei Großstädten wird ab Sommer saniert
Die Strecke wird für fünf Monate gesperrt, Fernzüge werden umgeleitet und Busse ersetzen den Regionalverkehr, teilte das Ressort mit.
"""

NEWSPAPER = """The Northshire Evening Times
News   Sport   Business   Opinion

Council approves a new cycle lane on the high street
Councillors voted eight to three for the lane, which will remove forty parking spaces near the market and open next spring.

Water bills to rise by two per cent from April
The regulator said the rise was smaller than the companies wanted because their leakage targets had been missed last year.
"""

UNIVERSITY = """Northshire University
Study   Research   News   About

Researchers find that older adults walk less after a fall
A study of 2,000 people over seventy found that those who had fallen once walked a third less in the following year, even without an injury.

New sensors show river temperatures rising in summer
The sensors, installed along six kilometres of the river, recorded water above 22 degrees on nineteen days this summer, a record for the site.
"""


def test_a_regulators_page_tags_each_item_with_the_regulator(tmp_path):
    assert page_publisher(REGULATOR, tagger_for(CONFIG)) == "Northshire Water Services Commission"
    found = _tags(tmp_path, REGULATOR)
    assert len(found) == 3
    for title, tags in found.items():
        assert "northshire-water-services-commission" in tags, title


def test_an_item_naming_it_by_its_initials_keeps_the_name_only(tmp_path):
    assert initials("Northshire Water Services Commission") == "nwsc"
    tags = _tags(tmp_path, REGULATOR)["Companies told to publish the state of every storm overflow"]
    assert "northshire-water-services-commission" in tags and "nwsc" not in tags


def test_a_ministrys_page_in_german(tmp_path):
    name = "Bundesministerium für Verkehr und Mobilität"
    assert page_publisher(MINISTRY_DE, tagger_for(CONFIG)) == name
    found = _tags(tmp_path, MINISTRY_DE)
    assert all("bundesministerium-fur-verkehr-und-mobilitat" in tags for tags in found.values()), found


def test_a_body_the_vocabulary_knows_takes_its_slug():
    page = "European Parliament\nPress room\n\nMEPs back new rules on packaging waste\nThe text passed by 410 votes to 190.\n"
    assert page_publisher(page, tagger_for(CONFIG)) == "european-parliament"


def test_a_newspapers_or_universitys_page_has_none(tmp_path):
    tagger = tagger_for(CONFIG)
    assert page_publisher(NEWSPAPER, tagger) == ""
    assert page_publisher(UNIVERSITY, tagger) == ""
    for tags in _tags(tmp_path, UNIVERSITY).values():
        assert "northshire-university" not in tags


def test_a_menu_row_or_a_headline_is_no_masthead():
    tagger = tagger_for(CONFIG)
    assert page_publisher("Home   Council   Court   Parliament\n\nStory one\nText.\n", tagger) == ""
    # a first line that is a headline: not all its words are capitalised
    assert page_publisher("Electoral commission delays the vote by a week\nThe vote moves to 12 May.\n", tagger) == ""


def _tags(tmp_path: Path, page: str) -> dict[str, set[str]]:
    return tags_by_title(page, tmp_path, "2025-11-07-newsroom.txt")


def test_a_grid_operator_an_observation_mission_and_a_union_are_publishers():
    tagger = tagger_for(CONFIG)
    pages = {"Skip to content\nNMS | Northern Market System Operator\nMarkets   Grid   News\n": "Northern Market System Operator",
             "Accueil\nMission d'observation électorale\nEU Election Observation Mission Kenya\n": "EU Election Observation Mission Kenya",
             "Fédération Générale des Syndicats\nActualités   Dossiers\n": "Fédération Générale des Syndicats",
             "Startseite\nTransportgewerkschaft Nord\nNews   Termine\n": "Transportgewerkschaft Nord"}
    for text, name in pages.items():
        assert page_publisher(text + "\nA story.\n", tagger) == name, text
    # a tour operator's and a mission statement's words alone make no institution of a masthead
    assert page_publisher("Our Mission\nAbout   Contact\n", tagger) == ""
