"""Held-out set 21's kinds of failure (tests/fixtures/ingest_heldout21: what people paste from
phones and apps), each on pages written here in other wording, outlets and languages, never the
set's own text. Each asserts what a reader sees: the titles, dates and outlets of the items, and
no page furniture among them. In process: no files, no build."""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page

D = dt.date
CAPTURED = D(2025, 9, 17)   # a Wednesday


def _items(text: str) -> list[tuple]:
    return [(s.title, s.date, s.source) for s in read_page(text, CAPTURED).stories]


# --- a link aggregator's listing: poster, age, headline, flair, bare domain, buttons and counters

def test_a_subreddit_listing_gives_one_item_per_link_post_its_domain_the_outlet_its_age_the_date():
    page = ("r/eisenbahn_news\n"
            "Nachrichten rund um die Bahn in Deutschland\n"
            "Beitreten\n"
            "Hot\nNew\nTop\n\n"
            "Community highlights\n📌 Regeln: nur Links zu Quellen\n\n"
            "u/gleis_sieben\n•\nvor 3 Std.\n"
            "Deutschlandticket wird im kommenden Jahr erneut teurer, beschließen die Verkehrsminister\n"
            "Politik\ntagesschau.de\nOpen\n1.2K\nVote\n340 comments\nShare\n\n"
            "u/werbung_partner\n•\nPromoted\nJetzt Stromtarif wechseln und bis zu 300 Euro sparen\nLearn More\n\n"
            "u/ice_fan_koeln\n•\n2 days ago\n"
            "Generalsanierung der Strecke Köln–Hagen beginnt mit drei Monaten Verspätung\n"
            "Infrastruktur\nksta.de\nOpen\n87\nVote\n12 comments\nShare\n\n"
            "u/pendler_nord\n•\n5 days ago\n"
            "Regionalzüge zwischen Kiel und Hamburg fallen wegen Personalmangels weiter aus\n"
            "ndr.de\nOpen\n45\nVote\n9 comments\nShare\n\n"
            "About Community\nNachrichten rund um die Bahn in Deutschland\nCreated Jan 2, 2020\n31K Members\n")
    parsed = read_page(page, CAPTURED)
    assert _items(page) == [
        ("Deutschlandticket wird im kommenden Jahr erneut teurer, beschließen die Verkehrsminister",
         D(2025, 9, 17), "tagesschau.de"),
        ("Generalsanierung der Strecke Köln–Hagen beginnt mit drei Monaten Verspätung", D(2025, 9, 15), "ksta.de"),
        ("Regionalzüge zwischen Kiel und Hamburg fallen wegen Personalmangels weiter aus", D(2025, 9, 12), "ndr.de")]
    assert [s.labels for s in parsed.stories] == [["Politik"], ["Infrastruktur"], []]


def test_a_links_thread_with_the_age_beside_the_poster_leaves_out_replies_and_vote_lines():
    page = ("r/italynews\n"
            "Discussione quotidiana – mercoledì\n\n"
            "u/ponte_vecchio · 6 ore fa\n"
            "Il governo rinvia il decreto sulle concessioni balneari dopo le proteste dei sindacati\n"
            "ansa.it\n"
            "↑ 120  Rispondi  Condividi\n\n"
            "  u/lettore_scettico · 5 ore fa\n"
            "  Sempre la stessa storia, ogni estate.\n"
            "  ↑ 12  Rispondi\n\n"
            "u/tram_milano · 2 giorni fa\n"
            "Milano, la nuova linea tranviaria per Segrate apre con tre mesi di ritardo\n"
            "milanotoday.it\n"
            "↑ 64  Rispondi  Condividi\n\n"
            "u/conti_pubblici · 1 giorno fa\n"
            "L'Istat rivede al rialzo la crescita del secondo trimestre, trainata dai servizi\n"
            "↑ 41  Rispondi  Condividi\n")
    assert _items(page) == [
        ("Il governo rinvia il decreto sulle concessioni balneari dopo le proteste dei sindacati",
         D(2025, 9, 17), "ansa.it"),
        ("Milano, la nuova linea tranviaria per Segrate apre con tre mesi di ritardo", D(2025, 9, 15), "milanotoday.it"),
        ("L'Istat rivede al rialzo la crescita del secondo trimestre, trainata dai servizi", D(2025, 9, 16), "")]


