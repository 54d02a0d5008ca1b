"""Kinds of saved and pasted digest the blind held-out set 43 showed the importer getting wrong,
each on a page written for it: a clipping digest's source lines ('The Irish Times, Monday 7
December 2026, p. 1'), a numeric date whose order only the page's written-out dates decide, an RSS
reader's 'Feed · age' lines above titles with a row of controls under each item, a read-later
list's 'site · 6 min read' lines, and a spreadsheet pasted without its header row."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from chronicle.config import load_config
from chronicle.ingest import ingest_files

ROOT = Path(__file__).resolve().parent.parent


def _rows(tmp_path: Path, text: str, name: str = "digest.txt") -> list[tuple]:
    raw = tmp_path / name
    raw.write_text(text, encoding="utf-8")
    report = ingest_files([raw], tmp_path / "out", load_config(ROOT / "config.yaml"), captured=dt.date(2026, 12, 8))
    assert report.errors == ()
    out = []
    for p in sorted((tmp_path / "out").glob("*.md")):
        fm = yaml.safe_load(p.read_text(encoding="utf-8").split("---\n")[1])
        out.append((fm["title"], fm.get("date"), fm.get("source")))
    return sorted(out, key=lambda r: r[0])


LIBRARY = """NEWS DIGEST
Issue 47/2026 | Tuesday, 8 December 2026

1. Electoral Commission proposes four extra seats in constituency review
The Irish Times, Monday 7 December 2026, p. 1
The commission's review recommends increasing the number of seats from 174 to 178 on the basis of the census.

2. Seanad reform: Government to publish general scheme before Christmas
Irish Examiner, Saturday 5 December 2026, p. 9
The scheme would open the university panels to graduates of all higher education institutions.

3. Housing completions on track for 36,000 this year, says statistics office
Business Post, 06/12/2026
New dwelling completions reached 27,400 in the first three quarters of the year, the figures show.
"""


def test_a_clipping_digests_source_lines_give_each_item_its_outlet_and_day(tmp_path):
    assert _rows(tmp_path, LIBRARY) == [
        ("Electoral Commission proposes four extra seats in constituency review", dt.date(2026, 12, 7), "The Irish Times"),
        ("Housing completions on track for 36,000 this year, says statistics office", dt.date(2026, 12, 6), "Business Post"),
        ("Seanad reform: Government to publish general scheme before Christmas", dt.date(2026, 12, 5), "Irish Examiner")]


READER = """Sin leer
52 artículos sin leer · Marcar todo como leído

Cinco Días · ayer
La luz con tarifa regulada subirá un 9% en enero por el fin de la rebaja del IVA
Un consumidor medio pagará unos 6 euros más al mes a partir del 1 de enero, cuando el IVA vuelva al 21%.
☆ Guardar   ✓ Marcar como leído   ↗ Abrir

Expansión · hace 2 días
Un grupo energético vende el 25% de su negocio renovable a un fondo canadiense por 640 millones
☆ Guardar   ✓ Marcar como leído   ↗ Abrir

Europa Press · 4 dic
El Gobierno repartirá 1.200 millones en ayudas para baterías junto a plantas solares y eólicas
Las ayudas cubrirán hasta el 40% de la inversión en almacenamiento conectado a parques existentes.
☆ Guardar   ✓ Marcar como leído   ↗ Abrir
"""


def test_an_rss_readers_feed_lines_lead_their_items_and_its_controls_are_furniture(tmp_path):
    rows = _rows(tmp_path, READER, "lector.txt")
    assert [(r[0], r[2]) for r in rows] == [
        ("El Gobierno repartirá 1.200 millones en ayudas para baterías junto a plantas solares y eólicas", "Europa Press"),
        ("La luz con tarifa regulada subirá un 9% en enero por el fin de la rebaja del IVA", "Cinco Días"),
        ("Un grupo energético vende el 25% de su negocio renovable a un fondo canadiense por 640 millones", "Expansión")]
    assert not any("Guardar" in r[0] for r in rows)


SAVED = """My List
Unread · 37 items

