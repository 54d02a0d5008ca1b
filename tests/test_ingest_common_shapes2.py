"""More plain shapes of a digest (found by tests/tools/plainshapes.py, six languages): each test is
a page written for it in two or more languages or wordings other than the probe's, and failed
before its fix. In process."""
from __future__ import annotations

import datetime as dt

from ingest_kinds import items as _items, parser

D = dt.date
_parse = parser(D(2025, 6, 12))


def test_an_outlet_in_brackets_before_the_headline():
    p = _parse("Evening news, 10 June 2025\n\n"
               "[AFP] Storm closes ports along the Adriatic coast\n"
               "Ferries between Ancona and Split were cancelled as winds reached 120 km/h on Tuesday.\n\n"
               "[Deutsche Welle] Berlin doubles funding for rail repairs\n"
               "The transport ministry will spend eight billion euros a year on tracks and bridges.\n\n"
               "[Financial Times] Airline profits rise on strong summer bookings\n"
               "Carriers expect record passenger numbers after a year of rising fares across Europe.\n")
    assert _items(p) == [("Storm closes ports along the Adriatic coast", D(2025, 6, 10), "AFP"),
                         ("Berlin doubles funding for rail repairs", D(2025, 6, 10), "Deutsche Welle"),
                         ("Airline profits rise on strong summer bookings", D(2025, 6, 10), "Financial Times")]
    p = _parse("Notizie della sera\n\n"
               "[ANSA] — Tempesta chiude i porti lungo la costa adriatica\n"
               "I traghetti tra Ancona e Spalato sono stati cancellati per venti fino a 120 km/h.\n\n"
               "[Il Post] — Berlino raddoppia i fondi per la rete ferroviaria\n"
               "Il ministero dei trasporti spenderà otto miliardi di euro all'anno per binari e ponti.\n\n"
               "[La Stampa] — Utili delle compagnie aeree in crescita\n"
               "I vettori prevedono un numero record di passeggeri dopo un anno di tariffe in aumento.\n")
    assert [(t, o) for t, _, o in _items(p)] == [("Tempesta chiude i porti lungo la costa adriatica", "ANSA"),
                                                 ("Berlino raddoppia i fondi per la rete ferroviaria", "Il Post"),
                                                 ("Utili delle compagnie aeree in crescita", "La Stampa")]


def test_a_labelled_source_and_a_labelled_date_on_one_line():
    p = _parse("Niederländisches Kabinett einigt sich auf Stickstoffplan\n"
               "Quelle: Die Zeit · Datum: 10.06.2025\n"
               "Landwirte in der Nähe von Schutzgebieten sollen für kleinere Tierbestände bezahlt werden.\n\n"
               "Lissabon begrenzt neue Lizenzen für Ferienwohnungen\n"
               "Quelle: Handelsblatt · Datum: 09.06.2025\n"
               "Die Stadt vergibt in sieben Vierteln des Zentrums drei Jahre lang keine neuen Lizenzen.\n")
    assert _items(p) == [("Niederländisches Kabinett einigt sich auf Stickstoffplan", D(2025, 6, 10), "Die Zeit"),
                         ("Lissabon begrenzt neue Lizenzen für Ferienwohnungen", D(2025, 6, 9), "Handelsblatt")]
    p = _parse("El Gobierno neerlandés pacta un plan de nitrógeno\n"
               "Fuente: El Confidencial | Publicado: 10/06/2025\n"
               "Los ganaderos cerca de zonas protegidas cobrarán por reducir sus cabañas de ganado.\n\n"
               "Lisboa limita las nuevas licencias de pisos turísticos\n"
               "Fuente: Cinco Días | Publicado: 09/06/2025\n"
               "El ayuntamiento dejará de conceder licencias en siete barrios del centro durante tres años.\n")
    assert _items(p) == [("El Gobierno neerlandés pacta un plan de nitrógeno", D(2025, 6, 10), "El Confidencial"),
                         ("Lisboa limita las nuevas licencias de pisos turísticos", D(2025, 6, 9), "Cinco Días")]
    assert all(len(s.paras) == 1 for s in p.stories)
    p = _parse("Kabinet bereikt akkoord over stikstofplan\n"
               "Bron: NOS | Datum: 10 juni 2025\n"
               "Boeren bij beschermde natuurgebieden krijgen geld om hun veestapel te verkleinen.\n\n"
               "Lissabon beperkt nieuwe vergunningen voor vakantieverhuur\n"
               "Bron: Het Parool | Datum: 9 juni 2025\n"
               "De gemeenteraad geeft drie jaar lang geen vergunningen meer af in zeven wijken.\n")
    assert _items(p) == [("Kabinet bereikt akkoord over stikstofplan", D(2025, 6, 10), "NOS"),
                         ("Lissabon beperkt nieuwe vergunningen voor vakantieverhuur", D(2025, 6, 9), "Het Parool")]


