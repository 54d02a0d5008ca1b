"""Alert e-mails and news apps' lists as collectors paste them: a search alert's items (headline,
outlet, a snippet cut short with '...'), a numbered list whose teasers end on a bare 'Leggi →', and
the 'you received this e-mail because' footer in five languages."""
from __future__ import annotations

import datetime as dt

from chronicle.ingest.lines import classify
from chronicle.ingest.outlets import Outlets
from ingest_page import read_page

D = dt.date


def _parse(text: str):
    return read_page(text, D(2025, 4, 29))


ALERT = """Alerts

heat pumps
Daily digest · 29 April 2025

Germany's heat pump sales fall for a second year as subsidies stall
Clean Energy Wire
Installers reported a drop of almost a third in the first quarter, and the industry association blamed the uncertainty ...
Flag as irrelevant

Norway's heat pump boom pushes household power bills down, study finds
The Local Norway
Researchers at the university found that households with a heat pump paid on average 18 per cent less ...
Flag as irrelevant

Ireland opens grant scheme for heat pumps in rented homes
RTÉ
Landlords can apply from June for grants covering up to half of the installation cost of a new system ...
Flag as irrelevant

You have received this email because you subscribed to these alerts.
Unsubscribe
"""


def test_a_search_alerts_items_keep_their_snippets():
    p = _parse(ALERT)
    assert [(s.title, s.source) for s in p.stories] == [
        ("Germany's heat pump sales fall for a second year as subsidies stall", "Clean Energy Wire"),
        ("Norway's heat pump boom pushes household power bills down, study finds", "The Local Norway"),
        ("Ireland opens grant scheme for heat pumps in rented homes", "RTÉ")]
    assert [len(s.paras) for s in p.stories] == [1, 1, 1]
    assert not any("received this email" in para for s in p.stories for para in s.paras)


def test_teasers_ending_on_a_bare_read_link_with_its_arrow():
    p = _parse("Le notizie di oggi\n\n1\nIl Comune approva il nuovo piano del traffico\nPrevede tre nuove zone a 30 all'ora. Leggi →\n\n"
               "2\nRiapre il museo di storia naturale\nDopo due anni di lavori, con sale nuove. Leggi →\n\n"
               "3\nLo sciopero dei treni è confermato per venerdì\nSi fermano i regionali dalle 9 alle 17. Leggi →\n")
    assert [(s.title, s.paras) for s in p.stories] == [
        ("Il Comune approva il nuovo piano del traffico", ["Prevede tre nuove zone a 30 all'ora."]),
        ("Riapre il museo di storia naturale", ["Dopo due anni di lavori, con sale nuove."]),
        ("Lo sciopero dei treni è confermato per venerdì", ["Si fermano i regionali dalle 9 alle 17."])]


def test_a_bare_read_word_without_its_arrow_is_text():
    for text in ("Il Parlamento approva le nuove leggi", "«Je ne partirai jamais»", "Il n'y en a plus »"):
        line = classify(1, text, 0, Outlets())
        assert (line.text, line.tail_more) == (text, False)


def test_the_received_because_footer_in_five_languages_is_furniture():
    for text in ("You have received this email because you subscribed to our alerts.",
                 "Sie erhalten diese E-Mail, weil Sie den Newsletter abonniert haben.",
                 "Vous recevez cet e-mail car vous êtes inscrit à nos alertes.",
                 "Recibes este correo porque te suscribiste a las alertas.",
                 "Hai ricevuto questa email perché sei iscritto al servizio."):
        assert classify(1, text, 0, Outlets()).kind == "furn", text
    assert classify(1, "You received this award because of your work on the bridge.", 0, Outlets()).kind != "furn"
