"""Set 19's kinds of failure (tests/fixtures/ingest_heldout19: a newsletter's 'Source ➜ Outlet, date'
lines, a monitoring alert's 'Found in: Outlet (site) · date' lines and its buttons, …), each on pages
written here in other wording and other languages, never the set's own text. Each asserts what a
reader sees: the titles, dates and outlets of the items, and no page furniture among them. In
process (run.parse): no files, no build."""
from __future__ import annotations

import datetime as dt

from ingest_kinds import items as _items, parser

D = dt.date
CAPTURED = D(2026, 4, 22)   # a Wednesday
_parse = parser(CAPTURED)


def _letter(sender: str, sent: str, subject: str, greeting: str, sections: list, label: str) -> str:
    """A weekly newsletter e-mail: its headers, an issue line, a greeting, then sections of items,
    each a headline, a paragraph and, for most, '<label> ➜ Outlet, day month' or the outlet alone."""
    out = f"From: {sender}\nDate: {sent}\nSubject: {subject}\nTo: you\n\n{greeting}\n\n"
    for heading, items in sections:
        out += f"══════════\n{heading}\n══════════\n\n"
        for title, text, source in items:
            out += f"{title}\n{text}\n" + (f"{label} ➜ {source}\n" if source else "") + "\n"
    return out


def test_an_arrow_source_line_names_the_outlet_and_dates_the_item_but_the_mail_date_dates_no_other():
    en = [("TRANSPORT", [
        ("Ferry operator adds a winter sailing to the islands", "The extra crossing runs on Fridays from November "
         "and was requested by the councils of both islands.", "Island Herald, 18 April"),
        ("Bus drivers accept a two-year pay offer", "The union said members voted by a wide margin to end the "
         "dispute that had halted night services.", "The Courier, 17 April")]),
        ("SCHOOLS", [
            ("Three rural schools to share one head teacher", "Parents were told at a meeting on Monday that the "
             "arrangement would start after the summer holidays.", "Valley Gazette"),
            ("Exam board delays the new science syllabus", "Teachers had asked for more time to prepare the "
             "practical work that the new course requires.", "")])]
    de = [("VERKEHR", [
        ("Fähre fährt im Winter auch freitags", "Die zusätzliche Verbindung beginnt im November und wurde von "
         "beiden Gemeinden auf den Inseln seit Jahren verlangt.", "Seebote, 18. April"),
        ("Busfahrer nehmen Lohnangebot an", "Die Gewerkschaft sagte, die Mitglieder hätten mit klarer Mehrheit "
         "zugestimmt und der Streik sei beendet.", "Landeszeitung, 17. April")]),
        ("SCHULEN", [
            ("Drei Dorfschulen teilen sich eine Leitung", "Die Eltern wurden am Montag an einem Elternabend "
             "informiert, die Regelung gelte ab dem Sommer.", "Talbote"),
            ("Neuer Lehrplan für Biologie kommt später", "Die Lehrkräfte hatten mehr Zeit für die Vorbereitung der "
             "Praktika verlangt, die der Plan vorsieht.", "")])]
    letters = [(en, ("Weekly Brief <hi@brief.example>", "Fri, 18 Apr 2026 at 07:00", "Weekly Brief #12",
                     "Hello! Here is the week in four stories."), "Source"),
               (de, ("Wochenbrief <hallo@brief.example>", "Fr., 18. Apr. 2026 um 07:00", "Wochenbrief Nr. 12",
                     "Guten Morgen! Die Woche in vier Meldungen."), "Quelle")]
    for sections, head, label in letters:
        p = _parse(_letter(*head, sections, label))
        # 'Outlet, 18 April' dates its item; an item with no source line, or one without a date, has no date
        want = [(t, D(2026, 4, int(day.split()[0].rstrip("."))) if day else None, name)
                for _, items in sections for t, _, (name, _, day) in [(t, x, o.partition(", ")) for t, x, o in items]]
        assert _items(p)[-4:] == want
        assert not any("➜" in x for s in p.stories for x in [s.title, *s.paras])   # the source lines are no item's text


def _alert(label: str, buttons: str, results: list) -> str:
    """A media-monitoring alert e-mail: headers, the alert's query, then per result a headline, a
    snippet cut with '...', '<label> Outlet (site) · date' and the result's buttons."""
    out = ("From: Monitor <alerts@monitor.example>\nSubject: [Alert] 3 new results\n"
           "Date: Wed, 22 Apr 2026 06:00:00 +0200\n\nMONITOR\nYour alert: water tariffs\n\n")
    return out + "".join(f"{t}\n{x}...\n{label} {o} · {d}\n{buttons}\n\n" for t, x, o, d in results)