# --- a thread of headlines by one account: header lines, numbered posts, the outlet (and day) closing each

def test_a_thread_of_numbered_headline_posts_takes_outlet_and_day_from_the_closing_parenthesis_never_the_age():
    page = ("Fil\n\n"
            "Revue Énergie\n@revue-energie.bsky.social\nSuivre\n"
            "Le point énergie du mercredi 🧵 Les articles à lire ce matin, liens en réponse. 1/6\n"
            "17 septembre 2025 à 07:15\n4 reposts  11 likes\n\n"
            "Revue Énergie\n@revue-energie.bsky.social\n·\n3h\n"
            "2/ Le gestionnaire du réseau prévoit un hiver sans tension sur l'électricité malgré deux réacteurs à l'arrêt (Le Monde, 15 septembre)\n"
            "Link card\n2 reposts  5 likes\n\n"
            "Revue Énergie\n@revue-energie.bsky.social\n·\n3h\n"
            "3/ Les tarifs du gaz pour les entreprises reculent pour le troisième mois consécutif — Les Echos, lundi\n"
            "1 reposts  2 likes\n\n"
            "Revue Énergie\n@revue-energie.bsky.social\n·\n3h\n"
            "4/ Un premier parc éolien flottant raccordé au large de la Bretagne produit ses premiers mégawattheures\n"
            "3 reposts  9 likes\n\n"
            "Revue Énergie\n@revue-energie.bsky.social\n·\n3h\n"
            "5/ La facture d'électricité des ménages devrait baisser en février selon le régulateur (AFP via Ouest-France)\n"
            "2 reposts  4 likes\n\n"
            "Revue Énergie\n@revue-energie.bsky.social\n·\n3h\n"
            "6/ C'est tout pour aujourd'hui. Bonne journée et à vendredi ⚡\n1 reposts  6 likes\n\n"
            "Répondre au fil\n")
    assert _items(page) == [
        ("Le gestionnaire du réseau prévoit un hiver sans tension sur l'électricité malgré deux réacteurs à l'arrêt",
         D(2025, 9, 15), "Le Monde"),
        ("Les tarifs du gaz pour les entreprises reculent pour le troisième mois consécutif", D(2025, 9, 15), "Les Echos"),
        ("Un premier parc éolien flottant raccordé au large de la Bretagne produit ses premiers mégawattheures", None, ""),
        ("La facture d'électricité des ménages devrait baisser en février selon le régulateur", None, "Ouest-France")]


# --- a newsletter's items numbered with keycap emoji, each closed by a '(Source: Outlet, day)' note

def test_keycap_numbers_leave_the_title_and_a_parenthesised_source_note_gives_outlet_and_date():
    page = ("Boletín Agua y Clima\n"
            "Semana 38\n\n"
            "Hola a todos, tres cosas esta semana.\n\n"
            "1️⃣ La sequía obliga a restringir el riego en la cuenca del Segura\n"
            "La confederación hidrográfica recortó las dotaciones para los regantes por tercer año seguido. "
            "Los embalses están por debajo del veinte por ciento de su capacidad y no se esperan lluvias.\n"
            "(Fuente: La Verdad, 12 de septiembre)\n\n"
            "2️⃣ Nuevo plan de desaladoras para la costa mediterránea\n"
            "El ministerio presentó un plan de inversiones para ampliar tres plantas desaladoras antes de 2028. "
            "Las comunidades de regantes piden que el agua desalada tenga un precio más bajo para el campo.\n"
            "(Fuente: Diario de Almería)\n")
    assert _items(page) == [
        ("La sequía obliga a restringir el riego en la cuenca del Segura", D(2025, 9, 12), "La Verdad"),
        ("Nuevo plan de desaladoras para la costa mediterránea", None, "Diario de Almería")]


