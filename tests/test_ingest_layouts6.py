"""The kinds of layout the sixth held-out set showed (tests/fixtures/ingest_heldout6), on pages
written for these tests in other languages, outlets and wording than the fixtures: what a reader
of each item expects as its title, date and outlet, that page furniture is no item, and that no
item is lost or merged. All in process (run.parse): no files, no build."""
from __future__ import annotations

import datetime as dt

from ingest_kinds import items as _items, parser

D = dt.date
CAPTURED = D(2026, 5, 20)   # a Wednesday
_parse = parser(CAPTURED)


def test_a_feed_readers_outlet_and_age_line_under_the_headline_names_and_dates_its_item():
    # a German feed reader: 'Feed / age' right under each headline; two of the feeds are in no
    # list, but they stand where the listed ones do, with an age, on three lines or more
    p = _parse("Meine Feeds\n\nWirtschaft\n12 ungelesen\n\n"
               "Bundesnetzagentur versteigert neue Frequenzen für den Mobilfunk\n"
               "Golem.de / 2h\n"
               "Die Auktion soll im Herbst beginnen, die Netzbetreiber rechnen mit Geboten von mehreren "
               "Milliarden Euro für die Bänder um 800 Megahertz.\n\n"
               "Hafen Hamburg meldet weniger Containerumschlag\n"
               "Hansa Logistik Blatt / 7h\n"
               "Im ersten Quartal wurden knapp drei Prozent weniger Container umgeschlagen als ein Jahr zuvor, "
               "vor allem der Verkehr mit China ging zurück.\n\n"
               "Bäckereien klagen über hohe Energiepreise\n"
               "Handwerk Heute / 1d\n"
               "Viele Betriebe in Niedersachsen haben ihre Öffnungszeiten verkürzt, weil Strom und Gas für die "
               "Backöfen teurer geworden sind als im Vorjahr.\n\n"
               "Zinsentscheid der EZB rückt näher\n"
               "Handelsblatt / 3d\n"
               "Die Notenbank dürfte den Leitzins im Juni erneut senken, erwarten die meisten befragten Volkswirte.\n")
    assert _items(p) == [
        ("Bundesnetzagentur versteigert neue Frequenzen für den Mobilfunk", D(2026, 5, 20), "Golem.de"),
        ("Hafen Hamburg meldet weniger Containerumschlag", D(2026, 5, 20), "Hansa Logistik Blatt"),
        ("Bäckereien klagen über hohe Energiepreise", D(2026, 5, 19), "Handwerk Heute"),
        ("Zinsentscheid der EZB rückt näher", D(2026, 5, 17), "Handelsblatt")]
    assert p.stories[1].paras[0].startswith("Im ersten Quartal")


def test_a_search_cards_outlet_and_age_line_below_the_snippet_belongs_to_its_item():
    # French search results: headline, snippet, then 'Outlet · age' under it, one shown on a
    # portal ('X sur MSN': the outlet is X); a '3h' inside a sentence is no date
    p = _parse("Actualités\n\nTrier par : pertinence\n\n"
               "Grève SNCF : trafic perturbé sur les lignes TER du Grand Est\n"
               "Un train sur deux circulera jeudi, selon la direction régionale, qui conseille de reporter "
               "les déplacements. Le préavis court jusqu'à 3h du matin vendredi.\n"
               "Le Parisien · 5h\n\n"
               "Le prix du beurre atteint un record en Bretagne\n"
               "Les laiteries invoquent une collecte de lait en baisse après un printemps pluvieux, et les "
               "pâtissiers de Rennes disent ne plus pouvoir absorber la hausse des ...\n"
               "Ouest-France sur MSN · 1d\n\n"
               "Marseille inaugure sa deuxième ligne de tramway nord-sud\n"
               "La ligne relie la gare Saint-Charles au quartier de la Belle-de-Mai en douze minutes.\n"
               "Libération · 2d\n")
    assert _items(p) == [
        ("Grève SNCF : trafic perturbé sur les lignes TER du Grand Est", D(2026, 5, 20), "Le Parisien"),
        ("Le prix du beurre atteint un record en Bretagne", D(2026, 5, 19), "Ouest-France"),
        ("Marseille inaugure sa deuxième ligne de tramway nord-sud", D(2026, 5, 18), "Libération")]
    assert not any("sur MSN" in para for s in p.stories for para in s.paras)


