"""Layouts first met in held-out set 16, each tested on pages written for the test in other wordings
and languages: a one-article-a-line list with a separator of its own; release lists dated year
first; a curated page's "full story at Outlet, date:" line under each item; an alert e-mail's cards;
a media label glued to a teaser ('… says. Audio')."""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page


def _stories(text: str, captured=dt.date(2025, 5, 13)):
    return read_page(text, captured).stories


def test_a_list_with_its_own_separator_is_read_by_its_columns_in_german():
    stories = _stories("Presseschau Wirtschaft\n\n"
                       "12.05.2025 ¦ Tagesspiegel ¦ Senat beschließt Sparpaket für die Bezirke\n"
                       "11.05.2025 ¦ Märkische Oderzeitung ¦ Werk in Eisenhüttenstadt fährt Produktion zurück\n"
                       "09.05.2025 ¦ Tagesspiegel ¦ Mieten in Neukölln steigen langsamer als erwartet\n")
    assert [(s.title, s.source, s.date) for s in stories] == [
        ("Senat beschließt Sparpaket für die Bezirke", "Tagesspiegel", dt.date(2025, 5, 12)),
        ("Werk in Eisenhüttenstadt fährt Produktion zurück", "Märkische Oderzeitung", dt.date(2025, 5, 11)),
        ("Mieten in Neukölln steigen langsamer als erwartet", "Tagesspiegel", dt.date(2025, 5, 9))]


def test_a_list_with_its_own_separator_and_a_key_line_in_french():
    stories = _stories("Revue de presse — énergie\n(date • titre • journal)\n\n"
                       "12/05/25 • La centrale de Fessenheim sera démantelée d'ici 2040 • L'Alsace\n"
                       "10/05/25 • Le prix du gaz recule pour le troisième mois • Le Parisien\n"
                       "07/05/25 • Un parc solaire flottant inauguré près de Lyon • Le Progrès\n")
    assert [(s.title, s.source, s.date) for s in stories] == [
        ("La centrale de Fessenheim sera démantelée d'ici 2040", "L'Alsace", dt.date(2025, 5, 12)),
        ("Le prix du gaz recule pour le troisième mois", "Le Parisien", dt.date(2025, 5, 10)),
        ("Un parc solaire flottant inauguré près de Lyon", "Le Progrès", dt.date(2025, 5, 7))]


def test_headlines_holding_one_slash_each_are_no_columns():
    stories = _stories("Top stories\n\n- Rates: a cut / a pause, economists split\n"
                       "- Housing / transport: the council's two big votes\n"
                       "- Wind / solar share passes half for the first time\n")
    assert [s.title for s in stories] == ["Rates: a cut / a pause, economists split",
                                          "Housing / transport: the council's two big votes",
                                          "Wind / solar share passes half for the first time"]


def _release_page(masthead: str, items: list[tuple[str, str, str]], label: str, more: str) -> str:
    body = "".join(f"{title}\n{text}\n{label}: {date}\n{more}\n" for title, text, date in items)
    return f"{masthead}\nHome | Media | Contact\n{masthead.split()[0]} > Media\n{body}© {masthead} 2025\n"


def test_a_release_list_dated_year_first_with_slashes_under_each_item():
    stories = _stories(_release_page("Independent Communications Authority", [
        ("Authority publishes draft spectrum regulations", "Comments on the draft are due by the end of June, "
         "the Authority said in a notice to licensees and the public.", "2025/05/09"),
        ("Hearings on rural broadband subsidies postponed", "The public hearings planned for next week will now "
         "take place in July after several operators asked for more time.", "2025/04/30")], "Published", "Read more"))
    assert [(s.title, s.date) for s in stories] == [
        ("Authority publishes draft spectrum regulations", dt.date(2025, 5, 9)),
        ("Hearings on rural broadband subsidies postponed", dt.date(2025, 4, 30))]


def test_a_release_list_dated_year_first_with_dots_in_german():
    stories = _stories(_release_page("Landeswahlleitung Brandenburg", [
        ("Wahlvorschläge für die Bürgermeisterwahl zugelassen", "Der Wahlausschuss hat am Montag alle fünf "
         "eingereichten Wahlvorschläge für die Wahl in Bernau zugelassen.", "2025.05.12."),
        ("Briefwahl ab sofort möglich", "Wahlberechtigte können die Briefwahlunterlagen ab heute online "
         "oder persönlich im Wahlamt beantragen, teilte die Stadt mit.", "2025.05.05.")], "Veröffentlicht", "Weiterlesen"))
    assert [(s.title, s.date) for s in stories] == [
        ("Wahlvorschläge für die Bürgermeisterwahl zugelassen", dt.date(2025, 5, 12)),
        ("Briefwahl ab sofort möglich", dt.date(2025, 5, 5))]


