"""The kinds of layout the fifth held-out set showed (tests/fixtures/ingest_heldout5), on pages
written for these tests in other languages, outlets and wording than the fixtures: what a reader
of each item expects as its title, date and outlet, that page furniture is no item, and that no
item is lost or merged. All in process (run.parse): no files, no build."""
from __future__ import annotations

import datetime as dt

from ingest_kinds import items as _items, parser

D = dt.date
CAPTURED = D(2026, 2, 12)   # a Thursday
_parse = parser(CAPTURED)


def test_a_chat_export_gives_one_item_per_shared_link_dated_by_its_message():
    # iOS export in German: '[dd.mm.yy, hh:mm:ss] Name: text'; 13.02 would be impossible month-first,
    # so the order is day first; the system line, a sticker and the replies are no items
    p = _parse("[09.02.26, 07:31:02] Familie News: ‎Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt.\n"
               "[09.02.26, 07:40:15] Jonas Keller: Bundestag beschließt Mietpreisbremse bis 2029 – tagesschau.de\n"
               "https://www.tagesschau.de/inland/mietpreisbremse-verlaengert-100.html\n"
               "Kurz: Die Regel gilt in angespannten Wohnungsmärkten weiter, der Bundesrat muss noch zustimmen.\n"
               "[09.02.26, 07:44:51] Anna Keller: 👍\n"
               "[10.02.26, 18:02:40] Anna Keller: Streik legt Flughafen Hamburg lahm | NDR.de - Nachrichten - Hamburg\n"
               "https://www.ndr.de/nachrichten/hamburg/flughafen-streik-hamburg,flughafen1234.html\n"
               "Kurz: Alle Abflüge fallen aus, Verdi fordert mehr Lohn für das Bodenpersonal.\n"
               "[10.02.26, 18:05:09] Jonas Keller: danke!\n"
               "[11.02.26, 06:58:33] Jonas Keller: Bahn senkt Preise für Sparpreise im Fernverkehr - DER SPIEGEL\n"
               "https://www.spiegel.de/wirtschaft/bahn-sparpreise-a-1234.html\n"
               "Kurz: Ab März kosten die günstigsten Tickets wieder 17,99 Euro, die Bahncard bleibt teurer.\n")
    assert [(t, d) for t, d, _ in _items(p)] == [
        ("Bundestag beschließt Mietpreisbremse bis 2029", D(2026, 2, 9)),
        ("Streik legt Flughafen Hamburg lahm", D(2026, 2, 10)),
        ("Bahn senkt Preise für Sparpreise im Fernverkehr", D(2026, 2, 11))]
    assert [s.source for s in p.stories] == ["tagesschau.de", "NDR.de", "DER SPIEGEL"]
    assert p.stories[0].paras[0].startswith("Die Regel gilt")
    assert not any("danke" in para or "verschlüsselt" in para for s in p.stories for para in s.paras)


def test_a_chat_channel_dates_each_shared_link_by_its_day_divider():
    # Slack: dividers ('Tuesday, February 10th', 'Yesterday', 'Today') date the messages under them
    # against the capture day; each unfurl gives site name, title and description
    p = _parse("# energy-watch\n12 members   Topic: links for the Monday briefing\n\n"
               "Tuesday, February 10th\n\n"
               "Lena Fischer  4:02 PM\nworth a read before the board meeting\n"
               "https://www.ft.com/content/uk-grid-connection-queue\nFinancial Times\n"
               "Britain clears 400 projects from the grid connection queue\n"
               "The regulator approved a plan that lets ready projects jump ahead of speculative ones, "
               "cutting waiting times for wind and solar farms by years.\n😮 3\n\n"
               "Yesterday\n\nOmar Haddad  9:20 AM\n"
               "https://www.politico.eu/article/poland-coal-phase-out-date/\nPOLITICO\n"
               "Poland sets 2049 as the end date for coal mining\n"
               "The government and the miners' unions signed an agreement that closes the last mines in 2049, "
               "with early retirement for workers over 50.\n2 replies  Last reply today at 10:01 AM\n"
               "Lena Fischer  9:31 AM\nthat's later than Germany\n\n"
               "Today\n\nOmar Haddad  8:05 AM\n"
               "https://www.reuters.com/business/energy/norway-gas-output-record/\nReuters\n"
               "Norway's gas output hits a record in January\n"
               "Production from Norwegian fields rose 4% from a year earlier as Troll and Aasta Hansteen ran "
               "at full capacity, the petroleum directorate said.\n")
    assert _items(p) == [
        ("Britain clears 400 projects from the grid connection queue", D(2026, 2, 10), "Financial Times"),
        ("Poland sets 2049 as the end date for coal mining", D(2026, 2, 11), "POLITICO"),
        ("Norway's gas output hits a record in January", D(2026, 2, 12), "Reuters")]
    assert not any("later than Germany" in para or "replies" in para for s in p.stories for para in s.paras)


