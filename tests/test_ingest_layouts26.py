"""Layouts of held-out sets 25 and 26 read in general (pages written here, in other wordings,
outlets and languages), by kind: a meta line 'Outlet · age · Section' under each headline names the
item's outlet first (listed or, beside listed ones, not) and dates it, even by a day and month
alone ('06/03', in the order the capture day allows), and its last field is the item's label; a reader's feed line over each headline
('★  Outlet - Section') names the item below it, not the one above; '09.03.' alone under an item is its day and month
(no clock time), so the date lines stay under their items and an item without one stays undated; 'via Outlet'
closing a paragraph credits the item to that outlet, as '(dpa/lnw)' credits the agency before
the desk's mark (the text's credit, not a photo's: the paragraph is no caption); a ticker's agency in lower case
on the line closing an entry ('sda') is its outlet where the page's other closing names are listed;
a link pasted before its headline in a notes file ('https://site/… — Headline') names the site as
the outlet and is no part of the title or text; a site's skip link, logo, home link and cookie
banner ('Aller au contenu principal', 'Logo', 'Accueil', Québec's 'témoins' with its 'Fermer'
button) above a press-release list are the page's chrome, not items; a live blog's headline under
its clock time is its title whatever its length; an article page's head ('ZORG' / headline /
'Zorg' / 'door ANP' / date) dates and credits that article only, its photo caption over
'Bijdrager' is no item, and the related article under it stays undated; a cookie banner's text
with its first button glued on ('… ads. Accept all   Manage preferences') is no item either, nor
are an alert e-mail's greeting by first name ('Hi Tunde,'), its intro ('Here are the newest
stories matching …') and its row of buttons ('Manage topics
|  Pause alerts  |  Open in app'), nor a newsletter's "G'day," and its editor's signature
('— A Name, editor') round its intro."""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page

_DAY = dt.date(2026, 3, 12)


def _read(text: str):
    return read_page(text, _DAY).stories


def test_the_first_field_of_an_outlet_age_section_line_is_the_items_outlet():
    stories = _read("Latest on #water-prices\n\n"
                    "Thames Water asks regulator for a further bill rise\nThe Guardian · 3 hours ago · Business\n"
                    "The company says it needs another £2bn to repair ageing pipes across London and the south-east.\n\n"
                    "Scottish Water freezes charges for small businesses\nHarbour Post · 2 days ago · Scotland\n"
                    "Firms with fewer than ten staff will pay the same as last year, the utility said on Tuesday.\n\n"
                    "Drought order lifted in Yorkshire after wet February\nBloomberg · 4 days ago · Markets\n"
                    "Reservoir levels are back above the seasonal average, the water company said.\n\n"
                    "Welsh ministers consult on social tariff for water\n5 days ago · Politics\n"
                    "Households on benefits could see bills capped at three per cent of income.\n")
    assert [(s.title, s.date, s.source) for s in stories] == [
        ("Thames Water asks regulator for a further bill rise", _DAY, "The Guardian"),
        ("Scottish Water freezes charges for small businesses", dt.date(2026, 3, 10), "Harbour Post"),
        ("Drought order lifted in Yorkshire after wet February", dt.date(2026, 3, 8), "Bloomberg"),
        ("Welsh ministers consult on social tariff for water", dt.date(2026, 3, 7), "")]


def test_a_german_outlet_age_section_line_names_its_outlet_and_labels_its_section():
    stories = _read("Neueste Artikel zu #Mietpreise\n\n"
                    "Mieten in Graz steigen stärker als im Bundesschnitt\nDer Standard · vor 2 Tagen · Wirtschaft\n"
                    "Die Angebotsmieten legten im Jahresvergleich um sieben Prozent zu, zeigt eine Auswertung.\n\n"
                    "Wien verlängert Sanierungsbonus für Altbauten\nDie Presse · 9. März · Wien\n"
                    "Eigentümer können die Förderung nun bis Ende des Jahres beantragen.\n\n"
                    "Leerstandsabgabe in Tirol bringt weniger als erwartet\nKurier · vor 5 Tagen · Chronik\n"
                    "Die Gemeinden nahmen im ersten Jahr rund zwei Millionen Euro ein.\n")
    assert [(s.title, s.date, s.source) for s in stories] == [
        ("Mieten in Graz steigen stärker als im Bundesschnitt", dt.date(2026, 3, 10), "Der Standard"),
        ("Wien verlängert Sanierungsbonus für Altbauten", dt.date(2026, 3, 9), "Die Presse"),
        ("Leerstandsabgabe in Tirol bringt weniger als erwartet", dt.date(2026, 3, 7), "Kurier")]
    assert [s.labels for s in stories] == [["Wirtschaft"], ["Wien"], ["Chronik"]]