def test_a_monitoring_alerts_found_in_line_names_the_outlet_and_its_buttons_are_no_item():
    en = [("Water tariffs to rise by six per cent in July", "The regulator approved the increase after the utility "
           "said it needed to replace ageing pipes in the east of the city", "Metro Post (metropost.example)",
           "21 Apr 2026"),
          ("Households can apply for a water bill discount", "The scheme covers pensioners and families on low "
           "incomes, and applications open next month at council offices", "harbourwire.news", "3 hours ago"),
          ("Council asks the utility to publish its leak figures", "Councillors voted unanimously for the motion, "
           "which also asks for a report on repairs carried out since January", "The Ledger", "Yesterday")]
    p = _parse(_alert("Found in:", "Open   Mute this source", en))
    assert _items(p) == [("Water tariffs to rise by six per cent in July", D(2026, 4, 21), "Metro Post"),
                         ("Households can apply for a water bill discount", D(2026, 4, 22), "harbourwire.news"),
                         ("Council asks the utility to publish its leak figures", D(2026, 4, 21), "The Ledger")]
    fr = [("Les tarifs de l'eau augmenteront de six pour cent en juillet", "Le régulateur a approuvé la hausse après "
           "que le distributeur a dit devoir remplacer des conduites anciennes", "Le Quotidien (lequotidien.example)",
           "21 avr. 2026"),
          ("Les ménages peuvent demander une réduction de leur facture", "Le programme vise les retraités et les "
           "familles à faible revenu, et les demandes ouvrent le mois prochain", "La Voix de l'Est", "hier")]
    q = _parse(_alert("Trouvé dans :", "Ouvrir   Masquer cette source", fr))
    assert _items(q) == [("Les tarifs de l'eau augmenteront de six pour cent en juillet", D(2026, 4, 21), "Le Quotidien"),
                         ("Les ménages peuvent demander une réduction de leur facture", D(2026, 4, 21), "La Voix de l'Est")]


def _tag_page(tag: str, more: str, items: list) -> str:
    """A regional site's tag page: masthead, the tag, then per item a read-more link *above* its
    headline, the teaser, a meta line under it (author and age, an agency's byline, a date and the
    outlet after 'via', or an author alone) and a comment counter."""
    out = f"The Valley Echo\nSubscribe   Sign in\nTag\n{tag}\n120 posts\n\n"
    return out + "".join(f"{more}\n{t}\n{x}\n{m}\n💬 4 comments   Share\n\n" for t, x, m in items) + "Older posts ›\n"


def test_a_tag_pages_meta_line_under_the_teaser_dates_its_own_item_and_names_an_agency_or_via_outlet():
    en = [("Harbour board approves a new ferry berth for the island service", "The board voted on Tuesday to "
           "build the berth beside the old pier, with work due to start after the summer season ends.",
           "Dara Byrne · 5 hrs ago"),
          ("Rail operator restores the late train to the coast after complaints", "Commuters had written to the "
           "operator since the service was cut in March, saying the last bus left too early for shift workers.",
           "By Reuters · 20 Apr"),
          ("Lifeboat crew rescues two kayakers caught by the tide near the headland", "The volunteers were called "
           "out shortly after six in the evening and brought both to the harbour, where they were treated for cold.",
           "Úna Walsh"),
          ("County plans a cycle lane along the old railway line", "The route would link three villages and the "
           "county says it hopes to have planning permission before the end of the year, subject to funding.",
           "18/04/2026 · via Irish Examiner")]
    p = _parse(_tag_page("Transport", "Read More", en))
    assert _items(p) == [(en[0][0], D(2026, 4, 22), ""), (en[1][0], D(2026, 4, 20), "Reuters"),
                         (en[2][0], None, ""), (en[3][0], D(2026, 4, 18), "Irish Examiner")]
    de = [("Hafenamt genehmigt neuen Anleger für die Inselfähre", "Der Rat stimmte am Dienstag für den Bau neben "
           "dem alten Steg, die Arbeiten sollen nach dem Ende der Sommersaison beginnen.", "Lena Brandt · vor 5 Std."),
          ("Bahn führt den späten Zug an die Küste wieder ein", "Pendler hatten sich seit der Streichung im März "
           "beschwert, der letzte Bus fahre für Schichtarbeiter viel zu früh ab.", "Von AFP · 20. Apr."),
          ("Rettungsboot birgt zwei Kajakfahrer vor der Landspitze", "Die Freiwilligen wurden kurz nach sechs Uhr "
           "abends alarmiert und brachten beide in den Hafen, wo sie versorgt wurden.", "Jonas Weber"),
          ("Kreis plant Radweg auf der alten Bahntrasse", "Die Strecke soll drei Dörfer verbinden, der Kreis hofft "
           "auf eine Baugenehmigung bis Jahresende, sofern die Mittel bereitstehen.", "18.04.2026 · via Tagesschau")]
    q = _parse(_tag_page("Verkehr", "Weiterlesen", de))
    assert _items(q) == [(de[0][0], D(2026, 4, 22), ""), (de[1][0], D(2026, 4, 20), "AFP"),
                         (de[2][0], None, ""), (de[3][0], D(2026, 4, 18), "Tagesschau")]


