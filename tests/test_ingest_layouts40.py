"""Layouts of held-out set 40 read in general (pages written here, in other wordings): a
chamber's session summary whose title names the session's day, its items undated."""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page

DAY = dt.date(2026, 12, 5)

_SESSION = """Zum Inhalt springen
Landtag Niedersachsen
Leichte Sprache   Gebärdensprache   English
Der Landtag   Plenum   Ausschüsse   Dokumente   Presse
Diese Website verwendet nur technisch notwendige Cookies. Mehr Informationen

Startseite › Plenum › Kompakt

Plenum kompakt
Die Beschlüsse der 42. Sitzung am 26. November 2026
Kurz und verständlich: die wichtigsten Themen der Plenarsitzung auf einen Blick.

TOP 4
Schulbau: Land gibt 300 Millionen Euro für Sanierungen frei
Der Landtag hat das Sanierungsprogramm für Schulgebäude beschlossen. Kommunen können Zuschüsse für Dächer, Heizungen und Toiletten beantragen.
Drucksache 19/812 · Beschluss: angenommen

TOP 9
Windkraft: Abstandsregeln für Wälder gelockert
Windräder dürfen künftig auch in Wirtschaftswäldern gebaut werden, wenn die Fläche zuvor von Stürmen oder Schädlingen zerstört wurde.
Drucksache 19/799 · Beschluss: angenommen

TOP 15
Krankenhäuser: Landtag fordert Hilfe des Bundes
Der Landtag fordert die Bundesregierung auf, die Betriebskosten kleiner Krankenhäuser auf dem Land bis zur Reform zu sichern.
Drucksache 19/820 · Beschluss: Entschließung gefasst

Stand: 26.11.2026
Nächste Plenarsitzung: 17. Dezember 2026
"""


def test_a_session_title_closing_on_its_day_dates_the_sessions_items():
    stories = read_page(_SESSION, DAY).read_all().stories
    decided = [s for s in stories if s.title.split(":")[0] in ("Schulbau", "Windkraft", "Krankenhäuser")]
    assert len(decided) == 3 and all(s.date == dt.date(2026, 11, 26) for s in decided), [(s.title, s.date) for s in stories]


_SPEECHES = """Sveriges Riksbank
Menu  Search  EN
This website uses cookies. Some are essential; others help us improve the site. Accept all | Reject non-essential

Home › Press › Speeches

Speeches
Speeches, keynotes and introductory statements by members of the Executive Board.
Filter: Speaker ▾  Year: 2026 ▾  Topic ▾   Clear filters

3 December 2026
Inflation is back at target – now comes the harder part
Speech by Anna Lindqvist, Member of the Executive Board, at the Stockholm Finance Forum
Inflation has been close to 2% for ten months, but services prices are still rising at more than 3%, and wages are growing faster than productivity in most member states.
English | Svenska   PDF 312 kB

2 December 2026
From disclosure to supervision: climate risk on bank balance sheets
Keynote speech by Jonas Weber, Vice-Chair of the Supervisory Board, at the Green Finance Forum, Vienna
Three years after the deadline for banks to manage climate risks, a fifth of the largest banks still fall short, and supervisors will start to fine them next year.
English   PDF 268 kB

1 December 2026
Hearing at the Committee on Economic and Monetary Affairs
Introductory statement by Maria Costa, President, Brussels
The bank sees growth of 1.1% next year and expects tariffs on exports to cost the economy about 0.3 percentage points of output by the end of 2027.
English | Português   PDF 190 kB
"""


def test_a_speech_by_line_under_the_title_is_who_spoke_not_the_title():
    titles = [s.title for s in read_page(_SPEECHES, DAY).read_all().stories]
    assert {"Inflation is back at target – now comes the harder part",
            "From disclosure to supervision: climate risk on bank balance sheets",
            "Hearing at the Committee on Economic and Monetary Affairs"} <= set(titles), titles
    assert not any("speech by" in t.lower() or "statement by" in t.lower() for t in titles), titles


_RECALLS = """Recalls and safety alerts
Showing 1 to 3 of 2,341 results   Sort by: Newest

Health products
2026-12-04
Certain lots of Medex ibuprofen tablets recalled because some bottles lack child-resistant caps
Recall · Advisory
Medex Pharma is recalling three lots of its 400 mg ibuprofen tablets after inspectors found bottles whose caps could be opened by young children.

Food
2026-12-03
Brightfield brand baby spinach recalled due to E. coli
Recall · Food recall warning
The product was sold in 142 g clamshells in Alberta and Saskatchewan. Consumers should not eat, serve, use, sell or distribute the recalled product.

Consumer products
2026-12-02
Warmly electric blankets recalled due to burn hazard
Recall · Consumer product
About 12,000 units were sold at department stores. The wiring can overheat where the controller connects to the blanket.
"""


def test_a_type_line_under_each_headline_is_the_items_labels_not_its_title():
    stories = read_page(_RECALLS, DAY).read_all().stories
    titles = [s.title for s in stories]
    assert titles == ["Certain lots of Medex ibuprofen tablets recalled because some bottles lack child-resistant caps",
                      "Brightfield brand baby spinach recalled due to E. coli",
                      "Warmly electric blankets recalled due to burn hazard"], titles
    assert "Food recall warning" in stories[1].labels, stories[1].labels


def test_a_photo_gallerys_counted_captions_are_an_item_each_dated_by_their_place_lines(tmp_path):
    from chronicle.config import load_config
    from chronicle.ingest import ingest_files
    from pathlib import Path
    import yaml
    page = """The Daily Courier
News  Opinion  Sport  Culture  Lifestyle
World  UK  Weather  Environment  Science

Environment › Weather
The week in weather: pictures from around the world
Storms in Manila, snow in Kabul and a heatwave in Perth: a selection of images from the past week
Compiled by Ruth Adams
Share  Facebook  X  Email

1/4
Manila, Philippines · 1 December 2026
Residents wade through flooded streets in Tondo after Typhoon Rosal brought 300mm of rain in a day, the heaviest December downpour on record in the capital.
Photograph: Ana Cruz/Reuters

2/4
Kabul, Afghanistan · 30 November 2026
Children play in the first snow of the winter on a hillside above the city, where temperatures fell to minus 12C overnight and aid groups began handing out coal.
Photograph: Wakil Kohsar/AFP/Getty Images

3/4
Perth, Australia · 2 December 2026
Swimmers crowd Cottesloe beach as the temperature reached 43C, the hottest early-December day in the city since records began more than a century ago.
Photograph: Tom Reid/AAP

4/4
Quito, Ecuador · 3 December 2026
Workers clear ash from a road after the Reventador volcano erupted for the third time this month, closing the airport for six hours and cancelling 40 flights.
Photograph: Luis Vera/EPA
"""
    raw = tmp_path / "2026-12-05-gallery.txt"
    raw.write_text(page, encoding="utf-8")
    report = ingest_files([raw], tmp_path / "out", load_config(Path(__file__).resolve().parent.parent / "config.yaml"), captured=DAY)
    assert report.errors == ()
    dates = sorted(str(yaml.safe_load(p.read_text(encoding="utf-8").split("---\n")[1]).get("date"))
                   for p in (tmp_path / "out").glob("*.md"))
    # (each picture after the first is an item with its own day; the first, right under the page's title, is
    # still left out with a line of the report on so short a page: the ingest README's "still open")
    assert {"2026-11-30", "2026-12-02", "2026-12-03"} <= set(dates), dates
