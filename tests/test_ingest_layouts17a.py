"""Layouts of held-out set 17 read in general (pages written here, in other wordings and languages):
a day word inside a site's address or name is no date, and a site named by its bare address after
an item is its outlet as the page writes it."""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page

_DAY = dt.date(2025, 6, 3)


def _read(text: str):
    return read_page(text, _DAY).stories


def test_a_day_word_inside_a_domain_or_address_dates_no_item():
    # a portal named 'oggi' / 'today' in its address: neither the masthead nor the footer dates an item
    stories = _read("salute-oggi.it\nHome | Notizie | Contatti\n\nUltime notizie dalla sanità\n\n"
                    "Liste d'attesa, le regioni chiedono più fondi\nLe regioni hanno presentato al ministero un piano "
                    "per ridurre i tempi di attesa entro la fine dell'anno.\nFonte: www.regioni.it\n\n"
                    "Vaccini antinfluenzali, campagna anticipata a ottobre\nIl ministero anticipa la campagna di due "
                    "settimane rispetto allo scorso anno.\nFonte: www.salute.gov.it\n\n"
                    "© salute-oggi.it | Privacy | Contatti\n")
    assert [(s.title, s.date) for s in stories] == [
        ("Liste d'attesa, le regioni chiedono più fondi", None),
        ("Vaccini antinfluenzali, campagna anticipata a ottobre", None)]


def test_a_day_word_standing_as_a_word_still_dates_an_item():
    stories = _read("care-today.org news\n\nCouncil opens two new day centres\nToday\nThe centres open on weekdays "
                    "from nine to five.\n\nHospital trust hires 40 nurses\nYesterday\nThe nurses start in July.\n")
    assert [(s.title, s.date) for s in stories] == [("Council opens two new day centres", _DAY),
                                                    ("Hospital trust hires 40 nurses", dt.date(2025, 6, 2))]


def test_a_site_named_by_its_bare_address_is_the_outlet_as_written():
    stories = _read("Noticias de salud\n\nEl Gobierno amplía las plazas de medicina\nEl ministerio crea 500 plazas "
                    "nuevas en las facultades públicas.\nFuente: www.sanidad.gob.es\n\n"
                    "Madrid abre tres centros de salud nuevos\nLos centros abrirán por la tarde desde septiembre.\n"
                    "Fuente: www.comunidad.madrid\n\n"
                    "La OMS alerta del aumento del sarampión\nLos casos se han duplicado en Europa este año.\n"
                    "Fuente: www.who.int\n")
    assert [(s.title, s.source) for s in stories] == [
        ("El Gobierno amplía las plazas de medicina", "www.sanidad.gob.es"),
        ("Madrid abre tres centros de salud nuevos", "www.comunidad.madrid"),
        ("La OMS alerta del aumento del sarampión", "www.who.int")]


def test_a_link_with_a_path_still_names_the_outlet_of_its_site():
    stories = _read("Reading list\n\nCentral bank holds rates\nThe bank kept its rate at 4 per cent.\n"
                    "https://www.reuters.com/markets/central-bank-holds-rates\n\n"
                    "Rail strike called off\nUnions accepted the new offer.\nhttps://www.bbc.co.uk/news/rail-strike\n")
    assert [(s.title, s.source) for s in stories] == [("Central bank holds rates", "Reuters"),
                                                      ("Rail strike called off", "BBC")]


