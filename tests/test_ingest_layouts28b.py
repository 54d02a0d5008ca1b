"""Layouts of held-out set 28 read in general (fit28b; pages written here, in other wordings,
outlets and languages): a professional network's home feed (LinkedIn) with pages' own posts and
members' shared link cards."""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page

_DAY = dt.date(2026, 5, 19)


def _read(text: str, day: dt.date = _DAY):
    return [(s.title, s.date, s.source) for s in read_page(text, day).stories]


_FEED_EN = ("Home   My Network   Jobs   Messaging   Notifications   Me ▾\n\n"
            "Start a post\n"
            "Media   Event   Write article\n\n"
            "Sort by: Top ▾\n\n"
            "Feed post\n"
            "Priya Shah likes this\n"
            "The Economic Times\n"
            "4,812,330 followers\n"
            "5h • 🌐\n"
            "Coal India raises output target as summer power demand climbs\n"
            "The state miner wants to dispatch 900 million tonnes this year after peak demand touched a record in the first week of May.\n"
            "…more\n"
            "👍❤️ 1,204 · 88 comments · 31 reposts\n"
            "Like   Comment   Repost   Send\n\n"
            "Feed post\n"
            "Arjun Mehta • 2nd\n"
            "Grid planner | Renewables\n"
            "2d • Edited • 🌐\n"
            "Worth reading for anyone tracking storage tenders. #energy #storage\n"
            "Tender for 4 GWh of battery storage draws record bids from developers\n"
            "mercomindia.com • 3 min read\n"
            "👍 57 · 9 comments\n"
            "Like   Comment   Repost   Send\n\n"
            "Promoted\n"
            "Executive course in power markets – apply now\n"
            "Learn more\n\n"
            "Feed post\n"
            "Neha Rao • 3rd+\n"
            "Policy analyst\n"
            "3d • 🌐\n"
            "Great panel yesterday on rooftop solar. Thanks to everyone who came!\n"
            "👍 40 · 3 comments\n"
            "Like   Comment   Repost   Send\n")


def test_feed_pages_posts_and_members_cards():
    got = _read(_FEED_EN)
    assert got == [("Coal India raises output target as summer power demand climbs", dt.date(2026, 5, 19), "The Economic Times"),
                   ("Tender for 4 GWh of battery storage draws record bids from developers", dt.date(2026, 5, 17), "mercomindia.com")]


_FEED_DE = ("Startseite   Mein Netzwerk   Jobs   Nachrichten   Mitteilungen\n\n"
            "Beitrag beginnen\n\n"
            "Feedbeitrag\n"
            "Handelsblatt\n"
            "1.102.455 Follower:innen\n"
            "3 Std. • 🌐\n"
            "Netzbetreiber verlangen schnellere Genehmigungen für Umspannwerke\n"
            "Ohne neue Umspannwerke könnten Tausende Wärmepumpen und Ladepunkte nicht angeschlossen werden, warnt der Verband.\n"
            "…mehr\n"
            "👍 310 · 25 Kommentare\n"
            "Gefällt mir   Kommentieren   Reposten   Senden\n\n"
            "Feedbeitrag\n"
            "Jonas Berg • 2.\n"
            "Energiewirtschaftler\n"
            "4 T. • Bearbeitet • 🌐\n"
            "Spannende Zahlen zum Ausbau.\n"
            "Solarzubau im April so hoch wie nie zuvor in einem Frühlingsmonat\n"
            "pv-magazine.de\n"
            "👍 12\n"
            "Gefällt mir   Kommentieren   Reposten   Senden\n\n"
            "Feedbeitrag\n"
            "Lena Vogt • 1.\n"
            "Redakteurin\n"
            "2 Wo. • 🌐\n"
            "Neue Speicherpreise: die Kosten fallen weiter\n"
            "energate-messenger.de\n"
            "👍 8\n")


def test_feed_in_german_and_an_age_in_weeks_names_no_day():
    got = _read(_FEED_DE)
    assert got == [("Netzbetreiber verlangen schnellere Genehmigungen für Umspannwerke", dt.date(2026, 5, 19), "Handelsblatt"),
                   ("Solarzubau im April so hoch wie nie zuvor in einem Frühlingsmonat", dt.date(2026, 5, 15), "pv-magazine.de"),
                   ("Neue Speicherpreise: die Kosten fallen weiter", None, "energate-messenger.de")]


