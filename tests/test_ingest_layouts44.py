"""Kinds the blind held-out set 44 (outlets' own newsletters) showed the importer getting wrong,
each on a page written for it: a greeting that says what day it is ('heute ist Mittwoch, der 9.
Dezember') dates the letter's items, and a tipsheet's capitalised lead before a dash ('REFUND RUSH
— The Treasury's portal …') is the item's title, while a dateline ('NEW YORK — …') is not."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from chronicle.config import load_config
from chronicle.ingest import ingest_files, when
from chronicle.ingest.leads import kicker
from chronicle.ingest.todaydates import says_today

ROOT = Path(__file__).resolve().parent.parent


def _rows(tmp_path: Path, text: str, name: str) -> list[tuple]:
    raw = tmp_path / name
    raw.write_text(text, encoding="utf-8")
    report = ingest_files([raw], tmp_path / "out", load_config(ROOT / "config.yaml"), captured=dt.date(2026, 12, 9))
    assert report.errors == ()
    rows = []
    for p in sorted((tmp_path / "out").glob("*.md")):
        fm = yaml.safe_load(p.read_text(encoding="utf-8").split("---\n")[1])
        rows.append((fm["title"], fm.get("date")))
    return sorted(rows)


MORNING = """Stuttgart am Morgen
Der Newsletter der Lokalzeitung

Guten Morgen aus der Redaktion, heute ist Mittwoch, der 9. Dezember.

DAS THEMA DES TAGES

Zulieferer streicht 1300 Stellen in Feuerbach
Der Zulieferer baut in der Verwaltung und in der Entwicklung für Antriebe weiter ab. Betroffen sind vor allem Ingenieure.
➔ Zum Artikel

WAS SIE HEUTE WISSEN MÜSSEN

Baustopp am Pragsattel: Stadt prüft neue Ausschreibung
Seit drei Wochen ruhen die Arbeiten an der Brücke, weil die beauftragte Firma Insolvenz angemeldet hat.
➔ Zum Artikel
"""


def test_a_greeting_that_says_what_day_it_is_dates_the_letters_items(tmp_path):
    rows = _rows(tmp_path, MORNING, "morgen.txt")
    assert [r[1] for r in rows] == [dt.date(2026, 12, 9), dt.date(2026, 12, 9)], rows


@pytest.mark.parametrize("line, today", [
    ("Guten Morgen aus der Redaktion, heute ist Mittwoch, der 9. Dezember.", True),
    ("Today is Wednesday, December 9, and here is the news.", True),
    ("Nous sommes le mercredi 9 décembre.", True),
    ("The vote is on Wednesday, December 9.", False),
    ("It's on December 9", False)])
def test_which_lines_say_today(line, today):
    assert says_today(line, when.find_dates(line)) is today


@pytest.mark.parametrize("text, lead", [
    ("REFUND RUSH — The Treasury's online portal for refunds went offline within two hours of opening.", "REFUND RUSH"),
    ("JOBS DATA BLACKOUT, AGAIN? — Appropriators have not yet agreed on a stopgap for the department.",
     "JOBS DATA BLACKOUT, AGAIN?"),
    ("NEW YORK — The stock market fell sharply on Tuesday after the Fed said rates would stay high.", ""),
    ("WASHINGTON — The Treasury said on Tuesday that refunds would resume on Thursday morning.", "")])
def test_a_capitalised_lead_before_a_dash_is_a_kicker_and_a_dateline_is_not(text, lead):
    assert kicker(text) == lead


RESULTS = """Count Night
Election night special · Thursday 3 December

DECLARED 23:58
SNP hold Partick East on fourth stage

First preferences: SNP 2,114 (34.8%) · Lab 1,902 (31.3%) · Green 1,077 (17.7%)
Turnout: 27.4% (2022: 38.9%)
Elected: Morag Ettrick (SNP) at stage 4

The SNP held on in the west end seat, but only after Green transfers broke more heavily for Labour.

DECLARED 00:36
Labour gain Kirkcaldy North from SNP

First preferences: Lab 1,688 (40.9%) · SNP 1,412 (34.2%) · Reform 603 (14.6%)
Turnout: 24.1%
Elected: Callum Drysdale (Lab) at stage 3

Labour's first gain from the SNP in Fife this council term, after a fortnight of campaigning.

DECLARED 01:12
Lib Dems take Ness-side in Inverness

First preferences: LD 1,944 (38.7%) · SNP 1,620 (32.2%) · Con 734 (14.6%)
Turnout: 31.0%
Elected: Fiona MacRae (LD) at stage 2

The Liberal Democrats won the seat on a swing of almost nine points from the SNP.
"""


def test_an_election_nights_results_are_no_fact_checkers_claims(tmp_path):
    """(readers/claims.py took 'First preferences: …' / 'Turnout: 27.4%' for a claim and its
    rating: each item was titled by its figures; a rating is words, not figures)"""
    titles = [r[0] for r in _rows(tmp_path, RESULTS, "count.txt")]
    assert titles == ["Labour gain Kirkcaldy North from SNP", "Lib Dems take Ness-side in Inverness",
                      "SNP hold Partick East on fourth stage"], titles
