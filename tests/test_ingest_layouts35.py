"""Layouts of held-out set 35 read in general (pages written here, in other wordings, outlets and
languages): a summary list whose links were lost or glued to the text, a monitor's fixed-width
columns, a saved list closing each line on an ISO time, an aggregator's 'Source:Outlet' lines,
a roundup's '▸' bullets with their '(Agency);' and its labelled photo credit and author box; and
the tags such pages need (defence, a Brazilian state's accented name, the Amazon forest)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from chronicle.config import load_config
from chronicle.ingest.run import tagger_for
from ingest_page import read_page, tags_by_title

ROOT = Path(__file__).resolve().parent.parent
DAY = dt.date(2026, 3, 20)


def _stories(text: str, day: dt.date = DAY):
    return read_page(text, day).read_all().stories


def _summary(topic: str, n: int) -> str:
    return (f"The {topic} report number {n} was published on Thursday by the regional authority, which said the "
            f"figures for the past quarter showed a clear change from the year before. Officials told reporters "
            f"that the {topic} programme would be reviewed in the spring, and that local councils would be asked "
            f"for their views before any money was moved between budgets or new staff were hired.")


def test_a_summary_list_with_a_lost_link_and_a_glued_one():
    paras = [_summary(t, k) for k, t in enumerate(("water", "rail", "housing", "school", "port"))]
    page = (f"{paras[0]}\nRead More\n{paras[1]}\nRead More\n{paras[2]}\n{paras[3]}\nRead More\n"
            f"{paras[4]}Read More\n")
    stories = _stories(page)
    assert len(stories) == 5
    for s in stories:
        assert "Read More" not in " ".join(s.paras)
    assert any("housing report" in s.paras[0] for s in stories) and any("school report" in s.paras[0] for s in stories)


_FIXED = """Medienspiegel Energie · Export 20.03.2026 06:40

DATUM       QUELLE                 TITEL
----------  ---------------------  ----------------------------------------------------------------
20.03.2026  Handelsblatt           Netzagentur genehmigt den Bau von drei neuen Stromtrassen im Norden
19.03.2026  Der Standard           Österreich verlängert die Strompreisbremse bis Ende des Jahres
19.03.2026                         Stadtwerke erhöhen die Fernwärmepreise um elf Prozent
            NZZ                    Schweizer Stausee liefert erstmals Strom für 40.000 Haushalte

4 Zeilen
"""


def test_fixed_width_columns_under_a_header():
    stories = {s.title: s for s in _stories(_FIXED)}
    assert set(stories) == {"Netzagentur genehmigt den Bau von drei neuen Stromtrassen im Norden",
                            "Österreich verlängert die Strompreisbremse bis Ende des Jahres",
                            "Stadtwerke erhöhen die Fernwärmepreise um elf Prozent",
                            "Schweizer Stausee liefert erstmals Strom für 40.000 Haushalte"}
    s = stories["Netzagentur genehmigt den Bau von drei neuen Stromtrassen im Norden"]
    assert (s.date, s.source) == (dt.date(2026, 3, 20), "Handelsblatt")
    assert stories["Stadtwerke erhöhen die Fernwärmepreise um elf Prozent"].source == ""
    assert stories["Schweizer Stausee liefert erstmals Strom für 40.000 Haushalte"].date is None


_ISO_LIST = """my reading list – energy and cities

[Le Monde] Paris adds 40 kilometres of cycle lanes before the summer · 2026-03-19T07:15+01:00
[The Hindu] Chennai metro's second line opens its first twelve stations · 2026-03-18T16:40:00+05:30
[Reuters] Chile approves the largest solar farm in the Atacama desert · 2026-03-18T02:05Z
Lisbon council votes to cap short-term rentals in the old town · 2026-03-17T21:30+00:00
[Folha] São Paulo starts trials of electric buses on six routes ·
"""


def test_an_iso_time_closing_each_line_is_its_date_and_no_part_of_its_title():
    stories = {s.title: (s.date, s.source) for s in _stories(_ISO_LIST)}
    assert stories["Paris adds 40 kilometres of cycle lanes before the summer"] == (dt.date(2026, 3, 19), "Le Monde")
    assert stories["Chile approves the largest solar farm in the Atacama desert"] == (dt.date(2026, 3, 18), "Reuters")
    assert stories["Lisbon council votes to cap short-term rentals in the old town"][0] == dt.date(2026, 3, 17)
    # a line without its time takes no other line's date
    assert stories["São Paulo starts trials of electric buses on six routes"] == (None, "Folha")


_GLUED_SOURCE = """Headlines Today
Home   Africa   Europe   Asia
Ghana
ACCRA: The central bank kept its policy rate at 21 per cent on Monday, saying inflation had slowed for a fourth month but that the cedi was still under pressure from import demand.
Source:Graphic Online
March 19, 2026 18:05 UTC
KUMASI: The regional hospital opened a new cancer ward with forty beds, the first outside the capital, after a fundraising drive by local businesses and churches.
Source:Citi Newsroom
March 18, 2026 09:40 UTC
TAMALE: Farmers in the north said the late rains had cut the maize harvest by a third, and asked the government to speed up the delivery of subsidised fertiliser.
Source:Joy News
March 17, 2026 12:00 UTC
"""


def test_a_source_label_glued_to_the_outlet():
    stories = _stories(_GLUED_SOURCE)
    assert [(s.source, s.date) for s in stories] == [("Graphic Online", dt.date(2026, 3, 19)),
                                                     ("Citi Newsroom", dt.date(2026, 3, 18)),
                                                     ("Joy News", dt.date(2026, 3, 17))]
    # 'ACCRA: The central bank …': the place it was filed from, no headline (the title is derived)
    assert [s.title for s in stories] == ["", "", ""]


def test_a_capitals_kicker_that_is_no_place_is_still_a_headline():
    page = ("Week in brief\n\n"
            "RATE WATCH: The central bank kept its policy rate at 21 per cent on Monday, saying inflation had slowed.\n\n"
            "BED COUNT: The regional hospital opened a new cancer ward with forty beds, the first outside the capital.\n\n"
            "HARVEST WOES: Farmers in the north said the late rains had cut the maize harvest by a third this year.\n")
    assert [s.title for s in _stories(page)] == ["RATE WATCH", "BED COUNT", "HARVEST WOES"]


_ROUNDUP = """World