def test_an_outlet_and_date_line_with_the_reading_time():
    p = _parse("Niederländisches Kabinett einigt sich auf Stickstoffplan\n"
               "Die Zeit | 10.06.2025 | Lesezeit: 4 Min.\n"
               "Landwirte in der Nähe von Schutzgebieten sollen für kleinere Tierbestände bezahlt werden.\n\n"
               "Lissabon begrenzt neue Lizenzen für Ferienwohnungen\n"
               "Handelsblatt | 09.06.2025 | Lesezeit: 2 Min.\n"
               "Die Stadt vergibt in sieben Vierteln des Zentrums drei Jahre lang keine neuen Lizenzen.\n")
    assert _items(p) == [("Niederländisches Kabinett einigt sich auf Stickstoffplan", D(2025, 6, 10), "Die Zeit"),
                         ("Lissabon begrenzt neue Lizenzen für Ferienwohnungen", D(2025, 6, 9), "Handelsblatt")]
    p = _parse("Storm closes ports along the Adriatic coast\n"
               "Jun 10, 2025 — Financial Times — 6 minute read\n"
               "Ferries between Ancona and Split were cancelled as winds reached 120 km/h on Tuesday.\n\n"
               "Berlin doubles funding for rail repairs\n"
               "Jun 9, 2025 — Deutsche Welle — 3 minute read\n"
               "The transport ministry will spend eight billion euros a year on tracks and bridges.\n")
    assert _items(p) == [("Storm closes ports along the Adriatic coast", D(2025, 6, 10), "Financial Times"),
                         ("Berlin doubles funding for rail repairs", D(2025, 6, 9), "Deutsche Welle")]
    assert [s.paras for s in p.stories] == [
        ["Ferries between Ancona and Split were cancelled as winds reached 120 km/h on Tuesday."],
        ["The transport ministry will spend eight billion euros a year on tracks and bridges."]]


def test_an_outlet_line_starting_in_lowercase_is_not_the_headline_wrapped():
    p = _parse("Kabinet bereikt akkoord over stikstofplan voor boeren\n"
               "het Financieele Dagblad, 10 juni 2025\n"
               "Boeren bij beschermde natuurgebieden krijgen geld om hun veestapel te verkleinen.\n\n"
               "Lissabon beperkt nieuwe vergunningen voor vakantieverhuur\n"
               "de Volkskrant, 9 juni 2025\n"
               "De gemeenteraad geeft drie jaar lang geen vergunningen meer af in zeven wijken.\n")
    assert _items(p) == [("Kabinet bereikt akkoord over stikstofplan voor boeren", D(2025, 6, 10), "het Financieele Dagblad"),
                         ("Lissabon beperkt nieuwe vergunningen voor vakantieverhuur", D(2025, 6, 9), "de Volkskrant")]
    p = _parse("Tempesta chiude i porti lungo la costa adriatica\n"
               "il Fatto Quotidiano – 10 giugno 2025 – lettura: 3 min\n"
               "I traghetti tra Ancona e Spalato sono stati cancellati per venti fino a 120 km/h.\n\n"
               "Berlino raddoppia i fondi per la rete ferroviaria\n"
               "la Repubblica – 9 giugno 2025 – lettura: 2 min\n"
               "Il ministero dei trasporti spenderà otto miliardi di euro all'anno per binari e ponti.\n")
    assert _items(p) == [("Tempesta chiude i porti lungo la costa adriatica", D(2025, 6, 10), "il Fatto Quotidiano"),
                         ("Berlino raddoppia i fondi per la rete ferroviaria", D(2025, 6, 9), "la Repubblica")]


