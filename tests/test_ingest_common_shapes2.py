"""More plain shapes of a digest (found by tests/tools/plainshapes.py, six languages): each test is
a page written for it in two or more languages or wordings other than the probe's, and failed
before its fix. In process."""
from __future__ import annotations

import datetime as dt

from ingest_kinds import items as _items, parser

D = dt.date
_parse = parser(D(2025, 6, 12))

# Three stories per language, written for these tests: (title, text).
EN = (("Storm closes ports along the Adriatic coast",
       "Ferries between Ancona and Split were cancelled as winds reached 120 km/h on Tuesday."),
      ("Berlin doubles funding for rail repairs",
       "The transport ministry will spend eight billion euros a year on tracks and bridges."),
      ("Airline profits rise on strong summer bookings",
       "Carriers expect record passenger numbers after a year of rising fares across Europe."))
DE = (("Polen eröffnet seinen ersten Offshore-Windpark",
       "Das Projekt Baltic Power soll rund 1,5 Millionen Haushalte mit Strom versorgen."),
      ("Windkraft an Land wächst schneller als geplant",
       "Im ersten Halbjahr wurden fast doppelt so viele Anlagen genehmigt wie im Vorjahr."),
      ("Bahn bestellt hundert neue Regionalzüge", "Die ersten Fahrzeuge sollen ab 2027 in Schleswig-Holstein fahren."))
IT = (("Tempesta chiude i porti lungo la costa adriatica",
       "I traghetti tra Ancona e Spalato sono stati cancellati per venti fino a 120 km/h."),
      ("Berlino raddoppia i fondi per la rete ferroviaria",
       "Il ministero dei trasporti spenderà otto miliardi di euro all'anno per binari e ponti."),
      ("Utili delle compagnie aeree in crescita",
       "I vettori prevedono un numero record di passeggeri dopo un anno di tariffe in aumento."))
ES = (("Una tormenta cierra los puertos del Adriático",
       "Los ferris entre Ancona y Split se cancelaron por vientos de 120 km/h el martes."),
      ("Berlín duplica los fondos para el tren",
       "El ministerio gastará ocho mil millones de euros al año en vías y puentes."),
      ("Suben los beneficios de las aerolíneas", "Las compañías esperan un número récord de pasajeros este verano."))
FR = (("Tempête : les ports de l'Adriatique fermés",
       "Les ferries entre Ancône et Split ont été annulés, avec des vents de 120 km/h mardi."),
      ("Berlin double ses crédits pour le rail",
       "Le ministère des Transports dépensera huit milliards d'euros par an pour les voies."),
      ("Les compagnies aériennes profitent de l'été", "Les transporteurs attendent un nombre record de passagers cet été."))
NL = (("Kabinet bereikt akkoord over stikstofplan",
       "Boeren bij beschermde natuurgebieden krijgen geld om hun veestapel te verkleinen."),
      ("Lissabon beperkt nieuwe vergunningen voor vakantieverhuur",
       "De gemeenteraad geeft drie jaar lang geen vergunningen meer af in zeven wijken."),
      ("Polen opent zijn eerste windpark op zee", "Het project Baltic Power levert stroom aan ongeveer 1,5 miljoen huishoudens."))
JUNE = (D(2025, 6, 10), D(2025, 6, 9), D(2025, 6, 8))


def _page(shape: str, stories, metas, head: str = "", sep: str = "\n\n") -> str:
    """A page of `stories` (title, text) each written as `shape` says ('{title}\\n{0}\\n{text}'), with
    its own values for the numbered fields (`metas`, one tuple per story)."""
    return head + sep.join(shape.format(*m, title=t, text=x) for (t, x), m in zip(stories, metas)) + "\n"


def _titles(stories) -> list[str]:
    return [t for t, _ in stories]


