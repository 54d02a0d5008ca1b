"""Layouts of held-out set 28 read in general (fit28a; pages written here, in other wordings, outlets
and languages): a briefing's outlet line under a section divider and over its headline, a headline's
bracketed rendering in another language."""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page

_DAY = dt.date(2026, 5, 19)


def _stories(text: str):
    return read_page(text, _DAY).stories


def _by_title(text: str) -> dict:
    return {s.title: (s.date, s.source) for s in _stories(text)}


_BRIEFING = ("NORDIC ENERGY PRESS\n"
             "Daily review – Monday 18 May 2026\n"
             "Selected from 25 papers. Headlines in the original language, our English versions below them.\n\n"
             "=== SWEDEN ===\n\n"
             "Dagens Industri · 2026-05-18\n"
             "Vattenfall skjuter upp beslutet om ny kärnkraft till hösten\n"
             "(EN: Vattenfall postpones decision on new nuclear power until autumn)\n"
             "The state utility wants clearer rules on risk sharing before it picks a reactor supplier.\n\n"
             "=== NORWAY ===\n\n"
             "Aftenposten · 2026-05-17\n"
             "Strømprisen i sør steg med 40 prosent i april\n"
             "(EN: Power price in the south rose 40 percent in April)\n"
             "Low reservoir levels and exports to the continent pushed prices up in the southern zones.\n\n"
             "=== DENMARK ===\n\n"
             "Børsen · 2026-05-16\n"
             "Regeringen vil halvere afgiften på elbiler fra 2027\n"
             "(EN: Government wants to halve the tax on electric cars from 2027)\n"
             "The tax cut would cost the treasury about 1.2 billion kroner a year, the ministry estimates.\n\n"
             "=== FINLAND ===\n\n"
             "Helsingin Sanomat\n"
             "Finland's grid operator warns of tight supply during the next cold snap\n"
             "Fingrid says new wind farms cannot cover peaks when the wind drops on the coldest days.\n\n"
             "You receive this review because you signed up on our website. Unsubscribe\n")


def test_an_outlet_line_under_a_section_divider_names_the_item_below_it():
    stories = _by_title(_BRIEFING)
    assert stories["Vattenfall skjuter upp beslutet om ny kärnkraft till hösten"] == (dt.date(2026, 5, 18), "Dagens Industri")
    assert stories["Strømprisen i sør steg med 40 prosent i april"] == (dt.date(2026, 5, 17), "Aftenposten")
    assert stories["Regeringen vil halvere afgiften på elbiler fra 2027"] == (dt.date(2026, 5, 16), "Børsen")
    assert stories["Finland's grid operator warns of tight supply during the next cold snap"] == (None, "Helsingin Sanomat")


def test_a_briefings_masthead_and_note_above_its_first_divider_are_no_item():
    assert len(_stories(_BRIEFING)) == 4
    headed = _BRIEFING.replace("Selected from 25 papers.", "Nordic Energy Press, daily review\nSelected from 25 papers.")
    assert [s.title for s in _stories(headed)][0] == "Vattenfall skjuter upp beslutet om ny kärnkraft till hösten"


def test_a_bracketed_rendering_under_a_headline_is_neither_title_nor_item():
    titles = [s.title for s in _stories(_BRIEFING)]
    assert not any("EN:" in t or "Vattenfall postpones" in t for t in titles)
    assert "Strømprisen i sør steg med 40 prosent i april" in titles


def test_a_rendering_labelled_in_words_in_a_french_briefing():
    page = ("REVUE DE PRESSE EUROPÉENNE\n\n"
            "Handelsblatt\n"
            "Bundesregierung plant Förderprogramm für Batteriespeicher mit 2 Milliarden Euro\n"
            "[Traduction : Le gouvernement prévoit un programme d'aide pour le stockage par batteries]\n"
            "Le ministère veut soutenir les grands parcs de batteries raccordés au réseau de transport.\n\n"
            "Corriere della Sera\n"
            "Bollette, dal 1° luglio cambia la tariffa per 3 milioni di famiglie\n"
            "[Traduction : Factures, le tarif change en juillet pour des millions de foyers]\n"
            "La fin du service de protection renvoie les ménages vers le marché libre.\n\n"
            "El Mundo\n"
            "Red Eléctrica pide 5.000 millones para reforzar la red tras el apagón\n"
            "[Traduction : Red Eléctrica demande des milliards pour renforcer le réseau après la panne]\n"
            "Le gestionnaire du réseau veut doubler ses investissements d'ici 2030.\n")
    titles = [s.title for s in _stories(page)]
    assert "Bundesregierung plant Förderprogramm für Batteriespeicher mit 2 Milliarden Euro" in titles
    assert "Bollette, dal 1° luglio cambia la tariffa per 3 milioni di famiglie" in titles
    assert not any(t.startswith(("Traduction", "[Traduction")) for t in titles)


