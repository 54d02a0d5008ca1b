"""Set 15's kinds of failure (tests/fixtures/ingest_heldout15: counters under each date line, a
river's time and category over each headline, ...), each on pages written here in other wordings
and two languages or more, never the set's own text. Each asserts what a reader sees: the items,
their titles and dates. In process (run.parse): no files, no build."""
from __future__ import annotations

import datetime as dt

from ingest_kinds import items, parser

D = dt.date
CAPTURED = D(2026, 3, 10)   # a Tuesday
_parse = parser(CAPTURED)


def _titles(text: str) -> list[tuple[str, dt.date | None]]:
    return [(title, date) for title, date, _ in items(_parse(text))]


_COUNTED_EN = """State News

March 10, 2026 9:05 AM

Views 3.4K

Harbour authority opens tender for the new container berth

The port authority has invited bids for a deep-water berth able to take the largest ships. Work is due to start next spring and take three years...

March 10, 2026 7:40 AM

Views 218

Rural clinics to get telemedicine kiosks by June

The health department will install video kiosks in forty village clinics so patients can see specialists without travelling. Nurses will be trained next month...

March 9, 2026 6:15 PM

Views 1.1K

Monsoon preparedness meeting held in the capital

Officials reviewed drain cleaning and flood shelters ahead of the season. District collectors were asked to file plans within two weeks...
"""

_COUNTED_IT = """Notizie regionali

10 marzo 2026 09:05

letto 2.150 volte

Il porto apre la gara per la nuova banchina container

L'autorità portuale ha pubblicato il bando per una banchina in acque profonde. I lavori dovrebbero partire la prossima primavera e durare tre anni...

10 marzo 2026 07:40

letto 318 volte

Ambulatori rurali, arrivano i totem per la telemedicina

La Regione installerà postazioni video in quaranta ambulatori di paese per consultare gli specialisti senza spostarsi...

9 marzo 2026 18:15

letto 97 volte

Piano contro le alluvioni, vertice in prefettura

I sindaci hanno esaminato la pulizia dei canali e i rifugi per le piene. I comuni dovranno presentare i piani entro due settimane...
"""


def test_a_counter_with_its_word_first_under_each_date_is_no_title():
    """'Views 3.4K', 'letto 2.150 volte' under each date line: a counter repeated down the page is
    furniture, so the headline under it is the item's title, in any language."""
    assert _titles(_COUNTED_EN) == [
        ("Harbour authority opens tender for the new container berth", D(2026, 3, 10)),
        ("Rural clinics to get telemedicine kiosks by June", D(2026, 3, 10)),
        ("Monsoon preparedness meeting held in the capital", D(2026, 3, 9))]
    assert _titles(_COUNTED_IT) == [
        ("Il porto apre la gara per la nuova banchina container", D(2026, 3, 10)),
        ("Ambulatori rurali, arrivano i totem per la telemedicina", D(2026, 3, 10)),
        ("Piano contro le alluvioni, vertice in prefettura", D(2026, 3, 9))]


_RIVER_EN = """The Valley Courier
Home  News  Sport  Business
LATEST

Tuesday 10 March

16:20 | Transport
Night buses return to the valley line from April
The operator will run hourly buses after midnight on weekends, after a two-year gap. Fares stay the same.
By Ellen Marsh

11:05 | Health
Hospital car park charges scrapped for night staff
The trust said the change follows a petition signed by more than 2,000 nurses and porters.
By Tom Hale

Monday 9 March

18:45 | Sport
Rowing club wins the county eights for the third year
The crew beat the favourites by half a length on a rough river. The next race is in May.
By Sam Ode
"""

_RIVER_DE = """Neue Tagespost
Startseite  Region  Sport
NEUESTE MELDUNGEN

Dienstag, 10. März

16:20 · Verkehr
Nachtbusse fahren ab April wieder durchs Tal
Der Betreiber setzt am Wochenende nach Mitternacht stündlich Busse ein. Die Preise bleiben gleich.
von Eva Marx

11:05 · Gesundheit
Klinik streicht Parkgebühren für das Nachtpersonal
Das Krankenhaus reagiert auf eine Petition, die mehr als 2000 Pflegekräfte unterschrieben haben.
von Tim Haller

Montag, 9. März

18:45 · Sport
Ruderclub gewinnt zum dritten Mal den Kreisachter
Die Mannschaft setzte sich auf unruhigem Wasser knapp gegen die Favoriten durch. Das nächste Rennen ist im Mai.
von Sam Ode
"""


