"""Layouts of held-out set 27 read in general, round 2 (fit27; pages written here, in other
wordings, outlets and languages): a newsletter's '→ Outlet, 10.4.' source line under each item,
the issue's date above them all."""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page

_DAY = dt.date(2026, 4, 14)


def _read(text: str):
    return [(s.title, s.date, s.source) for s in read_page(text, _DAY).stories]


def _by_title(text: str) -> dict:
    return {t: (d, s) for t, d, s in _read(text)}


_WEEKLY = ("ENERGIE KOMPAKT\n"
           "Der Freitagsbrief zur Energiewende\n"
           "Nr. 14/2026 · Freitag, 10. April 2026\n\n"
           "Guten Morgen,\n\n"
           "diese Woche geht es um Netze, Preise und Wärmepumpen. Viel Spaß beim Lesen.\n\n"
           "NETZE\n\n"
           "**Übertragungsnetzbetreiber legen neuen Netzentwicklungsplan vor**\n"
           "Bis 2037 sollen mehr als 4.000 Kilometer neue Leitungen entstehen. Die Kosten steigen gegenüber dem letzten Plan deutlich.\n"
           "→ Handelsblatt, 8.4.\n\n"
           "**Stadtwerke in Sachsen senken den Gaspreis zum Mai**\n"
           "Haushalte zahlen künftig rund zwölf Prozent weniger. Grund seien gesunkene Einkaufspreise an der Börse.\n"
           "→ Leipziger Volkszeitung, 7.4.\n\n"
           "WÄRME\n\n"
           "**Förderanträge für Wärmepumpen erreichen Rekordwert**\n"
           "Im ersten Quartal gingen mehr Anträge ein als im ganzen Vorjahr, teilte die Förderbank mit.\n"
           "→ zeit.de\n\n"
           "**Heizungsbauer melden längere Wartezeiten**\n"
           "Wer jetzt bestellt, wartet im Schnitt zehn Wochen auf einen Termin, zeigt eine Umfrage des Verbands.\n"
           "→ Verbandsumfrage via Rheinische Post, 9.4.\n\n"
           "**Kommunale Wärmeplanung: erste Städte legen Pläne vor**\n"
           "Mehrere Großstädte haben ihre Wärmepläne veröffentlicht; kleinere Gemeinden haben noch bis 2028 Zeit.\n\n"
           "Schönes Wochenende!\n")


def test_an_arrowed_source_line_with_a_dotted_day_dates_its_item_and_names_its_outlet():
    stories = _by_title(_WEEKLY)
    assert stories["Übertragungsnetzbetreiber legen neuen Netzentwicklungsplan vor"] == (dt.date(2026, 4, 8), "Handelsblatt")
    assert stories["Stadtwerke in Sachsen senken den Gaspreis zum Mai"] == (dt.date(2026, 4, 7), "Leipziger Volkszeitung")
    assert stories["Heizungsbauer melden längere Wartezeiten"] == (dt.date(2026, 4, 9), "Rheinische Post")


def test_the_issues_date_is_not_an_item_date_where_the_items_date_themselves():
    stories = _by_title(_WEEKLY)
    assert stories["Förderanträge für Wärmepumpen erreichen Rekordwert"] == (None, "zeit.de")
    assert stories["Kommunale Wärmeplanung: erste Städte legen Pläne vor"][0] is None


def test_an_arrow_over_a_sentence_ending_in_a_dotted_day_is_no_outlet():
    stories = _read("Kurz notiert\n\n"
                    "**Bahn kündigt Sanierung der Strecke Hamburg–Berlin an**\n"
                    "Die Strecke wird ab Sommer für fünf Monate gesperrt, Fernzüge fahren über Uelzen.\n"
                    "→ Die Sperrung beginnt nach Angaben der Bahn am Montag nach Pfingsten, 25.5.\n")
    assert stories and not any(s[2] for s in stories)


