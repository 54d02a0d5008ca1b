"""Held-out set 18's kinds of page, on pages written here in other wordings and languages: an
aggregator's copy whose cards each carry their outlet on the line over the headline (the outlet
line first, the card's age under the headline, buttons, bylines and logos between cards)."""
from __future__ import annotations

import datetime as dt

import pytest
from ingest_page import read_page

CAPTURED = dt.date(2025, 6, 20)


def _rows(text: str):
    p = read_page(text, CAPTURED)
    return [(s.title, s.source, s.date) for s in p.stories]


# --- an aggregator's cards: 'Outlet' / 'Headline' / '2 hours ago', the outlet line first

_EN_NEWS = ("Google News\nHome\nFor you\nFollowing\nU.S.\nWorld\nLocal\nFloods\nTopic\nFollow\nShare\nLatest\n"
            "Reuters\nRiver levels peak overnight as crews shore up levees\n3 hours ago\nFull coverage\nMore\n"
            "The Guardian\nInsurers brace for a wave of claims after the floods\n5 hours ago\nBy Jane Holloway\nMore\n"
            "Valley Courier\nCouncil opens three rest centres for displaced families\nYesterday\nMore\n"
            "Hillside Gazette\nVolunteers fill 20,000 sandbags in a single weekend\nJun 17, 2025\nMore\n"
            "Loading more articles …\n")
_FR_LOGOS = ("Actualités\nÀ la une\nPour vous\nTransports\n"
             "Logo Le Monde\nLe Monde\nLa ligne de tram vers l'aéroport ouvrira en septembre\nil y a 4 heures\nPlus\n"
             "Logo Ouest-Éclair\nOuest-Éclair\nLes contrôleurs annoncent une grève pour le week-end\nHier\nPlus\n"
             "Logo Le Figaro\nLe Figaro\nLe port de commerce retrouve son trafic d'avant la crise\n17 juin 2025\nPlus\n")


@pytest.mark.parametrize("page, want", [
    (_EN_NEWS, [("River levels peak overnight as crews shore up levees", "Reuters", dt.date(2025, 6, 20)),
                ("Insurers brace for a wave of claims after the floods", "The Guardian", dt.date(2025, 6, 20)),
                ("Council opens three rest centres for displaced families", "Valley Courier", dt.date(2025, 6, 19)),
                ("Volunteers fill 20,000 sandbags in a single weekend", "Hillside Gazette", dt.date(2025, 6, 17))]),
    (_FR_LOGOS, [("La ligne de tram vers l'aéroport ouvrira en septembre", "Le Monde", dt.date(2025, 6, 20)),
                 ("Les contrôleurs annoncent une grève pour le week-end", "Ouest-Éclair", dt.date(2025, 6, 19)),
                 ("Le port de commerce retrouve son trafic d'avant la crise", "Le Figaro", dt.date(2025, 6, 17))]),
    (_EN_NEWS.replace("\nReuters\n", "\nReuters logo\nReuters\n").replace("More\nThe Guardian\n", "More\nThe Guardian logo\nThe Guardian\n"),
     [("River levels peak overnight as crews shore up levees", "Reuters", dt.date(2025, 6, 20)),
      ("Insurers brace for a wave of claims after the floods", "The Guardian", dt.date(2025, 6, 20)),
      ("Council opens three rest centres for displaced families", "Valley Courier", dt.date(2025, 6, 19)),
      ("Volunteers fill 20,000 sandbags in a single weekend", "Hillside Gazette", dt.date(2025, 6, 17))]),
], ids=["en-menu-buttons-bylines-unlisted-outlets", "fr-logo-lines-over-each-outlet", "en-logo-lines-after-the-name"])
def test_an_aggregators_cards_each_have_the_outlet_over_them(page, want):
    assert _rows(page) == want


def test_a_page_with_text_between_outlet_and_headline_cards_is_not_read_as_cards():
    # (a teaser under each card: the headline pages' own reading, each outlet line where it is)
    page = ("Reuters\nRiver levels peak overnight as crews shore up levees\n3 hours ago\n"
            "Crews worked through the night to raise the levees along the lower valley.\n\n"
            "The Guardian\nInsurers brace for a wave of claims after the floods\n5 hours ago\n"
            "Early estimates put the damage at several hundred million pounds.\n\n"
            "Valley Courier\nCouncil opens three rest centres for displaced families\nYesterday\n"
            "Three schools will host families until the water recedes.\n")
    assert [s for _, s, _ in _rows(page)] == ["Reuters", "The Guardian", "Valley Courier"]


