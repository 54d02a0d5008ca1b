"""The page's region or city (issue 14), on pages written for these tests (no labelled set's wording).

A state agency's or a city's news page names itself in its masthead ('Oregon Department of
Energy', 'Landtag Nordrhein-Westfalen') and again lower down; its items that name no other place
are that state's or city's news, and a reader browses them under it. An item placed in another
region keeps its own; a menu row that lists a city among its sections names no page's place; a
longer place name is not read as the shorter one inside it ('New Mexico' is no Mexico)."""
from __future__ import annotations

from pathlib import Path

from chronicle.config import load_config
from chronicle.ingest.pageplaces import countries_named, page_place
from ingest_page import tags_by_title

ROOT = Path(__file__).resolve().parent.parent
CONFIG = load_config(ROOT / "config.yaml")

OREGON = """Skip to main content
Oregon Department of Energy
Home   About   Programs   Newsroom   Contact

Newsroom

Department awards $4 million for heat pumps in rural homes
The grants pay for heat pumps in 1,200 homes outside the Portland metro area, the department said.

Agency proposes new licensing rules for home energy auditors
Auditors would need a licence from next July, and their reports would follow one common form.

Oregon solar incentive reopens with a waiting list for low-income households
The incentive covers up to half the cost of rooftop panels for households below the median income.

Department signs an agreement with California on transmission planning
The two states will share data on new power lines and plan their grids over the next decade.

Stay connected   Facebook   LinkedIn
Accessibility   Privacy   State of Oregon
"""

LANDTAG = """Direkt zum Inhalt
Landtag Nordrhein-Westfalen
Startseite   Parlament   Abgeordnete   Presse

Pressemitteilungen

Schulausschuss berät über den Bau von 40 neuen Grundschulen
Die Sachverständigen forderten mehr Geld für den Ganztag und kürzere Planungsverfahren.

Petitionsausschuss legt seinen Jahresbericht vor
Die meisten Eingaben betrafen Bauanträge, Renten und die Kosten der Pflege im Heim.

Landtag debattiert über die Zukunft der Kohlekraftwerke im Rheinischen Revier
Die Fraktionen stritten über den Zeitplan für den Ausstieg und die Hilfe für die Beschäftigten.

Präsidentin empfängt Delegation aus dem Bayerischen Landtag
Die Abgeordneten aus Bayern informierten sich über die Digitalisierung der Verwaltung.

Landtag Nordrhein-Westfalen · Platz des Landtags 1 · Düsseldorf
"""

SWISS_PAPER = """Zum Inhalt springen
Rhein Anzeiger
Schweiz   International   Wirtschaft   Basel   Sport   Kultur

Thema: Energie
Bundesrat will Wasserkraft mit neuen Stauseen ausbauen
Die Regierung legt eine Liste von 16 Projekten vor, die Vorrang erhalten sollen.

Strompreise sinken im nächsten Jahr leicht
Die Elektrizitätskommission erwartet für Haushalte rund vier Prozent tiefere Tarife.

In Basel eröffnet das grösste Fernwärmenetz der Nordwestschweiz
Das Netz versorgt ab Januar 9000 Wohnungen mit Abwärme aus der Kehrichtverbrennung.
"""


def _ingest(tmp_path: Path, page: str) -> dict[str, set[str]]:
    return tags_by_title(page, tmp_path, "2025-10-06-news.txt")


def test_a_state_agencys_items_are_that_states_news(tmp_path):
    assert page_place(OREGON) == ("united-states", "oregon")
    found = _ingest(tmp_path, OREGON)
    assert "oregon" in found["Agency proposes new licensing rules for home energy auditors"]
    # another state's item keeps its own place only
    other = found["Department signs an agreement with California on transmission planning"]
    assert "california" in other and "oregon" not in other


def test_a_state_parliaments_releases_are_that_states(tmp_path):
    assert page_place(LANDTAG) == ("germany", "north-rhine-westphalia")
    found = _ingest(tmp_path, LANDTAG)
    assert "north-rhine-westphalia" in found["Petitionsausschuss legt seinen Jahresbericht vor"]
    bavarian = found["Präsidentin empfängt Delegation aus dem Bayerischen Landtag"]
    assert "north-rhine-westphalia" not in bavarian


def test_the_page_place_is_given_as_the_evidence():
    from chronicle.ingest.run import tagger_for
    title = "Agency proposes new licensing rules for home energy auditors"
    text = "Auditors would need a licence from next July, the department said."
    tags, evidence = tagger_for(CONFIG).tags_with_evidence(
        title, text, text, [], lang="en", page_country="united-states", page_region="oregon")
    assert "oregon" in tags and evidence["oregon"] == "page's place (Oregon)"
    # a city of the same country is no other state; a region of it is
    text = "Auditors would need a licence from next July, the department said in Portland."
    tags, _ = tagger_for(CONFIG).tags_with_evidence(
        title, text, text, [], lang="en", page_country="united-states", page_region="oregon")
    assert "oregon" in tags
    text = "Auditors would need a licence from next July, as they do in California."
    tags, _ = tagger_for(CONFIG).tags_with_evidence(
        title, text, text, [], lang="en", page_country="united-states", page_region="oregon")
    assert "oregon" not in tags


def test_a_menu_row_names_no_page_place():
    """A paper's menu lists its city's section ('Basel'); the paper is about the country."""
    assert page_place(SWISS_PAPER)[1] == ""


def test_a_longer_place_name_is_not_the_shorter_one_inside_it():
    assert countries_named("An official website of the State of New Mexico") == {"united-states"}
    assert countries_named("Mexico and New Mexico sign a deal on the Rio Grande") == {"mexico", "united-states"}
    assert countries_named("Papua New Guinea votes on Saturday") == {"papua-new-guinea"}