def test_a_lettered_list_keeps_its_letters_out_of_the_titles():
    p = _parse("Top stories\n\n"
               "a) Storm closes ports along the Adriatic coast\n"
               "Ferries between Ancona and Split were cancelled as winds reached 120 km/h on Tuesday.\n\n"
               "b) Berlin doubles funding for rail repairs\n"
               "The transport ministry will spend eight billion euros a year on tracks and bridges.\n\n"
               "c) Airline profits rise on strong summer bookings\n"
               "Carriers expect record passenger numbers after a year of rising fares across Europe.\n")
    assert [t for t, _, _ in _items(p)] == ["Storm closes ports along the Adriatic coast",
                                            "Berlin doubles funding for rail repairs",
                                            "Airline profits rise on strong summer bookings"]
    p = _parse("a. Tormenta cierra los puertos de la costa adriática — EFE\n"
               "Los ferris entre Ancona y Split se cancelaron por vientos de 120 km/h el martes.\n\n"
               "b. Berlín duplica los fondos para reparar la red ferroviaria — El Confidencial\n"
               "El ministerio de Transportes gastará ocho mil millones de euros al año en vías y puentes.\n\n"
               "c. Suben los beneficios de las aerolíneas por las reservas de verano — Cinco Días\n"
               "Las compañías esperan un número récord de pasajeros tras un año de tarifas al alza.\n")
    assert [(t, o) for t, _, o in _items(p)] == [
        ("Tormenta cierra los puertos de la costa adriática", "EFE"),
        ("Berlín duplica los fondos para reparar la red ferroviaria", "El Confidencial"),
        ("Suben los beneficios de las aerolíneas por las reservas de verano", "Cinco Días")]


def test_a_date_with_its_preposition_in_the_outlets_parentheses():
    p = _parse("Tempête : les ports de l'Adriatique fermés (Le Figaro, le 10 juin)\n"
               "Les ferries entre Ancône et Split ont été annulés, avec des vents de 120 km/h mardi.\n\n"
               "Berlin double ses crédits pour le rail (Les Echos, le 9 juin)\n"
               "Le ministère des Transports dépensera huit milliards d'euros par an pour les voies.\n")
    assert _items(p) == [("Tempête : les ports de l'Adriatique fermés", D(2025, 6, 10), "Le Figaro"),
                         ("Berlin double ses crédits pour le rail", D(2025, 6, 9), "Les Echos")]
    p = _parse("Una tormenta cierra los puertos del Adriático (El Confidencial, el 10 de junio)\n"
               "Los ferris entre Ancona y Split se cancelaron por vientos de 120 km/h el martes.\n\n"
               "Berlín duplica los fondos para el tren (Cinco Días, el 9 de junio)\n"
               "El ministerio gastará ocho mil millones de euros al año en vías y puentes.\n")
    assert _items(p) == [("Una tormenta cierra los puertos del Adriático", D(2025, 6, 10), "El Confidencial"),
                         ("Berlín duplica los fondos para el tren", D(2025, 6, 9), "Cinco Días")]


def test_an_alerts_irrelevant_button_in_german_and_dutch_is_furniture():
    for flag in ("Als irrelevant melden", "Markeer als irrelevant", "Markeren als niet relevant"):
        p = _parse("Google Alert – Windkraft\n10. Juni 2025\n\nNACHRICHTEN\n\n"
                   "Polen eröffnet seinen ersten Offshore-Windpark\n"
                   "tagesschau.de\n"
                   "Das Projekt Baltic Power soll rund 1,5 Millionen Haushalte mit Strom versorgen.\n"
                   f"{flag}\n\n"
                   "Windkraft an Land wächst schneller als geplant\n"
                   "Handelsblatt\n"
                   "Im ersten Halbjahr wurden fast doppelt so viele Anlagen genehmigt wie im Vorjahr.\n"
                   f"{flag}\n")
        assert [(t, o) for t, _, o in _items(p)] == [
            ("Polen eröffnet seinen ersten Offshore-Windpark", "tagesschau.de"),
            ("Windkraft an Land wächst schneller als geplant", "Handelsblatt")], flag