_RELEASES_FR = """Aller au contenu principal
Ce site utilise des cookies pour mesurer son audience. Tout accepter   Tout refuser   Personnaliser
Ministère de la Transition écologique
Accueil  >  Presse  >  Communiqués
Communiqués de presse
Affichage de 1 à 4 sur 612 résultats
Trier par : les plus récents

Mer, 14/05/2025 - 11:30
Communiqué
La ministre lance un appel à projets pour les réseaux de chaleur
Les collectivités pourront déposer leurs dossiers jusqu'en septembre. L'enveloppe de 80 millions d'euros financera des réseaux alimentés par la biomasse et la géothermie.
Partager : E-mail  X  Facebook  LinkedIn

Lun, 12/05/2025 - 09:15
Communiqué
Le tarif réglementé du gaz baisse de 3 % au 1er juin
La baisse tient au recul des prix de gros observé depuis le mois de mars. Elle concerne près de deux millions de ménages encore abonnés au tarif.

Publié le
Déclaration
Déclaration sur l'arrêt d'un réacteur de la centrale de Flamanville
Le ministère a été informé par l'exploitant de l'arrêt automatique d'un réacteur à la suite d'un défaut électrique. L'événement n'a eu aucune conséquence sur la sûreté.

Ven, 09/05/2025 - 17:00
Communiqué
Ouverture d'une consultation publique sur la rénovation des logements
La consultation porte sur le calendrier d'interdiction de location des passoires thermiques. Les contributions sont reçues jusqu'au 30 juin.

‹ Précédent   1   2   3   Suivant ›
Cette page vous a-t-elle été utile ?   Oui   Non
"""


def test_a_release_list_with_a_date_line_above_each_item_and_one_left_empty():
    stories = _read(_RELEASES_FR)
    assert [(s.title, s.date) for s in stories] == [
        ("La ministre lance un appel à projets pour les réseaux de chaleur", dt.date(2025, 5, 14)),
        ("Le tarif réglementé du gaz baisse de 3 % au 1er juin", dt.date(2025, 5, 12)),
        ("Déclaration sur l'arrêt d'un réacteur de la centrale de Flamanville", None),
        ("Ouverture d'une consultation publique sur la rénovation des logements", dt.date(2025, 5, 9))]


def test_an_empty_published_label_in_german_leaves_its_item_undated():
    stories = _read("Pressemitteilungen\n\nDi, 13.05.2025 - 14:00\nPressemitteilung\nLand fördert 200 neue Ladesäulen\n"
                    "Die Säulen entstehen an Pendlerparkplätzen entlang der Autobahnen. Das Programm läuft bis 2027.\n"
                    "Teilen: E-Mail  X  Facebook  WhatsApp\n\n"
                    "Veröffentlicht am\nStellungnahme\nStellungnahme zum Ausfall der Stromleitung bei Kassel\n"
                    "Der Netzbetreiber hat das Ministerium über den Ausfall informiert. Die Versorgung ist gesichert.\n\n"
                    "Fr, 09.05.2025 - 10:30\nPressemitteilung\nWindenergie an Land: Zahl der Genehmigungen verdoppelt\n"
                    "Im ersten Quartal wurden doppelt so viele Anlagen genehmigt wie ein Jahr zuvor.\n\n"
                    "Mi, 07.05.2025 - 9:00\nPressemitteilung\nNeue Förderung für Wärmepumpen in Mietshäusern\n"
                    "Vermieter können ab Juni Zuschüsse beantragen. Die Mittel reichen für rund 5.000 Gebäude.\n")
    assert [(s.title, s.date) for s in stories] == [
        ("Land fördert 200 neue Ladesäulen", dt.date(2025, 5, 13)),
        ("Stellungnahme zum Ausfall der Stromleitung bei Kassel", None),
        ("Windenergie an Land: Zahl der Genehmigungen verdoppelt", dt.date(2025, 5, 9)),
        ("Neue Förderung für Wärmepumpen in Mietshäusern", dt.date(2025, 5, 7))]


def _trade_list(heading: str, items: list[tuple[str, str, str, str]]) -> str:
    """A trade site's latest news: per item a picture's alt line, the headline, a dated byline, a teaser."""
    return heading + "\n\n" + "".join(f"{alt}\n{head}\n{byline}\n\n{teaser}\n\n\n" for alt, head, byline, teaser in items)


