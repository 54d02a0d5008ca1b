"""Press reviews that quote the papers: a line naming a paper and its verb of saying, ending with a
colon, over the quoted passage, is the item's outlet line, in German, French and Italian."""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page



def _items(text: str):
    p = read_page(text, dt.date(2025, 4, 22))
    return [(s.source, " ".join(s.paras)[:20]) for s in p.stories]


def test_a_german_presseschau():
    assert _items("Presseschau\n\nDie „Süddeutsche Zeitung“ kommentiert die Wahl des Papstes:\n"
                  "„Die Kirche hat sich für Kontinuität entschieden. Mutig ist das nicht.“\n\n"
                  "Das „Handelsblatt“ schreibt zu den Zöllen:\n„Europa darf sich nicht erpressen lassen, auch wenn es Wachstum kostet.“\n\n"
                  "Die „Rheinische Post“ meint zum Wohnungsbau:\n„Ohne schnellere Genehmigungen bleibt jedes Förderprogramm wirkungslos.“\n") == [
        ("Süddeutsche Zeitung", "Die Kirche hat sich "), ("Handelsblatt", "Europa darf sich nic"),
        ("Rheinische Post", "Ohne schnellere Gene")]


def test_a_french_and_an_italian_review():
    fr = _items("Revue de presse\n\nLe Figaro estime à propos de la réforme des retraites :\n"
                "« Le gouvernement a reculé sur l'essentiel et n'a rien gagné en échange. »\n\n"
                "Libération écrit sur la canicule :\n« Les villes ne sont pas prêtes, et elles le savent depuis dix ans. »\n")
    assert [s for s, _ in fr] == ["Le Figaro", "Libération"]
    it = _items("Rassegna stampa\n\nIl \"Corriere della Sera\" scrive sulla manovra:\n\"I conti tornano solo sulla carta.\"\n\n"
                "La \"Repubblica\" commenta il voto in Senato:\n\"La maggioranza si è divisa sul punto più delicato.\"\n")
    assert [s for s, _ in it] == ["Corriere della Sera", "La Repubblica"]


def test_a_listed_outlet_written_in_lower_case_after_a_source_label():
    from chronicle.ingest.sourcelabels import labelled_source
    assert labelled_source("Die Straßenbahn fährt frühestens 2029 (Quelle: rbb24).") == ("Die Straßenbahn fährt frühestens 2029", "rbb24")
    assert labelled_source("Il treno parte alle nove (fonte: la stampa locale).")[1] == ""


def test_a_reviews_last_paper_in_no_list_is_kept_and_the_first_keeps_its_paper():
    p = read_page("Die Zeitungen am Dienstag\n\nDie Süddeutsche Zeitung berichtet über den Streit um das Heizungsgesetz in der Koalition.\n\n"
              "Die Frankfurter Allgemeine Zeitung schreibt, die Bahn wolle bis 2027 rund tausend Brücken erneuern.\n\n"
              "Die Welt meldet, dass die Zahl der Asylanträge im April erneut gesunken ist.\n\n"
              "Die Oberhessische Presse widmet sich dem Ausbau der Kinderbetreuung.\n", dt.date(2025, 4, 22))
    assert len(p.stories) == 4
    assert p.stories[0].source == "Süddeutsche Zeitung"
    assert "Kinderbetreuung" in " ".join(p.stories[-1].paras)


def test_a_briefings_last_kicker_paragraph_without_an_outlet_is_kept():
    p = read_page("MORNING BRIEFING – Tuesday 22 April 2025\n\nItaly. Parliament passes the security decree after a confidence vote. (ANSA)\n\n"
              "Japan. Exports rose for a sixth month in March, led by cars. (Nikkei Asia)\n\n"
              "Kenya. The central bank cut its key rate to 10 per cent. (Reuters)\n\n"
              "Weather. Storms are expected across the north on Wednesday.\n", dt.date(2025, 4, 22))
    assert [s.source for s in p.stories] == ["ANSA", "Nikkei Asia", "Reuters", ""]
    assert "Storms are expected" in " ".join(p.stories[-1].paras)


def test_a_source_label_after_the_texts_last_sentence_without_parentheses():
    from chronicle.ingest.sourcelabels import labelled_source
    assert labelled_source("Prices hit a four-year low on supply fears. Source: Bloomberg,") == (
        "Prices hit a four-year low on supply fears.", "Bloomberg")
    assert labelled_source("Die Preise sinken weiter. Quelle: Handelsblatt") == ("Die Preise sinken weiter.", "Handelsblatt")
    assert labelled_source("Prices fell. Source: the ministry said they would rise again soon")[1] == ""
