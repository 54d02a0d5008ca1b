"""Held-out set 20's kinds of failure (tests/fixtures/ingest_heldout20), each on pages written here in
other wording, outlets and languages, never the set's own text. Each asserts what a reader sees:
the titles, dates and outlets of the items, and no page furniture among them. In process: no files,
no build."""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page

D = dt.date
CAPTURED = D(2025, 6, 20)   # a Friday


def _items(text: str) -> list[tuple]:
    return [(s.title, s.date, s.source) for s in read_page(text, CAPTURED).stories]


# --- a one-link-a-line list under a header naming some columns in words of its own

def test_a_list_header_naming_the_outlet_column_in_words_not_listed_reads_it_from_its_values():
    page = ("Transport reading, week of 16 June\n"
            "date ~ headline ~ seen in\n\n"
            "19 Jun ~ Rail operator confirms the new timetable for the coastal line from September ~ The Guardian\n"
            "18 Jun ~ Council votes to extend the bus lane trial on the ring road by six months ~ Financial Times\n"
            "17 Jun ~ Ferry fares rise for the second time this year as fuel costs climb ~ \n"
            " ~ Airport expansion plan goes back to the planning inspectorate after objections ~ The Times\n"
            "2 Jan ~ Cycle hire scheme reaches a million journeys since its launch in the city ~ bbc.co.uk\n")
    assert _items(page) == [
        ("Rail operator confirms the new timetable for the coastal line from September", D(2025, 6, 19), "The Guardian"),
        ("Council votes to extend the bus lane trial on the ring road by six months", D(2025, 6, 18), "Financial Times"),
        ("Ferry fares rise for the second time this year as fuel costs climb", D(2025, 6, 17), ""),
        ("Airport expansion plan goes back to the planning inspectorate after objections", None, "The Times"),
        ("Cycle hire scheme reaches a million journeys since its launch in the city", D(2025, 1, 2), "bbc.co.uk")]


def test_a_list_in_french_with_yearless_dates_takes_the_latest_such_day_up_to_the_capture():
    page = ("Veille énergie (copiée du téléphone)\n"
            "date • titre • lu dans\n\n"
            "19 juin • Le gestionnaire du réseau annonce un plan de raccordement des parcs éoliens en mer • Le Monde\n"
            "18 juin • Les tarifs réglementés du gaz baisseront de trois pour cent au premier juillet • Les Echos\n"
            "28 déc. • La centrale de Flamanville a produit ses premiers mégawattheures avant les fêtes • Le Figaro\n")
    assert _items(page) == [
        ("Le gestionnaire du réseau annonce un plan de raccordement des parcs éoliens en mer", D(2025, 6, 19), "Le Monde"),
        ("Les tarifs réglementés du gaz baisseront de trois pour cent au premier juillet", D(2025, 6, 18), "Les Echos"),
        ("La centrale de Flamanville a produit ses premiers mégawattheures avant les fêtes", D(2024, 12, 28), "Le Figaro")]


# --- a tag page headed in the site's language, its date or age and a comment count below the tags

_ES_BODY = ("El Gobierno aprobó este martes un decreto que limita la subida de los alquileres en las zonas tensionadas "
            "durante un año más. La medida afecta a unos dos millones de hogares, según el ministerio, y las asociaciones "
            "de propietarios anunciaron que recurrirán la norma ante el Tribunal Supremo.")
_ES_BODY2 = ("La comunidad autónoma destinará cuarenta millones de euros a rehabilitar bloques de viviendas construidos "
             "antes de 1980. Las ayudas cubrirán hasta la mitad del coste de las obras de aislamiento y de los ascensores, "
             "informó la consejería de Vivienda en un comunicado publicado en Valencia.")


