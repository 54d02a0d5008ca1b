"""Set 8's kinds of failure (tests/fixtures/ingest_heldout8: mail digests, JSONP, cover blocks,
release lines, sites in parentheses, glued sources, counters …), each on pages written here in
other wording and two languages or more, never the set's own text. Each asserts what a reader sees:
the titles, dates and outlets of the items, and no page furniture among them. In process
(run.parse, formats.structured): no files, no build."""
from __future__ import annotations

import datetime as dt

from ingest_kinds import ROOT, items as _items, parser

from chronicle.config import load_config
from chronicle.ingest import formats
from chronicle.ingest.run import make_context

D = dt.date
CAPTURED = D(2026, 5, 20)   # a Wednesday
_parse = parser(CAPTURED)


def _structured(text: str):
    """How ingest reads a digest before its lines: as a feed or JSON, else None."""
    return formats.structured(text, make_context(load_config(ROOT / "config.yaml"), CAPTURED))


def test_a_saved_jsonp_response_with_raw_line_breaks_in_its_strings_is_read_as_records():
    # a German live ticker saved from the browser: a title line above, a dotted callback name,
    # line breaks typed into the JSON strings (not valid JSON, but what such a file holds)
    p = _structured('Liveblog\n\n20.05.2026\n\n'
               'window.tickerCallback_42({"meta":{"v":2},"entries":[{"headline":"Streik legt Nahverkehr in '
               'Köln lahm","published":"2026-05-20T07:15:00+02:00","text":"\n\nBusse und Bahnen der KVB '
               'stehen seit dem frühen Morgen still.\nDie Gewerkschaft verlangt mehr Lohn.\n\n"},'
               '{"headline":"Rhein-Pegel sinkt unter zwei Meter","published":"2026-05-19T18:40:00+02:00",'
               '"text":"\nDie Binnenschiffer können nur noch mit halber Ladung fahren.\n"}]});\n')
    assert [(t, d) for t, d, _ in _items(p)] == [("Streik legt Nahverkehr in Köln lahm", D(2026, 5, 20)),
                                                 ("Rhein-Pegel sinkt unter zwei Meter", D(2026, 5, 19))]
    assert p.stories[0].paras[0].startswith("Busse und Bahnen")
    assert any("line 1" in n and "line 3" in n for n in p.notes)   # the lines above: reported
    # an English callback with an array and no page lines; the file's line of each record is kept
    q = _structured('cb([{"title":"Port of Dover reopens after storm",\n"body":"Ferries resumed at noon.\nQueues '
               'cleared by evening.","date":"2026-05-18"},\n{"title":"Council approves new cycle lanes","body":'
               '"Work starts in June.","date":"2026-05-17"}])\n')
    assert [s.title for s in q.stories] == ["Port of Dover reopens after storm", "Council approves new cycle lanes"]
    assert [s.line for s in q.stories] == [1, 4]
    # text that only looks like a call (it is no JSON) is read as text, not refused as bad JSON
    assert _structured('Notes\n\nsee({"a": 1, broken )\n') is None