# --- messages forwarded from channels: the channel is the outlet, the view counter closes the message

def test_forwarded_channel_messages_are_items_with_the_channel_as_outlet_and_no_date_but_a_datelines_day():
    page = ("Messaggi salvati\n\n"
            "Inoltrato da Il Sole 24 Ore\n"
            "⚡️ Bollette, il prezzo dell'elettricità torna a salire dopo tre mesi di calo\n\n"
            "Il prezzo unico nazionale è cresciuto del nove per cento ad agosto, spinto dal caldo e dai consumi "
            "dei condizionatori, secondo i dati del gestore dei mercati.\n\n"
            "Le famiglie con tariffe variabili vedranno l'aumento già nella prossima bolletta.\n\n"
            "https://www.ilsole24ore.com/art/bollette-prezzo-elettricita\n\n"
            "👁 12.7K\n\n"
            "Inoltrato da Corriere di Bologna\n"
            "BOLOGNA, 14 settembre — La Regione ha aperto un bando per installare pannelli solari sui tetti "
            "delle scuole dell'Appennino, con fondi per quaranta edifici.\n\n"
            "I comuni potranno presentare i progetti fino a novembre.\n\n"
            "👁 3.4K\n")
    parsed = read_page(page, CAPTURED)
    assert [(s.title, s.date, s.source) for s in parsed.stories][:1] == [
        ("Bollette, il prezzo dell'elettricità torna a salire dopo tre mesi di calo", None, "Il Sole 24 Ore")]
    second = parsed.stories[1]
    assert (second.date, second.source, len(parsed.stories)) == (D(2025, 9, 14), "Corriere di Bologna", 2)
    assert "I comuni potranno presentare i progetti fino a novembre." in second.paras


# --- a news app's share text signing the link above it: the app's outlet is the item's

def test_a_news_apps_share_signature_under_a_link_names_the_items_outlet():
    page = ("Lesestoff fürs Wochenende\n\n"
            "Bundesnetzagentur genehmigt neue Stromtrasse durch Thüringen\n"
            "Die Leitung soll ab 2029 Windstrom aus dem Norden nach Bayern bringen. Anwohner hatten gegen die "
            "Streckenführung geklagt, das Gericht wies die Klagen im Sommer ab.\n"
            "https://www.tagesschau.de/wirtschaft/energie/stromtrasse-thueringen-100.html\n"
            "Geteilt aus der tagesschau-App\n\n"
            "Mietpreisbremse soll bis 2029 verlängert werden, Länder fordern schärfere Regeln\n"
            "Das Kabinett hat die Verlängerung beschlossen. Mehrere Länder verlangen zusätzlich Bußgelder für "
            "Vermieter, die die Grenze überschreiten.\n"
            "https://www.spiegel.de/wirtschaft/mietpreisbremse-verlaengerung\n"
            "Download the SPIEGEL app: https://www.spiegel.de/app\n")
    outlets = {s.title: s.source for s in read_page(page, CAPTURED).stories}
    assert outlets["Bundesnetzagentur genehmigt neue Stromtrasse durch Thüringen"] == "tagesschau"
    assert outlets["Mietpreisbremse soll bis 2029 verlängert werden, Länder fordern schärfere Regeln"] in {"Spiegel", "Der Spiegel"}


# --- a podcast's episode page: each episode closed by its date and length, list titles printed twice

