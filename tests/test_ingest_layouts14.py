"""Set 14's kinds of failure (tests/fixtures/ingest_heldout14: untitled paragraphs under date
headings, one-sentence lines under section headings, ...), each on pages written here in other
wordings and two languages or more, never the set's own text. Each asserts what a reader sees:
the items, their text, titles, dates and outlets. In process (run.parse): no files, no build."""
from __future__ import annotations

import datetime as dt

from ingest_kinds import parser

D = dt.date
CAPTURED = D(2026, 3, 10)   # a Tuesday
_parse = parser(CAPTURED)


def _stories(text: str):
    p = _parse(text)
    return p.read_all() if p.items else p.stories


def _firsts(text: str) -> list[tuple[str, dt.date | None]]:
    """(first words of the text, date) of each story."""
    return [(" ".join(" ".join(s.paras).split()[:4]), s.date) for s in _stories(text)]


_CORRECTIONS_EN = """The Harbour Gazette
Home | News | Sport | Opinion

Corrections
Our readers' editor answers for the paper's accuracy. Write to corrections@example.org.

Monday 9 March 2026

A report on the ferry strike (Sailings cut as crews walk out, 7 March, page 4) said the union has 800 members at the port. It has 640.

An interview with the city's chief planner gave her title as director of housing. She is director of planning and regeneration, and has been since January.

Also corrected online:
Ferry crews vote to strike over rotas

Friday 6 March 2026

A graphic on school budgets (5 March, page 12) added the figures for two years together. The spending per pupil rose by 3 per cent, not 6.

An obituary of the boatbuilder Ann Kerr said she was born in Leith. She was born in Musselburgh and moved to Leith as a child.
"""

_CORRECTIONS_FR = """Le Courrier de l'Ouest
Accueil | Actualité | Sports

Rectificatifs
La rédaction corrige ses erreurs. Écrivez-nous à lecteurs@example.org.

Lundi 9 mars 2026

Dans notre article sur la grève des dockers (Le port tourne au ralenti, 7 mars), nous avons écrit que le mouvement durait depuis dix jours. Il a commencé le 3 mars.

Le portrait de la nouvelle directrice de l'hôpital donnait son nom comme Claire Martin. Elle s'appelle Claire Marin et dirigeait auparavant le centre de Cholet.

Samedi 7 mars 2026

Une légende de photo sur la fête du port (6 mars) situait le concert place Viarme. Il a eu lieu sur le quai de la Fosse, devant plusieurs milliers de personnes.
"""


def test_untitled_paragraphs_under_a_date_heading_are_one_item_each():
    """A corrections column: a day alone on a line, then one paragraph per correction with no
    headline; each paragraph is an item dated by the heading above it, the headlines in its
    parentheses are not its date, and a list of links under the day is no item's text."""
    got = _firsts(_CORRECTIONS_EN)
    assert got == [("A report on the", D(2026, 3, 9)), ("An interview with the", D(2026, 3, 9)),
                   ("A graphic on school", D(2026, 3, 6)), ("An obituary of the", D(2026, 3, 6))]
    assert not any("Ferry crews vote" in p for s in _stories(_CORRECTIONS_EN) for p in s.paras)
    assert _firsts(_CORRECTIONS_FR) == [("Dans notre article sur", D(2026, 3, 9)), ("Le portrait de la", D(2026, 3, 9)),
                                        ("Une légende de photo", D(2026, 3, 7))]


_BRIEFING_EN = """Morning briefing for the newsroom 10 March 2026
Here are today's main stories in one line each, ready to read out.
Local news this morning
The council approved a new cycle lane on the ring road after a two-year consultation with residents.
Police closed the old bridge overnight after engineers found cracks in two of its supports.
World news this morning
Voters in Portugal go to the polls on Sunday in the third general election in four years.
Talks between the two airlines on a merger broke down without agreement late on Monday.
Share this page
"""

_BRIEFING_ES = """Resumen de la mañana, 10 de marzo de 2026
Noticias nacionales
El Gobierno aprobó ayer una rebaja del precio del abono de transporte para los menores de treinta años.
La Agencia Estatal de Meteorología avisa de lluvias fuertes en el litoral mediterráneo hasta el jueves.
Noticias internacionales
Los ministros de Agricultura de la Unión Europea se reúnen en Bruselas para hablar de los aranceles.
Un terremoto de magnitud cinco sacudió la costa de Chile sin causar daños ni heridos.
"""