_DIGEST_DE = """Betreff: Verkehrswende-Liste Sammelnachricht, Band 7, Ausgabe 3
Von: verkehrswende-request@listen.example.de
Datum: Mi, 20 Mai 2026 06:00:00 +0200

Beiträge für die Liste an verkehrswende@listen.example.de senden.

Themen des Tages:

   1. Neue S-Bahn-Linie nach Potsdam genehmigt (Jana Roth)
   2. AW: Neue S-Bahn-Linie nach Potsdam genehmigt (Olaf Brenner)
   3. Fahrradparkhaus am Hauptbahnhof eröffnet (Jana Roth)

==========================================================

Nachricht: 1
Datum: Mon, 18 May 2026 23:30:00 -0700
Von: Jana Roth <jroth@example.org>
An: verkehrswende@listen.example.de
Betreff: [Verkehrswende] Neue S-Bahn-Linie nach Potsdam
\tgenehmigt
Message-ID: <abc123@example.org>

Das Eisenbahn-Bundesamt hat den Bau der neuen Strecke genehmigt. Die
Züge sollen ab 2031 im Zehn-Minuten-Takt fahren.

Quelle: Tagesspiegel

--
Jana Roth

==========================================================

Nachricht: 2
Datum: Tue, 19 May 2026 08:12:45 +0200
Von: Olaf Brenner <ob@example.net>
Betreff: AW: [Verkehrswende] Neue S-Bahn-Linie nach Potsdam genehmigt

Jana Roth schrieb:
> Die Züge sollen ab 2031 im Zehn-Minuten-Takt fahren.

Weiß jemand, ob der Bahnhof Griebnitzsee umgebaut wird?

==========================================================

Nachricht: 3
Datum: Tue, 19 May 2026 17:05:10 +0200
Von: Jana Roth <jroth@example.org>
Betreff: [Verkehrswende] Fahrradparkhaus am Hauptbahnhof eröffnet
Message-ID: <def456@example.org>

Am Hauptbahnhof stehen seit heute 1.200 bewachte Stellplätze zur
Verfügung. Die Stadt zahlt zwei Drittel der Kosten.

Jana

==========================================================

Betreff: Fußzeile der Sammelnachricht

Verkehrswende Mailingliste
https://listen.example.de/mailman/listinfo/verkehrswende
"""


def test_a_mail_digest_is_one_item_per_message_titled_by_subject_and_dated_by_its_date_header():
    # a German list's digest with the keys a German mail client shows; the first message's
    # Date header is the 18th in its own zone (the 19th in UTC); a reply and the footer are no items
    p = _parse(_DIGEST_DE)
    assert _items(p) == [("Neue S-Bahn-Linie nach Potsdam genehmigt", D(2026, 5, 18), "Tagesspiegel"),
                         ("Fahrradparkhaus am Hauptbahnhof eröffnet", D(2026, 5, 19), "")]
    assert p.stories[0].paras == ["Das Eisenbahn-Bundesamt hat den Bau der neuen Strecke genehmigt. Die "
                                  "Züge sollen ab 2031 im Zehn-Minuten-Takt fahren."]
    assert p.stories[1].paras[-1].endswith("Kosten.")   # the sender's first name is no text
    assert "a reply" in p.notes[0] and "Fußzeile" in p.notes[0]
    # the same in English keys and a French list's wording, with '-----' rules
    fr = ("Subject: Liste énergie, Vol 3, Numéro 9\nFrom: energie-request@example.fr\n\nSommaire :\n\n"
          "   1. La centrale de Flamanville atteint sa pleine puissance\n   2. Le prix du gaz recule\n\n"
          + "".join(f"------------------------------\n\nMessage: {n}\nDate: {d}\nFrom: Luc <luc@example.fr>\n"
                    f"Subject: [Energie] {s}\n\n{t}\n\nSource : {o}\n\n" for n, d, s, t, o in [
                        (1, "Tue, 19 May 2026 10:00:00 +0200", "La centrale de Flamanville atteint sa pleine puissance",
                         "Le réacteur EPR a produit 1 600 MW pour la première fois mardi.", "Le Monde"),
                        (2, "Wed, 20 May 2026 07:30:00 +0200", "Le prix du gaz recule",
                         "Le prix de gros a baissé de 4 % sur la semaine.", "Les Echos")])
          + "------------------------------\n\nFin de Liste énergie, Vol 3, Numéro 9\n")
    assert _items(_parse(fr)) == [("La centrale de Flamanville atteint sa pleine puissance", D(2026, 5, 19), "Le Monde"),
                                  ("Le prix du gaz recule", D(2026, 5, 20), "Les Echos")]