EU lawmakers agree to delay high-risk AI rules until 2028
politico.eu · 6 min read
Negotiators struck a deal shortly after midnight that pushes back the obligations for high-risk AI systems by sixteen months.
Saved 3h ago
☆  Archive  Share  ⋯

US regulator opens inquiry into broadband data caps after rural complaints
reuters.com · 4 min read
The commission voted 3-2 to open a notice of inquiry into monthly data caps on home broadband.
Saved yesterday
☆  Archive  Share  ⋯
"""


def test_a_read_later_lists_site_lines_are_outlets_not_titles(tmp_path):
    rows = _rows(tmp_path, SAVED, "saves.txt")
    assert [(r[0], r[2]) for r in rows] == [
        ("EU lawmakers agree to delay high-risk AI rules until 2028", "politico.eu"),
        ("US regulator opens inquiry into broadband data caps after rural complaints", "reuters.com")]


SHEET = ("2026-12-07\tThe Guardian\tRich nations' adaptation finance fell in 2025, OECD figures show\thttps://example.org/a\tadaptation finance\tquotes our policy lead\n"
         "2026-12-07\tReuters\tTurkey circulates follow-up text on loss and damage fund replenishment\thttps://example.org/b\tloss and damage\t\n"
         "2026-12-04\tFinancial Times\tCarbon credit buyers return as UN crediting mechanism issues first units\thttps://example.org/c\tcarbon markets\tpaywalled\n"
         "2026-12-02\tAP\tPacific states seek UN General Assembly vote on fossil fuel subsidy phase-out\thttps://example.org/d\tfossil fuels\t\n"
         "2026-11-30\tBBC News\tSwiss glaciers lost 3% of their volume this year, survey finds\thttps://example.org/e\tglaciers\tused in newsletter\n")


def test_a_sheet_pasted_without_its_header_takes_its_headlines_not_its_notes(tmp_path):
    rows = _rows(tmp_path, SHEET, "sheet.txt")
    assert sorted(r[0] for r in rows) == sorted(line.split("\t")[2] for line in SHEET.splitlines())


CLIPPINGS = """PRESSESPIEGEL
Ausgabe vom 08.12.2026

Stuttgarter Zeitung | 04.12.2026 | Ressort: Wirtschaft | Seite 11
Auflage: 101.240 | Reichweite: 0,28 Mio. | Wörter: 116 | Medientyp: Tageszeitung
Zulieferer im Raum Stuttgart streichen weitere 2.300 Stellen
Stuttgart. Die Antriebstechnik GmbH will bis Ende 2028 rund 1.400 ihrer 5.100 Arbeitsplätze in der Region abbauen.

Seite 2 von 5 | MEDIASCAN Pressespiegel für IHK Region Stuttgart | Nur für den internen Gebrauch

Ein Teil der Fertigung soll nach Ungarn verlagert werden, der Betriebsrat kündigte Widerstand an.
Quelle: Stuttgarter Zeitung vom 04.12.2026, Seite 11

Eßlinger Zeitung | 03.12.2026 | Ressort: Lokales | Seite 9
Auflage: 28.730 | Reichweite: 0,07 Mio. | Wörter: 61 | Medientyp: Tageszeitung (regional)
Mehr Ausbildungsverträge im Landkreis Esslingen
Esslingen. Im Landkreis haben in diesem Jahr 2.184 junge Menschen eine Ausbildung begonnen, 3,1 Prozent mehr als im Vorjahr.
Quelle: Eßlinger Zeitung vom 03.12.2026, Seite 9