_RULINGS_DE = ("Verwaltungsgericht Mittelstadt\n"
               "Entscheidungen\n\n"
               "Startseite > Presse > Entscheidungen\n\n"
               "Klage gegen Windpark am Hohen Kamm abgewiesen\n"
               "Az. 5 K 1204/25   ·   Entscheidungsdatum: 12.05.2026   ·   Umweltrecht, Planungsrecht\n"
               "Das Gericht hält die Genehmigung für rechtmäßig. Die Abstände zur Wohnbebauung seien eingehalten, der Artenschutz ausreichend geprüft.\n"
               "Urteil [PDF, 1,2 MB]\n\n"
               "Eilantrag gegen Tempo 30 auf der Bahnhofstraße ohne Erfolg\n"
               "Az. 3 L 877/26   ·   Entscheidungsdatum: 06.05.2026   ·   Verkehrsrecht\n"
               "Die Stadt durfte die Geschwindigkeit wegen des Lärmschutzes begrenzen, befand die Kammer im Eilverfahren.\n"
               "Beschluss [PDF, 310 KB]   Pressemitteilung [PDF, 88 KB]\n\n"
               "Gebührenbescheid für Abwasser teilweise aufgehoben\n"
               "Az. 1 K 56/25   ·   Entscheidungsdatum: —   ·   Abgabenrecht\n"
               "Die Kalkulation der Gebühren für 2024 enthielt Kosten, die nicht umgelegt werden durften.\n"
               "Urteil [PDF, 640 KB]\n\n"
               "Stadt muss Antrag auf Solaranlage auf Denkmal neu prüfen\n"
               "Az. 2 K 301/25   ·   Entscheidungsdatum: 28.04.2026   ·   Baurecht, Denkmalschutz\n"
               "Der Denkmalschutz habe zu wenig Gewicht auf die Ziele des Klimaschutzes gelegt, urteilte das Gericht.\n"
               "Urteil [PDF, 455 KB]\n")


def test_a_row_of_labelled_fields_under_a_title_dates_its_item_and_files_it():
    stories = {s.title: s for s in _stories(_RULINGS_DE)}
    wind = stories["Klage gegen Windpark am Hohen Kamm abgewiesen"]
    assert (wind.date, wind.source) == (dt.date(2026, 5, 12), "")
    assert {"Umweltrecht", "Planungsrecht"} <= set(wind.labels)
    assert stories["Eilantrag gegen Tempo 30 auf der Bahnhofstraße ohne Erfolg"].date == dt.date(2026, 5, 6)
    assert stories["Gebührenbescheid für Abwasser teilweise aufgehoben"].date is None   # ('Entscheidungsdatum: —')
    assert stories["Stadt muss Antrag auf Solaranlage auf Denkmal neu prüfen"].date == dt.date(2026, 4, 28)
    assert not any(t.startswith(("Az.", "Urteil", "Beschluss")) for t in stories)


_DECISIONS_FR = ("Commission de régulation\n"
          "Délibérations\n\n"
          "Délibération portant approbation du tarif d'utilisation des réseaux\n"
          "Dossier n° 24-118   |   Date de la décision : 07/05/2026   |   Électricité\n"
          "La Commission approuve une hausse moyenne de 3,2 % au 1er août et demande un rapport sur les raccordements.\n"
          "Délibération (PDF - 412 Ko)\n\n"
          "Délibération portant décision sur le plan d'investissement du gestionnaire\n"
          "Dossier n° 24-131   |   Date de la décision : 29/04/2026   |   Gaz naturel\n"
          "Le plan prévoit le remplacement de 400 kilomètres de conduites d'ici 2030, pour un budget d'environ 1,4 milliard d'euros sur cinq ans.\n"
          "Délibération (PDF - 1,1 Mo)   Annexe (PDF - 96 Ko)\n\n"
          "Communication sur le suivi des prix de détail\n"
          "Dossier n° 25-007   |   Date de la décision : 22/04/2026   |   Électricité, Gaz naturel\n"
          "Les offres à prix fixe représentent désormais un tiers des contrats des ménages.\n"
          "Communication (PDF - 240 Ko)\n")