def test_a_database_table_takes_its_titles_from_the_page_name_column():
    # an Italian Notion export: 'Nome' is the page's name (the title), 'Sintesi' is no known text
    # header, 'Stato' a status; the date, outlet and labels come from their columns
    p = _parse("# Rassegna stampa — trasporti\n\n"
               "| Nome | Data | Testata | Tags | Sintesi | Stato |\n| --- | --- | --- | --- | --- | --- |\n"
               "| Sciopero dei treni venerdì in tutta Italia | 4 febbraio 2026 | Corriere della Sera | Treni, Sciopero | "
               "I sindacati di base hanno proclamato 24 ore di stop dalle 21 di giovedì, con fasce di garanzia per i pendolari. | Letto |\n"
               "| Ponte sullo Stretto, via libera al progetto esecutivo | 6 febbraio 2026 | Il Sole 24 Ore | Infrastrutture | "
               "Il comitato interministeriale ha approvato il progetto, ma i lavori dipendono ancora dalla Corte dei conti. | Da leggere |\n"
               "| Autostrade, pedaggi bloccati fino a giugno | 9 febbraio 2026 | la Repubblica | Autostrade, Pedaggi | "
               "Il governo e i concessionari hanno firmato l'accordo che rinvia gli aumenti previsti a gennaio. | Letto |\n")
    assert _items(p) == [("Sciopero dei treni venerdì in tutta Italia", D(2026, 2, 4), "Corriere della Sera"),
                         ("Ponte sullo Stretto, via libera al progetto esecutivo", D(2026, 2, 6), "Il Sole 24 Ore"),
                         ("Autostrade, pedaggi bloccati fino a giugno", D(2026, 2, 9), "la Repubblica")]
    assert p.stories[0].labels == ["Treni", "Sciopero"]
    assert p.stories[1].paras[0].startswith("Il comitato interministeriale")


def test_a_ticker_time_or_label_glued_to_a_headline_is_not_part_of_its_title():
    # an Italian ticker: the time after the headline with 'alle' or bare, the teaser on the next
    # line; a label glued to the first word ('UrgenteSciopero')
    p = _parse("Ultime notizie\n\n"
               "UrgenteSciopero dei medici, a rischio 30mila interventi alle 9:05\n"
               "I sindacati confermano la protesta contro la manovra: garantite solo le urgenze e i reparti di oncologia.\n\n"
               "Legge elettorale, la maggioranza deposita il testo in Senato 11:42\n"
               "Il nuovo sistema prevede un premio di governabilità per la coalizione che supera il 40 per cento dei voti.\n\n"
               "Maltempo in Liguria, chiuse le scuole a Genova e Savona alle 13:10\n"
               "La protezione civile ha diramato l'allerta rossa per piogge intense fino alla mezzanotte di domani.\n")
    assert [s.title for s in p.stories] == ["Sciopero dei medici, a rischio 30mila interventi",
                                            "Legge elettorale, la maggioranza deposita il testo in Senato",
                                            "Maltempo in Liguria, chiuse le scuole a Genova e Savona"]
    assert [s.date for s in p.stories] == [None, None, None]   # times of day are no dates