# --- a byline-and-date line under each item's text, the last item without one

_FR_FOOTERS = ("Le Quotidien de l'Ouest\nAccueil > Actualités > Transports\nDernières actualités\n\n"
               "Tram : la ligne vers l'aéroport ouvrira en septembre\n"
               "Les essais à vide commencent en juin et la mise en service est prévue pour la rentrée, a annoncé la métropole.\n"
               "Par Jeanne Morel | Publié le 18/06/25 à 14h02 | Mis à jour le 19/06/25 à 08h15\n"
               "Lecture 3 min.\n\n"
               "Grève des contrôleurs : le trafic sera perturbé ce week-end\n"
               "La direction prévoit un train sur deux sur les lignes régionales samedi et dimanche.\n"
               "Par Paul Guivarc'h | Publié aujourd'hui à 09h40\n"
               "Lecture 2 min.\n\n"
               "Port de commerce : le trafic retrouve son niveau d'avant la crise\n"
               "Les escales de porte-conteneurs ont progressé de 12 % sur un an, selon la chambre de commerce.\n"
               "Par la rédaction avec AFP | Publié le 16/06/25 à 18h27\n"
               "Lecture 2 min.\n\n"
               "Vélo : la métropole ajoute 40 kilomètres de pistes cyclables\n"
               "Les travaux commenceront à l'automne sur les axes les plus fréquentés du centre.\n"
               "Par Anne Le Bihan\n\n"
               "Charger plus d'articles\n")
_ES_FOOTERS = ("Tema: Transporte\n"
               "Toda la información sobre el transporte público en la ciudad y la región metropolitana.\n\n"
               "El subte aumentará su tarifa un 8 % a partir de julio\n"
               "La empresa concesionaria justificó la suba por el incremento de los costos de energía y de personal.\n"
               "Por Martín Acosta, corresponsal en Buenos Aires\n"
               "18/06/2025 - 00:42 hs\n"
               "Escuchar nota   Compartir\n\n"
               "Los colectivos nocturnos suman cuatro nuevas líneas\n"
               "El servicio funcionará entre la medianoche y las cinco de la mañana todos los días de la semana.\n"
               "Por Lucía Benítez\n"
               "17/06/2025 - 22:10 hs\n"
               "Escuchar nota   Compartir\n\n"
               "La terminal de ómnibus tendrá un nuevo acceso peatonal\n"
               "Las obras durarán seis meses y no afectarán la salida de los micros de larga distancia.\n"
               "Por Gabriela Ferrer\n"
               "Hace 6 horas\n"
               "Escuchar nota   Compartir\n\n"
               "Qué cambia para los usuarios del tren desde el lunes\n"
               "Con el nuevo cronograma, los servicios rápidos dejarán de parar en cuatro estaciones intermedias.\n"
               "Por Gabriela Ferrer\n"
               "Escuchar nota   Compartir\n")
_EN_FOOTERS = ("City desk - latest\n\n"
               "Council approves three new rest centres for flood-hit families\n"
               "The centres will open in schools on the east side of the city until the water recedes, officials said.\n"
               "By Jane Holloway, 3 hours ago\n\n"
               "River levels expected to peak overnight along the lower valley\n"
               "Forecasters said the river would crest just below the level of the 2007 floods, sparing most homes.\n"
               "By Tom Beckwith, 17 June 2025\n\n"
               "Insurers brace for a wave of claims after the floods\n"
               "Early estimates put the damage at several hundred million pounds across the region this week.\n"
               "By Jane Holloway, 16 June 2025\n\n"
               "Volunteers fill 20,000 sandbags in a single weekend\n"
               "Residents queued at the depot from dawn to help protect the lowest-lying streets near the river.\n")
