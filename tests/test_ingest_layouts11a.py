"""Set 11's kinds of failure, part A (tests/fixtures/ingest_heldout11: a collector's Markdown notes, a
think-tank's 'In the news' credits, a social feed of outlets' posts, an author page of one line per
article), each on pages written here in other wordings and two languages or more, never the set's
own text. Each asserts what a reader sees: the items, their titles, dates and outlets. In process
(run.parse): no files, no build."""
from __future__ import annotations

import datetime as dt

from ingest_kinds import items as _items, parser

D = dt.date
CAPTURED = D(2026, 2, 16)   # a Monday
_parse = parser(CAPTURED)


def _notes(title: str, note: str, days, closing: str) -> str:
    """A collector's own notes: a title, a note in parentheses, day headings without a year, a `- `
    bullet per news item (the first a headline naming a later year and a month: no year of the page),
    a closing to-do line."""
    return f"# {title}\n({note})\n\n" + "".join(
        f"## {day}\n\n" + "".join(f"- {b}\n" for b in bullets) + "\n" for day, bullets in days) + f"{closing}\n"


def _assert_notes(parsed, days) -> None:
    """Every bullet is an item of its own, dated by its day heading in the capture's year."""
    got = {s.paras[0] if s.paras else s.title: s.date for s in parsed.stories}
    for when, bullets in days:
        for b in bullets:
            assert any(b.startswith(k) or k.startswith(b[:40]) for k in got), (b, list(got))
    assert sorted({d for d in got.values()}) == sorted({when for when, _ in days})


def test_notes_under_day_headings_without_a_year_are_items_of_the_captures_year():
    en = [("Wednesday 11 February", [
              "Port authority to close the old container terminal by 2028, with a council vote on 3 March",
              "Rail unions said they would ballot members over the new rosters before the end of the month."]),
          ("Friday 13 February", [
              "The central bank held rates at 3.5 per cent and said inflation would fall back to target in 2027.",
              "A court in Leeds ruled the council's parking contract unlawful and ordered a new tender."])]
    p = _parse(_notes("Morning reading — my notes", "to sort before Monday's meeting", en,
                      "TODO: check the jobless figures before Tuesday"))
    _assert_notes(p, [(D(2026, 2, 11), en[0][1]), (D(2026, 2, 13), en[1][1])])
    de = [("Dienstag 10. Februar", [
              "Stadtwerke wollen das Kohlekraftwerk bis 2029 abschalten, Ratsbeschluss am 4. März",
              "Die Lokführer kündigen einen Warnstreik für die kommende Woche an, der Fernverkehr ist betroffen."]),
          ("Donnerstag 12. Februar", [
              "Der Landtag beschließt das neue Schulgesetz, die Opposition will vor das Verfassungsgericht ziehen.",
              "Die Mieten in Leipzig sind im vergangenen Jahr um sieben Prozent gestiegen, so der Mieterverein."])]
    q = _parse(_notes("Presseschau — eigene Notizen", "für die Sitzung am Montag sortieren", de,
                      "TODO: Arbeitslosenzahlen vor Dienstag prüfen"))
    _assert_notes(q, [(D(2026, 2, 10), de[0][1]), (D(2026, 2, 12), de[1][1])])


def test_a_notes_bullets_bold_headline_and_the_outlet_after_it_are_read():
    """'- 07h45 **Headline** — text (site.fr)', '- text. → Outlet': the bold run is the title (a
    clock time before it is not), the site in parentheses or the name after an arrow the outlet,
    neither left in the text."""
    en = [("08:15", "Harbour cranes idle as dockers walk out", "the stoppage in Felixstowe is the first in a decade, and the union says it will last a week.", "(bbc.co.uk)", "bbc.co.uk"),
          ("", "Tram fares rise again", "the transport authority adds twenty pence to a single ticket from May, the third rise in two years.", "→ Manchester Evening News", "Manchester Evening News")]
    fr = [("07h45", "Grève des contrôleurs aériens vendredi", "la DGAC demande aux compagnies de réduire leurs vols d'un tiers à Orly et à Marseille.", "(liberation.fr)", "liberation.fr"),
          ("", "Le Sénat adopte la loi sur les fermes solaires", "les députés doivent encore examiner le texte avant l'été, selon le calendrier du gouvernement.", "→ La Croix", "La Croix")]
    for day, bullets in (("Tuesday 10 February", en), ("mardi 10 février", fr)):
        page = f"# My reading notes\n\n## {day}\n\n" + "".join(
            f"- {t + ' ' if t else ''}**{h}** — {x} {o}\n" for t, h, x, o, _ in bullets) + "\n"
        p = _parse(page)
        assert [(s.title, s.source) for s in p.stories] == [(h, name) for _, h, _, _, name in bullets]
        for s, (_, _, x, o, _) in zip(p.stories, bullets):
            assert x in s.paras[0] and o not in s.paras[0]