def test_a_release_lists_released_on_line_under_each_teaser_dates_its_own_release():
    # a ministry's press-release list: headline, teaser cut with '...', then 'Released on <date> at <time> · Region'
    fr = [("Route 138 : travaux de nuit sur le pont de la rivière Malbaie", "Les travaux de réfection se dérouleront "
           "de 20 h à 6 h pendant deux semaines, et une voie restera ouverte en tout temps...",
           "Diffusé le 20 avril 2026 à 11 h 15 · Capitale-Nationale"),
          ("Traversier : horaire d'été devancé entre Matane et la Côte-Nord", "La Société des traversiers ajoute deux "
           "départs quotidiens dès le 1er mai afin de répondre à la hausse de l'achalandage...",
           "Diffusé le 17 avril 2026 à 9 h 00 · Bas-Saint-Laurent")]
    en = [("Highway 7 resurfacing to close one lane near the river crossing", "Crews will work overnight between "
           "the two interchanges for three weeks, and drivers are asked to plan for delays...",
           "Released on April 20, 2026 at 11:15 a.m. · Northern Region"),
          ("Ferry timetable brought forward for the summer season", "Two extra daily departures will be added from "
           "May 1 to meet the rise in passenger numbers on the northern route...",
           "Released on April 17, 2026 at 9:00 a.m. · Coastal Region")]
    for top, items, pager in (("Communiqués de presse\n42 résultats", fr, "‹ Précédent   1   2   Suivant ›"),
                              ("News releases\n42 results", en, "‹ Previous   1   2   Next ›")):
        page = f"{top}\n\n" + "".join(f"{t}\n{x}\n{m}\n\n" for t, x, m in items) + f"{pager}\n"
        assert _items(_parse(page)) == [(items[0][0], D(2026, 4, 20), ""), (items[1][0], D(2026, 4, 17), "")]


def test_a_link_lists_date_field_without_a_year_is_the_latest_such_day_up_to_the_capture():
    # one link per line, outlet first and the date last, its day and month written without a year
    en = [("The Mercury", "State budget adds money for school repairs in the north", "21 April"),
          ("Brisbane Times", "Whale watching season opens a month early", "19 Apr"),
          ("The Age", "Council approves a new ferry terminal for the river", "today"),
          ("The Australian", "Hospital opens a second emergency ward after the winter rush", "2026-04-17")]
    de = [("Der Standard", "Budget bringt mehr Geld für Schulsanierungen im Norden", "21. April"),
          ("Kleine Zeitung", "Saison für Walbeobachtung beginnt einen Monat früher", "19. Apr."),
          ("Die Presse", "Gemeinderat genehmigt neues Fährterminal am Fluss", "heute"),
          ("Salzburger Nachrichten", "Spital eröffnet nach dem Winter eine zweite Notaufnahme", "2026-04-17")]
    days = [D(2026, 4, 21), D(2026, 4, 19), D(2026, 4, 22), D(2026, 4, 17)]
    for top, rows in (("links for Friday", en), ("Links für Freitag", de)):
        page = f"{top}\n\n" + "".join(f"{o} :: {t} :: {d}\n" for o, t, d in rows)
        assert _items(_parse(page)) == [(t, day, o) for (o, t, _), day in zip(rows, days)]


