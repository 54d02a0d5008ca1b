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
    lang = parsed.lang or language(text)
    parsed.page_theme = page_theme(text, tagger, lang)
    parsed.page_publisher = page_publisher(text, tagger)
    parsed.page_remit = remit(parsed.page_publisher, tagger, lang) if parsed.page_publisher else ""


def remit(publisher: str, tagger, lang: str) -> str:
    """The subject a body's own name gives it ('Garante per la protezione dei dati personali',
    'Ontario Energy Board', 'Election Commission of India'): the first theme its name names. Its
    page's items are that body's work in that field, whether or not each names it, as a page whose
    paragraphs name one theme is that theme's (pagethemes.py); "" when the name names none."""
    name = publisher.replace("-", " ")
    for text in (name, name.lower()):   # (a theme's word inside the name's capitals: 'Humanitarian Affairs')
        for slug, _, phrase in tagger.find(text, lang=lang):
            if slug not in tagger.proper and tagger.read_in(phrase, lang):
                return slug
    return ""