def test_a_web_address_or_a_version_number_is_no_year_first_date():
    from chronicle.ingest import when
    assert when.find_dates("https://example.org/2025/05/12/story") == []
    assert when.find_dates("Update to release 2020.3.1 now") == []


def _curated(items: list[tuple[str, str, str, str]], line: str, more: str) -> str:
    return "Gesundheitspolitik\n" + "".join(
        f"{title}\n{text}\n{line.format(outlet=outlet, date=date)}\nhttps://example.org/{k}\n{more}\n"
        for k, (title, text, outlet, date) in enumerate(items))


def test_a_full_story_line_gives_each_item_its_outlet_and_date_in_english():
    stories = _stories(_curated([
        ("Hospital waiting lists fall for a third month", "The number of patients waiting more than a year "
         "fell to its lowest level since the pandemic, figures show.", "The Irish Times", "9 May 2025"),
        ("Pharmacists to prescribe for minor ailments", "From September pharmacists will be able to prescribe "
         "for eight common conditions without a GP visit.", "RTÉ", "6 May 2025"),
        ("New maternity unit opens in Cork", "The unit has 40 beds and will take its first patients next week, "
         "the hospital group said.", "Irish Examiner", "2 May 2025")], "Full story at {outlet}, {date}:", "Read more"))
    assert [(s.title, s.source, s.date) for s in stories] == [
        ("Hospital waiting lists fall for a third month", "The Irish Times", dt.date(2025, 5, 9)),
        ("Pharmacists to prescribe for minor ailments", "RTÉ", dt.date(2025, 5, 6)),
        ("New maternity unit opens in Cork", "Irish Examiner", dt.date(2025, 5, 2))]


def test_a_full_story_line_gives_each_item_its_outlet_and_date_in_spanish_and_french():
    stories = _stories(_curated([
        ("El Gobierno aprueba el plan de atención primaria", "El plan prevé contratar 3.000 médicos de familia "
         "en los próximos dos años, según el ministerio.", "la Cadena SER", "12/05/2025"),
        ("Las urgencias de Murcia, al límite", "Los sindicatos denuncian esperas de más de diez horas en el "
         "hospital Virgen de la Arrixaca durante el fin de semana.", "La Verdad", "10/05/2025")],
        "La noticia completa en {outlet}, {date}:", "Leer más"))
    assert [(s.source, s.date) for s in stories] == [("Cadena SER", dt.date(2025, 5, 12)),
                                                    ("La Verdad", dt.date(2025, 5, 10))]
    stories = _stories(_curated([
        ("Les primes maladie augmenteront moins en 2026", "Les assureurs tablent sur une hausse de trois pour "
         "cent en moyenne, selon une estimation publiée lundi.", "Le Temps", "12.05.2025"),
        ("Un hôpital vaudois ferme sa maternité", "Faute de personnel, la maternité fermera ses portes à la fin "
         "de l'été et les naissances seront transférées.", "24 heures", "08.05.2025")],
        "L'article complet sur {outlet}, {date} :", "Lire la suite"))
    assert [(s.source, s.date) for s in stories] == [("Le Temps", dt.date(2025, 5, 12)),
                                                    ("24 heures", dt.date(2025, 5, 8))]


def _alert(cards: list[tuple[str, str, str]], bar: str) -> str:
    return "Your alert\n\n" + "".join(f"{title}\n{site}\n{snippet}\n{bar}\n\n" for title, site, snippet in cards)


