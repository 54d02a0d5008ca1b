"""Layouts of held-out set 33 read in general (fit33; pages written here, in other wordings, outlets
and languages): a newsletter's bracketed source notes with the day ('(via Outlet, 29/10)') and its
post date over items that date themselves."""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page


def _by_title(text: str, day: dt.date) -> dict:
    return {s.title: (s.date, s.source) for s in read_page(text, day).stories}


_VIA_NOTES = ("The Nairobi Fintech Letter\n"
              "Subscribe   Sign in\n\n"
              "This week: mobile money caps, a data audit and a new sandbox\n"
              "Amina Otieno\n"
              "Oct 14, 2026\n\n"
              "Hello from Nairobi. Four stories this week, with links to the reporting.\n\n"
              "1) Central Bank raises the mobile money transaction cap\n"
              "The bank said the single-transaction limit will rise to 500,000 shillings from January, after "
              "lobbying by the operators. (via Business Daily, 29/9)\n\n"
              "2) Data commissioner audits three digital lenders\n"
              "The office said it would publish the findings by the end of the month and could fine the lenders.\n\n"
              "3) Capital Markets Authority admits five firms to its sandbox\n"
              "The regulator said the firms will test robo-advice and tokenised bonds for twelve months under "
              "supervision.\n"
              "(via The Star, 13/10)\n\n"
              "4) Treasury floats a levy on digital lenders' loan books\n"
              "The draft Finance Bill would charge lenders a 1.5 per cent levy on outstanding loans, which the "
              "industry says will raise rates.\n"
              "(via Nation, 11/10)\n\n"
              "That's all for this week.\n")


def test_a_bracketed_via_note_dates_its_item_and_names_the_outlet():
    stories = _by_title(_VIA_NOTES, dt.date(2026, 10, 14))
    assert stories["Central Bank raises the mobile money transaction cap"] == (dt.date(2026, 9, 29), "Business Daily")
    assert stories["Capital Markets Authority admits five firms to its sandbox"] == (dt.date(2026, 10, 13), "The Star")
    assert stories["Treasury floats a levy on digital lenders' loan books"] == (dt.date(2026, 10, 11), "Nation")


def test_the_post_date_is_no_date_of_an_item_where_the_items_date_themselves():
    stories = _by_title(_VIA_NOTES, dt.date(2026, 10, 14))
    assert stories["Data commissioner audits three digital lenders"][0] is None


_VIA_ES = ("Boletín Energía Ibérica\n"
           "Martes, 3 de noviembre de 2026\n\n"
           "Buenos días. Esta semana, tres noticias del sector.\n\n"
           "Red Eléctrica adjudica dos nuevas interconexiones con Francia\n"
           "La empresa firmó los contratos para los cables submarinos del golfo de Vizcaya, que entrarán en "
           "servicio en 2029.\n"
           "(vía Expansión, 28/10)\n\n"
           "Iberdrola cierra la venta de su negocio en México\n"
           "El grupo recibirá 4.200 millones de dólares por las centrales de ciclo combinado.\n"
           "(vía Cinco Días, 30/10)\n\n"
           "El Gobierno amplía el bono social eléctrico\n"
           "El descuento se mantendrá hasta junio para los hogares vulnerables. (vía El País, 2/11)\n\n"
           "Hasta la semana que viene.\n")


def test_a_spanish_via_note_dates_its_item_by_the_page_order():
    stories = _by_title(_VIA_ES, dt.date(2026, 11, 3))
    assert stories["Red Eléctrica adjudica dos nuevas interconexiones con Francia"] == (dt.date(2026, 10, 28), "Expansión")
    assert stories["Iberdrola cierra la venta de su negocio en México"] == (dt.date(2026, 10, 30), "Cinco Días")
    assert stories["El Gobierno amplía el bono social eléctrico"] == (dt.date(2026, 11, 2), "El País")


_VIA_AMBIGUOUS = ("Weekly Transit Notes\n\n"
                  "Metro council approves the east line extension\n"
                  "The council voted 14 to 3 for the extension after a four-hour hearing on the costs of tunnelling. "
                  "(via Star Tribune, 2/11)\n\n"
                  "Bus drivers ratify a three-year contract\n"
                  "Union members approved the deal that raises wages by 4 per cent a year.\n")