_TEAMS_US = ("Press Office – County Health\n"
             "General   Posts   Files   Clippings   +\n\n"
             "📌 Pinned by Dana Whitfield\n"
             "Drop every clip about the department in here, please, with the link. The Friday report is built from this channel.\n\n"
             "Luis Ortega   5/12/2026 9:05 AM\n"
             "Good piece on the clinic expansion, quotes the director.\n"
             "County opens two walk-in clinics to shorten waits for flu shots\n"
             "The clinics in Riverside and Millbrook will stay open until 8 p.m. on weekdays, and no appointment is needed for vaccines.\n"
             "kxan.com\n"
             "👍 3\n"
             "Reply\n\n"
             "Dana Whitfield   Friday 2:40 PM\n"
             "Heads up, this one is critical of us.\n"
             "Ambulance response times lag state goal in rural districts\n"
             "Median response in the two northern districts was 17 minutes last quarter, well above the state's goal of 12 minutes.\n"
             "texastribune.org\n"
             "2 replies from Luis and you   Last reply Saturday 10:02 AM\n"
             "Reply\n\n"
             "Priya Nair   Yesterday 5:18 PM\n"
             "Statement went out an hour ago.\n"
             "Health department confirms second case of measles in the county\n"
             "Officials said the patient, an unvaccinated adult, had recently returned from abroad and is recovering at home.\n"
             "wfaa.com\n"
             "Reply\n\n"
             "Luis Ortega   10:12 AM\n"
             "Morning! Radio picked it up as well.\n"
             "Measles exposure list grows to six locations, including a school gym\n"
             "Anyone who visited the listed sites and is not immune should call the health line, officials said.\n"
             "keranews.org\n"
             "Reply\n\n"
             "Dana Whitfield   10:30 AM\n"
             "Also covered on the local TV news at noon, with the same lines as our statement.\n\n"
             "New conversation\n")


def test_teams_channel_dates_each_message_by_its_header():
    got = _read(_TEAMS_US)
    assert got == [("County opens two walk-in clinics to shorten waits for flu shots", dt.date(2026, 5, 12), "kxan.com"),
                   ("Ambulance response times lag state goal in rural districts", dt.date(2026, 5, 15), "texastribune.org"),
                   ("Health department confirms second case of measles in the county", dt.date(2026, 5, 18), "wfaa.com"),
                   ("Measles exposure list grows to six locations, including a school gym", dt.date(2026, 5, 19), "keranews.org")]


_TEAMS_DE = ("Pressestelle Stadtwerke\n"
             "Allgemein   Beiträge   Dateien   +\n\n"
             "Jana Krüger   12.05.2026 09:05\n"
             "Netzentgelte sinken im Umland ab Januar deutlich\n"
             "Haushalte im Umland zahlen im kommenden Jahr rund elf Prozent weniger für die Netznutzung, teilte die Regulierungsbehörde mit.\n"
             "mdr.de\n"
             "Antworten\n\n"
             "Tobias Lang   Sonntag 18:40\n"
             "Das betrifft uns direkt.\n"
             "Stadtwerke verschieben den Bau des neuen Wärmespeichers\n"
             "Wegen gestiegener Baukosten soll der Speicher erst 2028 in Betrieb gehen, ein Jahr später als geplant.\n"
             "lvz.de\n"
             "Antworten\n\n"
             "Jana Krüger   Gestern 16:52\n"
             "Fernwärmepreise: Verbraucherschützer fordern mehr Transparenz\n"
             "Die Verbraucherzentrale hat die Preisblätter von zwanzig Versorgern verglichen und kritisiert fehlende Angaben.\n"
             "tagesschau.de\n"
             "Antworten\n")


def test_teams_channel_in_german():
    got = _read(_TEAMS_DE)
    assert got == [("Netzentgelte sinken im Umland ab Januar deutlich", dt.date(2026, 5, 12), "mdr.de"),
                   ("Stadtwerke verschieben den Bau des neuen Wärmespeichers", dt.date(2026, 5, 17), "lvz.de"),
                   ("Fernwärmepreise: Verbraucherschützer fordern mehr Transparenz", dt.date(2026, 5, 18), "tagesschau.de")]