def test_a_news_columns_date_line_under_each_text_is_its_own_though_the_last_item_has_none():
    # a 'briefly' column: headline, text, then its age or date and a share button; the last item has no date line
    en = [("Harbour tolls frozen for another year", "The port authority said the freeze would help fishing crews "
           "facing higher fuel costs, and that it would review the tolls again next spring.", "2 hrs ago"),
          ("Library extends its opening hours on weekdays", "The central library will stay open until nine in the "
           "evening from May, after a survey found students wanted more space to work.", "Updated 21.4.2026, 18:20"),
          ("Town hall to sell the old fire station", "The council voted to put the building on the market after "
           "plans to turn it into a museum failed to find enough money from donors.", "")]
    fr = [("Les péages du port gelés pour une année de plus", "L'autorité portuaire a indiqué que le gel aiderait "
           "les pêcheurs face à la hausse du carburant, et qu'elle réexaminerait les tarifs au printemps.", "il y a 2 h"),
          ("La bibliothèque prolonge ses horaires en semaine", "La bibliothèque centrale restera ouverte jusqu'à "
           "21 heures dès le mois de mai, après un sondage mené auprès des étudiants de la ville.", "Mis à jour le 21.4.2026, 18:20"),
          ("La mairie va vendre l'ancienne caserne des pompiers", "Le conseil a voté la mise en vente du bâtiment "
           "après l'échec du projet de musée, faute de dons suffisants pour financer les travaux.", "")]
    for top, items, share, more in (("Briefly\nShort news from the region", en, "Share", "Load older news"),
                                    ("En bref\nLes nouvelles courtes de la région", fr, "Partager", "Charger plus")):
        page = f"{top}\n\n" + "".join(f"{t}\n{x}\n" + (f"{d}\n" if d else "") + f"{share}\n\n" for t, x, d in items) + f"{more}\n"
        assert _items(_parse(page)) == [(items[0][0], D(2026, 4, 22), ""), (items[1][0], D(2026, 4, 21), ""), (items[2][0], None, "")]


def test_a_notes_files_quoted_headline_is_the_title_and_the_name_after_its_dash_or_via_the_outlet():
    # a collector's notes: day headings without a year, '- "Headline" — Outlet. remark', '(via Outlet) — remark',
    # 'no source, remark' (the notes' own title line above them is another kind, still read as an item: not asserted)
    en = ("budget week notes\n(pasted for Thursday's memo — check the numbers)\n\nMon 20/4\n", '"', '"',
          [("Treasurer flags a smaller deficit as iron ore prices hold up", "— The Australian. the key line for the memo"),
           ("Unions push for a bigger minimum wage rise", "no source, saw it in a screenshot"),
           ("Childcare subsidy to be widened from July", "(via The Age) — ask whether it is costed")], "Tue 21/4")
    de = ("Notizen Haushaltswoche\n(für das Memo am Donnerstag — Zahlen prüfen)\n\nMo 20.4.\n", "„", "“",
          [("Finanzminister rechnet mit kleinerem Defizit als geplant", "— Handelsblatt. die wichtigste Zahl fürs Memo"),
           ("Gewerkschaften fordern höheren Mindestlohn ab Januar", "ohne Quelle, nur als Screenshot gesehen"),
           ("Kita-Zuschuss wird ab Juli ausgeweitet", "(via Der Spiegel) — fragen, ob das gegenfinanziert ist")], "Di 21.4.")
    for (top, left, right, notes, second), outlets in ((en, ["The Australian", "", "The Age"]),
                                                       (de, ["Handelsblatt", "", "Der Spiegel"])):
        bullets = [f"- {left}{t}{right} {rest}\n" for t, rest in notes]
        page = top + bullets[0] + bullets[1] + f"\n{second}\n" + bullets[2]
        want = [(t, day, o) for (t, _), day, o in zip(notes, [D(2026, 4, 20), D(2026, 4, 20), D(2026, 4, 21)], outlets)]
        assert _items(_parse(page))[-3:] == want