def test_a_day_and_month_between_outlet_and_section_dates_the_item():
    stories = _read("Nous utilisons des cookies pour améliorer votre expérience. Accepter | Paramétrer\n"
                    "Dernières actualités avec #loyers\n\n"
                    "Genève gèle les loyers des logements subventionnés\nLe Temps · 11/03 · Suisse\n"
                    "Le Conseil d'État a décidé de ne pas appliquer la hausse prévue au 1er avril. Quelque "
                    "12 000 ménages sont concernés par la mesure.\n\n"
                    "Le taux de référence reste inchangé à 1,5 %\nRTS · il y a 4 jours · Économie\n"
                    "L'Office fédéral du logement a publié le taux trimestriel. Les locataires ne peuvent donc "
                    "pas exiger de baisse de loyer.\n\n"
                    "Lausanne veut racheter des immeubles pour les louer à prix coûtant\nLe Matin · 06/03 · Vaud\n"
                    "La Municipalité demande un crédit de 40 millions de francs au Conseil communal. Les premiers "
                    "achats pourraient avoir lieu cet été.\nCharger plus d'articles\n")
    assert [(s.title, s.date, s.source) for s in stories] == [
        ("Genève gèle les loyers des logements subventionnés", dt.date(2026, 3, 11), "Le Temps"),
        ("Le taux de référence reste inchangé à 1,5 %", dt.date(2026, 3, 8), "RTS"),
        ("Lausanne veut racheter des immeubles pour les louer à prix coûtant", dt.date(2026, 3, 6), "Le Matin")]


def test_a_readers_feed_line_over_each_headline_names_the_item_below_it():
    stories = _read("Reader   Folders › Climate\nMark all as read    Refresh\n\n"
                    "★  The Guardian - Environment\nHeatwave pushes Spain's power demand to a winter record\n"
                    "Grid operator REE said consumption peaked on Tuesday evening as heaters ran across the country...\n"
                    "2 hours ago\n\n"
                    "☆  Al Jazeera - Economy\nEgypt signs deal for two new solar plants near Aswan\n"
                    "The plants will add 1.1 gigawatts of capacity by 2028, the electricity ministry said on Wednesday, and a Gulf investor will build both of them...\nyesterday\n\n"
                    "☆  Reuters\nNorway's wealth fund drops three coal miners\n"
                    "The fund's ethics council recommended the exclusion last year, citing the companies' thermal coal revenue, and the central bank agreed this week...\n3 days ago\n\n"
                    "☆\nPortugal extends heat-pump rebate to rented homes\n"
                    "Landlords can now apply on behalf of tenants for up to 2,500 euros per flat, the environment agency said in a statement on its website...\n\n"
                    "Load older articles\n")
    assert [(s.title, s.date, s.source) for s in stories] == [
        ("Heatwave pushes Spain's power demand to a winter record", _DAY, "The Guardian"),
        ("Egypt signs deal for two new solar plants near Aswan", dt.date(2026, 3, 11), "Al Jazeera"),
        ("Norway's wealth fund drops three coal miners", dt.date(2026, 3, 9), "Reuters"),
        ("Portugal extends heat-pump rebate to rented homes", None, "")]