def _by_title(text: str, day: dt.date = _DAY) -> dict:
    return {t: (d, s) for t, d, s in _read(text, day)}


_READ_LINES = ("Grid Notes\n"
               "A weekly letter on power and water\n\n"
               "Good morning. Four stories this week, each with a link to read it in full.\n\n"
               "1. Snowy Hydro delays the first turbine again as tunnel boring stalls\n"
               "The utility now expects the first unit to spin in late 2028, a year behind the last schedule, after the boring machine hit soft ground.\n"
               "Read: The Guardian, 12 May\n\n"
               "2. Queensland doubles rebates for home batteries from July\n"
               "Households with rooftop solar can claim up to four thousand dollars, and renters are eligible for the first time.\n"
               "Read: abc.net.au\n\n"
               "3. Water bills in Sydney to rise by nine per cent, regulator says\n"
               "The pricing tribunal approved most of the utility's request, citing the cost of new desalination capacity.\n"
               "Read: Sydney Morning Herald, 14 May\n")


def test_a_read_line_names_the_outlet_and_its_day():
    got = _by_title(_READ_LINES)
    assert got["Snowy Hydro delays the first turbine again as tunnel boring stalls"] == (dt.date(2026, 5, 12), "The Guardian")
    assert got["Queensland doubles rebates for home batteries from July"][1] == "abc.net.au"
    assert got["Water bills in Sydney to rise by nine per cent, regulator says"] == (dt.date(2026, 5, 14), "Sydney Morning Herald")


_BRON = ("Nieuws uit de wijk\n\n"
         "Gemeente plant nieuwe fietsstraat langs het kanaal\n"
         "De fietsstraat moet het drukke kruispunt bij de brug veiliger maken. De werkzaamheden beginnen na de zomervakantie en duren ongeveer drie maanden.\n"
         "Bron: Utrechts Nieuwsblad, 12 mei\n\n"
         "Buurthuis krijgt zonnepanelen en een warmtepomp\n"
         "Met subsidie van de provincie wordt het buurthuis dit najaar van het gas gehaald. De bewonersvereniging hoopt de energierekening te halveren.\n"
         "Bron: RTV Utrecht, 9 mei\n")


def test_a_dutch_source_line_with_a_day_and_month_name():
    got = _by_title(_BRON)
    assert got["Gemeente plant nieuwe fietsstraat langs het kanaal"] == (dt.date(2026, 5, 12), "Utrechts Nieuwsblad")
    assert got["Buurthuis krijgt zonnepanelen en een warmtepomp"] == (dt.date(2026, 5, 9), "RTV Utrecht")


_WEEKLY_POST = ("Coastline\n"
                "Subscribe   Sign in\n\n"
                "Coastline #17: Storm season starts early\n"
                "Flooded roads, a new sea wall and the insurers' bill\n"
                "Maria Duarte\n"
                "May 17, 2026\n"
                "♡ 31   💬 4   ↗ Share\n\n"
                "Hello again. Five stories from the coast this week; the ones I could date carry their day.\n\n"
                "1. County approves a 40 million dollar sea wall for the harbour district\n"
                "The wall will be built in three stages, starting with the stretch that flooded twice this spring.\n"
                "Source: Coastal Courier, May 14\n\n"
                "2. Insurers raise premiums for homes within a mile of the shore\n"
                "Owners will pay up to a fifth more from July, and two firms stopped writing new policies in the area.\n\n"
                "3. Ferry service suspended after storm damages the main pier\n"
                "Engineers expect repairs to take at least three weeks, and a bus link replaces the crossings until then.\n"
                "Source: Harbour Herald, May 12\n\n"
                "4. Volunteers plant dune grass along four miles of beach\n"
                "More than two hundred people joined the weekend planting, which aims to slow erosion before the summer.\n")


def test_a_numbered_issues_date_is_not_its_undated_items():
    got = _by_title(_WEEKLY_POST)
    assert got["County approves a 40 million dollar sea wall for the harbour district"][0] == dt.date(2026, 5, 14)
    assert got["Insurers raise premiums for homes within a mile of the shore"][0] is None
    assert got["Volunteers plant dune grass along four miles of beach"][0] is None


