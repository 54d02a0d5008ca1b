"""Tags, round 9 (issue 14): subjects found in the forms a language writes them, on text written
for these tests (no labelled set's wording). Each digest is one page per language, imported once
for the module; the tags are read back from the articles' front matter."""
from __future__ import annotations

from pathlib import Path

import pytest

from chronicle.config import load_config
from chronicle.ingest import ingest_files
from chronicle.ingest.run import tagger_for
from chronicle.source import frontmatter

ROOT = Path(__file__).resolve().parent.parent
CONFIG = load_config(ROOT / "config.yaml")

# (title, text, tags the article must have) per page; past the first page's, every subject below
# is named only in a form no alias lists: a case or number ending, or a compound whose last part
# is the subject
DIGESTS = {
    # subjects of the news taxonomy newsrooms tag by (IPTC Media Topics) that had no theme
    "en": [
        ("Two climbers missing after an avalanche in the Dolomites",
         "Rescuers with dogs searched the slope below the pass until nightfall, the alpine service said.",
         {"landslides", "emergency-services"}),
        ("Lawmakers approve new curbs on arms exports to the Gulf",
         "The bill bars sales of missiles and drones to states at war unless the cabinet signs off each deal.",
         {"arms-trade"}),
        # an organisation is tagged with the subject it belongs to (data/organisations.txt)
        ("Siemens wins an order for high-speed trains in Egypt",
         "The Munich group will deliver the trains over six years and maintain them for fifteen.",
         {"siemens", "manufacturing"}),
        ("Interpol issues a red notice for a fugitive banker",
         "The former chief executive left Vienna in March and is thought to be hiding in Dubai.",
         {"interpol", "police"}),
    ],
    "de": [
        ("Putschversuch in Westafrika gescheitert",
         "Soldaten hatten in der Nacht den Rundfunk besetzt; die Regierung meldet, die Lage sei unter Kontrolle.",
         {"coups"}),
        ("Skigebiete in den Ostalpen rechnen mit kürzeren Wintern",
         "Wegen des Klimawandels schrumpft die Saison, sagen die Betreiber der Lifte in Tirol.",
         {"climate-change"}),
        ("Landwirte in Brandenburg fordern Hilfe nach zwei Dürren",
         "Nach den Dürren der letzten Sommer seien die Brunnen vieler Höfe leer, sagt der Verband.",
         {"drought"}),
        # a name in the genitive, the one ending names take
        ("Frankreichs Winzer fürchten neue Zölle",
         "Die Ausfuhren nach Übersee könnten um ein Drittel sinken, warnt der Branchenverband.",
         {"france"}),
        # a compound whose last part is the subject (the first part is only its kind or place)
        ("Mannheim plant eine Flusswärmepumpe am Rhein",
         "Die Stadtwerke wollen mit der Anlage bald rund zwanzigtausend Wohnungen versorgen.",
         {"heat-pumps"}),
        ("Kiel: sechs Namen auf dem Zettel für die Oberbürgermeisterwahl",
         "Gewählt wird am zweiten Sonntag im Mai; erreicht niemand die Hälfte der Stimmen, "
         "entscheidet drei Wochen später eine Stichrunde zwischen den beiden Besten.",
         {"elections"}),
        ("Im Landkreis Görlitz wächst die Altersarmut",
         "Jeder fünfte Rentner im Kreis bezieht inzwischen Grundsicherung, meldet das Sozialamt.",
         {"inequality"}),
    ],
    "es": [
        ("Repsol recorta un tercio de su inversión en Venezuela",
         "La compañía atribuye la decisión a las sanciones y a los impagos acumulados desde el verano.",
         {"repsol", "oil"}),
        ("ACNUR pide fondos para los desplazados de Sudán",
         "La agencia calcula que necesitará el doble de dinero que el año pasado para atenderlos.",
         {"unhcr", "refugees"}),
        ("Moción de censura contra el alcalde de Badalona",
         "La oposición reúne los votos necesarios y el pleno extraordinario se celebrará el lunes por la tarde.",
         {"political-crises"}),
        ("Los incendios forestales obligan a evacuar tres pueblos de Ourense",
         "Las llamas avanzan por los montes y los bomberos piden refuerzos a otras comunidades.",
         {"wildfires"}),
        ("Los coches eléctricos ganan cuota en el mercado chileno",
         "Las marcas chinas venden ya uno de cada diez vehículos nuevos en Santiago.",
         {"electric-vehicles"}),
    ],
    "it": [
        ("Il Movimento 5 Stelle lascia la maggioranza in Sardegna",
         "La decisione è arrivata dopo una lunga assemblea dei consiglieri regionali a Cagliari.",
         {"movimento-5-stelle", "political-parties"}),
        ("Frana sulla statale, isolati due paesi dell'Appennino",
         "I tecnici valutano se riaprire la strada entro domenica; intanto i residenti raggiungono la valle a piedi.",
         {"landslides"}),
        ("Venerdì nero per chi viaggia in Toscana",
         "Si fermano i treni regionali per otto ore e i pendolari cercano alternative sulle strade.",
         {"rail"}),
        ("Bologna, le auto elettriche pagheranno meno il parcheggio",
         "La giunta ha approvato lo sconto per tre anni nelle zone blu del centro storico.",
         {"electric-vehicles"}),
    ],
    "fr": [
        ("Les négociations salariales échouent dans la chimie",
         "Les syndicats réclamaient cinq pour cent d'augmentation, le patronat en propose deux.",
         {"collective-bargaining"}),
        ("Les ventes de voitures électriques reculent en Belgique",
         "Les concessionnaires ont écoulé moins de modèles à batterie qu'il y a un an.",
         {"electric-vehicles"}),
        ("Les agriculteurs bretons face aux changements climatiques",
         "Les éleveurs adaptent leurs cultures fourragères à des étés plus secs.",
         {"climate-change"}),
    ],
}