def test_one_sentence_lines_under_headings_worded_alike_are_one_item_each():
    """'Local news this morning' / 'World news this morning', 'Noticias nacionales' / 'Noticias
    internacionales': headings sharing a word over one-sentence lines with no blank lines are
    sections, and each line under them is an item of its own, dated by the page's date."""
    got = _firsts(_BRIEFING_EN)
    assert got == [("The council approved a", D(2026, 3, 10)), ("Police closed the old", D(2026, 3, 10)),
                   ("Voters in Portugal go", D(2026, 3, 10)), ("Talks between the two", D(2026, 3, 10))]
    assert _firsts(_BRIEFING_ES) == [("El Gobierno aprobó ayer", D(2026, 3, 10)), ("La Agencia Estatal de", D(2026, 3, 10)),
                                     ("Los ministros de Agricultura", D(2026, 3, 10)), ("Un terremoto de magnitud", D(2026, 3, 10))]


def _sourced(text: str) -> list[tuple[str, dt.date | None, str]]:
    return [(s.title, s.date, s.source) for s in _stories(text)]


_AGGREGATOR_FR = """PRESSE DU MONDE
La presse internationale en un coup d'œil

Presse anglophone
Trier : les plus récents

reuters.com · il y a 3 heures
Dockworkers in Rotterdam begin a 48-hour strike over automation
The union says the new cranes will cost about 400 jobs over the next two years.
Traduire · Enregistrer · Partager

nzherald.co.nz · hier, 22:14
Auckland council delays the vote on its new water charges
Councillors asked for more detail on how the charges would fall on renters.
Traduire · Enregistrer · Partager

straitstimes.com · 07.03.2026
Singapore opens its first floating solar farm for homes
The panels on a reservoir in the west will supply about 15,000 flats.
Traduire · Enregistrer · Partager

Charger plus d'articles
"""

_AGGREGATOR_ES = """PRENSA MUNDIAL
Titulares internacionales

elpais.com · ayer, 21:05
Spanish airports expect a record Easter for foreign arrivals
Aena forecasts more than seven million passengers in the holiday week.
Traducir · Guardar · Compartir

theage.com.au · 06.03.2026
Melbourne trams to run all night on weekends from July
The state government says the trial will last a year before a decision.
Traducir · Guardar · Compartir

irishtimes.com · hace 5 horas
Dublin port handles record tonnage despite the winter storms
Freight volumes rose by six per cent, the port company said.
Traducir · Guardar · Compartir
"""


def test_a_domain_and_its_age_or_date_above_each_headline_name_the_items_outlet():
    """'site.com · hier, 22:14', 'site.com · 07.03.2026', 'site.com · il y a 3 heures' above each
    headline: the domain is the item's outlet (as printed), the rest its date (a day and a clock
    time, a date, an age), whatever the page's language; the action bar under each item is no item."""
    assert _sourced(_AGGREGATOR_FR) == [
        ("Dockworkers in Rotterdam begin a 48-hour strike over automation", D(2026, 3, 10), "reuters.com"),
        ("Auckland council delays the vote on its new water charges", D(2026, 3, 9), "nzherald.co.nz"),
        ("Singapore opens its first floating solar farm for homes", D(2026, 3, 7), "straitstimes.com")]
    assert _sourced(_AGGREGATOR_ES) == [
        ("Spanish airports expect a record Easter for foreign arrivals", D(2026, 3, 9), "elpais.com"),
        ("Melbourne trams to run all night on weekends from July", D(2026, 3, 6), "theage.com.au"),
        ("Dublin port handles record tonnage despite the winter storms", D(2026, 3, 10), "irishtimes.com")]


_BRIEFS_ES = """LOGÍSTICA AL DÍA
Breves del sector

Publicado el 09/03 a las 17:42 | Ferrocarril
Adif licita la renovación de la vía entre Zaragoza y Huesca
Las obras durarán dos años y permitirán trenes de mercancías más largos en todo el corredor.

Publicado el 06/03 a las 09:15 | Puertos
El puerto de Valencia bate su récord de contenedores en febrero
El tráfico creció un ocho por ciento gracias a las nuevas líneas con el norte de África.
"""

