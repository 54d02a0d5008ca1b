"""Layouts of held-out set 38 read in general (pages written here, in other wordings): a
parliament's press releases, each date line over the organ that speaks and then the headline."""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page

DAY = dt.date(2026, 12, 3)

_RELEASES = """Aller au contenu principal
Assemblée nationale du Québec
Accueil   Députés   Travaux parlementaires   Documents   Salle de presse
Rechercher sur le site

Accueil › Salle de presse › Communiqués

Communiqués de presse
Le service de presse publie ici les communiqués des commissions parlementaires et de la présidence.

Année : 2026 ▾     Commission : toutes ▾     Appliquer

2/12/2026
Commission des transports et de l'environnement
Tramway de Québec : la commission entend la Ville et le ministère sur le nouveau calendrier
Réunie mercredi, la commission a entendu pendant quatre heures les représentants de la Ville et du ministère des Transports sur le report de la mise en service à 2031. Les membres ont demandé une estimation actualisée des coûts avant la fin de janvier.
Lire la suite

1/12/2026
Commission de la santé et des services sociaux
Urgences : le projet de loi sur les délais d'attente adopté en commission
La commission a adopté par 9 voix contre 3 le projet de loi qui oblige les établissements à publier chaque jour les délais d'attente aux urgences. Le texte sera étudié en séance le 10 décembre.
Lire la suite

28/11/2026
Séance plénière
L'Assemblée adopte le budget supplémentaire : les tarifs d'électricité gelés jusqu'en avril
Par 68 voix contre 51, l'Assemblée a adopté jeudi le budget supplémentaire, qui gèle les tarifs résidentiels d'électricité jusqu'au 1er avril et prolonge l'aide aux ménages à faible revenu.
Lire la suite

En bref – 27/11/2026
• La commission des finances publiques a entendu le gouverneur de la banque centrale, qui prévoit une croissance de 1,1 % en 2027. • La commission de l'économie et du travail a adopté une motion demandant un rapport sur les pertes d'emplois dans l'industrie forestière, attendu avant juin.

Pages :  1  2  3  Suivante ›

S'abonner aux communiqués (RSS)   |   Recevoir les communiqués par courriel
Hôtel du Parlement – 1045, rue des Parlementaires – Québec
Mentions légales  |  Accessibilité  |  Plan du site
"""


def _dated(stories) -> dict:
    return {(s.title or s.paras[0][:30]): s for s in stories if s.date}


def test_the_organ_over_each_headline_is_a_label():
    found = _dated(read_page(_RELEASES, DAY).read_all().stories)
    head = "L'Assemblée adopte le budget supplémentaire : les tarifs d'électricité gelés jusqu'en avril"
    assert head in found and found[head].date == dt.date(2026, 11, 28) and "Séance plénière" in found[head].labels, list(found)
    assert found["Urgences : le projet de loi sur les délais d'attente adopté en commission"].date == dt.date(2026, 12, 1)
    assert not any(t.startswith(("Commission des", "Commission de la", "Séance")) for t in found), list(found)


_ADHOC = """Börse Stuttgart
Aktien   Anleihen   ETFs   Fonds   Nachrichten
Nachrichten › Ad-hoc-Mitteilungen

Ad-hoc-Mitteilungen
Insiderinformationen nach Art. 17 MAR, dazu Meldungen von dpa-AFX. Angaben ohne Gewähr.

Quelle: Alle ▾     Zeitraum: 7 Tage ▾

Heute | 08:40 | EQS News
EQS-Ad-hoc: Nordwind Energie AG senkt Prognose für 2026 wegen Verzögerung beim Netzanschluss
Der Vorstand hat beschlossen, die Prognose für das bereinigte EBITDA auf 300 bis 330 Mio. Euro zu senken, weil der Netzanschluss eines Windparks sich um sieben Monate verschiebt.
Mitteilung vollständig lesen

Gestern, 21:05 | dpa-AFX
ROUNDUP: Lindhof Pharma stoppt Studie mit Herzmittel – Aktie bricht nachbörslich ein
Lindhof Pharma hat eine Phase-III-Studie nach einer Zwischenauswertung abgebrochen; die Aktie verlor nachbörslich mehr als 30 Prozent.

01.12.2026 | 17:45 | EQS News
EQS-Ad-hoc: Sonnfeld Solar SE platziert Kapitalerhöhung über 90 Mio. Euro
Die Gesellschaft hat 6,1 Mio. neue Aktien zu je 14,70 Euro bei institutionellen Investoren platziert; der Erlös fließt in eine neue Modulfabrik.
Mitteilung vollständig lesen

30.11.2026 | 18:30 | EQS News
EQS-Ad-hoc: Rheinnetz AG erhält Zuschlag für Batteriespeicher in Duisburg
Die Rheinnetz AG hat von der Bundesnetzagentur den Zuschlag für einen Batteriespeicher mit 200 Megawatt Leistung erhalten.
Mitteilung vollständig lesen
"""


