"""Set 9's kinds of failure (tests/fixtures/ingest_heldout9: a press review's field lines, …), each on
pages written here in other wording and two languages or more, never the set's own text. Each asserts
what a reader sees: the titles, dates and outlets of the items, and no page furniture among them. In
process (run.parse): no files, no build."""
from __future__ import annotations

import datetime as dt

from ingest_kinds import items as _items, parser

D = dt.date
CAPTURED = D(2026, 5, 20)   # a Wednesday
_parse = parser(CAPTURED)


def _review(title_key: str, source_key: str, author_key: str, topic_key: str, action: str, items) -> str:
    """A press review: its header, a summary list repeating the stories, then per item a block of
    field lines (source, author, headline, topic), the text and the same action line under each."""
    head = "PRESS REVIEW 20.05.2026\n\nToday's papers:\n\n" + "".join(f"– {t}\n" for _, t, _, _ in items) + "\n"
    return head + "".join(f"{source_key}:  {o} \n{author_key}:  Someone Else \n{title_key}: {t}\n{topic_key}: {k}\n\n"
                          f"{x}\n{action}\n\n" for o, t, k, x in items)


def test_a_press_reviews_title_field_is_the_headline_and_its_source_field_the_outlet():
    en = [("The Guardian", "Rail fares frozen for a second year", "Transport",
           "Passengers in England will pay the same for season tickets until March, the transport secretary said."),
          ("Financial Times", "Bank keeps rates on hold as wages cool", "Economy",
           "The central bank left its main rate unchanged for the third meeting running after pay growth slowed."),
          ("The Times", "Water company fined over river spills", "Environment",
           "The regulator imposed the penalty after sewage entered a chalk stream on more than forty days.")]
    p = _parse(_review("Title", "Publication", "Author", "Subject", "Read on:   Web    App", en))
    assert _items(p) == [(t, D(2026, 5, 20), o) for o, t, _, _ in en]
    assert [s.labels for s in p.stories] == [[k] for _, _, k, _ in en]
    assert [s.paras for s in p.stories] == [[x] for _, _, _, x in en]   # no field or action line in a text
    de = [("Süddeutsche Zeitung", "Bahn streicht Nachtzüge nach Italien", "Verkehr",
           "Die Verbindungen nach Rom und Venedig entfallen ab Dezember, teilte das Unternehmen mit."),
          ("Handelsblatt", "Autozulieferer baut tausend Stellen ab", "Industrie",
           "Der Konzern schließt zwei Werke in Sachsen und verlagert die Fertigung nach Ungarn."),
          ("Die Zeit", "Länder einigen sich auf Klinikreform", "Gesundheit",
           "Die Gesundheitsminister stimmten dem Entwurf nach langen Verhandlungen in Berlin zu.")]
    q = _parse(_review("Titel", "Zeitung", "Autor", "Thema", "Lesen auf:   Web    App", de))
    assert _items(q) == [(t, D(2026, 5, 20), o) for o, t, _, _ in de]
    assert [s.paras for s in q.stories] == [[x] for _, _, _, x in de]


def test_a_release_wires_provided_by_line_names_the_issuer_over_each_headline():
    # a release wire's list in English and one in German: 'provided by' alone, the issuer on the
    # next line, the release's date and clock time with its zone, the headline, the dateline lead
    en = [("Harbor Point Energy", "Harbor Point Energy opens its second offshore wind terminal"),
          ("Mesa Verde Foods", "Mesa Verde Foods recalls frozen burritos over labelling error"),
          ("Quantix Labs", "Quantix Labs raises $80 million for chip testing tools")]
    page = ("Newsroom\n\nLatest releases\n\n" + "".join(
        f"Content provided by\n{o}\nMay 19, 2026, 09:30 ET\n{t}\nDENVER, May 19, 2026 /Wire/ -- {o} said on "
        f"Tuesday that the plan was approved by its board.\n\n" for o, t in en))
    assert _items(_parse(page)) == [(t, D(2026, 5, 19), o) for o, t in en]
    de = [("Stadtwerke Nordheim", "Stadtwerke Nordheim senken die Gaspreise zum Juli"),
          ("Brauerei Kessler", "Brauerei Kessler eröffnet neues Werk in Franken"),
          ("Klinikverbund Süd", "Klinikverbund Süd sucht zweihundert Pflegekräfte")]
    page = ("Presseportal\n\nAktuelle Meldungen\n\n" + "".join(
        f"Bereitgestellt von\n{o}\n19.05.2026 – 10:15\n{t}\nNORDHEIM (ots) - {o} teilte am Dienstag mit, "
        f"dass der Aufsichtsrat zugestimmt habe.\n\n" for o, t in de))
    assert _items(_parse(page)) == [(t, D(2026, 5, 19), o) for o, t in de]