@pytest.fixture(scope="module")
def tags_by_title(tmp_path_factory) -> dict[str, set[str]]:
    tmp = tmp_path_factory.mktemp("tags9")
    raws = []
    for lang, items in DIGESTS.items():
        raw = tmp / f"2025-06-0{len(raws) + 1}-{lang}.txt"
        raw.write_text("\n\n".join(f"{t}\n{b}" for t, b, _ in items) + "\n", encoding="utf-8")
        raws.append(raw)
    out = tmp / "out"
    report = ingest_files(raws, out, CONFIG)
    assert not report.errors
    found = {}
    for p in sorted(out.glob("*.md")):
        yaml_text, line, _, _ = frontmatter.split(p.read_text(encoding="utf-8"), str(p))
        fields = frontmatter.parse_fields(yaml_text, line, str(p))[0]
        found[fields["title"]] = {str(t).lower() for t in fields.get("tags") or ()}
    return found


@pytest.mark.parametrize("lang", sorted(DIGESTS))
def test_a_subject_in_an_inflected_form_is_tagged(tags_by_title, lang):
    for title, _, want in DIGESTS[lang]:
        assert title in tags_by_title, (title, sorted(tags_by_title))
        assert want <= tags_by_title[title], (title, sorted(tags_by_title[title]))


@pytest.mark.parametrize("lang, title, text, not_wanted", [
    # a word of another meaning that an alias's stem would take: an accent ('livrés', delivered,
    # is not 'livres', books), a gender ('libra', pound, is not 'libro'), another language's word
    # ('detto', said, is not the French 'dette'), a name ('Natale' is not the city of Natal)
    ("fr", "Les colis commandés ont été livrés en retard", "La poste accuse la météo.", {"books"}),
    ("es", "La libra esterlina cae frente al dólar", "El Banco de Inglaterra mantuvo los tipos.", {"books"}),
    ("it", "Il ministro ha detto che non ci saranno tagli", "Lo ha detto ai sindacati.", {"debt-and-arrears"}),
    ("it", "A Natale più treni per il Sud", "Le ferrovie aggiungono corse.", {"brazil", "natal"}),
    # a German name is no noun with endings ('Sache', a matter, is not Sachsen)
    ("de", "Eine Sache der Regierung", "Die Regierung berät darüber.", {"saxony", "sachsen"}),
])
def test_a_word_that_only_looks_like_an_alias_is_no_tag(lang, title, text, not_wanted):
    tags, _ = tagger_for(CONFIG).tags_with_evidence(title, text, text, [], lang=lang)
    assert not set(tags) & not_wanted, tags


