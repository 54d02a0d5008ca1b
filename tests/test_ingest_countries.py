"""Countries a reader browses by (issue 14), on text written for these tests (no labelled set's wording).

- The page's country: a page whose lines are mostly placed in one country (by its name, or by a
  region or city of it) gives that country to its items that are placed nowhere else, with the
  page as the evidence; an item placed in another country, and every item of a page about many
  countries, gets none.
- Places add up: a story of two or three cities or towns of one country is a story of that
  country, kept among the item's tags though each place alone implies it only weakly."""
from __future__ import annotations

from pathlib import Path

import pytest

from chronicle.config import load_config
from chronicle.ingest.pageplaces import page_country
from ingest_page import tags_by_title

ROOT = Path(__file__).resolve().parent.parent
CONFIG = load_config(ROOT / "config.yaml")

NIGERIAN = [
    ("Lagos opens three new bus terminals on the Ikorodu road",
     "The state transport authority in Lagos said the terminals will serve 40,000 riders a day."),
    ("Abuja residents queue for fuel as depots run dry",
     "Motorists in Abuja waited up to six hours on Monday, filling station owners said."),
    ("Senate passes a bill on electoral offences in Nigeria",
     "The bill sets up a commission to try vote buying and ballot snatching across Nigeria."),
    # names no place at all: still Nigerian news, which its readers browse under Nigeria
    ("Electoral commission warns politicians against early campaigning",
     "The commission said parties that campaign before the official start will face sanctions."),
    # placed in another country by its own text
    ("Ghana's cedi steadies after the central bank's intervention",
     "Traders in Accra said the currency held its level for a third day."),
]

WORLD = [
    ("Washington weighs new tariffs on steel", "The White House said a decision would come in June."),
    ("France's pension reform goes to the Senate", "Paris expects a close vote in the upper house."),
    ("Germany orders more trains for its regional lines", "Berlin said deliveries begin next year."),
    ("Japan's central bank holds its rate", "Tokyo traders had expected no change."),
    ("Electoral commission warns politicians against early campaigning",
     "The commission said parties that campaign before the official start will face sanctions."),
]


def _page(items) -> str:
    return "\n\n".join(f"{t}\n{b}" for t, b in items) + "\n"


def _ingest(tmp_path: Path, items) -> dict[str, set[str]]:
    return tags_by_title(_page(items), tmp_path)


def test_a_page_mostly_about_one_country_has_that_country():
    assert page_country(_page(NIGERIAN)) == "nigeria"
    assert page_country(_page(WORLD)) == ""
    # one line is not a page's country, nor one item's two (its headline and its text)
    assert page_country("Lagos opens three new bus terminals\nThe terminals serve 40,000 riders a day.\n") == ""
    assert page_country(_page(NIGERIAN[:1])) == ""
    assert page_country(_page(NIGERIAN[:2])) == "nigeria"


def test_towns_the_vocabulary_lacks_place_a_page_too():
    page = ("Zwolle opens a second bicycle bridge over the river\nThe bridge cost 14 million euros.\n\n"
            "Apeldoorn council delays the new swimming pool by a year\nCosts rose by a third.\n\n"
            "Enschede students protest against rent rises in campus flats\nThe union wants a freeze.\n")
    assert page_country(page) == "netherlands"


def test_a_first_name_is_no_place():
    # a chat's speaker lines: 'Jordan' and 'Mariana' are people here, not Jordan or a Brazilian town
    page = ("Jordan Reid   8:41 am\nHospital waits in Auckland are the longest in a decade\n\n"
            "Jordan Reid   8:55 am\nThe ministry will publish the regional figures on Friday\n\n"
            "Mariana: Thanks, see you at the meeting\n")
    assert page_country(page) in ("", "new-zealand")


def test_an_item_placed_nowhere_takes_the_page_country(tmp_path):
    found = _ingest(tmp_path, NIGERIAN)
    assert "nigeria" in found["Electoral commission warns politicians against early campaigning"]
    assert "nigeria" in found["Senate passes a bill on electoral offences in Nigeria"]
    ghana = found["Ghana's cedi steadies after the central bank's intervention"]
    assert "ghana" in ghana and "nigeria" not in ghana


def test_the_page_country_is_given_as_the_evidence(tmp_path):
    from chronicle.ingest.run import tagger_for
    title, text = NIGERIAN[3]
    tags, evidence = tagger_for(CONFIG).tags_with_evidence(title, text, text, [], lang="en",
                                                           page_country="nigeria")
    assert "nigeria" in tags and evidence["nigeria"] == "page's country (Nigeria)"
    tags, _ = tagger_for(CONFIG).tags_with_evidence(title, text, text, [], lang="en")
    assert "nigeria" not in tags


def test_a_page_of_many_countries_gives_none(tmp_path):
    tags = _ingest(tmp_path, WORLD)["Electoral commission warns politicians against early campaigning"]
    assert not tags & {"united-states", "france", "germany", "japan"}, tags


