"""Layouts of held-out set 29 read in general (fit29b; pages written here, in other wordings,
outlets and languages)."""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page

_DAY = dt.date(2026, 11, 4)


def _read(text: str, day: dt.date = _DAY):
    return [(s.title, s.date, s.source) for s in read_page(text, day).stories]


# A print paper's contents, its edition dated at the top; the items open with datelines, most of
# them with their day ('NEW DELHI, Nov 3: '), some with the place alone ('MUMBAI: '). The
# edition's day is no item's: one whose dateline prints no day stays undated (3209's kind).
_EDITION_EN = ("THE MORNING LEDGER · Digital Edition\n"
               "Wednesday, November 4, 2026\n"
               "Read online   Download PDF   Past issues\n\n"
               "FRONT PAGE\n\n"
               "Cabinet clears new rail corridor to the east coast\n"
               "NEW DELHI, Nov 3: The Union Cabinet approved a freight corridor linking Ludhiana to the ports of "
               "Odisha, to be built in three phases over eight years.\n"
               "PTI\n\n"
               "Suburban trains to run every four minutes at peak hours\n"
               "MUMBAI: The railway board said new signalling on the western line would let it add forty "
               "services a day from next month.\n"
               "By Staff Correspondent\n\n"
               "CITY\n\n"
               "Dengue cases rise after late monsoon rains\n"
               "CHENNAI, Nov 2: The corporation reported 212 cases in a week and began fogging drives in "
               "fourteen wards.\n"
               "By Priya Raman\n\n"
               "Metro fares to stay unchanged this year\n"
               "KOLKATA: The fare fixation committee rejected a proposal to raise tickets by two rupees.\n"
               "IANS\n")

_EDITION_FR = ("LE COURRIER DU SUD · Édition numérique\n"
               "Mercredi 4 novembre 2026\n"
               "Feuilleter   Télécharger le PDF   Archives\n\n"
               "RÉGION\n\n"
               "La ligne TER Marseille-Toulon rouvre après trois semaines de travaux\n"
               "MARSEILLE, 3 novembre — Les trains circulent de nouveau sur toute la ligne, mais à vitesse "
               "réduite entre Cassis et La Ciotat jusqu'à la fin du mois.\n"
               "Par Julien Ferrand\n\n"
               "Incendie maîtrisé dans le massif des Maures\n"
               "TOULON — Les pompiers ont fixé le feu qui avait parcouru quarante hectares de garrigue près "
               "du Luc.\n"
               "AFP\n\n"
               "ÉCONOMIE\n\n"
               "Le port de Sète accueille un troisième quai pour les ferries\n"
               "SÈTE, 2 novembre — Le quai de 240 mètres permettra de recevoir deux navires à la fois dès "
               "le printemps.\n"
               "Par Claire Vidal\n")


def test_edition_date_is_no_undated_dateline_items_en():
    rows = {t: d for t, d, _ in _read(_EDITION_EN)}
    assert rows["Cabinet clears new rail corridor to the east coast"] == dt.date(2026, 11, 3)
    assert rows["Dengue cases rise after late monsoon rains"] == dt.date(2026, 11, 2)
    assert rows["Suburban trains to run every four minutes at peak hours"] is None
    assert rows["Metro fares to stay unchanged this year"] is None


def test_edition_date_is_no_undated_dateline_items_fr():
    rows = {t: d for t, d, _ in _read(_EDITION_FR)}
    assert rows["La ligne TER Marseille-Toulon rouvre après trois semaines de travaux"] == dt.date(2026, 11, 3)
    assert rows["Le port de Sète accueille un troisième quai pour les ferries"] == dt.date(2026, 11, 2)
    assert rows["Incendie maîtrisé dans le massif des Maures"] is None