def test_a_trade_sites_list_with_picture_lines_and_dated_bylines_in_german():
    stories = _read("Newsletter abonnieren:\nE-Mail-Adresse   Anmelden\n\n" + _trade_list("Aktuelle Meldungen", [
        ("Windräder vor der Nordseeküste bei Sonnenuntergang", "Offshore-Windpark vor Borkum liefert erstmals Strom ins Netz",
         "15. Mai 2025 Von: Anna Schmidt", "Der Windpark hat seine erste Turbine in Betrieb genommen. Bis Jahresende sollen "
         "alle 60 Anlagen Strom für rund 400.000 Haushalte liefern. Der Betreiber rechnet mit..."),
        ("Ein Güterzug im Hamburger Hafen", "Hafenbahn meldet Rekord beim Umschlag von Containern im April", "14. Mai 2025 Von: dpa",
         "HAMBURG (dpa) -- Die Hafenbahn hat im April so viele Container bewegt wie nie zuvor in einem Monat. Grund seien "
         "vor allem zusätzliche Verbindungen nach Süddeutschland und..."),
        ("Ein Elektrolyseur in einer Werkshalle", "Stahlkonzern bestellt Elektrolyseure für grünen Wasserstoff",
         "13. Mai 2025 Von: EnergieWire24", "Der Konzern will ab 2027 in Duisburg Wasserstoff für die Direktreduktion "
         "herstellen. Die Anlagen sollen zusammen 500 Megawatt Leistung haben, die..."),
        ("Solarmodule auf einem Scheunendach", "Bundesnetzagentur senkt Vergütung für kleine Solaranlagen",
         "12. Mai 2025 Von: Jonas Weber", "Betreiber neuer Dachanlagen erhalten ab August weniger Geld für eingespeisten "
         "Strom. Die Behörde begründet den Schritt mit den stark gesunkenen Kosten der...")]))
    assert [(s.title, s.date, s.source) for s in stories] == [
        ("Offshore-Windpark vor Borkum liefert erstmals Strom ins Netz", dt.date(2025, 5, 15), ""),
        ("Hafenbahn meldet Rekord beim Umschlag von Containern im April", dt.date(2025, 5, 14), "dpa"),
        ("Stahlkonzern bestellt Elektrolyseure für grünen Wasserstoff", dt.date(2025, 5, 13), "EnergieWire24"),
        ("Bundesnetzagentur senkt Vergütung für kleine Solaranlagen", dt.date(2025, 5, 12), "")]


def test_dated_bylines_under_headlines_in_spanish_name_an_agency_not_a_person():
    stories = _read(_trade_list("Últimas noticias", [
        ("Vista aérea del puerto de Algeciras", "El puerto de Algeciras bate su récord de contenedores en abril",
         "15 de mayo de 2025 Por: Laura Gómez", "El puerto movió más de 480.000 contenedores en un solo mes. La autoridad "
         "portuaria atribuye el aumento a los desvíos del mar Rojo y..."),
        ("Una planta solar en Extremadura", "La CNMC aprueba las nuevas tarifas de acceso a la red eléctrica",
         "14 de mayo de 2025 Por: EFE", "Las tarifas entrarán en vigor el próximo mes de julio. El regulador calcula que "
         "la factura media bajará un dos por ciento, aunque..."),
        ("Un tren de alta velocidad en Atocha", "Renfe recupera la frecuencia de trenes entre Madrid y Sevilla",
         "13 de mayo de 2025 Por: Carlos Ruiz", "La compañía repone los servicios suprimidos tras el apagón. Desde el lunes "
         "vuelven a circular 24 trenes diarios en cada sentido y...")]))
    assert [(s.title, s.date, s.source) for s in stories] == [
        ("El puerto de Algeciras bate su récord de contenedores en abril", dt.date(2025, 5, 15), ""),
        ("La CNMC aprueba las nuevas tarifas de acceso a la red eléctrica", dt.date(2025, 5, 14), "EFE"),
        ("Renfe recupera la frecuencia de trenes entre Madrid y Sevilla", dt.date(2025, 5, 13), "")]


