"""Outlets in no list: a collector's digests name outlets the built-in list never heard of. Where a
page prints each item's outlet in the same place (the line under its headline, beside its date or
alone), the names there are its outlets; a place, a section or an author's name in that place is
not. Pages written here, in several languages, with made-up outlets. In process (run.parse)."""
from __future__ import annotations

import datetime as dt

from ingest_kinds import items as _items, parser

D = dt.date
_parse = parser(D(2026, 3, 9))

_META_EN = """Weekend energy reading

Grid operator delays two interconnector projects
Moorland Courier · 6 Mar 2026 · 4 min read
The operator blamed late deliveries of cables and a shortage of specialist crews.

Heat pump sales fall for a second year
Valley Freight Journal · 5 Mar 2026 · 3 min read
Installers say buyers are waiting for a promised grant scheme to be confirmed.

Tidal project wins planning consent in the north
Coastal Grid Weekly · 3 Mar 2026 · 6 min read
The array of turbines off the headland could power forty thousand homes.
"""
_COMMA_IT = """Rassegna del lunedì

IL COMUNE APPROVA IL PIANO PER LE PISTE CICLABILI
Gazzetta dei Colli, 6.3.2026
Saranno costruiti dodici chilometri di nuove corsie protette entro il prossimo anno.

CHIUDE LO STORICO MERCATO COPERTO DEL CENTRO
Il Corriere Lagunare, 5.3.2026
I commercianti si trasferiranno in una struttura provvisoria durante i lavori.

NUOVA LINEA DI AUTOBUS PER L'OSPEDALE
Voce delle Valli, 4.3.2026
Il servizio partirà ad aprile con una corsa ogni venti minuti nei giorni feriali.
"""
_BYLINE_DE = """Presseschau

Landkreis plant neues Gymnasium am Stadtrand
Von Jana Holt | Kreisbote Oberland | 6. März 2026
Der Bau soll 2028 beginnen und Platz für 900 Schülerinnen und Schüler bieten.

Brauerei übernimmt stillgelegtes Bahnhofsgebäude
Von Ole Brandt | Tal-Rundschau | 5. März 2026
Im Erdgeschoss entsteht eine Gaststätte, oben sollen Wohnungen vermietet werden.

Bürger stimmen gegen Windräder im Stadtwald
Von Mia Roth | Seeblatt Nord | 4. März 2026
Knapp sechzig Prozent der Abstimmenden lehnten die vier geplanten Anlagen ab.
"""


def test_names_under_each_headline_beside_its_date_are_the_items_outlets():
    """'Name · date · 4 min read', 'Name, 6.3.2026', 'Von A | Name | date' under every headline: the
    names are in no list, but the page puts them where outlets go."""
    assert [o for _, _, o in _items(_parse(_META_EN))] == ["Moorland Courier", "Valley Freight Journal", "Coastal Grid Weekly"]
    got = _items(_parse(_COMMA_IT))
    assert [o for _, _, o in got] == ["Gazzetta dei Colli", "Il Corriere Lagunare", "Voce delle Valli"]
    assert [d for _, d, _ in got] == [D(2026, 3, 6), D(2026, 3, 5), D(2026, 3, 4)]
    assert [o for _, _, o in _items(_parse(_BYLINE_DE))] == ["Kreisbote Oberland", "Tal-Rundschau", "Seeblatt Nord"]