def test_a_wire_name_the_page_repeats_beside_each_date_and_time_is_the_outlet():
    stories = read_page(_ADHOC, DAY).read_all().stories
    eqs = [s for s in stories if s.title.startswith("EQS-Ad-hoc")]
    assert [s.source for s in eqs] == ["EQS News"] * 3, [(s.title, s.source) for s in stories]
    assert [s.date for s in eqs] == [DAY, dt.date(2026, 12, 1), dt.date(2026, 11, 30)]


_WIRE = """Wire
Real-time headlines from our news agency partners. All times GMT.

Thursday, 26 November 2026

11:20
UPDATE 3-NORWAY-GAS/EXPORTS
Norway's gas exports hit record as new field comes on stream
OSLO, Nov 26 (Reuters) -- Norway's pipeline gas exports rose to a record 352 million cubic metres a day on Thursday after the Eirin field started production, data from the system operator showed.
Reuters

10:05
POLAND-ECONOMY/GDP
Poland's economy grows 3.4% in third quarter, beating forecasts
WARSAW, Nov 26 (Reuters) -- Poland's gross domestic product grew 3.4% year on year in the third quarter, the statistics office said, above the 3.1% expected by analysts.
Reuters

09:30
RPT-EU-CLIMATE/TARGET
EU ministers back 2040 climate target with room for carbon credits
BRUSSELS, Nov 26 (AFP) -- European Union environment ministers agreed on Thursday to cut net emissions by 90% by 2040, allowing up to 5% of the cut to come from international carbon credits.
AFP
"""


def test_a_wire_slug_over_each_headline_is_neither_its_title_nor_its_label():
    stories = read_page(_WIRE, DAY).read_all().stories
    assert [s.title for s in stories] == ["Norway's gas exports hit record as new field comes on stream",
                                          "Poland's economy grows 3.4% in third quarter, beating forecasts",
                                          "EU ministers back 2040 climate target with room for carbon credits"], [s.title for s in stories]
    assert not any("/" in label for s in stories for label in s.labels), [s.labels for s in stories]


_BULLETINS = """Skip to content
Electoral Commission of Kenya
"Free and Fair Elections for All"
Home   About   Elections   Voter Education   Media Centre   Contact Us
Call Centre: 1500 (toll free)

Home / Media Centre / Press Releases & Results Bulletins

Press Releases & Results Bulletins

NOTICE: POSTPONEMENT OF KISUMU CENTRAL WARD BY-ELECTION
2nd December, 2026
The Commission wishes to inform the public that the by-election in Kisumu Central Ward, scheduled for 10th December 2026, has been postponed to 21st January 2027 because floods have cut off four of the ward's polling stations.
Read More »

PRESS STATEMENT: NOMINATIONS FOR KIBRA BY-ELECTION
1st December, 2026
NAIROBI – The Commission has set the following dates for the Kibra parliamentary by-election:
1. Nominations will be held at the Kibra constituency office on 14th December 2026.
2. The nomination fee is KSh 50,000, refundable to candidates who obtain 5% of the votes.
3. Poll day is set for Thursday, 28th January 2027.
Aspiring candidates must present a certified copy of their degree certificate.
Read More »

RESULTS BULLETIN NO. 4 – WARD BY-ELECTIONS OF 26TH NOVEMBER 2026
28th November, 2026
The Commission has declared the results of the by-elections held in three wards as follows:
| Ward | County | Winning candidate | Party | Votes |
|---|---|---|---|---|
| Kilimani | Nairobi | Jane Wanjiru | ODM | 2,114 |
| Nyali | Mombasa | Omar Said | UDA | 1,876 |
| Kondele | Kisumu | Peter Otieno | Independent | 962 |
The low turnout in urban wards will be reviewed in the Commission's post-election report.
Read More »

RESULTS BULLETIN NO. 3 – ELDORET MAYORAL BY-ELECTION
27th November, 2026
The returning officer declared Mr Daniel Kiprop duly elected Mayor of Eldoret with 9,417 votes against 7,302 for his nearest rival. Turnout stood at 28.7% of the 57,210 registered voters.
Read More »

PRESS RELEASE: VOTER REGISTER INSPECTION FOR 2027
Posted 25th November, 2026
The Commission will conduct a voter register inspection from 5th to 11th January 2027 in all 290 constituencies.
Read More »

« Older Entries
"""


def test_a_list_or_table_an_items_text_introduces_with_a_colon_stays_in_that_item():
    stories = read_page(_BULLETINS, DAY).read_all().stories
    assert len(stories) == 5, [(s.title, s.paras[:1]) for s in stories]
    text = ["\n".join(s.paras) for s in stories]
    assert "Poll day is set" in text[1] and "Aspiring candidates" in text[1]
    assert "Kondele" in text[2] and "The low turnout" in text[2]