def test_an_alert_emails_action_bar_under_each_item_is_no_item():
    stories = _read("From: NewsWatch <alerts@newswatch.example>\nSubject: Your alert \"data protection\" – 3 new results\n\n"
                    "NewsWatch\nYour alert: data protection\nHow often: once a day · Sources: all\n\n"
                    "Regulator fines hospital group over leaked patient records - The Irish Times\n"
                    "The authority said the group had failed to encrypt laptops holding the records of 12,000 patients. "
                    "The group said it would appeal ...\n5 hours ago\nSave · Share · Stop following this source\n\n"
                    "Supreme Court to hear appeal on police use of facial recognition - BBC News\n"
                    "Campaigners argue that the cameras were used without a clear legal basis at two football matches "
                    "last year ...\n1 day ago\nSave · Share · Stop following this source\n\n"
                    "Watchdog warns schools over pupils' data in learning apps - The Guardian\n"
                    "Many of the apps used in classrooms share pupils' data with advertisers, the report found, "
                    "often without telling parents ...\n2 days ago\nSave · Share · Stop following this source\n\n"
                    "Edit this alert · See all your alerts · Unsubscribe\n")
    assert [(s.title, s.source, s.date) for s in stories] == [
        ("Regulator fines hospital group over leaked patient records", "The Irish Times", _DAY),
        ("Supreme Court to hear appeal on police use of facial recognition", "BBC News", dt.date(2025, 6, 2)),
        ("Watchdog warns schools over pupils' data in learning apps", "The Guardian", dt.date(2025, 6, 1))]


def test_an_alert_emails_action_bar_in_german_is_no_item():
    stories = _read("Von: Nachrichtenwecker <alarm@nachrichtenwecker.example>\nBetreff: Ihr Alarm „Datenschutz“ – 3 neue Treffer\n\n"
                    "Nachrichtenwecker\nIhr Alarm: Datenschutz\n\n"
                    "Datenschützer prüfen Gesichtserkennung im Supermarkt - Süddeutsche Zeitung\n"
                    "Eine Handelskette soll in drei Filialen Kameras mit Gesichtserkennung getestet haben. Der "
                    "Landesbeauftragte hat ein Verfahren eingeleitet ...\nvor 4 Stunden\nMerken · Teilen · Diese Quelle nicht mehr verfolgen\n\n"
                    "Bundestag debattiert über Speicherung von IP-Adressen - Der Spiegel\n"
                    "Die Koalition will Internetanbieter verpflichten, die Adressen drei Monate lang aufzubewahren. "
                    "Kritiker sprechen von einer Vorratsdatenspeicherung ...\ngestern\nMerken · Teilen · Diese Quelle nicht mehr verfolgen\n\n"
                    "Krankenkassen starten neue Version der E-Akte - heise online\n"
                    "Versicherte sollen künftig selbst festlegen können, welche Ärzte welche Befunde sehen. Die "
                    "Umstellung beginnt im Juli ...\nvor 2 Tagen\nMerken · Teilen · Diese Quelle nicht mehr verfolgen\n\n"
                    "Alarm bearbeiten · Alle Alarme · Abmelden\n")
    assert [(s.title, s.source) for s in stories] == [
        ("Datenschützer prüfen Gesichtserkennung im Supermarkt", "Süddeutsche Zeitung"),
        ("Bundestag debattiert über Speicherung von IP-Adressen", "Der Spiegel"),
        ("Krankenkassen starten neue Version der E-Akte", "heise online")]


