"""Set 13's kinds of failure still open after fit13 (tests/fixtures/ingest_heldout13), each on pages
written here in other wordings and two languages or more, never the set's own text. Each asserts
what a reader sees: the items, their titles, dates and outlets. In process (run.parse)."""
from __future__ import annotations

import datetime as dt

from ingest_kinds import items as _items, parser

D = dt.date
_parse = parser(D(2026, 3, 9))

_LINKS_EN = """Links worth a look, 6 March 2026

1. Regulator opens inquiry into broadband price rises (ofcomwatch.co.uk)
2. A minimal static site generator written in one file (codeberg.org/lena/tinysite)
3. Rail operator publishes its winter reliability figures (railnews.example.com)
4. Notes on running a home server for ten years (blog.example.net/posts/ten-years)
"""
_LINKS_DE = """Fundstücke der Woche, 6. März 2026

1. Bundesnetzagentur prüft neue Regeln für Glasfaser (netzpolitik.example.de)
2. Ein kleiner Kalender für das Terminal, in Rust geschrieben (gitlab.com/jmeyer/tkal)
3. Warum Züge im Winter öfter ausfallen (bahnblog.example.de)
"""


def test_a_sites_page_in_parentheses_after_a_headline_is_no_title_text():
    """'Headline (codeberg.org/user/project)': the address of a user's or a project's page closes the
    line as a site's would; it is left out of the title, and names no outlet."""
    got = _items(_parse(_LINKS_EN))
    assert [t for t, _, _ in got] == ["Regulator opens inquiry into broadband price rises",
                                      "A minimal static site generator written in one file",
                                      "Rail operator publishes its winter reliability figures",
                                      "Notes on running a home server for ten years"]
    assert [o for _, _, o in got][1] == "" and [o for _, _, o in got][3] == ""
    got = _items(_parse(_LINKS_DE))
    assert [t for t, _, _ in got][1] == "Ein kleiner Kalender für das Terminal, in Rust geschrieben"
    assert [o for _, _, o in got][1] == ""


_TICKER_EN = """Markets live
Updated 6 March 2026, 4:10 PM

03:55 PM  Carmaker recalls 40,000 cars over a faulty airbag
(Reuters) The recall covers models built between May and November last year.

01:20 PM  Steel prices rise for a third week
Traders said demand from builders had picked up after the winter lull.
"""
_TICKER_FR = """Le fil éco

15h40  Le groupe ferroviaire annonce 300 embauches dans l'est
(Les Echos) Les postes concernent surtout la maintenance des trains régionaux.

11h05  Les prix du blé reculent après de bonnes récoltes
Les marchés anticipent une offre abondante jusqu'à l'été.
"""


def test_a_listed_outlet_in_parentheses_opening_the_text_is_the_items_outlet():
    """'(Outlet) The text …' under a headline, with no wire dash: the outlet, where it is listed."""
    assert [o for _, _, o in _items(_parse(_TICKER_EN))] == ["Reuters", ""]
    assert [o for _, _, o in _items(_parse(_TICKER_FR))] == ["Les Echos", ""]


_UHR_DE = """Ticker Region
Stand: 09.03.2026, 12:10 Uhr

11.30 Uhr  Molkerei investiert 20 Millionen in neue Abfüllanlage
Die Anlage soll im Herbst in Betrieb gehen und 40 Arbeitsplätze sichern.

09.15 Uhr  Stadtrat vertagt Entscheidung über Parkgebühren
Die Fraktionen wollen zuerst die Stellungnahme der Händler abwarten.

08.05 Uhr  Brücke an der Saale bleibt bis Freitag gesperrt
Prüfer hatten Risse in zwei Pfeilern entdeckt.
"""
_H_FR = """Le fil régional
Mis à jour le 9 mars 2026 à 12h10

11h30  La laiterie investit 20 millions dans une nouvelle ligne
L'équipement doit entrer en service à l'automne et préserver 40 emplois.

9h15  Le conseil municipal reporte sa décision sur le stationnement
Les groupes veulent d'abord entendre l'avis des commerçants.

8h05  Le pont sur la Saône reste fermé jusqu'à vendredi
Des fissures ont été découvertes sur deux piles.
"""


