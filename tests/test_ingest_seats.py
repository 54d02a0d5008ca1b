"""Countries placed by their national institutions (data/seats.txt): a story that names only a
country's regulator, central bank, parliament, party or leader is that country's, though it never
names the country; on short items written for these tests (no labelled set's wording)."""
from __future__ import annotations

from pathlib import Path

import pytest

from chronicle.config import load_config
from chronicle.ingest.run import tagger_for

ROOT = Path(__file__).resolve().parent.parent
CONFIG = load_config(ROOT / "config.yaml")


def _tags(lang: str, title: str, text: str) -> list[str]:
    return tagger_for(CONFIG).tags_with_evidence(title, text, text, [], lang=lang)[0]


@pytest.mark.parametrize("lang, title, text, country", [
    # a competition authority, a parliament, a data-protection office, a grid operator
    ("en", "UOKiK fines an online marketplace over fake discounts",
     "The watchdog said shoppers were shown prices that had never been charged.", "poland"),
    ("de", "Storting billigt den Haushalt nach langer Debatte",
     "Die Minderheitsregierung fand in letzter Minute eine Mehrheit.", "norway"),
    ("fr", "L'Autoriteit Persoonsgegevens inflige une amende à un assureur",
     "Des dossiers médicaux étaient lisibles par tous les employés.", "netherlands"),
    ("es", "Ecopetrol suspende la perforación de dos pozos",
     "La empresa espera la licencia ambiental antes de retomar las obras.", "colombia"),
    # a head of government by the surname the press uses; a currency no other country has
    ("en", "Takaichi pledges a stimulus package before spring",
     "The prime minister said households would see the money within weeks.", "japan"),
    ("en", "The forint slides to a record low",
     "Traders blame a surprise rate cut and a widening budget gap.", "hungary"),
])
def test_a_national_institution_places_the_story(lang, title, text, country):
    tags = _tags(lang, title, text)
    assert country in tags, tags


@pytest.mark.parametrize("lang, title, text, country", [
    # a capitalised name matches only as written: the Spanish fish stew is no royal palace
    ("es", "Receta: una zarzuela de mariscos para Nochebuena",
     "Rape, gambas y almejas en una salsa de tomate y almendras.", "spain"),
    # a word that only starts like a name is no name ('Daily' is no Dáil)
    ("en", "Daily habits that help you sleep better",
     "Keep the bedroom cool and put the phone away an hour before bed.", "ireland"),
])
def test_an_ordinary_word_like_a_name_places_nothing(lang, title, text, country):
    tags = _tags(lang, title, text)
    assert country not in tags, tags


@pytest.mark.parametrize("lang, title, text, country", [
    # a national rail operator, a tax authority, a public broadcaster, a dairy cooperative the
    # country's press names without the country
    ("de", "ÖBB erhöht die Ticketpreise ab Juni",
     "Die Bahn begründet den Schritt mit gestiegenen Energiekosten.", "austria"),
    ("fr", "La SNCB supprime des trains de soirée",
     "Les navetteurs dénoncent une offre réduite sur les lignes rurales.", "belgium"),
    ("en", "KRA extends the filing deadline by two weeks",
     "Taxpayers had complained that the online portal crashed repeatedly.", "kenya"),
    ("en", "Fonterra lifts its forecast milk price",
     "Farmers welcomed the higher payout after a dry summer.", "new-zealand"),
])
def test_a_national_operator_or_agency_places_the_story(lang, title, text, country):
    tags = _tags(lang, title, text)
    assert country in tags, tags


@pytest.mark.parametrize("lang, title, text, country", [
    # a name matches as it is written: the colour is no Indian airline ('IndiGo')
    ("en", "Indigo dye makes a comeback among textile artists",
     "Growers in several regions are planting the crop again.", "india"),
    # a word that only starts like a listed name is none ('Cislunar' is no Cisl, the Italian union)
    ("en", "Cislunar space draws a new round of startups",
     "Investors expect small landers to carry most of the payloads.", "italy"),
])
def test_a_word_written_like_a_new_name_places_nothing(lang, title, text, country):
    tags = _tags(lang, title, text)
    assert country not in tags, tags