def _credits(name: str, heading: str, intro: str, credits, pager: str) -> str:
    """An institute's 'in the news' page: its name, a heading, an intro, then per appearance a
    bulleted credit line (outlet, date) over the indented paragraph quoted from it; a pager
    (readers/pagers.py: the page's, not the last item's text)."""
    return f"{name}\n\n{heading}\n\n{intro}\n" + "".join(
        f"  • {o}, {d}\n\n    {x}\n\n" for o, d, x, _ in credits) + f"{pager}\n"


def test_credit_lines_over_untitled_paragraphs_are_items_with_their_outlet_and_date():
    en = [("The Economist", "12 February 2026", "Grid operators will need twice the storage they have today before coal can close, argues Priya Nair.", D(2026, 2, 12)),
          ("Financial Times", "10 February 2026", "'The rules on state aid were written for steel mills, not for battery plants,' said Tom Hale.", D(2026, 2, 10)),
          ("Der Spiegel", "9 February 2026", "Berlin's new housing rules will slow building in the cities that need it most, according to Lena Brandt.", D(2026, 2, 9))]
    fr = [("Le Monde", "12 février 2026", "La réforme des retraites pèsera sur les comptes sociaux bien après 2030, estime Claire Dubois.", D(2026, 2, 12)),
          ("Les Echos", "11 février 2026", "« Les banques centrales ne peuvent pas tout », rappelle Marc Lefèvre dans un entretien.", D(2026, 2, 11)),
          ("Le Figaro", "6 février 2026", "Le chantier du canal Seine-Nord prendra encore trois ans de retard, selon Julie Martin.", D(2026, 2, 6))]
    for page in (_credits("Institute for Energy Policy", "In the Media", "Our researchers comment on the news in the press and on air. A selection of recent contributions follows.", en, "« first ‹ previous 1 2 3 next › last »"),
                 _credits("Institut d'études européennes", "Dans les médias", "Nos chercheurs interviennent régulièrement dans la presse. Voici une sélection de leurs contributions récentes.", fr, "« début ‹ précédent 1 2 3 suivant › fin »")):
        credits = en if "Energy" in page else fr
        p = _parse(page)
        got = [(s.source, s.date) for s in p.stories if s.paras and any(x[:30] in s.paras[0] for *_, x, _ in credits)]
        assert got == [(o, d) for o, _, _, d in credits]
        for s, (_, _, x, _) in zip(p.stories, credits):
            assert s.paras == [x]   # (its own paragraph: neither the intro, the next credit's nor the pager)


def _feed(app: str, nav: str, posts, between: str) -> str:
    """A social feed copied from the web client: the app's nav, then per post the display name, the
    handle with the post's age, the text, a link card (site, headline, description), the counts; a
    'reposted by' line and a sponsor's block between two posts."""
    out = [f"{app}\n{nav}\n"]
    for k, (name, handle, text, site, headline) in enumerate(posts):
        out.append(f"{name}\n{handle}\n{text}\n{site}\n{headline}\nA one-line description of the linked page.\n💬 {k + 3}   🔁 {k * 40 + 7}   ❤️ 1.{k}K   ⋯\n")
        if k == 1:
            out.append(between)
    return "\n".join(out) + "\nEnd of feed\n"


def _folded(items) -> list[tuple]:
    """(title, date, outlet) with the outlet case-folded: a listed outlet is spelled as the list
    spells it ('ZEIT ONLINE' is Zeit Online, 'EL PAÍS' El País)."""
    return [(t, d, o.casefold()) for t, d, o in items]


