"""Set 15's kinds of failure (tests/fixtures/ingest_heldout15: counters under each date line, a
river's time and category over each headline, ...), each on pages written here in other wordings
and two languages or more, never the set's own text. Each asserts what a reader sees: the items,
their titles and dates. In process (run.parse): no files, no build."""
from __future__ import annotations

import datetime as dt

from ingest_kinds import items, parser

D = dt.date
CAPTURED = D(2026, 3, 10)   # a Tuesday
_parse = parser(CAPTURED)


def _titles(text: str) -> list[tuple[str, dt.date | None]]:
    return [(title, date) for title, date, _ in items(_parse(text))]


_COUNTED_EN = """State News

March 10, 2026 9:05 AM

Views 3.4K

Harbour authority opens tender for the new container berth

The port authority has invited bids for a deep-water berth able to take the largest ships. Work is due to start next spring and take three years...

March 10, 2026 7:40 AM

Views 218

Rural clinics to get telemedicine kiosks by June

The health department will install video kiosks in forty village clinics so patients can see specialists without travelling. Nurses will be trained next month...

March 9, 2026 6:15 PM

Views 1.1K

Monsoon preparedness meeting held in the capital

Officials reviewed drain cleaning and flood shelters ahead of the season. District collectors were asked to file plans within two weeks...
"""

_COUNTED_IT = """Notizie regionali

10 marzo 2026 09:05

letto 2.150 volte

Il porto apre la gara per la nuova banchina container

L'autorità portuale ha pubblicato il bando per una banchina in acque profonde. I lavori dovrebbero partire la prossima primavera e durare tre anni...

10 marzo 2026 07:40

letto 318 volte

Ambulatori rurali, arrivano i totem per la telemedicina

La Regione installerà postazioni video in quaranta ambulatori di paese per consultare gli specialisti senza spostarsi...

9 marzo 2026 18:15

letto 97 volte

Piano contro le alluvioni, vertice in prefettura

I sindaci hanno esaminato la pulizia dei canali e i rifugi per le piene. I comuni dovranno presentare i piani entro due settimane...
"""


def test_a_counter_with_its_word_first_under_each_date_is_no_title():
    """'Views 3.4K', 'letto 2.150 volte' under each date line: a counter repeated down the page is
    furniture, so the headline under it is the item's title, in any language."""
    assert _titles(_COUNTED_EN) == [
        ("Harbour authority opens tender for the new container berth", D(2026, 3, 10)),
        ("Rural clinics to get telemedicine kiosks by June", D(2026, 3, 10)),
        ("Monsoon preparedness meeting held in the capital", D(2026, 3, 9))]
    assert _titles(_COUNTED_IT) == [
        ("Il porto apre la gara per la nuova banchina container", D(2026, 3, 10)),
        ("Ambulatori rurali, arrivano i totem per la telemedicina", D(2026, 3, 10)),
        ("Piano contro le alluvioni, vertice in prefettura", D(2026, 3, 9))]
