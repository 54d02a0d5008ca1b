"""A town is read in a country its page names (chronicle/ingest/pageplaces.py): where two towns
share a name, the one in a country the page names is meant; a town of a country far from the
page's language is a town when the page names that country, and the story is filed under the
country. An item's own text still decides everything else. Pages written for these tests."""
from __future__ import annotations

import re

from chronicle import cli


def _tags(tmp_path, text: str) -> dict[str, list[str]]:
    raw = tmp_path / "page.txt"
    raw.write_text(text, encoding="utf-8")
    assert cli.main(["ingest", str(raw), "--into", str(tmp_path / "out"), "--captured", "2026-03-02"]) == 0
    out = {}
    for f in (tmp_path / "out").glob("*.md"):
        doc = f.read_text(encoding="utf-8")
        title = re.search(r"^title: (.*)$", doc, re.M).group(1)
        out[title] = [t.strip() for t in re.search(r"^tags: \[(.*)\]$", doc, re.M).group(1).split(",")]
    return out


_IRISH = ("Energy news\n\n"
          "Ireland's grid operator approves two new interconnectors\n"
          "The links to Wales and France are to be finished by 2030, the operator said.\n\n"
          "Waterford port picked for offshore wind turbine assembly\n"
          "The harbour company said the quay would be extended by 300 metres next year.\n")


def test_a_town_of_a_shared_name_is_the_one_in_the_country_its_page_names(tmp_path):
    tags = _tags(tmp_path, _IRISH)
    waterford = tags["Waterford port picked for offshore wind turbine assembly"]
    assert "ireland" in waterford and "michigan" not in waterford and "united-states" not in waterford, waterford


def test_a_town_far_from_the_pages_language_is_filed_under_the_country_the_page_names(tmp_path):
    tags = _tags(tmp_path, "Health desk\n\n"
                 "Kenya's health ministry opens tender for new ambulances\n"
                 "The ministry wants 120 vehicles delivered to the counties before June.\n\n"
                 "Cholera cases in Kisumu climb as markets are closed\n"
                 "County officials said 40 new patients were admitted over the weekend.\n")
    assert "kenya" in tags["Cholera cases in Kisumu climb as markets are closed"]


def test_the_same_town_on_a_page_that_names_no_country_is_no_place(tmp_path):
    tags = _tags(tmp_path, "Health desk\n\n"
                 "Cholera cases in Kisumu climb as markets are closed\n"
                 "County officials said 40 new patients were admitted over the weekend.\n\n"
                 "Hospital to hire 200 nurses for its night shifts\n"
                 "The board said the posts would be filled by the end of the year.\n")
    assert "kenya" not in tags["Cholera cases in Kisumu climb as markets are closed"]


def test_a_towns_tag_is_written_as_the_page_writes_it(tmp_path):
    tags = _tags(tmp_path, "Election live\n\n"
                 "Maharashtra civic polls: turnout at 30 per cent by noon\n"
                 "Officials in Mumbai said queues were long in the eastern suburbs.\n\n"
                 "Queues outside booths in Baramati as voting begins\n"
                 "Baramati voters said the lines moved slowly in the first hour.\n")
    written = [t for ts in tags.values() for t in ts]
    assert "Baramati" in written and "Bārāmati" not in written, tags
