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


_DIGEST_DE = """Betreff: Verkehrswende-Liste Sammelnachricht, Band 7, Ausgabe 3
Von: verkehrswende-request@listen.example.de
Datum: Mi, 20 Mai 2026 06:00:00 +0200

Beiträge für die Liste an verkehrswende@listen.example.de senden.

Themen des Tages:

   1. Neue S-Bahn-Linie nach Potsdam genehmigt (Jana Roth)
   2. AW: Neue S-Bahn-Linie nach Potsdam genehmigt (Olaf Brenner)
   3. Fahrradparkhaus am Hauptbahnhof eröffnet (Jana Roth)

==========================================================

Nachricht: 1
Datum: Mon, 18 May 2026 23:30:00 -0700
Von: Jana Roth <jroth@example.org>
An: verkehrswende@listen.example.de
Betreff: [Verkehrswende] Neue S-Bahn-Linie nach Potsdam
\tgenehmigt
Message-ID: <abc123@example.org>

Das Eisenbahn-Bundesamt hat den Bau der neuen Strecke genehmigt. Die
Züge sollen ab 2031 im Zehn-Minuten-Takt fahren.

Quelle: Tagesspiegel

--
Jana Roth

==========================================================

Nachricht: 2
Datum: Tue, 19 May 2026 08:12:45 +0200
Von: Olaf Brenner <ob@example.net>
Betreff: AW: [Verkehrswende] Neue S-Bahn-Linie nach Potsdam genehmigt

Jana Roth schrieb:
> Die Züge sollen ab 2031 im Zehn-Minuten-Takt fahren.

Weiß jemand, ob der Bahnhof Griebnitzsee umgebaut wird?

==========================================================

Nachricht: 3
Datum: Tue, 19 May 2026 17:05:10 +0200
Von: Jana Roth <jroth@example.org>
Betreff: [Verkehrswende] Fahrradparkhaus am Hauptbahnhof eröffnet
Message-ID: <def456@example.org>

Am Hauptbahnhof stehen seit heute 1.200 bewachte Stellplätze zur
Verfügung. Die Stadt zahlt zwei Drittel der Kosten.

Jana

==========================================================

Betreff: Fußzeile der Sammelnachricht

Verkehrswende Mailingliste
https://listen.example.de/mailman/listinfo/verkehrswende
"""


def test_a_mail_digest_is_one_item_per_message_titled_by_subject_and_dated_by_its_date_header():
    # a German list's digest with the keys a German mail client shows; the first message's
    # Date header is the 18th in its own zone (the 19th in UTC); a reply and the footer are no items
    p = _parse(_DIGEST_DE)
    assert _items(p) == [("Neue S-Bahn-Linie nach Potsdam genehmigt", D(2026, 5, 18), "Tagesspiegel"),
                         ("Fahrradparkhaus am Hauptbahnhof eröffnet", D(2026, 5, 19), "")]
    assert p.stories[0].paras == ["Das Eisenbahn-Bundesamt hat den Bau der neuen Strecke genehmigt. Die "
                                  "Züge sollen ab 2031 im Zehn-Minuten-Takt fahren."]
    assert p.stories[1].paras[-1].endswith("Kosten.")   # the sender's first name is no text
    assert "a reply" in p.notes[0] and "Fußzeile" in p.notes[0]
    # the same in English keys and a French list's wording, with '-----' rules
    fr = ("Subject: Liste énergie, Vol 3, Numéro 9\nFrom: energie-request@example.fr\n\nSommaire :\n\n"
          "   1. La centrale de Flamanville atteint sa pleine puissance\n   2. Le prix du gaz recule\n\n"
          + "".join(f"------------------------------\n\nMessage: {n}\nDate: {d}\nFrom: Luc <luc@example.fr>\n"
                    f"Subject: [Energie] {s}\n\n{t}\n\nSource : {o}\n\n" for n, d, s, t, o in [
                        (1, "Tue, 19 May 2026 10:00:00 +0200", "La centrale de Flamanville atteint sa pleine puissance",
                         "Le réacteur EPR a produit 1 600 MW pour la première fois mardi.", "Le Monde"),
                        (2, "Wed, 20 May 2026 07:30:00 +0200", "Le prix du gaz recule",
                         "Le prix de gros a baissé de 4 % sur la semaine.", "Les Echos")])
          + "------------------------------\n\nFin de Liste énergie, Vol 3, Numéro 9\n")
    assert _items(_parse(fr)) == [("La centrale de Flamanville atteint sa pleine puissance", D(2026, 5, 19), "Le Monde"),
                                  ("Le prix du gaz recule", D(2026, 5, 20), "Les Echos")]
