"""Layouts of held-out set 32 read in general (fit32; pages written here, in other wordings,
outlets and languages)."""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page

from chronicle.ingest.formats import structured
from chronicle.ingest.run import make_context

_DAY = dt.date(2026, 10, 14)


def _read(text: str, day: dt.date = _DAY):
    return [(s.title, s.date, s.source) for s in read_page(text, day).stories]


def _csv(text: str):
    from ingest_page import _CONFIG
    from chronicle.config import load_config
    parsed = structured(text, make_context(load_config(_CONFIG), _DAY))
    return [(s.title, s.date, s.source) for s in parsed.stories]


# A spreadsheet's export with a header row whose outlet column is named as exports name it
# ('publisher', 'publication', 'newspaper', 'site_name'), not 'source' / 'outlet' (3507's kind).
_CSV_PUBLICATION = ("headline,date,publication,url\n"
                    "\"Leeds approves new cycle lanes on three arterial roads\",2026-10-12,\"Yorkshire Post\",https://example.org/a\n"
                    "\"Bristol to trial free buses for under-18s from January\",2026-10-11,\"Bristol Post\",https://example.org/b\n"
                    "\"Cardiff council freezes parking fees for a year\",2026-10-09,,https://example.org/c\n")
_CSV_NEWSPAPER = ("Title;Date;Newspaper;Link\n"
                  "\"Dublin rents rise for the ninth quarter in a row\";2026-10-10;\"Irish Examiner\";https://example.org/d\n"
                  "\"Galway ring road plan goes back to the drawing board\";2026-10-08;\"Connacht Tribune\";https://example.org/e\n")
_CSV_SITE_NAME = ("title\tpublished_at\tsite_name\turl\n"
                  "Hobart ferry service extended to Bellerive\t2026-10-13\tThe Mercury\thttps://example.org/f\n"
                  "Launceston hospital opens new emergency wing\t2026-10-12\tThe Examiner\thttps://example.org/g\n")


def test_csv_publication_column_is_the_outlet():
    got = _csv(_CSV_PUBLICATION)
    assert [s for _, _, s in got] == ["Yorkshire Post", "Bristol Post", ""], got


def test_csv_newspaper_column_is_the_outlet():
    got = _csv(_CSV_NEWSPAPER)
    assert [s for _, _, s in got] == ["Irish Examiner", "Connacht Tribune"], got


def test_csv_site_name_column_is_the_outlet():
    got = _csv(_CSV_SITE_NAME)
    assert [s for _, _, s in got] == ["The Mercury", "The Examiner"], got


# A 'Latest news with #tag' listing whose section and outlet lines are Markdown bullets ('* ',
# '+ ') rather than the dashes the layout is known by (3502's kind): the bullets had become titles.
_LISTING_STAR = ("Latest news with #Flooding\n\n\n"
                 "Otago Daily Times\n2 hrs ago\n* Environment\n* Otago Daily Times\n"
                 "Dunedin suburbs told to prepare for third flood in a month\n"
                 "Civil defence staff went door to door in South Dunedin on Tuesday after forecasters warned of heavy rain.\n\n"
                 "Stuff\nYesterday\n* Local\n* Stuff\n"
                 "Westport levee upgrade delayed by consent dispute\n"
                 "The regional council said a hearing on the levee would not be held until February.\n\n"
                 "RNZ\n9 Oct 2026\n* Politics\n* RNZ\n"
                 "Government adds $40m to regional flood resilience fund\n"
                 "The minister said the money would go to councils that had already drawn up their plans.\n")
_LISTING_PLUS = ("Aktuelle Nachrichten mit #Wohnungsbau\n\n"
                 "Tagesspiegel\nvor 3 Stunden\n+ Berlin\n+ Tagesspiegel\n"
                 "Senat will Baugenehmigungen in sechs Wochen erteilen\n"
                 "Der Bausenator kündigte an, die Bezirke sollen Anträge künftig digital bearbeiten.\n\n"
                 "Hamburger Abendblatt\ngestern\n+ Hamburg\n+ Hamburger Abendblatt\n"
                 "Genossenschaften bauen 900 Wohnungen in Wilhelmsburg\n"
                 "Die ersten Mieter sollen im Frühjahr 2028 einziehen, teilten die Genossenschaften mit.\n")


def test_starred_listing_bullets_are_no_titles_en():
    got = _read(_LISTING_STAR)
    assert [t for t, _, _ in got] == ["Dunedin suburbs told to prepare for third flood in a month",
                                      "Westport levee upgrade delayed by consent dispute",
                                      "Government adds $40m to regional flood resilience fund"], got
    assert [s for _, _, s in got] == ["Otago Daily Times", "Stuff", "RNZ"], got