def test_an_outlet_and_date_line_under_the_headline_in_a_read_more_list():
    for more in ("Read more", "Continue reading »"):
        p = _parse("Storm closes ports along the Adriatic coast\n"
                   "Financial Times — June 10, 2025\n"
                   "Ferries between Ancona and Split were cancelled as winds reached 120 km/h on Tuesday, "
                   "stranding hundreds of travellers.\n"
                   f"{more}\n\n"
                   "Berlin doubles funding for rail repairs\n"
                   "Deutsche Welle — June 9, 2025\n"
                   "The transport ministry will spend eight billion euros a year on tracks and bridges "
                   "until the end of the decade.\n"
                   f"{more}\n")
        assert _items(p) == [("Storm closes ports along the Adriatic coast", D(2025, 6, 10), "Financial Times"),
                             ("Berlin doubles funding for rail repairs", D(2025, 6, 9), "Deutsche Welle")], more


def test_a_teaser_cut_short_before_its_read_more_link_is_no_headline():
    p = _parse("Polen eröffnet seinen ersten Offshore-Windpark\n"
               "tagesschau.de, 10.06.2025\n"
               "Das Projekt Baltic Power soll rund 1,5 Millionen Haushalte mit Strom versorgen ... mehr lesen\n\n"
               "Windkraft an Land wächst schneller als geplant\n"
               "Handelsblatt, 09.06.2025\n"
               "Im ersten Halbjahr wurden fast doppelt so viele Anlagen genehmigt ... mehr lesen\n")
    assert _items(p) == [("Polen eröffnet seinen ersten Offshore-Windpark", D(2025, 6, 10), "tagesschau.de"),
                         ("Windkraft an Land wächst schneller als geplant", D(2025, 6, 9), "Handelsblatt")]
    p = _parse("Kabinet bereikt akkoord over stikstofplan\n"
               "NOS, 10 juni 2025\n"
               "Boeren bij beschermde natuurgebieden krijgen geld om hun veestapel … Lees verder\n\n"
               "Lissabon beperkt nieuwe vergunningen voor vakantieverhuur\n"
               "Het Parool, 9 juni 2025\n"
               "De gemeenteraad geeft drie jaar lang geen vergunningen meer af … Lees verder\n")
    assert _items(p) == [("Kabinet bereikt akkoord over stikstofplan", D(2025, 6, 10), "NOS"),
                         ("Lissabon beperkt nieuwe vergunningen voor vakantieverhuur", D(2025, 6, 9), "Het Parool")]
    assert not any("Lees verder" in para for s in p.stories for para in s.paras)


def test_a_byline_with_its_outlet_and_date_on_one_line():
    p = _parse("Tempête : les ports de l'Adriatique fermés\n"
               "Par Marc Dupont, Les Echos, 10 juin 2025\n"
               "Les ferries entre Ancône et Split ont été annulés, avec des vents de 120 km/h mardi.\n\n"
               "Berlin double ses crédits pour le rail\n"
               "Par Claire Martin, Le Figaro, 9 juin 2025\n"
               "Le ministère des Transports dépensera huit milliards d'euros par an pour les voies.\n")
    assert _items(p) == [("Tempête : les ports de l'Adriatique fermés", D(2025, 6, 10), "Les Echos"),
                         ("Berlin double ses crédits pour le rail", D(2025, 6, 9), "Le Figaro")]
    p = _parse("Kabinet bereikt akkoord over stikstofplan\n"
               "Door Anna Berg · NOS · 10 juni 2025\n"
               "Boeren bij beschermde natuurgebieden krijgen geld om hun veestapel te verkleinen.\n\n"
               "Lissabon beperkt nieuwe vergunningen voor vakantieverhuur\n"
               "Door Pieter de Vries · 9 juni 2025\n"
               "De gemeenteraad geeft drie jaar lang geen vergunningen meer af in zeven wijken.\n")
    assert _items(p) == [("Kabinet bereikt akkoord over stikstofplan", D(2025, 6, 10), "NOS"),
                         ("Lissabon beperkt nieuwe vergunningen voor vakantieverhuur", D(2025, 6, 9), "")]