def test_a_tag_page_in_spanish_with_the_age_or_date_under_the_tags():
    page = ("Tema – Vivienda\n\n"
            f"El Gobierno prorroga el tope a los alquileres\n{_ES_BODY}\nVivienda\nAlquiler\nGobierno\nhace 3 horas\n12 comentarios\n\n"
            "Publicidad\n\n"
            f"Valencia amplía las ayudas para rehabilitar edificios\n{_ES_BODY2}\nValencia\nRehabilitación\n"
            "27 de febrero de 2025\n\nCargar más\n\nLo más leído\n1 Cortes de tráfico en la A-7 por obras\n"
            "2 El puerto bate su récord de cruceros\n")
    p = read_page(page, CAPTURED)
    assert p.layout == "tag-page"
    assert [(s.title, s.date, s.labels) for s in p.stories] == [
        ("El Gobierno prorroga el tope a los alquileres", CAPTURED, ["Vivienda", "Alquiler", "Gobierno"]),
        ("Valencia amplía las ayudas para rehabilitar edificios", D(2025, 2, 27), ["Valencia", "Rehabilitación"])]
    assert p.page_labels == ["Vivienda"]


# --- a person's notes file: day headings with a weekday and no year, the writer's '>>' remarks

_NOTES = ("transport things to read later - june\n"
          "(copied from the sites, my notes after the arrows)\n\n"
          "Wed 4/6\n\n"
          "Tram extension to the university gets its final funding approval\n"
          "The regional authority confirmed the last tranche of funding for the four-kilometre line, which is "
          "due to open in the spring of 2027 after two years of works.\n"
          "theguardian.com\n"
          ">> compare with the 2019 cost estimate, was it really that much lower??\n\n"
          "Mon 9/6\n\n"
          "Night buses return to three suburban routes from July\n"
          "The operator said it had hired enough drivers to run the services again on Friday and Saturday nights.\n"
          ">> no source, a neighbour forwarded it - check before quoting\n")


def test_notes_day_headings_with_a_weekday_and_no_year_date_their_items():
    assert [(s.title, s.date) for s in read_page(_NOTES, CAPTURED).stories][:1] == [
        ("Tram extension to the university gets its final funding approval", D(2025, 6, 4))]
    assert [s.date for s in read_page(_NOTES, CAPTURED).stories if s.title.startswith("Night")] == [D(2025, 6, 9)]


def test_the_writers_remarks_closing_each_note_are_no_items():
    assert _items(_NOTES) == [
        ("Tram extension to the university gets its final funding approval", D(2025, 6, 4), "theguardian.com"),
        ("Night buses return to three suburban routes from July", D(2025, 6, 9), "")]


# --- an aggregator's 'latest news with #tag' listing in another language, its bullets middle dots

def _listing(page: str) -> list[tuple]:
    p = read_page(page, CAPTURED)
    assert p.layout == "listing"
    return [(s.title, s.date, s.source, s.labels) for s in p.stories]


def test_a_tag_listing_in_french_with_middle_dot_bullets_names_each_items_outlet():
    page = ("Dernières actualités avec #Tarifs\n\n\n"
            "Le Devoir\nil y a 3 heures\n· Économie\n· Le Devoir\n"
            "Ottawa prépare des contre-mesures sur l'acier américain\n"
            "Le gouvernement fédéral dressera d'ici vendredi une liste de produits visés par des droits de douane.\n\n\n"
            "La Presse\n17-06-2025\n· Affaires\n· La Presse\n"
            "Les exportateurs de bois d'œuvre craignent un été difficile\n"
            "Les scieries du Saguenay ont déjà réduit leurs quarts de travail en prévision des nouveaux tarifs.\n\n\n"
            "Charger plus\n")
    assert _listing(page) == [
        ("Ottawa prépare des contre-mesures sur l'acier américain", CAPTURED, "Le Devoir", ["Économie"]),
        ("Les exportateurs de bois d'œuvre craignent un été difficile", D(2025, 6, 17), "La Presse", ["Affaires"])]


def test_a_listing_record_printed_without_its_date_line_is_an_item_of_its_own_undated():
    page = ("Latest news on #Transit\n\n"
            "Metro Herald\n2 hours ago\n• Transport\n• Metro Herald\nCity orders forty electric buses\n"
            "The order is the largest in the operator's history and the first buses arrive in spring.\n\n"
            "Valley Courier\n• Local\n• Valley Courier\nBridge repairs close the river crossing for a week\n"
            "Drivers are advised to use the bypass while the joints on the old bridge are replaced.\n\n"
            "Harbour Times\n16/06/2025\n• Business\n• Harbour Times\nPort traffic rises for a third month\n"
            "Container volumes were up six per cent on a year earlier, the port authority said.\n")
    assert _listing(page) == [
        ("City orders forty electric buses", CAPTURED, "Metro Herald", ["Transport"]),
        ("Bridge repairs close the river crossing for a week", None, "Valley Courier", ["Local"]),
        ("Port traffic rises for a third month", D(2025, 6, 16), "Harbour Times", ["Business"])]