_PLACES_FR = """Dépêches régionales

Le tramway prolongé jusqu'à l'aéroport
Lyon, 6 mars 2026
Les travaux dureront trois ans et coûteront 400 millions d'euros.

Fermeture d'une usine de pneus
Clermont-Ferrand, 5 mars 2026
Quelque 300 salariés sont concernés par la fermeture annoncée jeudi.

Un nouveau pont sur la Garonne
Bordeaux, 4 mars 2026
L'ouvrage reliera les deux rives au nord du centre-ville d'ici 2029.
"""
_AUTHORS_EN = """Staff picks

Council agrees to rebuild the old lido
Anna Berg, 6 March 2026
The pool closed in 2019 and the new design keeps its listed entrance.

Bus fares frozen for another year
Tomás Reilly, 5 March 2026
The mayor said the freeze would be paid for from parking revenue.

Library opens on Sundays from April
Priya Nandakumar, 4 March 2026
Volunteers will staff the building alongside two new part-time librarians.
"""
_SECTIONS_ES = """Lo más leído

El Gobierno aprueba la reforma de las pensiones
Política · 6 de marzo de 2026
La medida eleva la base máxima de cotización de forma gradual hasta 2050.

El Real Madrid cae en casa ante el Girona
Deportes · 5 de marzo de 2026
Los visitantes marcaron dos goles en los últimos diez minutos del partido.

La inflación se modera hasta el 2,4 %
Economía · 4 de marzo de 2026
El abaratamiento de la electricidad compensó la subida de los alimentos.
"""


def test_a_place_an_author_or_a_section_in_that_place_is_no_outlet():
    """Under each headline: a dateline's town, an author's name, a section: dated items, no outlet."""
    for page in (_PLACES_FR, _AUTHORS_EN, _SECTIONS_ES):
        got = _items(_parse(page))
        assert len(got) == 3 and all(d for _, d, _ in got), got
        assert [o for _, _, o in got] == ["", "", ""], got


_COLON_NL = """Persoverzicht

1. Westland Courant: Gemeente bouwt extra fietsenstalling bij het station (6 maart 2026)
Er komen 1.200 plekken bij, deels overdekt en met laadpunten voor elektrische fietsen.

2. Het Polderblad: Boeren protesteren tegen nieuwe mestregels (5 maart 2026)
Honderden trekkers reden woensdag naar het provinciehuis om hun onvrede te laten zien.

3. Rivierbode Dagelijks: Veerpont vaart weer na maanden onderhoud (4 maart 2026)
De pont tussen de twee dorpen lag sinds november stil voor een nieuwe motor.
"""
_COLON_FR = """La revue du matin

Le Journal des Vallées : Le département rouvre la route du col après l'éboulement
Les camions restent interdits jusqu'à la fin des travaux de consolidation.

Gazette du Plateau : Une coopérative laitière rachète la fromagerie du village
Les quinze emplois de l'atelier sont maintenus et deux postes seront créés.

L'Écho Minier : La mairie lance un budget participatif de 200 000 euros
Les habitants pourront déposer leurs projets jusqu'au 30 avril.
"""


def test_names_before_a_colon_opening_each_headline_are_the_items_outlets():
    """'1. Name: Headline (date)', 'Name : Headline': unlisted names before the colon, the page's
    headlines after it."""
    got = _items(_parse(_COLON_NL))
    assert got == [("Gemeente bouwt extra fietsenstalling bij het station", D(2026, 3, 6), "Westland Courant"),
                   ("Boeren protesteren tegen nieuwe mestregels", D(2026, 3, 5), "Het Polderblad"),
                   ("Veerpont vaart weer na maanden onderhoud", D(2026, 3, 4), "Rivierbode Dagelijks")]
    got = _items(_parse(_COLON_FR))
    assert [(t[:28], o) for t, _, o in got] == [("Le département rouvre la rou", "Le Journal des Vallées"),
                                                ("Une coopérative laitière rac", "Gazette du Plateau"),
                                                ("La mairie lance un budget pa", "L'Écho Minier")]


_COLUMNISTS_DE = """Meinung am Montag

Jana Holt: Warum die Stadt mehr Busspuren braucht
Der Verkehr steht jeden Morgen still, und die Busse stehen mittendrin.

Ole Brandt: Das Hallenbad ist kein Luxus
Wer schwimmen lernen soll, braucht ein Becken in erreichbarer Nähe.

Mia Roth: Ein Jahr Bürgerhaushalt, eine Bilanz
Viele Vorschläge wurden umgesetzt, aber nur wenige Menschen haben abgestimmt.
"""


def test_a_columnists_name_before_a_colon_stays_no_outlet():
    """'Name: Headline' with a person's name on every item: an opinion page, not an outlet's."""
    got = _items(_parse(_COLUMNISTS_DE))
    assert len(got) == 3 and [o for _, _, o in got] == ["", "", ""], got


