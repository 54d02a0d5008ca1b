"""Set 10's kinds of failure (tests/fixtures/ingest_heldout10: a link newsletter's capitals headlines
with a reading time, …), each on pages written here in other wording and two languages or more, never
the set's own text. Each asserts what a reader sees: the titles of the items, and no reading time or
page furniture among them. In process (run.parse): no files, no build."""
from __future__ import annotations

import datetime as dt

from ingest_kinds import items as _items, parser

D = dt.date
CAPTURED = D(2026, 5, 20)
_parse = parser(CAPTURED)


def _link_letter(name: str, sponsor: str, section: str, promo: str, items) -> str:
    """A link newsletter: a sponsor's block in mixed case, a section heading, headlines in capitals
    each ending in its reading time over a one-paragraph summary, a promotion block at the end."""
    head = f"{name} 2026-05-20\n\n{sponsor}\n\nA sponsor's pitch that runs to one sentence and a bit more, as they do.\n\n{section}\n\n"
    body = "".join(f"{t} ({r})\n\n{x}\n\n" for t, r, x in items)
    return head + body + f"{promo}\n\nA last sentence of the promotion, long enough to read as running text here.\n"


def _assert_headlines(parsed, items) -> None:
    """Each capitals headline is an item's title, without its reading time, over its own summary
    (the sponsor's and the promotion's blocks are another matter)."""
    read = {s.title: s.paras for s in parsed.stories}
    assert {t: read.get(t) for t, _, _ in items} == {t: [x] for t, _, x in items}


def test_capitals_headlines_ending_in_a_reading_time_are_items_without_it():
    en = [("WALES OPENS ITS FIRST TIDAL LAGOON TENDER", "3 MINUTE READ",
           "The Welsh government invited bids for a lagoon in Swansea Bay that would generate power for 120 years."),
          ("NORWAY'S FERRIES GO ELECTRIC ON EVERY FJORD ROUTE", "2 min read",
           "The last diesel crossing was retired on Monday, after a decade of contracts that required batteries."),
          ("COPPER PRICE HITS A RECORD AS SMELTERS CUT OUTPUT", "4 MINUTE READ",
           "Traders said Chinese smelters had reduced runs after processing fees fell below zero in April.")]
    p = _parse(_link_letter("Morning Watts", "Gridly: forecasting for people who trade power (Sponsor)",
                            "Energy & Markets", "Enjoying Morning Watts? Forward it to a friend!", en))
    _assert_headlines(p, en)
    de = [("BAYERN FÖRDERT WÄRMEPUMPEN IN ALTBAUTEN", "Lesezeit: 3 Min.",
           "Das Land zahlt bis zu zehntausend Euro pro Haus, wenn die alte Ölheizung bis Ende des Jahres ersetzt wird."),
          ("HAMBURGER HAFEN ERHÄLT LANDSTROM FÜR KREUZFAHRTSCHIFFE", "2 Min. Lesezeit",
           "Ab Juni können drei Terminals die Schiffe mit Strom versorgen, während sie am Kai liegen."),
          ("STAHLWERK IN DUISBURG STELLT AUF WASSERSTOFF UM", "4 Minuten Lesezeit",
           "Der Konzern nimmt die erste Direktreduktionsanlage in Betrieb und will so die Emissionen halbieren.")]
    q = _parse(_link_letter("Energie kompakt", "Stromwerk: Ihr Tarif für dynamische Preise (Anzeige)",
                            "Politik & Technik", "Gefällt Ihnen Energie kompakt? Empfehlen Sie uns weiter!", de))
    _assert_headlines(q, de)


def _blog_archive(heading: str, posts, closing: str) -> str:
    """A blog engine's archive page: per post its headline, its 'posted on … by …' line, its text and
    its footer of categories, tags and comments; the archive's own links around them."""
    return f"The Valley Courier\n\nHome  About  Contact\n\n{heading}\n\n" + "".join(
        f"{t}\n{posted}\n{x}\n{foot}\n\n" for t, posted, x, foot in posts) + f"{closing}\n\nSearch\n"


def test_a_blog_archives_post_lines_date_each_post_and_its_footer_is_no_item():
    en = [("Ferry service to the island resumes after a month", "Published on 12 May 2026 by Rhian Evans",
           "The operator said the repaired ramp at the harbour passed its inspection on Friday afternoon.",
           "Filed under Transport · Tagged ferries, harbour · 3 Comments"),
          ("Library opening hours cut to four days a week", "Published on 6 May 2026 by Tom Hale",
           "The county council said the change would save money until a new budget is agreed next year.",
           "Filed under Council · Tagged libraries · Leave a reply"),
          ("New cycle path links the two villages", "Published on 2 May 2026 by Rhian Evans",
           "The three-mile route follows the old railway line and was paid for by a national grant.",
           "Filed under Transport · Tagged cycling · Comments off")]
    fr = [("Le marché couvert rouvre après travaux", "Publié le 14 mai 2026 par Claire Morel",
           "Les commerçants retrouvent leurs étals dès samedi, après huit mois de chantier sur la toiture.",
           "Publié dans Commerce | Étiqueté marché, travaux | Laisser un commentaire"),
          ("La piscine municipale fermée pour l'été", "Publié le 9 mai 2026 par Luc Bernard",
           "Une fuite dans le bassin principal oblige la ville à reporter la saison jusqu'en septembre.",
           "Publié dans Sports | Étiqueté piscine | 2 commentaires"),
          ("Un nouveau médecin s'installe au village", "Publié le 4 mai 2026 par Claire Morel",
           "La commune a mis un cabinet à sa disposition pour trois ans, sans loyer la première année.",
           "Publié dans Santé | Étiqueté médecins, santé | Laisser un commentaire")]
    for posts, heading, closing, labels in (
            (en, "Archive for May 2026", "Older entries",
             [["Transport", "ferries", "harbour"], ["Council", "libraries"], ["Transport", "cycling"]]),
            (fr, "Archives mensuelles : mai 2026", "Articles plus anciens",
             [["Commerce", "marché", "travaux"], ["Sports", "piscine"], ["Santé", "médecins", "santé"]])):
        p = _parse(_blog_archive(heading, posts, closing))
        assert _items(p) == [(t, D(2026, 5, int(d.split()[2])), "") for t, d, _, _ in posts]
        assert [s.paras for s in p.stories] == [[x] for _, _, x, _ in posts]
        assert [s.labels for s in p.stories] == labels


