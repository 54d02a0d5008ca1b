"""The kinds of layout the eighth held-out set showed (tests/fixtures/ingest_heldout8), on pages
written for these tests in other languages, outlets and wording than the fixtures: what a reader
of each item expects as its title, date and outlet, that page furniture is no item, and that no
item is lost or merged. All in process (run.parse): no files, no build."""
from __future__ import annotations

import datetime as dt

from ingest_kinds import ROOT, items as _items, parser

from chronicle.config import load_config
from chronicle.ingest import formats
from chronicle.ingest.run import make_context

D = dt.date
CAPTURED = D(2026, 5, 20)   # a Wednesday
_parse = parser(CAPTURED)


def _structured(text: str):
    """How ingest reads a digest before its lines: as a feed or JSON, else None."""
    return formats.structured(text, make_context(load_config(ROOT / "config.yaml"), CAPTURED))


def test_a_saved_jsonp_response_with_raw_line_breaks_in_its_strings_is_read_as_records():
    # a German live ticker saved from the browser: a title line above, a dotted callback name,
    # line breaks typed into the JSON strings (not valid JSON, but what such a file holds)
    p = _structured('Liveblog\n\n20.05.2026\n\n'
               'window.tickerCallback_42({"meta":{"v":2},"entries":[{"headline":"Streik legt Nahverkehr in '
               'Köln lahm","published":"2026-05-20T07:15:00+02:00","text":"\n\nBusse und Bahnen der KVB '
               'stehen seit dem frühen Morgen still.\nDie Gewerkschaft verlangt mehr Lohn.\n\n"},'
               '{"headline":"Rhein-Pegel sinkt unter zwei Meter","published":"2026-05-19T18:40:00+02:00",'
               '"text":"\nDie Binnenschiffer können nur noch mit halber Ladung fahren.\n"}]});\n')
    assert [(t, d) for t, d, _ in _items(p)] == [("Streik legt Nahverkehr in Köln lahm", D(2026, 5, 20)),
                                                 ("Rhein-Pegel sinkt unter zwei Meter", D(2026, 5, 19))]
    assert p.stories[0].paras[0].startswith("Busse und Bahnen")
    assert any("line 1" in n and "line 3" in n for n in p.notes)   # the lines above: reported
    # an English callback with an array and no page lines; the file's line of each record is kept
    q = _structured('cb([{"title":"Port of Dover reopens after storm",\n"body":"Ferries resumed at noon.\nQueues '
               'cleared by evening.","date":"2026-05-18"},\n{"title":"Council approves new cycle lanes","body":'
               '"Work starts in June.","date":"2026-05-17"}])\n')
    assert [s.title for s in q.stories] == ["Port of Dover reopens after storm", "Council approves new cycle lanes"]
    assert [s.line for s in q.stories] == [1, 4]