_DE_FOOTERS = ("Lokales - Neueste Meldungen\n\n"
               "Stadtwerke planen 4000 Sozialwohnungen am Hafen\n"
               "Der Bau soll im Herbst beginnen, die ersten Wohnungen sollen 2027 bezugsfertig sein.\n"
               "Von Max Ebert, 18.06.2025\n\n"
               "Mietpreisbremse gilt in der Stadt bis 2029 weiter\n"
               "Der Landtag hat die Verordnung mit großer Mehrheit verlängert, Vermieter kritisieren die Entscheidung.\n"
               "Von Carla Nowak, 17.06.2025\n\n"
               "Neues Hallenbad öffnet nach zwei Jahren Bauzeit\n"
               "Das Bad hat ein Sportbecken, ein Lehrschwimmbecken und eine Sauna, der Eintritt bleibt stabil.\n"
               "Von der Redaktion, 15.06.2025\n\n"
               "Baukosten steigen langsamer als im Vorjahr\n"
               "Das Statistikamt meldet für das erste Quartal ein Plus von zwei Prozent bei den Baupreisen.\n")


@pytest.mark.parametrize("page, want", [
    (_FR_FOOTERS, [dt.date(2025, 6, 18), dt.date(2025, 6, 20), dt.date(2025, 6, 16), None]),
    (_ES_FOOTERS, [dt.date(2025, 6, 18), dt.date(2025, 6, 17), dt.date(2025, 6, 20), None]),
    (_EN_FOOTERS, [dt.date(2025, 6, 20), dt.date(2025, 6, 17), dt.date(2025, 6, 16), None]),
    (_DE_FOOTERS, [dt.date(2025, 6, 18), dt.date(2025, 6, 17), dt.date(2025, 6, 15), None]),
], ids=["fr-par-publie-le", "es-por-then-date-hs", "en-by-name-age", "de-von-name-date"])
def test_a_byline_and_date_line_under_each_text_dates_its_own_item(page, want):
    # (the items are the page's last ones: a topic page's own 'Tema:' heading and text above them is not asked about here)
    assert [d for _, _, d in _rows(page)][-len(want):] == want


def test_date_lines_after_a_blank_line_over_each_item_still_head_the_item_below():
    # (the first item has one above it too: each release's number and date line leads it)
    page = ("Pressestelle\nPressemitteilungen\n\n"
            "Pressemitteilung Nr. 31/2025 vom 18. Juni 2025\n\n"
            "Stadtrat beschließt neuen Nahverkehrsplan\n"
            "Der Plan sieht dichtere Takte auf den Buslinien in den Außenbezirken vor.\n\n"
            "Pressemitteilung Nr. 30/2025 vom 16. Juni 2025\n\n"
            "Freibäder öffnen am Wochenende\n"
            "Die Saison beginnt wegen des warmen Wetters eine Woche früher als geplant.\n\n"
            "Pressemitteilung Nr. 29/2025 vom 12. Juni 2025\n\n"
            "Neue Ladesäulen in der Innenstadt\n"
            "Zwanzig Ladepunkte gehen bis Ende des Monats in Betrieb.\n")
    assert [d for _, _, d in _rows(page)] == [dt.date(2025, 6, 18), dt.date(2025, 6, 16), dt.date(2025, 6, 12)]


# --- search results without headlines: each teaser (a snippet of a few lines' length), then its 'date | place |
# author' line glued to the next teaser

_EN_SEARCH = ("Search\nmonsoon\nResults for: monsoon\n"
              "The weather office said the monsoon reached the Kerala coast three days ahead of its usual date and would advance north over the week, bringing heavy rain to the western ghats by Sunday\n"
              "19 Jun,2025 10:15 AM IST | Kochi | staff correspondentFarmers in the Deccan have been told to wait for at least 75 mm of rain before sowing, "
              "as an early onset is often followed by a dry spell that can ruin the seedlings in the first weeks\n"
              "18 Jun,2025 06:40 PM IST | Pune | PTIThe city's civic body has cleared 40 drains ahead of the rains and set up a control room for flooding complaints that will stay open around the clock until September\n"
              "18 Jun,2025 11:05 AM IST | Mumbai | Rina ChandranADVERTISEMENTReservoir levels in the state stood at 21 per cent of capacity this week, "
              "the lowest in five years, and officials said water cuts in the suburbs would continue until the lakes refill\n"
              "17 Jun,2025 09:30 PM IST | Nashik | IANS\nLoad More\n")