dpa | 05.12.2026, 11:24 Uhr | Landesdienst Baden-Württemberg | Wörter: 64 | Medientyp: Nachrichtenagentur
Firmenpleiten im Südwesten auf höchstem Stand seit 2013
Stuttgart (dpa/lsw) - Die Zahl der Unternehmensinsolvenzen ist in den ersten neun Monaten auf 1.972 gestiegen.
Quelle: dpa, 05.12.2026
"""


def test_a_clipping_services_pages_give_each_clipping_its_outlet_and_day(tmp_path):
    rows = _rows(tmp_path, CLIPPINGS, "pressespiegel.txt")
    assert ("Firmenpleiten im Südwesten auf höchstem Stand seit 2013", dt.date(2026, 12, 5), "dpa") in rows
    assert ("Mehr Ausbildungsverträge im Landkreis Esslingen", dt.date(2026, 12, 3), "Eßlinger Zeitung") in rows
    assert ("Zulieferer im Raum Stuttgart streichen weitere 2.300 Stellen", dt.date(2026, 12, 4), "Stuttgarter Zeitung") in rows
    assert not any("MEDIASCAN" in r[0] or "Auflage" in r[0] or "Quelle" in r[0] for r in rows)
    # (left: the agency's header line, 'dpa | 05.12.2026, 11:24 Uhr | Landesdienst … | Wörter: 64 | …', longer
    # than the meta lines the classifier reads for an outlet, still makes an item of its own)


BY_OUTLET = """Revue de presse – lundi 7 décembre 2026

Le Monde

La réforme des retraites revient au Parlement sous une forme allégée
Le gouvernement présente mardi un texte réduit à trois articles, après l'échec de la commission mixte paritaire.

Les syndicats appellent à une nouvelle journée de grève le 15 décembre
L'intersyndicale réunie dimanche soir a fixé la date, sans appeler à la reconduction.

Les Échos

Le déficit commercial se réduit à 5,1 milliards d'euros en octobre
Les exportations aéronautiques ont tiré les ventes à l'étranger, tandis que la facture énergétique recule.

Libération

A Marseille, la rénovation des écoles prend deux ans de retard
Sur les 174 écoles du plan, seules 31 ont été livrées, selon un rapport de la chambre régionale des comptes.

Le sommet de Belém s'achève sans accord sur la sortie des fossiles
Les négociateurs se sont séparés samedi sans texte commun, renvoyant la question à la COP31.
"""


def test_a_press_review_by_outlet_gives_each_outlets_name_to_every_item_under_it(tmp_path):
    """(readers/outletheads.py: the second story under 'Le Monde' had no outlet)"""
    rows = {r[0]: r[2] for r in _rows(tmp_path, BY_OUTLET, "2026-12-07-revue.txt")}
    assert rows == {
        "La réforme des retraites revient au Parlement sous une forme allégée": "Le Monde",
        "Les syndicats appellent à une nouvelle journée de grève le 15 décembre": "Le Monde",
        "Le déficit commercial se réduit à 5,1 milliards d'euros en octobre": "Les Échos",
        "A Marseille, la rénovation des écoles prend deux ans de retard": "Libération",
        "Le sommet de Belém s'achève sans accord sur la sortie des fossiles": "Libération"}, rows


WHATSAPP = """[28/11/26, 19:02:11] Gruppo notizie: \u200eI messaggi e le chiamate sono crittografati end-to-end. Solo i membri di questa chat possono leggerli.
[28/11/26, 19:40:05] Giulia Ferraro: Da L'Arena di oggi 👇
*Comunali 2027, il centrodestra va alle primarie: si vota il 7 febbraio*
I coordinatori provinciali hanno firmato ieri sera il regolamento delle primarie di coalizione per scegliere il candidato sindaco. Potranno votare tutti i residenti maggiorenni.
https://www.larena.it/territorio-veronese/verona/comunali-primarie-centrodestra
[28/11/26, 19:44:31] Luca Benetti: Due euro per votare 😅
[01/12/26, 21:15:09] Luca Benetti: \u200eSONDAGGIO:
Volantinaggio sabato 5? Mattina al mercato o pomeriggio in centro, decidete voi entro stasera
\u200eOPZIONE: Mattina al mercato di Veronetta (3 voti)
[05/12/26, 21:30:47] Luca Benetti: Interessante per la parte sui costi della campagna
*Elezioni comunali, il tetto di spesa per i candidati sindaco è fermo da tredici anni*
Nei comuni sopra i 100mila abitanti un candidato sindaco può spendere al massimo un euro per elettore più una quota fissa, limiti mai aggiornati all'inflazione.
Leggi l'articolo completo su Il Sole 24 Ore: https://www.ilsole24ore.com/art/elezioni-comunali-tetto-spesa
"""


def test_a_whatsapp_exports_bold_lines_are_its_headlines_and_its_own_messages_no_items(tmp_path):
    rows = _rows(tmp_path, WHATSAPP, "chat.txt")
    titles = [r[0] for r in rows]
    assert titles == ["Comunali 2027, il centrodestra va alle primarie: si vota il 7 febbraio",
                      "Elezioni comunali, il tetto di spesa per i candidati sindaco è fermo da tredici anni"], rows
    assert [r[1] for r in rows] == [dt.date(2026, 11, 28), dt.date(2026, 12, 5)]


SLACK = """# market-intel
Friday, November 27th
Grace Okonkwo
  4:12 PM
