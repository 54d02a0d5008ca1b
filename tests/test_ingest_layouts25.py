"""Layouts of held-out sets 25 and 26 read in general (pages written here, in other wordings):
numeric dates whose day and month are both 12 or under are read in the one order that puts none
of them after the day the page was captured, by every reader that reads such dates (a list with
one article a line, a CSV export), not only by the readers of item pages."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from ingest_page import read_page

_DAY = dt.date(2026, 2, 10)


def _read(text: str):
    return read_page(text, _DAY).stories


def test_a_one_line_list_of_day_first_dates_is_read_day_first_when_month_first_would_be_ahead():
    stories = _read("Rail strikes: my clippings\n"
                    "date | outlet | headline\n\n"
                    "09/02/2026 | Sky News | Train drivers vote to extend strike action into the spring timetable\n"
                    "06/02/2026 | The Herald | ScotRail says Sunday services will run on a reduced timetable\n"
                    "03/02/2026 | Irish Times | Dublin commuter rail fares frozen for another year after review\n")
    assert [(s.date, s.source) for s in stories] == [
        (dt.date(2026, 2, 9), "Sky News"), (dt.date(2026, 2, 6), "The Herald"), (dt.date(2026, 2, 3), "Irish Times")]


def test_month_first_dates_stay_month_first_when_day_first_would_be_ahead():
    stories = _read("date | outlet | headline\n"
                    "02/09/2026 | CNBC | Chip makers ask Congress for a longer tax credit on new plants\n"
                    "02/03/2026 | Axios | State lawmakers file bills on age checks for social media apps\n")
    assert [s.date for s in stories] == [dt.date(2026, 2, 9), dt.date(2026, 2, 3)]


def test_a_csv_export_of_day_first_dates_is_read_day_first():
    from chronicle.config import load_config
    from chronicle.ingest.formats import structured
    from chronicle.ingest.run import make_context
    config = load_config(Path(__file__).resolve().parent.parent / "config.yaml")
    stories = structured("date,source,title,summary\n"
                    "09/02/2026,RTÉ,Hospital waiting lists fall for a third month,The number waiting over a year dropped.\n"
                    "05/02/2026,BBC,Ambulance handover times improve in Wales,Crews waited less at most hospitals.\n",
                         make_context(config, _DAY)).stories
    assert [s.date for s in stories] == [dt.date(2026, 2, 9), dt.date(2026, 2, 5)]