def test_a_tickers_time_written_11_30_uhr_or_11h30_is_no_title_text():
    """'11.30 Uhr  Headline', '9h15  Headline': the time before a ticker's headline, never its title."""
    assert [t for t, _, _ in _items(_parse(_UHR_DE))] == ["Molkerei investiert 20 Millionen in neue Abfüllanlage",
                                                         "Stadtrat vertagt Entscheidung über Parkgebühren",
                                                         "Brücke an der Saale bleibt bis Freitag gesperrt"]
    assert [t for t, _, _ in _items(_parse(_H_FR))] == ["La laiterie investit 20 millions dans une nouvelle ligne",
                                                        "Le conseil municipal reporte sa décision sur le stationnement",
                                                        "Le pont sur la Saône reste fermé jusqu'à vendredi"]


# A press review's PDF pasted as text, hard-wrapped at about 64 columns: a paragraph of two lines
# whose first line, cut mid-sentence, reads like a headline
_REVIEW_DE = """Medienspiegel Kreiswerke                          9. März 2026

Nordkurier, 06.03.2026, S. 7
Kreiswerke bauen Ladepark
am Busbahnhof
Bis zum Sommer entstehen dort zwölf Schnellladesäulen für Busse
und Pkw. Die Kosten von 1,8 Millionen Euro trägt zur Hälfte der
Bund, den Rest übernehmen die Kreiswerke selbst.

Ostsee-Zeitung, 07.03.2026, online
Neues Klärwerk nimmt Betrieb auf
Auf dem Gelände reinigen nun vier Becken das Abwasser von 30.000
Einwohnern. Das alte Werk wird abgerissen.

Schweriner Volkszeitung, 08.03.2026, S. 3
Wasserpreis steigt im April
um sechs Prozent
Als Grund nennen die Kreiswerke die gestiegenen Kosten für Energie
und für die Sanierung der Leitungen im ländlichen Raum.
"""
_REVIEW_IT = """Rassegna stampa Acquedotto                              9 marzo 2026

Il Tirreno, 06/03/2026, pag. 12
L'acquedotto rinnova
la rete di Pisa nord
Entro l'estate saranno sostituiti undici chilometri di tubature
vecchie di cinquant'anni, con lavori di notte per non chiudere le
strade principali della zona.

La Nazione, 07/03/2026, online
Nuovo depuratore in funzione
Da lunedì le quattro vasche trattano le acque reflue di 30.000
abitanti. Il vecchio impianto sarà demolito.

Corriere Fiorentino, 08/03/2026, pag. 5
Bollette dell'acqua in aumento
del sei per cento da aprile
L'azienda indica come causa l'aumento dei costi dell'energia e il
rinnovo delle condotte nei comuni più piccoli della provincia.
"""


def test_a_two_line_paragraph_wrapped_at_the_pages_width_stays_the_items_text():
    """'Auf dem Gelände … von 30.000' / 'Einwohnern. …': a paragraph of two lines wrapped at the width
    the page's other paragraphs are wrapped at is the item's text, not the headline of another item."""
    for page, second in ((_REVIEW_DE, "Neues Klärwerk nimmt Betrieb auf"), (_REVIEW_IT, "Nuovo depuratore in funzione")):
        got = _parse(page).stories
        assert len(got) == 3, [s.title for s in got]
        assert got[1].title == second
        assert got[1].paras[0].endswith(("abgerissen.", "demolito."))


_GAZETTE_FR = """Journal officiel – sommaire du 6 mars 2026

Ministère de l'Intérieur
Décret n° 2026-181 du 5 mars 2026
Relatif à l'organisation des élections municipales partielles dans trois communes.

Transports
Arrêté n° 2026-77
Fixe les conditions d'accès des poids lourds aux voies réservées.

Agriculture
Décision n° 2026-12
Autorise l'usage d'un nouveau traitement contre la grêle dans les vergers.

Santé
Arrêté n° 2026-80
Modifie la liste des médicaments remboursés pendant la durée des essais cliniques.
"""
_GAZETTE_DE = """Amtsblatt, Ausgabe vom 6. März 2026

Staatskanzlei
Bekanntmachung Nr. 14/2026
Über die Verleihung des Verdienstordens an zwölf Bürgerinnen und Bürger.

Finanzen
Verordnung Nr. 15/2026
Ändert die Gebühren für die Grundbucheinsicht ab dem 1. April.

Umwelt
Erlass Nr. 16/2026
Regelt die Entnahme von Wasser aus Bächen in Trockenperioden.

Bildung
Richtlinie Nr. 17/2026
Legt die Förderung von Schulbibliotheken für die nächsten zwei Jahre fest.
"""


