"""The kinds of layout the fifth held-out set showed (tests/fixtures/ingest_heldout5), on pages
written for these tests in other languages, outlets and wording than the fixtures: what a reader
of each item expects as its title, date and outlet, that page furniture is no item, and that no
item is lost or merged. All in process (run.parse): no files, no build."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from chronicle.config import load_config
from chronicle.ingest.run import make_context, parse

ROOT = Path(__file__).resolve().parent.parent
D = dt.date
CAPTURED = D(2026, 2, 12)   # a Thursday
_CTX = []


def _parse(text: str):
    if not _CTX:
        _CTX.append(make_context(load_config(ROOT / "config.yaml"), CAPTURED))
    return parse(text, _CTX[0])


def _items(p):
    return [(s.title, s.date, s.source) for s in p.stories]


def test_a_chat_export_gives_one_item_per_shared_link_dated_by_its_message():
    # iOS export in German: '[dd.mm.yy, hh:mm:ss] Name: text'; 13.02 would be impossible month-first,
    # so the order is day first; the system line, a sticker and the replies are no items
    p = _parse("[09.02.26, 07:31:02] Familie News: ‎Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt.\n"
               "[09.02.26, 07:40:15] Jonas Keller: Bundestag beschließt Mietpreisbremse bis 2029 – tagesschau.de\n"
               "https://www.tagesschau.de/inland/mietpreisbremse-verlaengert-100.html\n"
               "Kurz: Die Regel gilt in angespannten Wohnungsmärkten weiter, der Bundesrat muss noch zustimmen.\n"
               "[09.02.26, 07:44:51] Anna Keller: 👍\n"
               "[10.02.26, 18:02:40] Anna Keller: Streik legt Flughafen Hamburg lahm | NDR.de - Nachrichten - Hamburg\n"
               "https://www.ndr.de/nachrichten/hamburg/flughafen-streik-hamburg,flughafen1234.html\n"
               "Kurz: Alle Abflüge fallen aus, Verdi fordert mehr Lohn für das Bodenpersonal.\n"
               "[10.02.26, 18:05:09] Jonas Keller: danke!\n"
               "[11.02.26, 06:58:33] Jonas Keller: Bahn senkt Preise für Sparpreise im Fernverkehr - DER SPIEGEL\n"
               "https://www.spiegel.de/wirtschaft/bahn-sparpreise-a-1234.html\n"
               "Kurz: Ab März kosten die günstigsten Tickets wieder 17,99 Euro, die Bahncard bleibt teurer.\n")
    assert [(t, d) for t, d, _ in _items(p)] == [
        ("Bundestag beschließt Mietpreisbremse bis 2029", D(2026, 2, 9)),
        ("Streik legt Flughafen Hamburg lahm", D(2026, 2, 10)),
        ("Bahn senkt Preise für Sparpreise im Fernverkehr", D(2026, 2, 11))]
    assert [s.source for s in p.stories] == ["tagesschau.de", "NDR.de", "DER SPIEGEL"]
    assert p.stories[0].paras[0].startswith("Die Regel gilt")
    assert not any("danke" in para or "verschlüsselt" in para for s in p.stories for para in s.paras)


def test_a_chat_channel_dates_each_shared_link_by_its_day_divider():
    # Slack: dividers ('Tuesday, February 10th', 'Yesterday', 'Today') date the messages under them
    # against the capture day; each unfurl gives site name, title and description
    p = _parse("# energy-watch\n12 members   Topic: links for the Monday briefing\n\n"
               "Tuesday, February 10th\n\n"
               "Lena Fischer  4:02 PM\nworth a read before the board meeting\n"
               "https://www.ft.com/content/uk-grid-connection-queue\nFinancial Times\n"
               "Britain clears 400 projects from the grid connection queue\n"
               "The regulator approved a plan that lets ready projects jump ahead of speculative ones, "
               "cutting waiting times for wind and solar farms by years.\n😮 3\n\n"
               "Yesterday\n\nOmar Haddad  9:20 AM\n"
               "https://www.politico.eu/article/poland-coal-phase-out-date/\nPOLITICO\n"
               "Poland sets 2049 as the end date for coal mining\n"
               "The government and the miners' unions signed an agreement that closes the last mines in 2049, "
               "with early retirement for workers over 50.\n2 replies  Last reply today at 10:01 AM\n"
               "Lena Fischer  9:31 AM\nthat's later than Germany\n\n"
               "Today\n\nOmar Haddad  8:05 AM\n"
               "https://www.reuters.com/business/energy/norway-gas-output-record/\nReuters\n"
               "Norway's gas output hits a record in January\n"
               "Production from Norwegian fields rose 4% from a year earlier as Troll and Aasta Hansteen ran "
               "at full capacity, the petroleum directorate said.\n")
    assert _items(p) == [
        ("Britain clears 400 projects from the grid connection queue", D(2026, 2, 10), "Financial Times"),
        ("Poland sets 2049 as the end date for coal mining", D(2026, 2, 11), "POLITICO"),
        ("Norway's gas output hits a record in January", D(2026, 2, 12), "Reuters")]
    assert not any("later than Germany" in para or "replies" in para for s in p.stories for para in s.paras)


def test_a_database_table_takes_its_titles_from_the_page_name_column():
    # an Italian Notion export: 'Nome' is the page's name (the title), 'Sintesi' is no known text
    # header, 'Stato' a status; the date, outlet and labels come from their columns
    p = _parse("# Rassegna stampa — trasporti\n\n"
               "| Nome | Data | Testata | Tags | Sintesi | Stato |\n| --- | --- | --- | --- | --- | --- |\n"
               "| Sciopero dei treni venerdì in tutta Italia | 4 febbraio 2026 | Corriere della Sera | Treni, Sciopero | "
               "I sindacati di base hanno proclamato 24 ore di stop dalle 21 di giovedì, con fasce di garanzia per i pendolari. | Letto |\n"
               "| Ponte sullo Stretto, via libera al progetto esecutivo | 6 febbraio 2026 | Il Sole 24 Ore | Infrastrutture | "
               "Il comitato interministeriale ha approvato il progetto, ma i lavori dipendono ancora dalla Corte dei conti. | Da leggere |\n"
               "| Autostrade, pedaggi bloccati fino a giugno | 9 febbraio 2026 | la Repubblica | Autostrade, Pedaggi | "
               "Il governo e i concessionari hanno firmato l'accordo che rinvia gli aumenti previsti a gennaio. | Letto |\n")
    assert _items(p) == [("Sciopero dei treni venerdì in tutta Italia", D(2026, 2, 4), "Corriere della Sera"),
                         ("Ponte sullo Stretto, via libera al progetto esecutivo", D(2026, 2, 6), "Il Sole 24 Ore"),
                         ("Autostrade, pedaggi bloccati fino a giugno", D(2026, 2, 9), "la Repubblica")]
    assert p.stories[0].labels == ["Treni", "Sciopero"]
    assert p.stories[1].paras[0].startswith("Il comitato interministeriale")


def test_a_ticker_time_or_label_glued_to_a_headline_is_not_part_of_its_title():
    # an Italian ticker: the time after the headline with 'alle' or bare, the teaser on the next
    # line; a label glued to the first word ('UrgenteSciopero')
    p = _parse("Ultime notizie\n\n"
               "UrgenteSciopero dei medici, a rischio 30mila interventi alle 9:05\n"
               "I sindacati confermano la protesta contro la manovra: garantite solo le urgenze e i reparti di oncologia.\n\n"
               "Legge elettorale, la maggioranza deposita il testo in Senato 11:42\n"
               "Il nuovo sistema prevede un premio di governabilità per la coalizione che supera il 40 per cento dei voti.\n\n"
               "Maltempo in Liguria, chiuse le scuole a Genova e Savona alle 13:10\n"
               "La protezione civile ha diramato l'allerta rossa per piogge intense fino alla mezzanotte di domani.\n")
    assert [s.title for s in p.stories] == ["Sciopero dei medici, a rischio 30mila interventi",
                                            "Legge elettorale, la maggioranza deposita il testo in Senato",
                                            "Maltempo in Liguria, chiuse le scuole a Genova e Savona"]
    assert [s.date for s in p.stories] == [None, None, None]   # times of day are no dates