def test_a_french_readers_feed_line_names_the_item_below_it():
    stories = _read("Lecteur   Dossiers › Énergie\n\n"
                    "★  Le Monde - Planète\nLa France relance trois projets de barrages hydroélectriques\n"
                    "Les concessions seront attribuées d'ici à la fin de l'année, selon le ministère, qui attend les avis de Bruxelles sur le calendrier...\nhier\n\n"
                    "☆  Les Echos - Industrie\nEDF repousse la mise en service de Flamanville 3 à pleine puissance\n"
                    "L'électricien invoque des essais supplémentaires sur le circuit secondaire du réacteur normand, mis en service il y a un an...\nil y a 3 jours\n\n"
                    "☆  France 24\nL'Espagne ferme sa dernière centrale à charbon\n"
                    "La centrale des Asturies a cessé de produire lundi, a indiqué l'exploitant, qui veut installer des batteries sur le site d'ici à 2028...\nil y a 4 jours\n")
    assert [(s.title, s.date, s.source) for s in stories] == [
        ("La France relance trois projets de barrages hydroélectriques", dt.date(2026, 3, 11), "Le Monde"),
        ("EDF repousse la mise en service de Flamanville 3 à pleine puissance", dt.date(2026, 3, 9), "Les Echos"),
        ("L'Espagne ferme sa dernière centrale à charbon", dt.date(2026, 3, 8), "France 24")]


def test_a_day_and_month_with_its_closing_dot_is_a_date_line_under_its_item():
    stories = _read("Startseite › Wirtschaft › Schweiz\n\nWirtschaft in Kürze\n\n"
                    "Detailhandel meldet schwachen Jahresstart\nZürich. Die Umsätze im Detailhandel sind im Jänner "
                    "real um 1,2 Prozent gesunken, teilte das Bundesamt für Statistik mit. Vor allem Kleider "
                    "verkauften sich schlechter.\n11.03.2026, 16:40\n\n"
                    "Post erhöht Preise für Pakete ins Ausland\nBern. Ab April kosten Pakete in die Nachbarländer "
                    "im Schnitt zwei Franken mehr. Die Post begründet den Schritt mit höheren Transportkosten.\n"
                    "Aktualisiert: 10.03.2026, 08:15\n\n"
                    "Uhrenexporte brechen im Februar ein\nBiel. Die Ausfuhren der Uhrenindustrie lagen um elf "
                    "Prozent unter dem Vorjahr, meldet der Branchenverband. Besonders China bestellte weniger.\n\n"
                    "Stromversorger senken Tarife für Gewerbekunden\nBasel. Mehrere Versorger geben tiefere "
                    "Einkaufspreise an Betriebe weiter. Kleine Firmen sparen damit einige hundert Franken im Jahr.\n"
                    "09.03.\n\nMehr Wirtschaft   Newsletter abonnieren\n")
    assert [(s.title, s.date) for s in stories] == [
        ("Detailhandel meldet schwachen Jahresstart", dt.date(2026, 3, 11)),
        ("Post erhöht Preise für Pakete ins Ausland", dt.date(2026, 3, 10)),
        ("Uhrenexporte brechen im Februar ein", None),
        ("Stromversorger senken Tarife für Gewerbekunden", dt.date(2026, 3, 9))]


def test_via_an_outlet_closing_the_text_is_the_items_outlet():
    stories = _read("Home › News › Politics\n\nLIVE | State budget 2026: all the updates from parliament\n"
                    "Refresh for the latest\n\nThursday, 12 March\n\n"
                    "16:05\nTreasurer confirms payroll tax threshold will rise to $1.5 million from July\n"
                    "About 4,000 small employers will stop paying the tax, the budget papers show. Business groups "
                    "had asked for the change for three years. via AAP\n\n"
                    "15:40\nHospital waiting lists to get an extra $300 million over four years\n"
                    "The money will fund 20,000 more elective surgeries, the health minister said. Nurses' unions "
                    "said staff shortages would limit the effect.\n\n"
                    "15:10\nState debt forecast to pass $190 billion by the end of the decade\n"
                    "Ratings agencies have warned the state its credit rating is under review. The treasurer said "
                    "the debt paid for hospitals and rail lines. via Bloomberg\n\nLoad more updates\n")
    assert [(s.title, s.source) for s in stories] == [
        ("Treasurer confirms payroll tax threshold will rise to $1.5 million from July", "AAP"),
        ("Hospital waiting lists to get an extra $300 million over four years", ""),
        ("State debt forecast to pass $190 billion by the end of the decade", "Bloomberg")]
    assert not any("via" in p for st in stories for p in st.paras)