_WIRE_EN = """CANADA RELEASE DIGEST
Releases from Canadian organisations, published as received
Home | Politics | Environment | Economy

Environment – Two trails near Lake Louise closed after grizzly sightings

Source: Parks Canada – Parcs Canada

Two trails near Lake Louise are closed until further notice after several grizzly bears were seen feeding close to the path.
Staff will reassess the closure next week, when the bears are expected to have moved to higher ground.
Read the full closure notice

Advertisement

Economy – Retail sales rise 0.8 percent in March

Source: Statistics Canada – Statistique Canada

Retail sales rose 0.8 percent in March, led by higher sales at new car dealers and gasoline stations.
Sales were up in seven of nine subsectors, while core retail sales excluding cars and fuel were unchanged.
Related: Wholesale trade edges down in March

Politics – Council approves new transit budget

Source: City of Ottawa

Council voted 18 to 6 to approve a transit budget that adds bus service on weekends in the suburbs.
The mayor said the plan would be paid for without a rise in fares this year.

« Older releases
Canada Release Digest publishes releases as received. Content is the responsibility of the issuing organisation.
"""


def _sources_and_text(page: str) -> tuple[list[str], str]:
    stories = _read(page)
    return [s.source for s in stories], " ".join(p for s in stories for p in s.paras)


def test_a_release_wire_names_a_body_in_two_languages_and_drops_its_link_lines():
    sources, text = _sources_and_text(_WIRE_EN)
    assert sources == ["Parks Canada – Parcs Canada", "Statistics Canada – Statistique Canada", "City of Ottawa"]
    assert "closure notice" not in text and "Wholesale trade" not in text and "publishes releases" not in text


def test_a_release_wire_in_german_names_a_town_in_two_languages_and_drops_its_link_lines():
    sources, text = _sources_and_text("PRESSEDIENST SEELAND\nMitteilungen aus der Region, unbearbeitet\nStartseite | Politik | Umwelt | Region\n\n"
                    "Politik – Stadt baut zweisprachige Schule am Bahnhof\n\nQuelle: Stadt Biel – Ville de Bienne\n\n"
                    "Der Gemeinderat hat den Kredit für den Neubau einer zweisprachigen Schule genehmigt.\n"
                    "Die ersten Klassen sollen im Sommer 2028 einziehen.\nZum vollständigen Bericht\n\n"
                    "Umwelt – Kanton verlängert Förderung für Solaranlagen auf Schuldächern\n\nQuelle: Kanton Bern\n\n"
                    "Gemeinden erhalten weiterhin bis zu 40 Prozent der Kosten für neue Anlagen zurück.\n"
                    "Das Programm läuft nun bis Ende 2027, danach will der Kanton die Beiträge neu festlegen.\nLesen Sie auch: Gemeinde Nidau plant Solarpark am Kanal\n\n"
                    "Region – Uhrenhersteller schafft 120 neue Stellen\n\nQuelle: Wirtschaftskammer Biel-Seeland\n\n"
                    "Das Unternehmen erweitert sein Werk in Biel und sucht vor allem Fachkräfte für die Montage.\n"
                    "Die neuen Stellen sollen bis Ende nächsten Jahres besetzt sein.\n\n"
                    "« Ältere Meldungen\nDer Pressedienst veröffentlicht Mitteilungen so, wie sie eingehen.\n")
    assert sources == ["Stadt Biel – Ville de Bienne", "Kanton Bern", "Wirtschaftskammer Biel-Seeland"]
    assert "vollständigen Bericht" not in text and "Solarpark am Kanal" not in text and "so, wie sie eingehen" not in text


def test_an_advertisement_under_its_label_between_items_is_no_item():
    stories = _read("Gesundheitsportal\nNachrichten | Ratgeber | Forum\n\n"
                    "Kassen erhöhen Zusatzbeitrag im Herbst\nMehrere Krankenkassen kündigen höhere Beiträge an. Als Grund "
                    "nennen sie steigende Ausgaben für Kliniken und Arzneimittel.\nQuelle: www.gkv-spitzenverband.de\n\n"
                    "Anzeige\nHörgeräte zum Nulltarif? Jetzt Termin vereinbaren\n\n"
                    "Apotheken melden Lieferengpässe bei Antibiotika\nVor allem Säfte für Kinder sind knapp. Die Behörde "
                    "rechnet erst im Winter mit Entspannung.\nQuelle: www.abda.de\n")
    assert [(s.title, s.source) for s in stories] == [
        ("Kassen erhöhen Zusatzbeitrag im Herbst", "www.gkv-spitzenverband.de"),
        ("Apotheken melden Lieferengpässe bei Antibiotika", "www.abda.de")]