_BRIEFS_DE = """Logistik kompakt
Kurzmeldungen aus der Branche

Veröffentlicht am 09.03. um 16:05 Uhr | Schiene
Güterbahn bestellt 40 neue Lokomotiven für den Alpentransit
Die ersten Maschinen sollen im Herbst ausgeliefert werden und ältere Modelle ersetzen.

Veröffentlicht am 05.03. um 11:20 Uhr | Lager
Kühlhaus bei Leipzig nimmt den Betrieb auf
Das Lager bietet Platz für 30.000 Paletten und beschäftigt rund 120 Menschen.
"""


def test_a_day_and_month_without_a_year_over_each_brief_dates_it_and_its_rubric_is_a_label():
    """'Publicado el 09/03 a las 17:42 | Ferrocarril', 'Veröffentlicht am 09.03. um 16:05 Uhr |
    Schiene': the item's date in the capture's year (day first, as the language writes it) and
    its rubric a label, never an item of its own."""
    got = [(s.title, s.date, s.labels) for s in _stories(_BRIEFS_ES)]
    assert got == [("Adif licita la renovación de la vía entre Zaragoza y Huesca", D(2026, 3, 9), ["Ferrocarril"]),
                   ("El puerto de Valencia bate su récord de contenedores en febrero", D(2026, 3, 6), ["Puertos"])]
    got = [(s.title, s.date, s.labels) for s in _stories(_BRIEFS_DE)]
    assert got == [("Güterbahn bestellt 40 neue Lokomotiven für den Alpentransit", D(2026, 3, 9), ["Schiene"]),
                   ("Kühlhaus bei Leipzig nimmt den Betrieb auf", D(2026, 3, 5), ["Lager"])]


_CAPTION_PT = """portaldolitoral
Seguir

portaldoitoral 📰 DESTAQUES DESTA TERÇA (10/03) 📰

Confira as principais notícias do litoral 👇

🔸 Prefeitura de Santos anuncia reforma do mercado municipal
A obra deve durar oito meses e o mercado seguirá aberto durante os trabalhos.

🔸 Festival de cinema de Ubatuba começa em 18 de março
A programação tem quarenta filmes e sessões gratuitas na praça central.

🔸 Balsa entre Santos e Guarujá terá horário ampliado
As travessias passam a funcionar a cada vinte minutos também de madrugada.
"""

_CAPTION_IT = """notizie.dalvalle
Segui

notizie.dalvalle 📌 I TITOLI DI OGGI (10/03) 📌

Ecco cosa succede in valle oggi 👇

🔹 Aosta, il nuovo ospedale apre le prime sale operatorie
Il trasferimento dei reparti sarà completato entro l'estate secondo la Regione.

🔹 Courmayeur, la funivia riparte dopo la manutenzione
Gli impianti tornano aperti dal fine settimana con nuovi orari per gli sciatori.

🔹 Al via la stagione del teatro di Saint-Vincent il 21 marzo
In programma dodici spettacoli, con biglietti ridotti per gli studenti.
"""


def test_a_day_in_brackets_in_the_captions_heading_dates_its_items_and_a_later_day_is_the_headlines():
    """'DESTAQUES DESTA TERÇA (10/03)', 'I TITOLI DI OGGI (10/03)': the page's date for every item
    under it; a day after the capture in a headline ('começa em 18 de março') is the event's: the
    title keeps it whole and the item is not dated by it (nor pushed back a year)."""
    for page, event in ((_CAPTION_PT, "Festival de cinema de Ubatuba começa em 18 de março"),
                        (_CAPTION_IT, "Al via la stagione del teatro di Saint-Vincent il 21 marzo")):
        got = [(s.title, s.date) for s in _stories(page)][:3]
        assert [d for _, d in got] == [D(2026, 3, 10)] * 3
        assert event in [t for t, _ in got]