def test_an_author_key_under_a_headline_is_no_title_and_see_more_lines_are_labels():
    # a German reading list: 'Outlet: Headline' / 'Autorin: …' / quoted excerpt / 'Mehr zu A; B'
    p = _parse("Lesetipps der Woche\n\nAusgewählte Analysen aus Presse und Forschung.\n\n"
               "Süddeutsche Zeitung: Warum die Pflegeversicherung schon wieder Geld braucht\n\n"
               "Autorin: Jana Weber\n\n"
               "„Die Beiträge steigen zum dritten Mal in vier Jahren, doch die Lücke wächst schneller als die Einnahmen. "
               "Ohne eine Reform der Finanzierung zahlen Pflegebedürftige bald die Hälfte ihrer Heimkosten selbst.“\n\n"
               "Mehr zu Pflege; Sozialpolitik\n\n"
               "Handelsblatt: Wie Wasserstoff aus Norwegen nach Duisburg kommen soll\n\n"
               "Autoren: Klaus Stratmann und Silke Kersting\n\n"
               "„Die geplante Pipeline würde ab 2030 ein Fünftel des Bedarfs der Stahlindustrie decken. "
               "Noch fehlt aber die Zusage, wer die Kosten trägt, wenn der Bedarf kleiner ausfällt.“\n\n"
               "Mehr zu Energie; Industrie\n\n"
               "Die Zeit: Was die Grundsteuer in den Städten verändert\n\n"
               "Autor: Mark Schieritz\n\n"
               "„In vielen Städten zahlen Mieter in Altbauten künftig mehr, Eigentümer am Stadtrand weniger. "
               "Die Kommunen wollen die Hebesätze erst im Herbst festlegen, wenn die neuen Messbescheide vorliegen.“\n\n"
               "Mehr zu Steuern; Kommunen\n")
    assert [(s.title, s.source) for s in p.stories] == [
        ("Warum die Pflegeversicherung schon wieder Geld braucht", "Süddeutsche Zeitung"),
        ("Wie Wasserstoff aus Norwegen nach Duisburg kommen soll", "Handelsblatt"),
        ("Was die Grundsteuer in den Städten verändert", "Die Zeit")]
    assert p.stories[1].labels == ["Energie", "Industrie"]
    assert not any("Autor" in para for s in p.stories for para in s.paras)


def test_a_byline_with_agency_and_read_time_is_the_items_outlet_and_date():
    # a topic page of wire copy: each headline printed twice, with 'Name, Agency N min read' under it
    # (the second time with the date), then the story
    p = _parse("Environment\n\n"
               "Dutch court orders Shell to cut emissions faster\n\nMaria Rossi, Reuters 4 minute read Preview\n\n"
               "Dutch court orders Shell to cut emissions faster\n\nMaria Rossi, Reuters 4 minute read Friday, Feb. 6, 2026\n\n"
               "THE HAGUE — An appeals court said the company must cut the emissions of the fuels it sells by 45% by 2035, "
               "going further than the first ruling.\n\nShell said it would take the case to the Supreme Court.\n\n"
               "Alaska approves a second oil project on the North Slope\n\nDan Joling, The Associated Press 3 minute read Preview\n\n"
               "Alaska approves a second oil project on the North Slope\n\n"
               "Dan Joling, The Associated Press 3 minute read Thursday, Feb. 5, 2026\n\n"
               "ANCHORAGE, Alaska (AP) — State regulators approved drilling at a site west of Prudhoe Bay, where the "
               "operator expects 80,000 barrels a day by 2030.\n\n"
               "Chile declares a drought emergency in its capital region\n\nEva Vergara, The Associated Press 2 minute read Preview\n\n"
               "Chile declares a drought emergency in its capital region\n\n"
               "Eva Vergara, The Associated Press 2 minute read Wednesday, Feb. 4, 2026\n\n"
               "SANTIAGO, Chile (AP) — The government will truck water to 40 towns after the driest January on record "
               "left reservoirs at a third of their capacity.\n")
    assert _items(p) == [("Dutch court orders Shell to cut emissions faster", D(2026, 2, 6), "Reuters"),
                         ("Alaska approves a second oil project on the North Slope", D(2026, 2, 5), "The Associated Press"),
                         ("Chile declares a drought emergency in its capital region", D(2026, 2, 4), "The Associated Press")]


