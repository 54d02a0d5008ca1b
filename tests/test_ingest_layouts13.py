"""Set 13's kinds of failure (tests/fixtures/ingest_heldout13: a market ticker's clock times before
its headlines, ...), each on pages written here in other wordings and two languages or more, never
the set's own text. Each asserts what a reader sees: the items, their titles, dates and outlets. In
process (run.parse): no files, no build."""
from __future__ import annotations

import datetime as dt

from ingest_kinds import items as _items, parser

D = dt.date
CAPTURED = D(2026, 3, 9)   # a Monday
_parse = parser(CAPTURED)

_TICKER_EN = """Live business feed
Last refreshed: 9 Mar 2026, 05:10 PM GMT

04:45 PM  Steelmaker agrees rescue deal with state lender
The agreement keeps two furnaces running until a buyer is found for the plant.

02:05 p.m.  Airline reports record bookings for the summer season
Demand for flights to southern Europe rose by a fifth compared with last year.

10:20 AM  Water regulator fines three suppliers over sewage spills
The penalties total £40m and must be paid back to customers through lower bills.
"""
_TICKER_DE = """Wirtschaft im Ticker
Stand: 09.03.2026, 17:10 Uhr

16:45 Uhr  Autozulieferer streicht 900 Stellen in Sachsen
Der Konzern begründet den Abbau mit der schwachen Nachfrage nach Elektroautos.

11:30 Uhr  Neue Zugverbindung zwischen Leipzig und Prag geplant
Ab Dezember sollen täglich vier Züge direkt zwischen den beiden Städten fahren.

08:05 Uhr  Am Flughafen Halle fallen am Dienstag alle Flüge aus
Die Gewerkschaft hat das Bodenpersonal zu einem ganztägigen Warnstreik aufgerufen.
"""


def test_a_tickers_clock_time_before_a_headline_keeps_its_am_pm_or_uhr():
    """'04:45 PM  Headline', '02:05 p.m.', '16:45 Uhr': the mark after the clock
    belongs to the time, never to the title; a headline's own first word 'Am' stays."""
    titles = {t for t, _, _ in _items(_parse(_TICKER_EN))}
    assert titles == {"Steelmaker agrees rescue deal with state lender",
                      "Airline reports record bookings for the summer season",
                      "Water regulator fines three suppliers over sewage spills"}
    titles = {t for t, _, _ in _items(_parse(_TICKER_DE))}
    assert titles == {"Autozulieferer streicht 900 Stellen in Sachsen",
                      "Neue Zugverbindung zwischen Leipzig und Prag geplant",
                      "Am Flughafen Halle fallen am Dienstag alle Flüge aus"}


_ROUNDUP_EN = """Friday reading
Posted by Tom Reyes · 6 March 2026

A few things worth your time this week.

- Ferry operator cancels winter sailings to the islands — BBC News. Two vessels are out of service until the end of the month, leaving one boat for five routes.
- University staff vote to strike over pensions – The Guardian. Members backed action by four to one on a turnout above half.
- Council approves a bus lane on the coast road. The lane runs three miles between the harbour and the retail park.
"""
_ROUNDUP_FR = """Les liens du vendredi
Publié par Claire Dubois · 6 mars 2026

Quelques lectures pour le week-end.

- La SNCF supprime des trains de nuit vers les Alpes — Le Monde. La compagnie invoque le coût des rames et le manque de conducteurs cet hiver.
- Les loyers reculent pour la première fois à Lyon – Libération. Les annonces affichent une baisse de deux pour cent sur un an selon les agences.
- Un nouveau tramway pour Bordeaux en 2030. Le projet relie la gare au nord de l'agglomération en vingt minutes.
"""


def test_a_roundups_outlet_after_the_headline_before_its_full_stop_is_the_items_outlet():
    """'- Headline — Outlet. Teaser …': the outlet leaves the title and becomes the item's source,
    its sentence's full stop notwithstanding; an item naming none has no source."""
    got = {t: s for t, _, s in _items(_parse(_ROUNDUP_EN))}
    assert got == {"Ferry operator cancels winter sailings to the islands": "BBC News",
                   "University staff vote to strike over pensions": "The Guardian",
                   "Council approves a bus lane on the coast road": ""}
    got = {t: s for t, _, s in _items(_parse(_ROUNDUP_FR))}
    assert got == {"La SNCF supprime des trains de nuit vers les Alpes": "Le Monde",
                   "Les loyers reculent pour la première fois à Lyon": "Libération",
                   "Un nouveau tramway pour Bordeaux en 2030": ""}


_AGGREGATOR_EN = """Tech Digest  top | new | ask | jobs
Front page for March 8, 2026

1. Chipmaker delays its new factory in Ohio by two years (example-news.com)
96 points by rmoss 20 hours ago | hide | 41 comments
2. Browser vendors agree on a common extension format (webwire.org)
74 points by kpal 21 hours ago | hide | 28 comments
3. City bans e-scooters from the old town after complaints (citypost.net)
51 points by tlee 22 hours ago | hide | 63 comments

More
About | Rules | Contact
"""
_AGGREGATOR_DE = """Netzschau – die meistgelesenen Links
Beiträge vom 8. März 2026

1. Bundesnetzagentur versteigert neue Frequenzen für den Mobilfunk (netzpolitik.org)
212 Punkte von anna_k vor 14 Stunden | 88 Kommentare
2. Schulen in Bayern testen Tablets statt Schulbücher (br.de)
130 Punkte von jmaier vor 16 Stunden | 57 Kommentare
3. Forscher entwickeln einen Akku aus Natrium statt Lithium (heise.de)
97 Punkte von tobi vor 19 Stunden | 34 Kommentare

Weitere
Impressum | Datenschutz
"""