# A list of company announcements (a stock exchange's, a regulator's): a stamp row, the issuing
# company's name with its legal form on a line of its own, the report's title, its description.
# The issuer is the item's outlet (3207's kind); the exchange only lists the reports.
_ANNOUNCEMENTS_DE = ("Börse Musterstadt\n"
                     "Aktien   Anleihen   Indizes   Emittenten   Über uns\n\n"
                     "Startseite > Emittenten > Unternehmensmeldungen\n\n"
                     "Unternehmensmeldungen\n"
                     "Ad-hoc-Mitteilungen und Stimmrechtsmitteilungen der gelisteten Gesellschaften. Für den Inhalt sind die Emittenten verantwortlich.\n\n"
                     "2026-11-03 18:02   |   Ad-hoc   |   Mitteilung 12/2026\n"
                     "Siemens Energy AG\n"
                     "Prognose für das Geschäftsjahr angehoben\n"
                     "Der Vorstand erwartet nun ein Umsatzwachstum von 15 bis 17 Prozent, getragen vom Netzgeschäft.\n"
                     "Zur Meldung ›\n\n"
                     "2026-11-03 07:30   |   Stimmrechte   |   Mitteilung 4/2026\n"
                     "Deutsche Lufthansa AG\n"
                     "Neuer Großaktionär meldet Anteil von fünf Prozent\n"
                     "Ein Staatsfonds hat die Schwelle von fünf Prozent der Stimmrechte überschritten.\n"
                     "Zur Meldung ›\n\n"
                     "2026-11-02 17:45   |   Ad-hoc   |   Mitteilung 9/2026\n"
                     "Bayerische Motoren Werke Aktiengesellschaft\n"
                     "Rückruf von Hochvoltspeichern in Nordamerika\n"
                     "Betroffen sind rund 12.000 Fahrzeuge, die Kosten werden im vierten Quartal verbucht.\n"
                     "Zur Meldung ›\n\n"
                     "Impressum · Datenschutz · © Börse Musterstadt AG\n")

_ANNOUNCEMENTS_EN = ("Nordic Market\n"
                     "Shares   Bonds   Indexes   Listed companies\n\n"
                     "Home > Listed companies > Company news\n\n"
                     "Company news\n"
                     "Announcements published by listed companies. The exchange is not responsible for their content.\n\n"
                     "3 Nov 2026 08:00 CET   |   Inside information\n"
                     "EQUINOR ASA\n"
                     "Equinor sells its stake in two Brazilian oil fields\n"
                     "The company has agreed to sell its 25 percent share in the fields for USD 1.2 billion.\n\n"
                     "2 Nov 2026 16:15 CET   |   Major shareholder announcement\n"
                     "Nokia Oyj\n"
                     "Nokia receives notification of a change in holdings\n"
                     "A fund manager's holding in Nokia rose above ten percent of the shares.\n\n"
                     "2 Nov 2026 09:00 CET   |   Interim report\n"
                     "H&M Hennes & Mauritz AB (publ)\n"
                     "Sales in the third quarter up four percent in local currencies\n"
                     "Sales in the period amounted to SEK 59 billion, with strong growth in southern Europe.\n\n"
                     "Showing 1–3 of 88\n")


def test_issuer_line_over_report_title_is_outlet_de():
    rows = {t: s for t, _, s in _read(_ANNOUNCEMENTS_DE)}
    assert rows["Prognose für das Geschäftsjahr angehoben"] == "Siemens Energy AG"
    assert rows["Neuer Großaktionär meldet Anteil von fünf Prozent"] == "Deutsche Lufthansa AG"
    assert rows["Rückruf von Hochvoltspeichern in Nordamerika"] == "Bayerische Motoren Werke Aktiengesellschaft"


def test_issuer_line_over_report_title_is_outlet_en():
    got = _read(_ANNOUNCEMENTS_EN)
    assert "Company news" not in [t for t, _, _ in got]   # (the list's title and note are the page's)
    rows = {t: s for t, _, s in got}
    assert rows["Equinor sells its stake in two Brazilian oil fields"] == "EQUINOR ASA"
    assert rows["Nokia receives notification of a change in holdings"] == "Nokia Oyj"
    assert rows["Sales in the third quarter up four percent in local currencies"] == "H&M Hennes & Mauritz AB (publ)"


