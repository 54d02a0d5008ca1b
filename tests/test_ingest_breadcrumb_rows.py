"""A kept list of links whose fields are set off by a closing guillemet ('5/18 » Outlet » Headline »
link'), its fields named by a line a little above the rows with a note between: one item a row,
titled by the headline field, its outlet the outlet field (an empty one none). French quotes
(« … ») on a line keep their guillemets a quote's. Pages written for these tests."""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page


def _read(text: str) -> list[tuple[str, str]]:
    p = read_page(text, dt.date(2025, 5, 20))
    return [(s.title, s.source) for s in (p.stories or [p.read_item(i) for i in p.items])]


def test_a_breadcrumb_separated_link_list_with_its_format_line():
    text = ("policy reading list (newest first)\nformat: m/d » outlet » headline » link\n"
            "blank outlet = forgot to note it\n\n"
            "5/19 » Harbour Tribune » Ferry operator adds winter sailings » https://harbourtribune.example/ferry\n"
            "5/18 » Valley Echo » Dairy farmers warn of milk price cut » https://valleyecho.example/dairy\n"
            "5/16 »  » Rail line reopens after landslip repairs » https://example-briefing.com/rail\n"
            "5/15 » Lakeside Mercury » Council freezes parking charges » https://lakesidemercury.example/parking\n")
    assert _read(text) == [("Ferry operator adds winter sailings", "Harbour Tribune"),
                           ("Dairy farmers warn of milk price cut", "Valley Echo"),
                           ("Rail line reopens after landslip repairs", ""),
                           ("Council freezes parking charges", "Lakeside Mercury")]


def test_a_german_breadcrumb_list_with_its_field_line():
    text = ("Leseliste Energie\nFormat: Datum » Quelle » Titel » Link\n(neueste oben)\n\n"
            "19.5. » Märkische Allgemeine » Speicher schlagen Gaskraftwerke » https://maz.example/speicher\n"
            "18.5. » Weser-Kurier Land » Netzagentur senkt Entgelte » https://wkl.example/entgelte\n"
            "16.5. » Allgäuer Bote » Stadtwerke planen Wärmenetz » https://ab.example/waerme\n")
    assert [s for _, s in _read(text)] == ["Märkische Allgemeine", "Weser-Kurier Land", "Allgäuer Bote"]