def test_a_citys_page_gives_the_city_to_its_own_news_only():
    """On a city council's page, a decision of the city's nation or province is no city news."""
    from chronicle.ingest.run import tagger_for
    tagger = tagger_for(CONFIG)
    title = "Council opens two new recycling centres"
    text = "The centres take garden waste, furniture and electrical goods seven days a week."
    tags, _ = tagger.tags_with_evidence(title, text, text, [], lang="en", page_country="united-kingdom",
                                        page_region="edinburgh")
    assert "edinburgh" in tags
    title = "Scotland sets a new recycling target"
    text = "The target applies from 2030."
    tags, _ = tagger.tags_with_evidence(title, text, text, [], lang="en", page_country="united-kingdom",
                                        page_region="edinburgh")
    assert "scotland" in tags and "edinburgh" not in tags


AGGREGATOR = """For you
Home   World   Business   Technology   Science
Energy
Edition: United Kingdom    Change

Households face a rise in standing charges from April
BBC News - 5 hours ago
The regulator will let suppliers raise daily fixed charges by 12p to pay for network upgrades.
More sources: Sky News · The Telegraph

Builders must fit rooftop panels on most new houses from next year
The Guardian - yesterday
The rules published on Tuesday apply to homes whose plans are approved after January.
More sources: Inside Housing

Offshore turbines supplied a record share of the grid's supply in March
The Independent - 2 days ago
The operator said the turbines met 48 per cent of demand on the windiest days of the month.
"""


def test_a_section_heading_under_a_generic_page_title_tags_the_items(tmp_path):
    """An aggregator's page opens with its own furniture ('For you'); the section heading over
    the first item ('Energy') is the page's subject, a tag of every item."""
    found = _ingest(tmp_path, AGGREGATOR)
    assert len(found) == 3
    for title, tags in found.items():
        assert "energy" in tags, (title, tags)


def test_a_section_heading_that_is_a_place_is_no_page_subject():
    """'GERMANY' over a European briefing's first items is that section's place, not the page's."""
    from chronicle.ingest.compose import _page_topic
    from chronicle.ingest.run import tagger_for
    tagger = tagger_for(CONFIG)
    assert _page_topic(tagger, ("DIGITAL EUROPE WATCH", "Germany")) is None
    assert _page_topic(tagger, ("Digital Europe Watch", "Energy")) == "energy"
    assert _page_topic(tagger, ("Germany",)) == "germany"


def test_another_countrys_senate_is_no_us_congress():
    """'Senate' and 'senators' name the US Congress on a US page; a Kenyan or Nigerian senate is a
    parliament (data/themes.txt's sixth and seventh columns)."""
    from chronicle.ingest.run import tagger_for
    tagger = tagger_for(CONFIG)
    title = "Senators summon the housing minister over stalled projects"
    text = "The Senate committee said only a third of the planned homes had been built."
    kenyan, evidence = tagger.tags_with_evidence(title, text, text, [], lang="en", page_country="kenya")
    assert "us-congress" not in kenyan and "parliament" in kenyan and evidence["parliament"] == "Senators"
    american, _ = tagger.tags_with_evidence(title, text, text, [], lang="en", page_country="united-states")
    assert "us-congress" in american
    # no page country: the item's own country decides
    text = "The Senate committee in Abuja said only a third of the planned homes in Nigeria had been built."
    nigerian, _ = tagger.tags_with_evidence(title, text, text, [], lang="en")
    assert "us-congress" not in nigerian and "nigeria" in nigerian


def test_regions_of_more_countries_place_their_stories():
    """States, cantons, provinces and counties the regional press names (data/make_countries.py),
    each placing the story in its country; and the names left out as everyday words or people."""
    from chronicle.ingest.run import tagger_for
    tagger = tagger_for(CONFIG)

    def tags(title, text, lang):
        return tagger.tags_with_evidence(title, text, text, [], lang=lang)[0]
    swiss = tags("Murgang in Graubünden: Passstrasse bleibt gesperrt",
                 "Die Räumungsarbeiten dauern nach Angaben des Kantons bis Ende Woche.", "de")
    assert "graubunden" in swiss and "switzerland" in swiss
    kenyan = tags("Kiambu opens a new maternity wing", "The county says the wing has 60 beds.", "en")
    assert "kiambu" in kenyan and "kenya" in kenyan
    austrian = tags("Tirol verschärft die Regeln für Kurzzeitvermietung",
                    "Die Landesregierung will Zweitwohnsitze stärker kontrollieren.", "de")
    assert "tyrol" in austrian and "austria" in austrian
    # a train is no canton; May is no Irish county
    train = tags("Zug fällt wegen Stellwerkstörung aus", "Reisende müssen mit Verspätungen rechnen.", "de")
    assert "zug" not in train and "switzerland" not in train
    may = tags("Las lluvias de mayo dejan embalses al 80 por ciento",
               "Los embalses de la cuenca del Ebro ganaron agua en mayo.", "es")
    assert "ireland" not in may


def test_a_german_everyday_noun_after_an_article_and_an_adjective_is_no_name():
    """'im ersten Quartal', 'den dritthöchsten Verlust': nouns, capitalised as German writes every
    noun, not names the item is about."""
    from chronicle.ingest import entities
    title = "Quartal: Umsatz der Stadtwerke Halle wächst, Verlust halbiert"
    text = ("Im ersten Quartal stieg der Umsatz um vier Prozent. Den dritthöchsten Verlust der "
            "Firmengeschichte will der Vorstand bis zum Herbst halbieren, sagte der frühere Söder-Berater.")
    names = {n.text for n in entities.find(title, text, text, german=True, lang="de")}
    assert "Quartal" not in names and "Verlust" not in names