# A member bulletin mailed by an association: mail headers with a short 'To:' line, the
# view-in-browser sentence, the masthead, a salutation alone on its line and the intro under it,
# section headings set off by a block sign in capitals, the items, then a closing line with the
# signature, address and unsubscribe line under it (3206's and 3201's kinds): only the items are
# articles.
_BULLETIN_FR = ("De: Fédération des vignerons du Sud-Ouest <info@fvso.example>\n"
                "Objet: Lettre aux adhérents n° 12 – novembre 2026\n"
                "À: Adhérents FVSO\n\n"
                "Si vous ne voyez pas ce message correctement, ouvrez-le dans votre navigateur.\n\n"
                "Fédération des vignerons du Sud-Ouest\n"
                "Lettre aux adhérents n° 12 · Bordeaux, novembre 2026\n"
                "Réservé aux adhérents – merci de ne pas diffuser\n\n"
                "Chère adhérente, cher adhérent,\n"
                "Voici les nouvelles de la filière et de la Fédération de ces dernières semaines, avec les dates à retenir.\n\n"
                "◆ ACTUALITÉS DE LA FILIÈRE\n\n"
                "Les vendanges 2026 en baisse de 12 % dans le Bordelais\n"
                "Le gel d'avril et la sécheresse de l'été ont réduit les rendements, surtout sur les parcelles de "
                "merlot des coteaux.\n"
                "Source : Sud Ouest, 3/11\n\n"
                "Export : la Chine relève ses droits sur les vins en bouteille\n"
                "Les exportateurs craignent une perte de parts de marché face aux vins chiliens et australiens.\n"
                "Source : Vitisphere\n\n"
                "◆ VIE DE LA FÉDÉRATION\n\n"
                "Le bureau reçu par le préfet au sujet de l'arrachage aidé\n"
                "La Fédération a demandé que l'aide couvre aussi les petites exploitations de moins de cinq hectares.\n\n"
                "Cordialement,\n"
                "Le secrétariat de la Fédération\n"
                "12 cours de l'Intendance, 33000 Bordeaux · 05 56 00 00 00\n"
                "Pour ne plus recevoir cette lettre, répondez STOP à ce message.\n")

_BULLETIN_DE = ("Von: Verband der Mühlenbetriebe <info@vdm.example>\n"
                "Betreff: Mitgliederinfo 7/2026\n"
                "An: Mitglieder VdM\n\n"
                "Falls diese E-Mail nicht korrekt angezeigt wird, öffnen Sie sie bitte im Browser.\n\n"
                "Verband der Mühlenbetriebe e. V.\n"
                "Mitgliederinfo Nr. 7 · Bonn, November 2026\n\n"
                "Sehr geehrte Damen und Herren,\n"
                "wir informieren Sie über die wichtigsten Entwicklungen der Branche und die Arbeit des Verbandes im Oktober.\n\n"
                "■ AUS DER BRANCHE\n\n"
                "Weizenernte fällt um acht Prozent geringer aus\n"
                "Nach dem nassen Frühjahr meldet das Statistische Bundesamt die kleinste Ernte seit sechs Jahren.\n"
                "Quelle: Agrarzeitung, 30.10.\n\n"
                "Energiepreise belasten kleinere Mühlen\n"
                "Die Netzentgelte steigen im kommenden Jahr erneut, besonders in ländlichen Regionen.\n"
                "Quelle: Handelsblatt\n\n"
                "■ AUS DEM VERBAND\n\n"
                "Vorstand trifft Landwirtschaftsministerin in Berlin\n"
                "Der Verband forderte eine Entlastung bei den Stromsteuern für mittelständische Betriebe.\n\n"
                "Mit freundlichen Grüßen\n"
                "Ihre Geschäftsstelle\n"
                "Verband der Mühlenbetriebe e. V., Heerstraße 12, 53111 Bonn\n"
                "Abmelden: Antworten Sie mit „Abmelden“.\n")