# --- an article page: the first article's 'Published' line is its own date, not the page's

def test_a_published_line_under_the_first_headline_dates_that_article_only():
    page = ("Noticias\n\n"
            "El Ayuntamiento aprueba un plan de vivienda asequible para jóvenes en los barrios del norte\n\n"
            "Publicado el 18/06/2025 a las 10:15\n\n"
            "El pleno municipal aprobó este miércoles un plan que prevé construir seiscientas viviendas de alquiler "
            "asequible en suelo público. Las obras empezarán el año próximo y se adjudicarán por concurso.\n\n"
            "La oposición votó en contra y pidió que se reserve una parte de los pisos para familias con hijos, "
            "una propuesta que el equipo de gobierno dijo que estudiará.\n\n"
            "La universidad abre el plazo para su nueva residencia de estudiantes\n\n"
            "La universidad publicó las bases de la convocatoria para ocupar las doscientas plazas de la residencia, "
            "que abrirá en septiembre en el antiguo hospital militar.\n\n"
            "El rector explicó que los precios serán un tercio más bajos que los del mercado privado de la ciudad.\n")
    assert [(s.title, s.date) for s in read_page(page, CAPTURED).stories] == [
        ("El Ayuntamiento aprueba un plan de vivienda asequible para jóvenes en los barrios del norte", D(2025, 6, 18)),
        ("La universidad abre el plazo para su nueva residencia de estudiantes", None)]


# --- a newsletter's 'Read at Outlet, when' line under each item: the outlet, and the day it ran

def _letter(lines: list[tuple[str, str, str]], greeting: str) -> str:
    return (f"THE WEEKLY WHEEL\nIssue 12 · 20.06.2025\n\n{greeting}\n\n" + "".join(f"**{t}**\n{x}\n{r}\n\n" for t, x, r in lines))


def test_a_read_at_line_names_the_outlet_and_dates_the_item_by_its_day_or_weekday():
    page = _letter([
        ("Ring road bus lanes approved", "The council approved the lanes after a two-year consultation with residents.",
         "→ Read at the Sheffield Star, Wednesday"),
        ("Cargo bikes join the postal fleet", "Forty cargo bikes will deliver parcels in the city centre from July.",
         "→ Read at Cycling Weekly, 12 June"),
        ("Tram depot gets solar roof", "The panels will cover a fifth of the depot's power use, the operator said.",
         "→ Read at Manchester Evening News"),
        ("Station car park to become housing", "Two hundred flats are planned on the site beside the main line.",
         "→ Read at BusinessLive.co.uk, 10 June")], "Good morning,")
    assert _items(page) == [("Ring road bus lanes approved", D(2025, 6, 18), "Sheffield Star"),
                            ("Cargo bikes join the postal fleet", D(2025, 6, 12), "Cycling Weekly"),
                            ("Tram depot gets solar roof", None, "Manchester Evening News"),
                            ("Station car park to become housing", D(2025, 6, 10), "BusinessLive.co.uk")]


def test_a_read_at_line_in_french_names_the_outlet_and_dates_the_item_by_its_weekday():
    page = _letter([
        ("Le tramway de Tours prolongé jusqu'à la gare", "Les travaux dureront deux ans et coûteront 90 millions d'euros.",
         "→ Lire sur La Nouvelle République, lundi"),
        ("Vélos en libre-service : record de locations", "Le service a dépassé le million de trajets depuis janvier.",
         "→ Lire sur Ouest-France, 14 juin")], "Bonjour à toutes et à tous,")
    assert _items(page) == [("Le tramway de Tours prolongé jusqu'à la gare", D(2025, 6, 16), "La Nouvelle République"),
                            ("Vélos en libre-service : record de locations", D(2025, 6, 14), "Ouest-France")]


