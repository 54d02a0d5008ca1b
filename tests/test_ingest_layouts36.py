"""Layouts of held-out set 36 read in general (pages written here, in other wordings and
languages): a newsletter whose issue line carries the issue's date ('Newsletter n. 548 del 27
novembre 2026'), a run of date-led notes under one heading ('Kurz notiert' / '24.11.2026 – …'),
and a '|' table whose header names its dates and outlets but not its headlines."""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page

DAY = dt.date(2026, 12, 1)

_ISSUE = """Autorità per le garanzie nelle comunicazioni
Home   Chi siamo   Atti   Stampa
Home » Stampa » Newsletter
{issue}
Stampa   Condividi

Tariffe telefoniche: multa di 1,2 milioni a un operatore mobile
L'Autorità ha multato un operatore mobile per aver aumentato le tariffe di quattro milioni di clienti senza il preavviso di trenta giorni previsto dalla legge. L'operatore dovrà rimborsare gli aumenti.

Banda ultralarga: completata la copertura di 900 comuni delle aree bianche
Il piano pubblico per la banda ultralarga ha raggiunto i 900 comuni delle aree bianche, dove nessun operatore aveva investito. Restano da collegare 310 comuni, entro la fine del 2027.

Televisione locale: nuove regole per la numerazione dei canali
L'Autorità ha approvato il nuovo piano di numerazione automatica dei canali del digitale terrestre: le emittenti locali avranno i numeri da 10 a 19 in ogni regione. Le regole valgono dal primo marzo.

Ufficio Stampa – Via Isonzo 21, Roma
"""


def test_an_issue_line_with_its_number_and_date_dates_the_items():
    for issue, day in (("Newsletter n. 112 del 20 novembre 2026", dt.date(2026, 11, 20)),
                       ("Newsletter Nr. 112 vom 19. November 2026", dt.date(2026, 11, 19))):
        stories = read_page(_ISSUE.format(issue=issue), DAY).read_all().stories
        assert [s.title.split(":")[0] for s in stories] == ["Tariffe telefoniche", "Banda ultralarga", "Televisione locale"]
        assert {s.date for s in stories} == {day}, (issue, [s.date for s in stories])


_NOTES = """Bundesministerium für Verkehr
Startseite › Presse › Aktuelles

Pressemitteilung – 20.11.2026
Deutschlandticket: Preis bleibt 2027 stabil
Bund und Länder haben sich darauf geeinigt, den Preis des Deutschlandtickets im kommenden Jahr nicht zu erhöhen. Die Mehrkosten der Verkehrsunternehmen tragen beide je zur Hälfte.
Mehr erfahren

Meldung – 19.11.2026
Rheinbrücke Leverkusen: Zweiter Teil wird früher fertig
Der zweite Teil der neuen Rheinbrücke soll bereits im Herbst 2027 für den Verkehr freigegeben werden, sechs Monate früher als geplant. Die Bauarbeiten liegen im Zeitplan.
Mehr erfahren

Kurz notiert
18.11.2026 – Das Kabinett hat die Verordnung über die Förderung von Ladesäulen an Autobahnraststätten beschlossen. Der Bund übernimmt bis zu 60 Prozent der Kosten für neue Schnellladepunkte.
17.11.2026 – Beim deutsch-polnischen Verkehrsforum in Frankfurt (Oder) haben beide Minister vereinbart, die Bahnstrecke nach Posen bis 2030 zweigleisig auszubauen. Die Planung beginnt im Frühjahr.

Seite 1 von 120   Weiter ›
"""


def test_date_led_notes_under_one_heading_are_an_item_each():
    stories = read_page(_NOTES, DAY).read_all().stories
    notes = [s for s in stories if s.paras and s.paras[0].lstrip("0123456789. –").startswith(("Das Kabinett", "Beim deutsch"))]
    assert len(notes) == 2, [(s.title, s.paras[:1]) for s in stories]
    assert [s.date for s in notes] == [dt.date(2026, 11, 18), dt.date(2026, 11, 17)]


_TRACKER = """Recount watch
Updated Nov. 30, 2026

Latest developments

| Date | County | What happened | Source |
|---|---|---|---|
| Nov. 29 | Maricopa | Supervisors vote to certify the county canvass after a four-hour public meeting | Arizona Republic |
| Nov. 26 | Fulton | Hand count of absentee ballots in two precincts confirms the machine totals | The Atlanta Journal-Constitution |
| Nov. 24 | Wayne | County board certifies statewide results without objection, a week before its deadline | Detroit Free Press |

In depth

Cochise County certifies on deadline day after judge's order
Nov. 28, 2026
BISBEE, Ariz. (AP) -- The Cochise County Board of Supervisors voted 2-1 to certify the county's results on Friday, hours after a judge ordered the board to act.
"""


def test_a_table_without_a_title_column_name_has_its_headlines_in_its_column_of_phrases():
    stories = read_page(_TRACKER, DAY).read_all().stories
    rows = {s.title: s for s in stories if not s.title.startswith("Cochise")}
    assert set(rows) == {"Supervisors vote to certify the county canvass after a four-hour public meeting",
                         "Hand count of absentee ballots in two precincts confirms the machine totals",
                         "County board certifies statewide results without objection, a week before its deadline"}, list(rows)
    assert rows["County board certifies statewide results without objection, a week before its deadline"].date == dt.date(2026, 11, 24)
    assert rows["County board certifies statewide results without objection, a week before its deadline"].source == "Detroit Free Press"