_BULLETIN_TITLES_FR = ["Les vendanges 2026 en baisse de 12 % dans le Bordelais",
                       "Export : la Chine relève ses droits sur les vins en bouteille",
                       "Le bureau reçu par le préfet au sujet de l'arrachage aidé"]
_BULLETIN_TITLES_DE = ["Weizenernte fällt um acht Prozent geringer aus", "Energiepreise belasten kleinere Mühlen",
                       "Vorstand trifft Landwirtschaftsministerin in Berlin"]


def test_member_bulletin_furniture_is_no_item_fr():
    assert [t for t, _, _ in _read(_BULLETIN_FR)] == _BULLETIN_TITLES_FR


def test_member_bulletin_furniture_is_no_item_de():
    assert [t for t, _, _ in _read(_BULLETIN_DE)] == _BULLETIN_TITLES_DE


# A newsletter whose greeting stands alone under its masthead and issue line, its intro signed
# 'Your editors' before the first section (3201's kind): greeting, intro and signature are no items.
_LETTER_EN = ("From: Grid Weekly <letters@gridweekly.example>\n"
              "Subject: Interconnectors, heat pumps, a court ruling\n"
              "Date: 4 November 2026 at 06:00\n\n"
              "View online\n\n"
              "GRID WEEKLY\n"
              "Wednesday, 4 November 2026 · Issue 88\n\n"
              "Good morning,\n\n"
              "the week brings a record for interconnector imports and a fight over heat pump grants. We also "
              "look at a court ruling on onshore wind.\n\n"
              "Your editors\n\n"
              "═══════════\n"
              "THE WEEK\n"
              "═══════════\n\n"
              "▶ Interconnector imports hit a record in October\n"
              "Britain imported a fifth of its power through subsea cables, most of it from Norway and France.\n"
              "→ Financial Times, 2.11.\n\n"
              "▶ Heat pump grant cut from next April\n"
              "The government will lower the grant by a quarter, installers say orders will fall.\n"
              "→ The Guardian, 3.11.\n\n"
              "▶ Court quashes consent for a Welsh wind farm\n"
              "The judge found the landscape assessment had ignored two nearby national trails.\n"
              "→ BBC News, 30.10.\n")


def test_greeting_under_masthead_and_signed_intro_are_no_items():
    assert [t for t, _, _ in _read(_LETTER_EN)] == ["Interconnector imports hit a record in October",
                                                    "Heat pump grant cut from next April",
                                                    "Court quashes consent for a Welsh wind farm"]


# A city's news list whose items close with their categories, one or a few joined by commas, right
# under the text (3208's kind): the items' labels, no items of their own.
_CITY_DE = ("Stadt Musterhausen\n"
            "Startseite > Aktuelles\n\n"
            "Veröffentlicht 03.11.2026\n"
            "Neuer Radweg an der Ringstraße freigegeben\n"
            "Der 2,4 Kilometer lange Abschnitt verbindet die Altstadt mit dem Bahnhof und ist durchgehend beleuchtet.\n"
            "Verkehr, Umwelt\n\n"
            "Veröffentlicht 02.11.2026\n"
            "Hallenbad schließt für drei Wochen\n"
            "Wegen Arbeiten an der Lüftungsanlage bleibt das Bad vom 9. bis 30. November geschlossen.\n"
            "Sport\n\n"
            "Veröffentlicht 30.10.2026\n"
            "Stadtrat beschließt Hitzeschutzplan\n"
            "Trinkbrunnen, schattige Plätze und ein Warnsystem für Pflegeheime sind Teil des Plans.\n"
            "Gesundheit, Klimaanpassung, Soziales\n\n"
            "Veröffentlicht 28.10.2026\n"
            "Bürgerbüro bietet Termine am Samstag an\n"
            "Ab sofort sind jeden ersten Samstag im Monat Termine für Ausweise und Meldeangelegenheiten frei.\n"
            "Verwaltung\n\n"
            "Weitere Meldungen\n")