_DISCORD_EN = """# local-press
Share local stories here, one link per message please.

sam.k — 03/07/2026 7:12 PM
finally some good news for commuters
https://www.harbourtimes.example/2026/03/07/ferry-timetable
Harbour Times
Ferry service to add three evening sailings from April
The operator says the extra crossings will run on weekdays and cost no more than the daytime fares.
👍
5

rita_m — Yesterday at 10:05 PM
https://wharfweekly.substack.com/p/pier-repairs
Wharf Weekly
Old pier to close for six months of repairs
Engineers found rust in a third of the supports, and the council will pay for the work from its reserves. (edited)
🔥
2
does anyone have the link to the council papers?
NEW
leo — Today at 8:30 AM
https://www.coastradio.example/news/2026-03-10/school-roof
Coast Radio
Primary school roof to be replaced over the summer
Pupils will stay in the building while scaffolding goes up, the head teacher told parents on Monday.
https://www.baybytes.example/2026/03/09/broadband
Bay Bytes
Fibre broadband reaches the last villages on the peninsula
The network company says every home on the coast can now order speeds of a gigabit.
👀
1

Message #local-press
"""

_DISCORD_FR = """# revue-locale
Vos liens vers la presse locale.

claire_b — 07/03/2026 19:12
enfin une bonne nouvelle
https://www.echodelarade.example/2026/03/07/bac-horaires
L'Écho de la Rade
Le bac entre les deux rives passera toutes les vingt minutes
La métropole finance trois bateaux de plus, en service dès le mois d'avril pour les travailleurs du port.
👍
3

yann — Hier à 22:05
https://www.radiocotes.example/infos/2026-03-09/digue
Radio Côtes
La digue du port sera renforcée avant l'hiver prochain
Les travaux commenceront en septembre et coûteront quatre millions d'euros à la commune. (modifié)
🔥
2
quelqu'un a le lien vers la délibération ?
NOUVEAU
maelle — Aujourd'hui à 08:30
https://www.lequotidien.example/2026/03/10/college-toiture
Le Quotidien du Littoral
Le collège Jean-Moulin aura un nouveau toit cet été
Les élèves resteront dans les locaux pendant le chantier, a précisé la principale lundi soir.
"""


def test_a_discord_channels_messages_are_dated_by_their_headers_and_named_by_their_embeds():
    """'user — 03/07/2026 7:12 PM' / 'user — Yesterday at 10:05 PM' / 'user — Hier à 22:05' /
    'user — Aujourd'hui à 08:30' over each message: its day (month first beside a 12-hour clock);
    the embed under the link gives the outlet and the headline; a second link after an embed is
    the next message; a question after the reactions and the app's lines are no items."""
    assert _sourced(_DISCORD_EN) == [
        ("Ferry service to add three evening sailings from April", D(2026, 3, 7), "Harbour Times"),
        ("Old pier to close for six months of repairs", D(2026, 3, 9), "Wharf Weekly"),
        ("Primary school roof to be replaced over the summer", D(2026, 3, 10), "Coast Radio"),
        ("Fibre broadband reaches the last villages on the peninsula", D(2026, 3, 10), "Bay Bytes")]
    assert not any("(edited)" in p or "council papers" in p for s in _stories(_DISCORD_EN) for p in s.paras)
    assert _sourced(_DISCORD_FR) == [
        ("Le bac entre les deux rives passera toutes les vingt minutes", D(2026, 3, 7), "L'Écho de la Rade"),
        ("La digue du port sera renforcée avant l'hiver prochain", D(2026, 3, 9), "Radio Côtes"),
        ("Le collège Jean-Moulin aura un nouveau toit cet été", D(2026, 3, 10), "Le Quotidien du Littoral")]


_GROUP_DE = """Unser Allgäu – Neuigkeiten aus der Region
Öffentliche Gruppe · 9.120 Mitglieder

Neueste Aktivitäten ▾

Anna Berger
5 Std. · 🌍
Endlich!
KEMPTENER-RUNDSCHAU.DE
Kempten: Neue Buslinie verbindet die Hochschule mit dem Bahnhof
Ab Montag fährt die Linie 12 alle zehn Minuten, auch am Wochenende bis Mitternacht.
👍❤️ 88
14 Kommentare   3 Mal geteilt
Gefällt mir
Kommentieren
Teilen
Tobias Maier
Wurde auch Zeit
2 Std.   Gefällt mir   Antworten

Gesponsert · Autohaus Huber — Frühjahrs-Check für nur 49 Euro!

Peter Wolf
Gestern um 19:20 · 🌍
ALLGAEUER-ZEITUNG.DE
Füssen: Schloss Neuschwanstein zählt so viele Gäste wie nie im Februar
Die Bayerische Schlösserverwaltung meldet ein Plus von zwölf Prozent gegenüber dem Vorjahr.
👍 41
6 Kommentare
Gefällt mir
Kommentieren
Teilen
"""