def test_a_podcast_episode_page_gives_one_item_per_episode_dated_by_its_date_and_length_line():
    page = ("Sign in   Subscribe\n"
            "Shows   Newsletters\n"
            "The Morning Brief\n"
            "Fifteen minutes of the day's news, every weekday\n\n"
            "Water bills – Why the regulator is letting prices rise again\n\n"
            "Customers in England will pay more from next spring after the watchdog approved most of the companies' plans\n\n"
            "by Sam Okafor and Jo Reid\n"
            "The regulator's final decision allows average bills to rise by about a third over five years. Sam Okafor and "
            "Jo Reid explain where the money is meant to go, why campaigners say it rewards failure and what changes for "
            "households that already struggle to pay.\n"
            "Sep 16, 2025 · 17 min\n\n"
            "Listen on Spotify   Apple Podcasts\n\n"
            "More episodes\n\n"
            "Rail strikes – What the new offer says\n\n"
            "Rail strikes – What the new offer says\n\n"
            "The union will ballot its members on a two-year pay deal, with changes to rest-day working\n\n"
            "Sep 12, 2025 · 14 min\n"
            "Heat pumps – Why installations stalled this summer\n\n"
            "Heat pumps – Why installations stalled this summer\n\n"
            "Grants are still available but installers say demand has fallen since the spring\n\n"
            "Sep 10, 2025 · 19 min\n"
            "Load more episodes\n")
    assert _items(page) == [
        ("Water bills – Why the regulator is letting prices rise again", D(2025, 9, 16), ""),
        ("Rail strikes – What the new offer says", D(2025, 9, 12), ""),
        ("Heat pumps – Why installations stalled this summer", D(2025, 9, 10), "")]


# --- an app's feed of cards: the poster's name on a line of its own over '·' or '@handle' and the age

def test_a_feed_of_cards_gives_the_name_over_the_age_as_outlet_and_leaves_out_sponsored_cards_and_talk():
    msn = ("Aller au contenu\nMicrosoft Start\nPour vous\nActualités\nMétéo\nLyon\n21°C\n\n"
           "Ouest-France\n·\n5 h\n"
           "Le prix des carburants recule pour la troisième semaine d'affilée dans les stations de l'Ouest\n"
           "Le gazole perd deux centimes en moyenne, selon les relevés publiés lundi par le ministère.\n"
           "87\n12\nCommentaires\n\n"
           "Sponsorisé\nCuisines Martin\nVotre cuisine posée en dix jours\nEn savoir plus\n\n"
           "Le Progrès\n·\n2 j\n"
           "Les locataires d'un quartier de Villeurbanne réclament la fin des travaux de rénovation\n"
           "40\n3\nCommentaires\n\nPlus pour vous\n")
    assert _items(msn)[0] == ("Le prix des carburants recule pour la troisième semaine d'affilée dans les stations de l'Ouest",
                              D(2025, 9, 17), "Ouest-France")
    assert [i[2] for i in _items(msn)] == ["Ouest-France", "Le Progrès"]
    timeline = ("Mastodon\nmastodon.energy\nHome\nExplore\n\n#HeatPumps\nFollow\n\n"
                "Carbon Brief\n@carbonbrief@mastodon.energy\n4h\n"
                "Heat pump sales rose by a fifth across Europe in the first half of the year, industry figures show\n"
                "Germany and Poland led the recovery after a weak 2024, while sales in Italy fell again.\n"
                "https://www.carbonbrief.org/heat-pump-sales-europe-h1-2025\n#HeatPumps #Energy\n3\n14\n20\n\n"
                "Priya 🌱\n@priya_green@mastodon.social\n6h\n"
                "Finally had ours installed last week and the house has never been this warm. #HeatPumps\n2\n0\n7\n\n"
                "The Energy Desk\n@energydesk@mastodon.energy\n2d\n"
                "Installers warn that the grant backlog is holding up thousands of heat pump fittings. The scheme's "
                "budget runs out in March.\nenergydesk.example/grants-backlog\n#HeatPumps\n1\n5\n9\n\n"
                "No more posts\n")
    items = _items(timeline)
    assert [(i[1], i[2]) for i in items] == [(D(2025, 9, 17), "Carbon Brief"), (D(2025, 9, 15), "The Energy Desk")]
    assert items[0][0] == "Heat pump sales rose by a fifth across Europe in the first half of the year, industry figures show"
