"""Page furniture known by its words is reported, not imported, even where a day heading dates
every item and on a page of few items (chronicle/ingest/furniturekinds.py): legal link rows,
pagers, filter rows, contacts and addresses, download labels, cookie and paywall notices,
press-coverage heads, breadcrumbs, share controls, advertisements. Headlines that come close
('Share prices fall', 'Werbung für …', 'Inflation > 5%') stay articles."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from chronicle.config import load_config
from chronicle.ingest import ingest_files
from chronicle.ingest.furniturekinds import item_kind, line_kind

ROOT = Path(__file__).resolve().parent.parent

PAGE = """Accueil > Actualités > Énergie

Mardi 1 décembre 2026

Le gestionnaire du réseau prolonge l'alerte sur l'approvisionnement en gaz
Les stocks sont remplis à 71 % et la consommation a bondi avec le froid, selon le gestionnaire.

Nous utilisons des cookies pour améliorer votre expérience. Accepter | Refuser

La région lance un fonds de 40 millions pour la rénovation des écoles
Le dispositif couvre jusqu'à 60 % des travaux d'isolation des bâtiments scolaires.

PDF herunterladen (1,4 MB)

Share prices fall as energy costs weigh on manufacturers
Industrial stocks lost 2 % on the day as gas futures climbed again.

Secteur : Électricité  Segment : Marchés de gros

La préfecture dans les médias

Pressekontakt: Jana Lützeler, Pressesprecherin, +49 228 604920-0, presse@example.org

Werbung für Wärmepumpen: Verbraucherschützer mahnen Hersteller ab
Die Anbieter hatten mit Einsparungen geworben, die sie nicht belegen konnten.

Affichage de 1 à 5 sur 2 341 résultats

Plan du site  Accessibilité  Mentions légales  Données personnelles
"""

KEPT = {"Le gestionnaire du réseau prolonge l'alerte sur l'approvisionnement en gaz",
        "La région lance un fonds de 40 millions pour la rénovation des écoles",
        "Share prices fall as energy costs weigh on manufacturers",
        "Werbung für Wärmepumpen: Verbraucherschützer mahnen Hersteller ab"}


def _ingest(tmp_path: Path, text: str):
    raw = tmp_path / "2026-12-01-actualites.txt"
    raw.write_text(text, encoding="utf-8")
    report = ingest_files([raw], tmp_path / "out", load_config(ROOT / "config.yaml"), captured=dt.date(2026, 12, 1))
    assert report.errors == ()
    titles = {yaml.safe_load(p.read_text(encoding="utf-8").split("---\n")[1])["title"]
              for p in (tmp_path / "out").glob("*.md")}
    # (what an item-level rule skipped, and the page-furniture lines the readers dropped before)
    return titles, report.files[0].skipped + report.files[0].notes


def test_furniture_under_a_day_heading_is_reported_not_imported(tmp_path):
    titles, said = _ingest(tmp_path, PAGE)
    assert titles == KEPT, titles
    said = "\n".join(said)
    for kind in ("a download's label", "the heading of a press-coverage section",
                 "a row of 'Label: value' fields"):
        assert kind in said, (kind, said)
    for line in PAGE.splitlines():   # every line no article holds is named in the report
        if line.strip() and not any(line in t for t in KEPT) and not line.startswith(("Mardi", "Les ", "Le ", "Industrial", "Die ")):
            assert line[:20] in said, (line, said)


def test_a_page_of_two_items_loses_its_cookie_notice_too(tmp_path):
    page = ("Le gestionnaire du réseau prolonge l'alerte sur l'approvisionnement en gaz\n"
            "Les stocks sont remplis à 71 %, selon le gestionnaire.\n\n"
            "This website uses cookies. Some are essential; others help us improve the site. Accept all | Reject\n")
    titles, skipped = _ingest(tmp_path, page)
    assert titles == {"Le gestionnaire du réseau prolonge l'alerte sur l'approvisionnement en gaz"}, titles
    assert any("cookie" in s for s in skipped), skipped


@pytest.mark.parametrize("line", [
    "Freedom of information  Accessibility statement  Privacy  Cookies", "Impressum | Datenschutz | Barrierefreiheit",
    "Términos y condiciones de uso  Política de privacidad", "First  ‹ Previous  Page 2  Next ›  Last",
    "Older news 1 2 3 … 48 Next", "214 Einträge", "Sort by: Newest first", "Departement: Alle  Jahr: 2026  Thema: Alle",
    "Stadt Winterthur, Pionierstrasse 7, 8403 Winterthur", "Tel. 06 696771 – e-mail: ufficiostampa@example.it",
    "English | Deutsch  PDF 244 kB", "Ce contenu est réservé aux abonnés. Découvrez nos offres",
    "You received this because you subscribed to our newsletters. Manage preferences | Unsubscribe",
    "Die Stadt in den Medien", "Ailleurs dans les médias", "Actus › Faky", "¿Esta información te fue útil?  Sí  No",
    "Share this brief"])
def test_furniture_lines_are_known(line):
    assert line_kind(line), line


@pytest.mark.parametrize("line", [
    "Share prices fall on Wall Street", "Sanctions in the news again", "Inflation > 5%", "Tel Aviv talks resume",
    "Europe > Ukraine war enters third winter", "EU says websites that use cookies must ask first",
    "Dow gains +1 200 points", "Brexit: talks stall as deadline nears", "Results of the 2026 census published"])
def test_headlines_are_not_furniture(line):
    assert not line_kind(line), line


def test_an_advertisement_is_known_by_its_first_line_only():
    assert item_kind("SPONSORED CONTENT from Hitachi Energy", "How inverters keep the lights on. Download the paper.")
    assert not item_kind("Werbung für Wärmepumpen", "Die Anbieter hatten mit Einsparungen geworben.")