def test_plus_listing_bullets_are_no_titles_de():
    got = _read(_LISTING_PLUS)
    assert [t for t, _, _ in got] == ["Senat will Baugenehmigungen in sechs Wochen erteilen",
                                      "Genossenschaften bauen 900 Wohnungen in Wilhelmsburg"], got


# A column's page with a main story, then its further news of the day under 'Ainda hoje' /
# 'Außerdem heute' / 'Elsewhere today' (3504's kind): the day word names the column's day, not the
# day the page was saved; the bullets had taken the capture day (4 false dates).
_STILL_TODAY_PT = ("Saúde\n\n"
                   "Hospital de Braga abre nova urgência pediátrica depois de dois anos de obras\n\n"
                   "O Hospital de Braga inaugurou a nova urgência pediátrica, com o dobro das camas da anterior.\n\n"
                   "A administração disse que a equipa médica foi reforçada com doze pediatras.\n\n"
                   "Ainda hoje\n\n"
                   "• O centro de saúde de Guimarães passa a abrir aos sábados a partir de novembro.\n\n"
                   "• A farmácia hospitalar de Viana do Castelo recebeu um novo robô de distribuição de medicamentos.\n\n"
                   "• Os enfermeiros do Hospital de Famalicão marcaram uma greve de dois dias para o fim do mês.\n")
_STILL_TODAY_DE = ("Verkehr\n\n"
                   "Rheinbrücke bei Leverkusen wird ab Montag für Lastwagen gesperrt\n\n"
                   "Die Autobahn GmbH sperrt die Brücke für Lastwagen über 7,5 Tonnen, weil Risse gefunden wurden.\n\n"
                   "Die Umleitung führt über Köln-Niehl und soll bis zum Frühjahr gelten.\n\n"
                   "Außerdem heute\n\n"
                   "• Die Stadtbahnlinie 18 fährt wegen Bauarbeiten zwei Wochen lang nur bis Brühl.\n\n"
                   "• Der Flughafen Düsseldorf meldet für die Herbstferien so viele Passagiere wie nie.\n\n"
                   "• In Bonn beginnt der Umbau des Hauptbahnhofs mit der Sperrung eines Gleises.\n")


def test_still_today_names_no_day_pt():
    got = _read(_STILL_TODAY_PT)
    assert len(got) == 4 and all(d is None for _, d, _ in got), got


def test_besides_today_names_no_day_de():
    got = _read(_STILL_TODAY_DE)
    assert len(got) == 4 and all(d is None for _, d, _ in got), got


# A business ticker whose items close with a wire's lower-case mark in parentheses (3505's kind):
# one of them listed ('(apa)', '(afp)'), another not ('(ots)', '(ats)'): the page credits its
# wires so, and the unlisted one is the item's outlet too.
_TICKER_DE = ("Wirtschaft aktuell\n\n"
              "Donnerstag, 8. Oktober\n\n"
              "14:20\n\n"
              "Voestalpine senkt Prognose für das Gesamtjahr\n\n"
              "Der Stahlkonzern rechnet wegen der schwachen Nachfrage aus der Autoindustrie mit einem Gewinnrückgang. Die Aktie gab an der Wiener Börse um vier Prozent nach. (apa)\n\n"
              "11:05\n\n"
              "Wiener Stadtwerke investieren in Fernwärme\n\n"
              "Die Stadtwerke wollen bis 2030 rund 1,2 Milliarden Euro in den Ausbau der Fernwärme stecken, wie das Unternehmen am Donnerstag mitteilte. (ots)\n\n"
              "09:40\n\n"
              "Arbeitslosigkeit in Österreich gestiegen\n\n"
              "Ende September waren um 6 Prozent mehr Menschen arbeitslos gemeldet als ein Jahr zuvor. (apa)\n")
_TICKER_FR = ("Économie en continu\n\n"
              "Jeudi 8 octobre\n\n"
              "15:10\n\n"
              "La BNS maintient son taux directeur inchangé\n\n"
              "La Banque nationale suisse a laissé son taux directeur à 0,5 % et ne prévoit pas de baisse avant le printemps. (ats)\n\n"
              "12:30\n\n"
              "Le prix du pétrole recule après la réunion de l'Opep\n\n"
              "Le baril de Brent a perdu deux dollars après que les pays producteurs ont renoncé à réduire leur production. (afp)\n\n"
              "10:00\n\n"
              "Les CFF commandent trente nouveaux trains régionaux\n\n"
              "Les trains seront livrés à partir de 2029 et circuleront surtout en Suisse romande. (ats)\n")