def test_a_from_line_in_each_item_names_its_issuing_body_and_a_mails_from_does_not():
    # a government news list in English and in Spanish: headline, description, 'From: body',
    # the date below; and a forwarded mail's 'From:' among its headers, which names nobody's item
    en = [("Coastal path to reopen after landslip repairs", "Natural England", "19 May 2026"),
          ("Bus franchising extended to three more regions", "Department for Transport", "18 May 2026"),
          ("New checks on imported seed potatoes", "Animal and Plant Health Agency", "15 May 2026")]
    page = ("Search news\n\n3 results\n\n" + "".join(
        f"{t}\nThe change takes effect next month, officials said.\nFrom: {o}\n{d}\n\n" for t, o, d in en))
    assert [(t, o) for t, _, o in _items(_parse(page))] == [(t, o) for t, o, _ in en]
    es = [("El Gobierno aprueba el plan de regadío del Ebro", "Ministerio de Agricultura", "19 de mayo de 2026"),
          ("Nuevas ayudas para la rehabilitación de viviendas", "Ministerio de Vivienda", "18 de mayo de 2026"),
          ("Sanidad amplía la vacunación del virus respiratorio", "Ministerio de Sanidad", "15 de mayo de 2026")]
    page = ("Buscador de noticias\n\n3 resultados\n\n" + "".join(
        f"{t}\nLa medida entra en vigor el mes que viene, según el departamento.\nDe: {o}\n{d}\n\n"
        for t, o, d in es))
    assert [(t, o) for t, _, o in _items(_parse(page))] == [(t, o) for t, o, _ in es]
    mail = ("From: Ana Ruiz <ana@example.org>\nSent: Tuesday, May 19, 2026 8:00 AM\nTo: Team\nSubject: FW: news\n\n"
            + "".join(f"{t}\nThe change takes effect next month, officials said.\n\n" for t, _, _ in en))
    assert all(s.source != "Ana Ruiz <ana@example.org>" and "Ana Ruiz" not in s.source for s in _parse(mail).stories)


def test_a_wire_dateline_without_a_year_dates_the_middle_dot_items_under_it():
    # an agency's regional round-up in Spanish and one in German: the page title, the dateline with
    # an abbreviated month and no year, an intro, then '· Headline' over a paragraph per item
    es = [("El Ayuntamiento de Valencia amplía el carril bici del centro",
           "Las obras comenzarán en junio y durarán cuatro meses, según el consistorio. El nuevo tramo unirá la "
           "estación del Norte con el barrio de Ruzafa."),
          ("La Albufera recibe más agua para salvar el arrozal",
           "La Confederación Hidrográfica del Júcar autoriza un desembalse extraordinario. Los agricultores "
           "llevaban semanas pidiendo agua para inundar los campos antes de la siembra."),
          ("Los puertos de Castellón baten su récord de contenedores",
           "El tráfico creció un 12 por ciento en los cuatro primeros meses del año. La autoridad portuaria "
           "atribuye el aumento a las nuevas líneas con el norte de África.")]
    page = ("Las noticias de la tarde en la Comunitat Valenciana\n\nVALENCIA 19 May. (AGENCIA) -\n\n"
            "Estas son las noticias más destacadas de la jornada:\n\n" + "".join(f"· {t}\n\n{x}\n\n" for t, x in es))
    assert _items(_parse(page)) == [(t, D(2026, 5, 19), "") for t, _ in es]
    de = [("Hamburg verlängert die Elbvertiefung um ein Jahr", "Die Arbeiten am Fahrwasser dauern länger als "
           "geplant. Der Hafen rechnet trotzdem mit mehr Containerschiffen im Sommer."),
          ("Neue Fähre zwischen Kiel und Oslo startet im Juni", "Die Reederei setzt ein Schiff mit "
           "Flüssiggasantrieb ein. Tickets gibt es ab dem kommenden Montag im Internet."),
          ("Lübecker Altstadt bekommt mehr Fahrradstraßen", "Der Senat gibt dafür drei Millionen "
           "Euro frei. Die ersten Straßen sollen noch vor den Sommerferien umgebaut werden.")]
    page = ("Der Norden am Abend\n\nHAMBURG, 19. Mai (Agentur) –\n\nDie wichtigsten Meldungen des Tages:\n\n"
            + "".join(f"· {t}\n\n{x}\n\n" for t, x in de))
    assert _items(_parse(page)) == [(t, D(2026, 5, 19), "") for t, _ in de]
    # a dateline after the capture date is last year's; without a capture date no year is invented
    late = page.replace("19. Mai", "28. Mai")
    assert {s.date for s in _parse(late).stories} == {D(2025, 5, 28)}
    assert {s.date for s in parser(None)(page).stories} == {None}


