"""The kinds of layout the fourth held-out set showed (tests/fixtures/ingest_heldout4), on pages
written for these tests in other languages, outlets and wording than the fixtures: what a reader
of each item expects as its title, date and outlet, that page furniture is no item, and that no
item is lost or merged. All in process (run.parse): no files, no build."""
from __future__ import annotations

import datetime as dt

from ingest_kinds import items as _items, parser

D = dt.date
CAPTURED = D(2026, 11, 30)
_parse = parser(CAPTURED)


def test_an_alert_digest_keeps_headline_outlet_line_and_snippet_apart():
    # headline / outlet line (listed, a domain, a listed name in lowercase) / snippet cut with '...'
    p = _parse("Google Alerts\n\noffshore wind\nDaily update ⋅ March 3, 2025\n\nNEWS\n\n"
               "Danish developer scraps two North Sea wind farms\nrechargenews.com\n"
               "The company blamed higher turbine prices and interest rates. It will write down the value of ...\n"
               "Flag as irrelevant\n\n"
               "Port of Rotterdam opens a hub for turbine blades\nFinancial Times\n"
               "Cranes and storage for 200 blades a month will be ready by summer. The port expects the first ...\n"
               "Flag as irrelevant\n\n"
               "Poland signs its first offshore grid contract\nheise online\n"
               "The grid operator picked a consortium to build the Baltic link. Work starts in 2026 and ...\n"
               "Flag as irrelevant\n\nSee more results | Edit this alert\n\nSend feedback\n")
    assert _items(p) == [("Danish developer scraps two North Sea wind farms", D(2025, 3, 3), "rechargenews.com"),
                         ("Port of Rotterdam opens a hub for turbine blades", D(2025, 3, 3), "Financial Times"),
                         ("Poland signs its first offshore grid contract", D(2025, 3, 3), "heise online")]


def test_a_ticker_entry_with_a_dek_is_titled_by_its_headline_and_its_buttons_are_dropped():
    p = _parse("Newsticker\n\n14:05\n\nBahnstreik trifft Pendler im ganzen Land\n\n"
               "Die GDL ruft zu 24 Stunden Ausstand auf\n\nSchließen (dpa)\n\n"
               "BERLIN (dpa) - Im Fern- und Regionalverkehr fallen die meisten Züge aus. Die Bahn hat einen Notfahrplan.\n\n"
               "© dpa-infocom GmbH\n\n13:40\n\nDax schließt mit deutlichem Plus\n\nAutowerte gefragt\n\nSchließen (dpa)\n\n"
               "FRANKFURT (dpa) - Der Leitindex stieg um 1,4 Prozent. Händler verwiesen auf gute Zahlen aus der Autobranche.\n\n"
               "© dpa-infocom GmbH\n\n13:12\n\nHochwasser an der Oder erreicht Frankfurt\n\nPegel steigt weiter\n\n"
               "Schließen (dpa)\n\nFRANKFURT (ODER) (dpa) - Die Stadt hat den Katastrophenfall ausgerufen. Deiche werden verstärkt.\n\n"
               "© dpa-infocom GmbH\n")
    assert [(s.title, s.source) for s in p.stories] == [("Bahnstreik trifft Pendler im ganzen Land", "dpa"),
                                                        ("Dax schließt mit deutlichem Plus", "dpa"),
                                                        ("Hochwasser an der Oder erreicht Frankfurt", "dpa")]
    assert "Die GDL ruft zu 24 Stunden Ausstand auf" in p.stories[0].paras[0]