_GROUP_EN = """Bath & North East Somerset community news
Public group · 22,310 members

Most relevant ▾

Helen Carter
Yesterday at 18:40 · 👥
Good news for the park
SOMERSETLIVE.CO.UK
Royal Victoria Park playground to reopen after a £400,000 refit
The council says the new play area has swings for wheelchair users and a splash pad for the summer.
👍😮 64
19 comments   7 shares
Like
Comment
Share

Sponsored · Bath Spa Cars — Book your airport transfer today!

Owen Price
7 March at 09:15 · 🌍
BATHECHO.CO.UK
Bath's Christmas market to move to a new site next winter
Organisers say the stalls will spread over three streets to ease the crowds near the Abbey.
👍 12
3 comments
Like
Comment
Share
"""


def test_a_facebook_groups_posts_with_a_link_card_are_items_named_by_the_cards_domain():
    """'Gestern um 19:20 · 🌍', 'Yesterday at 18:40 · 👥', '7 March at 09:15 · 🌍' under the
    poster's name: the post's day; the card's domain in capitals (as printed) is the outlet, its
    title the headline and its description the text; reactions, buttons, comments and sponsored
    lines are no items."""
    assert _sourced(_GROUP_DE) == [
        ("Kempten: Neue Buslinie verbindet die Hochschule mit dem Bahnhof", D(2026, 3, 10), "KEMPTENER-RUNDSCHAU.DE"),
        ("Füssen: Schloss Neuschwanstein zählt so viele Gäste wie nie im Februar", D(2026, 3, 9), "ALLGAEUER-ZEITUNG.DE")]
    assert _sourced(_GROUP_EN) == [
        ("Royal Victoria Park playground to reopen after a £400,000 refit", D(2026, 3, 9), "SOMERSETLIVE.CO.UK"),
        ("Bath's Christmas market to move to a new site next winter", D(2026, 3, 7), "BATHECHO.CO.UK")]
    assert [s.paras[0][:30] for s in _stories(_GROUP_EN)] == ["The council says the new play ", "Organisers say the stalls will"]


_FORUM_EN = """The Signal Box – Railway Forum
Board index ‹ News ‹ Press round-up
Post Reply   Search this topic…   4 posts • Page 1 of 1

Press round-up, Tuesday 10 March
by signalman » Tue Mar 10, 2026 7:40 am
Night trains between London and Edinburgh to run on Sundays
The operator will add a Sunday sleeper from May, after bookings rose by a fifth over the winter.
Source: railnewsdaily.co.uk
_________________
73s, the signalman

Top

Re: Press round-up, Tuesday 10 March
by Edith_W » Tue Mar 10, 2026 8:02 am
Thanks, that's good news for us up north!

Top

Re: Press round-up, Tuesday 10 March
by Edith_W » Mon Mar 09, 2026 9:15 pm
Welsh valley lines to get battery trains by the end of the year
Twelve new units will replace diesels on three routes, cutting journey times by up to ten minutes.
Source: valleysnow.com

Top

Return to “Press round-up”
Who is online: 3 guests
"""

_FORUM_DE = """Stammtisch Nahverkehr – Forum
Foren-Übersicht ‹ Aktuelles ‹ Presseschau
Antworten   Thema durchsuchen…   3 Beiträge • Seite 1 von 1

Presseschau vom Dienstag
Beitrag von Schienenfan » Di 10. Mär 2026, 07:40
Straßenbahn nach Rheinau fährt ab Juni wieder
Nach zwei Jahren Bauzeit ist die neue Strecke fertig, die Stadt rechnet mit 8.000 Fahrgästen am Tag.
Quelle: rheinpost-online.de
_________________
Gruß vom Schienenfan

Nach oben

Re: Presseschau vom Dienstag
Beitrag von Tramfreund » Di 10. Mär 2026, 08:12
Danke dir, schöne Nachricht!

Nach oben
"""