def test_a_date_set_off_before_each_headline():
    p = _parse("Jun 10, 2025 | Storm closes ports along the Adriatic coast (AFP)\n"
               "Ferries between Ancona and Split were cancelled as winds reached 120 km/h on Tuesday.\n\n"
               "Jun 9, 2025 | Berlin doubles funding for rail repairs (Deutsche Welle)\n"
               "The transport ministry will spend eight billion euros a year on tracks and bridges.\n\n"
               "Jun 8, 2025 | Airline profits rise on strong summer bookings (Financial Times)\n"
               "Carriers expect record passenger numbers after a year of rising fares across Europe.\n")
    assert _items(p) == [("Storm closes ports along the Adriatic coast", D(2025, 6, 10), "AFP"),
                         ("Berlin doubles funding for rail repairs", D(2025, 6, 9), "Deutsche Welle"),
                         ("Airline profits rise on strong summer bookings", D(2025, 6, 8), "Financial Times")]
    p = _parse("10.06.2025 – Polen eröffnet seinen ersten Offshore-Windpark (tagesschau.de)\n"
               "Das Projekt Baltic Power soll rund 1,5 Millionen Haushalte mit Strom versorgen.\n\n"
               "09.06.2025 – Windkraft an Land wächst schneller als geplant (Handelsblatt)\n"
               "Im ersten Halbjahr wurden fast doppelt so viele Anlagen genehmigt wie im Vorjahr.\n")
    assert _items(p) == [("Polen eröffnet seinen ersten Offshore-Windpark", D(2025, 6, 10), "tagesschau.de"),
                         ("Windkraft an Land wächst schneller als geplant", D(2025, 6, 9), "Handelsblatt")]


def test_a_bulleted_list_of_headlines_alone_keeps_them_as_titles():
    p = _parse("Rassegna stampa\n\n"
               "- Tempesta chiude i porti lungo la costa adriatica (ANSA, 10 giugno 2025)\n"
               "- Berlino raddoppia i fondi per la rete ferroviaria (Il Post, 9 giugno 2025)\n"
               "- Utili delle compagnie aeree in crescita (La Stampa, 8 giugno 2025)\n")
    assert _items(p) == [("Tempesta chiude i porti lungo la costa adriatica", D(2025, 6, 10), "ANSA"),
                         ("Berlino raddoppia i fondi per la rete ferroviaria", D(2025, 6, 9), "Il Post"),
                         ("Utili delle compagnie aeree in crescita", D(2025, 6, 8), "La Stampa")]
    p = _parse("Reading list\n\n"
               "* Storm closes ports along the Adriatic coast | AFP | Jun 10, 2025\n"
               "* Berlin doubles funding for rail repairs | Deutsche Welle | Jun 9, 2025\n"
               "* Airline profits rise on strong summer bookings | Financial Times | Jun 8, 2025\n")
    assert _items(p) == [("Storm closes ports along the Adriatic coast", D(2025, 6, 10), "AFP"),
                         ("Berlin doubles funding for rail repairs", D(2025, 6, 9), "Deutsche Welle"),
                         ("Airline profits rise on strong summer bookings", D(2025, 6, 8), "Financial Times")]


def test_numeric_dates_that_read_both_ways_are_read_the_way_that_is_not_after_the_capture():
    page = ("Storm closes ports along the Adriatic coast\n"
            "AFP, {0}\n"
            "Ferries between Ancona and Split were cancelled as winds reached 120 km/h on Tuesday.\n\n"
            "Berlin doubles funding for rail repairs\n"
            "Deutsche Welle, {1}\n"
            "The transport ministry will spend eight billion euros a year on tracks and bridges.\n\n"
            "Airline profits rise on strong summer bookings\n"
            "Financial Times, {2}\n"
            "Carriers expect record passenger numbers after a year of rising fares across Europe.\n")
    # month first, 10 June, 9 June and 5 June would be October, September and May: the first two
    # after the day the page was saved (12 June)
    for dates in (("10/06/25", "09/06/25", "05/06/25"), ("10-06-2025", "09-06-2025", "05-06-2025")):
        assert [d for _, d, _ in _items(_parse(page.format(*dates)))] == [D(2025, 6, 10), D(2025, 6, 9), D(2025, 6, 5)]
    # with no capture date nothing decides: the dates are left out, never guessed
    assert [d for _, d, _ in _items(parser(None)(page.format("10/06/25", "09/06/25", "05/06/25")))] == [None, None, None]