Heat records fall across southern Europe as the dry spell enters its sixth week

19 March 2026 · 4 min read

Temperatures passed 30 degrees in Seville and Valencia on Wednesday, the earliest such readings on record, and water companies in Catalonia asked households to cut their use by a fifth.

Reservoirs in the region are at a quarter of their capacity, and farmers said the cereal harvest was already lost in parts of the interior.

Firefighters watching a dry hillside outside Tarragona on Wednesday afternoon

Photo: Jordi Puig / Reuters

Elsewhere

▸ Portugal's government declared a drought alert in the Alentejo and banned the filling of private pools until further notice;

▸ Greece's civil protection agency raised the fire risk to its highest level on the islands of Evia and Crete, and closed forests to walkers (ANA-MPA);

▸ Morocco said the level of its dams had fallen to 23 per cent and announced new desalination plants near Casablanca and Agadir

Sources

Lucia Ferrante

Freelance correspondent covering climate and water in the Mediterranean
"""


def test_a_roundups_bullets_credit_and_author_box():
    stories = _stories(_ROUNDUP)
    texts = [" ".join(s.paras) for s in stories]
    assert len(stories) == 4, [t[:60] for t in texts]
    greek = next(s for s in stories if "Evia" in " ".join(s.paras))
    assert greek.source == "ANA-MPA" and "(ANA-MPA)" not in " ".join(greek.paras)
    assert not any(t.startswith(("Firefighters watching", "Lucia Ferrante", "Freelance")) for t in texts)


def test_defence_the_amazon_and_an_accented_state(tmp_path):
    page = ("Briefing\n\nArmy to buy 200 new armoured vehicles for its northern brigades\n"
            "The defence ministry said the first vehicles would reach the troops next year.\n\n"
            "Amazon deforestation in Pará falls for a second year\n"
            "Satellite data showed the cleared area in the state shrank by a fifth.\n\n"
            "Fires in the Amazon rainforest reach a record for March\n"
            "Scientists blamed the long dry season and clearing for cattle.\n")
    found = tags_by_title(page, tmp_path, "2026-03-20-briefing.txt")
    assert "defense" in found["Army to buy 200 new armoured vehicles for its northern brigades"]
    deforestation = found["Amazon deforestation in Pará falls for a second year"]
    assert {"deforestation", "para", "brazil"} <= deforestation and "amazon" not in deforestation
    assert "amazon-rainforest" in found["Fires in the Amazon rainforest reach a record for March"]


def test_para_the_spanish_word_is_no_brazilian_state():
    tagger = tagger_for(load_config(ROOT / "config.yaml"))
    assert tagger.find("Para los vecinos de la ciudad, la subida es demasiado alta.") == []
    assert [h[0] for h in tagger.find("La deforestación en Pará cayó un tercio.")] == ["deforestation", "para"]


def test_a_theme_only_implied_ranks_after_a_place_named_as_often():
    """'parliament' implied by the 'Bundestag' of a title gives way to the 'Lithuania' its body
    names once, where only one of them has room."""
    tagger = tagger_for(load_config(ROOT / "config.yaml"))
    body = ("The Bundestag voted to send a further brigade to the alliance's eastern border. "
            "The soldiers will join the brigade already stationed in Lithuania.")
    scores, first, evidence = tagger._scores("Bundestag approves new brigade for the east", body, body, False, "en")
    tagger._widen(scores, first, evidence)
    assert scores.get("parliament") == scores.get("lithuania")
    ranked = sorted(scores, key=lambda s: (-scores[s], first[s], s))
    assert ranked.index("lithuania") < ranked.index("parliament")