@pytest.mark.parametrize("lang, title, text, wanted", [
    # a subject config.yaml gives only as a digest's label kept the built-in theme of its name from
    # the text as well: farming and public works are no words of every article
    ("en", "Tractors block the ring road as the harvest rots", "Farmers say grain prices no longer cover their costs.",
     {"agriculture"}),
    ("es", "Los agricultores andaluces cortan carreteras", "Piden ayudas por la sequía y precios justos.",
     {"agriculture"}),
    ("de", "Milliarden für marode Brücken", "Der Bund will mehr Geld in die Infrastruktur stecken.",
     {"infrastructure"}),
    # a country's yearly budget is a subject of its own, in every language, and a public-finance one
    ("en", "Parliament passes the budget after an all-night sitting", "The opposition voted against.",
     {"budget", "public-finances"}),
    ("it", "Il governo approva la legge di bilancio", "Il testo passa ora alle Camere.", {"budget"}),
    ("fr", "Le projet de loi de finances arrive au Sénat", "Les sénateurs veulent réduire le déficit.", {"budget"}),
    ("pt", "Orçamento do Estado aprovado na generalidade", "O PS absteve-se na votação.", {"budget"}),
    # a theme's own name listed by a broader topic too (config.yaml's economy: 'inflation') is the theme
    ("en", "Portugal sees inflation rise to four percent", "Food and energy drove the increase.", {"inflation"}),
    ("en", "Operators warn the power grid is full", "Wind farms wait years for a connection.", {"power-grid"}),
])
def test_a_theme_is_tagged_by_its_own_name(lang, title, text, wanted):
    _assert_tagged(lang, title, text, wanted)


@pytest.mark.parametrize("lang, title, text, not_wanted", [
    # a word that is an alias in one language and a common word of another, or a material named
    # for a subject: none of these texts is about prizes, taxes, debt, smoking, plastic waste,
    # prosecutors or the US Congress
    ("fr", "Les prix de l'électricité baissent en mars", "Le régulateur annonce une baisse de 3 %.", {"awards"}),
    ("it", "Riforma elettorale: premio di maggioranza al 55 per cento", "Il testo è stato imposto dalla maggioranza.",
     {"awards", "taxes"}),
    ("it", "La cosiddetta riforma, detta anche legge Rossi", "Il governo la difende.", {"debt-and-arrears"}),
    ("it", "Fumo nero dal capannone, evacuate le case vicine", "I vigili del fuoco sono sul posto.", {"smoking"}),
    ("en", "A maker of plastics opens a plant in Ohio", "It will make car parts.", {"plastic-pollution"}),
    ("en", "Japan's cabinet adopts the fiscal 2025 budget", "Spending rises for the fourth year.",
     {"criminal-investigations"}),
    ("en", "Japan's House of Representatives passes the budget", "The upper house votes next week.", {"us-congress"}),
])
def test_a_word_of_another_meaning_is_no_subject(lang, title, text, not_wanted):
    tags, _ = tagger_for(CONFIG).tags_with_evidence(title, text, text, [], lang=lang)
    assert not set(tags) & not_wanted, tags


