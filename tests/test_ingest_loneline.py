"""A short line alone among a page's items is its furniture, reported, not an article
(chronicle/ingest/loneline.py): section heads, 'Voir plus' controls, tag clouds, signatures."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from chronicle.config import load_config
from chronicle.ingest import ingest_files

ROOT = Path(__file__).resolve().parent.parent

PAGE = """Actus › Vérifications

Non, la Wallonie ne va pas interdire les chaudières au mazout dès janvier
Le gouvernement wallon n'a adopté aucune interdiction de ce type. Le texte évoqué vise les bâtiments neufs à partir de 2028.
Par Claire Dumont

Cette vidéo d'inondations à Liège date en réalité de juillet 2021
La séquence partagée des milliers de fois cette semaine a été filmée il y a cinq ans, lors des crues de la Vesdre.
Par Marc Lejeune

Voir plus

Les cas de coqueluche ont triplé en Belgique cette année
Sciensano recense plus de 3.000 cas depuis janvier, contre un millier l'an dernier à la même période.
Par Julien Lemaire

Vérifié ailleurs
Non, les éoliennes en mer du Nord ne réchauffent pas la côte belge, Le Soir
Le « ticket de sortie » de 1.500 euros pour les véhicules diesel n'existe pas, AFP Factuel

Voir plus de vérifications
"""


def _ingest(tmp_path: Path, text: str, name: str = "2026-11-30-verifications.txt"):
    raw = tmp_path / name
    raw.write_text(text, encoding="utf-8")
    report = ingest_files([raw], tmp_path / "out", load_config(ROOT / "config.yaml"), captured=dt.date(2026, 11, 30))
    assert report.errors == ()
    titles = sorted(yaml.safe_load(p.read_text(encoding="utf-8").split("---\n")[1])["title"]
                    for p in (tmp_path / "out").glob("*.md"))
    return titles, report.files[0].skipped


def test_short_lines_alone_among_items_are_reported_not_imported(tmp_path):
    titles, skipped = _ingest(tmp_path, PAGE)
    assert len(titles) == 6 and "Vérifié ailleurs" not in titles and "Voir plus" not in titles, titles
    assert any("'Vérifié ailleurs' is a line of 2 words alone, with no date, outlet or link" in s for s in skipped), skipped


def test_a_short_line_with_an_outlet_is_an_article(tmp_path):
    titles, skipped = _ingest(tmp_path, PAGE.replace("Vérifié ailleurs", "Grid fails (Reuters)"))
    assert "Grid fails" in titles, titles
    assert not any("alone" in s for s in skipped), skipped


def test_a_page_of_a_few_items_keeps_its_short_heading(tmp_path):
    """Two items may be one article cut in two: 'Bridge closed' over its paragraph stays."""
    titles, skipped = _ingest(tmp_path, "Bridge closed\n\nThe bridge story, told here in a sentence or two.\n",
                              "2026-11-30-bridge.txt")
    assert "Bridge closed" in titles and skipped == (), (titles, skipped)