def test_a_gazettes_section_over_each_acts_number_is_no_title():
    """'Finances' / 'Arrêté n° 2026-77' / summary: the act is the item's title, its section (or
    issuer) above it a label, not the title."""
    got = [t for t, _, _ in _items(_parse(_GAZETTE_FR))]
    assert got[1:] == ["Arrêté n° 2026-77", "Décision n° 2026-12", "Arrêté n° 2026-80"]
    got = [t for t, _, _ in _items(_parse(_GAZETTE_DE))]
    assert got[1:] == ["Verordnung Nr. 15/2026", "Erlass Nr. 16/2026", "Richtlinie Nr. 17/2026"]


_THREAD_EN = """r/unitedkingdom
Daily news thread

u/harbourlights · 6 hours ago
Ferry operator cancels winter sailings to the islands
Two vessels are out of service until the end of the month.
bbc.co.uk
↑ 311  Reply  Share

u/moss_and_fern · 4 hours ago
Council approves plan to rebuild the seafront lido
The pool closed in 2019 and the new design keeps its listed entrance.
↑ 96  Reply  Share

u/quietcarriage · 2 hours ago
Rail fares to rise by 4.6% in March
The increase is the smallest in three years, the industry body said.
↑ 142  Reply  Share
"""
_THREAD_DE = """r/de
Nachrichten des Tages

u/elbsegler · vor 6 Stunden
Fähre zwischen Wismar und Poel fällt den ganzen Winter aus
Beide Schiffe müssen bis Ende März in die Werft.
▲ 211 Antworten Teilen

u/bergluft · vor 4 Stunden
Stadtrat beschließt Neubau des Freibads am See
Das alte Becken war seit 2019 geschlossen.
▲ 58 Antworten

u/nordlicht_hh · vor 2 Stunden
Bahn erhöht die Preise im März um 4,6 Prozent
Die Erhöhung fällt geringer aus als in den beiden Vorjahren.
▲ 97 Antworten Teilen
"""


def test_a_threads_vote_bar_under_each_post_is_no_item():
    """'↑ 311  Reply  Share', '▲ 58 Antworten' under each post: the buttons, no story of their own."""
    for page in (_THREAD_EN, _THREAD_DE):
        titles = [s.title for s in _parse(page).stories]
        assert not any(t[:1] in "↑▲" or t[:1].isdigit() or "Reply" in t or "Antworten" in t for t in titles), titles


_LETTER_DE = """Wenn diese E-Mail nicht richtig angezeigt wird, öffnen Sie sie im Browser.

Rundbrief Brunnenhilfe – März 2026

Liebe Freunde,
hier sind die Neuigkeiten aus unseren Projekten. Danke für Ihre Treue!

Tschad: acht neue Brunnen im Osten des Landes
Dank Ihrer Spenden haben 5.000 Menschen nun sauberes Wasser in ihrem Dorf.

Peru: Regenwasser für zwei Bergschulen
Die Tanks fassen genug Wasser für die ganze Trockenzeit.

Sie erhalten diese E-Mail, weil Sie unseren Rundbrief abonniert haben. Abmelden
"""
_LETTER_ES = """Si este correo no se visualiza correctamente, ábrelo en el navegador.

Boletín Agua Viva – marzo de 2026

Queridos amigos:
Estas son las noticias de nuestra red este mes. ¡Gracias por vuestro apoyo!

Chad: ocho pozos nuevos en el este del país
Gracias a vuestras donaciones, 5.000 personas tienen agua potable en su aldea.

Perú: agua de lluvia para dos escuelas de montaña
Los depósitos guardan agua suficiente para toda la estación seca.

Recibes este correo porque te suscribiste a nuestro boletín. Darse de baja
"""


def test_a_newsletters_display_note_greeting_and_subscription_note_are_no_items():
    """'If this e-mail does not display correctly …', 'Dear friends,' and its intro, 'You are receiving
    this e-mail because …': the letter's own lines; its two stories are the items."""
    for page in (_LETTER_DE, _LETTER_ES):
        titles = [s.title for s in _parse(page).stories]
        assert len(titles) == 2 and titles[0].startswith(("Tschad", "Chad")) and titles[1].startswith(("Peru", "Perú")), titles
