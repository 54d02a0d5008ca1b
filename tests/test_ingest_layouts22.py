"""Held-out set 22's kinds of page, on pages written here in other wordings and languages: a
'#tag' listing whose category and outlet lines are marked with a guillemet ('› Category')."""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page

CAPTURED = dt.date(2025, 10, 21)


def _rows(text: str):
    p = read_page(text, CAPTURED)
    return [(s.title, s.source, s.date) for s in p.stories]


# --- a '#tag' listing whose bullets are guillemets: '› Category' / '» Outlet' are labels, not titles

_ES_GUILLEMETS = ("Últimas noticias con #Vivienda\n\n\n"
                  "El País\nhace 3 horas\n» Economía\n» El País\n"
                  "El Gobierno amplía el bono de alquiler joven a los menores de 35 años\n"
                  "La ayuda de 250 euros al mes se podrá pedir hasta diciembre en todas las comunidades.\n"
                  "La Voz de Galicia\n19-10-2025\n» Galicia\n» La Voz de Galicia\n"
                  "Vigo aprueba la construcción de 400 viviendas protegidas en Navia\n"
                  "El pleno dio luz verde al plan con los votos del grupo de gobierno.\n"
                  "Cinco Días\n17-10-2025\n» Mercados\n» Cinco Días\n"
                  "El precio del metro cuadrado sube un 9 % en un año\n"
                  "Las capitales de provincia encabezan la subida, según el último informe.\n")


def test_a_tag_listings_guillemet_lines_are_labels_not_titles():
    assert _rows(_ES_GUILLEMETS) == [
        ("El Gobierno amplía el bono de alquiler joven a los menores de 35 años", "El País", dt.date(2025, 10, 21)),
        ("Vigo aprueba la construcción de 400 viviendas protegidas en Navia", "La Voz de Galicia", dt.date(2025, 10, 19)),
        ("El precio del metro cuadrado sube un 9 % en un año", "Cinco Días", dt.date(2025, 10, 17))]
    assert "Galicia" in read_page(_ES_GUILLEMETS, CAPTURED).stories[1].labels


# --- one article a line, fields set apart by a typed double hyphen ('Outlet -- 20.10. -- Headline')

_FR_DOUBLE_HYPHEN = ("Revue de presse logement, semaine 43\n\n"
                     "18/10 -- Le Monde -- Les loyers parisiens reculent pour la première fois depuis 2020\n"
                     "17/10 -- Les Échos -- La construction de logements neufs au plus bas depuis trente ans\n"
                     "16/10 -- -- Le prêt à taux zéro élargi à toute la France dès janvier\n"
                     "-- Ouest-France -- Rennes lance un encadrement des loyers à titre expérimental\n")


def test_a_list_with_double_hyphens_between_its_fields_is_read_by_field():
    assert _rows(_FR_DOUBLE_HYPHEN) == [
        ("Les loyers parisiens reculent pour la première fois depuis 2020", "Le Monde", dt.date(2025, 10, 18)),
        ("La construction de logements neufs au plus bas depuis trente ans", "Les Échos", dt.date(2025, 10, 17)),
        ("Le prêt à taux zéro élargi à toute la France dès janvier", "", dt.date(2025, 10, 16)),
        ("Rennes lance un encadrement des loyers à titre expérimental", "Ouest-France", None)]



# --- a newsletter e-mail whose items date themselves in their source lines when they can: the send
# date ('Datum:' among the mail's headers) is the issue's, not the undated items'

_DE_MAIL = ("Von: Der Wasserstoff-Brief <post@h2brief.example>\n"
            "Datum: Di., 21. Okt. 2025 07:15\n"
            "Betreff: Elektrolyseure, Pipelines und ein neuer Förderaufruf\n\n"
            "Im Browser ansehen\n\n"
            "Guten Morgen,\nhier das Wichtigste der Woche.\n\n"
            "Bund startet neuen Förderaufruf für Elektrolyseure\n"
            "Das Wirtschaftsministerium stellt 900 Millionen Euro für Anlagen ab zehn Megawatt bereit, Anträge sind bis März möglich.\n"
            "Quelle: Tagesspiegel Background\n\n"
            "Erste Leitung des Kernnetzes geht in Betrieb\n"
            "Zwischen Lubmin und Bobbau fließt seit dem Wochenende Wasserstoff durch eine umgestellte Erdgasleitung.\n"
            "Quelle: Ostsee-Zeitung, 18. Okt.\n\n"
            "Stahlwerk in Duisburg verschiebt Umstieg auf Wasserstoff\n"
            "Der Konzern will die Direktreduktionsanlage zunächst mit Erdgas betreiben, bis der Wasserstoff günstiger wird.\n"
            "Quelle: WAZ\n\n"
            "Abbestellen   |   Impressum\n")


