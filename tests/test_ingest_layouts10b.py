"""Set 10's remaining kinds of failure (tests/fixtures/ingest_heldout10: an aggregator's river, a link
newsletter's sponsor and promotion blocks, …), each on pages written here in other wordings and two
languages or more, never the set's own text. Each asserts what a reader sees: the items' titles,
dates, outlets and text, and no sponsor or promotion among them. In process (run.parse)."""
from __future__ import annotations

import datetime as dt

from ingest_kinds import items as _items, parser

D = dt.date
CAPTURED = D(2026, 5, 20)
_parse = parser(CAPTURED)


def _river(top: str, days, sponsor: tuple[str, str], pager: str) -> str:
    """An aggregator's river: the site's name and menu, then per day its heading and per item a time
    line, a credit line 'Author / Outlet:' and 'Headline  —  teaser' on one line; a sponsor's post
    between two items and a pager at the end."""
    out = [top, "", "Front page   Archive   About   Advertise", ""]
    for k, (day, entries) in enumerate(days):
        out += [day, ""]
        for when, credit, head, teaser in entries:
            out += [when, "", credit, f"{head}  —  {teaser}", ""]
        if k == 0:
            out += [sponsor[0], f"{sponsor[1]}  —  Book a demo this week.", ""]
    return "\n".join(out + [pager, ""])


def _assert_river(parsed, days) -> None:
    """One item per credited line: its headline the title, its teaser the text, its outlet the
    credit's, its date the time line's; nothing else is an item."""
    want = [(head, date, credit.split(" / ")[-1].rstrip(":"), teaser)
            for _, entries in days for date, credit, head, teaser in entries]
    got = [(s.title, s.date, s.source, s.paras) for s in parsed.stories]
    assert got == [(h, d, o, [t]) for h, d, o, t in want]


def test_a_rivers_credited_one_line_items_are_one_item_each_with_the_credits_outlet():
    en = [("Tuesday, May 19, 2026", [
        ("9:10 PM ET, May 19, 2026", "Lena Marsh / The Guardian:", "Chipmaker Arlen cuts its forecast as phone sales slow in China",
         "The company expects revenue to fall by a tenth in the quarter and will delay a factory in Arizona"),
        ("6:02 PM ET, May 19, 2026", "Omar Haddad / Harbour Ledger:", "Ferry operator orders six electric vessels for the Baltic routes",
         "The ships will charge in port during the forty minutes each stays at the quay, the operator says")]),
        ("Monday, May 18, 2026", [
        ("8:45 AM ET, May 18, 2026", "Rita Solberg / Reuters:", "Streaming service raises prices in Europe for the second time this year",
         "Subscribers in Germany and France will pay two euros more a month from July, with no new shows promised")])]
    p = _parse(_river("Linkriver", [(d, [(w, c, h, t) for w, c, h, t in e]) for d, e in en],
                      ("Sponsored", "Quillbyte: Invoices that file themselves"), "More headlines"))
    dates = [D(2026, 5, 19), D(2026, 5, 19), D(2026, 5, 18)]
    _assert_river(p, [(d, [(dates[k + 2 * j], c, h, t) for k, (_, c, h, t) in enumerate(e)])
                      for j, (d, e) in enumerate(en)])
    de = [("Dienstag, 19. Mai 2026", [
        ("19.05.2026, 21:10 Uhr", "Jana Krüger / Der Spiegel:", "Bahn bestellt hundert neue Fernzüge bei einem spanischen Hersteller",
         "Die ersten Züge sollen ab 2029 zwischen Hamburg und München fahren, teilte der Konzern mit"),
        ("19.05.2026, 16:40 Uhr", "Paul Brenner / Kieler Rundschau:", "Werft in Kiel erhält Auftrag für zwei Forschungsschiffe",
         "Der Bund zahlt rund dreihundert Millionen Euro, die Schiffe sollen in der Arktis eingesetzt werden")]),
        ("Montag, 18. Mai 2026", [
        ("18.05.2026, 09:30 Uhr", "Mira Hoss / Handelsblatt:", "Versicherer erhöhen Beiträge für Elektroautos deutlich",
         "Reparaturen an Batterien seien teurer als erwartet, heißt es in einer Umfrage unter zwölf Anbietern")])]
    q = _parse(_river("Nachrichtenfluss", de, ("Anzeige", "Rechnungsheld: Buchhaltung ohne Papier"), "Weitere Meldungen"))
    _assert_river(q, [(d, [(dates[k + 2 * j], c, h, t) for k, (_, c, h, t) in enumerate(e)]) for j, (d, e) in enumerate(de)])