def _tag_page(tag: str, teasers, more: str) -> str:
    """A tag page: per teaser its headline, its text, its author's name alone and its date below."""
    return f"{tag}\n\n" + "".join(f"{t}\n{x}\n{a}\n{d}\n\n" for t, x, a, d in teasers) + f"{more}\n"


def test_an_authors_name_between_the_text_and_its_date_below_is_no_item():
    fr = [("La ville relance son plan vélo", "Quarante kilomètres de pistes seront tracés d'ici à la fin de l'an prochain, a annoncé le maire.",
           "Sophie Marchand", "18 mai 2026 à 17h05"),
          ("Le tribunal annule le permis du centre commercial", "Les juges ont donné raison aux associations qui contestaient l'étude d'impact du projet.",
           "Karim Benali", "16 mai 2026 à 09h40"),
          ("Grève des bus lundi sur tout le réseau", "Les syndicats réclament des embauches après la suppression de plusieurs lignes en soirée.",
           "Sophie Marchand", "15 mai 2026 à 12h15")]
    it = [("Nuovo ospedale, firmato il contratto", "I lavori partiranno in autunno e dureranno quattro anni secondo la regione.",
           "Giulia Ferri", "19 maggio 2026 - 18:30"),
          ("Chiude lo storico cinema del centro", "Il proprietario ha venduto l'edificio a un gruppo che ne farà appartamenti.",
           "Marco De Santis", "17 maggio 2026 - 11:02"),
          ("Piazza Maggiore pedonale anche nei giorni feriali", "La giunta ha approvato la delibera dopo sei mesi di sperimentazione nei fine settimana.",
           "Giulia Ferri", "14 maggio 2026 - 08:45")]
    for teasers, tag, more in ((fr, "Mot-clé : Transports", "Plus d'articles"), (it, "Tag: Città", "Altre notizie")):
        p = _parse(_tag_page(tag, teasers, more))
        assert _items(p) == [(t, D(2026, 5, int(d.split()[0])), "") for t, _, _, d in teasers]
        assert [s.paras for s in p.stories] == [[x] for _, x, _, _ in teasers]


def _latest(title: str, items) -> str:
    """A regional broadcaster's latest news: per item its section, its relative day and time, its
    headline and its text."""
    return f"{title}\n\n" + "".join(f"{k}\n{d}\n{t}\n{x}\n\n" for k, d, t, x in items) + "Meer laden\n"


def test_relative_days_in_dutch_and_the_day_before_yesterday_date_the_items():
    nl = [("Binnenland", "Vandaag, 08:12", "Brug over de IJssel weken dicht voor onderhoud",
           "Automobilisten moeten omrijden via Zutphen, meldt de provincie. De werkzaamheden duren tot half juni."),
          ("Economie", "Gisteren, 17:40", "Zuivelfabriek in Friesland sluit de deuren",
           "Ruim tweehonderd medewerkers verliezen hun baan. De productie verhuist naar een vestiging in Duitsland."),
          ("Cultuur", "Eergisteren, 20:05", "Museum krijgt schilderij terug na veertig jaar",
           "Het werk werd in 1986 gestolen en dook vorig jaar op bij een veiling in Londen.")]
    p = _parse(_latest("Laatste nieuws", nl))
    assert _items(p) == [(t, CAPTURED - dt.timedelta(days=i), "") for i, (_, _, t, _) in enumerate(nl)]
    de = [("Region", "Heute, 09:30", "Stadtbahn fährt wieder bis zum Hauptbahnhof",
           "Nach drei Wochen Bauarbeiten ist die Strecke ab sofort wieder frei, teilen die Verkehrsbetriebe mit."),
          ("Wirtschaft", "Gestern, 15:10", "Brauerei erweitert ihr Werk im Gewerbegebiet",
           "Das Unternehmen investiert zwölf Millionen Euro und will dreißig neue Stellen schaffen."),
          ("Kultur", "Vorgestern, 19:45", "Theater startet mit ausverkaufter Premiere",
           "Das Publikum feierte das neue Stück des Ensembles mit minutenlangem Applaus.")]
    q = _parse(_latest("Aktuelle Meldungen", de))
    assert _items(q) == [(t, CAPTURED - dt.timedelta(days=i), "") for i, (_, _, t, _) in enumerate(de)]
