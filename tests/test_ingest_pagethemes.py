"""The subject a page is about (issue 14), on pages written for these tests (no labelled set's wording).

A newsletter on energy names energy in most of its paragraphs, by the word or by a narrower theme
(a grid, gas storage, a wind farm); an item of it that never says 'energy' is still energy news,
and a reader browses it there. A page of mixed news has no such subject."""
from __future__ import annotations

from pathlib import Path

from chronicle.config import load_config
from chronicle.ingest.pagethemes import page_theme
from chronicle.ingest.run import tagger_for
from ingest_page import tags_by_title

ROOT = Path(__file__).resolve().parent.parent
CONFIG = load_config(ROOT / "config.yaml")

ENERGY_WEEKLY = """The Switchboard — your Friday briefing

Grid operator warns of tight supply during the cold snap
The operator said reserve margins could fall below five per cent on Tuesday evening, when wind output is forecast to be low and electricity demand peaks.

Gas storage sites are 92 per cent full ahead of winter
Storage operators said injections slowed in October as prices rose, but the level is still above the five-year average for the time of year.

Offshore wind farm wins consent for a second phase
The developer will add 40 turbines to the site and expects the first power from the extension to reach the grid in 2029.

Regulator approves a new tariff for households with heat pumps
Customers who heat their homes with a pump will pay a lower unit rate at night, when the network has spare capacity, from next April.

Council staff move to a four-day week in a six-month trial
The trial covers 300 office workers, who keep their full pay, and the council will publish an assessment of the results next summer.
"""

MIXED = """Morning headlines

Storm closes schools along the coast for a second day
Forecasters expect the wind to ease by Thursday afternoon, and the education department said classes will resume once roads are cleared.

Central bank holds its main rate at four per cent
The bank said inflation was falling as expected and signalled that it could cut borrowing costs in the spring if wages slow down.

Hospital waiting lists fall for the first time in a year
The health service said the number of patients waiting more than a year for surgery dropped by 6,000 after weekend clinics opened.

Museum returns a looted bronze head to its city of origin
The head, taken during a colonial expedition in 1897, will go on show in a new gallery built for the returned collection next year.
"""


def _tags(tmp_path: Path, page: str) -> dict[str, set[str]]:
    return tags_by_title(page, tmp_path, "2025-11-07-briefing.txt")


def test_a_newsletters_subject_tags_each_of_its_items(tmp_path):
    assert page_theme(ENERGY_WEEKLY, tagger_for(CONFIG), "en") == "energy"
    found = _tags(tmp_path, ENERGY_WEEKLY)
    assert len(found) == 5
    assert "energy" in found["Gas storage sites are 92 per cent full ahead of winter"]
    assert "energy" in found["Regulator approves a new tariff for households with heat pumps"]


def test_a_page_of_mixed_news_has_no_subject(tmp_path):
    assert page_theme(MIXED, tagger_for(CONFIG), "en") == ""
    found = _tags(tmp_path, MIXED)
    assert "health" not in found["Museum returns a looted bronze head to its city of origin"]
    assert "economy" not in found["Storm closes schools along the coast for a second day"]


def test_a_subject_ahead_by_too_little_is_none():
    """Health and economy named as often: neither is the page's subject."""
    page = "\n\n".join([
        "Hospital doctors in three states ask for more beds in their wards before the winter begins.",
        "The ministry opens twelve new hospital wards for children with long illnesses this month.",
        "Finance ministry says the economy grew by six per cent as exports and investment picked up strongly.",
        "Inflation eased to four per cent in October as food prices fell for the second month running here.",
    ])
    assert page_theme(page, tagger_for(CONFIG), "en") == ""