def test_a_mails_send_date_does_not_date_the_items_that_give_none():
    # (the greeting read as an item of its own is another matter: titled items only)
    assert [(s.title, s.date) for s in read_page(_DE_MAIL, CAPTURED).stories if s.title] == [
        ("Bund startet neuen Förderaufruf für Elektrolyseure", None),
        ("Erste Leitung des Kernnetzes geht in Betrieb", dt.date(2025, 10, 18)),
        ("Stahlwerk in Duisburg verschiebt Umstieg auf Wasserstoff", None)]


# --- a press-release list: headline, then 'Posted On: 20 OCT 2025 4:47PM by BUREAU City' (the
# date line with its time glued to 'PM'; the issuing bureau is the source), then the text

_EN_RELEASES = ("Ministry of Ports, Shipping and Waterways\nPress Releases\nHome > Media > Press Releases\n\n"
                "Green tug programme extended to four more major ports\n"
                "Posted On: 17 OCT 2025 9:05AM by PIB Mumbai\n"
                "The ministry said battery-electric tugs will enter service at Paradip, Kandla, Tuticorin and Kochi by 2027.\n\n"
                "Cruise terminal at Chennai handles record 40,000 passengers\n"
                "Posted On: 15 OCT 2025 6:30PM by PIB Chennai\n"
                "Passenger numbers at the terminal have doubled since the coastal cruise circuit opened last year.\n")
_ES_RELEASES = ("Ministerio de Sanidad\nNotas de prensa\n\n"
                "Sanidad amplía la campaña de vacunación contra la gripe a los mayores de 60 años\n"
                "Publicado el: 14 OCT 2025 10:15 por EFE Madrid\n"
                "Las comunidades autónomas empezarán a vacunar a este grupo a partir de la próxima semana.\n\n"
                "El Consejo Interterritorial aprueba el plan de salud mental para adolescentes\n"
                "Publicado el: 10 OCT 2025 13:40 por EFE Madrid\n"
                "El plan prevé contratar 400 psicólogos clínicos en centros de atención primaria.\n")


def test_a_press_lists_posted_on_line_dates_its_release_and_names_the_bureau():
    assert _rows(_EN_RELEASES) == [
        ("Green tug programme extended to four more major ports", "PIB Mumbai", dt.date(2025, 10, 17)),
        ("Cruise terminal at Chennai handles record 40,000 passengers", "PIB Chennai", dt.date(2025, 10, 15))]
    assert _rows(_ES_RELEASES) == [
        ("Sanidad amplía la campaña de vacunación contra la gripe a los mayores de 60 años", "EFE Madrid", dt.date(2025, 10, 14)),
        ("El Consejo Interterritorial aprueba el plan de salud mental para adolescentes", "EFE Madrid", dt.date(2025, 10, 10))]


# --- untitled summaries of several sentences each, each closed by a read-more link in the page's
# language ('Lire la suite'), one signed by its source line over the link: one item each

_FR_SUMMARIES = (
    "La SNCB supprimera une trentaine de trains par jour entre Namur et Luxembourg pendant les travaux de modernisation "
    "de la ligne 162, qui dureront jusqu'en mars. Des bus de remplacement circuleront aux heures de pointe. Les navetteurs "
    "dénoncent des correspondances allongées de près d'une heure. Le ministre de la Mobilité promet une compensation pour les abonnés.\n"
    "Lire la suite\n"
    "Le prix du ticket de la STIB augmentera de dix centimes au premier janvier, a confirmé le gouvernement bruxellois. "
    "L'abonnement annuel pour les jeunes reste inchangé. Les associations de voyageurs jugent la hausse mal venue alors "
    "que la fréquence des bus a baissé.\n"
    "Source : Le Soir · il y a 3 jours\n"
    "Lire la suite\n"
    "De Lijn teste des bus à hydrogène sur deux lignes régionales autour d'Anvers pendant six mois. La société flamande "
    "veut comparer leur coût avec celui des bus électriques à batterie. Une décision sur une commande plus large est "
    "attendue l'été prochain.\n"
    "Lire la suite\n")