def test_a_table_of_contents_is_no_item_and_a_dek_is_no_title():
    p = _parse("Kommunal-Info\n\nAusgabe 212 - Montag, 3. März 2025\n\nInhalt\n"
               "- Kita-Gebühren: Land übernimmt ab Sommer die Hälfte\n- Breitband: Förderaufruf für weiße Flecken\n"
               "- Winterdienst kostet Städte Rekordsumme\n\n"
               "Kita-Gebühren: Land übernimmt ab Sommer die Hälfte\n\nKommunen begrüßen die Entlastung der Eltern\n\n"
               "(Kommunal-Info 212 - 03.03.2025) Das Land zahlt künftig die Hälfte der Elternbeiträge. Die Kommunen tragen den Rest.\n\n"
               "Breitband: Förderaufruf für weiße Flecken\n\nBis zu 90 Prozent der Kosten werden erstattet\n\n"
               "(Kommunal-Info 212 - 03.03.2025) Gemeinden ohne schnelles Internet können bis Juni Anträge stellen.\n\n"
               "Winterdienst kostet Städte Rekordsumme\n\nStreusalz so teuer wie nie\n\n"
               "(Kommunal-Info 212 - 03.03.2025) Die Ausgaben für Räumdienste stiegen um ein Drittel. Viele Städte sparen beim Salz.\n")
    assert _items(p) == [("Kita-Gebühren: Land übernimmt ab Sommer die Hälfte", D(2025, 3, 3), "Kommunal-Info"),
                         ("Breitband: Förderaufruf für weiße Flecken", D(2025, 3, 3), "Kommunal-Info"),
                         ("Winterdienst kostet Städte Rekordsumme", D(2025, 3, 3), "Kommunal-Info")]


def test_a_newsletter_s_intro_sponsor_and_sign_off_are_no_items():
    p = _parse("La Lettre Climat\nNuméro 41 · mardi 4 mars 2025\n\nVoir la version en ligne\n\n"
               "Bonjour à toutes et à tous,\n\nMerci d'être toujours plus nombreux ! Au menu : l'hydrogène, la Loire et les bus.\n\n"
               "C'est parti.\n\nEN PARTENARIAT AVEC ÉNERGIES DEMAIN\n\n"
               "Vous cherchez un fournisseur d'électricité verte ? Comparez les offres en deux minutes. Essai gratuit !\n\n"
               "La première usine d'hydrogène vert de Normandie entre en service\n\n"
               "L'électrolyseur de Port-Jérôme produira 28 000 tonnes par an pour la raffinerie voisine. (Le Monde)\n\n"
               "La Loire au plus bas pour un mois de mars\n\n"
               "Le débit mesuré à Orléans est le plus faible depuis 1976, et les préfets restreignent l'irrigation. (Les Echos)\n\n"
               "Lyon commande 80 bus électriques\n\n"
               "La métropole veut retirer tous ses bus diesel d'ici 2030, pour 60 millions d'euros. (Le Figaro)\n\n"
               "C'est tout pour aujourd'hui. Répondez à ce message pour nous écrire.\n\nÀ jeudi,\nJulie\n\n"
               "Se désabonner\n")
    assert _items(p) == [("La première usine d'hydrogène vert de Normandie entre en service", D(2025, 3, 4), "Le Monde"),
                         ("La Loire au plus bas pour un mois de mars", D(2025, 3, 4), "Les Echos"),
                         ("Lyon commande 80 bus électriques", D(2025, 3, 4), "Le Figaro")]


def test_reference_lines_give_the_release_date_not_the_decision_s_and_no_items():
    p = _parse("Press releases\n\n"
               "Press release No 14/2025 of 12 March 2025\nJudgment of 20 February 2025\nC-512/23\n\n"
               "Banks must refund customers tricked by fake text messages\n\n"
               "The Court rules that a payer who did not authorise a transfer is owed a refund unless the bank proves gross negligence.\n\n"
               "Press release No 13/2025 of 6 March 2025\nOrder of 27 February 2025\nT-88/24\n\n"
               "Interim relief refused to a chemicals maker over a product ban\n\n"
               "The company did not show that the ban would cause it serious and irreparable harm before the final ruling.\n\n"
               "Press release No 12/2025 of 4 March 2025\nJudgment of 4 March 2025\nC-301/23\n\n"
               "Member States may not tax cross-border pensions twice\n\n"
               "A retired teacher living in Portugal was taxed on the same pension in both countries, contrary to EU law.\n\n"
               "Back to all press releases\n")
    assert _items(p) == [("Banks must refund customers tricked by fake text messages", D(2025, 3, 12), ""),
                         ("Interim relief refused to a chemicals maker over a product ban", D(2025, 3, 6), ""),
                         ("Member States may not tax cross-border pensions twice", D(2025, 3, 4), "")]