_RUNDBRIEF = ("Grundschule am Park\n\n"
              "Rundbrief 9 – Freitag, 15. Mai 2026\n\n"
              "Liebe Eltern,\n\n"
              "die Sommerferien rücken näher, hier das Wichtigste aus den letzten Wochen.\n\n"
              "Neuer Trinkbrunnen auf dem Schulhof\n"
              "Der Förderverein hat einen Trinkbrunnen gespendet, der ab Montag in Betrieb ist. Die Kinder können dort jederzeit ihre Flaschen auffüllen.\n\n"
              "Projektwoche zum Thema Klima\n"
              "Vom 8. bis 12. Juni arbeiten alle Klassen an Projekten rund um Energie und Wetter. Am Freitag stellen sie die Ergebnisse in der Aula vor.\n\n"
              "Unsere Schule in der Zeitung\n"
              "Die Theater-AG hat mit ihrem Stück über Plastikmüll den Jugendpreis der Stadt gewonnen. Das Preisgeld fließt in neue Kostüme.\n"
              "Quelle: Westfälische Nachrichten, 13. Mai\n")


def test_a_school_newsletters_issue_date_is_not_its_sections():
    got = _by_title(_RUNDBRIEF)
    assert got["Neuer Trinkbrunnen auf dem Schulhof"][0] is None
    assert got["Projektwoche zum Thema Klima"][0] is None


_RUBRIQUE = ("Le Courrier du Sud\n"
             "Accueil > Économie\n\n"
             "ÉCONOMIE\n\n"
             "Emploi\n"
             "La zone portuaire annonce 300 embauches d'ici la fin de l'année\n"
             "Les entreprises de logistique recrutent surtout des caristes et des agents de quai. Une session de recrutement aura lieu le 2 juin à la halle des sports.\n"
             "Par Léa Martin\n"
             "Il y a 2 heures\n\n"
             "Agriculture\n"
             "Les viticulteurs redoutent une nouvelle saison sèche\n"
             "Les réserves d'eau sont au plus bas depuis dix ans dans le département. La chambre d'agriculture demande des aides d'urgence pour l'irrigation.\n"
             "Par Paul Girard\n"
             "Publié le 12/05 à 18h05\n\n"
             "Commerce\n"
             "Le centre-ville perd encore deux enseignes de prêt-à-porter\n"
             "Les loyers trop élevés sont en cause selon l'association des commerçants, qui réclame un geste de la mairie.\n"
             "Publié le 16/05/2026 à 08h00\n")


def test_a_published_line_with_a_day_and_month_alone():
    got = _by_title(_RUBRIQUE)
    assert got["Les viticulteurs redoutent une nouvelle saison sèche"][0] == dt.date(2026, 5, 12)


_SECCION = ("El Diario del Norte\n"
            "Inicio > Sociedad\n\n"
            "Sanidad\n"
            "El hospital comarcal abre una nueva unidad de urgencias pediátricas\n"
            "La unidad contará con ocho boxes y atenderá las veinticuatro horas a partir del lunes, según la consejería.\n"
            "Publicado el 17/05/2026 a las 09:30\n\n"
            "Educación\n"
            "Los colegios adelantarán la jornada intensiva por el calor\n"
            "La medida se aplicará en junio en todos los centros públicos de la provincia y afectará a más de veinte mil alumnos.\n"
            "Publicado el 14/05 a las 18:05\n")


def test_a_published_line_with_a_day_and_month_alone_in_spanish():
    got = _by_title(_SECCION)
    assert got["Los colegios adelantarán la jornada intensiva por el calor"][0] == dt.date(2026, 5, 14)


_BADGED = ("Le Républicain du Centre\n"
           "Accueil > Société\n\n"
           "SOCIÉTÉ\n\n"
           "Santé\n"
           "Le centre hospitalier ouvre un service d'urgences pédiatriques de nuit\n"
           "Six pédiatres assureront les gardes à partir de septembre, une première dans le département depuis dix ans.\n"
           "Il y a 4 heures\n\n"
           "Réservé aux abonnés\n"
           "Transports\n"
           "La ligne de bus express vers la gare sera prolongée jusqu'à l'aéroport\n"
           "Le conseil communautaire a voté les travaux, qui dureront dix-huit mois et coûteront 12 millions d'euros.\n"
           "Publié le 16/05/2026 à 08h00\n\n"
           "Voir aussi : Notre carte des travaux de l'été\n\n"
           "Éducation\n"
           "Deux collèges fusionneront à la rentrée 2027\n"
           "Les effectifs ont baissé d'un quart en dix ans, selon le rectorat, qui promet qu'aucun poste ne sera supprimé.\n"
           "Publié le 15/05/2026 à 17h40\n")