def test_a_channel_copy_with_12_hour_clocks_reads_its_numeric_dates_month_first():
    # messages copied out of a chat app: 'Name, [m/d/yyyy h:mm PM]' over each message; no number
    # above 12 says the order, the 12-hour clock does (5/8 is 8 May, not 5 August: after the capture)
    items = [("5/8/2026 9:15 PM", "City council approves the new tram depot",
              "The vote was 31 to 12, and construction is due to start in the autumn.", "via Financial Times"),
             ("5/9/2026 7:02 AM", "Water utility lifts the hosepipe ban",
              "Reservoir levels are back above 80 percent after a wet April.", "Source: Regional Wire"),
             ("5/9/2026 11:40 AM", "Airport adds a second route to Lisbon",
              "The flights will run four times a week from June.", "via Euronews")]
    page = "".join(f"Harbour City News, [{d}]\n{t}\n\n{x}\n\n{o}\n\n" for d, t, x, o in items)
    assert _items(_parse(page)) == [("City council approves the new tram depot", D(2026, 5, 8), "Financial Times"),
                                    ("Water utility lifts the hosepipe ban", D(2026, 5, 9), "Regional Wire"),
                                    ("Airport adds a second route to Lisbon", D(2026, 5, 9), "Euronews")]
    # the same in Spanish wording ('p. m.'), from a US Spanish-language channel
    es = page.replace("Harbour City News", "Noticias del Valle").replace(" PM]", " p. m.]").replace(" AM]", " a. m.]")
    assert [s.date for s in _parse(es).stories] == [D(2026, 5, 8), D(2026, 5, 9), D(2026, 5, 9)]


def test_a_clipping_services_cover_block_names_and_dates_its_item_and_is_no_item():
    # a media monitor's report: its own header, then per clipping a block of 'Key:   value' lines
    # (German keys; the outlet with its edition in braces or brackets; the date with its weekday
    # and a comma after the day, in German, English and French), then headline, byline, text
    blocks = [("Kieler Nachrichten {Stadt}", "Dienstag 19, Mai 2026", "Stadtwerke erhöhen die Fernwärmepreise",
               "Die Stadtwerke Kiel verlangen ab Juli rund acht Prozent mehr für Fernwärme. Begründet wird der "
               "Schritt mit höheren Kosten für das Gasnetz."),
              ("The Irish Times [Dublin]", "Monday 18, May 2026", "Harbour bridge to close for repairs",
               "The bridge will be shut to traffic for six weeks from June while engineers replace its "
               "bearings, the county council said."),
              ("Le Télégramme", "lundi 18, mai 2026", "Le tramway de Brest prolongé jusqu'au port",
               "Les travaux de la nouvelle branche commenceront en septembre et dureront deux ans, selon la "
               "métropole.")]
    page = ("MEDIENSPIEGEL\nKunde: Verkehrsverbund Nord          Berichtsdatum: 20.05.2026\nZeitraum: 18.05.2026 - 20.05.2026\n"
            "Treffer: 3\n\n" + "".join(f"Quelle:     {o}\nDatum:      {d}\nSeite:      4\nAuflage:    81.000\n"
                                        f"Suchbegriff: Verkehr\n\n{t}\nAnna Berg\nWirtschaftsredakteurin\n\n{x}\n\n"
                                        for o, d, t, x in blocks))
    p = _parse(page)
    assert _items(p) == [
        ("Stadtwerke erhöhen die Fernwärmepreise", D(2026, 5, 19), "Kieler Nachrichten"),
        ("Harbour bridge to close for repairs", D(2026, 5, 18), "The Irish Times"),
        ("Le tramway de Brest prolongé jusqu'au port", D(2026, 5, 18), "Le Télégramme")]
    assert [s.paras[0][:20] for s in p.stories] == ["Die Stadtwerke Kiel ", "The bridge will be s", "Les travaux de la no"]