def test_a_forum_threads_posts_with_a_pasted_headline_are_items_and_talk_and_signatures_are_not():
    """'by X » Tue Mar 10, 2026 7:40 am' / 'Beitrag von X » Di 10. Mär 2026, 07:40' over each post:
    its day; a pasted headline, its paragraph and 'Source: site' make an item with that outlet; a
    post of thanks, the signature under its rule and 'Top' / 'Nach oben' are no item's."""
    assert _sourced(_FORUM_EN) == [
        ("Night trains between London and Edinburgh to run on Sundays", D(2026, 3, 10), "railnewsdaily.co.uk"),
        ("Welsh valley lines to get battery trains by the end of the year", D(2026, 3, 9), "valleysnow.com")]
    assert not any("73s" in p for s in _stories(_FORUM_EN) for p in s.paras)
    assert _sourced(_FORUM_DE) == [
        ("Straßenbahn nach Rheinau fährt ab Juni wieder", D(2026, 3, 10), "rheinpost-online.de")]


_INSTAGRAM_EN = """northcoast.daily
Follow

northcoast.daily 📌 TODAY'S HEADLINES 📌

Here is what is happening on the coast today 👇

🔹 Harbour bridge to close for two nights of repairs
Drivers will be sent through the town centre on Tuesday and Wednesday night while joints are replaced.

🔹 Lifeboat crew rescues two kayakers off the headland
The pair were found clinging to a buoy after strong winds pushed them out to sea on Monday.

🔗 Link in bio for the full stories!
#news #northcoast #harbour
4 h
See translation

jess.r Finally fixing that bridge 🙌
3 h   5 likes   Reply

Liked by coastfm and 210 others
MARCH 10
Add a comment...
"""

_INSTAGRAM_ES = """diario.delsur
Seguir

diario.delsur 📌 TITULARES DE HOY 📌

Lo que pasa hoy en la comarca 👇

🔹 El ayuntamiento aprueba la peatonalización del casco antiguo
Las obras comenzarán en otoño y durarán un año, con ayudas para los comercios de la zona.

🔹 La feria del libro vuelve al parque con cien casetas
Este año habrá firmas de autores locales y talleres para niños todas las tardes.

📲 ¡Enlace en la bio para leer las noticias completas!
#noticias #comarca #feriadellibro
2 h
Ver traducción

maria_g Qué ganas de la feria 😍
1 h   2 Me gusta   Responder

Les gusta a radiosur y 98 personas más
10 DE MARZO
Añade un comentario...
"""


def test_an_instagram_captions_comments_likes_and_app_lines_after_its_hashtags_are_no_items():
    """A caption copied from Instagram: its items are the '🔹 Headline' blocks; the pointer to the
    link in the bio, and from the post's age under the hashtags on (translation link, comments,
    likes, the day, the comment box) are the app's, not items."""
    assert [t for t, _, _ in _sourced(_INSTAGRAM_EN)] == ["Harbour bridge to close for two nights of repairs",
                                                          "Lifeboat crew rescues two kayakers off the headland"]
    assert [t for t, _, _ in _sourced(_INSTAGRAM_ES)] == ["El ayuntamiento aprueba la peatonalización del casco antiguo",
                                                          "La feria del libro vuelve al parque con cien casetas"]


_STAFF_EN = """Freight Weekly
News in brief

Ports
Felixstowe adds a fourth rail terminal for container trains
The new sidings will let the port send up to ten more trains a day to the Midlands and the north.
By the editors

Roads
Hauliers warn of delays as the A14 closes for resurfacing
The road will shut overnight for three weeks between Cambridge and Huntingdon from Monday.
By the editors
"""

_STAFF_IT = """Logistica Oggi
Notizie in breve

Porti
Il porto di Genova apre il nuovo terminal per le navi da crociera
La struttura può accogliere due navi insieme e sarà pronta per la stagione estiva.
Di Redazione

Strade
Autostrade annuncia lavori notturni sulla A7 per tutto marzo
I cantieri riguarderanno il tratto tra Serravalle e Genova, con chiusure dalle 22 alle 6.
Di Redazione
"""


