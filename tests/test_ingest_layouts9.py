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