def test_a_site_in_parentheses_after_the_headline_is_the_outlet_without_the_comment_count():
    # a link aggregator's section: 'Headline (site) comments' over the story's text; none of the
    # sites is in the outlet list, and one line has no count
    p = _parse("Tech News\n\nLatest stories\n\n"
               "Solar Farm Floats on a Flooded Quarry in Bavaria (pv-magazine.de) 212\n\n"
               "A 15-megawatt floating array now covers most of a former gravel pit near Landshut, and its "
               "owner says the water keeps the panels cool enough to add about five percent to their output.\n\n"
               "Open-Source Router Firmware Adds Support for Wi-Fi 7 (lwn.net) 48\n\n"
               "The project's latest release runs on a dozen new devices and drops support for routers with "
               "less than 64 MB of memory, its maintainers wrote in the announcement.\n\n"
               "Dutch Court Rules Delivery Riders Are Employees (nltimes.nl)\n\n"
               "The appeals court in Amsterdam said the platform controls pay and schedules, so its couriers "
               "are entitled to the sector's collective agreement.\n")
    assert _items(p) == [("Solar Farm Floats on a Flooded Quarry in Bavaria", None, "pv-magazine.de"),
                         ("Open-Source Router Firmware Adds Support for Wi-Fi 7", None, "lwn.net"),
                         ("Dutch Court Rules Delivery Riders Are Employees", None, "nltimes.nl")]


def test_a_submitter_line_under_the_headline_names_the_site_and_is_no_part_of_the_title():
    # a social news front page in German and one in Italian: 'von user auf site' / 'da user su site'
    # under each headline (lowercase, it was joined to the headline as its wrapped end)
    de = "".join(f"{votes}\nStimmen\n{t}\nvon {u} auf {site}\neingereicht: vor 3 Std.\n{x}\n\n" for votes, t, u, site, x in [
        (311, "Bahn streicht Nachtzug nach Wien", "gleis_9", "derstandard.at",
         "Die Verbindung wird ab Dezember eingestellt, weil die Wagen nicht mehr zugelassen sind."),
        (207, "Stadt Leipzig testet Tempo 30 auf Hauptstraßen", "radler_le", "lvz.de",
         "Der Versuch läuft ein Jahr lang auf vier Straßen im Zentrum und wird vom Umweltamt begleitet."),
        (150, "Neue Brücke über die Elbe eröffnet", "elbkind", "mdr.de",
         "Nach vier Jahren Bauzeit können Radfahrer und Fußgänger die Brücke in Dresden nutzen.")])
    assert [(s.title, s.source) for s in _parse(de).stories] == [
        ("Bahn streicht Nachtzug nach Wien", "derstandard.at"),
        ("Stadt Leipzig testet Tempo 30 auf Hauptstraßen", "lvz.de"),
        ("Neue Brücke über die Elbe eröffnet", "mdr.de")]
    it = de.replace("Stimmen", "voti").replace(" auf ", " su ").replace("von ", "da ")
    assert [s.source for s in _parse(it).stories] == ["derstandard.at", "lvz.de", "mdr.de"]


def test_a_scripts_slug_with_its_source_on_the_same_line_is_the_title_and_the_timings_are_no_items():
    # a German radio rundown: 'SLUG    Quelle:  Outlet' over the read text, then its timing lines;
    # one source is no outlet ('eigene Recherche') and is no title either
    rows = [("HOCHWASSER", "Quelle:  NDR", "An der Elbe bei Lauenburg steigt der Pegel weiter, die Stadt hat "
             "Sandsäcke an die Anwohner verteilt."),
            ("TARIFSTREIT", "Quelle:  dpa", "Die Gewerkschaft ruft für Donnerstag erneut zu Warnstreiks im "
             "öffentlichen Nahverkehr auf."),
            ("SCHULGARTEN", "Quelle:  eigene Recherche", "Eine Grundschule in Wedel hat auf ihrem Dach einen "
             "Gemüsegarten angelegt, den die Kinder selbst pflegen."),
            ("FUSSBALL", "Quelle:  Hamburger Abendblatt", "Der HSV muss am Samstag ohne seinen Kapitän auskommen, "
             "der sich im Training verletzt hat.")]
    page = "Nachrichten um 12\n\n[Dauer: 05s]\n\n" + "".join(
        f"{slug}      {src}\n\n{text}\n\nDauer: 0:2{k}s\n\n[Laufzeit: 0:4{k}s]\n\n\n" for k, (slug, src, text) in enumerate(rows))
    p = _parse(page)
    assert [(s.title, s.source) for s in p.stories] == [
        ("HOCHWASSER", "NDR"), ("TARIFSTREIT", "dpa"), ("SCHULGARTEN", ""), ("FUSSBALL", "Hamburger Abendblatt")]
    assert all(len(s.paras) == 1 for s in p.stories)   # the timing lines are in no item
    # the English form: 'Source:' and 'Time:' / '[Running:]'
    en = page.replace("Quelle:  eigene Recherche", "Source:  own reporting").replace("Quelle:", "Source:") \
        .replace("Dauer:", "Time:").replace("Laufzeit:", "Running:")
    assert [s.source for s in _parse(en).stories] == ["NDR", "dpa", "", "Hamburger Abendblatt"]


