"""Set 10's kinds of failure (tests/fixtures/ingest_heldout10: a link newsletter's capitals headlines
with a reading time, …), each on pages written here in other wording and two languages or more, never
the set's own text. Each asserts what a reader sees: the titles of the items, and no reading time or
page furniture among them. In process (run.parse): no files, no build."""
from __future__ import annotations

import datetime as dt

from ingest_kinds import items as _items, parser

D = dt.date
CAPTURED = D(2026, 5, 20)
_parse = parser(CAPTURED)


def _link_letter(name: str, sponsor: str, section: str, promo: str, items) -> str:
    """A link newsletter: a sponsor's block in mixed case, a section heading, headlines in capitals
    each ending in its reading time over a one-paragraph summary, a promotion block at the end."""
    head = f"{name} 2026-05-20\n\n{sponsor}\n\nA sponsor's pitch that runs to one sentence and a bit more, as they do.\n\n{section}\n\n"
    body = "".join(f"{t} ({r})\n\n{x}\n\n" for t, r, x in items)
    return head + body + f"{promo}\n\nA last sentence of the promotion, long enough to read as running text here.\n"


def _assert_headlines(parsed, items) -> None:
    """Each capitals headline is an item's title, without its reading time, over its own summary
    (the sponsor's and the promotion's blocks are another matter)."""
    read = {s.title: s.paras for s in parsed.stories}
    assert {t: read.get(t) for t, _, _ in items} == {t: [x] for t, _, x in items}


def test_capitals_headlines_ending_in_a_reading_time_are_items_without_it():
    en = [("WALES OPENS ITS FIRST TIDAL LAGOON TENDER", "3 MINUTE READ",
           "The Welsh government invited bids for a lagoon in Swansea Bay that would generate power for 120 years."),
          ("NORWAY'S FERRIES GO ELECTRIC ON EVERY FJORD ROUTE", "2 min read",
           "The last diesel crossing was retired on Monday, after a decade of contracts that required batteries."),
          ("COPPER PRICE HITS A RECORD AS SMELTERS CUT OUTPUT", "4 MINUTE READ",
           "Traders said Chinese smelters had reduced runs after processing fees fell below zero in April.")]
    p = _parse(_link_letter("Morning Watts", "Gridly: forecasting for people who trade power (Sponsor)",
                            "Energy & Markets", "Enjoying Morning Watts? Forward it to a friend!", en))
    _assert_headlines(p, en)
    de = [("BAYERN FÖRDERT WÄRMEPUMPEN IN ALTBAUTEN", "Lesezeit: 3 Min.",
           "Das Land zahlt bis zu zehntausend Euro pro Haus, wenn die alte Ölheizung bis Ende des Jahres ersetzt wird."),
          ("HAMBURGER HAFEN ERHÄLT LANDSTROM FÜR KREUZFAHRTSCHIFFE", "2 Min. Lesezeit",
           "Ab Juni können drei Terminals die Schiffe mit Strom versorgen, während sie am Kai liegen."),
          ("STAHLWERK IN DUISBURG STELLT AUF WASSERSTOFF UM", "4 Minuten Lesezeit",
           "Der Konzern nimmt die erste Direktreduktionsanlage in Betrieb und will so die Emissionen halbieren.")]
    q = _parse(_link_letter("Energie kompakt", "Stromwerk: Ihr Tarif für dynamische Preise (Anzeige)",
                            "Politik & Technik", "Gefällt Ihnen Energie kompakt? Empfehlen Sie uns weiter!", de))
    _assert_headlines(q, de)