def test_a_rivers_time_and_category_over_each_headline_is_a_label_not_the_title():
    """'16:20 | Transport', '11:05 · Gesundheit' over each headline: the category is the item's
    label, the headline under it its title, dated by the day heading above, in any language."""
    for page, want in ((_RIVER_EN, [("Night buses return to the valley line from April", D(2026, 3, 10), "Transport"),
                                    ("Hospital car park charges scrapped for night staff", D(2026, 3, 10), "Health"),
                                    ("Rowing club wins the county eights for the third year", D(2026, 3, 9), "Sport")]),
                       (_RIVER_DE, [("Nachtbusse fahren ab April wieder durchs Tal", D(2026, 3, 10), "Verkehr"),
                                    ("Klinik streicht Parkgebühren für das Nachtpersonal", D(2026, 3, 10), "Gesundheit"),
                                    ("Ruderclub gewinnt zum dritten Mal den Kreisachter", D(2026, 3, 9), "Sport")])):
        got = [(s.title, s.date, s.labels) for s in _parse(page).stories]
        assert [(t, d) for t, d, _ in got] == [(t, d) for t, d, _ in want]
        assert all(label in labels for (_, _, labels), (_, _, label) in zip(got, want))


_GLUED_EN = """Get the evening letter. It's free!

EVENING LETTER - Tuesday 10 March 2026

A second vote for the mayorFor the first time since 1990, the city council failed to elect its mayor in the first round, with four of her own party's members voting against her in a secret ballot.
  | 
Share on Facebook WhatsApp X LinkedIn

Ports brace for a long strikeDockworkers in three northern harbours will stop work from Thursday over automation plans, the union said, and no talks are planned before the weekend.
  | 
Share on Facebook WhatsApp X LinkedIn

Quote of the dayThe transport minister, asked about rail fares: "We will not change the rules every six months, passengers need to plan their journeys and the operators need to plan their timetables a year ahead."
  | 
Share on Facebook WhatsApp X LinkedIn
"""

_GLUED_DE = """Der Abendbrief. Kostenlos in Ihrem Postfach!

ABENDBRIEF - Dienstag, 10. März 2026

Zweiter Anlauf für die BürgermeisterinZum ersten Mal seit 1990 hat der Stadtrat die Bürgermeisterin nicht im ersten Wahlgang gewählt, vier Abgeordnete der eigenen Fraktion stimmten gegen sie.
  | 
Teilen auf Facebook WhatsApp X LinkedIn

Häfen stellen sich auf langen Streik einDie Hafenarbeiter in drei norddeutschen Häfen legen ab Donnerstag die Arbeit nieder, teilte die Gewerkschaft mit, Gespräche sind nicht geplant.
  | 
Teilen auf Facebook WhatsApp X LinkedIn

Der Satz des TagesDie Verkehrsministerin zu den Bahnpreisen: "Wir ändern die Regeln nicht alle sechs Monate, die Fahrgäste müssen ihre Reisen planen können und die Betreiber ihre Fahrpläne ein Jahr im Voraus."
  | 
Teilen auf Facebook WhatsApp X LinkedIn
"""


def test_headlines_glued_to_their_first_sentence_are_split_off_as_titles():
    """'A second vote for the mayorFor the first time …': an e-mail that lost the break between
    each headline and its text; the headline is the title and the text starts at its capital."""
    for page, want, firsts in ((_GLUED_EN, ["A second vote for the mayor", "Ports brace for a long strike", "Quote of the day"],
                                ["For", "Dockworkers", "The"]),
                               (_GLUED_DE, ["Zweiter Anlauf für die Bürgermeisterin", "Häfen stellen sich auf langen Streik ein",
                                            "Der Satz des Tages"], ["Zum", "Die", "Die"])):
        got = _parse(page).stories
        assert [s.title for s in got] == want
        assert [s.paras[0].split()[0] for s in got] == firsts
        assert all(s.date == D(2026, 3, 10) for s in got)