def test_a_publishers_logo_glued_to_the_teaser_names_the_outlet_and_leaves_the_text():
    # a feed reader's reading view: 'Logo NAME' (the logo's alt text) glued to the teaser's first
    # word; French and German feeds
    p = _parse("Accueil\n\nVue lecture\n\n"
               "Grève à la SNCF : un TGV sur deux jeudi\n"
               "Logo LE MONDELa direction prévoit un trafic très perturbé sur les lignes du Sud-Est, où les "
               "contrôleurs sont les plus mobilisés.\n\n  •  \n\n"
               "Neue Sprinterzüge zwischen Berlin und München\n"
               "Logo DER SPIEGELAb Dezember fahren zusätzliche Züge ohne Halt zwischen Berlin und München, "
               "die Fahrzeit sinkt auf knapp vier Stunden.\n\n  •  \n\n"
               "Le prix de l'électricité baissera en février\n"
               "Logo LE MONDELe tarif réglementé reculera de près de quinze pour cent, a confirmé la commission "
               "de régulation.\n")
    assert [(s.title, s.source) for s in p.stories] == [
        ("Grève à la SNCF : un TGV sur deux jeudi", "Le Monde"),
        ("Neue Sprinterzüge zwischen Berlin und München", "Der Spiegel"),
        ("Le prix de l'électricité baissera en février", "Le Monde")]
    assert [s.paras[0].split()[0] for s in p.stories] == ["La", "Ab", "Le"]


def test_a_release_line_under_the_headline_dates_the_item_and_is_no_title():
    # a company newsroom in German: the kind of release, then its date and time with a time zone,
    # under each headline; above them the site's menu, cookie banner and filters
    rel = [("Stadtwerke bauen Wärmespeicher in Kassel", "Pressemitteilung · 14.05.2026, 09:15 MEZ",
            "Der Speicher fasst 30.000 Kubikmeter Wasser und soll ab 2028 das Fernwärmenetz entlasten."),
           ("Stadtwerke AG: Vorstand verlängert Vertrag des Finanzchefs", "Ad-hoc-Mitteilung · 12.05.2026, 18:02 MEZ",
            "Der Aufsichtsrat hat den Vertrag von Finanzvorständin Petra Lang um fünf Jahre verlängert."),
           ("Neue Ladesäulen an allen Schwimmbädern", "Meldung · 7.05.2026, 11:40 MEZ",
            "Bis zum Sommer werden an acht Bädern insgesamt 40 Ladepunkte für Elektroautos aufgebaut.")]
    page = ("Zum Inhalt springen\nStadtwerke\nUnternehmen   Karriere   Presse   Kontakt   DE | EN\n\n"
            "Wir verwenden Cookies, um Ihnen die bestmögliche Nutzung unserer Website zu ermöglichen.\n"
            "Alle akzeptieren   Einstellungen\n\nPresse\n\nFilter: Alle  |  Pressemitteilungen  |  Meldungen\n\n"
            + "".join(f"{t}\n{r}\n{x}\nWeiterlesen\n\n" for t, r, x in rel) + "Mehr laden\n")
    p = _parse(page)
    assert _items(p) == [("Stadtwerke bauen Wärmespeicher in Kassel", D(2026, 5, 14), ""),
                         ("Stadtwerke AG: Vorstand verlängert Vertrag des Finanzchefs", D(2026, 5, 12), ""),
                         ("Neue Ladesäulen an allen Schwimmbädern", D(2026, 5, 7), "")]
    # an Italian agency's list: 'Comunicato stampa – 5 maggio 2026' under the headlines
    it = "".join(f"{t}\nComunicato stampa – {d} maggio 2026\n{x}\n\n" for t, d, x in [
        ("Nuova linea del tram a Bergamo", 18, "I lavori partiranno a settembre e dureranno due anni."),
        ("Aumentano i passeggeri dei treni regionali", 15, "Nel primo trimestre i viaggiatori sono cresciuti del 6 per cento."),
        ("Chiusa per lavori la stazione di Lecco", 11, "I treni saranno sostituiti da autobus per tre fine settimana.")])
    assert [(s.title, s.date) for s in _parse(it).stories] == [
        ("Nuova linea del tram a Bergamo", D(2026, 5, 18)), ("Aumentano i passeggeri dei treni regionali", D(2026, 5, 15)),
        ("Chiusa per lavori la stazione di Lecco", D(2026, 5, 11))]