def test_an_outlet_in_brackets_before_the_headline():
    p = _parse(_page("[{0}] {title}\n{text}", EN, [("AFP",), ("Deutsche Welle",), ("Financial Times",)],
                     head="Evening news, 10 June 2025\n\n"))
    assert _items(p) == list(zip(_titles(EN), [D(2025, 6, 10)] * 3, ["AFP", "Deutsche Welle", "Financial Times"]))
    p = _parse(_page("[{0}] — {title}\n{text}", IT, [("ANSA",), ("Il Post",), ("La Stampa",)], head="Notizie della sera\n\n"))
    assert [(t, o) for t, _, o in _items(p)] == list(zip(_titles(IT), ["ANSA", "Il Post", "La Stampa"]))


def test_a_labelled_source_and_a_labelled_date_on_one_line():
    p = _parse(_page("{title}\nQuelle: {0} · Datum: {1}\n{text}", DE[:2], [("Die Zeit", "10.06.2025"),
                                                                        ("Handelsblatt", "09.06.2025")]))
    assert _items(p) == list(zip(_titles(DE[:2]), JUNE, ["Die Zeit", "Handelsblatt"]))
    p = _parse(_page("{title}\nFuente: {0} | Publicado: {1}\n{text}", ES[:2], [("El Confidencial", "10/06/2025"),
                                                                             ("Cinco Días", "09/06/2025")]))
    assert _items(p) == list(zip(_titles(ES[:2]), JUNE, ["El Confidencial", "Cinco Días"]))
    assert all(len(s.paras) == 1 for s in p.stories)
    p = _parse(_page("{title}\nBron: {0} | Datum: {1}\n{text}", NL[:2], [("NOS", "10 juni 2025"),
                                                                       ("Het Parool", "9 juni 2025")]))
    assert _items(p) == list(zip(_titles(NL[:2]), JUNE, ["NOS", "Het Parool"]))


def test_an_outlet_and_date_line_with_the_reading_time():
    p = _parse(_page("{title}\n{0} | {1} | Lesezeit: {2} Min.\n{text}", DE[:2], [("Die Zeit", "10.06.2025", 4),
                                                                               ("Handelsblatt", "09.06.2025", 2)]))
    assert _items(p) == list(zip(_titles(DE[:2]), JUNE, ["Die Zeit", "Handelsblatt"]))
    p = _parse(_page("{title}\n{0} — {1} — {2} minute read\n{text}", EN[:2], [("Jun 10, 2025", "Financial Times", 6),
                                                                            ("Jun 9, 2025", "Deutsche Welle", 3)]))
    assert _items(p) == list(zip(_titles(EN[:2]), JUNE, ["Financial Times", "Deutsche Welle"]))
    assert [s.paras for s in p.stories] == [[x] for _, x in EN[:2]]


def test_an_outlet_line_starting_in_lowercase_is_not_the_headline_wrapped():
    p = _parse(_page("{title}\n{0}, {1}\n{text}", NL[:2], [("het Financieele Dagblad", "10 juni 2025"),
                                                         ("de Volkskrant", "9 juni 2025")]))
    assert _items(p) == list(zip(_titles(NL[:2]), JUNE, ["het Financieele Dagblad", "de Volkskrant"]))
    p = _parse(_page("{title}\n{0} – {1} – lettura: {2} min\n{text}", IT[:2], [("il Fatto Quotidiano", "10 giugno 2025", 3),
                                                                             ("la Repubblica", "9 giugno 2025", 2)]))
    assert _items(p) == list(zip(_titles(IT[:2]), JUNE, ["il Fatto Quotidiano", "la Repubblica"]))


def test_a_lettered_list_keeps_its_letters_out_of_the_titles():
    p = _parse(_page("{0}) {title}\n{text}", EN, [("a",), ("b",), ("c",)], head="Top stories\n\n"))
    assert [t for t, _, _ in _items(p)] == _titles(EN)
    p = _parse(_page("{0}. {title} — {1}\n{text}", ES, [("a", "EFE"), ("b", "El Confidencial"), ("c", "Cinco Días")]))
    assert [(t, o) for t, _, o in _items(p)] == list(zip(_titles(ES), ["EFE", "El Confidencial", "Cinco Días"]))


