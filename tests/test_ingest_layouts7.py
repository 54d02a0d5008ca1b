"""Set 7's kinds of layout (tests/fixtures/ingest_heldout7), each on pages written here in other
wordings and languages: a press-mentions list, a newsletter's dated greeting, time-and-outlet
lines, a feed reader's tree, a news app's cards, an aggregator's cards, social timelines and
kicker lead-ins. Parsed in process (run.parse), as a reader would check each item."""
from __future__ import annotations

import datetime as dt

from ingest_kinds import items as _items, parser

D = dt.date
CAPTURED = D(2026, 5, 20)   # a Wednesday
_parse = parser(CAPTURED)


def test_a_numbered_date_line_over_a_quoted_headline_is_titled_by_the_headline():
    # a German institute's press echo: '1. 12. Mai 2026' (the number on the date line), the
    # outlet story's headline in quotes, a line on who was quoted, the outlet on its own line
    p = _parse("Pressespiegel\n\nWo unsere Forschenden in den Medien zitiert wurden.\n\n"
               "  1. 18. Mai 2026\n\n"
               "    „Warum die Mieten in Leipzig weiter steigen“\n\n"
               "    Mit Prof. Anna Krüger, Stadtsoziologie, die erklärt, dass kaum neue Wohnungen gebaut "
               "werden und viele Familien in die Vororte ziehen.\n\n"
               "    Mitteldeutscher Rundfunk\n\n"
               "  2. 15. Mai 2026\n\n"
               "    „Wie Bienen den Winter überstehen“\n\n"
               "    Mit Dr. Paul Weber, Zoologie, der zeigt, dass milde Winter den Völkern eher schaden als "
               "nützen.\n\n"
               "    Der Tagesspiegel\n\n"
               "  3. 11. Mai 2026\n\n"
               "    „Brauchen Schulen ein Handyverbot?“\n\n"
               "    Mit Prof. Jana Hoffmann, Bildungsforschung, deren Studie an sächsischen Gymnasien "
               "kaum Unterschiede bei den Noten fand.\n\n"
               "    Süddeutsche Zeitung\n")
    assert [(s.title, s.date) for s in p.stories] == [
        ("Warum die Mieten in Leipzig weiter steigen", D(2026, 5, 18)),
        ("Wie Bienen den Winter überstehen", D(2026, 5, 15)),
        ("Brauchen Schulen ein Handyverbot?", D(2026, 5, 11))]
    assert p.stories[0].paras[0].startswith("Mit Prof. Anna Krüger, Stadtsoziologie")


def test_an_english_press_mentions_list_takes_the_quoted_headline_not_the_blurb():
    p = _parse("Media mentions\n\n"
               "1. May 19, 2026\n\n"
               "\"Why the city's bus fares are going up again\"\n\n"
               "Quoting Prof. Omar Hale, transport economics, who said diesel costs rose by a fifth this year.\n\n"
               "2. May 14, 2026\n\n"
               "\"Hospitals brace for a summer of nurse strikes\"\n\n"
               "Quoting Dr. Ruth Benson, nursing, who expects walkouts in at least four states.\n\n"
               "3. May 12, 2026\n\n"
               "\"A wetter spring has farmers planting late\"\n\n"
               "Quoting Prof. Ian Moss, agronomy, who said corn planting is two weeks behind.\n")
    assert [s.title for s in p.stories] == [
        "Why the city's bus fares are going up again", "Hospitals brace for a summer of nurse strikes",
        "A wetter spring has farmers planting late"]
    assert not any(s.title.startswith(("\"", "Quoting")) for s in p.stories)