def test_closing_category_lines_are_labels():
    got = read_page(_CITY_DE, _DAY).stories
    assert [s.title for s in got] == ["Neuer Radweg an der Ringstraße freigegeben", "Hallenbad schließt für drei Wochen",
                                      "Stadtrat beschließt Hitzeschutzplan", "Bürgerbüro bietet Termine am Samstag an"]
    assert "Klimaanpassung" in got[2].labels


# An advertisement's label over one line naming an event and its day, a blank line after it (3203's
# kind): the advertisement's, no item dated by its event.
_SECTION_AD = ("ÉCONOMIE\n\n"
               "03.11.2026 • 18:40\n"
               "Le chômage recule à 7,1 % au troisième trimestre\n"
               "L'Insee note une baisse plus forte chez les moins de 25 ans, portée par l'apprentissage.\n"
               "Économie | AFP\n\n"
               "PUBLICITÉ\n"
               "Salon de l'agriculture · Paris · 28 février\n\n"
               "02.11.2026 • 09:15\n"
               "Les prix de l'électricité baisseront de 8 % en février\n"
               "La Commission de régulation de l'énergie a publié sa proposition de tarif pour 2027.\n"
               "Énergie | AFP\n\n"
               "01.11.2026 • 11:05\n"
               "La Bourse de Paris termine la semaine en hausse\n"
               "Le CAC 40 a gagné 2,3 % en cinq séances, porté par les valeurs du luxe.\n"
               "Marchés | Reuters\n")


def test_advertised_event_line_is_no_item():
    assert [t for t, _, _ in _read(_SECTION_AD)] == ["Le chômage recule à 7,1 % au troisième trimestre",
                                                     "Les prix de l'électricité baisseront de 8 % en février",
                                                     "La Bourse de Paris termine la semaine en hausse"]


# A topic page's chrome around its items (3200's kind): the site's menu on one line, a cookie banner
# ending in its buttons, the topic's name and blurb over a subscribe button with its article count, a
# paid badge over a kicker. Only the items are articles.
_TOPIC_FR = ("LE JOURNAL DU LÉMAN\n"
             "Suisse   Monde   Économie   Sciences   Sport   Culture\n"
             "Nous utilisons des cookies pour mesurer l'audience et personnaliser les contenus. J'accepte   Paramètres\n\n"
             "Accueil › Sciences › Dossier\n"
             "Énergie nucléaire\n"
             "Toute l'actualité des centrales suisses et du stockage des déchets.\n"
             "[ S'abonner au sujet ]   112 articles\n\n"
             "Centrales\n"
             "La centrale de Beznau s'arrêtera deux ans plus tôt que prévu\n"
             "L'exploitant invoque le coût des mises à niveau exigées par l'autorité de surveillance.\n"
             "il y a 2 h · 3 min\n\n"
             "Z+\n"
             "Déchets\n"
             "Le site du Nord des Lentilles retenu pour le dépôt en profondeur\n"
             "La Nagra a présenté les forages qui ont convaincu les géologues de la stabilité de la roche.\n"
             "Hier, 18:40 · 6 min\n\n"
             "Politique\n"
             "Le Conseil national lève l'interdiction de nouvelles centrales\n"
             "La décision doit encore passer devant le Conseil des États à la session d'hiver.\n"
             "ATS · 02.11.2026 · 2 min\n")

