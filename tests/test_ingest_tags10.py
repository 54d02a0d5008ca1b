"""Tags, round 10 (issue 14): subjects a story never names, inferred from several of its cue words
(data/cues.txt), on text written for these tests (no labelled set's wording)."""
from __future__ import annotations

from pathlib import Path

import pytest

from chronicle.config import load_config
from chronicle.ingest.run import tagger_for

ROOT = Path(__file__).resolve().parent.parent
CONFIG = load_config(ROOT / "config.yaml")


def _tags(lang: str, title: str, text: str) -> tuple[list[str], dict[str, str]]:
    return tagger_for(CONFIG).tags_with_evidence(title, text, text, [], lang=lang)


@pytest.mark.parametrize("lang, title, text, wanted", [
    # none of these names its subject: an editor tags it from what the story is made of
    ("en", "Candidates make a final push as turnout worries grow",
     "Doors open at seven in every constituency; the electoral commission expects a late surge.", "elections"),
    ("de", "Unwetterwarnung für den Süden: Sturmböen und Hagel erwartet",
     "Der Wetterdienst rät, Gärten und Balkone zu räumen.", "extreme-weather"),
    ("fr", "Les droits de douane sur l'acier font plonger les importations",
     "Les industriels redoutent une riposte de Washington.", "trade"),
    ("es", "Los alquileres suben un 9 % y los inquilinos piden un tope",
     "Los caseros culpan a la escasez de pisos nuevos.", "housing"),
    ("it", "Scuole chiuse per il caldo, gli alunni a casa",
     "Gli insegnanti chiedono aule con l'aria condizionata.", "education"),
])
def test_a_subject_is_inferred_from_several_of_its_cues(lang, title, text, wanted):
    tags, evidence = _tags(lang, title, text)
    assert wanted in tags, tags
    # the evidence names the cues, so the ingest report shows why
    assert evidence[wanted].startswith("cues: "), evidence[wanted]


@pytest.mark.parametrize("lang, title, text, not_wanted", [
    # one cue of a subject is no evidence of it: economists at a chess tournament are no story of
    # the economy, nor of sport
    ("en", "Economists gather for a chess tournament in the old town", "The winner takes home a silver cup.",
     "economy"),
    ("en", "Economists gather for a chess tournament in the old town", "The winner takes home a silver cup.",
     "sport"),
    # beans sold to smugglers across a border are no story of migration
    ("en", "Cocoa farmers sell their beans to smugglers", "The crop goes across the border at night.", "migration"),
    ("de", "Der Kegelclub sucht einen neuen Trainer", "Der Vorstand trifft sich am Montag.", "sport"),
    # a piece of a longer name, a word opening a list's item, a word the text writes in lower case too
    ("en", "Tourists return to Japan", "Arrivals rose, helped by the Lunar New Year holidays.", "Year"),
    ("fr", "Le déficit se creuse", "Selon la Cour des comptes, la dette a doublé en dix ans.", "Cour"),
    ("en", "Reading list", "Why phones get the blame. + Please, someone help me quit scrolling.", "Please"),
    ("en", "Council votes on the plan", "The Planning committee met; planning officers had objected.", "Planning"),
    # a common noun an institution's name capitalises, after its article
    ("it", "Autonomia, le regioni chiedono un tavolo", "La richiesta è arrivata al ministro agli Affari regionali.",
     "Affari"),
    ("nl", "Boeren krijgen geld om te stoppen", "De regeling van het Rijk loopt tot eind mei.", "Rijk"),
    # 'Board of Directors' joins by 'of', which names anything: no film story
    ("en", "Utility publishes its annual report", "The report includes the Board of Directors' statement and the accounts.",
     "film"),
])
def test_a_word_that_is_no_evidence_makes_no_tag(lang, title, text, not_wanted):
    tags, _ = _tags(lang, title, text)
    assert not_wanted not in tags, tags


@pytest.mark.parametrize("lead, unwanted", [
    # cues of a seventh subject, or a name written once in the lead, beside six topics named in
    # the title and lead: the cap of six keeps the named
    ("Ministers from Germany, France, Italy, Spain, Poland and Austria met as tariffs, exports and imports fell.",
     "trade"),
    ("Ministers met in Brussels while Kowalczyk, the chair, read the text aloud.", "Kowalczyk"),
])
def test_a_guess_never_takes_the_place_of_a_named_subject(lead, unwanted):
    tags, _ = _tags("en", "Germany, France, Italy, Spain, Poland and Austria agree on gas storage rules", lead)
    assert unwanted not in tags, tags


@pytest.mark.parametrize("lang, title, text, wanted", [
    # a ministry or agency named for its subject, the subject capitalised inside the name (and
    # named nowhere else in the text)
    ("es", "Ayudas en julio", "El Ministerio de Agricultura las pagará antes de agosto.", {"agriculture"}),
    ("pt", "Pagamentos em julho", "O Ministério da Agricultura paga a partir de segunda-feira.", {"agriculture"}),
    ("fr", "Un avis attendu jeudi", "Le Haut Conseil de la Santé publique le rendra.", {"health"}),
    ("en", "Grants announced for July", "The Department for Education will pay them.", {"education"}),
    # a seat of power early in the story places it in its country, which it never names
    ("es", "Aprobada la reducción de jornada", "La Moncloa confirmó el acuerdo con los sindicatos.", {"spain"}),
    ("nl", "Debat over de asielwet", "De Tweede Kamer stemt dinsdag over het voorstel.", {"netherlands"}),
    ("it", "Manovra, si tratta fino a notte", "A Palazzo Chigi il vertice della maggioranza è durato tre ore.", {"italy"}),
    # a surname or a place named once, mid-sentence, in the lead of a language that capitalises only
    # names: the story is about it, though no vocabulary knows it
    ("en", "Opposition rejects the new electoral calendar", "Thousands who back Corvalán marched to the palace on Sunday.",
     {"Corvalán"}),
    ("es", "Cierre de la central por una avería", "La empresa confirmó que Trillo no volverá a operar antes de mayo.",
     {"Trillo"}),
    ("fr", "Départ surprise à la tête de la ville", "La nouvelle est tombée lundi soir, a dit Delahaye mardi.",
     {"Delahaye"}),
    ("it", "Frana sulla provinciale dopo la pioggia", "I tecnici chiudono la strada che porta a Castelrotto fino a lunedì.",
     {"Castelrotto"}),
    # a city by the name its own country's (or another language's) press writes, and its country
    ("it", "Sciopero dei tram a Milano", "I sindacati chiedono più personale.", {"milan", "italy"}),
    ("de", "Stau rund um München", "Die Polizei meldet zwölf Kilometer.", {"munich", "germany"}),
    ("fr", "Grève des trams à Strasbourg", "Les rames restent au dépôt.", {"strasbourg", "france"}),
    ("es", "Pekín responde a los aranceles", "El anuncio llegó de madrugada.", {"china"}),
    # a dateline in capitals names its city (The Hague is one of the Netherlands' names)
    ("nl", "Kabinet valt over stikstof", "DEN HAAG - Het kabinet is dinsdagavond gevallen.", {"netherlands"}),
])
def test_what_the_text_names_in_its_own_way_is_tagged(lang, title, text, wanted):
    tags, _ = _tags(lang, title, text)
    assert wanted <= set(tags), tags


def test_a_street_named_for_a_city_abroad_is_no_city():
    # Madrid's calle Génova (a party's seat) is no story about Genoa
    tags, _ = _tags("es", "Fiesta en la calle Génova tras el recuento", "Los militantes celebran hasta la madrugada.")
    assert "genoa" not in tags and "italy" not in tags, tags
