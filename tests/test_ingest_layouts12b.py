"""Set 12's kinds of failure, part B (tests/fixtures/ingest_heldout12: a spreadsheet pasted as
tab-separated text, a messenger group's forwarded link previews), each on pages written here in other
wordings and two languages or more, never the set's own text. Each asserts what a reader sees: the
items, their titles, dates and outlets. In process (run.parse): no files, no build."""
from __future__ import annotations

import datetime as dt

from ingest_kinds import items as _items, parser

D = dt.date
CAPTURED = D(2026, 3, 9)   # a Monday
_parse = parser(CAPTURED)


def _sheet(caption: str, header: list[str], rows: list[list[str]]) -> str:
    """A spreadsheet pasted as text: a caption row (its empty cells still tabs), the header, rows."""
    width = len(header)
    return "\n".join([caption + "\t" * (width - 1), "\t".join(header)] + ["\t".join(r) for r in rows]) + "\n"


_ROWS_DE = [
    ["09.03.", "Tagesspiegel", "Senat beschließt neue Regeln für Ferienwohnungen",
     "Wer eine Wohnung an Touristen vermietet, braucht künftig eine Registriernummer; Verstöße kosten bis zu 500.000 Euro.",
     "Wohnen, Tourismus", "ja"],
    ["vor 3 Stunden", "rbb24", "Streik legt den Flughafen BER am Dienstag lahm",
     "Die Gewerkschaft ruft das Bodenpersonal zu einem ganztägigen Ausstand auf, Hunderte Flüge fallen aus.",
     "Verkehr", "nein"],
    ["06.03.2026", "", "Berliner Wasserbetriebe erhöhen die Preise um vier Prozent",
     "Die Erhöhung gilt ab Juli und soll Investitionen in die Klärwerke und das Leitungsnetz finanzieren.",
     "Wasser, Preise", "ja"],
]
_ROWS_EN = [
    ["8/3", "The Guardian", "Ferry operator cancels winter sailings to the islands",
     "Two vessels are out of service for repairs, leaving one boat for five routes until the end of the month.",
     "Transport", "y"],
    ["2 days ago", "BBC", "Council approves a bus lane on the coast road",
     "The lane will run for three miles between the harbour and the retail park and open in the autumn.",
     "Buses, Roads", "n"],
    ["28/02/2026", "Herald", "University staff vote to strike over pensions",
     "Members backed action by a margin of four to one on a turnout of more than half of the union's members.",
     "Strikes", "y"],
]


def test_a_pasted_spreadsheet_under_a_caption_row_is_read_through_its_header_in_any_language():
    """The header names the date, outlet and text columns in words of the list, the headlines'
    column in a word that is not ('Schlagzeilentext', 'Story'): the column of phrases shorter than
    the text is the title, never the text cut short; a day and month without a year, or an age, in
    the date column is dated by the capture; the full dates decide the day/month order."""
    de = _parse(_sheet("Pressespiegel KW 10", ["Datum", "Medium", "Schlagzeilentext", "Zusammenfassung",
                                                 "Schlagwörter", "Gelesen"], _ROWS_DE))
    assert _items(de) == [
        ("Senat beschließt neue Regeln für Ferienwohnungen", D(2026, 3, 9), "Tagesspiegel"),
        ("Streik legt den Flughafen BER am Dienstag lahm", D(2026, 3, 9), "rbb24"),
        ("Berliner Wasserbetriebe erhöhen die Preise um vier Prozent", D(2026, 3, 6), "")]
    assert de.stories[0].labels == ["Wohnen", "Tourismus"]
    en = _parse(_sheet("Press cuttings - week 10", ["Date", "Outlet", "Story", "Summary", "Labels", "Read"],
                       _ROWS_EN))
    assert _items(en) == [
        ("Ferry operator cancels winter sailings to the islands", D(2026, 3, 8), "The Guardian"),
        ("Council approves a bus lane on the coast road", D(2026, 3, 7), "BBC"),
        ("University staff vote to strike over pensions", D(2026, 2, 28), "Herald")]
    assert en.stories[1].labels == ["Buses", "Roads"]


def _group(head: list[str], days: list[tuple[str, list[list[str]]]], box: str) -> str:
    """A messenger group copied from a desktop app: its name lines, then per day a divider and
    messages (each a block of lines ending on its time), then the app's message box."""
    out = head + [""]
    for divider, msgs in days:
        out += [divider, ""]
        for m in msgs:
            out += m + [""]
    return "\n".join(out + [box]) + "\n"


def test_forwarded_link_previews_in_a_group_chat_are_items_titled_and_dated_by_their_preview_and_day():
    """The preview's title (not 'Name ↪ Forwarded') is the title, its domain line the outlet (after
    the title, or before it as WhatsApp Web shows it), its description the text, the sender's
    comment left out; a weekday divider is the latest such day before the capture, 'Yesterday' /
    'Gestern' the day before; a message with no link is no item."""
    de = _group(["Nachrichten WG", "Signal · 4 Mitglieder"], [
        ("Donnerstag", [["Lena Vogt", "↪ Weitergeleitet", "https://www.tagesschau.de/inland/bahn-tarif-101.html",
                         "Bahn und GDL einigen sich auf neuen Tarifvertrag", "tagesschau.de",
                         "Die Lokführer bekommen mehr Geld und ab 2027 eine kürzere Arbeitswoche.",
                         "endlich!", "19:04"]]),
        ("Gestern", [["Jonas Vogt", "wer kommt am Samstag mit?", "20:15"],
                     ["Jonas Vogt", "↪ Weitergeleitet", "https://www.spiegel.de/wissenschaft/komet-a-123.html",
                      "spiegel.de", "Komet am Abendhimmel mit bloßem Auge sichtbar",
                      "Am besten ist er nach Sonnenuntergang im Westen zu sehen, sagen Astronomen.",
                      "heute Abend schauen?", "21:40"]])], "Nachricht schreiben")
    assert _items(_parse(de)) == [
        ("Bahn und GDL einigen sich auf neuen Tarifvertrag", D(2026, 3, 5), "tagesschau.de"),
        ("Komet am Abendhimmel mit bloßem Auge sichtbar", D(2026, 3, 8), "spiegel.de")]
    assert _parse(de).stories[0].paras == ["Die Lokführer bekommen mehr Geld und ab 2027 eine kürzere Arbeitswoche."]
    en = _group(["Book club", "Signal · 7 members"], [
        ("Saturday", [["Priya Shah", "↪ Forwarded", "https://www.theguardian.com/books/2026/mar/07/prize-shortlist",
                       "Women's prize shortlist led by three debut novels", "theguardian.com",
                       "The judges picked six books from 16 on the longlist; the winner is named in June.",
                       "two of ours!", "10:12"],
                      ["Tom Reed", "Has anyone finished the March book yet?", "10:30"]]),
        ("Today", [["Tom Reed", "↪ Forwarded", "https://www.bbc.co.uk/news/articles/library-hours",
                    "Libraries to open on Sundays across the county", "bbc.co.uk",
                    "The council said the longer hours would be paid for by closing two mobile libraries.",
                    "8:05 AM"]])], "Type a message")
    assert _items(_parse(en)) == [
        ("Women's prize shortlist led by three debut novels", D(2026, 3, 7), "theguardian.com"),
        ("Libraries to open on Sundays across the county", D(2026, 3, 9), "bbc.co.uk")]