_SHOW = ("Money Minutes\n"
         "A weekly video show on markets and households\n\n"
         "Episode 88: Mortgage rates, a chip plant and the price of cocoa\n"
         "Apr 12, 2026 · 1 h 05 min\n\n"
         "Sam Okafor and Lena Park go through the week's money news and answer your questions.\n\n"
         "▶ Watch on YouTube | Listen on Spotify\n\n"
         "IN THIS EPISODE\n\n"
         "(05:40) Lenders cut five-year fixed mortgage rates for the second time this month\n"
         "Three of the largest banks lowered their rates by a quarter point, citing cheaper funding on bond markets.\n"
         "ft.com/markets · published Apr. 10\n\n"
         "(21:15) Chipmaker picks Ohio site for a new packaging plant\n"
         "The company says the plant will employ about 1,200 people once it opens in 2029.\n"
         "reuters.com\n\n"
         "(38:30) Cocoa prices fall to their lowest level in two years\n"
         "Better harvests in West Africa have eased the shortage that pushed chocolate prices up.\n"
         "Bloomberg\n\n"
         "Send us your questions: hello@moneyminutes.example\n")


def test_a_chapter_mark_is_no_part_of_a_headline():
    assert [t for t, _, _ in _read(_SHOW) if t[:1] in ("L", "C")] == [
        "Lenders cut five-year fixed mortgage rates for the second time this month",
        "Chipmaker picks Ohio site for a new packaging plant",
        "Cocoa prices fall to their lowest level in two years"]


def test_an_episodes_date_is_not_the_date_of_the_stories_it_discusses():
    stories = _by_title(_SHOW)
    assert stories["Lenders cut five-year fixed mortgage rates for the second time this month"] == (
        dt.date(2026, 4, 10), "ft.com/markets")
    assert stories["Chipmaker picks Ohio site for a new packaging plant"] == (None, "reuters.com")
    assert stories["Cocoa prices fall to their lowest level in two years"][0] is None


def test_a_closing_line_naming_who_supplied_the_facts_is_the_outlet():
    stories = _read("ÚLTIMAS NOTÍCIAS\n\n"
                    "Economia\n"
                    "12 de abril de 2026 - 10h15\n"
                    "Governo anuncia novo programa de crédito para pequenas empresas do Nordeste\n"
                    "O programa prevê juros menores para empresas com faturamento de até 4,8 milhões de reais por ano.\n"
                    "Com informações da Agência Brasil\n\n"
                    "Política\n"
                    "11 de abril de 2026 - 18h40\n"
                    "Senado aprova em primeiro turno a proposta que muda as regras das emendas parlamentares\n"
                    "O texto ainda precisa passar por uma segunda votação antes de seguir para a Câmara dos Deputados.\n"
                    "Com informações de Estadão Conteúdo\n\n"
                    "Cidades\n"
                    "11 de abril de 2026 - 09h05\n"
                    "Chuva forte alaga ruas da zona norte e deixa bairros sem energia por várias horas\n"
                    "A Defesa Civil pediu que moradores de áreas de risco procurem abrigos da prefeitura.\n"
                    "Com informações de fontes da prefeitura\n")
    assert [s for _, _, s in stories] == ["Agência Brasil", "Estadão Conteúdo", ""]


def test_an_agencys_regional_desk_in_a_byline_is_the_outlet_and_a_job_is_not():
    stories = _read("Wales news\n\n"
                    "Ferry operator adds a second daily sailing from Holyhead to Dublin\n"
                    "The extra crossing will run from May until the end of September, the company said on Friday.\n"
                    "By Gareth Hughes, AFP Wales\n"
                    "Fri 10 Apr\n\n"
                    "Cardiff council approves plan for new city-centre arena\n"
                    "The 15,000-seat venue is due to open in 2029 on land next to the main railway station.\n"
                    "By Siân Roberts, AFP Correspondent\n"
                    "Thu 9 Apr\n")
    assert [s for _, _, s in stories] == ["AFP Wales", ""]