def test_a_via_note_day_that_reads_both_ways_is_not_guessed():
    stories = _by_title(_VIA_AMBIGUOUS, dt.date(2026, 11, 3))
    assert stories["Metro council approves the east line extension"] == (None, "Star Tribune")


_BETREFF = ("Bundesamt für Verkehr – Medienmitteilungen\n"
            "Startseite > Medien > Mitteilungen 2026\n\n"
            "| Nr. | Betreff | Aktenzeichen | Datiert | Anhang |\n"
            "|-----|---------|--------------|---------|--------|\n"
            "| 1 | Neue Regeln für Nachtzüge auf der Gotthard-Achse ab Dezember | BAV/MM/088/2026 | 30.10.2026 | PDF (210 KB) |\n"
            "| 2 | Bund genehmigt Ausbau des Bahnhofs Lausanne in drei Etappen | BAV/MM/087/2026 | 27.10.2026 | PDF (1,1 MB) |\n"
            "| 3 | Berichtigung zur Mitteilung BAV/MM/085/2026 | BAV/MM/086/2026 |  | PDF (40 KB) |\n\n"
            "Seite 1 von 9\n")


def test_a_subject_column_of_a_pasted_table_is_the_title_not_its_reference_number():
    stories = _by_title(_BETREFF, dt.date(2026, 11, 3))
    assert stories["Neue Regeln für Nachtzüge auf der Gotthard-Achse ab Dezember"][0] == dt.date(2026, 10, 30)
    assert stories["Bund genehmigt Ausbau des Bahnhofs Lausanne in drei Etappen"][0] == dt.date(2026, 10, 27)
    assert stories["Berichtigung zur Mitteilung BAV/MM/085/2026"][0] is None
    assert len(stories) == 3


_CODES = ("Circulaires 2026\n\n"
          "| 12 | Modalités de déclaration des arrêts de travail pour les agents contractuels | DGAFP/C/2026/41 | 29/10/2026 |\n"
          "| 11 | Revalorisation du forfait mobilités durables dans la fonction publique d'État | DGAFP/C/2026/40 | 22/10/2026 |\n"
          "| 10 | Calendrier des élections professionnelles de décembre et modalités du vote électronique | DGAFP/C/2026/39 | 15/10/2026 |\n")


def test_a_column_of_reference_codes_is_no_title_in_a_table_without_header():
    stories = _by_title(_CODES, dt.date(2026, 11, 3))
    assert stories["Revalorisation du forfait mobilités durables dans la fonction publique d'État"][0] == dt.date(2026, 10, 22)
    assert len(stories) == 3


_GAZETTE = ("Studio Ferri & Associati – Aggiornamento normativo energia\n"
            "N. 21 – Settimana dal 26 ottobre al 1° novembre 2026\n\n"
            "Gentili clienti,\n"
            "di seguito le principali novità della settimana.\n\n"
            "DECRETI\n\n"
            "Comunità energetiche: pubblicato il decreto sugli incentivi per i comuni sotto i 5.000 abitanti\n"
            "Il contributo a fondo perduto copre fino al 40 per cento dei costi ammissibili e può essere cumulato "
            "con la tariffa incentivante.\n"
            "Fonte: Gazzetta ufficiale, 28/10/2026\n\n"
            "DECISIONI\n\n"
            "Consiglio di Stato respinge il ricorso contro il parco eolico di Tuscania\n"
            "I giudici hanno ritenuto adeguata la valutazione di impatto paesaggistico e confermato l'autorizzazione unica.\n"
            "Fonte: Consiglio di Stato, sentenza n. 8812, 30/10/2026\n\n"
            "Per informazioni: energia@ferri-associati.it\n")


def test_a_labelled_source_line_names_a_sentence_case_body_before_its_reference_and_date():
    stories = _by_title(_GAZETTE, dt.date(2026, 11, 3))
    key = "Comunità energetiche: pubblicato il decreto sugli incentivi per i comuni sotto i 5.000 abitanti"
    assert stories[key] == (dt.date(2026, 10, 28), "Gazzetta ufficiale")
    key = "Consiglio di Stato respinge il ricorso contro il parco eolico di Tuscania"
    assert stories[key] == (dt.date(2026, 10, 30), "Consiglio di Stato")
    assert not any(t.startswith("Fonte") for t in stories)