def test_a_source_line_after_the_text_with_a_pictogram_before_its_label_names_its_item():
    # a Spanish newsletter: '📰 Fuente: X' after each item's text is the item's outlet, not an item
    p = _parse("Boletín del lunes\n18 de mayo de 2026\n\n"
               "El Gobierno aprueba la ley de vivienda asequible\n"
               "El Consejo de Ministros dio luz verde al proyecto que obliga a reservar un tercio de las nuevas "
               "promociones a alquiler social durante veinte años.\n"
               "📰 Fuente: El Mundo\n\n"
               "Iberdrola cierra la compra de una red eléctrica en Brasil\n"
               "La operación, valorada en 1.200 millones de euros, suma 3.000 kilómetros de líneas de alta tensión "
               "a la filial brasileña del grupo.\n"
               "📰 Fuente: Expansión\n\n"
               "Sevilla limita los pisos turísticos en el casco histórico\n"
               "El pleno municipal aprobó una moratoria de dos años para nuevas licencias en el centro y Triana.\n"
               "📰 Fuente: Diario de Sevilla\n")
    assert _items(p) == [
        ("El Gobierno aprueba la ley de vivienda asequible", D(2026, 5, 18), "El Mundo"),
        ("Iberdrola cierra la compra de una red eléctrica en Brasil", D(2026, 5, 18), "Expansión"),
        ("Sevilla limita los pisos turísticos en el casco histórico", D(2026, 5, 18), "Diario de Sevilla")]
    assert not any("Fuente" in para for s in p.stories for para in s.paras)


def test_the_date_of_a_posts_byline_block_with_a_follow_button_dates_its_items():
    # a German post on a professional network: author printed twice, a tagline, the post's date and
    # a '+ Folgen' button, then the items; the button is no text, so the block is no item
    p = _parse("Netzwerk Wärme\nNotizen zur Wärmewende\n\n"
               "Ausgabe 17: Fernwärme, Wärmepumpen und ein Förderstopp\n"
               "Jana Berger\nJana Berger\nBeraterin für kommunale Wärmeplanung | Ingenieurin\n"
               "Veröffentlicht: 18. Mai 2026\n+ Folgen\n\n"
               "Drei Meldungen aus dieser Woche.\n\n"
               "München baut sein Fernwärmenetz aus\n"
               "Die Stadtwerke wollen bis 2035 weitere 40.000 Wohnungen anschließen und setzen dafür auf Geothermie "
               "aus dem Süden der Stadt.\n\n"
               "Absatz von Wärmepumpen steigt wieder\n"
               "Im April wurden laut Branchenverband rund ein Viertel mehr Geräte verkauft als im Vorjahresmonat.\n\n"
               "Land stoppt Förderprogramm für Holzheizungen\n"
               "Das Umweltministerium begründet den Schritt mit der Luftqualität in den Tälern.\n")
    assert [(t, d) for t, d, _ in _items(p)] == [
        ("München baut sein Fernwärmenetz aus", D(2026, 5, 18)),
        ("Absatz von Wärmepumpen steigt wieder", D(2026, 5, 18)),
        ("Land stoppt Förderprogramm für Holzheizungen", D(2026, 5, 18))]


