"""A channel's posts copied from a messaging app ('Energy Watch, [05.05.25 08:14]' over each post's
text, a blank line between posts): one item a post, dated by its header, however short the post.
They ran together into one item before. Pages written for these tests."""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page


def _items(text: str) -> list[tuple[str, dt.date | None]]:
    p = read_page(text, dt.date(2025, 5, 6))
    return [(" ".join(s.paras[0].split()[:3]), s.date) for s in (p.stories or [p.read_item(i) for i in p.items])]


def test_a_channels_posts_are_one_item_each():
    text = ("Energy Watch, [05.05.25 08:14]\nWind farms supplied a record 42% of Ireland's power in April, EirGrid said.\n\n"
            "Energy Watch, [05.05.25 09:30]\nThe regulator confirmed the price cap will fall by 7% from July.\n\n"
            "Energy Watch, [04.05.25 17:45]\nBerlin approved a subsidy scheme for hydrogen-ready gas plants.\n")
    assert _items(text) == [("Wind farms supplied", dt.date(2025, 5, 5)), ("The regulator confirmed", dt.date(2025, 5, 5)),
                            ("Berlin approved a", dt.date(2025, 5, 4))]


def test_a_german_channels_posts_are_one_item_each():
    text = ("Energie kompakt, [05.05.25 08:14]\nWindkraft deckte im April einen Rekordanteil des Strombedarfs.\n\n"
            "Energie kompakt, [05.05.25 09:30]\nDie Netzagentur senkt die Entgelte für Erzeuger um drei Prozent.\n\n"
            "Energie kompakt, [04.05.25 17:45]\nDer Bund fördert wasserstofffähige Gaskraftwerke mit zehn Gigawatt.\n")
    assert [d for _, d in _items(text)] == [dt.date(2025, 5, 5), dt.date(2025, 5, 5), dt.date(2025, 5, 4)]


def test_a_channels_web_view_under_its_name_is_one_item_a_post():
    """'Energy Watch' over posts each closed by '👁 1.9K • Yesterday 18:20': the name is the page's,
    each post an item dated by its line (it was one item titled 'Energy Watch')."""
    text = ("Energy Watch\n\nWind farms supplied a record 42% of Ireland's power in April, EirGrid said.\n👁 1.9K • Yesterday 18:20\n\n"
            "The regulator confirmed the price cap will fall by 7% from July.\n👁 2.4K • Yesterday 09:30\n\n"
            "Berlin approved a subsidy scheme for hydrogen-ready gas plants.\n👁 3.1K • May 3, 17:45\n")
    assert _items(text) == [("Wind farms supplied", dt.date(2025, 5, 5)), ("The regulator confirmed", dt.date(2025, 5, 5)),
                            ("Berlin approved a", dt.date(2025, 5, 3))]


def test_a_german_channels_web_view_is_one_item_a_post():
    text = ("Energie kompakt\n\nWindkraft deckte im April einen Rekordanteil des Strombedarfs.\n👁 1,9K • gestern, 18:20\n\n"
            "Die Netzagentur senkt die Entgelte für Erzeuger um drei Prozent.\n👁 2,4K • gestern, 09:30\n\n"
            "Der Bund fördert wasserstofffähige Gaskraftwerke mit zehn Gigawatt.\n👁 3,1K • 3. Mai, 17:45\n")
    assert [d for _, d in _items(text)] == [dt.date(2025, 5, 5), dt.date(2025, 5, 5), dt.date(2025, 5, 3)]
