"""Digests in layouts the seed readers do not know (tests/fixtures/ingest/layouts/): every item
found on its own, with the title, date, outlet and tags a reader would expect, pinned."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from chronicle.source import frontmatter
from chronicle.config import load_config
from chronicle.ingest import ingest_files

ROOT = Path(__file__).resolve().parent.parent
LAYOUTS = ROOT / "tests" / "fixtures" / "ingest" / "layouts"
D = dt.date

# file -> [(title, date, source, tags that must be among the article's)]
EXPECTED = {
    "ticker.txt": [   # stamp lines above titles: none is a title, none makes a later item a 'duplicate'
        ("Grid operator warns of winter shortfall in the north", D(2025, 3, 10), None, {"electricity"}),
        ("Offshore wind auction draws record bids", D(2025, 3, 10), None, {"wind-power"}),
        ("Regulator approves higher gas network charges", D(2025, 3, 7), None, set()),
    ],
    "teaser_outlet.txt": [
        ("Measles Outbreak Forces Hospitals to Delay Surgery", None, "The Boston Globe", {"public-health"}),
        ("Long Commutes Take a Toll on Heart Health, Researchers Find", None, "NPR", {"health"}),
        ("Insulin Makers Agree to Price Cap for Uninsured Patients", None, "Reuters", {"health"}),
    ],
    "bold_lead_de.txt": [
        ("Bundestag beschließt Heizungsgesetz", None, None, set()),
        ("Streik legt Flughäfen lahm", None, None, {"jobs"}),
        ("Inflation sinkt auf 2,2 Prozent", None, None, {"inflation", "germany"}),
    ],
    "date_headings_fr.txt": [
        ("La France relance son programme nucléaire avec six nouveaux réacteurs", D(2025, 3, 3), None,
         {"france", "nuclear-power"}),
        ("Grève dans les transports : trafic perturbé à Paris", D(2025, 3, 3), None, {"transport"}),
        ("Élections municipales : la gauche s'unit à Marseille", D(2025, 3, 2), None, {"elections", "marseille"}),
    ],
    "live_it.txt": [   # untitled entries under a date: titles derived, dates from the page
        ("Il Senato approva il decreto sulle bollette con 98 voti favorevoli", D(2025, 3, 12), None, set()),
        ("La premier Meloni incontra i sindacati a Palazzo Chigi sul rinnovo dei contratti pubblici",
         D(2025, 3, 12), None, {"giorgia-meloni"}),
        ("L'Istat: la disoccupazione scende al 6,1 per cento a gennaio", D(2025, 3, 12), None, {"jobs"}),
    ],
    "table.txt": [
        ("UK councils warn of bankruptcy wave as social care costs rise", D(2025, 3, 14), "The Guardian",
         {"local-government"}),
        ("Bank of England holds rates as inflation stays sticky", D(2025, 3, 13), "Financial Times", {"central-banks"}),
        ("Scotland sets out plan for new ferries after years of delays", D(2025, 3, 12), "BBC", {"scotland"}),
    ],
    "delimited_es.txt": [
        ("El Gobierno aprueba la reducción de la jornada laboral a 37,5 horas", D(2025, 3, 3), "El País", set()),
        ("La sequía obliga a restringir el riego en Andalucía", D(2025, 3, 2), "El Mundo", {"drought", "andalucia"}),
        ("El Ibex 35 cierra su mejor mes desde 2022", D(2025, 3, 1), "Expansión", set()),
    ],
    "wire.txt": [
        ("Oil steadies as traders weigh OPEC supply plans", None, "Reuters", {"oil", "opec"}),
        ("Copper hits record on Chinese demand", None, "Bloomberg", {"china"}),
    ],
    "relative.txt": [   # 'captured:' first line resolves '3 hours 10 min ago' and '2 days ago'
        ("Arctic sea ice hits record winter low", D(2025, 3, 20), None, set()),
        ("EU sets 90% emissions cut target for 2040", D(2025, 3, 18), None, {"emissions", "european-union"}),
    ],
    "feed.xml": [
        ("Oil prices climb after OPEC cuts output", D(2025, 3, 4), "Energy Wire", {"oil", "opec", "energy"}),
        ("Germany extends coal phase-out deadline", D(2025, 3, 3), "Energy Wire", {"germany", "coal"}),
    ],
    "feed.json": [
        ("WHO warns of measles surge in Europe", D(2025, 2, 13), "Health Daily", {"who", "health"}),
        ("Italy approves new hospital funding", D(2025, 2, 12), "Health Daily", {"italy"}),
    ],
    "list.csv": [
        ("Spain raises minimum wage, again", D(2025, 3, 4), "Reuters", {"spain"}),
        ("France bans smoking on beaches", D(2025, 2, 28), "AFP", {"smoking", "france"}),
    ],
    "page.html": [
        ("Glaciers in the Alps lost 5% of their ice in 2024", D(2025, 3, 4), None, {"switzerland"}),
        ("EU agrees 2040 emissions target", D(2025, 3, 4), None, {"european-union", "emissions"}),
    ],
    "markdown.md": [
        ("NATO agrees new air defence plan for the Baltic states", None, None, {"nato", "estonia"}),
        ("Finland opens new border crossing checks", None, None, {"finland"}),
    ],
}


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    out = tmp_path_factory.mktemp("layouts")
    report = ingest_files(sorted(LAYOUTS.iterdir()), out, load_config(ROOT / "config.yaml"))
    assert report.errors == ()
    arts: dict[str, list[dict]] = {}
    for p in sorted(out.glob("*.md")):
        yaml_text, line, body, _ = frontmatter.split(p.read_text(encoding="utf-8"), str(p))
        fields, errors = frontmatter.parse_fields(yaml_text, line, str(p))
        assert not errors
        fields["body"] = body
        arts.setdefault(fields["imported_from"], []).append(fields)
    return arts, report


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_layout_items_pinned(imported, name):
    arts, _ = imported
    got = {a["title"]: a for a in arts.get(name, [])}
    assert sorted(got) == sorted(t for t, _, _, _ in EXPECTED[name])
    for title, date, source, tags in EXPECTED[name]:
        a = got[title]
        assert a.get("date") == date, title
        assert a.get("source") == source, title
        assert tags <= set(a.get("tags", ())), (title, a.get("tags"))
        assert len(a.get("tags", ())) <= 6


def test_furniture_is_dropped_and_reported(imported):
    arts, report = imported
    bodies = " ".join(a["body"] for a in arts["ticker.txt"] + arts["bold_lead_de.txt"])
    for junk in ("External Link", "Report an Error", "Posted on", "Lesezeit", "Von Julia Weber", "Zur Nachricht"):
        assert junk not in bodies
    text = "\n".join(report.lines())
    assert "dropped as page furniture: line 3 'Posted on'" in text


def test_every_automatic_tag_has_evidence_in_the_report(imported):
    _, report = imported
    text = "\n".join(report.lines())
    assert "tags: oil ('Oil')" in text and "opec ('OPEC')" in text


def test_summary_never_repeats_the_title(imported):
    arts, _ = imported
    for a in (a for group in arts.values() for a in group):
        assert a.get("summary", "").strip(" .").lower() != a["title"].strip(" .").lower()


def _parse(text: str):
    from chronicle.ingest import parse
    from chronicle.ingest.run import make_context
    return parse(text, make_context(load_config(ROOT / "config.yaml"), None))


def test_bullets_pasted_on_one_line_are_items_each():
    p = _parse("Briefing\n\n• Spain raises its minimum wage by 4.4% from April, the labour ministry said on Tuesday. "
               "• Portugal's parliament approves the budget after weeks of talks with the opposition parties. "
               "• Italy's statistics office reports unemployment at its lowest level since 2007.\n")
    assert [s.paras[0][:12] for s in p.stories] == ["Spain raises", "Portugal's p", "Italy's stat"]


def test_a_headline_alone_between_items_is_an_item_not_a_heading():
    p = _parse("Energy news\n\nGrid operator warns of winter shortfall\nReserve margins could fall below safety "
               "levels in February, the operator said.\n\nOffshore wind auction opens\n\nRegulator approves higher "
               "gas network charges\nHouseholds will pay about 40 pounds more a year from April, the regulator said.\n")
    assert [s.title for s in p.stories] == ["Grid operator warns of winter shortfall", "Offshore wind auction opens",
                                             "Regulator approves higher gas network charges"]
    assert any("page or section headings: line 1 'Energy news'" in n for n in p.notes)


def test_seed_layout_variants_get_outlets_and_datelines():
    p = _parse("Ceasefire talks resume in Geneva\nKYIV, March 4, 2025 — Negotiators from both sides returned to "
               "Geneva on Monday for a third round of talks on a ceasefire, diplomats said. (Reuters)\nRead More\n"
               "Grain corridor reopens\nShips carrying grain left Odesa on Tuesday after the corridor reopened "
               "following a week of attacks on the port, officials said. (Associated Press)\nRead More\n")
    assert p.layout == "summary-list"
    assert [(s.title, s.date, s.source) for s in p.stories] == [
        ("Ceasefire talks resume in Geneva", dt.date(2025, 3, 4), "Reuters"),
        ("Grain corridor reopens", None, "Associated Press")]
    assert not any(s.paras[-1].endswith(")") for s in p.stories)


def test_tag_page_variant_with_date_lines():
    body = ("The foreign ministers met in Brussels on Tuesday to agree on a new package of sanctions, officials said, "
            "after weeks of negotiations over the wording of the text and the companies to be targeted. ") * 2
    p = _parse(f"Tag - Sanctions\n\nEU agrees new sanctions package\nMarch 4, 2025\n{body}\nSanctions\nEurope\n\n"
               f"UK follows with its own list\nMarch 5, 2025\n{body}\nSanctions\n")
    assert p.layout == "tag-page"
    assert [(s.title, s.date, s.labels) for s in p.stories] == [
        ("EU agrees new sanctions package", dt.date(2025, 3, 4), ["Sanctions", "Europe"]),
        ("UK follows with its own list", dt.date(2025, 3, 5), ["Sanctions"])]