def test_a_date_with_its_preposition_in_the_outlets_parentheses():
    p = _parse(_page("{title} ({0}, le {1} juin)\n{text}", FR[:2], [("Le Figaro", 10), ("Les Echos", 9)]))
    assert _items(p) == list(zip(_titles(FR[:2]), JUNE, ["Le Figaro", "Les Echos"]))
    p = _parse(_page("{title} ({0}, el {1} de junio)\n{text}", ES[:2], [("El Confidencial", 10), ("Cinco Días", 9)]))
    assert _items(p) == list(zip(_titles(ES[:2]), JUNE, ["El Confidencial", "Cinco Días"]))


def test_an_alerts_irrelevant_button_in_german_and_dutch_is_furniture():
    for flag in ("Als irrelevant melden", "Markeer als irrelevant", "Markeren als niet relevant"):
        p = _parse(_page("{title}\n{0}\n{text}\n{1}", DE[:2], [("tagesschau.de", flag), ("Handelsblatt", flag)],
                         head="Google Alert – Windkraft\n10. Juni 2025\n\nNACHRICHTEN\n\n"))
        assert [(t, o) for t, _, o in _items(p)] == list(zip(_titles(DE[:2]), ["tagesschau.de", "Handelsblatt"])), flag


def test_an_outlet_and_date_line_under_the_headline_in_a_read_more_list():
    for more in ("Read more", "Continue reading »"):
        p = _parse(_page("{title}\n{0} — {1}\n{text} It was the {2} such day this year.\n" + more, EN[:2],
                         [("Financial Times", "June 10, 2025", "third"), ("Deutsche Welle", "June 9, 2025", "fifth")]))
        assert _items(p) == list(zip(_titles(EN[:2]), JUNE, ["Financial Times", "Deutsche Welle"])), more


def test_a_teaser_cut_short_before_its_read_more_link_is_no_headline():
    p = _parse(_page("{title}\n{0}, {1}\n{text} ... mehr lesen", DE[:2], [("tagesschau.de", "10.06.2025"),
                                                                        ("Handelsblatt", "09.06.2025")]))
    assert _items(p) == list(zip(_titles(DE[:2]), JUNE, ["tagesschau.de", "Handelsblatt"]))
    p = _parse(_page("{title}\n{0}, {1}\n{text} … Lees verder", NL[:2], [("NOS", "10 juni 2025"),
                                                                       ("Het Parool", "9 juni 2025")]))
    assert _items(p) == list(zip(_titles(NL[:2]), JUNE, ["NOS", "Het Parool"]))
    assert not any("Lees verder" in para for s in p.stories for para in s.paras)


def test_a_byline_with_its_outlet_and_date_on_one_line():
    p = _parse(_page("{title}\nPar {0}, {1}, {2} juin 2025\n{text}", FR[:2], [("Marc Dupont", "Les Echos", 10),
                                                                            ("Claire Martin", "Le Figaro", 9)]))
    assert _items(p) == list(zip(_titles(FR[:2]), JUNE, ["Les Echos", "Le Figaro"]))
    p = _parse(_page("{title}\nDoor {0} · {1} juni 2025\n{text}", NL[:2], [("Anna Berg · NOS", 10),
                                                                         ("Pieter de Vries", 9)]))
    assert _items(p) == list(zip(_titles(NL[:2]), JUNE, ["NOS", ""]))


def test_a_date_set_off_before_each_headline():
    p = _parse(_page("Jun {0}, 2025 | {title} ({1})\n{text}", EN, [(10, "AFP"), (9, "Deutsche Welle"),
                                                                  (8, "Financial Times")]))
    assert _items(p) == list(zip(_titles(EN), JUNE, ["AFP", "Deutsche Welle", "Financial Times"]))
    p = _parse(_page("{0}.06.2025 – {title} ({1})\n{text}", DE[:2], [(10, "tagesschau.de"), ("09", "Handelsblatt")]))
    assert _items(p) == list(zip(_titles(DE[:2]), JUNE, ["tagesschau.de", "Handelsblatt"]))