_TOPIC_ES = ("EL DIARIO DEL SUR\n"
             "Portada   España   Mundo   Economía   Deportes   Cultura\n"
             "Utilizamos cookies propias y de terceros para analizar el tráfico. Acepto   Ajustes\n\n"
             "Inicio › Sociedad › Tema\n"
             "Sequía\n"
             "Todas las noticias sobre la falta de agua en Andalucía.\n"
             "[ Suscribirse a este tema ]   64 artículos\n\n"
             "Embalses\n"
             "Los pantanos de Sevilla bajan del 20 % de su capacidad\n"
             "La confederación hidrográfica prepara nuevas restricciones para el riego a partir de diciembre.\n"
             "hace 2 horas · 3 min\n\n"
             "PREMIUM\n"
             "Agricultura\n"
             "Los olivareros de Jaén adelantan la cosecha por el calor\n"
             "Las cooperativas calculan una producción un tercio menor que la del año pasado.\n"
             "Ayer, 18:40 · 6 min\n\n"
             "Política\n"
             "El Gobierno aprueba un decreto de ayudas para los regantes\n"
             "Las explotaciones afectadas podrán pedir créditos sin intereses durante dos años.\n"
             "EFE · 02.11.2026 · 2 min\n")


def test_topic_page_chrome_is_no_item_fr():
    assert [t for t, _, _ in _read(_TOPIC_FR)] == ["La centrale de Beznau s'arrêtera deux ans plus tôt que prévu",
                                                   "Le site du Nord des Lentilles retenu pour le dépôt en profondeur",
                                                   "Le Conseil national lève l'interdiction de nouvelles centrales"]


def test_topic_page_chrome_is_no_item_es():
    assert [t for t, _, _ in _read(_TOPIC_ES)] == ["Los pantanos de Sevilla bajan del 20 % de su capacidad",
                                                   "Los olivareros de Jaén adelantan la cosecha por el calor",
                                                   "El Gobierno aprueba un decreto de ayudas para los regantes"]


# A list page's footer under its pager: a sign-up line and a contact line opening with their labels
# (3205's kind): the site's footer, no item.
_RELEASES_EN = ("Bristol City Council\n"
                "Home > Council and Democracy > News\n\n"
                "Press release\n"
                "Council agrees plan to double the number of school streets\n"
                "3 November 2026\n"
                "Roads outside 40 more primary schools will close to through traffic at the start and end of the school day.\n"
                "Read more\n\n"
                "Press release\n"
                "Harbour festival returns with a shorter route\n"
                "30 October 2026\n"
                "Organisers said the change keeps crowds away from the quayside works near the old swing bridge.\n"
                "Read more\n\n"
                "Press release\n"
                "New heat network to serve 3,000 homes in Lawrence Hill\n"
                "28 October 2026\n"
                "The network will use heat from a water treatment works and should cut bills for tenants in the tower blocks.\n"
                "Read more\n\n"
                "< Previous   1  2  3 ... 18   Next >\n\n"
                "Get council news by email\n"
                "Contact: Press Office, Bristol City Council, City Hall, College Green, Bristol BS1 5TR\n"
                "Accessibility   Privacy   Cookies\n")


def test_contact_line_under_pager_is_footer():
    assert [t for t, _, _ in _read(_RELEASES_EN)] == ["Council agrees plan to double the number of school streets",
                                                      "Harbour festival returns with a shorter route",
                                                      "New heat network to serve 3,000 homes in Lawrence Hill"]


# A list whose items each end with the same arrowed link to the full text, the pager and the footer
# under the last one, the footer read as a sentence (3207's kind): the link is furniture, so the
# footer heads no item.
_NOTICES_ES = ("Bolsa de Madrid · Emisores\n"
               "Inicio > Emisores > Otra información relevante\n\n"
               "Otra información relevante\n"
               "Comunicaciones remitidas por las sociedades cotizadas. La Bolsa no verifica su contenido.\n\n"
               "03-11-2026 17:45   |   OIR   |   Nº 31204\n"
               "Iberdrola, S.A.\n"
               "Acuerdo para la venta de su negocio de redes en Brasil\n"
               "La sociedad ha firmado la venta de su participación a un fondo canadiense por 2.100 millones de euros.\n"
               "Ver comunicación ›\n\n"
               "03-11-2026 08:05   |   OIR   |   Nº 31187\n"
               "Repsol, S.A.\n"
               "Resultados del tercer trimestre de 2026\n"
               "El beneficio neto ajustado alcanzó 1.050 millones de euros, un 8 % menos que un año antes.\n"
               "Ver comunicación ›\n\n"
               "02-11-2026 18:30   |   OIR   |   Nº 31160\n"
               "Inditex, S.A.\n"
               "Calendario de pago del dividendo complementario\n"
               "El consejo ha fijado el pago de 0,77 euros por acción para el 2 de diciembre de 2026.\n"
               "Ver comunicación ›\n\n"
               "Mostrando 1–3 de 480   < 1 2 3 … 160 >\n\n"
               "Información sobre los servicios de la Bolsa · Política de cookies · © Bolsas y Mercados Españoles, S.A.\n")