def test_an_author_or_channel_name_between_headline_and_text_is_no_title():
    # a Spanish edition page: section word, headline, author's name, dek; and a video channel's name
    p = _parse("Edición impresa del 10.02.2026\n\n"
               "Internacional\n\nEl Parlamento de Portugal aprueba el presupuesto tras semanas de bloqueo\n\n"
               "Lucía Gómez\n\nLos socialistas se abstuvieron a cambio de subir las pensiones más bajas y rebajar el IVA "
               "de la electricidad, lo que evita elecciones anticipadas en primavera\n\n"
               "Economía\n\nLas ventas de coches eléctricos se duplican en enero\n\n"
               "Pablo Ruiz Serrano\n\nLas ayudas del plan Moves y la llegada de modelos más baratos empujan las matriculaciones, "
               "aunque la red de recarga sigue sin llegar a muchas provincias del interior\n\n"
               "Cultura\n\nEl Prado recupera un retrato de Goya dado por perdido\n\n"
               "Ana Beltrán\n\nLa obra apareció en una colección privada de Burdeos y será expuesta desde marzo tras "
               "dos años de restauración en los talleres del museo\n")
    assert [s.title for s in p.stories] == ["El Parlamento de Portugal aprueba el presupuesto tras semanas de bloqueo",
                                            "Las ventas de coches eléctricos se duplican en enero",
                                            "El Prado recupera un retrato de Goya dado por perdido"]
    assert [s.date for s in p.stories] == [D(2026, 2, 10)] * 3
    assert not any(s.source for s in p.stories)   # authors are no outlets


def test_a_year_page_dates_its_day_bullets_with_the_year_of_its_title():
    # a French year page: the year only in the page's title, each bullet a day and a month
    p = _parse("2023 en France\n"
               "Cette page recense les événements de l'année 2023 en France.\n"
               "Janvier\n"
               "- 19 janvier – Plus d'un million de personnes manifestent contre la réforme des retraites dans toute la France.\n"
               "- 31 janvier – Une deuxième journée de grève paralyse les transports publics et les écoles du pays.\n"
               "Mars\n"
               "- 16 mars – Le gouvernement engage sa responsabilité sur la réforme des retraites avec l'article 49.3.\n")
    assert [s.date for s in p.stories] == [D(2023, 1, 19), D(2023, 1, 31), D(2023, 3, 16)]
    assert {s.date_basis for s in p.stories} == {"derived"}   # the year is the page's, not a guess


def test_names_before_every_headline_of_a_page_are_its_outlets_when_one_is_listed():
    # an Italian reading list: 'Testata: Titolo' where only the first name is a listed outlet; the
    # page puts a name there before every headline, so the others are outlets too
    p = _parse("Letture consigliate\n\n"
               "Il Sole 24 Ore: Perché i salari italiani sono fermi da trent'anni\n\n"
               "Di Luca Ricolfi\n\nLa produttività ristagna dagli anni Novanta e i contratti nazionali si rinnovano "
               "in ritardo, così i redditi reali restano sotto il livello del 1991 nonostante la ripresa dell'occupazione.\n\n"
               "Lavoce.info: Quanto costa davvero il superbonus alle casse dello Stato\n\n"
               "Di Roberto Perotti\n\nIl conto finale supera i 160 miliardi di euro, e gran parte dei lavori sarebbe stata "
               "fatta comunque: l'effetto sulla crescita è stato più piccolo di quanto promesso.\n\n"
               "Pagella Politica: Le promesse sulle pensioni alla prova dei numeri\n\n"
               "Di Giovanni Zagni\n\nQuota 103 è costata meno del previsto perché pochi l'hanno chiesta, ma le uscite "
               "anticipate pesano ancora sul bilancio dell'Inps per i prossimi dieci anni.\n")
    assert [(s.title, s.source) for s in p.stories] == [
        ("Perché i salari italiani sono fermi da trent'anni", "Il Sole 24 Ore"),
        ("Quanto costa davvero il superbonus alle casse dello Stato", "Lavoce.info"),
        ("Le promesse sulle pensioni alla prova dei numeri", "Pagella Politica")]


