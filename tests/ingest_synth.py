"""Synthetic news digests with known truth, for testing the importer on layouts it was not
written for. Seeded and deterministic: digest(seed) always returns the same text and truth.

Each digest has 3–7 items in one of a dozen layouts (one per line with delimiters, bullets,
numbered lists, headline + dek, dek + headline (Outlet), date headings, live-blog time stamps,
'Outlet – Title', wire '(Outlet) --' leads, '|' tables, bylines and read-more links, bold-lead
paragraphs), in English, German, French, Spanish or Italian, with page furniture mixed in."""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

OUTLETS = ["Reuters", "Associated Press", "The Guardian", "Le Monde", "Der Spiegel", "El País", "Corriere della Sera",
           "Financial Times", "BBC", "Politico", "Bloomberg", "Die Zeit", "Le Figaro", "La Repubblica", "NPR"]
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
}
WORDS = {
    "en": (["Regulators", "Farmers", "Ministers", "Engineers", "Voters", "Nurses", "Investors", "Councils"],
           ["approve", "reject", "question", "delay", "expand", "fund", "review", "challenge"],
           ["a new grid plan", "the housing bill", "coastal flood defences", "a rail upgrade", "the health budget",
            "solar subsidies", "the water tariff", "a hospital merger"],
           ["in", "near", "across"], ["Lisbon", "Ohio", "Bavaria", "Kenya", "Quebec", "Sicily", "Jutland", "Andalusia"]),
    "de": (["Aufseher", "Landwirte", "Minister", "Ingenieure", "Wähler", "Pflegekräfte", "Anleger", "Kommunen"],
           ["billigen", "verwerfen", "prüfen", "verschieben", "erweitern", "finanzieren", "kritisieren", "stoppen"],
           ["einen neuen Netzplan", "das Wohnungsgesetz", "den Hochwasserschutz", "den Bahnausbau", "das Gesundheitsbudget",
            "die Solarförderung", "den Wassertarif", "eine Klinikfusion"],
           ["in", "bei", "für"], ["Lissabon", "Ohio", "Bayern", "Kenia", "Quebec", "Sizilien", "Jütland", "Andalusien"]),
    "fr": (["Les régulateurs", "Les agriculteurs", "Les ministres", "Les ingénieurs", "Les électeurs", "Les infirmières",
            "Les investisseurs", "Les communes"],
           ["approuvent", "rejettent", "contestent", "retardent", "élargissent", "financent", "révisent", "bloquent"],
           ["un nouveau plan de réseau", "la loi sur le logement", "les digues côtières", "la modernisation du rail",
            "le budget de la santé", "les aides au solaire", "le tarif de l'eau", "une fusion d'hôpitaux"],
           ["à", "près de", "pour"], ["Lisbonne", "Ohio", "Bavière", "Kenya", "Québec", "Sicile", "Jutland", "Andalousie"]),
    "es": (["Los reguladores", "Los agricultores", "Los ministros", "Los ingenieros", "Los votantes", "Las enfermeras",
            "Los inversores", "Los ayuntamientos"],
           ["aprueban", "rechazan", "cuestionan", "retrasan", "amplían", "financian", "revisan", "frenan"],
           ["un nuevo plan de red", "la ley de vivienda", "las defensas costeras", "la mejora ferroviaria",
            "el presupuesto de salud", "las ayudas solares", "la tarifa del agua", "una fusión hospitalaria"],
           ["en", "cerca de", "para"], ["Lisboa", "Ohio", "Baviera", "Kenia", "Quebec", "Sicilia", "Jutlandia", "Andalucía"]),
    "it": (["I regolatori", "Gli agricoltori", "I ministri", "Gli ingegneri", "Gli elettori", "Gli infermieri",
            "Gli investitori", "I comuni"],
           ["approvano", "respingono", "contestano", "rinviano", "ampliano", "finanziano", "rivedono", "bloccano"],
           ["un nuovo piano di rete", "la legge sulla casa", "le difese costiere", "il potenziamento ferroviario",
            "il bilancio sanitario", "gli incentivi al solare", "la tariffa dell'acqua", "una fusione ospedaliera"],
           ["a", "vicino a", "per"], ["Lisbona", "Ohio", "Baviera", "Kenya", "Québec", "Sicilia", "Jutland", "Andalusia"]),
}
BODY = {
    "en": "Talks on {noun} ran for months, officials said. A final vote is expected next month.",
    "de": "Über {noun} wurde monatelang verhandelt, hieß es. Eine Abstimmung wird im nächsten Monat erwartet.",
    "fr": "Sur {noun}, les discussions ont duré des mois, selon des responsables. Un vote est attendu le mois prochain.",
    "es": "Sobre {noun} se negoció durante meses, según fuentes oficiales. Se espera una votación el mes próximo.",
    "it": "Su {noun} si è trattato per mesi, secondo fonti ufficiali. Un voto è atteso il mese prossimo.",
}
FURNITURE = ["Advertisement", "Share this article", "Sign up for our newsletter", "Photo: AFP", "Read more"]


