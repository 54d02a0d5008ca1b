"""A news page's cards copied whole (pages written here): each card prints a picture's caption, its
headline, its teaser, a source line, its date, then its categories as a row of bullets, and a
blank line before the next card. The caption is furniture, the date and categories are the card's
own (not the next card's), the short name over the date is its source, and the bullets are
labels, not items of one line."""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page

_DAY = dt.date(2026, 3, 20)

_CARDS_EN = ("Tenants' Alliance of Ontario\n"
             "Donate   Members   Contact\n\n"
             "Latest news\n\n"
             "A row of townhouses under construction\n"
             "City council approves 1,200 affordable homes on the old rail yards\n"
             "Councillors voted 18 to 6 for the plan after a four-hour debate on parking and green space.\n"
             "Toronto chapter\n"
             "18 March 2026\n"
             "• Housing  • Local politics\n\n"
             "Tenants holding placards outside a courthouse\n"
             "Landlord board rules against above-guideline rent increase in 40-unit building\n"
             "The board found the owner had not shown that the repairs were more than ordinary upkeep.\n"
             "Hamilton Tenants Union\n"
             "16 March 2026\n"
             "• Rent  • Courts\n\n"
             "An empty office tower at dusk\n"
             "Province offers grants to turn empty office towers into rental flats\n"
             "Owners can claim up to 60,000 dollars a unit if a third of the flats rent below market rates.\n"
             "12 March 2026\n"
             "• Housing\n\n"
             "Volunteers at a folding table with leaflets\n"
             "Winter eviction ban ends next month, and advocates ask for an extension\n"
             "The group says 3,000 households have cases waiting and shelters are already full.\n"
             "Ottawa chapter\n"
             "9 March 2026\n"
             "• Evictions  • Campaigns\n\n"
             "‹ Newer   1   2   3   Older ›\n")

_CARDS_DE = ("Mieterverein Leipzig\n\n"
             "Aktuelles\n\n"
             "Baukräne über einem Neubaugebiet\n"
             "Stadtrat beschließt 800 neue Sozialwohnungen im Leipziger Osten\n"
             "Die Mehrheit stimmte nach langer Debatte für den Bebauungsplan am ehemaligen Güterbahnhof.\n"
             "Redaktion\n"
             "17.03.2026\n"
             "· Wohnen  · Stadtrat\n\n"
             "Ein Stapel Briefe auf einem Küchentisch\n"
             "Nebenkostenabrechnungen: Verein findet Fehler in jeder dritten Abrechnung\n"
             "Die Berater prüften im vergangenen Jahr mehr als 2.000 Abrechnungen von Mitgliedern.\n"
             "15.03.2026\n"
             "· Nebenkosten\n\n"
             "Ein Mann vor einem Wohnblock mit Fernwärmerohren\n"
             "Fernwärme wird im April um neun Prozent teurer, kündigen die Stadtwerke an\n"
             "Der Verein rät Mietern, die höheren Abschläge erst nach der nächsten Abrechnung zu zahlen.\n"
             "Beratung\n"
             "11.03.2026\n"
             "· Energie  · Heizkosten\n")


def _stories(text: str):
    return read_page(text, _DAY).stories


def test_a_cards_date_and_categories_are_its_own_and_its_caption_no_title():
    got = {s.title: s for s in _stories(_CARDS_EN)}
    assert list(got) == [
        "City council approves 1,200 affordable homes on the old rail yards",
        "Landlord board rules against above-guideline rent increase in 40-unit building",
        "Province offers grants to turn empty office towers into rental flats",
        "Winter eviction ban ends next month, and advocates ask for an extension"], list(got)
    dates = [s.date for s in got.values()]
    assert dates == [dt.date(2026, 3, 18), dt.date(2026, 3, 16), dt.date(2026, 3, 12), dt.date(2026, 3, 9)]
    assert got["Landlord board rules against above-guideline rent increase in 40-unit building"].labels == ["Rent", "Courts"]
    assert got["Province offers grants to turn empty office towers into rental flats"].labels == ["Housing"]
    # the short name between a card's teaser and its date is who posted it
    assert [s.source for s in got.values()] == ["Toronto chapter", "Hamilton Tenants Union", "", "Ottawa chapter"]


def test_cards_in_german_with_middle_dots():
    got = {s.title: s for s in _stories(_CARDS_DE)}
    assert len(got) == 3 and all(not t.startswith(("Baukräne", "Ein ")) for t in got), list(got)
    assert [s.date for s in got.values()] == [dt.date(2026, 3, 17), dt.date(2026, 3, 15), dt.date(2026, 3, 11)]
    assert got["Nebenkostenabrechnungen: Verein findet Fehler in jeder dritten Abrechnung"].labels == ["Nebenkosten"]
    assert [s.source for s in got.values()] == ["Redaktion", "", "Beratung"]


def test_a_list_after_a_date_that_runs_into_text_is_the_items_text():
    # bullets under a date line that the item's text goes on after: points of the item, not labels
    page = ("Council meeting notes\n\n"
            "Budget vote delayed by a week\n"
            "The finance committee asked for more time.\n"
            "12 March 2026\n"
            "• Roads\n"
            "• Schools\n"
            "The committee will meet again on Thursday to agree the road and school budgets.\n\n"
            "Library opening hours extended\n"
            "The central library will open until 9 pm on weekdays from April.\n"
            "10 March 2026\n"
            "• Evenings\n"
            "• Weekends\n"
            "Staff from two branches will move to the central library to cover the hours.\n")
    stories = _stories(page)
    assert all(not s.labels for s in stories), [(s.title, s.labels) for s in stories]


_SECTION_PAGE = ("Skip to main content\n"
                 "THE NORTHERN LEDGER\n"
                 "Home   News   Business   Sport   Opinion\n"
                 "Subscribe   Sign in\n\n"
                 "Home  /  News  /  Health\n\n"
                 "Health stories\n\n"
                 "Clinic waiting times fall for the first time in three years\n"
                 "The regional board said extra evening sessions cut the average wait to 19 days.\n"
                 "18 March 2026\n\n"
                 "Two rural pharmacies to close as owners retire\n"
                 "Residents will have to travel 30 kilometres for prescriptions from May.\n"
                 "17 March 2026\n\n"
                 "New mobile unit brings screenings to island communities\n"
                 "The bus will visit six islands a month, the board announced on Tuesday.\n"
                 "16 March 2026\n")


def test_a_section_pages_own_heading_tags_its_items(tmp_path):
    """A section page copied whole: its masthead and menus first, then its own heading over its
    items ('Health stories'): every item is read under that section's topic."""
    from chronicle.config import load_config
    from chronicle.ingest import ingest_files
    from chronicle.source import frontmatter
    from pathlib import Path
    raw = tmp_path / "2026-03-20-section.txt"
    raw.write_text(_SECTION_PAGE, encoding="utf-8")
    report = ingest_files([raw], tmp_path / "out", load_config(Path(__file__).resolve().parent.parent / "config.yaml"))
    assert not report.errors
    tags = {}
    for p in sorted((tmp_path / "out").glob("*.md")):
        yaml_text, line, _, _ = frontmatter.split(p.read_text(encoding="utf-8"), str(p))
        fields = frontmatter.parse_fields(yaml_text, line, str(p))[0]
        tags[fields["title"]] = {str(t).lower() for t in fields.get("tags") or ()}
    assert len(tags) == 3 and all("health" in t for t in tags.values()), tags
