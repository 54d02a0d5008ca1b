"""Set 11's kinds of failure, part B (tests/fixtures/ingest_heldout11: an agency's topics of the day,
a search-results page, a category page, a Markdown e-mail newsletter), each on pages written here
in other wordings and two languages or more, never the set's own text. Each asserts what a reader
sees: the items' titles, texts, dates and outlets. In process (run.parse): no files, no build."""
from __future__ import annotations

import datetime as dt

from ingest_kinds import items as _items, parser

D = dt.date
CAPTURED = D(2026, 6, 8)
_parse = parser(CAPTURED)


def _agency(title: str, stamp: str, items, footer: str) -> str:
    """An agency's topics of the day: per item a slug in capitals, a 'City - ' lead paragraph, a
    line of service notes and sometimes a follow-up bullet with its own notes; '.' between items."""
    out = f"{title}\n\n{stamp}\n\n"
    for slug, text, notes, follow in items:
        out += f"{slug}\n\n{text}\n\n{notes}\n\n" + (f"- {follow}\n\n" if follow else "") + ".\n\n"
    return out + footer + "\n"


def test_an_agencys_slugs_title_their_items_and_service_notes_are_no_items():
    pages = [
        ("Today's business topics from Northwire, Monday 8 June 2026, 19:00 BST", "8 Jun, 2026 07:00 p.m. BST", [
            ("OIL PRICES", "London - Brent crude fell below 60 dollars a barrel for the first time in four years as traders "
             "weighed a surplus of supply against weaker demand from factories.", "(Sent at 17:45) (Chart) (Archive photos: 33120)",
             "The energy ministry said fuel duty would not change before the autumn budget. (Sent at 18:20)"),
            ("RAIL FARES", "Manchester - Train operators will freeze regulated fares for a year from July, the transport "
             "department announced after talks with the unions.", "(Sent at 13:10) (Video)", ""),
            ("JOBLESS CLAIMS", "London - Claims for unemployment benefit rose by 12,400 in May, the third rise in a row, "
             "with the steepest increase among workers under 25.", "(Sent at 09:02)", "")], "(c) Northwire"),
        ("Wirtschaftsthemen des Tages von Nordticker, Montag, 8. Juni 2026, 19:00 Uhr", "08.06.2026 19:00 Uhr", [
            ("STROMPREISE BÖRSE", "Frankfurt - Der Großhandelspreis für Strom ist im Mai auf den tiefsten Stand seit drei "
             "Jahren gefallen, weil Wind und Sonne mehr lieferten als erwartet.", "(Gesendet um 16:40 Uhr) (Grafik)",
             "Die Bundesnetzagentur erwartet sinkende Netzentgelte im kommenden Jahr. (Gesendet um 17:55 Uhr)"),
            ("HAFEN UMSCHLAG", "Hamburg - Der Containerumschlag im Hafen ist im ersten Quartal um vier Prozent gestiegen, "
             "vor allem durch mehr Verkehr mit Asien.", "(Gesendet um 11:34 Uhr) (Fotos im Archiv: 22870 und andere)", ""),
            ("TARIFE CHEMIE", "Hannover - Die Tarifparteien der Chemiebranche haben sich auf ein Lohnplus von 4,5 Prozent "
             "in zwei Stufen geeinigt.", "(Gesendet um 15:27 Uhr)",
             "Der Abschluss gilt für rund 580.000 Beschäftigte. (Gesendet um 16:05 Uhr)")], "(c) Nordticker")]
    for title, stamp, items, footer in pages:
        p = _parse(_agency(title, stamp, items, footer))
        read = {s.title: " ".join(s.paras) for s in p.stories}
        assert list(read) == [slug for slug, _, _, _ in items]
        for slug, text, _, follow in items:
            assert read[slug] == " ".join(x for x in (text, follow.split(" (")[0]) if x)   # a follow-up stays with its item



def _results(count: str, results, ad: str, pager: str) -> str:
    """A search page: masthead, menu, a result count, then per result kicker, headline and teaser
    glued on one line with its age below; an advertisement and a pager."""
    lines = ["Newsdesk Agency", "News agency", "", "Search", "housing", "News   Diary   Photos", count]
    for k, (kicker, head, teaser, age) in enumerate(results):
        lines += [f"{kicker}{head}{teaser}", age] + ([ad] if k == 1 else [])
    return "\n".join(lines + [pager]) + "\n"