def test_a_date_first_reference_line_above_the_headline_dates_the_item_and_is_no_title():
    # a parliament's news service in French: the date, the kind and the bulletin's number above
    # each headline; the same shape in English with dashes
    fr = "Actualités du Sénat\n\n" + "".join(f"{d} mai 2026 | Communiqué | Réf. 26-{n}\n\n{t}\n\n{x}\n\n" for d, n, t, x in [
        (19, 114, "La commission des finances adopte le projet de loi rectificative",
         "Paris : Les sénateurs ont adopté le texte par 21 voix contre 9, après trois heures de débat."),
        (18, 113, "Audition du ministre de l'Agriculture sur les prix du lait",
         "Paris : Le ministre a défendu le nouvel accord entre producteurs et laiteries."),
        (15, 110, "Rapport sur l'état des routes départementales",
         "Paris : Un tiers des ponts gérés par les départements nécessiteraient des travaux.")])
    assert [(s.title, s.date) for s in _parse(fr).stories] == [
        ("La commission des finances adopte le projet de loi rectificative", D(2026, 5, 19)),
        ("Audition du ministre de l'Agriculture sur les prix du lait", D(2026, 5, 18)),
        ("Rapport sur l'état des routes départementales", D(2026, 5, 15))]
    en = "".join(f"{d}/05/2026 Parliament news — {k} — No. {n}/2026\n\n{t}\n\n{x}\n\n" for d, k, n, t, x in [
        (19, "Answer", 163, "Asylum applications fell in April", "London: The Home Office received fewer first applications."),
        (18, "Committee", 162, "Experts split over rent controls", "London: The hearing of the housing committee ran for four hours."),
        (14, "Report", 158, "Army reports shortages of spare parts", "London: The annual report lists gaps in several units.")])
    assert [(s.title, s.date) for s in _parse(en).stories] == [
        ("Asylum applications fell in April", D(2026, 5, 19)), ("Experts split over rent controls", D(2026, 5, 18)),
        ("Army reports shortages of spare parts", D(2026, 5, 14))]


