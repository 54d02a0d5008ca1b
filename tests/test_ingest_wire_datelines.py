"""A wire agency's dateline opening each item's text (issue 14): 'WASHINGTON, May 5 (Reuters) -',
'PARIS, 5 mai (AFP) -', 'Madrid, 5 may (EFE).-', '(ANSA) - ROMA, 05 MAG -'. The agency is the
item's outlet and the dateline's day its date (in the capture's year when the dateline gives
none). Pages written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from ingest_page import read_page


def _read(text: str) -> list[tuple[str, dt.date | None]]:
    p = read_page(text, dt.date(2025, 5, 6))
    return [(s.source, s.date) for s in (p.stories or [p.read_item(i) for i in p.items])]


@pytest.mark.parametrize("leads, bodies", [
    (["WASHINGTON, May 5 (Reuters) -", "LONDON, May 4 (Reuters) -", "TOKYO, May 3 (AP) -"],
     ["The Federal Reserve left interest rates unchanged.", "Brent crude rose 2% on supply fears.",
      "The Nikkei fell 1.2% in early trade."]),
    (["PARIS, 5 mai (AFP) -", "PARIS, 4 mai (Reuters) -", "NANTES, 3 mai (Presse Océan) -"],
     ["Les syndicats appellent à une grève de 24 heures.", "Le régulateur propose une baisse de 3 %.",
      "Le chantier du futur CHU doit s'achever en 2027."]),
    (["Madrid, 5 may (EFE).-", "Madrid, 4 may (Europa Press).-", "Santiago, 3 may (Agencia Gallega).-"],
     ["El Consejo de Ministros aprobó un plan de vivienda.", "La CNMC impuso multas por facturación irregular.",
      "La Xunta elevó el nivel de riesgo de incendios."]),
    (["(ANSA) - ROMA, 05 MAG -", "(ANSA) - MILANO, 04 MAG -", "(Agenzia Puglia Notizie) - BARI, 03 MAG -"],
     ["I sindacati confermano lo sciopero dei treni.", "L'Autorità annuncia tariffe più basse.",
      "La Regione approva il progetto del nuovo ospedale."]),
])
def test_a_wire_dateline_gives_each_item_its_agency_and_day(leads, bodies):
    heads = ["First story of the wire today", "Second story of the wire today", "Third story of the wire today"]
    text = "Wire\n\n" + "\n\n".join(f"{h}\n{lead} {b}" for h, lead, b in zip(heads, leads, bodies))
    got = _read(text)
    assert [d for _, d in got] == [dt.date(2025, 5, 5), dt.date(2025, 5, 4), dt.date(2025, 5, 3)]
    assert [s for s, _ in got] == [lead[lead.index("(") + 1:lead.index(")")] for lead in leads]


def test_a_wire_dateline_without_a_dash_after_its_agency():
    """'Mumbai, May 20 (PTI) The BSE …': a reprint of agency copy writes no dash after the agency;
    the day in the dateline makes it one (a bare '(Reuters) The text' stays no dateline)."""
    text = "Economy\n\n" + "\n\n".join(f"{h}\n\n{lead} {b}" for h, lead, b in [
        ("Sensex sheds over 870 points", "Mumbai, May 5 (PTI)", "The BSE Sensex fell more than 870 points on Monday."),
        ("Rupee slips against the dollar", "Mumbai, May 5 (PTI)", "The rupee weakened by 14 paise on Monday."),
        ("Officials play down rating cut", "New Delhi, May 4 (PTI)", "The downgrade is unlikely to hurt India, officials said.")])
    got = _read(text)
    assert got == [("PTI", dt.date(2025, 5, 5)), ("PTI", dt.date(2025, 5, 5)), ("PTI", dt.date(2025, 5, 4))]
