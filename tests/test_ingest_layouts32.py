"""Layouts of held-out set 32 read in general (fit32; pages written here, in other wordings,
outlets and languages)."""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page

from chronicle.ingest.formats import structured
from chronicle.ingest.run import make_context

_DAY = dt.date(2026, 10, 14)


def _read(text: str, day: dt.date = _DAY):
    return [(s.title, s.date, s.source) for s in read_page(text, day).stories]


def _csv(text: str):
    from ingest_page import _CONFIG
    from chronicle.config import load_config
    parsed = structured(text, make_context(load_config(_CONFIG), _DAY))
    return [(s.title, s.date, s.source) for s in parsed.stories]


# A spreadsheet's export with a header row whose outlet column is named as exports name it
# ('publisher', 'publication', 'newspaper', 'site_name'), not 'source' / 'outlet' (3507's kind).
_CSV_PUBLICATION = ("headline,date,publication,url\n"
                    "\"Leeds approves new cycle lanes on three arterial roads\",2026-10-12,\"Yorkshire Post\",https://example.org/a\n"
                    "\"Bristol to trial free buses for under-18s from January\",2026-10-11,\"Bristol Post\",https://example.org/b\n"
                    "\"Cardiff council freezes parking fees for a year\",2026-10-09,,https://example.org/c\n")
_CSV_NEWSPAPER = ("Title;Date;Newspaper;Link\n"
                  "\"Dublin rents rise for the ninth quarter in a row\";2026-10-10;\"Irish Examiner\";https://example.org/d\n"
                  "\"Galway ring road plan goes back to the drawing board\";2026-10-08;\"Connacht Tribune\";https://example.org/e\n")
_CSV_SITE_NAME = ("title\tpublished_at\tsite_name\turl\n"
                  "Hobart ferry service extended to Bellerive\t2026-10-13\tThe Mercury\thttps://example.org/f\n"
                  "Launceston hospital opens new emergency wing\t2026-10-12\tThe Examiner\thttps://example.org/g\n")


def test_csv_publication_column_is_the_outlet():
    got = _csv(_CSV_PUBLICATION)
    assert [s for _, _, s in got] == ["Yorkshire Post", "Bristol Post", ""], got


def test_csv_newspaper_column_is_the_outlet():
    got = _csv(_CSV_NEWSPAPER)
    assert [s for _, _, s in got] == ["Irish Examiner", "Connacht Tribune"], got


def test_csv_site_name_column_is_the_outlet():
    got = _csv(_CSV_SITE_NAME)
    assert [s for _, _, s in got] == ["The Mercury", "The Examiner"], got
