"""Layouts of held-out set 29 read in general (fit29; pages written here, in other wordings,
outlets and languages)."""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page

_DAY = dt.date(2026, 6, 23)


def _read(text: str, day: dt.date = _DAY):
    return [(s.title, s.date, s.source) for s in read_page(text, day).stories]


# A topic page: a kicker over each headline, the teaser, then one line with the author (or the
# agency), the age or day and a bare reading time. The lines close their items (3200's kind).
_TOPIC_FR = ("Accueil › Société › Dossier\n"
             "Énergie\n"
             "Tous nos articles sur la transition énergétique.\n\n"
             "Nucléaire\n"
             "La centrale de Gösgen redémarre après trois mois de révision\n"
             "L'exploitant a remplacé un tiers des assemblages combustibles et contrôlé la cuve sous pression.\n"
             "il y a 2 h · 3 min\n\n"
             "Solaire\n"
             "Les communes vaudoises doublent leurs toitures photovoltaïques\n"
             "Un programme cantonal subventionne désormais les installations sur les bâtiments scolaires.\n"
             "Hier, 18:40 · 6 min\n\n"
             "Hydraulique\n"
             "Le barrage du Grimsel sera rehaussé de vingt-trois mètres\n"
             "Le Tribunal fédéral a rejeté le dernier recours des organisations de protection de la nature.\n"
             "Marie Dubois · vendredi 19 juin · 4 min\n\n"
             "Vent\n"
             "Un parc éolien jurassien obtient son permis de construire\n"
             "Les sept turbines devraient produire le courant de quelque 9000 ménages dès 2028.\n"
             "Lire la suite\n")

_TOPIC_EN = ("Home › Science › Topic\n"
             "Oceans\n"
             "Our reporting on the seas and the people who depend on them.\n\n"
             "Fisheries\n"
             "North Sea cod quota cut by a fifth for next season\n"
             "Scientists had advised a deeper cut after two weak spawning years in a row.\n"
             "Tom Harding · Monday, 22 June · 5 min\n\n"
             "Shipping\n"
             "Port of Felixstowe trials shore power for container ships\n"
             "The first berth can supply ships at anchor with grid power instead of their diesel engines.\n"
             "Alice Grant · Saturday, 20 June · 3 min\n\n"
             "Pollution\n"
             "Microplastics found in deep-sea sediment off the Azores\n"
             "The samples came from 3,000 metres below the surface, the deepest such find in the Atlantic.\n"
             "Reuters · 18.06.2026 · 2 min\n\n"
             "Coasts\n"
             "Norfolk village to be moved inland as the cliffs retreat\n"
             "The council has bought farmland two kilometres from the shore for forty new homes.\n"
             "Read more\n")


def test_author_day_and_length_line_closes_its_item_fr():
    got = _read(_TOPIC_FR)
    dates = {t: d for t, d, _ in got}
    assert dates["La centrale de Gösgen redémarre après trois mois de révision"] == dt.date(2026, 6, 23)
    assert dates["Les communes vaudoises doublent leurs toitures photovoltaïques"] == dt.date(2026, 6, 22)
    assert dates["Le barrage du Grimsel sera rehaussé de vingt-trois mètres"] == dt.date(2026, 6, 19)
    assert dates["Un parc éolien jurassien obtient son permis de construire"] is None
    assert not any(t.startswith("Marie Dubois") for t, _, _ in got)


def test_author_weekday_day_and_length_line_en():
    got = _read(_TOPIC_EN)
    rows = {t: (d, s) for t, d, s in got}
    assert rows["North Sea cod quota cut by a fifth for next season"][0] == dt.date(2026, 6, 22)
    assert rows["Port of Felixstowe trials shore power for container ships"][0] == dt.date(2026, 6, 20)
    assert rows["Microplastics found in deep-sea sediment off the Azores"] == (dt.date(2026, 6, 18), "Reuters")
    assert rows["Norfolk village to be moved inland as the cliffs retreat"][0] is None
    assert not any(t.startswith(("Tom Harding", "Alice Grant")) for t, _, _ in got)