# per result: kicker | headline | teaser | age (written as a search page prints them, glued but the age)
_RESULTS_EN = """Energy|The grid operator will pay households to use less power at peak hours|The scheme opens in November and \
pays up to 3 pounds per kilowatt-hour saved between five and seven in the evening|3 hours ago
Isle of Wight|Ferry fares rise by a fifth on the route to Cowes|The operator said fuel and staff costs had made the old \
prices impossible to keep, and islanders plan a protest|2 days ago
Transport|New night buses will run on twelve routes from next month|The council said the buses would cost 4 million a \
year and be paid for by a levy on parking|5 days ago"""
_RESULTS_FR = """Logement|Les loyers encadrés dans vingt nouvelles communes|Le décret publié dimanche étend le dispositif aux \
villes moyennes où la demande dépasse l'offre depuis trois ans|il y a 5 heures
Île de France|La région finance 3000 logements pour étudiants à Saclay|Les chantiers commenceront en septembre sur des \
terrains cédés par l'État, avec des loyers plafonnés à 400 euros|il y a 2 jours
Immobilier|Les ventes de logements anciens reculent de 8 % sur un an|Les notaires constatent une baisse plus forte dans \
les grandes villes, où les prix ont moins baissé que les volumes|il y a 4 jours"""


def test_search_results_glued_kicker_headline_and_teaser_are_one_item_each():
    pages = [("Search results: 2,310 articles", _RESULTS_EN, "Advertisement", "« Previous 1 2 3 ... 98 Next »",
              [D(2026, 6, 8), D(2026, 6, 6), D(2026, 6, 3)]),
             ("Résultats de la recherche : 412 articles", _RESULTS_FR, "Publicité", "« Précédent 1 2 3 ... 41 Suivant »",
              [D(2026, 6, 8), D(2026, 6, 6), D(2026, 6, 4)])]
    for count, written, ad, pager, days in pages:
        results = [tuple(line.split("|")) for line in written.splitlines()]
        p = _parse(_results(count, results, ad, pager))
        assert [(s.title, s.date) for s in p.stories] == [(head, day) for (_, head, _, _), day in zip(results, days)]
        assert [s.paras for s in p.stories] == [[teaser] for _, _, teaser, _ in results]
        assert [s.labels for s in p.stories] == [[kicker] for kicker, _, _, _ in results]


def _category(section: str, items, pager: str) -> str:
    """A category page: per item its headline, the category, its age, the headline again and its
    text cut short; one headline printed twice glued (a card's title and its link copied together)."""
    out = f"{section}\n\nThe latest from our {section.lower()} desk, updated through the day.\n\n"
    for head, age, text, glued in items:
        out += (f"{head}{head}\n{section}\n{age}\n\n{text}\n" if glued else f"{head}\n{section}\n{age}\n\n{head}\n\n{text}\n")
    return out + f"\n{pager}\n"


def test_a_category_page_headline_printed_twice_is_titled_once_and_an_age_in_weeks_gives_no_day():
    pages = [
        ("World", [("Flood waters recede in the Po valley as farmers count losses", "4 hours ago",
                    "Thousands of hectares of rice fields remain under water. The region has asked Rome for emergency funds, and "
                    "farmers say the harvest of a whole year is lost in the lowest-lying fields near the river mouth...", False),
                   ("Volcano on Iceland's peninsula erupts for the ninth time", "6 hours ago",
                    "Lava reached the defensive walls around the fishing town in the night. No homes were hit, the civil protection "
                    "agency said, but the only road to the capital was closed again as a precaution until the morning...", True),
                   ("Chile's new copper mine opens after a decade of delays", "1 week ago",
                    "The mine in the Atacama will produce 300,000 tonnes a year once it reaches full capacity. Its owners say it "
                    "will use desalinated water only, after years of disputes with the farmers of the valley below...", False)],
         "1 2 3 ... 40 Next »", [D(2026, 6, 8), D(2026, 6, 8), None]),
        ("Ausland", [("Waldbrände in Kanada zwingen Tausende zur Flucht", "vor 3 Stunden",
                      "In der Provinz Alberta stehen mehr als hundert Feuer. Der Rauch zieht bis nach Chicago, und die Behörden "
                      "haben zwei Kleinstädte vollständig geräumt, während Löschflugzeuge aus drei Ländern im Einsatz sind...", True),
                     ("Japan wählt ein neues Oberhaus mit knapper Mehrheit", "vor 2 Tagen",
                      "Die Regierungspartei verliert sechs Sitze. Sie bleibt aber mit ihrem Partner stärkste Kraft, und der "
                      "Premierminister kündigte an, die Reform der Renten noch vor dem Sommer ins Parlament zu bringen...", False),
                     ("Neue Brücke über die Donau bei Belgrad eröffnet", "vor 2 Wochen",
                      "Die Brücke verbindet zwei Stadtteile. Sie soll den Verkehr im Zentrum um ein Drittel senken, sagte der "
                      "Bürgermeister bei der Eröffnung, zu der Tausende Menschen zu Fuß über die Donau gingen...", False)],
         "1 2 3 ... 12 Weiter »", [D(2026, 6, 8), D(2026, 6, 6), None])]
    for section, items, pager, days in pages:
        p = _parse(_category(section, items, pager))
        assert [(s.title, s.date) for s in p.stories] == [(head, day) for (head, _, _, _), day in zip(items, days)]
        assert [s.labels for s in p.stories] == [[section]] * len(items)   # the category under each headline