def test_unlisted_lower_case_wire_mark_beside_a_listed_one_de():
    got = _read(_TICKER_DE)
    assert [s for _, _, s in got] == ["apa", "ots", "apa"], got


def test_unlisted_lower_case_wire_mark_beside_a_listed_one_fr():
    got = _read(_TICKER_FR)
    assert [s for _, _, s in got] == ["ats", "afp", "ats"], got


# A news site's section page: each article's head is its headline, a dek without a stop, a byline
# or credit line, a date line, then the text (3506's kind): the dek had been the title, and the
# headline an item of one line.
_DEK_EN = ("Menu   Search   Subscribe\n\n"
           "Business\n\n"
           "Halifax port posts record container volumes for third quarter\n"
           "The port authority credits new rail links to Montreal and Toronto\n"
           "By Claire Doucet\n"
           "October 13, 2026, 4:15 p.m.\n"
           "Container traffic through the Port of Halifax rose 14 per cent in the third quarter, the port authority said on Tuesday.\n\n"
           "Nova Scotia raises minimum wage to $17.10 next April\n"
           "Business groups say small restaurants will struggle with the increase\n"
           "Staff\n"
           "October 12, 2026, 9:30 a.m.\n"
           "The province will raise the minimum wage by 65 cents an hour on April 1, the labour minister announced.\n\n"
           "Moncton bakery chain opens fourth plant in the Maritimes\n"
           "The family-owned company will hire 120 workers at the new site\n"
           "With files from The Canadian Press\n"
           "2 hours ago\n"
           "The bakery said the plant in Dieppe would supply supermarkets across the Atlantic provinces from next year.\n")
_DEK_DE = ("Menü   Suche   Abo\n\n"
           "Wirtschaft\n\n"
           "Grazer Stahlwerk kündigt Abbau von 300 Stellen an\n"
           "Die Gewerkschaft will einen Sozialplan für alle Betroffenen erreichen\n"
           "Von Martina Koller\n"
           "13. Oktober 2026, 17:20\n"
           "Das Stahlwerk in Graz streicht bis Ende 2027 rund 300 Stellen, wie die Geschäftsführung am Dienstag mitteilte.\n\n"
           "Linzer Hafen bekommt neues Containerterminal bis 2029\n"
           "Land und Stadt teilen sich die Kosten von 80 Millionen Euro\n"
           "Redaktion\n"
           "12. Oktober 2026, 08:05\n"
           "Der Linzer Hafen wird um ein Terminal für Container erweitert, das bis 2029 fertig sein soll.\n")


def test_headline_over_its_dek_byline_and_date_en():
    got = _read(_DEK_EN)
    assert [t for t, _, _ in got] == ["Halifax port posts record container volumes for third quarter",
                                      "Nova Scotia raises minimum wage to $17.10 next April",
                                      "Moncton bakery chain opens fourth plant in the Maritimes"], got


def test_headline_over_its_dek_byline_and_date_de():
    got = _read(_DEK_DE)
    assert [t for t, _, _ in got] == ["Grazer Stahlwerk kündigt Abbau von 300 Stellen an",
                                      "Linzer Hafen bekommt neues Containerterminal bis 2029"], got
    assert [d for _, d, _ in got] == [dt.date(2026, 10, 13), dt.date(2026, 10, 12)], got


# A news site's page whose header prints the day (beside the weather), then articles that each
# print their own date line under their headline, then a box of undated teasers (3506's kind):
# the header's day is the site's, not the teasers' (2 false dates).
_SITE_DAY_EN = ("Menu   Search   Subscribe\n\n"
                "Wednesday, October 14, 2026\n"
                "12 °C Halifax\n\n"
                "Business\n\n"
                "Halifax port posts record container volumes for third quarter\n"
                "By Claire Doucet\n"
                "October 13, 2026, 4:15 p.m.\n"
                "Container traffic through the Port of Halifax rose 14 per cent in the third quarter, the port authority said.\n\n"
                "Nova Scotia raises minimum wage to $17.10 next April\n"
                "Staff\n"
                "October 12, 2026, 9:30 a.m.\n"
                "The province will raise the minimum wage by 65 cents an hour on April 1, the labour minister announced.\n\n"
                "Moncton bakery chain opens fourth plant in the Maritimes\n"
                "By Luc Arsenault\n"
                "October 9, 2026\n"
                "The bakery said the plant in Dieppe would supply supermarkets across the Atlantic provinces from next year.\n\n"
                "In brief\n\n"
                "Cape Breton ferry operator adds winter crossings\n"
                "The operator said demand from freight carriers had doubled since the spring.\n\n"
                "Fredericton council approves downtown parking garage\n"
                "The garage will have 400 spaces and charging points for electric cars.\n")