def test_a_decision_list_in_french_with_its_files():
    stories = {s.title: (s.date, s.source, s.labels) for s in _stories(_DECISIONS_FR)}
    assert stories["Délibération portant approbation du tarif d'utilisation des réseaux"][:2] == (dt.date(2026, 5, 7), "")
    assert stories["Délibération portant décision sur le plan d'investissement du gestionnaire"][0] == dt.date(2026, 4, 29)
    assert "Gaz naturel" in stories["Communication sur le suivi des prix de détail"][2]
    assert len(stories) == 3


_CATEGORY_FR = ("Aller au contenu\n"
                "Le Courrier de l'Ouest Africain\n"
                "Accueil   Politique   Économie   Société   Contact\n"
                "mardi 19 mai 2026\n\n"
                "Catégorie : Économie\n\n"
                "Le port de Lomé bat un record de conteneurs au premier trimestre\n"
                "Publié par Awa Koné | il y a 2 heures | Transport\n"
                "Le trafic a progressé de 9 % sur un an, porté par les lignes vers le Sahel. La direction du port annonce un nouveau quai pour 2027 …\n"
                "Lire la suite »\n\n"
                "La banque centrale maintient son taux directeur à 3,5 %\n"
                "Publié par Jean Mensah | 14 mai 2026 | Finances\n"
                "Le comité de politique monétaire juge l'inflation sous contrôle mais surveille les prix alimentaires …\n"
                "Lire la suite »\n\n"
                "Les commerçants du grand marché dénoncent la hausse des loyers\n"
                "Publié par Awa Koné | Société\n"
                "Plusieurs boutiques ont fermé depuis janvier, selon l'association des commerçants, qui demande une médiation …\n"
                "Lire la suite »\n\n"
                "Le coton retrouve des couleurs après deux saisons difficiles\n"
                "Publié par Koffi Adjo | 12 mai 2026 | Agriculture\n"
                "La production devrait dépasser 120 000 tonnes grâce à de meilleures pluies et à des semences subventionnées …\n"
                "Lire la suite »\n")


def test_a_blog_row_of_author_date_and_category_is_the_items_date_line():
    stories = {s.title: s for s in _stories(_CATEGORY_FR)}
    port = stories["Le port de Lomé bat un record de conteneurs au premier trimestre"]
    assert (port.date, port.source) == (dt.date(2026, 5, 19), "")
    assert "Transport" in port.labels
    assert stories["La banque centrale maintient son taux directeur à 3,5 %"].date == dt.date(2026, 5, 14)
    assert not any(t.startswith("Publié par") for t in stories)


def test_an_item_whose_row_prints_no_date_takes_not_the_sites_clock():
    stories = {s.title: s for s in _stories(_CATEGORY_FR)}
    market = stories["Les commerçants du grand marché dénoncent la hausse des loyers"]
    assert (market.date, market.source) == (None, "")
    assert "Société" in market.labels


def test_a_dateline_with_an_agencys_initials_and_no_brackets():
    page = ("Business Desk\n\n"
            "Garment exports rise for a third month\n"
            "Dhaka, May 14, BSS – Shipments of knitwear and woven garments rose 6 per cent in April, the Export Promotion Bureau said on Wednesday.\n\n"
            "Rice prices ease at wholesale markets\n"
            "Chattogram, May 12, BSS – Coarse rice fell by two taka a kilogram after the boro harvest reached the markets.\n\n"
            "Power cuts return to northern districts\n"
            "Rangpur, May 11, BNP – Residents said outages lasted up to six hours a day as demand for fans and pumps climbed.\n")
    stories = {s.title: (s.date, s.source) for s in _stories(page)}
    assert stories["Garment exports rise for a third month"] == (dt.date(2026, 5, 14), "BSS")
    assert stories["Rice prices ease at wholesale markets"] == (dt.date(2026, 5, 12), "BSS")
    assert stories["Power cuts return to northern districts"][1] == ""   # (a party's initials: no listed agency)


_DOSSIER_DE = ("Zum Inhalt springen\n"
               "RHEINISCHE RUNDSCHAU\n\n"
               "Thema\n"
               "Wärmepumpen\n"
               "Alles zur Heizungswende – Förderung, Kosten, Erfahrungen.\n\n"
               "Förderung: Anträge für Wärmepumpen auf Rekordniveau\n"
               "Im ersten Quartal gingen mehr Anträge ein als im gesamten Vorjahr. Die Förderbank will die Bearbeitung beschleunigen.\n"
               "Von Lea Brandt · vor 5 Std. · 3 Min. Lesezeit\n\n"
               "Kirchen wollen Gemeindehäuser mit Erdwärme heizen\n"
               "Mehrere Landeskirchen prüfen, ihre Gebäude bis 2035 von Öl und Gas unabhängig zu machen. Erste Bohrungen laufen.\n"
               "Ein Bericht von epd · Freitag, 15.05. · 2 Min. Lesezeit\n\n"
               "Handwerk: Wartezeiten für Installation sinken deutlich\n"
               "Die Betriebe haben Personal aufgestockt, zugleich ist die Nachfrage nach dem Boom des Vorjahres gesunken.\n"
               "Von Malte Sievers, mit Material von AFP · 13.05.2026 · 4 Min. Lesezeit\n\n"
               "Stromtarife für Wärmepumpen: Was Haushalte sparen können\n"
               "Spezielle Tarife sind oft günstiger, setzen aber einen eigenen Zähler voraus. Ein Überblick über die Angebote.\n"
               "12.05.2026\n")