_UPDATES = """Northern Powergrid
Home / News / Storm Bram updates
Storm Bram: latest updates
Follow this page for updates on our work to restore power. All times are GMT.

Friday 20 November 2026

18:05
Storm Bram: 7,200 homes still without power in North Yorkshire
Engineers reconnected 9,000 homes today, but 7,200 remain off supply around Pickering and Helmsley, where fallen trees brought down lines in 80 places. We expect most customers back by Sunday.
Share

08:40
Overnight our teams reconnected the last 150 customers in Malton who lost power on Wednesday. Helicopter patrols of the lines over the moors resume this morning.
Share

Thursday 19 November

20:15
Welfare vans in Whitby and Scarborough for vulnerable customers
Customers on our Priority Services Register can collect hot food and charging packs from welfare vans in Whitby and Scarborough until Saturday evening.
Share

Storm Bram in the news

Northern Powergrid promises compensation after Storm Bram — Yorkshire Post
Customers cut off for more than 48 hours will be paid without a claim, the operator said.
18 November 2026

Sign up for power cut alerts
"""


def test_a_day_heading_over_clock_times_dates_the_entries_below_it():
    stories = read_page(_UPDATES, DAY).read_all().stories
    dates = {(s.title or s.paras[0])[:30]: s.date for s in stories}
    assert dates["Storm Bram: 7,200 homes still "] == dt.date(2026, 11, 20), dates
    assert dates["Overnight our teams reconnecte"] == dt.date(2026, 11, 20), dates
    assert dates["Welfare vans in Whitby and Sca"] == dt.date(2026, 11, 19), dates


def test_an_unlisted_paper_where_a_listed_outlet_stands_is_the_outlet():
    page = _UPDATES.replace("Northern Powergrid promises compensation after Storm Bram — Yorkshire Post",
                            "Northern Powergrid promises compensation after Storm Bram — BBC News").replace(
        "Sign up for power cut alerts", """Plans for a new substation near Malton approved by councillors — The Malton Gazette
The planning committee voted 7-2 in favour of the £21m scheme.
16 November 2026

Sign up for power cut alerts""")
    found = {s.title: s.source for s in read_page(page, DAY).read_all().stories}
    assert found.get("Plans for a new substation near Malton approved by councillors") == "The Malton Gazette", found
    assert found.get("Northern Powergrid promises compensation after Storm Bram") == "BBC News", found


def test_a_listed_outlets_regional_edition_closing_a_one_line_item_is_its_outlet():
    from chronicle.ingest.outletlist import edition
    assert edition("France 3 Nouvelle-Aquitaine") and edition("BBC News Yorkshire")
    assert not edition("AP Berlin") and not edition("Nouvelle-Aquitaine") and not edition("France 3 région")
    page = """Préfecture de la Charente-Maritime
Accueil › Actualités

Mis à jour le 20/11/2026
Tempête : vigilance orange levée sur le littoral
La préfecture lève la vigilance orange vents violents à partir de 18 heures. Les ports de La Rochelle et de Royan rouvrent dès ce soir.

Mis à jour le 19/11/2026
Eau potable : restrictions prolongées dans le sud du département
Les restrictions d'usage de l'eau sont prolongées jusqu'au 15 décembre dans vingt communes, faute de pluie suffisante.

Dans la presse
Le pont de l'île d'Oléron fermé aux poids lourds pendant trois nuits, Sud Ouest, 18/11/2026
La digue de Châtelaillon-Plage sera rehaussée d'un mètre d'ici 2028, France 3 Nouvelle-Aquitaine, 17/11/2026
"""
    found = {s.title: s.source for s in read_page(page, DAY).read_all().stories}
    assert found.get("La digue de Châtelaillon-Plage sera rehaussée d'un mètre d'ici 2028") == "France 3 Nouvelle-Aquitaine", found


def test_a_bodys_own_page_gives_its_items_the_subject_its_name_names(tmp_path):
    from ingest_page import tags_by_title
    page = """Garante per la protezione dei dati personali
Home   Chi siamo   Newsletter
Newsletter n. 77 del 20 novembre 2026

Sanzione da 2 milioni a un gestore di parcheggi
Il Garante ha sanzionato una società di parcheggi che fotografava le targhe e le conservava per tre anni senza informare gli automobilisti.

Scuole, stop alle telecamere nelle aule
Le telecamere installate in dieci istituti tecnici dovranno essere spente: la sorveglianza degli studenti durante le lezioni non è proporzionata.

Ospedali, accessi ai referti solo per i medici curanti
Dopo i controlli in quattro aziende sanitarie, il Garante ha chiesto di limitare la consultazione dei referti ai soli medici che hanno in cura il paziente.
"""
    tags = tags_by_title(page, tmp_path)
    assert len(tags) == 3 and all("data-protection" in t for t in tags.values()), tags


def test_an_e_mails_sender_is_the_body_whose_bulletin_it_is():
    from chronicle.ingest.pagepublisher import page_publisher
    from chronicle.ingest.run import tagger_for
    from chronicle.config import load_config
    from pathlib import Path
    tagger = tagger_for(load_config(Path(__file__).resolve().parent.parent / "config.yaml"))
    text = "From: Cork Chamber <bulletin@corkchamber.example>\nSent: Thursday, November 26, 2026 7:02 AM\nTo: Members\n\nHeadline\nText.\n"
    assert page_publisher(text, tagger) == "Cork Chamber"