def test_counters_by_each_item_are_neither_items_nor_titles():
    # a link-voting site in German: 'N Stimmen' / 'N Klicks' over each headline; in English 'N points'
    rows = [(412, 3861, "Stadt Freiburg beschließt autofreie Innenstadt", "Ab 2028 dürfen nur noch Busse und Lieferwagen "
             "in die Altstadt fahren, beschloss der Gemeinderat mit großer Mehrheit."),
            (287, 2410, "Rhein erreicht niedrigsten Pegel seit zehn Jahren", "Die Frachtschiffe können bei Kaub nur noch "
             "ein Drittel ihrer Ladung mitnehmen, melden die Reedereien."),
            (198, 1702, "Neues Gesetz soll Mieter vor Eigenbedarf schützen", "Der Entwurf sieht längere Fristen vor, "
             "bevor Vermieter eine Wohnung für die eigene Familie kündigen dürfen.")]
    de = "".join(f"{v}\nStimmen\n{c} Klicks\n{t}\n{x}\n\n" for v, c, t, x in rows)
    assert [s.title for s in _parse(de).stories] == [t for _, _, t, _ in rows]
    en = "".join(f"{v} points\n{t}\n{x}\n\n" for v, _, t, x in rows)
    assert [s.title for s in _parse(en).stories] == [t for _, _, t, _ in rows]
    # a show's rating with its count at the page's top (German, English) is no item either
    for rating in ("4,7 · 812 Bewertungen", "4.8 ★ (12,345 ratings)"):
        show = f"Der Morgen\nRadio Nord\n{rating}\n\n" + "".join(f"{t}\n\n{x}\n\n" for _, _, t, x in rows)
        assert [s.title for s in _parse(show).stories] == [t for _, _, t, _ in rows]


def test_a_clippings_licence_line_is_no_part_of_its_text():
    # the licence line a clipping service prints under each clipping, in English and German
    for licence in ("Material reproduced under licence from a press agency. No further copies may be made.",
                    "Nachdruck nur mit Genehmigung des Verlags."):
        page = "".join(f"{t}\n\n{x}\n\n{licence}\n\n" for t, x in [
            ("Harbour bridge to close for repairs", "The bridge will be shut for six weeks while engineers work."),
            ("Council approves new cycle lanes", "Work on the first two routes starts in June, the council said."),
            ("Bus fares frozen for another year", "The mayor said the freeze would cost the city four million.")])
        p = _parse(page)
        assert [s.paras for s in p.stories] == [[x] for x in (
            "The bridge will be shut for six weeks while engineers work.",
            "Work on the first two routes starts in June, the council said.",
            "The mayor said the freeze would cost the city four million.")]


_TEXT_PAGES = [("INLAND", "Bundesrat billigt Rentenpaket", "Die Länderkammer hat dem Gesetz am Freitag zugestimmt. "
                "Das Rentenniveau bleibt damit bis 2031 bei 48 Prozent."),
               ("AUSLAND", "Waffenruhe in Gaza verlängert", "Beide Seiten haben sich auf weitere zehn Tage "
                "geeinigt, teilten die Vermittler in Kairo mit."),
               ("WIRTSCHAFT", "Inflation sinkt auf 2,1 Prozent", "Vor allem Energie war im Mai billiger als ein "
                "Jahr zuvor, meldet das Statistische Bundesamt."),
               ("SPORT", "Leverkusen verpflichtet Torwart aus Bern", "Der 24-Jährige unterschreibt einen Vertrag "
                "bis 2030, die Ablöse soll bei sechs Millionen Euro liegen.")]


def test_teletext_pages_index_navigation_and_section_labels():
    # a teletext service's text version (German): an index page repeating every headline with its
    # page number, then one page per story with a section label in capitals over the headline
    # and a row of page names and numbers under the text
    index = "".join(f" {t:<40}{n}\n" for n, (_, t, _) in enumerate(_TEXT_PAGES, 110))
    pages = "".join(f" {n} ARD Text   19.05.26  07:1{k}:05\n {lab}\n {t}\n\n {x}\n Übersicht 100   Nachrichten 101   "
                    f"{lab.capitalize()} {n + 20}\n\n" for k, (n, (lab, t, x)) in enumerate(enumerate(_TEXT_PAGES, 110)))
    p = _parse(f" 101 ARD Text   19.05.26  07:10:01\n NACHRICHTEN\n{index} Übersicht 100   Wetter 170   Sport 200\n\n{pages}")
    assert _items(p) == [(t, D(2026, 5, 19), "") for _, t, _ in _TEXT_PAGES]
    assert [s.labels for s in p.stories] == [["Inland"], ["Ausland"], ["Wirtschaft"], ["Sport"]]
    assert all(len(s.paras) == 1 for s in p.stories)   # the navigation rows are in no text
    # a printed report's contents with dotted leaders to page numbers (English)
    toc = "Contents\n" + "".join(f"{t} ........ {n}\n" for n, t in
                                 enumerate(["Port of Dover reopens after storm", "Council approves new cycle lanes",
                                            "Bus fares frozen for another year"], 2))
    body = "".join(f"\n{t}\n\n{x}\n" for t, x in [
        ("Port of Dover reopens after storm", "Ferries resumed at noon after two days of gales in the Channel."),
        ("Council approves new cycle lanes", "Work on the first two routes starts in June, the council said."),
        ("Bus fares frozen for another year", "The mayor said the freeze would cost the city four million.")])
    assert [s.title for s in _parse(toc + body).stories] == [
        "Port of Dover reopens after storm", "Council approves new cycle lanes", "Bus fares frozen for another year"]


