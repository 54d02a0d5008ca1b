"""Dates as people write them (chronicle/ingest/when.py): five languages, day/month order from
the page's evidence, relative dates only against a capture date — never the clock."""
from __future__ import annotations

import datetime as dt

import pytest

from chronicle.ingest import when

D = dt.date


@pytest.mark.parametrize("text, want", [
    ("March 3, 2025:", D(2025, 3, 3)),
    ("3 March 2025", D(2025, 3, 3)),
    ("Friday 12 March 2010", D(2010, 3, 12)),
    ("7. Mai 2025", D(2025, 5, 7)),
    ("2 de marzo de 2026", D(2026, 3, 2)),
    ("5 décembre 2022", D(2022, 12, 5)),
    ("12 marzo 2025", D(2025, 3, 12)),
    ("2023-10-26 in Reuters", D(2023, 10, 26)),
    ("Zurückhaltung.14.10.2016", D(2016, 10, 14)),
])
def test_written_dates(text, want):
    [f] = [f for f in when.find_dates(text) if f.kind != "relative"]
    assert f.resolve(when.decide_order([f], "de")) == want


def test_no_year_no_date_unless_a_year_is_given():
    [f] = when.find_dates("May 29")
    assert f.resolve(None) is None and f.resolve(None, 2024) == D(2024, 5, 29)


def test_common_words_next_to_numbers_are_not_dates():
    assert when.find_dates("12 may be the answer") == [] and when.find_dates("2:42 p.m. Treasury") == []


@pytest.mark.parametrize("dates, lang, order", [
    (["30/09/2025", "01/10/2025"], "en", "dmy"),     # a number above 12 decides
    (["10/28/2020"], "en", "mdy"),
    (["04/06/2023"], "fr", "dmy"),                   # else the language: day first outside English
    (["04/06/2023"], "en", None),                    # English and nothing else: left undated
    (["Mon, 03/10/2025", "Fri, 03/07/2025"], "en", "mdy"),   # the weekday fits only one reading
    (["[02.04.2025 09:00]", "02.04.2025"], "en", "dmy"),     # dotted: a European habit, day first
    (["02.04.2025", "03/04/2025"], "en", None),              # unless some are not
])
def test_day_month_order(dates, lang, order):
    found = [f for d in dates for f in when.find_dates(d)]
    assert when.decide_order(found, lang) == order


@pytest.mark.parametrize("text, days", [
    ("Updated: 3 hours 10 min ago", 0), ("2 days ago", 2), ("vor 2 Tagen", 2), ("il y a 3 jours", 3),
    ("hace 8 días", 8), ("4 giorni fa", 4), ("yesterday", 1), ("gestern", 1),
])
def test_relative_dates_need_a_capture_date(text, days):
    [f] = when.find_dates(text)
    assert when.relative_to(f, None) is None
    assert when.relative_to(f, D(2025, 3, 20)) == D(2025, 3, 20) - dt.timedelta(days=days)


def test_capture_date_from_file_name():
    assert when.capture_from_name("2025-03-20-newsletter.txt") == D(2025, 3, 20)
    assert when.capture_from_name("digest_20250320.txt") == D(2025, 3, 20)
    assert when.capture_from_name("digest.txt") is None