def _letter(sender: str, subject: str, dated: str, hello: str, items, sponsor: str, bye: str) -> str:
    """A Markdown e-mail newsletter: headers, the issue's date, a greeting, numbered '### N. Headline'
    items, each paragraph ending with its source in parentheses or a link under it, or nothing."""
    out = f"{sender}\n{subject}\n\n**{dated}**\n\n{hello}\n\n---\n\n"
    for k, (head, text, source, how) in enumerate(items, 1):
        out += f"### {k}. {head}\n\n{text}" + (f" ({how}: {source})" if how and source else "") + "\n\n"
        if source and not how:
            out += f"[Read on {source}](https://example.org/{k})\n\n"
        if k == 2:
            out += f"---\n{sponsor}\n---\n\n"
    return out + f"---\n\n{bye}\n"


def test_a_markdown_newsletters_numbered_headings_and_labelled_sources():
    pages = [
        ("From: The Brief <news@thebrief-mail.example>", "Subject: The Brief — rates, rail and rain",
         "THE BRIEF · Monday 8 June 2026", "Good morning! Five stories to start the week.", [
             ("Central bank holds rates at 3.5 per cent", "The bank's committee voted seven to two to hold, and said inflation "
              "would fall back to target by the spring.", "Financial Times", ""),
             ("Rail strike called off after late offer", "The union accepted a pay rise of 4 per cent over two years, ending "
              "a dispute that had closed lines for six weekends.", "Railway Gazette", "source"),
             ("Wettest spring on record in the north-west", "The Met Office said rainfall was twice the average in April "
              "and May, flooding farmland along the rivers.", "", "")],
         "*Sponsored* · Open a savings account with Harbour Bank: 4% for a year. [Learn more](https://example.com/ad)",
         "Unsubscribe · Preferences"),
        ("Von: Der Morgen <post@dermorgen-mail.example>", "Betreff: Der Morgen — Zinsen, Bahn und Regen",
         "DER MORGEN · Montag, 8. Juni 2026", "Guten Morgen! Drei Nachrichten für den Start in die Woche.", [
             ("Bundesbank senkt ihre Wachstumsprognose", "Die Notenbank erwartet für dieses Jahr nur noch ein Plus von "
              "0,3 Prozent und verweist auf die schwache Industrie.", "Handelsblatt", "Quelle"),
             ("Bahn kündigt neue Sprinter nach Prag an", "Ab Dezember fahren täglich vier Züge ohne Halt zwischen Berlin "
              "und Prag, die Fahrzeit sinkt auf dreieinhalb Stunden.", "", ""),
             ("Hochwasser an der Oder geht zurück", "Die Pegel sinken seit Sonntag, doch die Deiche bleiben bis zum "
              "Wochenende unter Beobachtung der Behörden.", "Märkische Allgemeine", "Quelle")],
         "*Anzeige* · Jetzt das Tagesgeldkonto der Hafenbank eröffnen: 3 % für zwölf Monate. [Mehr erfahren](https://example.com/ad)",
         "Abbestellen · Einstellungen")]
    for sender, subject, dated, hello, items, sponsor, bye in pages:
        p = _parse(_letter(sender, subject, dated, hello, items, sponsor, bye))
        assert [(s.title, s.source) for s in p.stories] == [(head, source) for head, _, source, _ in items]
        assert [s.paras for s in p.stories] == [[text] for _, text, _, _ in items]   # no sponsor's line in a text