def test_numbered_headlines_over_their_paragraphs_take_their_outlets_from_the_footnotes():
    # a German plain-text e-mail: '1) Headline', a blank line, its paragraph with a '[n]' mark;
    # the sources listed at the end (one note a bare link: its site names the outlet), then a
    # footer's row of links; the list, its heading and the footer are no items
    p = _parse("DER MITTAGSÜBERBLICK\nMittwoch, 20. Mai 2026\n\n"
               "Drei Themen des Tages, die Quellen stehen unten.\n\n"
               "==========================================\n\n"
               "1) Landtag in Sachsen beschließt Doppelhaushalt\n\n"
               "Nach dreitägiger Debatte stimmte eine knappe Mehrheit für den Etat der nächsten zwei Jahre [1]. "
               "Gekürzt wird vor allem bei der Kulturförderung.\n\n"
               "2) Lufthansa streicht Flüge ab Leipzig\n\n"
               "Die Fluggesellschaft nimmt im Winter vier Verbindungen aus dem Plan, weil die Nachfrage fehlt [2]. "
               "Die Flughafengesellschaft spricht von einem Rückschlag.\n\n"
               "3) Elbe führt Niedrigwasser schon im Mai\n\n"
               "Am Pegel Dresden wurden nur noch 72 Zentimeter gemessen, die Fahrgastschiffe bleiben im Hafen [3].\n\n"
               "==========================================\n"
               "QUELLEN\n"
               "[1] MDR - https://www.mdr.de/nachrichten/sachsen/landtag-haushalt-100.html\n"
               "[2] Handelsblatt - https://www.handelsblatt.com/unternehmen/lufthansa-leipzig/100.html\n"
               "[3] https://www.zeit.de/wissen/umwelt/2026-05/elbe-niedrigwasser\n\n"
               "Weiterleiten | Einstellungen ändern | Abbestellen\n")
    assert _items(p) == [
        ("Landtag in Sachsen beschließt Doppelhaushalt", D(2026, 5, 20), "MDR"),
        ("Lufthansa streicht Flüge ab Leipzig", D(2026, 5, 20), "Handelsblatt"),
        ("Elbe führt Niedrigwasser schon im Mai", D(2026, 5, 20), "Die Zeit")]
    assert p.stories[2].paras[0].startswith("Am Pegel Dresden")


def test_a_reading_list_gives_one_item_per_paragraph_titled_by_its_link_and_named_by_its_outlet():
    # a French blog's weekly reading list: 'Link title (Outlet) — comment' paragraphs under the
    # post's title and date; two of the outlets are in no list, but stand where the listed ones do
    p = _parse("Carnet de lectures\nS'abonner\n\n"
               "Mes lectures de la semaine, n° 12\n"
               "Claire Dubois\n18 mai 2026\n\n"
               "Chaque dimanche, les articles qui m'ont fait réfléchir cette semaine.\n\n"
               "Pourquoi les nappes phréatiques restent basses (Reporterre) — Une enquête claire sur les forages "
               "agricoles dans la Vienne et sur ce que les pluies d'hiver n'ont pas suffi à recharger.\n\n"
               "Le retour discret des trains de nuit (Le Monde) — Trois nouvelles lignes ouvrent cet été, mais le "
               "matériel roulant date des années 1970 et la SNCF cherche encore des voitures.\n\n"
               "Ce que coûte vraiment une canicule (Alternatives Économiques) — Les économistes chiffrent les "
               "journées de travail perdues et les dépenses de santé, un calcul rarement fait en France.\n\n"
               "Merci de votre lecture ! Partagez ce billet si vous l'avez aimé.\n")
    assert _items(p) == [
        ("Pourquoi les nappes phréatiques restent basses", D(2026, 5, 18), "Reporterre"),
        ("Le retour discret des trains de nuit", D(2026, 5, 18), "Le Monde"),
        ("Ce que coûte vraiment une canicule", D(2026, 5, 18), "Alternatives Économiques")]
    assert "forages agricoles" in p.stories[0].paras[0]


def test_short_lines_alone_after_the_last_item_are_the_pages_footer():
    # an Italian news page: three items with text, then the page's buttons and links, each a short
    # line of its own (no item of one line each; the last item's text ends where it did)
    p = _parse("Notizie dalla Regione\n\n"
               "Treni regionali, nuovo orario da giugno\n"
               "Trenord aggiunge quaranta corse al giorno sulla linea Milano-Bergamo e anticipa il primo treno.\n\n"
               "Chiude lo storico cinema Astra di Varese\n"
               "Il proprietario ha venduto l'edificio a una catena di supermercati dopo due anni di perdite.\n\n"
               "Lago di Como, livello più alto da dieci anni\n"
               "Le piogge di maggio hanno riempito il bacino e la protezione civile sorveglia il lungolago.\n\n"
               "Mostra altri articoli\n"
               "Accedi\n"
               "Scarica l'app\n"
               "Precedente | Successiva\n")
    assert [t for t, _, _ in _items(p)] == ["Treni regionali, nuovo orario da giugno",
                                            "Chiude lo storico cinema Astra di Varese",
                                            "Lago di Como, livello più alto da dieci anni"]
    assert p.stories[2].paras == ["Le piogge di maggio hanno riempito il bacino e la protezione civile "
                                  "sorveglia il lungolago."]
    # a last headline with its outlet line is an item, if one without text
    last = _parse("Notizie dalla Regione\n\n"
                  "Treni regionali, nuovo orario da giugno\nTrenord aggiunge quaranta corse al giorno.\n\n"
                  "Chiude lo storico cinema Astra di Varese\nIl proprietario ha venduto l'edificio.\n\n"
                  "Lago di Como, livello più alto da dieci anni\nLe piogge di maggio hanno riempito il bacino.\n\n"
                  "Sciopero dei medici a Napoli\nANSA\n")
    assert [t for t, _, _ in _items(last)][-1] == "Sciopero dei medici a Napoli"


