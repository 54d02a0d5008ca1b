"""Lists exported from a feed tool or a spreadsheet: one item a line, its ISO time stamp, outlet
and headline in columns set off by spaces; and a feed reader's 'Outlet · Tue 29/4' date lines (a
weekday, then day and month in digits without a year)."""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page

D = dt.date


def _parse(text: str):
    return read_page(text, D(2025, 4, 29))


def test_time_stamp_outlet_and_headline_columns_one_item_a_line():
    p = _parse("2025-04-29T07:40:00Z  Reuters  Copper hits a two-month high on Chinese demand\n"
               "2025-04-29T06:55:00Z  Bloomberg  Japanese exporters gain as the yen weakens\n"
               "2025-04-28T21:15:00+02:00  AFP  Nigeria's senate approves the new tax bills\n"
               "2025-04-28T18:02:00Z  AP  Chile declares an emergency over wildfires in the south\n")
    assert p.layout == "generic"
    assert [(s.date, s.source) for s in p.stories] == [
        (D(2025, 4, 29), "Reuters"), (D(2025, 4, 29), "Bloomberg"), (D(2025, 4, 28), "AFP"), (D(2025, 4, 28), "AP")]
    texts = [" ".join([s.title] + s.paras) for s in p.stories]
    assert all("T0" not in t and "T1" not in t and "T2" not in t for t in texts), texts
    assert [s.paras[0] for s in p.stories][0] == "Copper hits a two-month high on Chinese demand"


def test_a_weekday_with_day_and_month_dates_each_item():
    p = _parse("Lesezeichen: Verkehr\n\nBahn testet Wasserstoffzüge im Harz\nDi, 29.4.\nDie Züge sollen ab 2027 im Regelbetrieb fahren.\n\n"
               "Hamburg verlängert die U5 bis Stellingen\nMo, 28.4.\nDer Senat gab die Planung für den zweiten Abschnitt frei.\n\n"
               "Flughafen München meldet Passagierrekord\nSo, 27.4.\nIm März reisten 3,4 Millionen Menschen über den Airport.\n")
    assert [(s.title, s.date) for s in p.stories] == [
        ("Bahn testet Wasserstoffzüge im Harz", D(2025, 4, 29)), ("Hamburg verlängert die U5 bis Stellingen", D(2025, 4, 28)),
        ("Flughafen München meldet Passagierrekord", D(2025, 4, 27))]


def test_a_weekday_that_does_not_fall_on_the_date_is_no_date():
    """'(Sun, 4/16)' after a text is its author's name and the day: 16 April 2019 was a Tuesday."""
    from chronicle.ingest import when
    found = when.find_dates("(Sun, 4/16)")
    assert found and all(f.resolve(order, 2019) is None for f in found for order in ("dmy", "mdy"))
    assert [f.resolve("dmy", 2025) for f in when.find_dates("Tue 29/4")] == [D(2025, 4, 29)]