# --- a live blog's entries headed '+++ 22.12 Uhr: Headline +++': the time is no part of the title

def test_live_blog_entries_with_a_time_and_colon_between_plus_marks_are_titled_by_the_headline():
    body = "Die Gespräche sollen am Mittwochvormittag im Kanzleramt fortgesetzt werden, hieß es aus Verhandlungskreisen."
    page = ("Wirtschaft\nTarifrunde Metall: Alle Entwicklungen im Ticker\nAktualisiert am 19.06.2025, 23:05 Uhr\n\n"
            "Donnerstag, 19. Juni 2025\n\n"
            f"+++ 22.40 Uhr: Gewerkschaft bricht Verhandlungen in Stuttgart ab +++\n\n{body}\n\n"
            f"+++ 20.05 Uhr: Arbeitgeber legen neues Angebot mit drei Prozent vor +++\n\n{body}\n\n"
            f"+++ 18.30 Uhr: Warnstreiks in Bayern ausgeweitet +++\n\n{body}\n")
    assert [s.title for s in read_page(page, CAPTURED).stories if s.paras == [body]] == [
        "Gewerkschaft bricht Verhandlungen in Stuttgart ab", "Arbeitgeber legen neues Angebot mit drei Prozent vor",
        "Warnstreiks in Bayern ausgeweitet"]
    text = "Officials said the line would stay closed until engineers had inspected the damaged overhead wires."
    page = (f"Rail strike: live updates\n\nThursday 19 June 2025\n\n+++ 14:05: Unions call off the evening walkout +++\n\n{text}\n\n"
            f"+++ 11:20: Commuters face delays on the western routes +++\n\n{text}\n")
    assert [s.title for s in read_page(page, CAPTURED).stories if s.paras == [text]] == [
        "Unions call off the evening walkout", "Commuters face delays on the western routes"]


# --- a minister's release list: a joint release's 'With: …' line under its headline is no title

def test_a_joint_releases_with_line_under_the_headline_is_neither_title_nor_text():
    page = ("Bundesministerium für Verkehr\n\nPressemitteilungen\n\n"
            "Donnerstag, 19. Juni 2025\nGemeinsame Pressemitteilung\nBund fördert 300 neue Ladeparks an Autobahnen\n"
            "Mit: Staatssekretärin Anna Beispiel, Bundesministerium für Wirtschaft\n"
            "Der Bund stellt für den Ausbau der Schnellladepunkte an Raststätten weitere 400 Millionen Euro bereit, die Ausschreibung beginnt im Juli.\n"
            "Weiterlesen\n\n"
            "Montag, 16. Juni 2025\nPressemitteilung\nNeue Regeln für Lkw-Maut ab Januar\n"
            "Die Mautsätze für emissionsfreie Lastwagen bleiben bis Ende 2026 ermäßigt, teilte das Ministerium in Berlin mit.\n"
            "Weiterlesen\n")
    p = read_page(page, CAPTURED)
    assert [(s.title, s.date) for s in p.stories] == [("Bund fördert 300 neue Ladeparks an Autobahnen", D(2025, 6, 19)),
                                                      ("Neue Regeln für Lkw-Maut ab Januar", D(2025, 6, 16))]
    assert not any("Anna Beispiel" in x for s in p.stories for x in s.paras)
    page = ("The Hon A Minister MP\n\nMedia releases\n\nThursday 19 June 2025\nJoint media release\n"
            "New rail freight terminal approved for the western suburbs\n"
            "With: The Hon B Colleague MP, Minister for Infrastructure\n"
            "The terminal will take up to 500 trucks a day off local roads once it opens in 2027, the ministers said.\n"
            "Read more\n\nMonday 16 June 2025\nMedia release\nGrants open for regional bus upgrades\n"
            "Councils can apply for up to two million dollars each to replace ageing buses with electric ones.\nRead more\n")
    assert [(s.title, s.date) for s in read_page(page, CAPTURED).stories] == [
        ("New rail freight terminal approved for the western suburbs", D(2025, 6, 19)),
        ("Grants open for regional bus upgrades", D(2025, 6, 16))]


