"""Pages of one headline a line, as collectors paste them: 'Outlet: Headline' lines of about the
same length are no paragraph wrapped at a fixed width; the page's own title over a blank line is
no item; a 'date | time | headline' line keeps neither in its title."""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page

D = dt.date


def _parse(text: str):
    return read_page(text, D(2025, 4, 29))


def test_outlet_colon_headline_lines_are_one_item_each():
    p = _parse("Morning headlines – Wednesday\n\n"
               "Reuters: Copper climbs as Chile's mines report lower output\n"
               "Bloomberg: Samsung moves more chip packaging to Vietnam\n"
               "AP: Brazil's senate passes a bill on online gambling limits\n"
               "BBC News: Wales sets out plans for a new rail franchise\n")
    assert [(s.title, s.source) for s in p.stories] == [
        ("Copper climbs as Chile's mines report lower output", "Reuters"),
        ("Samsung moves more chip packaging to Vietnam", "Bloomberg"),
        ("Brazil's senate passes a bill on online gambling limits", "AP"),
        ("Wales sets out plans for a new rail franchise", "BBC News")]


def test_the_pages_title_over_headlines_one_a_line_is_no_item():
    p = _parse("Schlagzeilen am Mittwoch\n\n"
               "Landtag beschließt neues Schulgesetz nach langer Debatte\n"
               "Hochwasserschutz an der Elbe wird bis 2030 ausgebaut\n"
               "Polizei warnt vor falschen Handwerkern im Landkreis\n"
               "Stadtwerke erhöhen die Preise für Fernwärme zum Juli\n")
    assert [s.title for s in p.stories] == [
        "Landtag beschließt neues Schulgesetz nach langer Debatte", "Hochwasserschutz an der Elbe wird bis 2030 ausgebaut",
        "Polizei warnt vor falschen Handwerkern im Landkreis", "Stadtwerke erhöhen die Preise für Fernwärme zum Juli"]
    assert any("line 1 'Schlagzeilen am Mittwoch'" in n for n in p.notes)


def test_date_time_and_headline_between_bars():
    p = _parse("Dernières dépêches\n\n"
               "29/04/2025 | 14:05 | Le Sénat adopte la réforme de l'assurance chômage\n"
               "Le texte doit encore passer en commission mixte paritaire.\n\n"
               "28/04/2025 | 17:45 | Lyon inaugure une nouvelle piste cyclable sur les quais\n"
               "Les travaux ont duré huit mois.\n\n"
               "28/04/2025 | 09:10 | La SNCF annonce des trains supplémentaires pour le pont de mai\n"
               "Cent mille places ont été ajoutées sur les lignes TGV.\n")
    assert [(s.title, s.date) for s in p.stories] == [
        ("Le Sénat adopte la réforme de l'assurance chômage", D(2025, 4, 29)),
        ("Lyon inaugure une nouvelle piste cyclable sur les quais", D(2025, 4, 28)),
        ("La SNCF annonce des trains supplémentaires pour le pont de mai", D(2025, 4, 28))]