def test_a_quoted_headline_followed_by_its_outlet_and_date():
    p = _parse("„Polen eröffnet seinen ersten Offshore-Windpark“ – Handelsblatt, 10. Juni 2025\n"
               "Das Projekt Baltic Power soll rund 1,5 Millionen Haushalte mit Strom versorgen.\n\n"
               "„Windkraft an Land wächst schneller als geplant“ – Der Tagesspiegel, 9. Juni 2025\n"
               "Im ersten Halbjahr wurden fast doppelt so viele Anlagen genehmigt wie im Vorjahr.\n")
    assert _items(p) == [("Polen eröffnet seinen ersten Offshore-Windpark", D(2025, 6, 10), "Handelsblatt"),
                         ("Windkraft an Land wächst schneller als geplant", D(2025, 6, 9), "Der Tagesspiegel")]
    p = _parse("«Berlín duplica los fondos para el tren» (Cinco Días, 10 de junio de 2025)\n"
               "El ministerio gastará ocho mil millones de euros al año en vías y puentes.\n\n"
               "«Una tormenta cierra los puertos del Adriático» (El Confidencial, 9 de junio de 2025)\n"
               "Los ferris entre Ancona y Split se cancelaron por vientos de 120 km/h el martes.\n")
    assert _items(p) == [("Berlín duplica los fondos para el tren", D(2025, 6, 10), "Cinco Días"),
                         ("Una tormenta cierra los puertos del Adriático", D(2025, 6, 9), "El Confidencial")]


def test_pictograms_before_the_outlet_and_the_date_on_one_line():
    p = _parse("Una tormenta cierra los puertos del Adriático\n"
               "🗞️ El Confidencial · 🕒 10 de junio de 2025\n"
               "Los ferris entre Ancona y Split se cancelaron por vientos de 120 km/h el martes.\n\n"
               "Berlín duplica los fondos para el tren\n"
               "🗞️ Cinco Días · 🕒 9 de junio de 2025\n"
               "El ministerio gastará ocho mil millones de euros al año en vías y puentes.\n")
    assert _items(p) == [("Una tormenta cierra los puertos del Adriático", D(2025, 6, 10), "El Confidencial"),
                         ("Berlín duplica los fondos para el tren", D(2025, 6, 9), "Cinco Días")]
    p = _parse("Storm closes ports along the Adriatic coast\n"
               "✍️ Financial Times — 📆 Jun 10, 2025\n"
               "Ferries between Ancona and Split were cancelled as winds reached 120 km/h on Tuesday.\n\n"
               "Berlin doubles funding for rail repairs\n"
               "✍️ Deutsche Welle — 📆 Jun 9, 2025\n"
               "The transport ministry will spend eight billion euros a year on tracks and bridges.\n")
    assert _items(p) == [("Storm closes ports along the Adriatic coast", D(2025, 6, 10), "Financial Times"),
                         ("Berlin doubles funding for rail repairs", D(2025, 6, 9), "Deutsche Welle")]


