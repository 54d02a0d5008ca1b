"""An item without a date of its own on a page whose items each print theirs (issue 14: no
invented date). The first item's date line stands near the page's top, but it is that item's,
not the page's: an item whose date no reading can decide ('07/08/2025' on a page that gives no
order, neither reading near its other dates) stays undated instead of taking the first item's day. Pages written for these tests.
(An item with no date line at all after one-paragraph items is still read as a subheading of the
item above: tests/test_ingest_layouts3.py's subheadings look the same.)"""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page


def _dates(text: str) -> list[tuple[str, dt.date | None]]:
    p = read_page(text, dt.date(2025, 5, 6))
    return [(s.title, s.date) for s in (p.stories or [p.read_item(i) for i in p.items])]


def test_an_undecidable_numeric_date_takes_no_other_items_day():
    text = ("Latest\n\nPort strike ends after pay deal\nMon 5 May 2025 14.32 BST\nDock workers accepted a 7% rise.\n\n"
            "Council approves new bus lanes\nUpdated 09:15 BST, Sunday 4 May 2025\nThe lanes open in September.\n\n"
            "Hospital opens new cancer unit\nMay 3, 2025 at 2:32 p.m. EDT\nThe unit will treat 3,000 patients.\n\n"
            "Bakery chain closes ten shops\nPublished: 07/08/2025 16:40\nThe firm blamed energy and wage costs.\n")
    assert _dates(text)[-1] == ("Bakery chain closes ten shops", None)


def test_a_numeric_date_takes_the_order_that_puts_it_among_the_pages_written_dates():
    # (dateorder._among_written: 1 May is two days from the page's other dates, 5 January four
    # months; for 07/08 above, neither reading is near them, and the date stays undecided)
    text = ("Latest\n\nPort strike ends after pay deal\nMon 5 May 2025 14.32 BST\nDock workers accepted a 7% rise.\n\n"
            "Council approves new bus lanes\nUpdated 09:15 BST, Sunday 4 May 2025\nThe lanes open in September.\n\n"
            "Hospital opens new cancer unit\nMay 3, 2025 at 2:32 p.m. EDT\nThe unit will treat 3,000 patients.\n\n"
            "Bakery chain closes ten shops\nPublished: 01/05/2025 16:40\nThe firm blamed energy and wage costs.\n")
    assert _dates(text)[-1] == ("Bakery chain closes ten shops", dt.date(2025, 5, 1))