def test_a_reading_lists_intro_paragraph_unlike_its_items_is_no_item():
    # a Spanish reading list whose intro opens with a short sentence as the items open with their
    # link title: only the paragraphs shaped 'Title (Outlet) — comment' are items
    p = _parse("Lecturas del domingo\n17 de mayo de 2026\n\n"
               "Siete días, tres lecturas. Aquí van los textos que más me han hecho pensar esta semana, con un "
               "comentario breve.\n\n"
               "La sequía que vacía los embalses andaluces (elDiario.es) — Un repaso de los datos de la cuenca del "
               "Guadalquivir y de lo que significa para los regantes este verano.\n\n"
               "Por qué suben los alquileres en Valencia (El País) — El reportaje cruza los contratos nuevos con "
               "las licencias turísticas concedidas desde 2019.\n\n"
               "El futuro del carbón en Asturias (La Nueva España) — Entrevistas con antiguos mineros y con las "
               "empresas que ocupan hoy los terrenos de los pozos.\n")
    assert [(t, s) for t, _, s in _items(p)] == [
        ("La sequía que vacía los embalses andaluces", "elDiario.es"),
        ("Por qué suben los alquileres en Valencia", "El País"),
        ("El futuro del carbón en Asturias", "La Nueva España")]


def test_a_live_blogs_title_over_its_dated_line_is_the_page_not_a_pinned_post():
    # a French live page: its title, the page's dated line and an intro above the first time
    # line; the entries carry times only and take the page's date
    p = _parse("EN DIRECT\n\n"
               "Crues dans le Sud-Ouest : la Garonne continue de monter\n\n"
               "Mis à jour le 20/05/2026 à 09:40\n\n"
               "Vigilance rouge en Gironde et dans le Lot-et-Garonne, où plusieurs communes ont été évacuées "
               "dans la nuit. Suivez les dernières informations.\n\n"
               "09:40\n\nLa SNCF interrompt la ligne Bordeaux-Agen\n\n"
               "Les trains ne circulent plus entre Langon et Agen, où la voie est inondée sur deux kilomètres.\n\n"
               "09:12\n\nMarmande évacue deux quartiers\n\n"
               "Quelque 800 habitants ont été conduits dans un gymnase, la Garonne dépassant 9 mètres.\n\n"
               "08:30\n\nLe préfet ferme les écoles de Gironde\n\n"
               "Les établissements scolaires resteront fermés jeudi et vendredi dans les zones inondables.\n")
    assert [(t, d) for t, d, _ in _items(p)] == [
        ("La SNCF interrompt la ligne Bordeaux-Agen", D(2026, 5, 20)),
        ("Marmande évacue deux quartiers", D(2026, 5, 20)),
        ("Le préfet ferme les écoles de Gironde", D(2026, 5, 20))]


def test_a_readers_folder_counters_and_a_trend_box_between_items_are_no_items():
    # German: a feed reader's folder headings with their unread counters and buttons, and a trend
    # box between two items; each item keeps its outlet-and-age line
    p = _parse("Wirtschaft\n14 ungelesen   Alle als gelesen markieren\n\n"
               "Autobauer verschieben neue Elektromodelle\n"
               "Mehrere Hersteller haben ihre Pläne für günstige Elektroautos um ein bis zwei Jahre nach hinten "
               "verschoben, die Zulieferer melden Kurzarbeit.\n"
               "Automobilwoche · 3h\n\n"
               "Im Trend auf Suchmaschine\nPfingstferien Bayern\nWetter Wochenende\n\n"
               "Mietpreise in Leipzig steigen am stärksten\n"
               "Unter den großen Städten legten die Angebotsmieten in Leipzig binnen eines Jahres um neun Prozent zu, "
               "zeigt eine Auswertung der Inserate.\n"
               "Handelsblatt · 5h\n\n"
               "Verkehr\n3 ungelesen   Alle als gelesen markieren\n\n"
               "Bahn testet digitale Kupplung im Güterverkehr\n"
               "Auf der Strecke zwischen Duisburg und Mannheim fahren seit Montag Züge mit automatischer Kupplung, "
               "die das Rangieren beschleunigen soll.\n"
               "Tagesspiegel · 1d\n")
    assert _items(p) == [
        ("Autobauer verschieben neue Elektromodelle", D(2026, 5, 20), "Automobilwoche"),
        ("Mietpreise in Leipzig steigen am stärksten", D(2026, 5, 20), "Handelsblatt"),
        ("Bahn testet digitale Kupplung im Güterverkehr", D(2026, 5, 19), "Tagesspiegel")]