def test_a_paywall_badge_and_a_pointer_alone_are_no_items():
    got = _read(_BADGED)
    assert [t for t, _, _ in got] == ["Le centre hospitalier ouvre un service d'urgences pédiatriques de nuit",
                                      "La ligne de bus express vers la gare sera prolongée jusqu'à l'aéroport",
                                      "Deux collèges fusionneront à la rentrée 2027"]


_ABO = ("Nordkurier Online\n"
        "Startseite > Region\n\n"
        "Verkehr\n"
        "Landkreis plant neue Radwege entlang der Bundesstraße\n"
        "Der Ausbau soll in drei Abschnitten erfolgen und bis 2028 abgeschlossen sein, teilte die Verwaltung mit.\n"
        "Vor 3 Stunden\n\n"
        "Nur für Abonnenten\n"
        "Wirtschaft\n"
        "Molkerei investiert 40 Millionen Euro in neue Abfüllanlage\n"
        "Mit der Anlage sollen rund sechzig neue Arbeitsplätze entstehen, vor allem in der Logistik und der Technik.\n"
        "16.05.2026\n\n"
        "Lesen Sie auch: So teuer ist Milch im Supermarkt geworden\n\n"
        "Kultur\n"
        "Stadttheater zeigt zum Saisonende ein Stück über die Ostsee\n"
        "Die Premiere ist am Samstag, Karten gibt es an der Abendkasse und online.\n"
        "15.05.2026\n")


def test_a_paywall_badge_and_a_pointer_alone_in_german():
    got = _read(_ABO)
    assert [t for t, _, _ in got] == ["Landkreis plant neue Radwege entlang der Bundesstraße",
                                      "Molkerei investiert 40 Millionen Euro in neue Abfüllanlage",
                                      "Stadttheater zeigt zum Saisonende ein Stück über die Ostsee"]


_POST = ("The Water Desk\n"
         "Subscribe   Sign in\n\n"
         "The Water Desk #88: Reservoirs at record lows\n"
         "Three stories and a few quick ones\n"
         "Sam Okoro\n"
         "May 16, 2026\n"
         "♡ 41   💬 7   ↗ Share\n\n"
         "Hi all, a short one this week. Here is what mattered.\n\n"
         "1. Lake Kariba falls to its lowest level since the dam was filled\n"
         "The operator cut the water allocation for both power stations by a third, and rolling power cuts are expected to last until the rains.\n"
         "Read: The Herald, May 14\n\n"
         "2. Cape Town council approves a new desalination plant on the west coast\n"
         "The plant would supply about a tenth of the city's water by 2030, at a cost the council says will be covered by tariffs.\n\n"
         "3. Farmers in the Free State ask for drought relief as dams run dry\n"
         "The provincial agriculture department is assessing losses, and a decision on relief is due next month.\n\n"
         "IN BRIEF\n"
         "• Botswana signs a water-sharing deal with Namibia for the Okavango basin — Mmegi\n"
         "• Lesotho Highlands phase two tunnel boring resumes after a six-month halt (Business Day)\n\n"
         "That's all for this week. Stay dry if you can.\n"
         "– Sam\n\n"
         "Thanks for reading The Water Desk! Subscribe for free to receive new posts.\n"
         "Type your email...   Subscribe\n\n"
         "♡ Like   💬 Comment   ↻ Restack\n\n"
         "Discussion about this post\n"
         "Comments   Restacks\n\n"
         "© 2026 Sam Okoro · Privacy ∙ Terms\n"
         "Start writing   Get the app\n")


def test_a_posts_quick_bullets_under_its_numbered_items_and_its_chrome():
    got = _read(_POST)
    assert [t for t, _, _ in got] == [
        "Lake Kariba falls to its lowest level since the dam was filled",
        "Cape Town council approves a new desalination plant on the west coast",
        "Farmers in the Free State ask for drought relief as dams run dry",
        "Botswana signs a water-sharing deal with Namibia for the Okavango basin",
        "Lesotho Highlands phase two tunnel boring resumes after a six-month halt"]
    assert [s for _, _, s in got][3:] == ["Mmegi", "Business Day"]