@dataclass
class Item:
    title: str
    body: str
    date: dt.date
    outlet: str
    tail: str = ""      # text that must end up in the same article as the body's start


@dataclass
class Digest:
    layout: str
    lang: str
    text: str
    items: list[Item]
    has_title: bool = True
    has_date: bool = True
    has_outlet: bool = True


def written_date(d: dt.date, lang: str, rng: random.Random) -> str:
    month = MONTHS[lang].split()[d.month - 1]
    return {
        "en": rng.choice([f"{month} {d.day}, {d.year}", f"{d.day} {month} {d.year}"]),
        "de": rng.choice([f"{d.day}. {month} {d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}"]),
        "fr": f"{d.day} {month} {d.year}",
        "es": f"{d.day} de {month} de {d.year}",
        "it": f"{d.day} {month} {d.year}",
    }[lang]


def _items(rng: random.Random, lang: str, n: int, same_day: bool = False) -> list[Item]:
    subj, verbs, nouns, preps, places = WORDS[lang]
    day = dt.date(2025, rng.randint(1, 12), rng.randint(13, 28))
    out = []
    picks = rng.sample(range(len(nouns)), n)
    for k, i in enumerate(picks):
        title = f"{rng.choice(subj)} {rng.choice(verbs)} {nouns[i]} {rng.choice(preps)} {rng.choice(places)}"
        body = BODY[lang].format(noun=nouns[(i + 1) % len(nouns)])
        out.append(Item(title, body, day if same_day else day - dt.timedelta(days=k), rng.choice(OUTLETS)))
    return out


def digest(seed: int) -> Digest:
    rng = random.Random(seed)
    lang = rng.choice(sorted(WORDS))
    layout = LAYOUTS[seed % len(LAYOUTS)]
    return layout(rng, lang)


def _furniture(rng: random.Random) -> list[str]:
    return [rng.choice(FURNITURE)] if rng.random() < 0.5 else []


def delimited(rng, lang):
    items = _items(rng, lang, rng.randint(3, 7))
    sep = rng.choice([" | ", " – ", "\t"])
    lines = [f"{i.date.isoformat() if rng.random() < 0.5 else written_date(i.date, lang, rng)}{sep}{i.outlet}{sep}{i.title}"
             for i in items]
    for i in items:
        i.body = i.title
    return Digest("delimited", lang, "\n".join(lines) + "\n", items)


def headline_dek(rng, lang):
    items = _items(rng, lang, rng.randint(3, 6))
    out = ["Morning digest", ""]
    for i in items:
        out += [i.title, written_date(i.date, lang, rng), i.body, f"({i.outlet})", *_furniture(rng), ""]
    return Digest("headline-dek", lang, "\n".join(out), items)


def dek_headline(rng, lang):
    items = _items(rng, lang, rng.randint(3, 6))
    out = ["Weekly picks", ""]
    for i in items:
        out += [i.body, "", f"{i.title} ({i.outlet})", "", ""]
    return Digest("dek-headline", lang, "\n".join(out), items, has_date=False)