def test_a_newsletters_date_glued_to_its_greeting_dates_its_items():
    # 'NAME am DATE Liebe Leserinnen und Leser,' / 'The Brief, 19 May 2026 Dear readers,' on one
    # line: the date, which each headed item below takes
    for top, heads in (
            ("DER MORGEN am 19.5.2026 Liebe Leserinnen und Leser,\n\nheute geht es um Geld und um Wetter.\n\n",
             ("Haushalt ohne Mehrheit", "Hitze im Mai")),
            ("The Brief, 19 May 2026 Dear readers,\n\nthree things matter today, and one does not.\n\n",
             ("Budget without a majority", "Heat in May"))):
        p = _parse(top + f"{heads[0]}\n\nThe coalition failed to agree on the spending plan before the vote, "
                   "and the finance minister asked for another week of talks with the opposition.\n\n"
                   f"{heads[1]}\n\nTemperatures in the south reached 34 degrees, the highest for May since "
                   "records began, and several towns opened cool rooms for older residents.\n")
        dated = {s.title: s.date for s in p.stories}
        assert dated[heads[0]] == dated[heads[1]] == D(2026, 5, 19), top


def test_a_time_and_outlet_line_above_each_headline_names_and_dates_its_item():
    # a Spanish aggregator: 'DD, HH:MM Outlet' above each headline (the day of the month in the
    # page heading's month; a day after the heading's is the month before), no blank line before
    # the next item's line
    p = _parse("Portada · Lo importante\nmartes, 19 de mayo de 2026\n\n"
               "19, 09:12 El País\n\nEl Congreso aprueba la ley de vivienda con el apoyo de los socios\n\n"
               "Por qué importa: La norma limita las subidas del alquiler en las zonas tensionadas. Los grandes "
               "tenedores deberán ofrecer contratos de siete años...\n"
               "19, 08:40 La Vanguardia\n\nLa sequía obliga a restringir el riego en el delta del Ebro\n\n"
               "Por qué importa: Los regantes recibirán un tercio del agua habitual hasta octubre. Temen "
               "perder la cosecha de arroz...\n"
               "18, 23:05 elDiario.es\n\nLos médicos de familia convocan una huelga de cuatro días\n\n"
               "Por qué importa: Piden menos pacientes por consulta. También quieren más plazas de residentes "
               "en los centros de salud rurales...\n")
    assert _items(p) == [
        ("El Congreso aprueba la ley de vivienda con el apoyo de los socios", D(2026, 5, 19), "El País"),
        ("La sequía obliga a restringir el riego en el delta del Ebro", D(2026, 5, 19), "La Vanguardia"),
        ("Los médicos de familia convocan una huelga de cuatro días", D(2026, 5, 18), "elDiario.es")]


def test_a_clock_time_and_outlet_line_in_english_names_the_item_below_it():
    p = _parse("Top picks\n\n"
               "07:45 · Reuters\nShipping rates jump as Red Sea detours continue\n"
               "Container freight costs rose for a third week, with Asia to Europe routes up by a tenth.\n\n"
               "07:10 · Bloomberg\nCopper hits a two-year high on Chinese demand\n"
               "Traders pointed to grid spending in China and lower stocks in London warehouses.\n\n"
               "06:55 · The Guardian\nUK rail fares to rise by less than inflation\n"
               "The government capped the increase at 3.5% for regulated fares from next year.\n")
    assert [(s.title, s.source) for s in p.stories] == [
        ("Shipping rates jump as Red Sea detours continue", "Reuters"),
        ("Copper hits a two-year high on Chinese demand", "Bloomberg"),
        ("UK rail fares to rise by less than inflation", "The Guardian")]


def test_a_feed_readers_tree_names_each_item_by_the_feed_it_is_listed_under():
    # an English reader's export: folders and feeds with unread counts, nested by indent; the
    # folder lines are no articles, the feed is each item's outlet down to the next feed
    p = _parse("Unread items — exported 20/05/2026\n\n"
               "▾ World (3)\n"
               "  ▾ BBC News (2)\n"
               "    • Floods force thousands from their homes in northern Italy\n"
               "      Rivers burst their banks in Emilia-Romagna after a month's rain fell in two days. Schools stay closed…\n"
               "    • Kenya's parliament passes a disputed finance bill\n"
               "      Protesters gathered outside as MPs approved new taxes on bread and mobile money. The president has two weeks to sign…\n"
               "  ▾ Al Jazeera (1)\n"
               "    • Talks on a Gaza ceasefire resume in Cairo\n"
               "      Negotiators from Egypt and Qatar will meet both sides' envoys this week. Aid deliveries remain stalled…\n"
               "▾ Wissenschaft (1)\n"
               "  ▾ Der Spiegel (1)\n"
               "    • Forscher finden Mikroplastik im Gletschereis der Alpen\n"
               "      Die Proben stammen aus drei Gletschern in Tirol und der Schweiz. Die Konzentration war höher als erwartet…\n"
               "▸ Sport (0)\n")
    assert [(s.title, s.source) for s in p.stories] == [
        ("Floods force thousands from their homes in northern Italy", "BBC News"),
        ("Kenya's parliament passes a disputed finance bill", "BBC News"),
        ("Talks on a Gaza ceasefire resume in Cairo", "Al Jazeera"),
        ("Forscher finden Mikroplastik im Gletschereis der Alpen", "Der Spiegel")]