def test_an_agency_with_an_editors_mark_in_parentheses_is_the_outlet():
    stories = _read("Startseite › Region › Nordrhein-Westfalen\n\nNRW kompakt\n\n"
                    "Rheinbrücke bei Leverkusen wieder für Lkw frei\nLeverkusen. Nach drei Wochen Sperrung dürfen "
                    "Lastwagen die Brücke wieder befahren. Die Prüfer fanden keine neuen Risse. (dpa/lnw)\n"
                    "11.03.2026, 15:20\n\n"
                    "Kölner Verkehrsbetriebe stellen 40 neue Busfahrer ein\nKöln. Mit den neuen Fahrern sollen "
                    "ab April wieder alle Linien im Takt fahren. Im Winter waren viele Fahrten ausgefallen. (AFP/red)\n"
                    "10.03.2026, 09:45\n\n"
                    "Dortmund plant Seilbahn zum Hafen\nDortmund. Der Rat hat eine Machbarkeitsstudie in Auftrag "
                    "gegeben. Ergebnisse werden im Herbst erwartet.\n09.03.2026, 18:00\n")
    assert [(s.title, s.source) for s in stories] == [
        ("Rheinbrücke bei Leverkusen wieder für Lkw frei", "dpa"),
        ("Kölner Verkehrsbetriebe stellen 40 neue Busfahrer ein", "AFP"),
        ("Dortmund plant Seilbahn zum Hafen", "")]


def test_a_lower_case_agency_closing_a_ticker_entry_is_its_outlet():
    stories = _read("Nachrichten › Schweiz › Ticker\n"
                    "\n"
                    "Schweiz: alle Meldungen\n"
                    "Aktualisiert vor 5 Min.\n"
                    "\n"
                    "Heute\n"
                    "\n"
                    "13:10\n"
                    "Bundesrat will Kita-Beiträge des Bundes verlängern\n"
                    "Die Anstossfinanzierung für Kitas soll um vier Jahre verlängert werden. Das hat der Bundesrat am Mittwoch beschlossen.\n"
                    "sda\n"
                    "\n"
                    "10:45\n"
                    "SBB bestellen zusätzliche Doppelstockzüge\n"
                    "Die Bahn kauft 20 weitere Züge für den Fernverkehr. Sie sollen ab 2029 zwischen Genf und St. Gallen fahren.\n"
                    "Quelle: Keystone-SDA\n"
                    "\n"
                    "Gestern\n"
                    "\n"
                    "17:30\n"
                    "Lawinengefahr im Wallis steigt auf Stufe vier\n"
                    "Nach starken Schneefällen warnt das Institut für Schnee- und Lawinenforschung vor grosser Gefahr.\n"
                    "\n"
                    "15:05\n"
                    "Zürcher Kantonalbank erhöht Hypothekarzinsen leicht\n"
                    "Die Bank passt die Zinsen für Festhypotheken um 0,1 Prozentpunkte an. Andere Institute dürften folgen.\n"
                    "Reuters\n"
                    "\n"
                    "09:20\n"
                    "Genfer Parlament lehnt höhere Pendlersteuer ab\n"
                    "Der Vorschlag hätte Grenzgänger aus Frankreich stärker belastet. Die Abstimmung fiel knapp aus.\n"
                    "AFP\n"
                    "\n"
                    "Weitere Meldungen laden\n")
    assert [(s.title, s.date, s.source) for s in stories] == [
        ("Bundesrat will Kita-Beiträge des Bundes verlängern", _DAY, "sda"),
        ("SBB bestellen zusätzliche Doppelstockzüge", _DAY, "Keystone-SDA"),
        ("Lawinengefahr im Wallis steigt auf Stufe vier", dt.date(2026, 3, 11), ""),
        ("Zürcher Kantonalbank erhöht Hypothekarzinsen leicht", dt.date(2026, 3, 11), "Reuters"),
        ("Genfer Parlament lehnt höhere Pendlersteuer ab", dt.date(2026, 3, 11), "AFP")]