def test_a_tickers_topic_line_over_each_headline_is_its_label_not_its_title():
    # a live ticker in English and one in French: clock time, the entry's topic in sentence case
    # (one to three words, a number in it too), the headline right under it, the text
    en = [("08:50", "Cycling", "Vingegaard pulls out of the Giro with a broken wrist",
           "The Dane crashed on a descent in the final kilometres of the ninth stage and went to hospital."),
          ("08:15", "Formula E", "Berlin race moved to the airport circuit after the flood",
           "Organisers said the street course could not be rebuilt in time for the June weekend."),
          ("07:40", "Rugby League", "Wigan sign Fijian winger on a three-year deal",
           "The 24-year-old scored eleven tries in the southern hemisphere season before the move.")]
    page = "Latest\n\nToday\n\n" + "".join(f"{c}\n{k}\n{t}\n{x}\nShare\n\n" for c, k, t, x in en)
    p = _parse(page)
    assert [s.title for s in p.stories] == [t for _, _, t, _ in en]
    assert [s.labels for s in p.stories] == [[k] for _, k, _, _ in en]
    fr = [("11:05", "Ligue 1", "Le PSG prolonge son gardien jusqu'en 2030",
           "Le club parisien a annoncé l'accord mardi matin après plusieurs semaines de discussions."),
          ("10:30", "Tennis", "Une Française qualifiée pour le troisième tour à Rome",
           "Elle a battu la tête de série numéro douze en deux manches sur le court central."),
          ("09:45", "Voile", "Le Vendée Globe change de règles pour la prochaine édition",
           "Les organisateurs limitent le nombre de voiles embarquées pour réduire les coûts des équipes.")]
    q = _parse("En direct\n\nAujourd'hui\n\n" + "".join(f"{c}\n{k}\n{t}\n{x}\nPartager\n\n" for c, k, t, x in fr))
    assert [s.title for s in q.stories] == [t for _, _, t, _ in fr]
    assert [s.labels for s in q.stories] == [[k] for _, k, _, _ in fr]


def _wrap(text: str, width: int = 68) -> list[str]:
    import textwrap
    return textwrap.wrap(text, width)


def _forward(note: list[str], items, outlet_fmt: str) -> str:
    """A newsletter forwarded from a mail client: the forwarder's headers and note, the original's
    headers, then the newsletter quoted with '> ' and hard-wrapped at 68 columns."""
    body = []
    for n, (t, x, o) in enumerate(items, 1):
        body += [f"{n}. {t}"] + _wrap(x) + [outlet_fmt.format(o), ""]
    return "\n".join(note + [""] + ["> " + l if l else ">" for l in body]) + "\n"