def test_untitled_summaries_closed_by_a_read_more_link_in_their_language_are_one_item_each():
    stories = read_page(_FR_SUMMARIES, CAPTURED).stories
    assert [s.paras[0].split()[:3] for s in stories] == [["La", "SNCB", "supprimera"], ["Le", "prix", "du"], ["De", "Lijn", "teste"]]
    assert [(s.source, s.date) for s in stories] == [("", None), ("Le Soir", dt.date(2025, 10, 18)), ("", None)]


# --- a live blog's entry signed '(via Outlet)' on a line of its own under its text

_ES_LIVE = ("EN DIRECTO\nEl peso argentino, minuto a minuto\nÚltima actualización: 20/10/2025, 18:10\n\n"
            "17:55\nEl dólar oficial cierra estable en 1.450 pesos\n"
            "El Banco Central no intervino en el mercado de cambios por tercera jornada consecutiva.\n\n"
            "16:20\nLas reservas vuelven a caer antes de las elecciones\n"
            "Las reservas brutas bajaron 300 millones de dólares por pagos a organismos internacionales.\n"
            "(vía Ámbito)\n\n"
            "15:05\nLos bonos suben tras el anuncio del Tesoro estadounidense\n"
            "Los títulos en dólares ganaron hasta un 4 por ciento en la rueda de la tarde.\n")


def test_a_live_entrys_via_line_names_its_source():
    assert [(t, s) for t, s, _ in _rows(_ES_LIVE)] == [
        ("El dólar oficial cierra estable en 1.450 pesos", ""),
        ("Las reservas vuelven a caer antes de las elecciones", "Ámbito"),
        ("Los bonos suben tras el anuncio del Tesoro estadounidense", "")]


# --- a tag page whose teaser ends in a short paragraph of its own, the next headline right under it

_IT_TAG = ("Tema - Elezioni regionali\n\n"
           "Veneto: il centrodestra presenta la lista unitaria per il consiglio regionale\n"
           "I partiti della coalizione hanno depositato ieri la lista comune per le elezioni di novembre, dopo settimane di "
           "trattative sui nomi dei capolista nelle sette province. Il candidato presidente ha promesso una giunta snella e "
           "un piano per la sanità territoriale entro i primi cento giorni di mandato.\n\n"
           "Il deposito delle firme si chiude venerdì.\n"
           "Campania: il campo largo trova l'accordo sul programma\n"
           "Dopo tre incontri a Napoli, le forze del centrosinistra hanno firmato un programma comune che mette al centro "
           "trasporti, rifiuti e lavoro giovanile. Restano da definire le liste civiche e la squadra degli assessori, che "
           "il candidato presenterà a fine mese in un'assemblea pubblica.\n")


def test_a_tag_page_teasers_short_closing_paragraph_stays_in_it():
    stories = read_page(_IT_TAG, CAPTURED).stories
    assert [s.title.split(":")[0] for s in stories] == ["Veneto", "Campania"]
    assert stories[0].paras[-1] == "Il deposito delle firme si chiude venerdì."


# --- a topic page's long sentence-case headlines (18 words and more, a comma inside) over bylines

_EN_TOPIC = ("Skip to content\nTHE HARBOUR CITY COURIER\nSubscribe   Log in\nHome > News > Council elections\n\n"
             "COUNCIL ELECTIONS\nFollow\n\n"
             "Harbour council votes to redraw ward boundaries after a long debate, and opposition members say they will take the decision to court\n"
             "By Jana Kroll\n"
             "Updated Oct. 20, 2025 6:12 p.m.\n"
             "Councillors approved the new map by nine votes to seven, moving three neighbourhoods into different wards.\n"
             "Share   Save   12 comments\n\n"
             "ADVERTISEMENT\n\n"
             "Postal ballots are reaching some suburbs late, but the returning officer says every voter who asked for one will have it before polling day\n"
             "By Felix Brand, Reuters\n"
             "Oct. 19, 2025\n"
             "A printing firm in the north of the city said it had fallen behind after a machine broke down last week.\n"
             "Share   Save   3 comments\n")


def test_long_headlines_over_bylines_each_open_an_item():
    assert [(t.split()[:2], d) for t, _, d in _rows(_EN_TOPIC)] == [
        (["Harbour", "council"], dt.date(2025, 10, 20)), (["Postal", "ballots"], dt.date(2025, 10, 19))]