def numbered(rng, lang):
    items = _items(rng, lang, rng.randint(3, 7))
    out = ["The must-reads", ""]
    for k, i in enumerate(items, 1):
        out += [f"{k}. {i.title}", f"{i.body} ({i.outlet})"]
    return Digest("numbered", lang, "\n".join(out), items, has_date=False)


def date_headings(rng, lang):
    items = _items(rng, lang, rng.randint(3, 6))
    out = ["Archive", ""]
    last = None
    for i in items:
        if i.date != last:
            out += [written_date(i.date, lang, rng), ""]
            last = i.date
        out += [i.title, i.body, ""]
    return Digest("date-headings", lang, "\n".join(out), items, has_outlet=False)


def live_blog(rng, lang):
    items = _items(rng, lang, rng.randint(3, 6), same_day=True)
    out = ["Live: the latest", written_date(items[0].date, lang, rng), ""]
    for k, i in enumerate(items):
        out += [f"{9 + k}:{rng.choice(['05', '20', '45'])}", "", f"{i.title}. {i.body}", ""]
    for i in items:
        i.body = f"{i.title}. {i.body}"
    return Digest("live-blog", lang, "\n".join(out), items, has_title=False, has_outlet=False)


def outlet_prefix(rng, lang):
    items = _items(rng, lang, rng.randint(3, 6))
    out = []
    for i in items:
        out += [f"{i.outlet} – {i.title}", written_date(i.date, lang, rng), i.body, *_furniture(rng), ""]
    return Digest("outlet-prefix", lang, "\n".join(out), items)


def wire(rng, lang):
    items = _items(rng, lang, rng.randint(3, 6))
    out = []
    for i in items:
        out += [i.title, written_date(i.date, lang, rng), f"LONDON ({i.outlet}) -- {i.body}", ""]
    return Digest("wire", lang, "\n".join(out), items)


def table(rng, lang):
    items = _items(rng, lang, rng.randint(3, 6))
    out = ["| Date | Source | Title |", "|---|---|---|"]
    out += [f"| {i.date.isoformat()} | {i.outlet} | {i.title} |" for i in items]
    for i in items:
        i.body = i.title
    return Digest("table", lang, "\n".join(out) + "\n", items)


def bold_lead(rng, lang):
    items = _items(rng, lang, rng.randint(3, 6), same_day=True)
    out = ["The briefing", written_date(items[0].date, lang, rng), "", "TOP STORIES"]
    for i in items:
        out.append(f"{i.title}. {i.body}")
    for i in items:
        i.body = f"{i.title}. {i.body}"
    return Digest("bold-lead", lang, "\n".join(out), items, has_outlet=False)


def bullets(rng, lang):
    items = _items(rng, lang, rng.randint(3, 6), same_day=True)
    out = ["In brief", written_date(items[0].date, lang, rng), ""]
    for i in items:
        out.append(f"- {i.title}: {i.body} ({i.outlet})")
    for i in items:
        i.body = f"{i.title}: {i.body}"
    return Digest("bullets", lang, "\n".join(out), items, has_title=False)


WEEKDAY = {"en": "Mon Tue Wed Thu Fri Sat Sun", "de": "Mo Di Mi Do Fr Sa So", "fr": "lun mar mer jeu ven sam dim",
           "es": "lun mar mié jue vie sáb dom", "it": "lun mar mer gio ven sab dom"}


def ticker(rng, lang):
    """A stamp line above each headline ('Mon, 03/02/2025 - 9:15am'), 'External Link' and
    'Report an Error' under each item."""
    items = _items(rng, lang, rng.randint(3, 6))
    out = ["Latest updates", ""]
    for i in items:
        wd = WEEKDAY[lang].split()[i.date.weekday()]
        stamp = (f"{wd}, {i.date.month:02d}/{i.date.day:02d}/{i.date.year} - {rng.randint(1, 11)}:15am" if lang == "en"
                 else f"{wd}., {i.date.day:02d}.{i.date.month:02d}.{i.date.year} - {rng.randint(8, 20)}:15")
        out += [stamp, i.title, i.body, "External Link", "Report an Error", ""]
    return Digest("ticker", lang, "\n".join(out), items, has_outlet=False)