def test_a_newsrooms_byline_under_each_item_is_no_item():
    """'By the editors', 'Di Redazione' under each item's text: the newsroom's byline, furniture."""
    for page in (_STAFF_EN, _STAFF_IT):
        titles = [t for t, _, _ in _sourced(page)]
        assert len(titles) == 2 and not any(t.lower().startswith(("by ", "di ")) for t in titles), titles


_AHEAD_EN = """Harbour news

Ferry fares to rise for the summer season – 28 March
The operator says prices will go up by five per cent on all routes from the end of the month.

New cycle path opens along the river – 2 March
The path links the station to the university campus and has lights along its whole length.
"""

_AHEAD_IT = """Notizie dal porto

Aumentano le tariffe dei traghetti per l'estate – 28 marzo
La compagnia annuncia rincari del cinque per cento su tutte le linee dalla fine del mese.

Apre la nuova pista ciclabile lungo il fiume – 2 marzo
Il percorso collega la stazione all'università ed è illuminato per tutta la sua lunghezza.
"""


def test_a_day_after_the_capture_at_a_headlines_end_is_the_events_never_last_years():
    """'… – 28 March' saved on 10 March: the event's day, kept in the title, never the item's date
    pushed back a year; '… – 2 March' before the capture is the item's own date, set off."""
    for page, (later, earlier) in ((_AHEAD_EN, ("Ferry fares to rise for the summer season – 28 March",
                                                "New cycle path opens along the river")),
                                   (_AHEAD_IT, ("Aumentano le tariffe dei traghetti per l'estate – 28 marzo",
                                                "Apre la nuova pista ciclabile lungo il fiume"))):
        got = [(t, d) for t, d, _ in _sourced(page)]
        assert got[0][0] == later and got[0][1] != D(2025, 3, 28)
        assert got[1] == (earlier, D(2026, 3, 2))


_DATED_OVER_EN = """RAIL TODAY
In brief
The week's rail news in a few lines.

9 March 2026
Night sleeper to Inverness gets new carriages
The operator has ordered twelve coaches with showers in every cabin, due next spring.

6 March 2026
Signal fault halts trains out of Leeds for three hours
Network Rail says a cable cut by thieves caused the failure on Thursday morning.

4 March 2026
Tram-train trial extended in Sheffield for two more years
The service carried more passengers than expected in its first year, the council said.
"""

_DATED_OVER_IT = """FERROVIE OGGI
In breve
Le notizie della settimana in poche righe.

9 marzo 2026
Nuovi treni notturni tra Milano e Lecce da giugno
Le carrozze avranno cuccette da quattro posti e un vagone ristorante rinnovato.

6 marzo 2026
Guasto alla linea ferma i treni a Bologna per tre ore
Secondo la società un cavo tagliato ha causato il blocco della circolazione.

4 marzo 2026
Prorogata di due anni la sperimentazione del tram-treno a Sassari
Il servizio ha trasportato più passeggeri del previsto nel primo anno.
"""


def test_a_heading_and_intro_over_items_each_under_its_own_date_line_is_no_item():
    """'In brief' / 'The week's rail news in a few lines.' over items each under a date line of its
    own: the page's heading and intro, not an item; each item keeps its own date."""
    assert [(t, d) for t, d, _ in _sourced(_DATED_OVER_EN)] == [
        ("Night sleeper to Inverness gets new carriages", D(2026, 3, 9)),
        ("Signal fault halts trains out of Leeds for three hours", D(2026, 3, 6)),
        ("Tram-train trial extended in Sheffield for two more years", D(2026, 3, 4))]
    assert [(t, d) for t, d, _ in _sourced(_DATED_OVER_IT)] == [
        ("Nuovi treni notturni tra Milano e Lecce da giugno", D(2026, 3, 9)),
        ("Guasto alla linea ferma i treni a Bologna per tre ore", D(2026, 3, 6)),
        ("Prorogata di due anni la sperimentazione del tram-treno a Sassari", D(2026, 3, 4))]