def test_a_readers_note_after_an_outlets_name_is_no_part_of_it():
    stories = _read("Lesetipps der Woche\n\n"
                    "**Wie Kopenhagen seine Radwege im Winter räumt**\n"
                    "Die Stadt räumt zuerst die Radwege und dann die Straßen. Ein Besuch beim Winterdienst.\n"
                    "The Guardian (auf Englisch)\n\n"
                    "**Warum die Bahn ihre Pünktlichkeit anders misst**\n"
                    "Züge gelten bis knapp sechs Minuten Verspätung als pünktlich. Fachleute fordern eine strengere Zählung.\n"
                    "Süddeutsche Zeitung (Abo)\n")
    assert [s for _, _, s in stories] == ["The Guardian", "Süddeutsche Zeitung"]


def test_a_newsletters_signature_under_its_intro_is_no_item():
    titles = [t for t, _, _ in _read(
        "Probleme mit der Darstellung? Hier online lesen.\n\n"
        "STADT & LAND\n"
        "Der Montagsbrief aus dem Rathaus\n"
        "Ausgabe 12/2026 · Montag, 13. April 2026\n\n"
        "Liebe Leserinnen und Leser,\n\n"
        "diese Woche geht es um Busse, Mieten und das neue Freibad. Viel Freude beim Lesen.\n\n"
        "Euer Jonas Weber\n"
        "Redaktion Stadt & Land\n\n"
        "**Stadtrat beschließt dichteren Bustakt in den Außenbezirken**\n"
        "Ab Juni fahren die Linien 4 und 7 alle zehn Minuten. Die Mehrkosten trägt die Stadt.\n"
        "→ Lokalzeitung, 9.4.\n\n"
        "**Mietspiegel: Kaltmieten steigen um vier Prozent**\n"
        "Am stärksten steigen die Mieten in der Altstadt, am schwächsten am Stadtrand.\n"
        "→ Stadtanzeiger, 8.4.\n")]
    assert "Euer Jonas Weber" not in titles and "Redaktion Stadt & Land" not in titles
    assert "Stadtrat beschließt dichteren Bustakt in den Außenbezirken" in titles


def test_on_a_dated_page_of_clocked_items_one_without_a_time_takes_no_date():
    stories = _by_title("NANTES AUJOURD'HUI\n"
                        "Mardi 14 avril 2026\n\n"
                        "À LA UNE\n\n"
                        "07h30\n"
                        "Le tramway de la ligne 2 coupé entre Commerce et Motte-Rouge jusqu'à vendredi\n"
                        "Des bus de remplacement circulent toutes les dix minutes pendant les travaux sur les rails.\n\n"
                        "08h45\n"
                        "La métropole lance un budget participatif de cinq millions d'euros\n"
                        "Les habitants pourront déposer leurs projets en ligne jusqu'à la fin du mois de mai.\n\n"
                        "09h20\n"
                        "Un nouveau marché bio ouvrira place Viarme en juin\n"
                        "Une vingtaine de producteurs de Loire-Atlantique y vendront leurs légumes le samedi matin.\n\n"
                        "AUSSI AUJOURD'HUI\n\n"
                        "L'exposition Jules Verne du musée d'arts prolongée jusqu'en septembre\n"
                        "Plus de 60 000 visiteurs l'ont déjà vue depuis son ouverture en février. — 13 avril\n\n"
                        "La piscine du Petit-Port fermée pour vidange\n"
                        "La réouverture est prévue après les vacances scolaires, selon la ville.\n")
    assert stories["Le tramway de la ligne 2 coupé entre Commerce et Motte-Rouge jusqu'à vendredi"][0] == dt.date(2026, 4, 14)
    assert stories["L'exposition Jules Verne du musée d'arts prolongée jusqu'en septembre"][0] == dt.date(2026, 4, 13)
    assert stories["La piscine du Petit-Port fermée pour vidange"][0] is None