_SITE_DAY_ES = ("Menú   Buscar   Suscríbete\n\n"
                "miércoles 14 de octubre de 2026\n"
                "22 °C Lima\n\n"
                "Economía\n\n"
                "El BCR mantiene su tasa de referencia en 4.25%\n"
                "Por Rosa Quispe\n"
                "13 de octubre de 2026, 19:10\n"
                "El Banco Central de Reserva mantuvo su tasa de referencia y dijo que la inflación sigue dentro del rango meta.\n\n"
                "Las exportaciones de cobre crecen 8% en septiembre\n"
                "Redacción\n"
                "12 de octubre de 2026, 10:45\n"
                "Los envíos de cobre aumentaron por la mayor producción de dos minas del sur, informó el gremio minero.\n\n"
                "Arequipa licita la segunda etapa de su tren de cercanías\n"
                "Por Jorge Salas\n"
                "11 de octubre de 2026, 08:30\n"
                "El gobierno regional abrió la licitación para el tramo entre el centro de la ciudad y el aeropuerto.\n\n"
                "En breve\n\n"
                "Cusco amplía el horario de los buses turísticos\n"
                "La municipalidad dijo que los buses circularán hasta la medianoche durante la temporada alta.\n\n"
                "Piura recibe el primer lote de vacunas contra el dengue\n"
                "El gobierno regional vacunará primero a los niños de las zonas más afectadas.\n")


def test_site_day_dates_no_undated_teaser_en():
    got = _read(_SITE_DAY_EN)
    assert [d for _, d, _ in got][:3] == [dt.date(2026, 10, 13), dt.date(2026, 10, 12), dt.date(2026, 10, 9)], got
    assert len(got) == 5 and got[3][1] is None and got[4][1] is None, got


def test_site_day_dates_no_undated_teaser_es():
    got = _read(_SITE_DAY_ES)
    assert [d for _, d, _ in got][:3] == [dt.date(2026, 10, 13), dt.date(2026, 10, 12), dt.date(2026, 10, 11)], got
    assert len(got) == 5 and got[3][1] is None and got[4][1] is None, got


# A column's page whose main headline is longer than headlines usually are (25 words and more,
# sentence case, no stop), alone over its 'Updated …' line and paragraphs, under a section's word
# (3504's kind): the headline had been a paragraph and the section's word the title.
_LONG_HEAD_EN = ("Transport\n\n"
                 "Buses replace trains on half the network, ministers summon the unions and the operator warns of more cancellations "
                 "before the end of the month: the sixth day of the rail strike\n\n"
                 "Updated 3 hours ago\n\n"
                 "The strike by train crews entered its sixth day on Wednesday with more than half of regional services cancelled, the operator said.\n\n"
                 "The transport minister invited the five unions to talks on Thursday morning and said a phased pay rise was on the table.\n\n"
                 "Tram line to the airport delayed until next summer\n\n"
                 "The city said the new tram line would open six months late because of problems with a bridge over the river.\n")
_LONG_HEAD_FR = ("Transports\n\n"
                 "Trains supprimés sur la moitié des lignes, le gouvernement convoque les syndicats et la compagnie prévoit de nouvelles "
                 "annulations jusqu'à la fin du mois : le sixième jour de la grève\n\n"
                 "Mis à jour il y a 3 heures\n\n"
                 "La grève des cheminots est entrée mercredi dans son sixième jour, avec plus de la moitié des trains régionaux supprimés.\n\n"
                 "Le ministre des Transports a convoqué les cinq syndicats jeudi matin et s'est dit prêt à discuter des salaires.\n\n"
                 "Le tramway de l'aéroport ouvrira l'été prochain\n\n"
                 "La métropole a annoncé que la nouvelle ligne ouvrirait avec six mois de retard à cause d'un pont.\n")


def test_long_headline_over_its_updated_line_en():
    got = _read(_LONG_HEAD_EN)
    assert got[0][0].startswith("Buses replace trains") and got[0][1] == dt.date(2026, 10, 14), got
    assert len(got) == 2, got


def test_long_headline_over_its_updated_line_fr():
    got = _read(_LONG_HEAD_FR)
    assert got[0][0].startswith("Trains supprimés") and got[0][1] == dt.date(2026, 10, 14), got
    assert len(got) == 2, got