def test_a_social_feed_of_outlets_posts_is_one_item_per_post():
    en = [("The Irish Times", "@irishtimes.com@mastodon.ie · 3h", "Dublin city council approved the plan for a car-free quays route by a large majority on Monday night.", "irishtimes.com", "Council backs car-free quays in Dublin", D(2026, 2, 16)),
          ("Al Jazeera English", "@aljazeera.com · 1d", "Talks between the two delegations resumed in Doha after a week-long pause, officials on both sides said.", "aljazeera.com", "Doha talks resume after week-long pause", D(2026, 2, 15)),
          ("Deutsche Welle", "@dw.com · Feb 12", "Germany's parliament passed the budget on Thursday, ending months of dispute within the coalition.", "dw.com", "Bundestag passes delayed budget", D(2026, 2, 12))]
    de = [("tagesschau", "@tagesschau.de · 2h", "Der Bundesrat hat das Gesetz zur Krankenhausreform gebilligt, die Länder hatten lange Nachbesserungen gefordert.", "tagesschau.de", "Bundesrat billigt Krankenhausreform", D(2026, 2, 16)),
          ("ZEIT ONLINE", "@zeit.de · 2d", "Die Zahl der Insolvenzen ist im Januar erneut gestiegen, vor allem im Baugewerbe und im Handel.", "zeit.de", "Mehr Firmenpleiten im Januar", D(2026, 2, 14)),
          ("Der Standard", "@derstandard.at · 10. Feb.", "Die Regierung in Wien legt ein Sparpaket über zwei Milliarden Euro vor, das vor allem Förderungen kürzt.", "derstandard.at", "Wien legt Sparpaket vor", D(2026, 2, 10))]
    for posts, between in ((en, "🔁 Reposted by Sam Carter\n"), (de, "Gesponsert\nProbier die neue App-Version mit eigenen Symbolen aus.\n")):
        p = _parse(_feed("Social", "Home   Explore   Notifications   Lists   Profile", [x[:5] for x in posts], between))
        assert _folded(_items(p)) == _folded([(headline, d, name) for name, _, _, _, headline, d in posts])
        assert [s.paras[0] for s in p.stories] == [text for _, _, text, _, _, _ in posts]


def _author_page(paper: str, crumbs: str, bio: str, rows, more: str) -> str:
    """A paper's author page: breadcrumb, bio, then one line per article: weekday and date, a
    one-word kicker, the headline and the teaser glued with spaces."""
    return f"{paper}\n{crumbs}\n\n{bio}\n\n" + "".join(f"{d} {k} {h} {x}\n" for d, k, h, x, _ in rows) + f"\n{more}\n"


def test_an_author_pages_dated_lines_are_items_with_headline_kicker_and_date():
    en = [("Tue, 10 Feb 2026", "Transport", "Tram fares rise again in the city", "The transport authority adds twenty pence to a single ticket from May, the third rise in two years.", D(2026, 2, 10)),
          ("Fri, 6 Feb 2026", "Housing", "Council approves plan for riverside flats", "The scheme brings 400 homes to the old gasworks site, a third of them for social rent ...", D(2026, 2, 6)),
          ("Mon, 2 Feb 2026", "Health", "Waiting lists at the county hospital grow longer", "The figures released on Monday show more than 9,000 patients waiting for an operation.", D(2026, 2, 2))]
    fr = [("mar. 10 février 2026", "Politique", "Le Sénat adopte la loi sur les fermes solaires", "Les députés doivent encore examiner le texte avant l'été, selon le calendrier du gouvernement.", D(2026, 2, 10)),
          ("jeu. 5 février 2026", "Économie", "Les faillites de commerces repartent à la hausse", "Selon la Banque de France, le nombre de défaillances a progressé de 8 % en un an ...", D(2026, 2, 5)),
          ("lun. 2 février 2026", "Santé", "Les urgences de Nantes ferment la nuit", "Le service n'accueillera plus de patients entre minuit et huit heures, faute de médecins.", D(2026, 2, 2))]
    for rows, page in ((en, _author_page("The Valley Courier", "Home › Authors › Jo Reed", "Jo Reed covers transport, housing and health.", en, "Load more articles")),
                       (fr, _author_page("La Gazette de l'Ouest", "Accueil › Auteurs › Anne Roux", "Anne Roux suit la politique et l'économie régionales.", fr, "Charger plus d'articles"))):
        p = _parse(page)
        assert _items(p) == [(h, d, "") for _, _, h, _, d in rows]
        assert [s.paras[0] for s in p.stories] == [x for _, _, _, x, _ in rows]
        assert [s.labels for s in p.stories] == [[k] for _, k, _, _, _ in rows]


def test_posts_copied_with_the_handle_and_the_age_on_lines_of_their_own_are_items():
    """As X and Mastodon copy: 'Name' / '@handle' / '·' / '2h' over the post's text."""
    es = [("EL PAÍS", "@el_pais", "3h", "El Gobierno aprobó este lunes el plan de vivienda que prevé 50.000 pisos de alquiler asequible en cinco años.", "Vivienda aprueba el plan de alquiler asequible", D(2026, 2, 16)),
          ("elDiario.es", "@eldiarioes", "2d", "La huelga de los controladores aéreos obligó a cancelar más de cien vuelos en Barajas y en El Prat.", "Cancelados cien vuelos por la huelga de controladores", D(2026, 2, 14))]
    en = [("CBC News", "@cbcnews@mastodon.social", "5h", "Ontario will build two new nuclear reactors at the Bruce site, the province's energy minister said on Monday.", "Ontario to build two reactors at Bruce site", D(2026, 2, 16)),
          ("RNZ", "@rnz@mastodon.nz", "1d", "New Zealand's inflation rate fell to 2.1 per cent in the last quarter, the lowest level in four years.", "Inflation falls to four-year low", D(2026, 2, 15))]
    for posts in (es, en):
        page = "Home\nExplore\n\n" + "\n".join(
            f"{name}\n{handle}\n·\n{age}\n{text}\nexample.org\n{headline}\n💬 4   🔁 12   ❤️ 80\n" for name, handle, age, text, headline, _ in posts)
        p = _parse(page)
        assert _folded(_items(p)) == _folded([(headline, d, name) for name, _, _, _, headline, d in posts])