def comma_suffix(rng, lang):
    """'Title, Outlet, 4/06/2023' headline lines with the teaser below."""
    items = _items(rng, lang, rng.randint(3, 6))
    out = ["Revue de presse" if lang == "fr" else "Press review", ""]
    for i in items:
        day = f"{i.date.day}/{i.date.month:02d}/{i.date.year}"
        out += [f"{i.title}, {i.outlet}, {day}", i.body, ""]
    return Digest("comma-suffix", lang, "\n".join(out), items)


def dateline_colon(rng, lang):
    """Untitled paragraphs opening with 'March 3, 2025:' and ending with '(Outlet)'."""
    items = _items(rng, lang, rng.randint(3, 6))
    out = ["Timeline", ""]
    for i in items:
        out += [f"{written_date(i.date, lang, rng)}: {i.body} ({i.outlet})", ""]
    return Digest("dateline-colon", lang, "\n".join(out), items, has_title=False)


def glued(rng, lang):
    """One line per item: headline glued to its teaser and a DD.MM.YYYY date glued to the end."""
    items = _items(rng, lang, rng.randint(3, 6))
    out = []
    for i in items:
        out.append(f'{i.title} "{i.outlet} berichtet"{i.body}{i.date.day:02d}.{i.date.month:02d}.{i.date.year}')
        i.title = f'{i.title} "{i.outlet} berichtet"'
    return Digest("glued", lang, "\n".join(out) + "\n", items, has_outlet=False)


SECOND = {"en": "No one objected. The minutes will be published on Friday, a spokesman added.",
          "de": "Niemand widersprach. Das Protokoll wird am Freitag veröffentlicht, sagte ein Sprecher.",
          "fr": "Personne ne s'y est opposé. Le compte rendu sera publié vendredi, a ajouté un porte-parole.",
          "es": "Nadie se opuso. El acta se publicará el viernes, añadió un portavoz.",
          "it": "Nessuno si è opposto. Il verbale sarà pubblicato venerdì, ha aggiunto un portavoce."}


def multi_paragraph(rng, lang):
    """Headline, date, then two paragraphs that both open with a short sentence: one article each,
    and a stray heading at the end of the page that must not shift the titles."""
    items = _items(rng, lang, rng.randint(3, 5))
    out = ["News in depth", ""]
    for i in items:
        second = SECOND[lang].replace(".", f" ({i.title.split()[-1]}).", 1)
        out += [i.title, written_date(i.date, lang, rng), "", i.body, "", second, "", ""]
        i.tail = second[-30:]
    out += ["More from the newsroom"]
    return Digest("multi-paragraph", lang, "\n".join(out), items, has_outlet=False)


def caps_titles(rng, lang):
    """Headlines written in capitals are headlines, not section headings."""
    items = _items(rng, lang, rng.randint(3, 5))
    out = []
    for i in items:
        i.title = i.title.upper()
        out += [i.title, i.body, f"({i.outlet})", ""]
    return Digest("caps-titles", lang, "\n".join(out), items, has_date=False)


def big_digest(size: int) -> str:
    """The layouts' digests one after another (their capture line dropped) up to `size` bytes of
    text, each item's body made its own (a number after its first word), so that no two items
    are one story: ~4,700 items in 1 MB."""
    parts, total, seed, n = [], 0, 1, 0
    while total < size:
        d = digest(seed)
        text = d.text.split("\n", 2)[2]
        for item in d.items:
            first, _, rest = item.body.partition(" ")
            n += 1
            text = text.replace(item.body, f"{first} ({n}) {rest}", 1)
        parts.append(text)
        total += len(text.encode()) + 2
        seed += len(LAYOUTS)
    return "\n\n".join(parts)


LAYOUTS = [delimited, headline_dek, dek_headline, numbered, date_headings, live_blog, outlet_prefix, wire, table,
           bold_lead, bullets, ticker, comma_suffix, dateline_colon, glued, multi_paragraph, caps_titles]