_TYPED = ("Ministère de la Transition énergétique\n"
          "Accueil > Presse > Toutes les publications\n\n"
          "Type : Tous ▾   Thème : Tous ▾\n\n"
          "COMMUNIQUÉ  |  Énergie\n"
          "Le gouvernement lance l'appel d'offres pour deux parcs éoliens en Méditerranée\n"
          "Paris, le 30 octobre 2026 – Les candidats ont jusqu'au mois de mars pour déposer leurs offres "
          "pour les deux parcs flottants au large de Narbonne.\n\n"
          "AVIS  |  Transports, Logement\n"
          "Consultation publique sur le projet de décret relatif aux bornes de recharge en copropriété\n"
          "La consultation est ouverte jusqu'au 20 novembre et porte sur le droit à la prise.\n\n"
          "DÉCISION  |  Énergie\n"
          "Approbation du plan de sauvegarde de la raffinerie de Donges\n"
          "Le ministre a approuvé le plan présenté par l'exploitant, qui maintient 300 emplois sur le site.\n\n"
          "Page 1 sur 40\n")


def test_a_type_label_in_capitals_with_its_topics_over_each_headline_is_no_title():
    stories = {s.title: s for s in read_page(_TYPED, dt.date(2026, 11, 3)).stories}
    assert set(stories) == {
        "Le gouvernement lance l'appel d'offres pour deux parcs éoliens en Méditerranée",
        "Consultation publique sur le projet de décret relatif aux bornes de recharge en copropriété",
        "Approbation du plan de sauvegarde de la raffinerie de Donges"}
    assert not stories["Approbation du plan de sauvegarde de la raffinerie de Donges"].source


_LONG_TYPED = ("Centre for Transport Futures\n"
               "Latest publications\n\n"
               "ANALYSIS\n"
               "Bus fares outside London have risen twice as fast as rail fares since the pandemic and the gap is widest in towns without a tram\n"
               "Our analysis of fare tables for 140 operators shows an average rise of 41 per cent since 2019, against 19 per cent for regulated rail fares.\n"
               "Published: 12 October 2026\n"
               "Author(s): Joanna Pike, Samuel Achebe\n\n"
               "EXPLAINER\n"
               "What the new duty on councils to publish road safety plans will mean for drivers and cyclists in rural areas next year\n"
               "From April, every highway authority must publish a plan with targets for serious injuries.\n"
               "Published: 9 October 2026\n\n"
               "ANALYSIS\n"
               "Fewer than one in three new housing estates approved this year are within a fifteen-minute walk of a bus stop with a frequent service\n"
               "We matched planning approvals with timetable data for every English county.\n"
               "Published: 2 October 2026\n"
               "Author: Leah Morgan\n\n"
               "Load more\n")


def test_a_long_headline_under_a_type_label_is_the_title_and_the_authors_key_no_item():
    stories = _by_title(_LONG_TYPED, dt.date(2026, 10, 14))
    assert len(stories) == 3
    assert stories["Bus fares outside London have risen twice as fast as rail fares since the pandemic and the gap "
                   "is widest in towns without a tram"][0] == dt.date(2026, 10, 12)
    assert stories["Fewer than one in three new housing estates approved this year are within a fifteen-minute walk "
                   "of a bus stop with a frequent service"][0] == dt.date(2026, 10, 2)


_AGED = ("BÖRSENBLATT NORD\n"
         "Märkte\n"
         "Aktien, Anleihen, Devisen und Rohstoffe\n\n"
         "Aktualisiert vor 3 Stunden\n"
         "DAX schließt fester, Autowerte gefragt\n"
         "Der Leitindex legte zum Handelsschluss um 0,6 Prozent zu, gestützt von Kursgewinnen bei den Herstellern.\n\n"
         "Euro fällt vor der Zinsentscheidung der EZB\n"
         "Die Gemeinschaftswährung gab gegenüber dem Dollar nach, Händler rechnen mit einer Senkung im Dezember.\n"
         "Gestern, 18:10\n\n"
         "Bundesanleihen: Rendite steigt nach schwacher Auktion\n"
         "Die Finanzagentur erhielt für die zehnjährige Anleihe weniger Gebote als bei den letzten Versteigerungen.\n"
         "2. November 2026\n\n"
         "AUS DEN AGENTUREN\n"
         "Ölpreis steigt nach Förderbeschluss der Opec+\n"
         "Die Allianz will die Kürzungen bis März beibehalten, wie sie am Sonntag mitteilte.\n\n"
         "Post-Konzern erhöht Prognose für das Paketgeschäft\n"
         "Das Unternehmen stellt für das Weihnachtsgeschäft 9.000 Aushilfen ein.\n")