def test_a_date_after_the_capture_in_a_headline_dates_neither_the_page_nor_its_items():
    """'… set for 12 May 2027' near a page's top is the event's day: the items below are not dated
    by it (no page date, no year of the page), and the headline keeps it."""
    for first, rest in (("Referendum on the new constitution set for 12 May 2027", [
                             "The port authority will close the old container terminal, moving work to the new quay.",
                             "Rail unions said they would ballot members over the new rosters before the end of the month."]),
                        ("Volksentscheid über den Flughafen auf den 3. Oktober 2027 gelegt", [
                             "Die Stadtwerke wollen das Kohlekraftwerk abschalten, der Rat stimmt im Frühjahr darüber ab.",
                             "Die Lokführer kündigen einen Warnstreik für die kommende Woche an, der Fernverkehr ist betroffen."])):
        p = _parse("# Notes\n\n" + "".join(f"- {b}\n" for b in [first] + rest))
        assert p.stories[0].title == first
        assert [s.date for s in p.stories] == [None, None, None]


def test_items_under_or_with_a_day_after_the_capture_are_undated_not_dated_by_the_day_before():
    """A digest captured on 16 February: a '19 February' heading (or an item's own '19 February'
    line) is the day of an announced event, so its item is undated, not dated by the heading
    before it or by the page."""
    en = ("13 February 2026", "19 February 2026", "Council backs car-free quays in Dublin", "Dublin city council approved the plan for a car-free quays route by a large majority on Friday night.",
          "Dockers plan a second strike at Felixstowe", "The union said the stoppage would last a week if talks with the port operator failed again.")
    it = ("13 febbraio 2026", "19 febbraio 2026", "Il Comune approva la ztl allargata", "Il consiglio comunale ha approvato l'allargamento della zona a traffico limitato con ampia maggioranza.",
          "Sciopero dei treni regionali annunciato", "I sindacati hanno confermato lo stop di otto ore per il personale dei treni regionali in Lombardia.")
    for before, after, h1, x1, h2, x2 in (en, it):
        headed = _parse(f"Briefing\n\n{before}\n\n{h1}\n{x1}\n\n{after}\n\n{h2}\n{x2}\n")
        assert _items(headed) == [(h1, D(2026, 2, 13), ""), (h2, None, "")]
        own = _parse(f"Briefing — {before}\n\n{h1}\n{before}\n{x1}\n\n{h2}\n{after}\n{x2}\n\n{h1} (2)\n{before}\n{x1}\n")
        assert [d for _, d, _ in _items(own)] == [D(2026, 2, 13), None, D(2026, 2, 13)]


def test_reminders_to_self_in_notes_are_no_items():
    """'- to read: …', '- [ ] …', '- nachlesen: …', '- por leer: …' are the collector's to-dos."""
    for day, news, todos in (
            ("## Friday 13 February", ["Dublin city council approved the plan for a car-free quays route by a large majority.",
                                       "The ferry operator said the new boat had passed its safety checks and would sail from Monday."],
             ["to read: the long piece on harbour dredging, link lost", "[ ] ask the press office about the tender"]),
            ("## Freitag 13. Februar", ["Der Stadtrat hat die autofreie Innenstadt mit großer Mehrheit beschlossen.",
                                        "Die Fähre zur Insel fährt nach der Sicherheitsprüfung ab Montag wieder zweimal täglich."],
             ["nachlesen: das Interview mit der Bürgermeisterin, Link fehlt", "[ ] Pressestelle wegen der Ausschreibung anrufen"]),
            ("## viernes 13 de febrero", ["El ayuntamiento aprobó la peatonalización del centro con una amplia mayoría.",
                                          "El transbordador a la isla vuelve a navegar dos veces al día desde el lunes."],
             ["por leer: la entrevista con la alcaldesa, sin enlace", "[ ] llamar a la oficina de prensa por el concurso"])):
        bullets = [news[0], todos[0], news[1], todos[1]]
        p = _parse(f"# Notes\n\n{day}\n\n" + "".join(f"- {b}\n" for b in bullets))
        assert [s.paras for s in p.stories] == [[x] for x in news]