def test_a_reference_number_and_a_case_number_are_no_dates():
    p = _parse("Comunicati\n\n"
               "Comunicato 31/25 Sentenza nella causa C-44/24 Rossi contro INPS\n\n"
               "I lavoratori stagionali hanno diritto all'indennità di disoccupazione come gli altri lavoratori\n\n"
               "La Corte ritiene discriminatoria la norma che escludeva chi lavora meno di sei mesi all'anno.\n\n"
               "Comunicato 30/25 Sentenza nella causa C-12/24 Bianchi contro Comune di Napoli\n\n"
               "I comuni devono pubblicare i criteri per l'assegnazione delle case popolari\n\n"
               "Senza criteri pubblici, la graduatoria non può essere verificata da chi ne resta escluso.\n\n"
               "Comunicato 29/25 Sentenza nella causa C-7/24 Verdi contro Regione Lazio\n\n"
               "Le regioni possono limitare gli affitti brevi nei centri storici\n\n"
               "La tutela dell'abitare giustifica un tetto ai giorni di locazione, purché proporzionato.\n")
    assert _items(p) == [
        ("I lavoratori stagionali hanno diritto all'indennità di disoccupazione come gli altri lavoratori", None, ""),
        ("I comuni devono pubblicare i criteri per l'assegnazione delle case popolari", None, ""),
        ("Le regioni possono limitare gli affitti brevi nei centri storici", None, "")]


def test_chapter_marks_are_not_part_of_the_titles():
    p = _parse("Wirtschaft am Morgen – Folge 212\n\nVeröffentlicht am 3. März 2025 · 24 Min.\n\nKapitel\n\n"
               "02:10 – Tarifeinigung in der Chemiebranche\n"
               "Die Beschäftigten bekommen in zwei Stufen 6,5 Prozent mehr Geld. Die Laufzeit beträgt zwei Jahre.\n\n"
               "08:45 – Warum die Mieten in Leipzig so stark steigen\n"
               "Die Angebotsmieten sind binnen eines Jahres um elf Prozent gestiegen, mehr als in München.\n\n"
               "15:30 – Was die neue Grundsteuer für Eigentümer bedeutet\n"
               "Viele Bescheide fallen höher aus als erwartet. Städte dürfen ihre Hebesätze noch anpassen.\n")
    assert _items(p) == [("Tarifeinigung in der Chemiebranche", D(2025, 3, 3), ""),
                         ("Warum die Mieten in Leipzig so stark steigen", D(2025, 3, 3), ""),
                         ("Was die neue Grundsteuer für Eigentümer bedeutet", D(2025, 3, 3), "")]


def test_a_monitoring_export_s_columns_are_read_in_its_language():
    p = _parse("Data;Ora;Testata;Titolo;Anteprima;Lettori\n"
               "05/03/2025;07:10;Il Sole 24 Ore;Borsa, Milano chiude in rialzo trainata dalle banche;"
               "Il Ftse Mib ha guadagnato l'1,2 per cento con gli acquisti sui titoli bancari e assicurativi della giornata.;900 000\n"
               "04/03/2025;19:30;La Stampa;Torino, via libera alla seconda linea della metropolitana;"
               "Il governo ha firmato il finanziamento da un miliardo e mezzo per i primi dieci chilometri della linea.;400 000\n"
               "04/03/2025;12:02;Corriere della Sera;Neve sulle Alpi, chiusi tre passi;"
               "Le strade verso la Svizzera resteranno chiuse fino a domani sera per il forte rischio di valanghe.;1 500 000\n")
    assert _items(p) == [("Borsa, Milano chiude in rialzo trainata dalle banche", D(2025, 3, 5), "Il Sole 24 Ore"),
                         ("Torino, via libera alla seconda linea della metropolitana", D(2025, 3, 4), "La Stampa"),
                         ("Neve sulle Alpi, chiusi tre passi", D(2025, 3, 4), "Corriere della Sera")]
    assert p.stories[0].paras[0].startswith("Il Ftse Mib ha guadagnato")