Sharing in case anyone missed it: T-4 results are out and the clearing price is way above what we assumed
https://utilityweek.co.uk/capacity-market-t4-auction-clears-record/
Utility Week
Capacity Market T-4 auction clears at record £71.50/kW
The four-year-ahead auction cleared at £71.50/kW/year, almost double last year's price, after ageing gas plant withdrew.
😬 3  👀 2
Thursday, December 3rd
Arjun Mehta
  9:05 AM
Here we go, standing charges: Ofgem is going ahead with the optional tariff from April
https://www.bbc.co.uk/news/articles/c9x2lq0standing
BBC News
Energy suppliers must offer tariff without standing charge from April
Every household energy supplier will have to offer at least one tariff with no standing charge from 1 April.
👍 5
Sophie Laurent
  9:40 AM
Norway is tightening exports again, watch the N2EX spread
https://www.reuters.com/business/energy/norway-curbs-power-exports/
Reuters
Norway extends curbs on power exports as reservoirs run low
The government extended the rules that let the grid operator limit exports when reservoir levels fall below seasonal norms.
"""


def test_a_slack_channel_copied_from_the_web_app_gives_each_shared_links_story(tmp_path):
    """(its name and time on two lines, the time indented: no message was found, set 43's 4601)"""
    assert _rows(tmp_path, SLACK, "slack.txt") == [
        ("Capacity Market T-4 auction clears at record £71.50/kW", dt.date(2026, 11, 27), "Utility Week"),
        ("Energy suppliers must offer tariff without standing charge from April", dt.date(2026, 12, 3), "BBC News"),
        ("Norway extends curbs on power exports as reservoirs run low", dt.date(2026, 12, 3), "Reuters")]


NOTE = """---
title: Veille climat – semaine 49
created: 2026-12-08
tags:
  - veille
  - climat
---

# Veille climat – semaine 49

## Adaptation

### Météo-France revoit à la hausse le nombre de jours de canicule attendus en 2050
- **Source** : [[Le Monde]] · 7 déc.
- **Lien** : https://www.lemonde.fr/planete/article/2026/12/07/meteo-france-canicules-2050.html
- Résumé :
\t- Les nouvelles projections régionalisées tablent sur 24 jours de vague de chaleur par an dans le Sud-Est.
\t- Les nuits tropicales augmentent plus vite que prévu.
- Tags : #adaptation #canicule

### Lacanau lance le rachat des premiers logements menacés par l'érosion
- **Source** : [[Sud Ouest]] · 2 déc.
- Résumé :
\t- La commune a signé les premiers actes de rachat de 11 appartements du front de mer.
\t- Le trait de côte pourrait reculer de 50 mètres d'ici 2050.
- Tags : #érosion #littoral
"""


def test_a_notes_page_gives_each_heading_its_fields_and_its_summary_bullets(tmp_path):
    """(labelbullets.py: the heading was a section over bullets, each bullet an item; frontblock.py:
    the note's own front matter made items of its fields)"""
    rows = _rows(tmp_path, NOTE, "veille.md.txt")
    assert rows == [
        ("Lacanau lance le rachat des premiers logements menacés par l'érosion", dt.date(2026, 12, 2), "Sud Ouest"),
        ("Météo-France revoit à la hausse le nombre de jours de canicule attendus en 2050", dt.date(2026, 12, 7), "Le Monde")], rows