# --- an article page's closing furniture in the page's language: related articles, comment form, back to top

def _article_page(head: str, paras: list[str], foot: list[str], published: str) -> str:
    """A news page: a section word, two titled articles (a headline, a date line, paragraphs),
    then the page's foot."""
    one, two = paras[:4], paras[4:]
    body = paras
    return (f"{head}\n\n{one[0]}\n\n{published}\n\n" + "".join(f"{p}\n\n" for p in body[1:4])
            + f"{two[0]}\n\n{published}\n\n" + "".join(f"{p}\n\n" for p in body[5:]) + "".join(f"{f}\n\n" for f in foot))


def test_an_article_pages_related_list_and_comment_form_in_portuguese_and_dutch_end_the_page():
    pt = ["Prefeitura de Curitiba anuncia nova linha de ônibus elétrico para o aeroporto",
          "A linha terá vinte veículos e começa a operar em outubro, segundo a secretaria de Mobilidade.",
          "O investimento de 90 milhões de reais inclui a construção de duas estações de recarga no terminal.",
          "Os motoristas passarão por um treinamento de três semanas antes do início da operação.",
          "Porto Alegre amplia ciclovias na zona sul",
          "A prefeitura vai construir doze quilômetros de novas ciclovias ligando os bairros ao centro.",
          "As obras começam em agosto e devem terminar antes do verão, informou a secretaria."]
    page = _article_page("Notícias", pt, ["Notícias relacionadas", "Deixe seu comentário",
                                          "Seu endereço de e-mail não será publicado.", "Voltar para o topo"],
                         "Publicado em 19/06/2025 às 10:05")
    assert [s.title for s in read_page(page, CAPTURED).stories] == [pt[0], pt[4]]
    nl = ["Utrecht krijgt een nieuwe tramlijn naar het Science Park in 2028",
          "De gemeente heeft de laatste vergunningen verleend voor de lijn van zes kilometer naar de campus.",
          "De bouw kost naar verwachting 250 miljoen euro en begint in het voorjaar, meldt de provincie.",
          "Omwonenden maken zich zorgen over de bomen langs de route, die deels moeten wijken.",
          "Groningen verlaagt de parkeertarieven in de binnenstad",
          "Vanaf juli betalen bezoekers een euro minder per uur in de drie grootste garages van de stad.",
          "De maatregel moet de winkeliers helpen die klagen over teruglopende bezoekersaantallen."]
    page = _article_page("Nieuws", nl, ["Gerelateerde artikelen", "Laat een reactie achter", "Terug naar boven"],
                         "Gepubliceerd op 19 juni 2025")
    assert [s.title for s in read_page(page, CAPTURED).stories] == [nl[0], nl[4]]


# --- page furniture the set showed in other words: a caption closed by its photo credit, a mailing's
# 'you're getting this' line, an authorisation footer

def test_a_caption_closed_by_its_photo_credit_is_no_item():
    body = "Die Landesregierung will die Förderung im Herbst verdoppeln, sagte die Ministerin nach der Kabinettssitzung in Mainz."
    page = ("Wirtschaft\nWärmepumpen: Land erhöht Zuschüsse\nAktualisiert am 19.06.2025, 18:02 Uhr\n"
            "Eine Wärmepumpe vor einem Einfamilienhaus in der Pfalz © Anna Muster/dpa\n\n"
            f"Land erhöht Zuschüsse für Wärmepumpen\n\n{body}\n\n"
            f"Handwerk meldet volle Auftragsbücher\n\n{body}\n")
    titles = [s.title for s in read_page(page, CAPTURED).stories]
    assert not any("©" in t for t in titles), titles
    body = "Le chantier doit durer deux ans et la circulation sera déviée par le boulevard du Sud pendant les travaux."
    page = ("Régions\nLe pont de l'Île rouvre en septembre\n"
            "Le pont de l'Île vu depuis le quai, mardi matin © Jean Exemple / AFP\n\n"
            f"Le pont de l'Île rouvre en septembre\n\n{body}\n\nLa mairie lance une navette fluviale\n\n{body}\n")
    titles = [s.title for s in read_page(page, CAPTURED).stories]
    assert not any("©" in t for t in titles), titles