def test_a_forwarded_newsletter_is_read_without_the_sender_s_note_and_its_quoting():
    p = _parse("Hallo zusammen,\n\nanbei der Newsletter von heute, schaut euch den zweiten Punkt an.\n\nGruß\nTobias\n\n"
               "---------- Weitergeleitete Nachricht ---------\nVon: Agrar-Info <info@agrar.example>\n"
               "Datum: Mo., 3. März 2025 um 06:30\nBetreff: Die Woche auf dem Land\nAn: <team@hof.example>\n\n"
               "> Guten Morgen,\n>\n> *Milchpreis sinkt zum dritten Mal in Folge*\n"
               "> Die Molkereien zahlen im März im Schnitt zwei Cent weniger je Kilo. Die\n"
               "> Bauernverbände fordern eine Mengenregelung.\n> Quelle: Agrarheute\n>\n"
               "> *Schweinepest: Sperrzone in Brandenburg aufgehoben*\n"
               "> Nach einem Jahr ohne neuen Fund dürfen Betriebe wieder frei handeln. Die\n"
               "> Jäger sollen die Suche dennoch fortsetzen.\n> Quelle: Tagesspiegel\n>\n"
               "> *Neue Düngeregeln gelten ab April*\n"
               "> Betriebe in roten Gebieten müssen ihre Düngung um ein Fünftel senken.\n> Quelle: Topagrar\n>\n"
               "> Wenn Sie diesen Newsletter nicht mehr erhalten möchten, klicken Sie hier.\n")
    assert _items(p) == [("Milchpreis sinkt zum dritten Mal in Folge", D(2025, 3, 3), "Agrarheute"),
                         ("Schweinepest: Sperrzone in Brandenburg aufgehoben", D(2025, 3, 3), "Tagesspiegel"),
                         ("Neue Düngeregeln gelten ab April", D(2025, 3, 3), "Topagrar")]
    assert all(">" not in para for s in p.stories for para in s.paras)


def test_a_press_review_is_one_item_per_newspaper():
    p = _parse("Presseschau\nMittwoch, 5. März 2025\n\nDie Kommentare der Zeitungen zu den Themen des Tages.\n\n"
               "Die Frankfurter Allgemeine Zeitung sieht in den Sondierungen ein Risiko für den Haushalt. Wer jetzt "
               "hunderte Milliarden verspreche, müsse sagen, wo er sie hernehme.\n\n"
               "Das Handelsblatt lobt dagegen den Mut zur Investition. Marode Brücken und Schulen kosteten am Ende mehr "
               "als jeder Kredit.\n\n"
               "Für die Süddeutsche Zeitung ist der Streit um die Schuldenbremse ein Generationenkonflikt, den keine "
               "Partei offen austragen wolle.\n\n"
               "Und die Welt fragt, warum die Union im Wahlkampf das Gegenteil versprochen habe.\n")
    assert [s.source for s in p.stories] == ["Frankfurter Allgemeine Zeitung", "Handelsblatt", "Süddeutsche Zeitung", "Welt"]
    assert all(s.date == D(2025, 3, 5) for s in p.stories)