@pytest.mark.parametrize("title, text, country", [
    ("Strikes at Hamburg and Munich airports ground flights as unions, airlines and passengers brace for more walkouts",
     "Security staff, baggage handlers and cabin crews walked out at dawn; airlines cancelled 900 flights "
     "and the union threatened more strikes.", "germany"),
    ("Lyon and Marseille metro workers strike over pensions as unions and ministers meet on wages",
     "Trains ran every twenty minutes; unions, employers and ministers meet on Thursday about wages, pensions and hours.",
     "france"),
    # towns the vocabulary's cities leave out (tagtowns), each implying the country
    ("Cork and Limerick councils back a light rail plan for commuters, buses and cyclists",
     "The councils voted for the plan; buses, cyclists and commuters would share new lanes.", "ireland"),
])
def test_places_of_one_country_add_up_to_it(title, text, country):
    from chronicle.ingest.run import tagger_for
    tags, evidence = tagger_for(CONFIG).tags_with_evidence(title, text, text, [], lang="en")
    assert country in tags, tags
    assert evidence[country] in title   # a place the title names


FULL_TITLE = "Unions call strikes over wages, pensions and rents as inflation and energy prices squeeze households"
FULL_TEXT = ("Rail workers, nurses and teachers will strike next week; the unions want wages to rise with "
             "inflation, while tenants' groups call for a rent freeze and pensioners for higher pensions.")


def test_a_full_item_keeps_its_country():
    """Six subjects fill an item's tags; its country (here the page's) takes the least salient
    one's place, since readers browse a story by its country first."""
    from chronicle.ingest.run import tagger_for
    tagger = tagger_for(CONFIG)
    alone, _ = tagger.tags_with_evidence(FULL_TITLE, FULL_TEXT, FULL_TEXT, [], lang="en")
    placed, evidence = tagger.tags_with_evidence(FULL_TITLE, FULL_TEXT, FULL_TEXT, [], lang="en",
                                                 page_country="germany")
    assert len(alone) == len(placed) == 6 and "germany" not in alone
    assert "germany" in placed and set(alone) - set(placed) == {alone[-1]}
    assert evidence["germany"] == "page's country (Germany)"


def test_a_country_named_in_passing_takes_no_ones_place():
    from chronicle.ingest.run import tagger_for
    # the lead is the first sentence; Spain is named once, further down
    body = FULL_TEXT + " The federation said the walkouts would be the largest since 2019. Similar strikes were held in Spain."
    tags, _ = tagger_for(CONFIG).tags_with_evidence(FULL_TITLE, FULL_TEXT, body, [], lang="en")
    assert len(tags) == 6 and "spain" not in tags, tags


REGION_TEXT = ("Nurses and teachers will strike next week; the unions want wages to rise with inflation, "
               "while tenants call for a rent freeze and pensioners for higher pensions.")


def _tags(title: str, page_country: str = "") -> list[str]:
    from chronicle.ingest.run import tagger_for
    return tagger_for(CONFIG).tags_with_evidence(title, REGION_TEXT, REGION_TEXT, [], lang="en",
                                                 page_country=page_country)[0]


def test_a_full_item_of_a_region_keeps_the_regions_country():
    """A region is no country: an item of Bavaria on a German page is read under Germany as
    well, the least salient theme giving way; on a page of another country it is not."""
    title = "Bavaria's nurses strike over wages as hospitals cancel operations and rents and energy prices rise"
    alone = _tags(title)
    assert "bavaria" in alone and "germany" not in alone and len(alone) == 6, alone
    placed = _tags(title, "germany")
    assert {"bavaria", "germany"} <= set(placed) and len(placed) == 6, placed
    assert _tags(title, "austria") == alone


def test_a_nation_of_a_state_is_its_country():
    """Scotland is a country to its readers: a full item of Scotland keeps its six subjects
    rather than give one up to the United Kingdom."""
    title = "Scotland's nurses strike over wages and rents as energy prices rise"
    alone = _tags(title)
    assert "scotland" in alone and len(alone) == 6, alone
    assert _tags(title, "united-kingdom") == alone


def test_a_pages_seats_of_power_name_its_country():
    """A page whose items name a country's institutions (data/seats.txt) but never the country:
    Comelec, Malacañang and Meralco place it in the Philippines."""
    page = ("Comelec extends voter registration by two weeks\nThe commission cited long queues in the provinces.\n\n"
            "Malacañang orders review of rice import rules\nThe palace wants a report before the harvest.\n\n"
            "Electricity rates to rise in June, Meralco says\nThe distributor blamed higher generation charges.\n\n"
            "Teachers ask for more time to prepare new lessons\nThe union wants a delay of one school year.\n")
    assert page_country(page) == "philippines"