def test_a_link_pasted_before_its_headline_names_the_site_and_stays_out_of_the_text():
    stories = _read("Reading for Friday's water board meeting\n\nDROUGHT\n"
                    "* https://www.theguardian.com/environment/2026/mar/10/reservoirs — Southern reservoirs fall "
                    "to their lowest March level since 1976\n"
                    "* https://www.bbc.co.uk/news/articles/c4g7 — Hosepipe ban considered for Kent and Sussex from April\n\n"
                    "PRICES\n* Ofwat approves a 9 per cent rise in average bills for the coming year (Financial Times)\n")
    linked = {s.paras[0]: (s.source, s.title) for s in stories if s.paras}
    assert linked["Southern reservoirs fall to their lowest March level since 1976"] == (
        "theguardian.com", "Southern reservoirs fall to their lowest March level since 1976")
    assert linked["Hosepipe ban considered for Kent and Sussex from April"][0] == "bbc.co.uk"
    assert not any("https://" in s.title or "https://" in p for s in stories for p in s.paras)


def test_a_sites_skip_link_logo_and_cookie_banner_above_its_release_list_are_no_items():
    stories = _read('Aller au contenu principal\n'
                    '\n'
                    "Ce site utilise des témoins pour mesurer l'audience et améliorer votre navigation. Pour en savoir plus, consultez notre politique de confidentialité.\n"
                    '\n'
                    'Logo\n'
                    'Fermer\n'
                    'Accueil\n'
                    '\n'
                    'Salle de presse\n'
                    '\n'
                    '9 mars 2026\n'
                    '\n'
                    "La Ville de Laval prolonge la collecte des sapins jusqu'au 20 mars\n"
                    '\n'
                    "Les citoyens qui n'ont pas encore sorti leur sapin pourront le déposer en bordure de rue lors de la collecte régulière. Les arbres seront transformés en paillis pour les parcs municipaux […]\n"
                    '\n'
                    '4 mars 2026\n'
                    '\n'
                    'Nouveau programme de subventions pour les toitures vertes\n'
                    '\n'
                    "Les propriétaires d'immeubles de plus de six logements pourront recevoir jusqu'à 25 000 dollars pour aménager un toit végétalisé. Les demandes seront acceptées dès le 1er avril […]\n"
                    '\n'
                    '26 février 2026\n'
                    '\n'
                    'Travaux majeurs sur le boulevard Saint-Martin dès le printemps\n'
                    '\n'
                    "La réfection de la chaussée et des conduites d'eau durera deux ans. Des voies de contournement seront aménagées pour les autobus et les cyclistes pendant toute la durée du chantier […]\n"
                    '\n'
                    'Page précédente   1   2   3   Page suivante\n')
    assert [(s.title, s.date) for s in stories] == [
        ("La Ville de Laval prolonge la collecte des sapins jusqu'au 20 mars", dt.date(2026, 3, 9)),
        ("Nouveau programme de subventions pour les toitures vertes", dt.date(2026, 3, 4)),
        ("Travaux majeurs sur le boulevard Saint-Martin dès le printemps", dt.date(2026, 2, 26))]


def test_a_live_blogs_long_headline_under_its_clock_time_is_the_title_whole():
    stories = _read('Startseite › Politik › Liveblog\n'
                    '\n'
                    'LIVE | Landtagswahl in Bayern: alle Entwicklungen am Wahlabend\n'
                    'Seite aktualisieren\n'
                    '\n'
                    'Dienstag, 10. März\n'
                    '\n'
                    '21:40\n'
                    'Die Landeswahlleiterin meldet eine Wahlbeteiligung von 71 Prozent und damit den höchsten Wert seit mehr als dreißig Jahren in allen sieben Regierungsbezirken des Freistaats\n'
                    'Besonders stark stieg die Beteiligung in Oberbayern und in Mittelfranken. In München gaben fast drei Viertel der Berechtigten ihre Stimme ab.\n'
                    '\n'
                    '20:15\n'
                    'CSU bleibt stärkste Kraft\n'
                    'Nach der ersten Hochrechnung kommt die Partei auf 38 Prozent. Die Freien Wähler verlieren leicht, die Grünen legen zu.\n'
                    '\n'
                    '18:00\n'
                    'Die Wahllokale in ganz Bayern sind jetzt geschlossen und die ersten Prognosen der Fernsehsender sehen die Regierungsparteien vorne, aber mit Verlusten\n'
                    'Die Auszählung der Briefwahlstimmen beginnt in vielen Gemeinden erst später. Mit einem vorläufigen Endergebnis wird nach Mitternacht gerechnet.\n'
                    '\n'
                    'Weitere Einträge laden\n')
    assert [s.title for s in stories] == [
        "Die Landeswahlleiterin meldet eine Wahlbeteiligung von 71 Prozent und damit den höchsten Wert seit "
        "mehr als dreißig Jahren in allen sieben Regierungsbezirken des Freistaats",
        "CSU bleibt stärkste Kraft",
        "Die Wahllokale in ganz Bayern sind jetzt geschlossen und die ersten Prognosen der Fernsehsender sehen "
        "die Regierungsparteien vorne, aber mit Verlusten"]
    assert stories[0].paras[0].startswith("Besonders stark stieg")