def test_an_agency_credit_line_with_its_date_and_reading_time_names_the_agency():
    stories = {s.title: (s.date, s.source) for s in _stories(_DOSSIER_DE)}
    assert stories["Kirchen wollen Gemeindehäuser mit Erdwärme heizen"] == (dt.date(2026, 5, 15), "epd")
    assert stories["Förderung: Anträge für Wärmepumpen auf Rekordniveau"] == (dt.date(2026, 5, 19), "")


def test_who_supplied_material_after_the_authors_name_is_the_outlet():
    stories = {s.title: (s.date, s.source) for s in _stories(_DOSSIER_DE)}
    assert stories["Handwerk: Wartezeiten für Installation sinken deutlich"] == (dt.date(2026, 5, 13), "AFP")
    byline = [s for s in _stories("Markets wrap\n\n"
                                  "Copper hits a two-year high on supply fears\n"
                                  "Smelters in Chile cut output after a strike at the port, traders said.\n"
                                  "By Dana Whitfield, with reporting from Bloomberg | May 14, 2026\n\n"
                                  "Oil slips as inventories build\n"
                                  "Crude stocks rose for a third week, the government said.\n"
                                  "By Sam Ortiz | May 13, 2026\n\n"
                                  "Gold steadies after Fed minutes\n"
                                  "Investors weighed comments on the pace of cuts.\n"
                                  "By Dana Whitfield | May 12, 2026\n")]
    assert {s.title: s.source for s in byline}["Copper hits a two-year high on supply fears"] == "Bloomberg"


_RESOLUTIONS_ES = ("Ir al contenido\n"
                   "Gobierno de Aragón\n"
                   "Departamento de Medio Ambiente\n"
                   "Inicio > Normativa > Resoluciones\n\n"
                   "Resoluciones del Departamento\n"
                   "Resoluciones firmadas por la consejera. Se publican en esta página en los tres días hábiles siguientes a su firma.\n\n"
                   "Buscar: ____   Tipo: Todas ▾   Año: 2026 ▾   [Filtrar]\n"
                   "Mostrando 1-3 de 412   Ordenar por: Fecha ▾\n\n"
                   "Resolución por la que se autoriza la ampliación de la depuradora de Huesca\n"
                   "La obra duplicará la capacidad de tratamiento y deberá terminar antes del verano de 2028. El presupuesto asciende a 14 millones de euros.\n\n"
                   "Resolución sobre el plan de gestión de la sequía en la cuenca del Cinca\n"
                   "Se limitan los riegos nocturnos y se fijan caudales mínimos para los tramos bajos del río durante los meses de verano.\n\n"
                   "Resolución por la que se declara zona de protección de aves esteparias\n"
                   "La declaración afecta a 12.000 hectáreas de secano y prohíbe nuevas líneas eléctricas aéreas dentro del perímetro.\n\n"
                   "« Anterior   1   2   3   …   138   Siguiente »\n\n"
                   "Departamento de Medio Ambiente   Plaza San Pedro Nolasco 7   50001 Zaragoza\n"
                   "Aviso legal   Privacidad   Mapa del sitio\n")


def test_a_list_pages_breadcrumb_filters_result_count_and_footer_are_no_items():
    items = ["Resolución por la que se autoriza la ampliación de la depuradora de Huesca",
             "Resolución sobre el plan de gestión de la sequía en la cuenca del Cinca",
             "Resolución por la que se declara zona de protección de aves esteparias"]
    for page in (_RESOLUTIONS_ES, _RESOLUTIONS_ES.replace("Inicio >", "Startseite ›").replace(" > ", " › ")):
        titles = [s.title for s in _stories(page)]
        assert [t for t in titles if t.startswith("Resolución")] == items
        assert not any(t.startswith(("Inicio", "Startseite", "Buscar", "Tipo", "Mostrando", "Aviso legal")) or "Zaragoza" in t
                       for t in titles)
    # (the page's title and intro above the list, 'Departamento de Medio Ambiente' / '… Resoluciones
    # firmadas por la consejera …', still make an item: not this kind)


