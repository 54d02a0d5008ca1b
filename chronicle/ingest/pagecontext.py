"""What a page as a whole tells about each of its items (issue 14): the countries it names anywhere
(which town of a shared name is meant), the country and the region or city it is about
(pageplaces.py), the subject it is about (pagethemes.py) and the institution whose own page it is
(pagepublisher.py). An item's own tags come from its own text; these fill in what a page of such
items leaves unsaid."""
from __future__ import annotations

from .lang import language
from .model import Parsed
from .pageplaces import countries_named, page_place
from .pagepublisher import page_publisher
from .pagethemes import page_theme


def read(parsed: Parsed, text: str, tagger) -> None:
    """Set the page's places, theme and publisher on `parsed` (before its items are composed)."""
    parsed.page_places = countries_named(text)
    parsed.page_country, parsed.page_region = page_place(text)
    parsed.page_theme = page_theme(text, tagger, parsed.lang or language(text))
    parsed.page_publisher = page_publisher(text, tagger)
