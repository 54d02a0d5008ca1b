"""Set 13's kinds of failure still open after fit13 (tests/fixtures/ingest_heldout13), each on pages
written here in other wordings and two languages or more, never the set's own text. Each asserts
what a reader sees: the items, their titles, dates and outlets. In process (run.parse)."""
from __future__ import annotations

import datetime as dt

from ingest_kinds import items as _items, parser

D = dt.date
_parse = parser(D(2026, 3, 9))

_LINKS_EN = """Links worth a look, 6 March 2026

1. Regulator opens inquiry into broadband price rises (ofcomwatch.co.uk)
2. A minimal static site generator written in one file (codeberg.org/lena/tinysite)
3. Rail operator publishes its winter reliability figures (railnews.example.com)
4. Notes on running a home server for ten years (blog.example.net/posts/ten-years)
"""
_LINKS_DE = """Fundstücke der Woche, 6. März 2026

1. Bundesnetzagentur prüft neue Regeln für Glasfaser (netzpolitik.example.de)
2. Ein kleiner Kalender für das Terminal, in Rust geschrieben (gitlab.com/jmeyer/tkal)
3. Warum Züge im Winter öfter ausfallen (bahnblog.example.de)
"""


def test_a_sites_page_in_parentheses_after_a_headline_is_no_title_text():
    """'Headline (codeberg.org/user/project)': the address of a user's or a project's page closes the
    line as a site's would; it is left out of the title, and names no outlet."""
    got = _items(_parse(_LINKS_EN))
    assert [t for t, _, _ in got] == ["Regulator opens inquiry into broadband price rises",
                                      "A minimal static site generator written in one file",
                                      "Rail operator publishes its winter reliability figures",
                                      "Notes on running a home server for ten years"]
    assert [o for _, _, o in got][1] == "" and [o for _, _, o in got][3] == ""
    got = _items(_parse(_LINKS_DE))
    assert [t for t, _, _ in got][1] == "Ein kleiner Kalender für das Terminal, in Rust geschrieben"
    assert [o for _, _, o in got][1] == ""


_TICKER_EN = """Markets live
Updated 6 March 2026, 4:10 PM

03:55 PM  Carmaker recalls 40,000 cars over a faulty airbag
(Reuters) The recall covers models built between May and November last year.

01:20 PM  Steel prices rise for a third week
Traders said demand from builders had picked up after the winter lull.
"""
_TICKER_FR = """Le fil éco

15h40  Le groupe ferroviaire annonce 300 embauches dans l'est
(Les Echos) Les postes concernent surtout la maintenance des trains régionaux.

11h05  Les prix du blé reculent après de bonnes récoltes
Les marchés anticipent une offre abondante jusqu'à l'été.
"""


def test_a_listed_outlet_in_parentheses_opening_the_text_is_the_items_outlet():
    """'(Outlet) The text …' under a headline, with no wire dash: the outlet, where it is listed."""
    assert [o for _, _, o in _items(_parse(_TICKER_EN))] == ["Reuters", ""]
    assert [o for _, _, o in _items(_parse(_TICKER_FR))] == ["Les Echos", ""]