_BOLETIN = ("Clima y Ciudad\n"
            "Boletín 12 · 15 de mayo de 2026\n\n"
            "Hola, esta semana traemos tres historias sobre el calor en las ciudades.\n\n"
            "1. Sevilla instala toldos en veinte calles del centro antes del verano\n"
            "El ayuntamiento espera reducir hasta cinco grados la temperatura en las calles con más paseantes.\n"
            "Fuente: Diario de Sevilla, 12 de mayo\n\n"
            "2. Madrid abrirá refugios climáticos en bibliotecas y centros culturales\n"
            "Serán cuarenta espacios con aire acondicionado y agua gratuita, abiertos de doce a ocho de la tarde.\n\n"
            "3. Valencia planta mil árboles en los barrios con menos sombra\n"
            "La plantación empezará en otoño y se centrará en los colegios y los centros de salud.\n\n"
            "BREVES\n"
            "• Zaragoza amplía el horario de las piscinas municipales por la ola de calor — Heraldo de Aragón\n"
            "• Bilbao estudia un plan de sombras para las paradas de autobús (El Correo)\n\n"
            "Gracias por leer. Hasta la próxima semana.\n"
            "– Lucía\n\n"
            "Tu correo electrónico   Suscribirme\n\n"
            "♡ Me gusta   💬 Comentar   ↗ Compartir\n")


def test_quick_bullets_and_chrome_in_spanish():
    got = _read(_BOLETIN)
    assert [t for t, _, _ in got][3:] == ["Zaragoza amplía el horario de las piscinas municipales por la ola de calor",
                                          "Bilbao estudia un plan de sombras para las paradas de autobús"]
    assert len(got) == 5


_ELTERNBRIEF = ("Grundschule Am Lindenhof\n"
                "Gemeinsam lernen\n\n"
                "Elternbrief Nr. 9 – Freitag, 15. Mai 2026\n\n"
                "Termine\n"
                "- 21. Mai: Sportfest, Beginn 8.30 Uhr\n"
                "- 26. Mai: Pfingstferien bis 29. Mai\n"
                "- 4. Juni: Elternabend Klasse 4\n\n"
                "Liebe Eltern,\n\n"
                "der Sommer naht und mit ihm viele Termine. In diesem Brief finden Sie das Wichtigste zu Hitze, Schulweg und Schulhof.\n\n"
                "Neue Sonnensegel auf dem Schulhof\n"
                "Der Förderverein hat zwei große Sonnensegel finanziert. Sie hängen seit letzter Woche über dem Sandkasten und der Tischtennisplatte.\n\n"
                "Hitzefrei: so gehen wir vor\n"
                "Steigt die Temperatur im Klassenraum über 27 Grad, endet der Unterricht nach der fünften Stunde. Die Betreuung bleibt bis 16 Uhr geöffnet.\n")


def test_a_school_letters_dates_list_greeting_and_intro_are_no_items():
    got = _read(_ELTERNBRIEF)
    assert [t for t, _, _ in got] == ["Neue Sonnensegel auf dem Schulhof", "Hitzefrei: so gehen wir vor"]


_PARENTS = ("Riverside Primary School\n"
            "Learning together\n\n"
            "Newsletter 12 – Friday 15 May 2026\n\n"
            "Important dates\n"
            "- 22 May: sports day (bring a hat)\n"
            "- 26 May: half term begins\n"
            "- 9 June: Year 6 leavers' assembly\n\n"
            "Dear parents and carers,\n\n"
            "What a busy few weeks it has been. Below you will find news about our garden, the new crossing and the heat plan.\n\n"
            "Our new vegetable garden\n"
            "Year 3 planted beans, lettuce and tomatoes in the raised beds by the hall, with help from the allotment society.\n\n"
            "A crossing patrol for Mill Lane\n"
            "From September a crossing patrol officer will work at the Mill Lane gate each morning and afternoon.\n")


def test_a_school_letters_dates_list_greeting_and_intro_in_english():
    got = _read(_PARENTS)
    assert [t for t, _, _ in got] == ["Our new vegetable garden", "A crossing patrol for Mill Lane"]