def test_a_forwarded_newsletter_wrapped_at_a_fixed_width_keeps_each_paragraph_whole():
    # wrapped lines that begin with a capital (a name, 'Berlin', 'The') go on the line before when
    # that line was full: the next word would not have fitted on it; a headline over its text stays
    en = [("Port of Rotterdam sets a record for LNG imports in April",
           "Terminal operators handled more cargoes than in any month since the terminal opened, as buyers "
           "in Germany and Austria replaced pipeline supplies ahead of the summer refill season.", "Reuters"),
          ("Spain approves a grid connection queue reform",
           "The energy ministry will let developers with permits jump ahead of speculative projects, a change "
           "Madrid says should free some 40 gigawatts of capacity for solar and wind farms.", "El País"),
          ("Offshore wind auction in Denmark draws no bids",
           "The government received no offers for three sites in the North Sea after it dropped state support, "
           "leaving Copenhagen to rethink the tender's terms before the autumn.", "Bloomberg")]
    de = [("Netzagentur genehmigt neue Stromtrasse durch Thüringen",
           "Die Leitung soll ab 2029 Windstrom aus dem Norden nach Bayern bringen, teilte die Behörde am Montag "
           "in Bonn mit. Bürgerinitiativen kündigten Klagen gegen den Verlauf an.", "dpa"),
          ("Stadtwerke München verkaufen ihre Anteile an einem Kohlekraftwerk",
           "Der Käufer ist ein tschechischer Versorger, der Preis wurde nicht genannt. Die Stadt will bis 2035 "
           "ihren gesamten Strom aus erneuerbaren Quellen beziehen.", "Süddeutsche Zeitung"),
          ("Wärmepumpen-Absatz steigt im ersten Quartal wieder",
           "Nach einem schwachen Vorjahr meldet der Branchenverband ein Plus von 35 Prozent. Gründe seien die "
           "Förderung und gesunkene Strompreise für Wärmepumpentarife.", "Handelsblatt")]
    for keys, items, fmt in ((("From", "Sent", "To", "Subject", "FW", "FYI"), en, "({})"),
                             (("Von", "Gesendet", "An", "Betreff", "WG", "Zur Info"), de, "Quelle: {}")):
        frm, sent, to, subj, fw, fyi = keys
        note = [f"{frm}: Sam Porter <sam@example.org>", f"{sent}: 19.05.2026 07:10", f"{to}: Desk <desk@example.org>",
                f"{subj}: {fw}: Grid Letter", "", fyi, "", "_" * 32, f"{frm}: Grid Letter <news@gridletter.example>",
                f"{sent}: 18.05.2026 18:00", f"{subj}: Grid Letter"]
        page = _forward(note, items, fmt)
        assert max(map(len, page.split("\n")[12:])) <= 72   # (the page is hard-wrapped)
        p = _parse(page)
        assert [(s.title, s.source) for s in p.stories if s.title] == [(t, o) for t, _, o in items]
        assert [" ".join(s.paras) for s in p.stories if s.title] == [x for _, x, _ in items]


def test_a_channels_day_dividers_date_the_posts_whose_times_are_printed_under_them():
    # a news channel copied from a messaging app, in French and in English: day dividers (a full
    # date, 'HIER' / 'YESTERDAY', 'AUJOURD'HUI' / 'TODAY'), each post's time and reactions under it
    def channel(name, days, posts):
        out = [name, "Chaîne · 210 k abonnés" if days[1] == "HIER" else "Channel · 210K followers", ""]
        for day, group in zip(days, posts):
            out += [day, ""]
            for t, x, clock in group:
                out += [f"*{t}*", x, "https://news.example/" + str(len(out)), clock, "👍 1.204  ❤️ 88", ""]
        return "\n".join(out) + "\n"
    fr = [[("Le Sénat adopte la réforme des retraites agricoles",
            "Le texte revalorise les petites pensions des exploitants à partir de janvier prochain.", "18:10")],
          [("Grève des contrôleurs aériens à Marseille",
            "La direction générale de l'aviation civile demande aux compagnies de réduire leurs vols.", "07:02"),
           ("Orages : six départements en vigilance orange",
            "Météo-France prévoit de fortes pluies et de la grêle sur le sud-ouest dans la soirée.", "16:45")],
          [("Le prix du gazole baisse pour la troisième semaine",
            "Le litre est passé sous 1,60 euro en moyenne dans les stations-service du pays.", "08:20")]]
    p = _parse(channel("Infos Direct", ["16/05/2026", "HIER", "AUJOURD'HUI"], fr))
    assert [(s.title, s.date) for s in p.stories] == [
        (fr[0][0][0], D(2026, 5, 16)), (fr[1][0][0], D(2026, 5, 19)), (fr[1][1][0], D(2026, 5, 19)),
        (fr[2][0][0], D(2026, 5, 20))]
    assert [s.paras[0] for s in p.stories] == [x for g in fr for _, x, _ in g]
    en = [[("Council approves new cycle lanes on the ring road",
            "Work will start in July and close one lane in each direction for six weeks.", "17:30")],
          [("Rail strike called off after late pay offer",
            "The union said members would vote on the deal over the next fortnight.", "06:55"),
           ("Heatwave warning issued for the south-east",
            "Temperatures could reach 31C on Thursday, forecasters said.", "13:10")],
          [("City airport cancels morning flights in fog",
            "Passengers were told to check with their airlines before travelling.", "07:40")]]
    q = _parse(channel("City News", ["Saturday, 16 May 2026", "YESTERDAY", "TODAY"], en))
    assert [(s.title, s.date) for s in q.stories] == [
        (en[0][0][0], D(2026, 5, 16)), (en[1][0][0], D(2026, 5, 19)), (en[1][1][0], D(2026, 5, 19)),
        (en[2][0][0], D(2026, 5, 20))]