def test_controls_of_a_list_in_other_languages():
    from chronicle.ingest.readers.pagecontrols import control
    assert control("Accueil » Actualités » Communiqués")
    assert control("Sortieren nach: Datum ▼")
    assert control("Zeige 1–10 von 348 Ergebnissen")
    assert control("Affichage 1 à 20 sur 96")
    assert not control("Home > abroad: why exports fell")
    assert not control("Showing the way: a town's solar co-op")
    assert not control("▾ Le Soir (3)")   # (a reader's folder tree)


def test_a_blogs_popular_posts_list_ends_the_page():
    page = ("Zum Inhalt springen\n"
            "Energieblog Nordhessen\n\n"
            "Kategorie: Solar\n\n"
            "Bürgerenergie baut drei neue Freiflächenanlagen\n"
            "Veröffentlicht von Jonas Reich | 16. Mai 2026 | Solar\n"
            "Die Genossenschaft hat die Finanzierung gesichert; Anteile gibt es ab 500 Euro …\n"
            "Weiterlesen »\n\n"
            "Balkonkraftwerke: Was sich beim Anmelden ändert\n"
            "Veröffentlicht von Mira Olsen | 14. Mai 2026 | Ratgeber\n"
            "Seit diesem Jahr reicht eine vereinfachte Meldung im Marktstammdatenregister …\n"
            "Weiterlesen »\n\n"
            "Stadtwerke testen Solardächer auf Bushaltestellen\n"
            "Veröffentlicht von Jonas Reich | 12. Mai 2026 | Solar\n"
            "Zehn Haltestellen erhalten Module, die Anzeigen und Beleuchtung versorgen sollen …\n"
            "Weiterlesen »\n\n"
            "BELIEBTE BEITRÄGE\n"
            "Wärmepumpe im Altbau: unsere Erfahrungen nach zwei Wintern\n"
            "Wie viel Strom erzeugt ein Balkonkraftwerk wirklich?\n\n"
            "« Ältere Beiträge\n\n"
            "Newsletter abonnieren\n"
            "Ihre E-Mail-Adresse   Abonnieren\n\n"
            "© 2026 Energieblog Nordhessen\n")
    stories = {s.title: (s.date, s.labels) for s in _stories(page)}
    assert len(stories) == 3
    assert stories["Balkonkraftwerke: Was sich beim Anmelden ändert"][0] == dt.date(2026, 5, 14)
    assert "Ratgeber" in stories["Balkonkraftwerke: Was sich beim Anmelden ändert"][1]


def test_a_popular_posts_heading_is_a_sidebar_or_footer_heading_in_several_languages():
    from chronicle.ingest.lines import SIDEBAR
    for heading in ("POPULAR POSTS", "Beliebte Beiträge", "Articles populaires", "Entradas populares", "Articoli popolari",
                    "Populaire berichten", "Posts populares"):
        assert SIDEBAR.match(heading), heading
    assert not SIDEBAR.match("Popular posts about the budget")


def test_a_topic_pages_name_blurb_and_follow_button_are_no_item():
    page = ("Skip to content\n"
            "THE HARBOUR TIMES\n"
            "News   Business   Climate   Opinion\n\n"
            "Topic\n"
            "Coastal flooding\n"
            "How rising seas and storms are changing life along the coast. Every story on the subject in one place.\n"
            "+ Follow this topic\n\n"
            "Council approves new sea wall for the old harbour\n"
            "The 1.2-kilometre wall will protect 400 homes and the ferry terminal from storm surges.\n"
            "By Ellen Marsh · 4 hours ago · 3 min read\n\n"
            "Insurers raise premiums for homes near the estuary\n"
            "Some owners face increases of more than 40 per cent at renewal, brokers say.\n"
            "By Tom Reyes · May 16, 2026 · 5 min read\n\n"
            "Farmers on the marsh switch to salt-tolerant crops\n"
            "A trial with barley and samphire has doubled yields on fields flooded twice last winter.\n"
            "May 14, 2026\n")
    titles = [s.title for s in _stories(page)]
    assert titles == ["Council approves new sea wall for the old harbour", "Insurers raise premiums for homes near the estuary",
                      "Farmers on the marsh switch to salt-tolerant crops"]
    assert [s.title for s in _stories(page.replace("+ Follow this topic", "[ Suivre ce sujet ]"))] == titles
