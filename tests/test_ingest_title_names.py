"""A name that opens a title (issue 14): 'Pharmac widens access…' is about Pharmac, though a
capital at a sentence's start proves nothing by itself. A word none of the language's common
words (data/common/, from wordfreq) opens the title with a name, and so does a word with a capital
inside ('EirGrid'); a common word ('Households', 'Científicos') does not, nor a title in another
language than the page's. Text written for these tests."""
from __future__ import annotations

import pytest

from ingest_tagger import tags as _tags


@pytest.mark.parametrize("lang, title, text, name", [
    ("en", "Pharmac widens access to melanoma drug after clinicians' campaign",
     "The drug buying agency said 300 patients a year would gain.", "Pharmac"),
    ("en", "Moneypoint to stop burning coal next month", "The power station has burned coal since 1985.", "Moneypoint"),
    ("en", "EirGrid warns data centres could strain supply by 2027", "The operator said demand was rising.", "EirGrid"),
    ("fr", "Vinatier ouvre une nouvelle unité pour les adolescents", "L'hôpital lyonnais accueillera douze lits.",
     "Vinatier"),
    ("es", "Aqualia gana el contrato del agua de la ciudad", "La empresa gestionará la red durante diez años.",
     "Aqualia"),
    ("it", "Brembo apre un nuovo stabilimento in Messico", "L'azienda investirà 200 milioni di euro.", "Brembo"),
])
def test_a_rare_word_opening_a_title_is_a_name(lang, title, text, name):
    assert name in _tags(lang, title, text)


@pytest.mark.parametrize("lang, title, text, word", [
    ("en", "Households face higher water charges from April", "The regulator allowed the rise.", "Households"),
    ("en", "Scientists warn over glacier loss in the Alps", "The study covered 40 glaciers.", "Scientists"),
    ("fr", "Agriculteurs et éleveurs manifestent devant la préfecture", "Ils dénoncent les normes.", "Agriculteurs"),
    ("es", "Científicos alertan del deshielo en los Pirineos", "El estudio analizó diez glaciares.", "Científicos"),
    # a Dutch title on a page read as Spanish: its first word is no name of the title
    ("es", "Gevangenisstraffen uitgesteld vanwege personeelstekort", "Het kabinet zoekt een oplossing.",
     "Gevangenisstraffen"),
])
def test_a_common_word_opening_a_title_is_no_name(lang, title, text, word):
    assert word not in _tags(lang, title, text)