_DATE_FIRST_ES = """Boletín de prensa

06/03/2026 | Diario de la Sierra
El ayuntamiento licita la reforma del mercado de abastos
La obra costará 2,3 millones de euros y se hará por fases para no cerrar los puestos.

05/03/2026 | La Voz del Valle
Los regantes piden adelantar la campaña por la sequía
Las reservas de los embalses de la cuenca están por debajo del 30 % de su capacidad.

04/03/2026 | Heraldo Comarcal
Reabre el albergue de peregrinos tras dos años de obras
El edificio tendrá cuarenta plazas y un comedor para los caminantes.
"""
_DATE_FIRST_EN = """Clippings

6 March 2026 — Fenland Tribune
Drainage board raises levy to pay for new pumps
Households will pay about £12 more a year from April.

5 March 2026 — Weald Observer Weekly
Village shop reopens as a community cooperative
More than two hundred residents bought shares to keep it open.

4 March 2026 — The Estuary Herald
Ferry timetable cut for the winter months
The operator blamed rising fuel costs and falling passenger numbers.
"""


def test_names_beside_the_date_over_each_headline_are_the_items_outlets():
    """'06/03/2026 | Name', '6 March 2026 — Name' opening each item, its headline under it."""
    got = _items(_parse(_DATE_FIRST_ES))
    assert [o for _, _, o in got] == ["Diario de la Sierra", "La Voz del Valle", "Heraldo Comarcal"]
    assert got[0][:2] == ("El ayuntamiento licita la reforma del mercado de abastos", D(2026, 3, 6))
    got = _items(_parse(_DATE_FIRST_EN))
    assert [o for _, _, o in got] == ["Fenland Tribune", "Weald Observer Weekly", "The Estuary Herald"]
    assert got[2][:2] == ("Ferry timetable cut for the winter months", D(2026, 3, 4))


_AFTER_NL = """Nieuws van de dag, 6 maart 2026

Gemeente bouwt extra fietsenstalling bij het station
Er komen 1.200 plekken bij, deels overdekt en met laadpunten.
Westland Courant

Boeren protesteren tegen nieuwe mestregels
Honderden trekkers reden woensdag naar het provinciehuis.
Het Polderblad

Veerpont vaart weer na maanden onderhoud
De pont tussen de twee dorpen lag sinds november stil.
Rivierbode Dagelijks
"""
_AFTER_PT = """Resumo do dia, 6 de março de 2026

Câmara aprova novas ciclovias no centro
Serão construídos doze quilómetros de faixas protegidas até ao fim do ano.
Gazeta do Litoral

Mercado municipal fecha para obras
Os comerciantes mudam-se para um pavilhão provisório durante um ano.
O Correio da Serra

Nova linha de autocarro para o hospital
O serviço arranca em abril, com uma ligação a cada vinte minutos.
Jornal das Beiras Interiores
"""
_SIGNED_EN = """Notes from the newsroom, 6 March 2026

Council agrees to rebuild the old lido
The pool closed in 2019 and the new design keeps its listed entrance.
Anna Berg

Bus fares frozen for another year
The mayor said the freeze would be paid for from parking revenue.
Tomás Reilly

Library opens on Sundays from April
Volunteers will staff the building alongside two new librarians.
Priya Nandakumar
"""


def test_a_name_alone_under_each_items_text_is_its_outlet_not_a_signature():
    """'… text.' / 'Name' closing each item: an outlet's name where the names are named as outlets
    are; a writer's name signing each item stays no outlet."""
    assert [o for _, _, o in _items(_parse(_AFTER_NL))] == ["Westland Courant", "Het Polderblad", "Rivierbode Dagelijks"]
    assert [o for _, _, o in _items(_parse(_AFTER_PT))] == ["Gazeta do Litoral", "O Correio da Serra",
                                                            "Jornal das Beiras Interiores"]
    assert [o for _, _, o in _items(_parse(_SIGNED_EN))] == ["", "", ""]