def _app_page(top: str, cards: list[tuple[str, str, str, str]]) -> str:
    """A news app's section copied as text: its heading and subtitle, then per card the
    publisher's line, the headline, the excerpt and the card's age under it."""
    return top + "".join(f"{outlet}\n{head}\n{text}\n{age}\n\n" for outlet, head, text, age in cards)


def test_a_news_apps_publisher_line_above_and_age_below_each_card_belong_to_that_card():
    # under a section heading with its subtitle (no item), each card: publisher, headline,
    # excerpt, then its age: '2h ago' / 'Yesterday' below the card, not above the next
    p = _parse(_app_page("Today\nWednesday, May 20\n\nFor You\nPicked for you by our editors.\n\n", [
        ("The Guardian", "Wildfire smoke closes schools across Alberta",
         "Officials urged residents to stay indoors as air quality readings reached their worst level since 2023.",
         "2h ago"),
        ("Bloomberg", "Oil slips as OPEC weighs a bigger output increase",
         "Brent crude fell below 80 dollars a barrel after delegates said the group could add supply in July.",
         "Yesterday"),
        ("Politico", "Senate panel advances the farm bill after months of delay",
         "The committee vote sends the bill to the floor with new limits on crop insurance subsidies.",
         "45m ago")]))
    assert _items(p) == [
        ("Wildfire smoke closes schools across Alberta", D(2026, 5, 20), "The Guardian"),
        ("Oil slips as OPEC weighs a bigger output increase", D(2026, 5, 19), "Bloomberg"),
        ("Senate panel advances the farm bill after months of delay", D(2026, 5, 20), "Politico")]


def test_a_spanish_news_apps_cards_under_a_section_heading_keep_their_publishers_and_ages():
    p = _parse(_app_page("Hoy\nmiércoles, 20 de mayo\n\nDestacadas\nElegidas por la redacción.\n\n", [
        ("El País", "El Gobierno aprueba el plan de ayudas para los regantes del Ebro",
         "El decreto reparte 200 millones de euros entre las comunidades de regantes afectadas por la sequía.",
         "hace 3 h"),
        ("La Vanguardia", "Barcelona limita los cruceros en el puerto a partir de 2027",
         "El Ayuntamiento y el Puerto pactan reducir las terminales y cobrar una tasa mayor a los pasajeros.",
         "Ayer"),
        ("El Mundo", "Los precios de la vivienda suben un 9% en el primer trimestre",
         "Madrid y Málaga encabezan las subidas, según los datos del Colegio de Registradores.",
         "hace 2 días")]))
    assert _items(p) == [
        ("El Gobierno aprueba el plan de ayudas para los regantes del Ebro", D(2026, 5, 20), "El País"),
        ("Barcelona limita los cruceros en el puerto a partir de 2027", D(2026, 5, 19), "La Vanguardia"),
        ("Los precios de la vivienda suben un 9% en el primer trimestre", D(2026, 5, 18), "El Mundo")]


def _feed(top: str, cards: list[tuple[str, str, str, str, str]]) -> str:
    """An aggregator's feed: per card its 'Topic · Place' line, headline, summary, a count of
    sources, the shares bar written out and its age."""
    return top + "".join(f"{label}\n{head}\n{text}\n{31 + 7 * k} sources\n{bar}\n{age}\n\n"
                         for k, (label, head, text, bar, age) in enumerate(cards))