def test_an_article_heads_date_under_its_credit_dates_that_article_only():
    stories = _read('ZORG\n'
                    '\n'
                    'Wachtlijsten in de ggz groeien opnieuw, vooral voor jongeren\n'
                    '\n'
                    'Zorg\n'
                    'door ANP\n'
                    'dinsdag, 10 maart 2026 om 09:30\n'
                    '\n'
                    'UTRECHT (ANP) - Het aantal mensen dat langer dan drie maanden wacht op behandeling in de geestelijke gezondheidszorg is vorig jaar met 8 procent gestegen. Dat meldt de Nederlandse Zorgautoriteit in een nieuw rapport.\n'
                    '\n'
                    "Vooral jongeren tussen 18 en 25 jaar wachten lang. Volgens de zorgautoriteit ontbreekt het aan behandelaars in de regio's buiten de Randstad, waar praktijken vaak geen nieuwe cliënten meer aannemen.\n"
                    '\n'
                    'De minister noemt de cijfers zorgelijk en wil met zorgverzekeraars afspraken maken over extra plekken. Cliëntenorganisaties vinden dat te weinig en vragen om een wettelijke maximale wachttijd.\n'
                    '\n'
                    'Een wachtkamer van een ggz-instelling in Amersfoort\n'
                    '\n'
                    'Bijdrager\n'
                    '\n'
                    'Huisartsen mogen vaker zelf medicijnen voor kinderen voorschrijven\n'
                    '\n'
                    'Huisartsen krijgen vanaf het najaar meer ruimte om middelen voor te schrijven die nu alleen een kinderarts mag geven. De beroepsvereniging is blij met de wijziging.\n'
                    '\n'
                    'Apothekers moeten de recepten wel extra controleren. De regeling wordt na twee jaar geëvalueerd door het Zorginstituut.\n')
    assert [(s.title, s.date, s.source) for s in stories] == [
        ("Wachtlijsten in de ggz groeien opnieuw, vooral voor jongeren", dt.date(2026, 3, 10), "ANP"),
        ("Huisartsen mogen vaker zelf medicijnen voor kinderen voorschrijven", None, "")]


def test_a_cookie_line_with_its_first_button_glued_to_the_text_is_no_item():
    stories = _read('Skip to main content\n'
                    'Menu   Search   Sign in\n'
                    'Topics › Transport › Cycling\n'
                    '\n'
                    'Cycling\n'
                    '+ Follow this topic\n'
                    'Get an email whenever we publish a story about cycling.\n'
                    '\n'
                    'We use cookies to measure how you use our site and to keep it secure. Accept all   Manage preferences\n'
                    '\n'
                    'Council approves new cycle lanes on the quays\n'
                    'The two-year scheme will remove one traffic lane in each direction between the bridges, the council said.\n'
                    '11 March 2026\n'
                    '\n'
                    'Bus fares in the city frozen for another year\n'
                    'The transport authority said the freeze would cost about €12 million and be paid from its reserves.\n'
                    '10 March 2026\n'
                    '\n'
                    'Rail line to the airport delayed again\n'
                    'The planning hearing has been pushed back to the autumn after new objections were lodged.\n'
                    'Press Association · 9 March 2026\n')
    assert not any("cookies" in p for st in stories for p in [st.title, *st.paras])
    assert [(s.title, s.date) for s in stories][-3:] == [
        ("Council approves new cycle lanes on the quays", dt.date(2026, 3, 11)),
        ("Bus fares in the city frozen for another year", dt.date(2026, 3, 10)),
        ("Rail line to the airport delayed again", dt.date(2026, 3, 9))]