def test_a_feed_readers_feed_name_with_its_section_under_the_headline_is_the_outlet_not_the_title():
    # an RSS reader's list view: read mark and headline, the feed's name below it ('Outlet - Section' for one
    # feed, the others listed outlets), its age, the snippet cut with '…'
    en = [("●", "Councils warn that bin collections will slow over the holidays", "The Guardian", "Today, 07:05"),
          ("●", "Rail fares to rise by less than inflation next year", "BBC News - Business", "2 hours ago"),
          ("○", "Water company fined after sewage spill in a chalk stream", "The Independent", "Yesterday at 17:40"),
          ("○", "Survey finds more young people are renting for longer", "The Times", "19/04/2026")]
    fr = [("●", "Les communes préviennent que la collecte des déchets ralentira pendant les fêtes", "Le Monde", "Aujourd'hui, 07:05"),
          ("●", "Les billets de train augmenteront moins que l'inflation l'an prochain", "Franceinfo - Économie", "il y a 2 heures"),
          ("○", "Un distributeur d'eau condamné après une pollution de rivière", "Libération", "Hier à 17:40"),
          ("○", "Les jeunes restent locataires plus longtemps, selon une enquête", "Le Figaro", "19/04/2026")]
    days = [D(2026, 4, 22), D(2026, 4, 22), D(2026, 4, 21), D(2026, 4, 19)]
    for items, top, snippet, more in [
            (en, "Reader\nAll articles (88)   Unread (12)", "The snippet of the story runs on for a line or two before the reader cuts it short…", "Load more"),
            (fr, "Lecteur\nTous les articles (88)   Non lus (12)", "L'extrait de l'article continue sur une ou deux lignes avant que le lecteur ne le coupe…", "Charger plus")]:
        page = f"{top}\n\n" + "".join(f"{m}  {t}\n{o}\n{d}\n{snippet}\n\n" for m, t, o, d in items) + f"{more}\n"
        assert _items(_parse(page)) == [(t, day, o) for (_, t, o, _), day in zip(items, days)]


def test_a_latest_lists_long_headlines_over_deks_each_closed_by_its_date_line_are_one_item_each():
    # a business paper's 'latest news': a sentence-case headline of twenty words or more, a blank, a dek
    # without a full stop, a blank, 'Updated On: <date>'; a 'Premium' label glued above one headline; a footer
    en = [("Port operators report record container volumes in March as exporters rush shipments ahead of the new "
           "tariffs announced by the trade ministry last month", "Terminals in the west handled a fifth more boxes than a "
           "year earlier, with electronics and textiles leading the rise", "Updated On: 21 Apr 2026 | 1:18 PM IST"),
          ("Central bank keeps its policy rate unchanged for a third meeting but signals room for a cut later in the "
           "year if food prices keep easing across the country", "Most economists polled before the decision had expected "
           "a pause, and bond yields barely moved after the statement", "Updated On: 52 mins ago"),
          ("Airlines add hundreds of extra flights for the summer holidays as bookings to hill stations and beach "
           "resorts climb well above last year's levels so far", "Carriers said fares on the busiest routes had risen by "
           "about a tenth, though fuel costs have come down since January", "Updated On: 19 Apr 2026 | 8:30 PM IST")]
    de = [("Hafenbetreiber melden für März einen Rekordumschlag an Containern, weil Exporteure ihre Lieferungen vor den "
           "neuen Zöllen des Handelsministeriums vorziehen", "Die Terminals im Westen fertigten ein Fünftel mehr Boxen ab "
           "als vor einem Jahr, vor allem Elektronik und Textilien", "Aktualisiert am: 21.04.2026 | 13:18 Uhr"),
          ("Die Notenbank lässt den Leitzins zum dritten Mal in Folge unverändert, deutet aber eine Senkung im Herbst "
           "an, falls die Lebensmittelpreise weiter sinken", "Die meisten befragten Ökonomen hatten mit einer Pause "
           "gerechnet, die Renditen der Anleihen bewegten sich kaum", "Aktualisiert: vor 52 Min."),
          ("Fluggesellschaften bieten für die Sommerferien Hunderte zusätzliche Flüge an, weil die Buchungen für Berge "
           "und Strände deutlich über dem Vorjahr liegen", "Die Preise auf den meistgebuchten Strecken seien um etwa ein "
           "Zehntel gestiegen, obwohl Kerosin seit Januar billiger ist", "Aktualisiert am: 19.04.2026 | 20:30 Uhr")]
    days = [D(2026, 4, 21), D(2026, 4, 22), D(2026, 4, 19)]
    for items, top, label, footer in ((en, "Latest News", "Premium", "Load More\n\nTop Sections\nMarkets | Economy | Opinion"),
                                      (de, "Neueste Meldungen", "Plus", "Mehr laden\n\nRubriken\nMärkte | Wirtschaft | Meinung")):
        page = f"The Daily Ledger\n{top}\n\nAdvertisement\n\n" + "".join(
            (f"{label}\n" if k == 1 else "") + f"{t}\n\n{x}\n\n{d}\n\n" for k, (t, x, d) in enumerate(items)) + footer + "\n"
        p = _parse(page)
        assert _items(p) == [(t, day, "") for (t, _, _), day in zip(items, days)]
        assert [s.paras for s in p.stories] == [[x] for _, x, _ in items]   # the dek the text, no footer in the last