def test_search_results_with_a_type_line_and_the_date_below_are_dated_by_their_own_date():
    # a government finder's results in English and in Dutch: headline, description, the document
    # type, the issuer, the date *below*; the last result's type line is no item of its own, and the
    # pager and feedback lines under the results do not move the dates one item down
    en = [("Coastal path to reopen after landslip repairs", "Press release", "Natural England", "19 May 2026"),
          ("Bus franchising extended to three more regions", "News story", "Department for Transport", "18 May 2026"),
          ("New checks on imported seed potatoes", "Press release", "Animal and Plant Health Agency", "15 May 2026"),
          ("Flood grants open to more small firms", "News story", "Environment Agency", "14 May 2026")]
    page = ("Skip to main content\n\nNews and communications\n\nFilter\n\n4 results\n\n" + "".join(
        f"{t}\nThe change takes effect next month, officials said.\n{k}\nFrom: {o}\n{d}\n\n" for t, k, o, d in en)
        + "Previous page   Next page 2 of 9\n\nIs this page useful?  Yes  No\n")
    p = _parse(page)
    assert _items(p) == [(t, D(2026, 5, int(d[:2])), o) for t, _, o, d in en]
    nl = [("Kabinet trekt geld uit voor dijkversterking", "Nieuwsbericht", "Ministerie van Infrastructuur", "19 mei 2026"),
          ("Nieuwe regels voor deelscooters in steden", "Persbericht", "Ministerie van Infrastructuur", "18 mei 2026"),
          ("Subsidie voor isolatie van huurwoningen verhoogd", "Nieuwsbericht", "Ministerie van Volkshuisvesting", "15 mei 2026")]
    page = ("Naar hoofdinhoud\n\nNieuws\n\n3 resultaten\n\n" + "".join(
        f"{t}\nDe maatregel gaat volgende maand in, meldt het ministerie.\n{k}\nVan: {o}\n{d}\n\n" for t, k, o, d in nl)
        + "Vorige   Volgende\n\nIs deze pagina nuttig?  Ja  Nee\n")
    assert _items(_parse(page)) == [(t, D(2026, 5, int(d[:2])), o) for t, _, o, d in nl]


def test_the_note_and_signature_above_a_forwarded_messages_rule_are_no_items():
    # a forward as a mail client prints it: the forwarder's headers, note and signature, a rule of
    # underscores, the original's headers, then the newsletter with its dated masthead
    items = [("Lisbon metro extension opens two new stations",
              "Trains began running on the extended red line on Monday morning, the operator said.", "Público"),
             ("Porto port handles record cruise traffic",
              "More than 140 ships are booked to call at Leixões this year, up a fifth on last year.", "Lusa"),
             ("Algarve water restrictions eased after wet winter",
              "Reservoirs in the south rose above half of capacity for the first time since 2021.", "Expresso")]
    body = ["IBERIA BRIEF", "Monday 18 May 2026", ""]
    for t, x, o in items:
        body += [t, x, f"({o})", ""]
    for note, sig in ((["Hi team, see item two for the client call.", "", "Thanks,", "Rita", "",
                        "Rita Gomes | Analyst", "Atlantic Advisory | +351 21 000 0000"], "From"),
                      (["Hola a todos, el segundo punto es el del cliente.", "", "Saludos,", "Rita", "",
                        "Rita Gomes | Analista", "Atlantic Advisory | +34 91 000 0000"], "De")):
        head = [f"{sig}: Rita Gomes <rita@example.org>", "Sent: Tuesday, May 19, 2026 8:02 AM",
                "To: Team <team@example.org>", "Subject: FW: Iberia Brief", ""]
        orig = ["", "_" * 32, f"{sig}: Iberia Brief <news@iberia.example>", "Sent: Monday, May 18, 2026 6:30 AM",
                "Subject: Iberia Brief", ""]
        p = _parse("\n".join(head + note + orig + ["> " + l if l else ">" for l in body]) + "\n")
        assert _items(p) == [(t, D(2026, 5, 18), o) for t, _, o in items]