def test_an_alert_mails_greeting_by_name_and_its_buttons_are_no_items():
    stories = _read("Dear Maria,\n\n"
                    "Here are the latest stories matching your alerts: Housing, Rents, Lisbon.\n"
                    "Edit alerts  |  Pause notifications  |  Open in the app\n\n"
                    "HOUSING · 2 new\n\n"
                    "Rents in Lisbon rise 9% in a year as supply shrinks\n"
                    "Público — 5 hours ago\n"
                    "Average asking rents reached 21 euros per square metre in February, the property portal said...\n"
                    "Open story\n\n"
                    "Porto council buys 300 flats for affordable rent\n"
                    "Expresso — 2 days ago\n"
                    "The city will let the flats at a third below market prices to young families and teachers...\n"
                    "Open story\n")
    assert [(s.title, s.date, s.source) for s in stories] == [
        ("Rents in Lisbon rise 9% in a year as supply shrinks", _DAY, "Público"),
        ("Porto council buys 300 flats for affordable rent", dt.date(2026, 3, 10), "Expresso")]


def test_a_newsletters_gday_and_its_editors_signature_frame_no_item():
    stories = _read('View this email in your browser\n'
                    '\n'
                    'THE WATER LINE\n'
                    "Australia's rivers and dams, every Thursday\n"
                    'Issue #12 | Thursday 12 March 2026\n'
                    '\n'
                    "G'day,\n"
                    '\n'
                    "A wet week in the north and a dry one in the south. Below: a new deal for the Murray, a dam that won't be built and a town running low. Reply and tell us what we missed.\n"
                    '\n'
                    '— Tom Becker, editor\n'
                    '\n'
                    'RIVERS\n'
                    '\n'
                    '**States agree to buy back 400 gigalitres from Murray irrigators**\n'
                    'The deal, signed in Canberra on Tuesday, ends a two-year dispute over how much water must be returned to the river. Farm groups said the price was too low.\n'
                    '↳ ABC News, 10 March\n'
                    '\n'
                    '**Queensland shelves plan for new dam on the Burnett**\n'
                    'The government said costs had doubled since the business case was written. Local councils want the money spent on pipelines instead.\n'
                    '↳ Brisbane Times, 9 March\n'
                    '\n'
                    "That's it for this week. Forward this to a friend.\n"
                    'Unsubscribe | Update preferences | Privacy\n')
    assert [(s.title, s.date, s.source) for s in stories] == [
        ("States agree to buy back 400 gigalitres from Murray irrigators", dt.date(2026, 3, 10), "ABC News"),
        ("Queensland shelves plan for new dam on the Burnett", dt.date(2026, 3, 9), "Brisbane Times")]


def test_a_notes_files_arrow_remarks_under_its_bullets_are_the_writers_not_the_items():
    stories = _read("Water stuff — to read before the board call\n\nDROUGHT\n"
                    "* Southern reservoirs fall to their lowest March level since 1976 (The Guardian)\n"
                    "  -> compare with the 2022 figures, ask Sam\n"
                    "* Hosepipe ban considered for Kent and Sussex from April, water company says in a letter to customers\n"
                    "  -> decision due Mar 20? check\n\nPRICES\n"
                    "* Ofwat approves a 9 per cent rise in average bills for the coming year — Financial Times, Mar 10\n"
                    "  -> who pays for the leak programme?\n"
                    "* Social tariff uptake still below half of eligible households, charity finds\n"
                    "  -> no idea where I saw this\n")
    items = {s.paras[0]: (s.date, s.source) for s in stories if s.paras}
    assert items["Southern reservoirs fall to their lowest March level since 1976"] == (None, "The Guardian")
    assert items["Hosepipe ban considered for Kent and Sussex from April, water company says in a letter to customers"] == (None, "")
    assert items["Ofwat approves a 9 per cent rise in average bills for the coming year"] == (dt.date(2026, 3, 10), "Financial Times")
    assert items["Social tariff uptake still below half of eligible households, charity finds"] == (None, "")
    assert not any("->" in s.title or "->" in p for s in stories for p in s.paras)