def test_a_numbered_newsletter_item_runs_from_its_headline_to_the_next():
    # a French morning newsletter: dated byline, greeting, '1 sujet du jour : …', then '2.' … with
    # bullets and lead-ins ('Pourquoi c'est important :') inside each item
    p = _parse("Le Brief du matin\n\nPar Claire Dupont · 12 févr. 2026\n\nBonjour à toutes et à tous. Voici l'essentiel.\n\n"
               "1 sujet du jour : La SNCF annonce une grève pour les vacances d'hiver\n\n"
               "Les contrôleurs ont déposé un préavis pour le premier week-end des vacances, au moment où quatre millions de voyageurs sont attendus.\n\n"
               "  • La direction propose une prime de 300 euros.\n  • Les syndicats demandent une hausse des salaires.\n\n"
               "Pourquoi c'est important : le gouvernement veut éviter une nouvelle grève avant les municipales.\n\n"
               "2. Le Sénat adopte la loi sur l'eau\n\n"
               "Les sénateurs ont voté la hausse des redevances pour les gros consommateurs agricoles et industriels.\n\n"
               "  • Le texte revient à l'Assemblée en mars.\n\n"
               "La suite : les agriculteurs ont promis de manifester devant les préfectures.\n\n"
               "3. Airbus livre moins d'avions que prévu\n\n"
               "Le constructeur a livré 38 appareils en janvier, contre 50 attendus, à cause de retards chez les motoristes.\n\n"
               "  • L'action a perdu 3 % à l'ouverture.\n\n"
               "Merci de votre lecture. À demain !\n")
    assert [(s.title, s.date) for s in p.stories] == [
        ("La SNCF annonce une grève pour les vacances d'hiver", D(2026, 2, 12)),
        ("Le Sénat adopte la loi sur l'eau", D(2026, 2, 12)),
        ("Airbus livre moins d'avions que prévu", D(2026, 2, 12))]
    assert "300 euros" in " ".join(p.stories[0].paras) and "municipales" in " ".join(p.stories[0].paras)


def test_a_year_pages_office_holders_and_headings_are_no_items():
    # an Italian year page: title, intro, the office holders (role – name), headings, day bullets
    p = _parse("2022 in Italia\n"
               "Questa pagina elenca gli avvenimenti dell'anno 2022 in Italia.\n"
               "Cariche\n"
               "- Presidente della Repubblica – Sergio Mattarella\n"
               "- Presidente del Consiglio – Mario Draghi\n"
               "- Presidente del Senato – Maria Elisabetta Alberti Casellati\n"
               "Eventi\n"
               "Gennaio\n"
               "- 29 gennaio – Il Parlamento rielegge Sergio Mattarella presidente della Repubblica all'ottavo scrutinio.\n"
               "Luglio\n"
               "- 21 luglio – Mario Draghi rassegna le dimissioni dopo che tre partiti della maggioranza non votano la fiducia.\n"
               "Settembre\n"
               "- 25 settembre – Le elezioni politiche vengono vinte dalla coalizione di centrodestra guidata da Giorgia Meloni.\n")
    assert [s.date for s in p.stories] == [D(2022, 1, 29), D(2022, 7, 21), D(2022, 9, 25)]
    assert any("Mario Draghi" in n and "furniture" in n for n in p.notes)   # dropped, and said so


