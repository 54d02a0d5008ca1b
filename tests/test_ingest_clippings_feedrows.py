"""A press office's clipping lines ('PAPER | Pág. 4 | Section' over each headline, under a note
about the review) and a feed reader's one-line rows ('Feed · Headline — snippet… · 2h')."""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page

D = dt.date


def _parse(text: str):
    return read_page(text, D(2025, 5, 13))


def test_clipping_lines_name_each_items_paper_under_the_reviews_note():
    p = _parse("PRESSESPIEGEL\nDienstag, 13. Mai 2025\n\nNur für den internen Gebrauch. Die Texte sind Auszüge der Pressestelle.\n\n"
               "HANDELSBLATT | S. 11 | Unternehmen\nStahlkonzern kündigt Sparprogramm an\nDer Vorstand will bis 2027 rund 3000 Stellen abbauen.\n\n"
               "NORDWEST-ZEITUNG | S. 3 | Region\nOldenburg plant neues Hallenbad\nDer Stadtrat stimmte dem Entwurf mit großer Mehrheit zu.\n\n"
               "TAUNUS-BOTE | S. 7 | Lokales\nBad Homburg sperrt Kurpark-Brücke\nDie Sanierung dauert voraussichtlich bis zum Herbst.\n")
    assert [(s.title, s.source) for s in p.stories] == [
        ("Stahlkonzern kündigt Sparprogramm an", "Handelsblatt"), ("Oldenburg plant neues Hallenbad", "Nordwest-Zeitung"),
        ("Bad Homburg sperrt Kurpark-Brücke", "Taunus-Bote")]


def test_a_feed_readers_rows_give_outlet_title_text_and_age():
    p = _parse("Tous les articles\nNon lus (88)\n\n"
               "Le Monde  ·  Le Sénat adopte la loi sur la fin de vie  —  Le texte a été voté par 178 voix contre 120 après trois jours de débat…  ·  3h\n"
               "Ouest-France  ·  Brest accueille la finale de la Solitaire  —  La course partira du port de commerce le 1er juin…  ·  Hier\n"
               "La Gazette du Vexin  ·  Pontoise rouvre son marché couvert  —  Après huit mois de travaux, les commerçants reviennent…  ·  11 mai\n")
    assert [(s.title, s.source, s.date) for s in p.stories] == [
        ("Le Sénat adopte la loi sur la fin de vie", "Le Monde", D(2025, 5, 13)),
        ("Brest accueille la finale de la Solitaire", "Ouest-France", D(2025, 5, 12)),
        ("Pontoise rouvre son marché couvert", "La Gazette du Vexin", D(2025, 5, 11))]
    assert all(s.paras and s.paras[0].startswith(("Le texte", "La course", "Après")) for s in p.stories)


def test_a_search_pages_outlet_and_date_closing_each_text_name_papers_in_no_list():
    p = _parse("Recherche : « pompe à chaleur »\nEnviron 900 résultats\n\n"
               "Les ventes de pompes à chaleur repartent au printemps\nLes fabricants constatent une hausse des commandes depuis mars.\n"
               "Les Échos | il y a 5 heures\n\n"
               "Limoges lance un service de conseil pour les propriétaires\nLa mairie propose des permanences gratuites deux fois par semaine.\n"
               "Le Courrier du Limousin | 12 mai 2025\n\n"
               "Un litige de voisinage sur le bruit d'une pompe jugé à Niort\nLe tribunal a ordonné une expertise acoustique avant de statuer.\n"
               "La Gazette des Deux-Sèvres | 9 mai 2025\n")
    assert [(s.source, s.date) for s in p.stories] == [
        ("Les Échos", D(2025, 5, 13)), ("Le Courrier du Limousin", D(2025, 5, 12)), ("La Gazette des Deux-Sèvres", D(2025, 5, 9))]


def test_authors_closing_each_text_are_no_outlets():
    p = _parse("Columns\n\nWhy the rail strike matters\nThe dispute is about more than pay.\nAnna Berg | 12 May 2025\n\n"
               "A quiet budget for a loud year\nThe chancellor chose caution.\nTom Reed | 11 May 2025\n\n"
               "The case for night trains\nSleeper services are back in fashion.\nMaria Lopez | 9 May 2025\n")
    assert [s.source for s in p.stories] == ["", "", ""]
    assert [s.date for s in p.stories] == [D(2025, 5, 12), D(2025, 5, 11), D(2025, 5, 9)]


def test_an_age_and_a_paper_in_no_list_over_a_headline_among_listed_ones():
    p = _parse("Portada\n\nHace 3 horas · El País\nEl Congreso aprueba la ley de movilidad sostenible\n"
               "La norma obliga a las ciudades de más de 50.000 habitantes a crear zonas de bajas emisiones.\n\n"
               "Hace 5 horas · ABC\nSevilla amplía el horario del metro durante la Feria\nEl servicio funcionará sin interrupción el fin de semana.\n\n"
               "Ayer · El Diario de Teruel\nTeruel recupera el tren directo con Zaragoza\nLa conexión se había suspendido hace tres años.\n")
    assert [(s.source, s.date) for s in p.stories] == [
        ("El País", D(2025, 5, 13)), ("ABC", D(2025, 5, 13)), ("El Diario de Teruel", D(2025, 5, 12))]