def test_labels_glued_to_the_end_of_a_summary_are_the_items_labels_not_its_text():
    # a link-voting site in Italian ('| argomenti: a , b') and a feed reader in English ('· Tags: a, b')
    rows = [("Nuova linea del tram a Bergamo", "I lavori partiranno a settembre e dureranno due anni.", "trasporti , bergamo"),
            ("Aumentano i passeggeri dei treni regionali", "Nel primo trimestre i viaggiatori sono cresciuti del 6 per cento.",
             "treni , pendolari"),
            ("Chiusa per lavori la stazione di Lecco", "I treni saranno sostituiti da autobus per tre fine settimana.",
             "lecco , cantieri")]
    it = "".join(f"{t}\n{x} | argomenti: {l}\n\n" for t, x, l in rows)
    p = _parse(it)
    assert [s.labels for s in p.stories] == [["trasporti", "bergamo"], ["treni", "pendolari"], ["lecco", "cantieri"]]
    assert [s.paras for s in p.stories] == [[x] for _, x, _ in rows]
    en = it.replace(" | argomenti: ", " · Tags: ")
    assert [s.labels for s in _parse(en).stories] == [["trasporti", "bergamo"], ["treni", "pendolari"], ["lecco", "cantieri"]]


def test_a_topic_word_glued_under_the_previous_text_is_the_next_items_label():
    # a tech site's topic view: each story's topic word is printed right under the previous
    # story's text (no blank line), then a blank line and the next headline (English, German)
    rows = [("Energy", "Floating Solar Farm Opens on Flooded Quarry (pv-magazine.de) 212",
             "A 15-megawatt array now covers most of a former gravel pit near Landshut."),
            ("Open Source", "Router Firmware Adds Support for Wi-Fi 7 (lwn.net) 48",
             "The release runs on a dozen new devices, its maintainers wrote."),
            ("Courts", "Dutch Court Rules Delivery Riders Are Employees (nltimes.nl) 97",
             "The appeals court in Amsterdam said the platform controls pay and schedules."),
            ("AI", "Chatbot Maker Told To Stop Processing Users' Data (reuters.com) 31",
             "The regulator said the company's answers were insufficient.")]
    page = "Tech News\n\n" + "".join(f"{topic}\n\n{head}\n\n{text}\n" for topic, head, text in rows)
    p = _parse(page)
    assert [(s.title, s.labels) for s in p.stories] == [
        ("Floating Solar Farm Opens on Flooded Quarry", ["Energy"]), ("Router Firmware Adds Support for Wi-Fi 7", ["Open Source"]),
        ("Dutch Court Rules Delivery Riders Are Employees", ["Courts"]),
        ("Chatbot Maker Told To Stop Processing Users' Data", ["AI"])]
    de = page.replace("Energy\n", "Energie\n").replace("Open Source\n", "Netzpolitik\n").replace("Courts\n", "Justiz\n")
    assert [s.labels for s in _parse(de).stories] == [["Energie"], ["Netzpolitik"], ["Justiz"], ["AI"]]