def test_an_aggregators_label_bar_and_age_lines_belong_to_their_card_and_are_no_articles():
    p = _parse(_feed("Feed\nTop stories\n\n", [
        ("Economy · Japan", "Toyota lifts its profit forecast on a weaker yen",
         "The carmaker now expects operating profit of 4.9 trillion yen for the year. Analysts had expected a cut.",
         "L 18%   C 60%   R 22%", "Updated 2h ago"),
        ("Climate · Brazil", "Amazon deforestation falls for a third straight year",
         "Satellite data show clearing dropped by a fifth. The environment ministry credited stepped-up fines.",
         "L 41%   C 45%   R 14%", "Updated 1d ago"),
        ("Politics · Canada", "Ontario calls a snap election for June",
         "The premier said he needed a new mandate to face US tariffs. Opposition parties called it a waste of money.",
         "L 25%   C 50%   R 25%", "Updated 5h ago")]))
    assert [(s.title, s.date) for s in p.stories] == [
        ("Toyota lifts its profit forecast on a weaker yen", D(2026, 5, 20)),
        ("Amazon deforestation falls for a third straight year", D(2026, 5, 19)),
        ("Ontario calls a snap election for June", D(2026, 5, 20))]
    assert p.stories[1].labels == ["Climate", "Brazil"]
    assert not any("%" in para for s in p.stories for para in s.paras)


def test_a_german_aggregators_cards_with_shares_bar_and_age_keep_their_labels_and_dates():
    p = _parse(_feed("Nachrichten\n\n", [
        ("Wirtschaft · Deutschland", "Bahn erhöht die Preise für Fernzüge",
         "Die Tickets sollen im Dezember im Schnitt um sechs Prozent teurer werden. Die Sparpreise bleiben gleich.",
         "Links 30%   Mitte 45%   Rechts 25%", "vor 3 Stunden"),
        ("Sport · Österreich", "Salzburg gewinnt das Pokalfinale",
         "Die Mannschaft setzte sich nach Verlängerung mit 2:1 durch. Es ist der elfte Titel des Vereins.",
         "Links 20%   Mitte 60%   Rechts 20%", "vor 2 Tagen"),
        ("Politik · Schweiz", "Bern stimmt über eine neue Steuer auf Flugtickets ab",
         "Die Abstimmung findet im September statt. Die Regierung empfiehlt ein Nein.",
         "Links 35%   Mitte 40%   Rechts 25%", "vor 1 Tag")]))
    assert [(s.title, s.date, s.labels) for s in p.stories] == [
        ("Bahn erhöht die Preise für Fernzüge", D(2026, 5, 20), ["Wirtschaft", "Deutschland"]),
        ("Salzburg gewinnt das Pokalfinale", D(2026, 5, 18), ["Sport", "Österreich"]),
        ("Bern stimmt über eine neue Steuer auf Flugtickets ab", D(2026, 5, 19), ["Politik", "Schweiz"])]


def test_a_social_timelines_posts_are_read_by_their_link_cards():
    # a German Mastodon profile: header, posts with age under the handle, link cards (site,
    # title, description), counters; the thread opener and a reply share no card: no articles
    p = _parse("Jonas Weber\n@jweber@social.example.de\nWirtschaftsjournalist. Hier: was heute zählt.\n"
               "812 Beiträge  120 Folge ich  2,3K Follower\n\n"
               "Jonas Weber @jweber@social.example.de\n3h\n"
               "🧵 Ein Faden mit den wichtigsten Wirtschaftsnachrichten von heute.\n↩ 1  🔁 4  ⭐ 12\n\n"
               "Jonas Weber @jweber@social.example.de\n3h\n"
               "Die Inflation ist wieder gestiegen, vor allem wegen der Energiepreise.\n"
               "tagesschau.de\nInflationsrate steigt im Mai auf 2,4 Prozent\n"
               "Das Statistische Bundesamt nennt teurere Lebensmittel und Heizöl als Gründe für den Anstieg.\n"
               "↩ 3  🔁 18  ⭐ 40\n\n"
               "🔁 Jonas Weber hat geteilt\nDeutsche Welle @dw@mastodon.social\n2d\n"
               "Der Hafen Hamburg verliert weiter Marktanteile an Rotterdam und Antwerpen.\n"
               "DW\nHamburger Hafen schlägt weniger Container um\n"
               "Im ersten Quartal sank der Umschlag um drei Prozent, vor allem im Verkehr mit Asien.\n"
               "↩ 5  🔁 30  ⭐ 77\n\n"
               "Jonas Weber @jweber@social.example.de\n1d\n@lena@norden.social danke, ist korrigiert!\n↩ 0  🔁 0  ⭐ 2\n")
    assert _items(p) == [("Inflationsrate steigt im Mai auf 2,4 Prozent", D(2026, 5, 20), "tagesschau.de"),
                         ("Hamburger Hafen schlägt weniger Container um", D(2026, 5, 18), "DW")]
    assert any("Statistische Bundesamt" in para for para in p.stories[0].paras)