def test_a_feeds_name_and_description_above_dated_items_are_the_page():
    # an Italian aggregator page: the feed's name and its one-line description, then items that
    # each show headline / date line / text / read-more; the page's lines are no items
    p = _parse("Accedi\n\nNotizie Toscana\n\n"
               "Le ultime notizie dalla Toscana: cronaca, politica, economia e sport.\n\n"
               "Firenze, la tramvia per Bagno a Ripoli apre a settembre\n\nmer, 20/05/2026 - 09:15\n\n"
               "Il Comune ha fissato la data dopo il collaudo dei primi tram sulla nuova linea, che collegherà "
               "il centro alla periferia sud in diciotto minuti.\n\nLeggi tutto\n\n"
               "Pisa, sciopero degli aeroportuali venerdì\n\nmer, 20/05/2026 - 07:40\n\n"
               "I sindacati hanno confermato quattro ore di stop, sono previsti ritardi per i voli del mattino.\n\n"
               "Leggi tutto\n\n"
               "Livorno, il porto chiude l'anno con un record di container\n\nmar, 19/05/2026 - 18:05\n\n"
               "L'autorità portuale ha registrato quasi novecentomila teu, grazie alle nuove linee con il "
               "Mediterraneo orientale.\n\nLeggi tutto\n")
    assert [(t, d) for t, d, _ in _items(p)] == [
        ("Firenze, la tramvia per Bagno a Ripoli apre a settembre", D(2026, 5, 20)),
        ("Pisa, sciopero degli aeroportuali venerdì", D(2026, 5, 20)),
        ("Livorno, il porto chiude l'anno con un record di container", D(2026, 5, 19))]


def test_an_age_before_the_outlet_on_a_card_line_names_and_dates_its_item():
    # Italian cards: the age first, then the outlet ('5h · Il Post'), one shown on a portal
    p = _parse("Notizie principali\n\n"
               "Il governo approva il decreto sulle bollette\n"
               "Il Consiglio dei ministri ha stanziato tre miliardi per ridurre gli oneri di sistema nel "
               "secondo semestre, come chiedevano le associazioni dei consumatori.\n"
               "5h · Il Post\n\n"
               "Sciopero dei taxi a Roma e Milano\n"
               "Le auto bianche si fermano per otto ore contro il decreto che aumenta le licenze nelle grandi "
               "città, con disagi attesi negli aeroporti.\n"
               "1d · La Gazzetta dello Sport su MSN\n\n"
               "Venezia, il ticket d'accesso raddoppia\n"
               "Da giugno chi entra in città senza pernottare pagherà dieci euro nei giorni di punta, ha deciso "
               "la giunta comunale.\n"
               "2d · Corriere della Sera\n")
    assert _items(p) == [
        ("Il governo approva il decreto sulle bollette", D(2026, 5, 20), "Il Post"),
        ("Sciopero dei taxi a Roma e Milano", D(2026, 5, 19), "La Gazzetta dello Sport"),
        ("Venezia, il ticket d'accesso raddoppia", D(2026, 5, 18), "Corriere della Sera")]