def test_headlines_pasted_from_a_table_lose_the_cells_borders():
    # an Italian club site's news box: ' | Kicker: Headline |', '| teaser' and its closing '|' below
    p = _parse("Notizie\n | Titoli da ANSA |\n"
               " | Maltempo: allerta rossa in Toscana per piogge intense |\n"
               "| La protezione civile chiude le scuole a Firenze e Pisa, attesi fino a 150 millimetri di pioggia in dodici ore.\n|\n"
               " | Calcio: l'Italia batte la Germania e vola in semifinale |\n"
               "| Decide un gol di Retegui nel recupero, la squadra di Spalletti affronterà la Francia a Monaco giovedì sera.\n|\n"
               " | Fisco: slitta a luglio la scadenza del concordato preventivo |\n"
               "| Il governo concede due mesi in più alle partite Iva dopo le richieste dei commercialisti e delle associazioni.\n|\n")
    assert [s.title for s in p.stories] == ["Maltempo: allerta rossa in Toscana per piogge intense",
                                            "Calcio: l'Italia batte la Germania e vola in semifinale",
                                            "Fisco: slitta a luglio la scadenza del concordato preventivo"]
    assert [s.paras[0][:12] for s in p.stories] == ["La protezion", "Decide un go", "Il governo c"]


def test_a_threads_reply_counter_is_no_item_and_no_date():
    # a German forum list: '12 Antworten  Letzte Antwort vor 2 Tagen' under each thread's question
    p = _parse("Forum: Energie und Klima\n\n"
               "Wärmepumpe im Altbau – lohnt sich das noch?\n"
               "Unser Haus ist von 1962, die Gasheizung ist 25 Jahre alt. Der Installateur rät zur Wärmepumpe, "
               "der Energieberater zu einer Hybridlösung mit Gas.\n12 Antworten  Letzte Antwort vor 2 Tagen\n\n"
               "Balkonkraftwerk: Wie melde ich die Anlage richtig an?\n"
               "Seit der neuen Regel reicht die Eintragung im Marktstammdatenregister, aber mein Netzbetreiber "
               "verlangt trotzdem ein Formular per Post.\n4 Antworten  Letzte Antwort vor 5 Stunden\n\n"
               "Stromtarif mit dynamischem Preis – Erfahrungen?\n"
               "Wir überlegen, zu einem Tarif mit stündlichen Preisen zu wechseln, weil wir das Auto tagsüber laden "
               "können. Wer hat damit schon ein Jahr Erfahrung gesammelt?\n27 Antworten  Letzte Antwort vor 1 Tag\n")
    assert [(s.title, s.date) for s in p.stories] == [("Wärmepumpe im Altbau – lohnt sich das noch?", None),
                                                      ("Balkonkraftwerk: Wie melde ich die Anlage richtig an?", None),
                                                      ("Stromtarif mit dynamischem Preis – Erfahrungen?", None)]


def test_video_results_give_one_item_per_card_with_its_channel_and_relative_date():
    # German video search results: duration (or 'LIVE'), title, views and age, channel, snippet, badges
    p = _parse("Suchergebnisse für: Hochwasser\nFilter\n\n"
               "12:04\nHochwasser in Passau: Pegel steigt über neun Meter\n45.210 Aufrufe • vor 2 Tagen\n"
               "BR24\nDie Altstadt ist teilweise überflutet. Schulen bleiben geschlossen, die Feuerwehr pumpt Keller aus ...\nUntertitel\n\n"
               "LIVE\nLive gestreamt vor 3 Stunden\nDeiche an der Donau: Helfer arbeiten die ganze Nacht\n"
               "8.100 Aufrufe\nZDFheute Nachrichten\nIn Niederbayern verstärken Tausende Helfer die Deiche mit Sandsäcken. "
               "Der Regen soll erst am Abend nachlassen ...\nNeu\n\n"
               "6:37\nWie Städte sich gegen Starkregen wappnen\n120.000 Aufrufe • vor 5 Tagen\n"
               "Quarks\nVersickerungsflächen, Gründächer und größere Kanäle helfen. Was Kommunen tun können, "
               "damit Straßen nicht volllaufen ...\nUntertitel\n")
    assert _items(p) == [("Hochwasser in Passau: Pegel steigt über neun Meter", D(2026, 2, 10), "BR24"),
                         ("Deiche an der Donau: Helfer arbeiten die ganze Nacht", D(2026, 2, 12), "ZDFheute Nachrichten"),
                         ("Wie Städte sich gegen Starkregen wappnen", D(2026, 2, 7), "Quarks")]
