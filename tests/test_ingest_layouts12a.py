"""Set 12's kinds of failure, part A (tests/fixtures/ingest_heldout12: a council's minutes by agenda
item, a fact-checker's list of claims and verdicts, a stream's 'Outlet • 2 hours ago' lines), each
on pages written here in other wordings and two languages or more, never the set's own text. Each
asserts what a reader sees: the items, their titles, dates and texts. In process (run.parse)."""
from __future__ import annotations

import datetime as dt

from ingest_kinds import items as _items, parser

D = dt.date
CAPTURED = D(2026, 3, 20)
_parse = parser(CAPTURED)


def _minutes(header: list[str], items: list[tuple], labels: tuple[str, str]) -> str:
    """A council information system's minutes: a header with the session's date, then per agenda
    item its number alone on a line, the subject, a paper's reference, a decision label over the
    decision's text (or with a short value on its line) and a vote label over the count."""
    decided, vote = labels
    out = header + [""]
    for number, subject, ref, text, count in items:
        out += [number, subject, ref]
        out += [f"{decided}:", text] if text else [f"{decided}: noted"]
        out += [f"{vote}:", count, ""] if count else [""]
    return "\n".join(out + ["Page 1 of 2   Next", "Back to the meetings list   Print"]) + "\n"


_EN = [
    ("Item 4.1", "New swimming pool at Riverside Park", "CAB/0312/26",
     "The council approved a 25-metre pool with a learner pool, to cost an estimated 21 million pounds and open in spring 2028.",
     "31 for / 9 against / 2 abstentions"),
    ("Item 4.2", "Resident parking charges in the town centre", "CAB/0330/26",
     "Permits for the central zone will rise from 60 to 95 pounds a year from July, and visitor vouchers will be sold online only.",
     "Carried by a majority."),
    ("Item 5", "Motion from the Liberal group: free bus travel for under-18s", "M/044/26",
     "Officers will report by the autumn on the cost of free bus travel for young people during the school holidays.",
     "Carried unanimously."),
    ("Item 6", "Questions and announcements", "Q/2026", "", ""),
]
_FR = [
    ("P 3.1", "Rénovation de la médiathèque centrale", "DEL-2026-118",
     "Le conseil a voté la rénovation complète de la médiathèque pour un montant de 7,4 millions d'euros, avec une réouverture prévue fin 2027.",
     "38 pour / 5 contre / 2 abstentions"),
    ("P 3.2", "Tarifs de la cantine scolaire", "DEL-2026-121",
     "Le prix du repas reste fixé à 2,10 euros pour les familles aux revenus modestes, et le tarif maximal passe à 4,80 euros.",
     "Adopté à l'unanimité."),
    ("P 4", "Plan vélo 2026-2030", "DEL-2026-130",
     "La ville créera 42 kilomètres de pistes cyclables séparées et 1 500 places de stationnement pour vélos d'ici 2030.",
     "Adopté à la majorité."),
]


def test_council_minutes_are_one_item_per_agenda_point_dated_by_the_session():
    cases = [
        (["Borough of Eastmere", "Committee information", "Minutes - Full Council",
          "Date: Wednesday 11 March 2026   Status: public", "Time: 18:30 - 22:05", "Item   Subject   Paper"],
         _EN, ("Resolved", "Vote"), D(2026, 3, 11)),
        (["Ville de Montclair", "Procès-verbal - Conseil municipal", "Date : jeudi 5 mars 2026",
          "Lieu : salle du conseil, hôtel de ville"],
         _FR, ("Décision", "Vote"), D(2026, 3, 5)),
    ]
    for header, agenda, labels, session in cases:
        parsed = _parse(_minutes(header, agenda, labels))
        decided = [a for a in agenda if a[3]]
        assert [t for t, _, _ in _items(parsed)] == [a[1] for a in decided]
        assert {d for _, d, _ in _items(parsed)} == {session}
        for story, item in zip(parsed.stories, decided):
            # the decision is the text; the label, the reference and the count are not
            assert " ".join(story.paras) == item[3]


def _checks(items: list[tuple], keys: tuple[str, str], chrome: list[str]) -> str:
    """A fact-checker's list: per check the claim under a key, the rating under another, the
    finding, the date on its own line below; share buttons and an appeal between the blocks."""
    claim, rating = keys
    out = ["Latest fact checks", ""]
    for n, (text, verdict, finding, date) in enumerate(items):
        out += [f"{claim} {text}", f"{rating} {verdict}", finding, date, ""]
        if n < len(chrome):
            out += [chrome[n], ""]
    return "\n".join(out + ["Page 1 of 40   Next →"]) + "\n"