def test_a_sponsored_post_between_a_lists_items_is_no_item_in_french():
    stories = _read("Dernières actualités\n\n"
                    "Des éoliennes en mer\nLe parc de Saint-Brieuc atteint sa pleine puissance\n"
                    "15 mai 2025 Par : Claire Martin\n\nLes 62 éoliennes du parc produisent désormais l'équivalent de la "
                    "consommation de 835 000 habitants. Le chantier avait pris un an de retard...\n\n\n"
                    "Contenu sponsorisé\nsponsorisé par\nUn fabricant de pompes ouvre un atelier à Lyon\n"
                    "Le nouvel atelier entretiendra les pompes des stations d'épuration de la région...\n\n\n"
                    "Un poste électrique dans les Alpes\nRTE lance la rénovation de 300 kilomètres de lignes\n"
                    "14 mai 2025 Par : Paul Girard\n\nLe gestionnaire du réseau remplacera des lignes construites dans "
                    "les années 1950. Les travaux dureront jusqu'en 2030...\n\n\n"
                    "Des panneaux solaires sur un toit\nLe prix des panneaux solaires recule encore au printemps\n"
                    "13 mai 2025 Par : Julie Bernard\n\nLes installateurs constatent une baisse de 8 % depuis janvier. "
                    "La concurrence des fabricants chinois reste forte...\n")
    assert [(s.title, s.date) for s in stories] == [
        ("Le parc de Saint-Brieuc atteint sa pleine puissance", dt.date(2025, 5, 15)),
        ("RTE lance la rénovation de 300 kilomètres de lignes", dt.date(2025, 5, 14)),
        ("Le prix des panneaux solaires recule encore au printemps", dt.date(2025, 5, 13))]


def test_an_alerts_headline_closed_by_a_sites_domain_names_that_site_as_written():
    stories = _read("Von: Nachrichtenwecker <alarm@nachrichtenwecker.example>\nBetreff: Ihr Alarm „Datenschutz“ – 3 neue Treffer\n\n"
                    "Bundestag debattiert über Speicherung von IP-Adressen - tagesschau.de\n"
                    "Die Koalition will Internetanbieter verpflichten, die Adressen drei Monate lang aufzubewahren. "
                    "Kritiker sprechen von einer Vorratsdatenspeicherung ...\ngestern\nMerken · Teilen · Diese Quelle nicht mehr verfolgen\n\n"
                    "Datenschützer prüfen Gesichtserkennung im Supermarkt - sueddeutsche.de\n"
                    "Eine Handelskette soll in drei Filialen Kameras mit Gesichtserkennung getestet haben. Der "
                    "Landesbeauftragte hat ein Verfahren eingeleitet ...\nvor 4 Stunden\nMerken · Teilen · Diese Quelle nicht mehr verfolgen\n\n"
                    "Regulator fines hospital group over leaked patient records - irishtimes.com\n"
                    "The authority said the group had failed to encrypt laptops holding the records of 12,000 patients. "
                    "The group said it would appeal ...\nvor 2 Tagen\nMerken · Teilen · Diese Quelle nicht mehr verfolgen\n")
    assert [(s.title, s.source) for s in stories] == [
        ("Bundestag debattiert über Speicherung von IP-Adressen", "tagesschau.de"),
        ("Datenschützer prüfen Gesichtserkennung im Supermarkt", "sueddeutsche.de"),
        ("Regulator fines hospital group over leaked patient records", "irishtimes.com")]