def test_a_mailings_getting_this_line_and_an_authorisation_footer_are_no_items():
    page = ("THE HARBOUR LETTER\n\nGood morning,\n\n"
            "**Ferry timetable changes from Monday**\nThe operator will add two evening sailings on weekdays until October.\n"
            "Read at the Coast Times, 12 June\n\n"
            "**Pier repairs finish early**\nThe north pier reopened to walkers a week ahead of schedule, the council said.\n"
            "Read at Harbour FM, 10 June\n\n"
            "You're getting this email because you subscribed on our website. Unsubscribe\n\n"
            "Authorised by A. Person, 1 Example Street, Portsmouth\n")
    assert [s.title for s in read_page(page, CAPTURED).stories] == [
        "Ferry timetable changes from Monday", "Pier repairs finish early"]


# --- a photo's caption with its credit word alone under it, inside an article page

def test_a_caption_over_its_credit_word_between_two_articles_is_no_item():
    es = ["El Gobierno regional aprueba la compra de cuatrocientos pisos para alquiler social en Valencia",
          "La consejería de Vivienda cerró la operación con un fondo que había construido los edificios en el barrio de Benimaclet.",
          "Los primeros inquilinos podrán entrar en otoño y pagarán como máximo un tercio de sus ingresos.",
          "Obras de un bloque de viviendas en el barrio de Benimaclet",
          "Colaboradora",
          "Alicante abre el registro de demandantes de vivienda protegida",
          "El Ayuntamiento permitirá inscribirse por internet a partir del lunes y publicará la lista en septiembre.",
          "El registro servirá para adjudicar las doscientas viviendas que se construyen en la zona norte."]
    page = "Noticias\n\n" + es[0] + "\n\nPublicado el 18/06/2025\n\n" + "\n\n".join(es[1:]) + "\n"
    assert [s.title for s in read_page(page, CAPTURED).stories] == [es[0], es[5]]
    en = ["Council agrees to buy three hundred homes for social rent from a developer in the north of the city",
          "The deal was approved at a special meeting on Tuesday after months of talks with the developer's lenders.",
          "Tenants are expected to move in from the autumn and will pay no more than a third of their income.",
          "New homes under construction on the former gasworks site",
          "Contributor",
          "Housing register reopens for online applications",
          "People can sign up on the council's website from Monday and the first list will be published in September.",
          "The register will be used to allocate the two hundred homes being built in the north of the city."]
    page = "News\n\n" + en[0] + "\n\nPublished 18/06/2025\n\n" + "\n\n".join(en[1:]) + "\n"
    assert [s.title for s in read_page(page, CAPTURED).stories] == [en[0], en[5]]


# --- the author's box closing an article page: a label, the name alone, a line of biography

def test_an_author_box_closing_the_page_is_no_item():
    es = ["Madrid limita los pisos turísticos en el centro histórico",
          "El Ayuntamiento aprobó una norma que impide abrir nuevos pisos turísticos en los edificios residenciales del centro.",
          "Las asociaciones vecinales celebraron la medida, mientras que los propietarios anunciaron que la recurrirán.",
          "Fuente", "Laura Gómez Ruiz", "Periodista, escribe sobre vivienda y urbanismo en el diario.", "Volver arriba"]
    page = "Noticias\n\n" + es[0] + "\n\nPublicado el 18/06/2025\n\n" + "\n\n".join(es[1:]) + "\n"
    assert [s.title for s in read_page(page, CAPTURED).stories] == [es[0]]
    en = ["Leeds council caps short-term lets in the city centre",
          "The council approved a rule that stops new short-term lets opening in residential blocks in the centre.",
          "Residents' groups welcomed the decision, while landlords said they would challenge it in the courts.",
          "Another headline for the second article on the page",
          "The second article's text runs to a full sentence here, as articles on such pages do.",
          "About the author", "Sam Example", "Sam covers housing and planning for the paper."]
    page = "News\n\n" + en[0] + "\n\nPublished 18/06/2025\n\n" + "\n\n".join(en[1:]) + "\n"
    assert [s.title for s in read_page(page, CAPTURED).stories] == [en[0], en[3]]
