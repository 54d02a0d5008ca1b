"""A public body whose name has 'and' inside is one tag, not two halves (ingest/bodynames.py)."""
from __future__ import annotations

from chronicle.ingest import entities

from ingest_page import tags_by_title

_PAGE = """Africa briefing

Kenya's electoral commission sets date for by-elections
The Independent Electoral and Boundaries Commission said voters in six constituencies would go to the polls on February 12 to fill vacant seats. Nairobi's governor welcomed the timetable.

Regulator clears supermarket merger in Britain
The Competition and Markets Authority said the deal between two grocery chains would not harm shoppers, after the companies agreed to sell 40 stores in Wales.

Microsoft and Justice Department settle cloud dispute
Microsoft and the Justice Department settled a long-running dispute over cloud licences on Tuesday, a court filing showed. Microsoft will pay a fine.
"""


def test_a_body_named_with_and_is_one_tag(tmp_path):
    tags = tags_by_title(_PAGE, tmp_path)
    kenya = tags["Kenya's electoral commission sets date for by-elections"]
    assert "independent electoral and boundaries commission" in kenya
    assert not {"independent electoral", "boundaries commission"} & kenya
    assert "competition and markets authority" in tags["Regulator clears supermarket merger in Britain"]


def test_a_name_before_and_stays_a_name_of_its_own():
    names = {n.text for n in entities.find("Microsoft and Justice Department settle cloud dispute",
                                            "Microsoft and Justice Department settle.",
                                            "Microsoft and Justice Department settle. LIGO and Virgo Council met.",
                                            lang="en")}
    assert "Justice Department" in names and not any(" and " in n for n in names)
