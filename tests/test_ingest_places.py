"""Places in five languages (issue 14): German, French, Spanish and Italian digests of our own name
countries and cities as their readers write them ('Deutschland', 'Moskau', 'Varsovie'); each item
is tagged with the right country, a city with its own topic and its country, and the evidence is a
phrase of the text. A capital is a city of its own, and of two cities of one name the bigger has it."""
from __future__ import annotations

from pathlib import Path

import pytest

from chronicle.config import load_config
from chronicle.ingest import ingest_files, vocab
from chronicle.source import frontmatter

ROOT = Path(__file__).resolve().parent.parent

DIGESTS = {
    "de": ("2025-03-04-presse.txt", [
        ("Deutschland und Frankreich einigen sich auf Rüstungsprojekt",
         "Die Regierungen in Deutschland und Frankreich haben sich am Dienstag auf ein gemeinsames Projekt geeinigt. "
         "Die Verhandlungen hatten monatelang gedauert.", {"germany", "france"}),
        ("Neue Sanktionen gegen Moskau",
         "Die Europäische Union bereitet neue Sanktionen vor. In Moskau reagierte man gelassen auf die Pläne.",
         {"russia"}),
        ("Stromausfall in Warschau",
         "Ein Stromausfall hat am Montag weite Teile von Warschau lahmgelegt. Die Ursache ist noch unklar.",
         {"poland"}),   # config.yaml makes Warsaw Poland's
    ]),
    "fr": ("2025-03-04-revue.txt", [
        ("L'Allemagne relève son budget de défense",
         "Le gouvernement de l'Allemagne a annoncé mardi une hausse de son budget militaire. "
         "La décision doit encore être votée.", {"germany"}),
        ("Grève des transports à Varsovie",
         "Les conducteurs de bus de Varsovie se sont mis en grève lundi. La ville cherche une solution.",
         {"poland"}),   # config.yaml makes Warsaw Poland's
        ("Kiev demande davantage de défense aérienne",
         "Les autorités de Kiev ont demandé mercredi de nouveaux systèmes de défense aérienne à leurs alliés.",
         {"ukraine"}),
    ]),
    "es": ("2025-03-04-resumen.txt", [
        ("Alemania cierra su última central de carbón",
         "El gobierno de Alemania confirmó el cierre de la planta el martes. La medida afecta a cientos de empleos.",
         {"germany"}),
        ("Protestas en Moscú tras las elecciones",
         "Cientos de personas se reunieron en Moscú el domingo para protestar por los resultados electorales.",
         {"russia"}),
        ("Lisboa aprueba un plan de vivienda",
         "El ayuntamiento de Lisboa aprobó el miércoles un plan para construir miles de viviendas asequibles.",
         {"portugal"}),   # config.yaml makes Lisbon Portugal's: its Spanish name follows
        ("Londres endurece las normas de alquiler",
         "El gobierno de Londres anunció el lunes nuevas normas para los alquileres de corta duración.",
         {"london", "uk"}),   # a city of its own, and its country
    ]),
    "it": ("2025-03-04-rassegna.txt", [
        ("La Germania rivede le stime di crescita",
         "Il governo della Germania ha rivisto al ribasso le stime di crescita per quest'anno.", {"germany"}),
        ("Mosca minaccia nuove contromisure",
         "Il governo di Mosca ha minacciato nuove contromisure dopo l'annuncio delle sanzioni europee.", {"russia"}),
        ("Sciopero dei treni a Vienna",
         "I ferrovieri di Vienna hanno scioperato lunedì. Il traffico è rimasto bloccato per ore.",
         {"austria"}),
        ("Parigi vieta i monopattini in affitto",
         "Il comune di Parigi ha vietato i monopattini elettrici in affitto dopo un referendum cittadino.",
         {"paris", "france"}),
    ]),
}


def _ingest(tmp: Path, lang: str) -> list[dict]:
    name, items = DIGESTS[lang]
    raw = tmp / name
    raw.write_text("\n\n".join(f"{t}\n{b}" for t, b, _ in items) + "\n", encoding="utf-8")
    out = tmp / f"out-{lang}"
    report = ingest_files([raw], out, load_config(ROOT / "config.yaml"))
    assert not report.errors
    fields = []
    for p in sorted(out.glob("*.md")):
        yaml_text, line, _, _ = frontmatter.split(p.read_text(encoding="utf-8"), str(p))
        fields.append(frontmatter.parse_fields(yaml_text, line, str(p))[0])
    return fields


@pytest.mark.parametrize("lang", sorted(DIGESTS))
def test_places_written_in_each_language_tag_their_country(tmp_path, lang):
    fields = _ingest(tmp_path, lang)
    by_title = {f["title"]: set(f["tags"]) for f in fields}
    for title, _, want in DIGESTS[lang][1]:
        assert title in by_title, (title, sorted(by_title))
        assert want <= by_title[title], (title, sorted(by_title[title]))


def test_a_capital_is_a_city_of_its_own_and_the_bigger_city_keeps_a_shared_name():
    places = vocab.builtin()
    assert places["berlin"].kind in ("city", "region") and "Berlin" not in places["germany"].aliases
    assert {"Moskau", "Moscou", "Mosca", "Moscú"} <= set(places["moscow"].aliases)
    assert {"Kiew", "Kiev"} <= set(places["kyiv"].aliases) and "Varsovie" in places["warsaw"].aliases
    assert vocab.broader()["moscow"] == "russia" and vocab.broader()["berlin"] == "germany"
    # San José is Costa Rica's capital, but 'San Jose' in the news is mostly the Californian city
    assert "San Jose" not in places["costa-rica"].aliases and "United States" in places["san-jose"].description


def test_config_topic_that_claims_a_city_takes_its_other_names():
    topics = vocab.merged(load_config(ROOT / "config.yaml").topics)
    # config.yaml's Russia lists 'Moscow': 'Moskau' and 'Moscou' then tag Russia too, not a city of its own
    assert "moscow" not in topics and {"Moskau", "Moscou"} <= set(topics["russia"].aliases)
    assert vocab.broader_of(topics).get("warsaw") is None   # Warsaw is Poland's in config.yaml