_CHECKS_EN = [
    ("The city's new bridge was paid for entirely by a foreign loan.", "False",
     "Council accounts show the bridge was funded by a national grant and the city's own capital budget; no loan was taken out.",
     "17 March 2026"),
    ("A photo shows queues at a petrol station this week.", "Out of context",
     "The picture was taken in September 2021 during a fuel shortage and has been shared again with a new caption.",
     "16 March 2026"),
    ("School holidays will be cut to four weeks from next year.", "Unproven",
     "The education department has consulted on changes to term dates but has made no decision, and no length has been proposed.",
     "13 March 2026"),
]
_CHECKS_FR = [
    ("Le prix du gazole a doublé depuis janvier.", "Faux",
     "Selon les relevés du ministère, le litre de gazole a augmenté de 9 % depuis le début de l'année, loin d'un doublement.",
     "18 mars 2026"),
    ("Une vidéo montre une manifestation à Lyon samedi dernier.", "Trompeur",
     "Les images datent de 2019 et ont été filmées à Bordeaux lors d'un autre rassemblement, selon notre recherche inversée.",
     "15 mars 2026"),
    ("Les hôpitaux publics ont perdu 20 000 lits en un an.", "Exagéré",
     "Les chiffres officiels font état d'environ 4 900 lits fermés en 2025, dont une partie remplacée par des places en ambulatoire.",
     "12 mars 2026"),
]


def test_fact_checks_are_titled_by_the_claim_and_dated_by_the_line_under_them():
    chrome = ["Share this: Facebook  X  Email", "Help us check more claims. Every donation counts.  Donate"]
    for items, keys in ((_CHECKS_EN, ("Claim:", "Verdict:")), (_CHECKS_FR, ("Affirmation :", "Verdict :")),
                        (_CHECKS_EN, ("Claim checked:", "Our rating:"))):
        parsed = _parse(_checks(items, keys, chrome))
        got = _items(parsed)
        assert [t for t, _, _ in got] == [i[0] for i in items]
        want = [D(2026, 3, int(i[3].split()[0])) for i in items]
        assert [d for _, d, _ in got] == want
        # the rating is a label, not the text; the date line and the page's blocks are not text either
        assert [s.paras for s in parsed.stories] == [[i[2]] for i in items]
        assert [s.labels for s in parsed.stories] == [[i[1]] for i in items]   # the rating: the item's label


def _stream(masthead: str, menu: str, heading: str, items: list[tuple]) -> str:
    """A portal's news stream: its own name on the first line (an outlet's name too), a menu, a
    heading, then per item 'Outlet • age' above the headline and the teaser."""
    out = [masthead, menu, "", heading, ""]
    for outlet, age, title, teaser in items:
        out += [f"{outlet} • {age}", title, teaser, ""]
    return "\n".join(out + ["Load more"]) + "\n"


def test_a_streams_first_item_is_credited_to_the_outlet_line_above_it_not_the_masthead():
    en = [("Reuters", "3 hours ago", "Port strike halts container traffic in Rotterdam for a second day",
           "Dockworkers walked out over automation plans, and shipping lines diverted vessels to Antwerp and Hamburg."),
          ("The Guardian", "Yesterday", "Water companies told to publish sewage spill data every hour",
           "The regulator said live figures must be online by the summer, with fines for firms that miss the deadline."),
          ("BBC News", "2 days ago", "Ferry operator cancels crossings as storm reaches the Channel",
           "Passengers were offered places on later sailings after winds of up to 80 miles an hour were forecast.")]
    de = [("Der Spiegel", "vor 2 Stunden", "Bahn streicht Fernzüge zwischen Hamburg und Berlin",
           "Wegen Bauarbeiten fallen bis Ende des Monats mehrere Verbindungen aus, Ersatzbusse fahren im Stundentakt."),
          ("Die Zeit", "Gestern", "Mietpreisbremse soll bis 2029 verlängert werden",
           "Das Kabinett hat einen Entwurf beschlossen, der die Regel in angespannten Wohnungsmärkten weiter gelten lässt."),
          ("Handelsblatt", "vor 3 Tagen", "Autobauer melden schwächeren Absatz in China",
           "Die Verkäufe deutscher Hersteller sanken im ersten Quartal um zwölf Prozent, vor allem bei Elektroautos.")]
    for masthead, menu, heading, items, first_date in (
            ("Yahoo News", "Home  World  Business  Sport", "Top stories", en, D(2026, 3, 20)),
            ("MSN", "Startseite  Politik  Wirtschaft", "Nachrichten", de, D(2026, 3, 20))):
        got = _items(_parse(_stream(masthead, menu, heading, items)))
        assert [(t, s) for t, _, s in got] == [(i[2], i[0]) for i in items]
        assert got[0][1] == first_date