def test_a_bulleted_list_of_headlines_alone_keeps_them_as_titles():
    p = _parse(_page("- {title} ({0}, {1} giugno 2025)", IT, [("ANSA", 10), ("Il Post", 9), ("La Stampa", 8)],
                     head="Rassegna stampa\n\n", sep="\n"))
    assert _items(p) == list(zip(_titles(IT), JUNE, ["ANSA", "Il Post", "La Stampa"]))
    p = _parse(_page("* {title} | {0} | Jun {1}, 2025", EN, [("AFP", 10), ("Deutsche Welle", 9), ("Financial Times", 8)],
                     head="Reading list\n\n", sep="\n"))
    assert _items(p) == list(zip(_titles(EN), JUNE, ["AFP", "Deutsche Welle", "Financial Times"]))


def test_numeric_dates_that_read_both_ways_are_read_the_way_that_is_not_after_the_capture():
    outlets = ("AFP", "Deutsche Welle", "Financial Times")
    # month first, 10 June, 9 June and 5 June would be October, September and May: the first two
    # after the day the page was saved (12 June)
    for dates in (("10/06/25", "09/06/25", "05/06/25"), ("10-06-2025", "09-06-2025", "05-06-2025")):
        p = _parse(_page("{title}\n{0}, {1}\n{text}", EN, list(zip(outlets, dates))))
        assert [d for _, d, _ in _items(p)] == [D(2025, 6, 10), D(2025, 6, 9), D(2025, 6, 5)]
    # with no capture date nothing decides: the dates are left out, never guessed
    p = parser(None)(_page("{title}\n{0}, {1}\n{text}", EN, list(zip(outlets, ("10/06/25", "09/06/25", "05/06/25")))))
    assert [d for _, d, _ in _items(p)] == [None, None, None]


def test_a_quoted_headline_followed_by_its_outlet_and_date():
    p = _parse(_page("„{title}“ – {0}, {1}. Juni 2025\n{text}", DE[:2], [("Handelsblatt", 10), ("Der Tagesspiegel", 9)]))
    assert _items(p) == list(zip(_titles(DE[:2]), JUNE, ["Handelsblatt", "Der Tagesspiegel"]))
    p = _parse(_page("«{title}» ({0}, {1} de junio de 2025)\n{text}", ES[:2], [("Cinco Días", 10), ("El Confidencial", 9)]))
    assert _items(p) == list(zip(_titles(ES[:2]), JUNE, ["Cinco Días", "El Confidencial"]))


def test_pictograms_before_the_outlet_and_the_date_on_one_line():
    p = _parse(_page("{title}\n🗞️ {0} · 🕒 {1} de junio de 2025\n{text}", ES[:2], [("El Confidencial", 10), ("Cinco Días", 9)]))
    assert _items(p) == list(zip(_titles(ES[:2]), JUNE, ["El Confidencial", "Cinco Días"]))
    p = _parse(_page("{title}\n✍️ {0} — 📆 Jun {1}, 2025\n{text}", EN[:2], [("Financial Times", 10), ("Deutsche Welle", 9)]))
    assert _items(p) == list(zip(_titles(EN[:2]), JUNE, ["Financial Times", "Deutsche Welle"]))


def test_names_in_no_list_after_every_headline_are_the_outlets_but_subjects_are_not():
    names = ["Harbour Ledger", "Rail Business Daily", "Skyline Courier"]
    p = _parse(_page("{title} - {0}\n{text}", EN, [(n,) for n in names]))
    assert [(t, o) for t, _, o in _items(p)] == list(zip(_titles(EN), names))
    names = ["Eco di Genova", "La Voce Ferroviaria", "Il Corriere dei Cieli"]
    p = _parse(_page("{title} ({0})\n{text}", IT, [(n,) for n in names]))
    assert [o for _, _, o in _items(p)] == names
    p = _parse(_page("{title} - {0}\n{text}", EN, [("Ukraine",), ("Poland",), ("Croatia",)]))
    assert [o for _, _, o in _items(p)] == ["", "", ""]