def test_an_english_timeline_with_the_age_on_the_header_line_dates_each_card():
    p = _parse("Home\n\n"
               "Maya Lin @mayalin.bsky.social · 4h\nWorth reading on the housing bill:\n"
               "The Atlantic\nWhy the new housing bill may not lower rents\n"
               "Zoning rules in most cities will still block the apartments the bill pays for.\n"
               "💬 4  🔁 12  ♥ 80\n\n"
               "Maya Lin @mayalin.bsky.social · May 17\nGood explainer.\n"
               "Vox\nHow a heat dome forms, and why they are getting stronger\n"
               "A ridge of high pressure traps hot air for days; warmer oceans make the ridges larger.\n"
               "💬 1  🔁 3  ♥ 25\n\n"
               "Sam Ortiz @samortiz.bsky.social · 1d\nlol same\n💬 0  🔁 0  ♥ 4\n\n"
               "Maya Lin @mayalin.bsky.social · 2d\nThis is the one to read today.\n"
               "ProPublica\nThe hidden cost of the state's prison phone contracts\n"
               "Families paid more than 40 million dollars in fees last year, records show.\n"
               "💬 9  🔁 51  ♥ 230\n")
    assert _items(p) == [("Why the new housing bill may not lower rents", D(2026, 5, 20), "The Atlantic"),
                         ("How a heat dome forms, and why they are getting stronger", D(2026, 5, 17), "Vox"),
                         ("The hidden cost of the state's prison phone contracts", D(2026, 5, 18), "ProPublica")]


def test_a_lead_in_paragraph_under_a_shouted_kicker_stays_in_that_item():
    # 'KICKER: paragraph' items, some followed (no blank line) by a mixed-case 'Lead-in: …'
    # paragraph of the same item; in English and in French
    for top, items_ in (
            ("London Morning\n\nGOOD MORNING. Here is the day ahead.\n\nTOP OF THE AGENDA\n\n", [
                ("RAIL STRIKE ON", "Train drivers walk out for 48 hours from Thursday after talks failed late last night.",
                 "The catch: Ministers say they will not reopen the pay offer before the autumn budget."),
                ("HOSPITAL WAITS", "The number of patients waiting over a year for treatment rose again in April.", ""),
                ("CITY HALL SHAKE-UP", "The mayor replaced three deputy mayors after a row over the housing budget.",
                 "What to watch: The assembly questions the new team on Tuesday.")]),
            ("Le Brief\n\nBONJOUR. Voici l'essentiel du jour.\n\nÀ LA UNE\n\n", [
                ("RETRAITES", "Le gouvernement présente ce matin son projet de loi au Conseil des ministres.",
                 "Ce qu'il faut savoir : Le texte repousse l'âge légal de deux ans d'ici 2032."),
                ("SNCF", "Les contrôleurs annoncent une grève pour le week-end de l'Ascension.", ""),
                ("BUDGET", "Bercy cherche encore dix milliards d'euros d'économies pour l'an prochain.",
                 "Pourquoi c'est important : Bruxelles attend le plan de la France avant l'été.")])):
        text = top + "".join(f"{k}: {body}\n" + (f"{more}\n" if more else "") + "\n" for k, body, more in items_)
        p = _parse(text)
        assert len(p.stories) == 3, [s.title for s in p.stories]
        assert [len(s.paras) for s in p.stories] == [2, 1, 2], top