# A photo's caption under an article's text with the rights in the credit's place ('DR': droits
# réservés / direitos reservados; 'Archivbild', 'Handout') (3504's kind): the caption had been an
# item of its own.
_CAPTION_FR = ("Économie\n\n"
               "La raffinerie de Donges reprend sa production après trois semaines d'arrêt\n\n"
               "La raffinerie a redémarré ses unités mardi soir, a indiqué la direction du site.\n\n"
               "Les stations-service de l'Ouest devraient être approvisionnées normalement d'ici la fin de la semaine.\n\n"
               "Des camions-citernes à la sortie du dépôt de Donges, en Loire-Atlantique\n\n"
               "DR\n\n"
               "Le port de Saint-Nazaire recrute deux cents dockers\n\n"
               "Le grand port maritime veut faire face à la hausse du trafic des conteneurs l'an prochain.\n")
_CAPTION_DE = ("Wirtschaft\n\n"
               "Werft in Papenburg baut zwei Kreuzfahrtschiffe mehr als geplant\n\n"
               "Die Werft hat zwei weitere Schiffe bestellt bekommen und sichert damit die Arbeit bis 2031, teilte sie mit.\n\n"
               "Der Betriebsrat begrüßte die Aufträge, forderte aber mehr feste Stellen.\n\n"
               "Ein Kreuzfahrtschiff bei der Überführung auf der Ems\n\n"
               "Archivbild\n\n"
               "Emder Hafen meldet Rekord bei Autoverladungen\n\n"
               "Im dritten Quartal wurden in Emden so viele Autos verladen wie nie zuvor.\n")


def test_caption_over_a_rights_credit_is_no_item_fr():
    got = _read(_CAPTION_FR)
    assert [t for t, _, _ in got] == ["La raffinerie de Donges reprend sa production après trois semaines d'arrêt",
                                      "Le port de Saint-Nazaire recrute deux cents dockers"], got


def test_caption_over_an_archive_credit_is_no_item_de():
    got = _read(_CAPTION_DE)
    assert [t for t, _, _ in got] == ["Werft in Papenburg baut zwei Kreuzfahrtschiffe mehr als geplant",
                                      "Emder Hafen meldet Rekord bei Autoverladungen"], got


# A box of headlines each with its dek, no blank line between, under the box's name, after the
# page's articles (3506's 'Minuto a Minuto' kind): each dek had been an item of its own (and its
# headline another), the box's name a third.
_BOX_EN = ("Business\n\n"
           "Halifax port posts record container volumes for third quarter\n\n"
           "Container traffic through the Port of Halifax rose 14 per cent in the third quarter, the port authority said on Tuesday.\n\n"
           "Nova Scotia raises minimum wage to $17.10 next April\n\n"
           "The province will raise the minimum wage by 65 cents an hour on April 1, the labour minister announced.\n\n"
           "Live updates\n\n"
           "Irving Oil to cut refinery output during winter maintenance\n"
           "The company said the shutdown at its Saint John refinery would last about five weeks and start in January\n"
           "Ottawa extends tariff relief for Atlantic fish processors\n"
           "The measure covers frozen lobster and snow crab shipped to Asian markets until the end of next year, officials said\n"
           "See more news\n")
_BOX_IT = ("Economia\n\n"
           "Il porto di Genova chiude il trimestre con un record di container\n\n"
           "Il traffico dei container nel porto di Genova è cresciuto del 12 per cento nel terzo trimestre, ha detto l'autorità portuale.\n\n"
           "La Liguria alza i contributi per le imprese artigiane\n\n"
           "La giunta regionale ha approvato un bando da 20 milioni di euro per le piccole imprese artigiane.\n\n"
           "In diretta\n\n"
           "Eni ferma per manutenzione la raffineria di Sannazzaro\n"
           "Lo stop durerà circa cinque settimane e riguarderà due impianti di lavorazione del greggio della raffineria lombarda\n"
           "Autostrade, nuovi cantieri sulla A10 fino a dicembre\n"
           "I lavori notturni riguarderanno il tratto tra Genova e Savona e comporteranno la chiusura di alcuni svincoli\n"
           "Altre notizie\n")


def test_box_of_headlines_with_deks_en():
    got = _read(_BOX_EN)
    assert [t for t, _, _ in got] == ["Halifax port posts record container volumes for third quarter",
                                      "Nova Scotia raises minimum wage to $17.10 next April",
                                      "Irving Oil to cut refinery output during winter maintenance",
                                      "Ottawa extends tariff relief for Atlantic fish processors"], got


def test_box_of_headlines_with_deks_it():
    got = _read(_BOX_IT)
    assert [t for t, _, _ in got][2:] == ["Eni ferma per manutenzione la raffineria di Sannazzaro",
                                          "Autostrade, nuovi cantieri sulla A10 fino a dicembre"], got
    assert len(got) == 4, got