def test_an_alert_cards_headline_domain_and_dated_snippet_make_one_item_in_english():
    stories = _stories(_alert([
        ("Senate panel backs grid permitting overhaul", "eenews.net", "May 9, 2025 — The bill would set a two-year "
         "limit on federal reviews of interstate transmission lines, ..."),
        ("Utilities warn of summer reserve shortfall", "utilitydive.com", "2 days ago — Grid operators in three "
         "regions told regulators that reserve margins could fall below targets in a heatwave, ..."),
        ("Offshore wind lease sale cancelled", "apnews.com", "May 6, 2025 — The Interior Department called off the "
         "auction planned for next month, citing a review of the program, ...")], "Follow  ·  Share  ·  Not relevant"))
    assert [(s.title, s.source, s.date) for s in stories] == [
        ("Senate panel backs grid permitting overhaul", "eenews.net", dt.date(2025, 5, 9)),
        ("Utilities warn of summer reserve shortfall", "utilitydive.com", dt.date(2025, 5, 11)),
        ("Offshore wind lease sale cancelled", "apnews.com", dt.date(2025, 5, 6))]


def test_an_alert_in_german_with_its_action_bar_under_each_card():
    stories = _stories(_alert([
        ("Netzagentur senkt Zinsen für Stromnetze nicht", "tagesspiegel.de", "12.05.2025 — Die Bundesnetzagentur "
         "bleibt bei ihrem Vorschlag für die Eigenkapitalrendite der Netzbetreiber, obwohl die Branche höhere "
         "Zinsen verlangt, ..."),
        ("Wärmepumpen-Absatz bricht weiter ein", "handelsblatt.com", "vor 3 Tagen — Im ersten Quartal wurden "
         "deutlich weniger Geräte verkauft als im Vorjahr, meldet der Branchenverband, ..."),
        ("Stadtwerke erhöhen Fernwärmepreise", "mdr.de", "08.05.2025 — Kunden in Leipzig und Halle müssen ab Juli "
         "mehr zahlen, teilten die Versorger mit, ...")], "Folgen  ·  Teilen  ·  Nicht relevant"))
    assert [(s.title, s.source, s.date) for s in stories] == [
        ("Netzagentur senkt Zinsen für Stromnetze nicht", "tagesspiegel.de", dt.date(2025, 5, 12)),
        ("Wärmepumpen-Absatz bricht weiter ein", "handelsblatt.com", dt.date(2025, 5, 10)),
        ("Stadtwerke erhöhen Fernwärmepreise", "mdr.de", dt.date(2025, 5, 8))]
    assert not any("Teilen" in p for s in stories for p in s.paras)


def _listing(pairs: list[tuple[str, str]], heading: str) -> str:
    return f"{heading}\n" + "".join(f"{title}\n{teaser}\n" for title, teaser in pairs) + "Next page\n"


def test_a_media_label_glued_to_a_teaser_is_no_headline_in_english_and_german():
    stories = _stories(_listing([
        ("Council votes to close two libraries", "Councillors agreed the closures after a consultation drew more "
         "than 3,000 responses, most of them against. Video"),
        ("Bus drivers accept new pay offer", "The union said members voted by a large majority to accept a rise "
         "of six per cent over two years."),
        ("Flood defences finished a year early", "The wall along the river will protect about 800 homes from a "
         "one-in-200-year flood, the agency says. Audio")], "Local"))
    assert [(s.title, s.paras[-1].split()[-1]) for s in stories] == [
        ("Council votes to close two libraries", "against."),
        ("Bus drivers accept new pay offer", "years."),
        ("Flood defences finished a year early", "says.")]
    stories = _stories(_listing([
        ("Stadtrat beschließt neues Radwegenetz", "Bis 2030 sollen 40 Kilometer neue Radwege entstehen, die "
         "Kosten trägt zum Teil das Land. Video"),
        ("Freibäder öffnen am Wochenende", "Wegen des warmen Wetters beginnt die Saison in diesem Jahr eine "
         "Woche früher als geplant. Bildergalerie")], "Lokales"))
    assert [s.title for s in stories] == ["Stadtrat beschließt neues Radwegenetz", "Freibäder öffnen am Wochenende"]
    assert [s.paras[-1].split()[-1] for s in stories] == ["Land.", "geplant."]


def test_a_media_label_glued_to_a_teaser_in_french():
    stories = _stories(_listing([
        ("Le tram reliera l'aéroport dès 2027", "Les travaux de la nouvelle ligne commenceront à l'automne, a "
         "annoncé la métropole lors du conseil de lundi. Vidéo"),
        ("Grève dans les crèches municipales", "Une quinzaine de structures resteront fermées jeudi, selon les "
         "syndicats qui dénoncent le manque de personnel. Podcast")], "Région"))
    assert [s.title for s in stories] == ["Le tram reliera l'aéroport dès 2027", "Grève dans les crèches municipales"]