def test_names_in_no_list_before_the_date_that_closes_each_headline():
    names = ["Harbour Ledger", "Rail Business Daily", "Skyline Courier"]
    p = _parse(_page("- {title} – {0}, {1} June 2025", EN, list(zip(names, (10, 9, 8))), sep="\n"))
    assert _items(p) == list(zip(_titles(EN), JUNE, names))
    names = ["Courrier des Alpes", "La Gazette du Rail", "Le Petit Portuaire"]
    p = _parse(_page("{0}. {title} ({1}, le {2} juin)\n{text}", FR, list(zip("abc", names, (10, 9, 8)))))
    assert [(d, o) for _, d, o in _items(p)] == list(zip(JUNE, names))


def test_names_in_no_list_before_every_headline_are_the_outlets():
    names = ["Hafen Rundschau", "Agrar Kurier", "Nord Tribune"]
    p = _parse(_page("[{0}] {title}\n{text}", DE, [(n,) for n in names]))
    assert [(t, o) for t, _, o in _items(p)] == list(zip(_titles(DE), names))
    names = ["DIARIO DEL PUERTO", "CRÓNICA VERDE", "EL FARO ECONÓMICO"]
    p = _parse(_page("{0} — {title}\n{text}", ES, [(n,) for n in names]))
    assert [o for _, _, o in _items(p)] == names


def test_a_name_in_no_list_beside_each_items_date_dates_that_item_only():
    # an author's or an outlet's name, unlisted: the outlet is left empty, the date is the item's
    p = _parse(_page("{title}\n{0}, {1}\n{text}", EN, [("Harbour Ledger", "10/06/25"), ("Marta Kowalska", "09/06/25"),
                                                     ("Skyline Courier Europe", "05/06/25")]))
    assert [(t, d) for t, d, _ in _items(p)] == list(zip(_titles(EN), [D(2025, 6, 10), D(2025, 6, 9), D(2025, 6, 5)]))
    p = _parse(_page("{title}\n{0} · {1} giugno 2025\n{text}", IT, [("La Voce Ferroviaria", 10), ("Eco di Genova", 9),
                                                                  ("Il Giornale del Porto", 6)]))
    assert [(t, d) for t, d, _ in _items(p)] == list(zip(_titles(IT), [D(2025, 6, 10), D(2025, 6, 9), D(2025, 6, 6)]))


def test_a_bracketed_or_pictogram_name_in_no_list_beside_the_date():
    names = ("Hafen Rundschau Nord", "Agrar Kurier", "Neue Ostsee Zeitung")
    for meta in ("({0}) · {1}. Juni 2025", "📰 {0} | 📅 {1}. Juni 2025"):
        p = _parse(_page("{title}\n" + meta + "\n{text}", DE, list(zip(names, (10, 9, 6)))))
        assert [(t, d) for t, d, _ in _items(p)] == list(zip(_titles(DE), [D(2025, 6, 10), D(2025, 6, 9), D(2025, 6, 6)])), meta


def test_a_read_later_apps_reading_time_is_no_age():
    """'bbc.co.uk · 5 min' under a saved article (Pocket, Instapaper, Omnivore): the minutes are its
    reading time, so the item has no date (it had the capture day: a false date), and the site is
    its outlet; a card's compact age ('Reuters · 4h', '5min', '12 min ago') is still an age."""
    saved = _parse(_page("{title}\n{0} · {1} min\n{text}", EN, [("theguardian.com", 6), ("dw.com", 3), ("ft.com", 12)]))
    assert _items(saved) == [(t, None, site) for t, site in zip(_titles(EN), ["theguardian.com", "dw.com", "ft.com"])]
    saved = _parse(_page("{title}\n{0} | {1} min\n{text}", DE, [("spiegel.de", 4), ("zeit.de", 7), ("taz.de", 2)]))
    assert [s.date for s in saved.stories] == [None] * 3
    aged = _parse(_page("{title}\n{0} · {1}\n{text}", EN, [("Reuters", "4h"), ("Deutsche Welle", "5min"),
                                                           ("Financial Times", "12 min ago")]))
    assert [s.date for s in aged.stories] == [D(2025, 6, 12)] * 3