_ES_SEARCH = ("Buscar\nResultados para: sequía\n"
              "El gobierno provincial declaró la emergencia agropecuaria en doce departamentos por la falta de lluvias durante el otoño, lo que permitirá a los productores postergar el pago de impuestos y créditos\n"
              "18/06/2025 19:05 | Rosario | RedacciónLos productores de soja calculan pérdidas de hasta un tercio de la cosecha en el sur de la provincia, donde no llueve desde hace casi tres meses\n"
              "17/06/2025 08:12 | Santa Fe | Lucía BenítezLa empresa de aguas pidió a los vecinos reducir el consumo durante las horas de mayor demanda mientras el nivel del río siga por debajo de lo normal\n"
              "16/06/2025 22:40 | Paraná | Noticias Argentinas\n")

# (snippets of fewer than twenty words and no full stop, each of which alone would read as a headline)
_EN_SHORT = ("Search\nheatwave\nResults for: heatwave\n"
             "The weather office has issued an orange alert for five districts as temperatures climb past 44 degrees\n"
             "19 Jun,2025 10:15 AM IST | Jaipur | staff correspondentSchools in the state will close two weeks early for the summer "
             "break, the education department said on Tuesday\n"
             "18 Jun,2025 06:40 PM IST | Jaipur | PTIHospitals have set aside heatstroke wards and asked people to stay indoors "
             "between noon and four\n"
             "18 Jun,2025 11:05 AM IST | Kota | Rina ChandranPower demand hit a record on Tuesday night as air conditioners ran "
             "across the northern grid\n"
             "17 Jun,2025 09:30 PM IST | New Delhi | IANS\nLoad More\n")


@pytest.mark.parametrize("page, want", [
    (_EN_SEARCH, [("The weather office said the monsoon reached the Kerala coast", dt.date(2025, 6, 19), ""),
                  ("Farmers in the Deccan have been told to wait", dt.date(2025, 6, 18), "PTI"),
                  ("The city's civic body has cleared 40 drains", dt.date(2025, 6, 18), ""),
                  ("Reservoir levels in the state stood at 21 per cent", dt.date(2025, 6, 17), "IANS")]),
    (_ES_SEARCH, [("El gobierno provincial declaró la emergencia", dt.date(2025, 6, 18), ""),
                  ("Los productores de soja calculan pérdidas", dt.date(2025, 6, 17), ""),
                  ("La empresa de aguas pidió a los vecinos", dt.date(2025, 6, 16), "Noticias Argentinas")]),
    (_EN_SHORT, [("The weather office has issued an orange alert", dt.date(2025, 6, 19), ""),
                 ("Schools in the state will close two weeks early", dt.date(2025, 6, 18), "PTI"),
                 ("Hospitals have set aside heatstroke wards", dt.date(2025, 6, 18), ""),
                 ("Power demand hit a record on Tuesday night", dt.date(2025, 6, 17), "IANS")]),
], ids=["en-meta-glued-button-between", "es-meta-glued", "en-snippets-as-short-as-headlines"])
def test_search_results_without_headlines_each_dated_by_the_meta_line_under_them(page, want):
    p = read_page(page, CAPTURED)
    got = [(" ".join(s.paras), s.date, s.source) for s in p.stories]
    assert [(text[:len(start)], d, src) for (text, d, src), (start, _, _) in zip(got, want)] == want and len(got) == len(want)
    assert not any("ADVERTISEMENT" in text or "|" in text for text, _, _ in got)


# --- a link list's date column of days and months without a year

