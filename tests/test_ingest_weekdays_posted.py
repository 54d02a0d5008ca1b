"""A page's date written with a Dutch or Portuguese weekday ('dinsdag 6 mei': 'mei' alone is too
common a word to be read as May without its year or weekday), and a live blog's 'Posted at 14:05'
entry times, which open each entry."""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page

D = dt.date


def _parse(text: str):
    return read_page(text, D(2025, 5, 13))


def test_a_dutch_page_date_with_its_weekday_dates_the_items_below():
    p = _parse("Nieuwsoverzicht dinsdag 13 mei\n\nBinnenland\n- Kabinet trekt geld uit voor dijkversterking (NOS)\n"
               "- Utrecht breidt betaald parkeren uit (RTV Utrecht)\n\nBuitenland\n- Duitsland verlengt grenscontroles (NU.nl)\n")
    assert [s.date for s in p.stories] == [D(2025, 5, 13)] * 3
    assert not any("dinsdag" in s.title for s in p.stories)




def test_posted_at_times_open_a_live_blogs_entries():
    for posted in ("Posted at", "Publié à", "Aktualisiert um"):
        p = _parse(f"Live: council election results\n\n{posted} 14:05\nGreens win control of the city council\n"
                   f"The party took 31 of the 60 seats, ending twenty years of Labour rule.\n\n{posted} 13:40\nLiberals gain the county\n"
                   f"They are now the largest party after gaining 14 seats.\n\n{posted} 12:55\nTurnout lower than 2021\n"
                   f"Early figures suggest turnout was around 30% in most areas.\n")
        assert [s.title for s in p.stories] == ["Greens win control of the city council", "Liberals gain the county",
                                                "Turnout lower than 2021"], posted


def test_mei_without_weekday_or_year_is_no_date():
    from chronicle.ingest import when
    assert when.find_dates("Ze zei dat het om 3 mei ging") == []