def _bulletin(lines: list[tuple[str, str]]) -> str:
    """A radio bulletin's transcript page: each paragraph opened by its speaker, with lines holding
    one space between them, as transcript pages print them."""
    return "\n\n \n\n".join(f"{who}: {said}" for who, said in lines) + "\n"


def test_a_transcripts_anchor_paragraphs_are_untitled_stories_and_a_reporter_goes_on_the_story():
    en = [("Presenter Ruth Hale", "Good morning, it is seven o'clock."),
          ("Ruth", "The government will publish its plan for new reservoirs in the south-east later today, after two "
                   "dry summers left rivers in Kent and Sussex at record lows."),
          ("Reporter Dan Okafor", "Ministers say the first of the new reservoirs could hold water by 2031, but campaigners "
                                  "point out that leaking pipes lose a fifth of the supply before it reaches homes, and "
                                  "say the vote on the plan is due on 4 June."),
          ("Ruth", "Train drivers on the Northern network have voted to accept a pay deal, ending a dispute that has "
                   "cancelled hundreds of Sunday services since the autumn."),
          ("Presenter Sam Idris", "Scientists in Edinburgh say a new blood test can spot early signs of a rare liver "
                                  "disease years before symptoms appear, in a study of four thousand patients."),
          ("Sam", "And in football, the women's team has named three uncapped players for next month's qualifiers "
                  "against Belgium and Norway at Hampden Park."),
          ("Ruth", "That's the news. More at eight.")]
    p = _parse("Morning News\n\nPublished 19/05/2026 07:05\n\nTranscript\n\n" + _bulletin(en))
    assert [s.paras[0] for s in p.stories] == [en[1][1], en[3][1], en[4][1], en[5][1]]
    assert p.stories[0].paras[-1] == "Reporter Dan Okafor: " + en[2][1]   # (a date ending its sentence stays in it)
    assert {s.date for s in p.stories} == {D(2026, 5, 19)}
    de = [("Moderatorin Lea Brandt", "Guten Morgen, es ist sechs Uhr."),
          ("Lea", "Der Bundestag stimmt heute über das neue Heizungsgesetz ab, nachdem sich die Koalition in der Nacht "
                  "auf letzte Änderungen bei den Fördersätzen geeinigt hat."),
          ("Korrespondent Jonas Wirth", "Die Opposition kündigte an, gegen das Gesetz zu stimmen, und verlangt eine "
                                        "neue Anhörung der Sachverständigen im zuständigen Ausschuss des Parlaments."),
          ("Moderator Ben Kaya", "In Hamburg ist der neue Elbtunnel für den Verkehr freigegeben worden, nach fast "
                                 "fünf Jahren Bauzeit und deutlich höheren Kosten als geplant."),
          ("Ben", "Die Lufthansa streicht wegen eines Warnstreiks des Kabinenpersonals am Donnerstag rund die Hälfte "
                  "ihrer Flüge in Frankfurt und München."),
          ("Lea", "Im Fußball hat der SC Freiburg seinen Trainer bis zum Jahr 2028 verlängert, wie der Verein am "
                  "Abend mitteilte."),
          ("Lea", "Das waren die Nachrichten.")]
    q = _parse("Nachrichten\n\nVeröffentlicht am 19.05.2026\n\nTranskript\n\n" + _bulletin(de))
    assert [s.paras[0] for s in q.stories] == [de[1][1], de[3][1], de[4][1], de[5][1]]
    assert q.stories[0].paras[-1].startswith("Korrespondent Jonas Wirth: ")