def test_names_in_no_list_after_every_headline_are_the_outlets_but_subjects_are_not():
    p = _parse("Storm closes ports along the Adriatic coast - Harbour Ledger\n"
               "Ferries between Ancona and Split were cancelled as winds reached 120 km/h on Tuesday.\n\n"
               "Berlin doubles funding for rail repairs - Rail Business Daily\n"
               "The transport ministry will spend eight billion euros a year on tracks and bridges.\n\n"
               "Airline profits rise on strong summer bookings - Skyline Courier\n"
               "Carriers expect record passenger numbers after a year of rising fares across Europe.\n")
    assert [(t, o) for t, _, o in _items(p)] == [("Storm closes ports along the Adriatic coast", "Harbour Ledger"),
                                                 ("Berlin doubles funding for rail repairs", "Rail Business Daily"),
                                                 ("Airline profits rise on strong summer bookings", "Skyline Courier")]
    p = _parse("Tempesta chiude i porti lungo la costa adriatica (Eco di Genova)\n"
               "I traghetti tra Ancona e Spalato sono stati cancellati per venti fino a 120 km/h.\n\n"
               "Berlino raddoppia i fondi per la rete ferroviaria (La Voce Ferroviaria)\n"
               "Il ministero dei trasporti spenderà otto miliardi di euro all'anno per binari e ponti.\n\n"
               "Utili delle compagnie aeree in crescita (Il Corriere dei Cieli)\n"
               "I vettori prevedono un numero record di passeggeri dopo un anno di tariffe in aumento.\n")
    assert [o for _, _, o in _items(p)] == ["Eco di Genova", "La Voce Ferroviaria", "Il Corriere dei Cieli"]
    p = _parse("Talks on the grain corridor stall again - Ukraine\n"
               "Negotiators left Istanbul without a date for the next round of talks on Tuesday.\n\n"
               "Parliament approves the new defence budget - Poland\n"
               "The lower house voted for spending of 4.7 percent of economic output next year.\n\n"
               "Ports reopen after the storm - Croatia\n"
               "Ferries between Split and the islands resumed their timetable on Wednesday.\n")
    assert [o for _, _, o in _items(p)] == ["", "", ""]


def test_names_in_no_list_before_the_date_that_closes_each_headline():
    p = _parse("- Storm closes ports along the Adriatic coast – Harbour Ledger, 10 June 2025\n"
               "- Berlin doubles funding for rail repairs – Rail Business Daily, 9 June 2025\n"
               "- Airline profits rise on strong summer bookings – Skyline Courier, 8 June 2025\n")
    assert _items(p) == [("Storm closes ports along the Adriatic coast", D(2025, 6, 10), "Harbour Ledger"),
                         ("Berlin doubles funding for rail repairs", D(2025, 6, 9), "Rail Business Daily"),
                         ("Airline profits rise on strong summer bookings", D(2025, 6, 8), "Skyline Courier")]
    p = _parse("a. Tempête : les ports de l'Adriatique fermés (Courrier des Alpes, le 10 juin)\n"
               "Les ferries entre Ancône et Split ont été annulés, avec des vents de 120 km/h mardi.\n\n"
               "b. Berlin double ses crédits pour le rail (La Gazette du Rail, le 9 juin)\n"
               "Le ministère des Transports dépensera huit milliards d'euros par an pour les voies.\n\n"
               "c. Les compagnies aériennes profitent de l'été (Le Petit Portuaire, le 8 juin)\n"
               "Les transporteurs attendent un nombre record de passagers cet été.\n")
    assert [(d, o) for _, d, o in _items(p)] == [(D(2025, 6, 10), "Courrier des Alpes"),
                                                 (D(2025, 6, 9), "La Gazette du Rail"),
                                                 (D(2025, 6, 8), "Le Petit Portuaire")]


def test_names_in_no_list_before_every_headline_are_the_outlets():
    p = _parse("[Hafen Rundschau] Polen eröffnet seinen ersten Offshore-Windpark\n"
               "Das Projekt Baltic Power soll rund 1,5 Millionen Haushalte mit Strom versorgen.\n\n"
               "[Agrar Kurier] Windkraft an Land wächst schneller als geplant\n"
               "Im ersten Halbjahr wurden fast doppelt so viele Anlagen genehmigt wie im Vorjahr.\n\n"
               "[Nord Tribune] Bahn bestellt hundert neue Regionalzüge\n"
               "Die ersten Fahrzeuge sollen ab 2027 in Schleswig-Holstein fahren.\n")
    assert [(t, o) for t, _, o in _items(p)] == [("Polen eröffnet seinen ersten Offshore-Windpark", "Hafen Rundschau"),
                                                 ("Windkraft an Land wächst schneller als geplant", "Agrar Kurier"),
                                                 ("Bahn bestellt hundert neue Regionalzüge", "Nord Tribune")]
    p = _parse("DIARIO DEL PUERTO — Una tormenta cierra los puertos del Adriático\n"
               "Los ferris entre Ancona y Split se cancelaron por vientos de 120 km/h el martes.\n\n"
               "CRÓNICA VERDE — Berlín duplica los fondos para el tren\n"
               "El ministerio gastará ocho mil millones de euros al año en vías y puentes.\n\n"
               "EL FARO ECONÓMICO — Suben los beneficios de las aerolíneas\n"
               "Las compañías esperan un número récord de pasajeros este verano.\n")
    assert [o for _, _, o in _items(p)] == ["DIARIO DEL PUERTO", "CRÓNICA VERDE", "EL FARO ECONÓMICO"]