def test_an_age_in_hours_above_the_first_item_dates_it_alone():
    stories = _by_title(_AGED, dt.date(2026, 11, 3))
    assert stories["DAX schließt fester, Autowerte gefragt"][0] == dt.date(2026, 11, 3)
    assert stories["Bundesanleihen: Rendite steigt nach schwacher Auktion"][0] == dt.date(2026, 11, 2)
    assert stories["Ölpreis steigt nach Förderbeschluss der Opec+"][0] is None
    assert stories["Post-Konzern erhöht Prognose für das Paketgeschäft"][0] is None


_PRESS_OFFICE = ("Leibniz-Institut für Küstenforschung\n"
                 "Presse > Aktuelles\n\n"
                 "Montag, 2. November 2026\n"
                 "Messungen vor Sylt zeigen dass die Wassertemperatur in der Nordsee im Sommer länger als jemals zuvor über zwanzig Grad gelegen hat\n"
                 "Das Team wertete die Daten von zwölf Bojen aus, die seit 2004 alle zehn Minuten messen.\n\n"
                 "Freitag, 30. Oktober 2026\n"
                 "Neue Studie zur Sturmflutgefahr an der Elbe empfiehlt höhere Deiche zwischen Hamburg und Cuxhaven bis zum Jahr 2050\n"
                 "Die Forschenden rechnen mit einem Anstieg des mittleren Hochwassers um bis zu vierzig Zentimeter.\n\n"
                 "Mittwoch, 28. Oktober 2026\n"
                 "Institut erhält Förderung für ein neues Forschungsschiff das ab 2029 die Ostsee zwischen Kiel und Rügen vermessen soll\n"
                 "Das Land und der Bund teilen sich die Kosten von 48 Millionen Euro.\n\n"
                 "IN DEN MEDIEN\n"
                 "Süddeutsche Zeitung – Warum die Nordsee sich schneller erwärmt als der Atlantik und was das für die Fischerei an der Küste bedeutet\n"
                 "Ein Interview mit der Ozeanografin Dr. Katrin Albers.\n\n"
                 "Hamburger Abendblatt – Forschende fordern ein Messnetz für die Elbe das auch die Nebenflüsse und die Häfen im Umland einschließt\n"
                 "Ein Bericht über die Vorschläge des Instituts.\n\n"
                 "Alle Meldungen ›\n")


def test_long_headlines_under_date_lines_and_outlet_dashes_with_undated_media_items():
    stories = _by_title(_PRESS_OFFICE, dt.date(2026, 11, 3))
    assert len(stories) == 5
    assert stories["Neue Studie zur Sturmflutgefahr an der Elbe empfiehlt höhere Deiche zwischen Hamburg und "
                   "Cuxhaven bis zum Jahr 2050"][0] == dt.date(2026, 10, 30)
    assert stories["Warum die Nordsee sich schneller erwärmt als der Atlantik und was das für die Fischerei an der "
                   "Küste bedeutet"] == (None, "Süddeutsche Zeitung")
    media = [t for t in stories if t.startswith("Hamburger Abendblatt") or t.startswith("Forschende fordern")]
    assert len(media) == 1 and stories[media[0]][0] is None


_ARROWED = ("Le Point Climat\n"
            "La lettre du lundi\n\n"
            "1) La Commission européenne propose un objectif de 90 % pour 2040\n"
            "Le texte doit encore être approuvé par les États membres et le Parlement européen.\n"
            "Lire sur Le Monde ›\n\n"
            "2) L'Ademe publie son bilan des rénovations aidées en 2025\n"
            "Plus de 600 000 logements ont été rénovés avec une aide publique, dont un tiers en rénovation globale.\n"
            "Lire sur Les Echos →\n\n"
            "3) Le prix du carbone européen au plus bas depuis un an\n"
            "La tonne s'échangeait sous 60 euros vendredi, après l'annonce d'un report de la réforme.\n\n"
            "À lundi prochain !\n")


