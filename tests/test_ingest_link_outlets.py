"""A headline followed by its link names the link's site as its outlet (issue 14): 'Headline
https://www.reuters.com/…' in a list, a chat message sharing a link. A link shortener's
('bit.ly', 't.co') names none. Pages written for these tests."""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page


def _sources(text: str) -> list[str]:
    p = read_page(text, dt.date(2025, 5, 6))
    return [s.source for s in (p.stories or [p.read_item(i) for i in p.items])]


def test_a_link_after_each_headline_names_its_site():
    text = ("Links\n\nWind farms supplied a record share of power in April https://www.irishtimes.com/business/2025/05/05/wind/\n"
            "Regulator confirms price cap will fall 7% from July https://www.bbc.co.uk/news/articles/c123\n"
            "Berlin approves subsidy scheme for hydrogen plants https://www.reuters.com/business/energy/germany-hydrogen/\n")
    assert _sources(text) == ["Irish Times", "BBC", "Reuters"]


def test_links_in_german_and_a_shortener_that_names_no_site():
    text = ("Linkliste\n\nWindkraft liefert Rekordanteil im April https://www.tagesschau.de/wirtschaft/wind-100.html\n"
            "Netzagentur senkt die Entgelte für Erzeuger https://www.spiegel.de/wirtschaft/netz-a-123.html\n"
            "Stadtwerke planen neues Wärmenetz im Norden https://bit.ly/3xYz12\n")
    assert _sources(text) == ["ARD", "Der Spiegel", ""]   # (the list names tagesschau.de ARD)


def test_a_chat_message_sharing_a_link_names_its_site():
    text = ("[05/05/2025, 08:14:22] Anna: Wind farms supplied a record 42% of Ireland's power in April "
            "https://www.irishtimes.com/business/2025/05/05/wind-record/\n"
            "[05/05/2025, 08:15:01] Tom: 👍\n"
            "[05/05/2025, 09:30:45] Anna: Regulator confirms price cap will fall 7% from July "
            "https://www.bbc.co.uk/news/articles/c123\n"
            "[05/05/2025, 12:02:10] Mark: Berlin approves subsidy scheme for hydrogen-ready gas plants "
            "https://www.reuters.com/business/energy/germany-hydrogen-2025-05-05/\n")
    assert _sources(text) == ["Irish Times", "BBC", "Reuters"]