@pytest.mark.parametrize("page, want", [
    ("flood links (newest first)\n\n"
     "6/19 ~ Valley Courier ~ River levels peak overnight as crews shore up levees\n"
     "6/8 ~ The Ledger ~ Insurers brace for a wave of claims after the floods\n"
     "6/2 ~ Valley Courier ~ Council opens three rest centres for displaced families\n",
     [dt.date(2025, 6, 19), dt.date(2025, 6, 8), dt.date(2025, 6, 2)]),   # (19 in the second place: month first)
    ("veille transports (le plus récent en haut)\n\n"
     "9/6 ~ Ouest-Éclair ~ La ligne de tram vers l'aéroport ouvrira en septembre\n"
     "7/6 ~ Le Courrier du Rail ~ Les contrôleurs annoncent une grève pour le week-end\n"
     "3/6 ~ Ouest-Éclair ~ Le port de commerce retrouve son trafic d'avant la crise\n",
     [dt.date(2025, 6, 9), dt.date(2025, 6, 7), dt.date(2025, 6, 3)]),   # (no number above 12: French, day first)
    ("flood links\n\n"
     "6/9 ~ Valley Courier ~ River levels peak overnight as crews shore up levees\n"
     "6/8 ~ The Ledger ~ Insurers brace for a wave of claims after the floods\n"
     "6/2 ~ Valley Courier ~ Council opens three rest centres for displaced families\n",
     [None, None, None]),   # (English, nothing decides: 9 June or 6 September is not guessed)
], ids=["en-a-day-above-12-second-is-us-order", "fr-by-the-language", "en-undecided-stays-undated"])
def test_a_link_lists_yearless_day_month_column_is_read_in_the_order_it_shows(page, want):
    assert [d for _, _, d in _rows(page)] == want


# --- a topic page whose teasers are signed under their 'Read more': name, role, date

_SIGNED_FEET = ("Skip to main content\nThe Valley Courier\nNews   Money   Sport   Opinion\nMoney › Housing\n\n"
                "Housing costs\n+ Follow this topic\n"
                "The latest on rents, mortgages and help with housing costs from our money desk.\n\n"
                "Mortgage rates fall for a third month as lenders compete for buyers\n"
                "Two-year fixed deals dropped below 4.5 per cent for the first time since last autumn, brokers said on Friday.\n"
                "Read more\nAmira Lewis\nPersonal Finance Editor\n2 hours ago\n31 comments\nShare   Save\n"
                "(Image: Peter Byrne/PA Wire)\n\n"
                "Rents in the valley rise faster than anywhere else in the region\n"
                "Average rents climbed 9 per cent in a year as the number of homes to let fell to a record low, letting agents said.\n"
                "Read more\nOwen Price\nThursday 19 June 2025 08:30\n12 comments\nShare   Save\n\n"
                "Council to buy 200 empty homes and let them at social rents\n"
                "The scheme, paid for by a government grant, will start with flats above shops in the town centre this summer.\n"
                "Read more\nAmira Lewis\nUpdated 17 June 2025\nShare   Save\n"
                "(Image: Getty Images)\n\n"
                "What first-time buyers should check before they sign\n"
                "Surveys, service charges and the length of a lease can all add costs that lenders do not show up front.\n"
                "Read more\nMoney team\nSunday 15 June 2025\nShare   Save\n\n"
                "Page 1 of 40   Next ›\n\n"
                "Get the Money Saver newsletter\nOur best tips on bills, savings and deals, every Tuesday.\n"
                "Enter your email   Sign up\nBy signing up you agree to our privacy notice.\n")


def test_teasers_signed_under_their_read_more_are_dated_each_by_their_own_foot():
    rows = _rows(_SIGNED_FEET)
    # (the last four: the topic's own heading and blurb above them are not asked about here)
    assert [(t, d) for t, _, d in rows][-4:] == [
        ("Mortgage rates fall for a third month as lenders compete for buyers", dt.date(2025, 6, 20)),
        ("Rents in the valley rise faster than anywhere else in the region", dt.date(2025, 6, 19)),
        ("Council to buy 200 empty homes and let them at social rents", dt.date(2025, 6, 17)),
        ("What first-time buyers should check before they sign", dt.date(2025, 6, 15))]
    assert not any(s in ("Thursday", "Sunday", "Personal Finance Editor") for _, s, _ in rows)


def test_a_newsrooms_byline_with_an_agency_gives_the_agency_as_the_outlet():
    # ('Par la rédaction avec AFP | Publié le …': the agency's copy; a person's byline names no outlet)
    assert [s for _, s, _ in _rows(_FR_FOOTERS)] == ["", "", "AFP", ""]