def test_a_date_line_under_a_headline_ending_in_a_particle_is_not_joined_to_it():
    p = _parse("Nachrichten\n\n\nDax zieht kräftig an\nMo, 3. Feb 2025, 17:40\n\n"
               "Der Leitindex schloss 1,8 Prozent höher, gestützt von Bankaktien.\n\n\n"
               "Mieten in Großstädten steigen weiter\nMo, 3. Feb 2025, 15:02\n\n"
               "In Berlin und Hamburg kletterten die Angebotsmieten um sieben Prozent.\n\n\n"
               "Gewerkschaft kündigt Warnstreiks an\nMo, 3. Feb 2025, 11:15\n\n"
               "Verdi ruft die Beschäftigten der Flughäfen für Donnerstag zum Ausstand auf.\n")
    assert [(s.title, s.date) for s in p.stories] == [("Dax zieht kräftig an", D(2025, 2, 3)),
                                                      ("Mieten in Großstädten steigen weiter", D(2025, 2, 3)),
                                                      ("Gewerkschaft kündigt Warnstreiks an", D(2025, 2, 3))]


def test_a_labelled_source_named_like_a_relative_date_gives_no_date():
    p = _parse("Rassegna\n\n*Il governo vara il piano casa*\nPrevisti 20 mila alloggi a canone calmierato in cinque anni.\n"
               "Fonte: Oggi\n\n*Sciopero dei treni venerdì*\nI sindacati confermano lo stop di otto ore.\nFonte: Oggi\n\n"
               "*Nuovo ponte sul Po a Cremona*\nI lavori partiranno in primavera.\nFonte: Oggi\n")
    assert _items(p) == [("Il governo vara il piano casa", None, "Oggi"), ("Sciopero dei treni venerdì", None, "Oggi"),
                         ("Nuovo ponte sul Po a Cremona", None, "Oggi")]


def test_a_headline_that_opens_like_a_sponsor_heading_is_still_an_item():
    p = _parse("Morning Brief\n\nTogether with allies, Kyiv pushes back on Moscow\n\n"
               "Ukrainian forces retook two villages near Kupiansk with help from new European air defences. (Reuters)\n\n"
               "Presented by the mayor, Paris unveils its cycling plan\n\n"
               "The city will add 180 km of protected lanes by 2030 and close six bridges to cars on Sundays. (Le Monde)\n\n"
               "Chile's copper output falls for a third month\n\n"
               "Lower ore grades at the largest mines cut production by 4 percent in October. (Bloomberg)\n")
    assert [(s.title, s.source) for s in p.stories] == [
        ("Together with allies, Kyiv pushes back on Moscow", "Reuters"),
        ("Presented by the mayor, Paris unveils its cycling plan", "Le Monde"),
        ("Chile's copper output falls for a third month", "Bloomberg")]


def test_an_interview_s_answers_are_not_taken_for_mail_headers():
    p = _parse("Five questions for the new transport commissioner\n\n"
               "Q: When will the rail link to Lisbon be finished?\n"
               "A: The Spanish section opens in 2027, the Portuguese one two years later.\n\n"
               "Q: Who pays for the night trains?\n"
               "A: The member states on each route share the cost with the operators.\n")
    text = " ".join(para for s in p.stories for para in s.paras)
    assert "The Spanish section opens in 2027" in text and "share the cost with the operators" in text


def test_a_greeting_s_one_paragraph_before_the_first_headline_is_the_intro():
    p = _parse("Il Punto del Lunedì\n10 marzo 2025\n\nBuongiorno a tutti,\n\n"
               "ecco le notizie economiche che vi hanno interessato di più nell'ultima settimana.\n\n"
               "Le bollette del gas scendono del 9 per cento ad aprile\n\n"
               "L'Autorità per l'energia ha fissato le nuove tariffe per i clienti vulnerabili.\n\n"
               "Fiat riapre la linea della Panda a Pomigliano\n\n"
               "Rientrano al lavoro 1.200 operai dopo tre settimane di cassa integrazione.\n\n"
               "Il turismo invernale supera i livelli del 2019\n\n"
               "Le presenze nelle località alpine sono cresciute del 6 per cento rispetto all'anno scorso.\n")
    assert [s.title for s in p.stories] == ["Le bollette del gas scendono del 9 per cento ad aprile",
                                            "Fiat riapre la linea della Panda a Pomigliano",
                                            "Il turismo invernale supera i livelli del 2019"]