@pytest.mark.parametrize("lang, title, text, wanted", [
    # a ceasefire is a subject of its own, in each language's words for it
    ("de", "Waffenruhe im Süden des Landes hält", "Beide Seiten melden keine Angriffe seit Sonntag.", {"ceasefire"}),
    ("it", "Intesa su una tregua di trenta giorni", "Le delegazioni si rivedranno a Ginevra.", {"ceasefire"}),
    ("es", "El alto el fuego entra en vigor a medianoche", "Los mediadores piden calma.", {"ceasefire"}),
    # a country's lower house, not the US Congress's
    ("en", "House of Representatives passes the electoral reform", "The bill goes to the upper house.", {"lower-houses"}),
    # central banks by their names
    ("en", "RBA holds the cash rate at 4.1 per cent", "The Reserve Bank of Australia said inflation is easing.",
     {"reserve-bank-of-australia", "central-banks", "interest-rates"}),
    ("pt", "Banco de Portugal revê em alta o crescimento", "A economia deverá crescer 2,3 %.", {"banco-de-portugal"}),
    # farming, prisons and pensions in the forms each language writes them
    ("fr", "La surpopulation carcérale atteint un record", "Plus de 80 000 détenus sont recensés.", {"prisons"}),
    ("en", "Agricultural exports slump after the frost", "Orchards lost half their fruit.", {"agriculture"}),
    ("pt", "Governo aumenta as pensões mais baixas", "Os reformados recebem mais a partir de julho.", {"pensions"}),
    ("nl", "Gasopslag raakt sneller leeg dan verwacht", "Handelaren waarschuwen voor hogere prijzen.", {"gas-storage"}),
    ("fr", "Biathlon : nouvelle victoire pour la Française", "Elle remporte le sprint d'Oslo.", {"skiing"}),
])
def test_a_subject_in_each_language_s_words(lang, title, text, wanted):
    _assert_tagged(lang, title, text, wanted)


@pytest.mark.parametrize("lang, title, text, wanted", [
    # subjects an editor files on their own, apart from the broader one they belong to
    ("de", "Stadtwerke bauen das Fernwärmenetz aus", "Bis 2030 sollen 40.000 Haushalte angeschlossen sein.",
     {"district-heating"}),
    ("fr", "Le réseau de chaleur de Grenoble s'agrandit", "Il desservira deux nouveaux quartiers.", {"district-heating"}),
    ("de", "Biathletin gewinnt den Gesamtweltcup", "Sie setzte sich im letzten Rennen in Oslo durch.", {"biathlon"}),
    ("it", "Sei Nazioni, l'Italia batte il Galles", "Una vittoria attesa da due anni.", {"six-nations", "rugby"}),
    ("es", "El Senado rechaza la reforma", "La oposición tiene mayoría en la cámara alta.", {"senates"}),
    ("en", "Egg prices hit a record as the flu spreads among hens", "Shoppers pay twice what they did a year ago.",
     {"food-prices"}),
    ("es", "Los precios de los alimentos suben un 4 %", "El aceite de oliva lidera las subidas.", {"food-prices"}),
    ("en", "Foreign visitors to Japan hit a record", "Arrivals from South Korea led the rise.", {"tourism"}),
    ("pt", "Incêndio em armazém obriga a evacuar prédio", "Os bombeiros controlaram as chamas ao fim de duas horas.",
     {"fires"}),
])
def test_a_subject_of_its_own(lang, title, text, wanted):
    _assert_tagged(lang, title, text, wanted)


def test_a_passing_mention_implies_no_broader_subject():
    # the motorway is where the crash happened (roads, once, in the text): no story about
    # infrastructure; the same theme in the title is one, and implies it
    tagger = tagger_for(CONFIG)
    lead = "Eleven people were hurt when a coach hit a lorry near Lyon on Sunday night."
    text = lead + " Two passengers were cut free. The motorway was closed for six hours, the prefecture said."
    tags, _ = tagger.tags_with_evidence("Coach crash near Lyon leaves eleven hurt", lead, text, [], lang="en")
    assert "infrastructure" not in tags, tags
    tags, evidence = tagger.tags_with_evidence("Motorway repairs will take three years", lead, text, [], lang="en")
    assert {"roads", "infrastructure"} <= set(tags), tags
    assert evidence["infrastructure"] == "Motorway", evidence


def _assert_tagged(lang: str, title: str, text: str, wanted: set[str]) -> None:
    """Each wanted topic is among the item's tags, each with the phrase that matched as evidence."""
    tags, evidence = tagger_for(CONFIG).tags_with_evidence(title, text, text, [], lang=lang)
    assert wanted <= set(tags), tags
    assert all(evidence.get(t) for t in wanted), evidence