_KICKED_EN = """The Morning Tally
March 9, 2026

Good morning. Rain is back on the forecast, and so are the rate cuts.

SHIPPING
Container rates jump on canal delays
Freight rates rose 12% last week. Carriers blamed low water in the canal, which has cut the number of daily crossings to 24, and said surcharges would stay until the rains return.

RETAIL
Grocers cut prices on staples
Three chains cut prices on bread and milk. The move follows a government inquiry into margins, though analysts said the cuts were smaller than the headlines suggested.

TECH
Chipmaker delays its new plant
The factory will open a year late. The company blamed a shortage of skilled workers and higher costs for equipment, and kept its forecast for the year.

Written by Ana Ruiz. Was this email forwarded to you? Sign up here.
"""

_KICKED_ES = """El Resumen
9 de marzo de 2026

Buenos días. Vuelve la lluvia, y también las bajadas de tipos.

TRANSPORTE
Los fletes se disparan por el canal
Las tarifas subieron un 12%. Las navieras culpan al bajo nivel del agua, que ha reducido los cruces diarios a 24, y mantendrán los recargos hasta que vuelvan las lluvias.

CONSUMO
Los supermercados bajan los básicos
Tres cadenas bajan el pan y la leche. La medida llega tras una investigación del Gobierno sobre los márgenes, aunque los analistas dicen que las rebajas son pequeñas.

TECNOLOGÍA
El fabricante de chips retrasa su planta
La fábrica abrirá con un año de retraso. La empresa lo atribuye a la falta de técnicos y al coste de los equipos, y mantiene su previsión anual.

Escrito por Ana Ruiz. ¿Te han reenviado este correo? Suscríbete aquí.
"""


def test_a_caps_kicker_over_a_headline_over_its_paragraph_keeps_the_printed_headline():
    """'SHIPPING' / 'Container rates jump on canal delays' / 'Freight rates rose 12% last week. …':
    each story's printed headline is its title, though its text opens with a short sentence (a
    page of bold-lead paragraphs would take the headline for a section heading), in any language."""
    for page, want in ((_KICKED_EN, ["Container rates jump on canal delays", "Grocers cut prices on staples",
                                     "Chipmaker delays its new plant"]),
                       (_KICKED_ES, ["Los fletes se disparan por el canal", "Los supermercados bajan los básicos",
                                     "El fabricante de chips retrasa su planta"])):
        assert _titles(page) == [(w, D(2026, 3, 9)) for w in want]


_RECAP_EN = """The Evening Post
Tuesday 10 March 2026

If you were offline all day

  • Parliament passes the housing bill by eleven votes after a night of amendments
  • The central bank holds rates and hints at a cut in May
  • Snow closes two mountain passes in the north

Housing bill clears its last vote
Members approved the bill shortly after midnight, after the government accepted changes on rent controls and on the timetable for new building permits.

Snow cuts off northern valleys
Two passes were closed on Tuesday morning and the army has sent vehicles to bring supplies to three villages that have been without road access since Sunday.
"""

_RECAP_IT = """La Sera
Martedì 10 marzo 2026

Se oggi eri in riunione

  • La Camera approva il decreto casa con undici voti di scarto
  • La banca centrale lascia i tassi fermi e apre a un taglio a maggio
  • La neve chiude due passi alpini al nord

Il decreto casa supera l'ultimo voto
I deputati hanno approvato il testo poco dopo la mezzanotte, dopo che il governo ha accettato modifiche sugli affitti e sui tempi dei permessi di costruzione.

La neve isola le valli del nord
Due passi sono chiusi da martedì mattina e l'esercito ha inviato mezzi per portare rifornimenti a tre paesi isolati da domenica.
"""


def test_a_recap_of_bullets_over_an_emails_stories_is_no_item():
    """'If you were offline all day' / three bullets of one line / then the stories, each a headline
    over its text: the bullets sum the day up, the stories are the items, in any language."""
    assert _titles(_RECAP_EN) == [("Housing bill clears its last vote", D(2026, 3, 10)),
                                  ("Snow cuts off northern valleys", D(2026, 3, 10))]
    assert _titles(_RECAP_IT) == [("Il decreto casa supera l'ultimo voto", D(2026, 3, 10)),
                                  ("La neve isola le valli del nord", D(2026, 3, 10))]
