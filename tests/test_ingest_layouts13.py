"""Set 13's kinds of failure (tests/fixtures/ingest_heldout13: a market ticker's clock times before
its headlines, ...), each on pages written here in other wordings and two languages or more, never
the set's own text. Each asserts what a reader sees: the items, their titles, dates and outlets. In
process (run.parse): no files, no build."""
from __future__ import annotations

import datetime as dt

from ingest_kinds import items as _items, parser

D = dt.date
CAPTURED = D(2026, 3, 9)   # a Monday
_parse = parser(CAPTURED)

_TICKER_EN = """Live business feed
Last refreshed: 9 Mar 2026, 05:10 PM GMT

04:45 PM  Steelmaker agrees rescue deal with state lender
The agreement keeps two furnaces running until a buyer is found for the plant.

02:05 p.m.  Airline reports record bookings for the summer season
Demand for flights to southern Europe rose by a fifth compared with last year.

10:20 AM  Water regulator fines three suppliers over sewage spills
The penalties total £40m and must be paid back to customers through lower bills.
"""
_TICKER_DE = """Wirtschaft im Ticker
Stand: 09.03.2026, 17:10 Uhr

16:45 Uhr  Autozulieferer streicht 900 Stellen in Sachsen
Der Konzern begründet den Abbau mit der schwachen Nachfrage nach Elektroautos.

11:30 Uhr  Neue Zugverbindung zwischen Leipzig und Prag geplant
Ab Dezember sollen täglich vier Züge direkt zwischen den beiden Städten fahren.

08:05 Uhr  Am Flughafen Halle fallen am Dienstag alle Flüge aus
Die Gewerkschaft hat das Bodenpersonal zu einem ganztägigen Warnstreik aufgerufen.
"""


def test_a_tickers_clock_time_before_a_headline_keeps_its_am_pm_or_uhr():
    """'04:45 PM  Headline', '02:05 p.m.', '16:45 Uhr': the mark after the clock
    belongs to the time, never to the title; a headline's own first word 'Am' stays."""
    titles = {t for t, _, _ in _items(_parse(_TICKER_EN))}
    assert titles == {"Steelmaker agrees rescue deal with state lender",
                      "Airline reports record bookings for the summer season",
                      "Water regulator fines three suppliers over sewage spills"}
    titles = {t for t, _, _ in _items(_parse(_TICKER_DE))}
    assert titles == {"Autozulieferer streicht 900 Stellen in Sachsen",
                      "Neue Zugverbindung zwischen Leipzig und Prag geplant",
                      "Am Flughafen Halle fallen am Dienstag alle Flüge aus"}