def test_an_items_link_on_a_line_of_its_own_names_its_outlet_by_its_site():
    # a Portuguese e-mail digest: each item's address under its text; the sites name the outlets
    # (one in no list: its domain's name); a page whose links all go to one site is its own
    p = _parse("Resumo da manhã\n20 de maio de 2026\n\n"
               "Governo aprova novo aeroporto de Lisboa\n"
               "O Conselho de Ministros confirmou a localização em Alcochete e o calendário das obras até 2034.\n"
               "https://www.publico.pt/2026/05/20/economia/noticia/aeroporto-alcochete-2100001\n\n"
               "Seca obriga a cortes de água no Algarve\n"
               "As câmaras municipais vão reduzir a pressão da rede durante a noite a partir de junho.\n"
               "https://expresso.pt/sociedade/2026-05-20-seca-algarve-cortes\n\n"
               "Preço das casas sobe 9% no Porto\n"
               "Os dados do instituto de estatística mostram a maior subida anual desde 2022.\n"
               "https://observador.pt/2026/05/20/preco-casas-porto/\n")
    assert [(t, s) for t, _, s in _items(p)] == [
        ("Governo aprova novo aeroporto de Lisboa", "Público"),
        ("Seca obriga a cortes de água no Algarve", "Expresso"),
        ("Preço das casas sobe 9% no Porto", "Observador")]
    assert p.stories[1].url == "https://expresso.pt/sociedade/2026-05-20-seca-algarve-cortes"
    own = _parse("Notícias do município\n\n"
                 "Piscinas abrem a 1 de junho\nO horário de verão vai das 9 às 20 horas.\n"
                 "https://www.cm-exemplo.pt/noticias/piscinas\n\n"
                 "Obras na avenida central\nO trânsito será desviado durante três semanas.\n"
                 "https://www.cm-exemplo.pt/noticias/obras\n")
    assert [s for _, _, s in _items(own)] == ["", ""]


def test_a_labelled_link_under_an_item_names_its_outlet_and_is_no_text():
    # Italian: 'Fonte: <address>' after each item's text; the label and address leave the body
    p = _parse("Rassegna del mattino\n20 maggio 2026\n\n"
               "Autostrade, aumenti dei pedaggi rinviati a luglio\n"
               "Il ministero ha firmato il decreto che sposta gli adeguamenti tariffari di due mesi.\n"
               "Fonte: https://www.ilsole24ore.com/art/pedaggi-rinvio-luglio-AGx1\n\n"
               "Siccità in Sicilia, razionamento dell'acqua a Palermo\n"
               "L'azienda idrica ridurrà la pressione nelle ore notturne in dodici quartieri.\n"
               "Fonte: https://palermo.repubblica.it/cronaca/2026/05/20/news/siccita-razionamento/\n\n"
               "Torino, riapre il Museo Egizio dopo i lavori\n"
               "Le nuove sale raddoppiano lo spazio espositivo dedicato alla vita quotidiana.\n"
               "Fonte: https://www.lastampa.it/torino/2026/05/20/news/museo-egizio-riapre/\n")
    assert [(t, s) for t, _, s in _items(p)] == [
        ("Autostrade, aumenti dei pedaggi rinviati a luglio", "Il Sole 24 Ore"),
        ("Siccità in Sicilia, razionamento dell'acqua a Palermo", "La Repubblica"),
        ("Torino, riapre il Museo Egizio dopo i lavori", "La Stampa")]
    assert not any("Fonte" in para or "https" in para for s in p.stories for para in s.paras)


def test_a_headline_closed_by_its_outlet_keeps_the_text_under_it():
    # 'Headline (Outlet)' then its text, in Spanish: the outlet after the headline closed an item, so
    # each text became an item of its own with a title cut from its first sentence (3 items -> 6)
    p = _parse("Resumen de la mañana\n\n"
               "El Gobierno aprueba el plan de vivienda asequible (El País)\n"
               "El Consejo de Ministros dio luz verde a 40.000 pisos de alquiler social que se construirán "
               "en suelo público durante los próximos cinco años.\n\n"
               "La sequía obliga a restringir el riego en Andalucía (Europa Press)\n"
               "Los agricultores del valle del Guadalquivir solo podrán usar un tercio del agua habitual "
               "esta campaña, según la confederación hidrográfica.\n\n"
               "Iberia anuncia nuevas rutas a Asia para el verano (Expansión)\n"
               "La aerolínea volará a Tokio y Seúl desde junio, con tres frecuencias semanales en cada "
               "destino y aviones de nueva generación.\n")
    assert [(t, o) for t, _, o in _items(p)] == [
        ("El Gobierno aprueba el plan de vivienda asequible", "El País"),
        ("La sequía obliga a restringir el riego en Andalucía", "Europa Press"),
        ("Iberia anuncia nuevas rutas a Asia para el verano", "Expansión")]
    assert p.stories[1].paras[0].startswith("Los agricultores del valle")