def test_a_numbered_list_of_headlines_over_tally_lines_is_a_list_of_items():
    """'N. Headline (site.tld)' over 'N points by user … | N comments': each headline is an item
    (its own text), titled without its site, credited to it, dated by the page's date; the tally
    lines and the page's footer are no item's text."""
    for page, day in ((_AGGREGATOR_EN, D(2026, 3, 8)), (_AGGREGATOR_DE, D(2026, 3, 8))):
        p = _parse(page)
        assert len(p.stories) == 3
        for st in p.stories:
            assert st.paras == [st.title], st.paras
            assert "(" not in st.title and st.source.count(".") == 1
            assert st.date == day
    got = [t for t, _, _ in _items(_parse(_AGGREGATOR_DE))]
    assert got == ["Bundesnetzagentur versteigert neue Frequenzen für den Mobilfunk",
                   "Schulen in Bayern testen Tablets statt Schulbücher",
                   "Forscher entwickeln einen Akku aus Natrium statt Lithium"]


def _club_page(name: str, items: list[tuple[str, str, str]], more: str) -> str:
    return f"{name}\nHome | News | Contact\n\nNews\n\n" + "".join(f"{cat} · {day}\n{t}\n{x}\n{more}\n\n" for cat, day, t, x in items)


def test_a_category_line_with_a_day_and_month_in_digits_dates_the_item_by_the_capture():
    """'Category · 07.03.' over the headline: the day and month without a year date the item (the
    year from the capture); a version number ending a sentence is no date."""
    de = _club_page("TSV Grünau 1890", [
        ("Fußball", "07.03.", "Zweite Mannschaft verliert knapp in Zwenkau", "Trotz Führung zur Pause stand es am Ende 1:2."),
        ("Verein", "02.03.", "Mitgliederversammlung wählt neuen Vorstand", "Neue Vorsitzende ist Petra Lang, die Software läuft auf Version 3.12.")],
        "weiterlesen")
    nl = _club_page("VV Oosterhout", [
        ("Voetbal", "08.03.", "Eerste elftal wint derby met 2-0", "Voor 400 toeschouwers scoorde de spits twee keer in de tweede helft."),
        ("Club", "01.03.", "Nieuwe kunstgrasvelden in gebruik genomen", "De gemeente betaalde het grootste deel van de kosten.")],
        "lees meer")
    assert [(t, d) for t, d, _ in _items(_parse(de))] == [
        ("Zweite Mannschaft verliert knapp in Zwenkau", D(2026, 3, 7)),
        ("Mitgliederversammlung wählt neuen Vorstand", D(2026, 3, 2))]
    assert [(t, d) for t, d, _ in _items(_parse(nl))] == [
        ("Eerste elftal wint derby met 2-0", D(2026, 3, 8)),
        ("Nieuwe kunstgrasvelden in gebruik genomen", D(2026, 3, 1))]


_MEDIA_EN = """Northfield University
Home > News > In the media

In the media
Coverage of our researchers in newspapers and on radio this spring.

The Guardian – 4 March 2026
Rising seas threaten the county's salt marshes
Professor Ann Hale says two thirds of the marshes could be lost by 2080 without new defences.
Read the article ↗

Harbour Valley Courier – 27 February 2026
Students build a solar boat for the summer race
The team of twelve engineering students tested the hull on the river last week.
Watch the report ↗

BBC News – 19 February 2026
Why fewer young people are learning to drive
Dr Sam Okafor's survey of 3,000 school leavers found cost was the main reason.
Read the article ↗
"""
_MEDIA_ES = """Universidad del Norte
Inicio > Prensa > La universidad en los medios

La universidad en los medios
Prensa, radio y televisión que citan a nuestro personal investigador.

El País, 05.03.2026, p. 28
La sequía deja los embalses del norte al 40 %
La hidróloga Marta Ruiz explica que las lluvias de febrero no bastaron para recuperar los acuíferos.

Radio Costa Norte, 26.02.2026, online
Un robot recoge plásticos en la playa de la ciudad
El prototipo, diseñado por estudiantes de ingeniería, se probará durante todo el verano.

La Vanguardia, 18.02.2026, p. 12
Uno de cada cinco estudiantes se salta comidas
Una encuesta a 4.000 alumnos muestra que la falta de dinero es la primera causa.
"""


def test_a_credit_line_over_a_headline_gives_that_item_its_outlet_and_date():
    """'Outlet – 4 March 2026' / 'Outlet, 05.03.2026, p. 28' above each headline: the item under
    it takes the outlet and the date, an unlisted outlet's too, never the item above; the page's
    heading and intro are no item, a read-more link with its arrow is no text."""
    assert _items(_parse(_MEDIA_EN)) == [
        ("Rising seas threaten the county's salt marshes", D(2026, 3, 4), "The Guardian"),
        ("Students build a solar boat for the summer race", D(2026, 2, 27), "Harbour Valley Courier"),
        ("Why fewer young people are learning to drive", D(2026, 2, 19), "BBC News")]
    assert all(len(s.paras) == 1 for s in _parse(_MEDIA_EN).stories)
    assert _items(_parse(_MEDIA_ES)) == [
        ("La sequía deja los embalses del norte al 40 %", D(2026, 3, 5), "El País"),
        ("Un robot recoge plásticos en la playa de la ciudad", D(2026, 2, 26), "Radio Costa Norte"),
        ("Uno de cada cinco estudiantes se salta comidas", D(2026, 2, 18), "La Vanguardia")]