def test_a_name_in_no_list_beside_each_items_date_dates_that_item_only():
    # an author's or an outlet's name, unlisted: the outlet is left empty, the date is the item's
    p = _parse("Storm closes ports along the Adriatic coast\n"
               "Harbour Ledger, 10/06/25\n"
               "Ferries between Ancona and Split were cancelled as winds reached 120 km/h on Tuesday.\n\n"
               "Berlin doubles funding for rail repairs\n"
               "Marta Kowalska, 09/06/25\n"
               "The transport ministry will spend eight billion euros a year on tracks and bridges.\n\n"
               "Airline profits rise on strong summer bookings\n"
               "Skyline Courier Europe, 05/06/25\n"
               "Carriers expect record passenger numbers after a year of rising fares across Europe.\n")
    assert [(t, d) for t, d, _ in _items(p)] == [("Storm closes ports along the Adriatic coast", D(2025, 6, 10)),
                                                 ("Berlin doubles funding for rail repairs", D(2025, 6, 9)),
                                                 ("Airline profits rise on strong summer bookings", D(2025, 6, 5))]
    p = _parse("Tempesta chiude i porti lungo la costa adriatica\n"
               "La Voce Ferroviaria · 10 giugno 2025\n"
               "I traghetti tra Ancona e Spalato sono stati cancellati per venti fino a 120 km/h.\n\n"
               "Berlino raddoppia i fondi per la rete ferroviaria\n"
               "Eco di Genova · 9 giugno 2025\n"
               "Il ministero dei trasporti spenderà otto miliardi di euro all'anno per binari e ponti.\n\n"
               "Utili delle compagnie aeree in crescita\n"
               "Il Giornale del Porto · 6 giugno 2025\n"
               "I vettori prevedono un numero record di passeggeri dopo un anno di tariffe in aumento.\n")
    assert [(t, d) for t, d, _ in _items(p)] == [("Tempesta chiude i porti lungo la costa adriatica", D(2025, 6, 10)),
                                                 ("Berlino raddoppia i fondi per la rete ferroviaria", D(2025, 6, 9)),
                                                 ("Utili delle compagnie aeree in crescita", D(2025, 6, 6))]


def test_a_bracketed_or_pictogram_name_in_no_list_beside_the_date():
    for meta in ("({0}) · {1}", "📰 {0} | 📅 {1}"):
        p = _parse("Polen eröffnet seinen ersten Offshore-Windpark\n"
                   + meta.format("Hafen Rundschau Nord", "10. Juni 2025") + "\n"
                   "Das Projekt Baltic Power soll rund 1,5 Millionen Haushalte mit Strom versorgen.\n\n"
                   "Windkraft an Land wächst schneller als geplant\n"
                   + meta.format("Agrar Kurier", "9. Juni 2025") + "\n"
                   "Im ersten Halbjahr wurden fast doppelt so viele Anlagen genehmigt wie im Vorjahr.\n\n"
                   "Bahn bestellt hundert neue Regionalzüge\n"
                   + meta.format("Neue Ostsee Zeitung", "6. Juni 2025") + "\n"
                   "Die ersten Fahrzeuge sollen ab 2027 in Schleswig-Holstein fahren.\n")
        assert [(t, d) for t, d, _ in _items(p)] == [
            ("Polen eröffnet seinen ersten Offshore-Windpark", D(2025, 6, 10)),
            ("Windkraft an Land wächst schneller als geplant", D(2025, 6, 9)),
            ("Bahn bestellt hundert neue Regionalzüge", D(2025, 6, 6))], meta