def test_a_read_at_line_with_an_arrow_names_the_items_outlet():
    stories = _by_title(_ARROWED, dt.date(2026, 11, 3))
    assert stories["La Commission européenne propose un objectif de 90 % pour 2040"][1] == "Le Monde"
    assert stories["L'Ademe publie son bilan des rénovations aidées en 2025"][1] == "Les Echos"


_STARRED = ("De : Réseau Climat Léman <info@climat-leman.ch>\n"
            "Envoyé : lundi 2 novembre 2026 07:15\n"
            "Objet : La semaine climat n° 44\n\n"
            "RÉSEAU CLIMAT LÉMAN\n"
            "La semaine climat · N° 44/2026\n\n"
            "Chères et chers membres,\n\n"
            "Un automne record. Voici les nouvelles de la semaine.\n\n"
            "————————————————————\n"
            "SUISSE\n"
            "————————————————————\n\n"
            "*Genève a connu le mois de septembre le plus chaud jamais mesuré*\n"
            "Selon MétéoSuisse, la moyenne a dépassé la norme de 2,4 degrés. Les vendanges ont commencé avec deux semaines d'avance dans le Lavaux.\n"
            "(RTS)\n\n"
            "*Le glacier du Rhône a perdu quatre pour cent de son volume*\n"
            "Le réseau de mesure a publié son rapport annuel. La fonte a été la plus forte en juillet, après un hiver pauvre en neige.\n"
            "(Le Temps, 30.10.2026)\n\n"
            "*Notre avis : pourquoi nous soutenons l'initiative sur les toits solaires*\n"
            "Le comité a pris position jeudi. Il soutient l'initiative cantonale pour des panneaux sur toutes les nouvelles constructions.\n\n"
            "Certains membres craignent un surcoût pour les coopératives. Nous avons donc demandé des chiffres au comité d'initiative.\n\n"
            "Nous récolterons des signatures samedi à Lausanne. Inscrivez-vous auprès du secrétariat.\n\n"
            "*Vaud augmente les subventions pour les pompes à chaleur*\n"
            "Le canton double l'aide dès janvier. Les ménages modestes recevront jusqu'à 12 000 francs.\n"
            "(24 heures, 29.10.2026)\n\n"
            "Vous recevez ce courriel en tant que membre du Réseau Climat Léman.\n")


def test_starred_headlines_over_paragraphs_opening_with_a_short_sentence_are_the_titles():
    stories = _by_title(_STARRED, dt.date(2026, 11, 3))
    assert "Genève a connu le mois de septembre le plus chaud jamais mesuré" in stories
    assert "Le glacier du Rhône a perdu quatre pour cent de son volume" in stories
    assert "Notre avis : pourquoi nous soutenons l'initiative sur les toits solaires" in stories
    assert not any(t.startswith(("Certains membres", "Nous récolterons")) for t in stories)


_SWISS_LETTER = ("VELO-VERBAND ZÜRICH\n\n"
                 "Liebe Mitglieder, liebe Velofreundinnen und -freunde\n\n"
                 "Der Herbst bringt gute Nachrichten für alle, die in der Stadt Velo fahren.\n\n"
                 "Freundliche Grüsse\n\n"
                 "*Stadtrat bewilligt zwei neue Velovorzugsrouten*\n"
                 "Die Routen durch Wiedikon und Oerlikon sollen bis 2028 fertig sein und kosten zusammen 38 Millionen Franken.\n"
                 "(NZZ, 28.10.2026)\n\n"
                 "*Kanton prüft Tempo 30 auf der Rosengartenstrasse*\n"
                 "Die Volkswirtschaftsdirektion lässt ein Gutachten zur Lärmbelastung erstellen, das im Frühling vorliegen soll.\n"
                 "(Tages-Anzeiger, 30.10.2026)\n\n"
                 "*Velostation am Hauptbahnhof wird erweitert*\n"
                 "Die SBB bauen 1200 zusätzliche Abstellplätze unter dem Europaplatz, die Arbeiten beginnen im Januar.\n"
                 "(SRF, 2.11.2026)\n")