def test_repeated_arrow_link_is_furniture():
    got = _read(_NOTICES_ES)
    assert [t for t, _, _ in got] == ["Acuerdo para la venta de su negocio de redes en Brasil",
                                      "Resultados del tercer trimestre de 2026",
                                      "Calendario de pago del dividendo complementario"]
    assert [s for _, _, s in got] == ["Iberdrola, S.A.", "Repsol, S.A.", "Inditex, S.A."]


# A newsletter's box of the day's number and a bulletin's reminders to its members, each under a
# heading of its own (3201's and 3206's kinds): no items.
_BOXES_EN = ("From: Water Brief <brief@waterbrief.example>\n"
             "Subject: Drought orders, a new reservoir, leak targets\n"
             "Date: 4 November 2026 at 06:30\n\n"
             "━━━━━━━━━━━━\n"
             "TODAY\n"
             "━━━━━━━━━━━━\n\n"
             "▶ Two more regions put under drought orders\n"
             "The Environment Agency said river flows in East Anglia and Lincolnshire are the lowest since 1976.\n"
             "→ The Times, 3.11.\n\n"
             "▶ Reservoir near Abingdon wins planning consent\n"
             "The inspector backed the scheme despite objections from villages that would lose farmland.\n"
             "→ BBC News, 2.11.\n\n"
             "━━━━━━━━━━━━\n"
             "NUMBER OF THE DAY\n"
             "━━━━━━━━━━━━\n"
             "2.9 billion litres – so much water leaked from pipes in England every day last year.\n\n"
             "━━━━━━━━━━━━\n"
             "REMINDERS\n"
             "━━━━━━━━━━━━\n"
             "• Membership fees for 2027 are due by 30 November.\n"
             "• Webinar on leak detection: Thursday 12 November, 10:00, online.\n")

_BOXES_IT = ("Da: Consorzio Olio del Garda <info@oliogarda.example>\n"
             "Oggetto: Notiziario soci n. 9\n"
             "A: Soci del Consorzio\n\n"
             "■ NOTIZIE DAL SETTORE\n\n"
             "Raccolta delle olive anticipata di due settimane sul lago\n"
             "Il caldo di ottobre ha accelerato la maturazione, le rese in olio sono però più basse del previsto.\n"
             "Fonte: L'Arena, 3/11\n\n"
             "Prezzi dell'extravergine ai massimi da dieci anni\n"
             "Alla borsa merci di Verona il prodotto nazionale ha superato i nove euro al chilo.\n"
             "Fonte: Il Sole 24 Ore\n\n"
             "■ PROMEMORIA\n"
             "• Quota associativa 2027: scade il 15/12. Versamenti sul conto del Consorzio.\n"
             "• Corso di assaggio: sabato 21 novembre, ore 9:30, sala del Consorzio.\n")


def test_day_number_and_reminders_boxes_are_no_items_en():
    assert [t for t, _, _ in _read(_BOXES_EN)] == ["Two more regions put under drought orders",
                                                   "Reservoir near Abingdon wins planning consent"]


def test_reminders_box_is_no_item_it():
    assert [t for t, _, _ in _read(_BOXES_IT)] == ["Raccolta delle olive anticipata di due settimane sul lago",
                                                   "Prezzi dell'extravergine ai massimi da dieci anni"]