def test_a_swiss_letters_salutation_without_comma_and_its_closing_are_no_items():
    stories = _by_title(_SWISS_LETTER, dt.date(2026, 11, 3))
    assert not any(t.startswith(("Liebe Mitglieder", "Freundliche")) for t in stories)
    assert stories["Velostation am Hauptbahnhof wird erweitert"] == (dt.date(2026, 11, 2), "SRF")


_SPONSOR_LINE = ("LA LETTRE DU PORT\n"
                 "Les nouvelles hebdomadaires du port de Marseille\n\n"
                 "Le trafic de conteneurs progresse pour le troisième mois\n"
                 "Le port a traité 140 000 conteneurs en octobre, soit 6 % de plus qu'un an plus tôt.\n"
                 "(La Provence, 2/11)\n\n"
                 "Un nouveau terminal pour les ferries corses\n"
                 "Le terminal ajoute deux postes à quai et une salle d'attente couverte pour 300 passagers.\n"
                 "(Les Echos, 30/10)\n\n"
                 "Soutenu par : Transports Méditerranée – la logistique du Sud depuis 1978. Demandez un devis.\n\n"
                 "Se désabonner | Préférences\n")


def test_a_sponsors_line_with_its_blurb_after_a_colon_is_no_item():
    stories = read_page(_SPONSOR_LINE, dt.date(2026, 11, 3)).stories
    assert len(stories) == 2
    assert not any("Soutenu par" in p for s in stories for p in s.paras)


_LOWER_BRAND = ("NORDKLIMA – Der Wochenbrief\n\n"
                "*Hamburg beschliesst Solarpflicht für Parkplätze*\n"
                "Ab 2028 müssen neue Parkplätze mit mehr als 35 Stellplätzen überdacht und mit Solarmodulen belegt werden.\n"
                "(taz Nord, 29.10.2026)\n\n"
                "*Kiel baut Fernwärmenetz in Gaarden aus*\n"
                "Die Stadtwerke verlegen bis 2030 weitere 14 Kilometer Leitungen und schliessen 3000 Haushalte an.\n"
                "(Kieler Nachrichten, 30.10.2026)\n\n"
                "*Windpark vor Fehmarn erhält Genehmigung*\n"
                "Das Bundesamt für Seeschifffahrt hat den Bau von 40 Anlagen genehmigt, die ab 2029 Strom liefern sollen.\n"
                "(NDR, 2.11.2026)\n")


def test_a_bracketed_note_with_a_lower_case_brand_names_the_outlet():
    stories = _by_title(_LOWER_BRAND, dt.date(2026, 11, 3))
    assert stories["Hamburg beschliesst Solarpflicht für Parkplätze"] == (dt.date(2026, 10, 29), "taz Nord")


_SIGNED_SWISS = ("VELO-VERBAND BERN\n\n"
                 "Liebe Mitglieder\n\n"
                 "Drei Nachrichten aus der Stadt und dem Kanton, dazu ein Hinweis auf unsere Versammlung.\n\n"
                 "Freundliche Grüsse\n"
                 "Matthias Oberli, Präsident\n\n"
                 "*Stadt Bern verbreitert die Velospur am Bollwerk*\n"
                 "Die Arbeiten beginnen im März und dauern vier Monate, der Autoverkehr wird einspurig geführt.\n"
                 "(Der Bund, 29.10.2026)\n\n"
                 "*Kanton senkt Tempo auf der Thunstrasse*\n"
                 "Auf dem Abschnitt zwischen Burgernziel und Muri gilt ab Januar Tempo 30.\n"
                 "(Berner Zeitung, 30.10.2026)\n\n"
                 "*Neue Veloparkierung am Bahnhof Wankdorf*\n"
                 "Die SBB eröffnen im Dezember eine Anlage mit 800 Plätzen.\n"
                 "(SRF, 2.11.2026)\n")


def test_a_swiss_letters_signature_with_its_office_under_a_closing_without_comma_is_no_item():
    stories = _by_title(_SIGNED_SWISS, dt.date(2026, 11, 3))
    assert not any(t.startswith(("Matthias", "Freundliche")) for t in stories)
    assert stories["Kanton senkt Tempo auf der Thunstrasse"] == (dt.date(2026, 10, 30), "Berner Zeitung")
