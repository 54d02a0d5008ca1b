"""Layouts of held-out set 28 read in general (fit28a; pages written here, in other wordings, outlets
and languages): a briefing's outlet line under a section divider and over its headline, a headline's
bracketed rendering in another language."""
from __future__ import annotations

import datetime as dt

from ingest_page import read_page

_DAY = dt.date(2026, 5, 19)


def _stories(text: str):
    return read_page(text, _DAY).stories


def _by_title(text: str) -> dict:
    return {s.title: (s.date, s.source) for s in _stories(text)}


_BRIEFING = ("NORDIC ENERGY PRESS\n"
             "Daily review – Monday 18 May 2026\n"
             "Selected from 25 papers. Headlines in the original language, our English versions below them.\n\n"
             "=== SWEDEN ===\n\n"
             "Dagens Industri · 2026-05-18\n"
             "Vattenfall skjuter upp beslutet om ny kärnkraft till hösten\n"
             "(EN: Vattenfall postpones decision on new nuclear power until autumn)\n"
             "The state utility wants clearer rules on risk sharing before it picks a reactor supplier.\n\n"
             "=== NORWAY ===\n\n"
             "Aftenposten · 2026-05-17\n"
             "Strømprisen i sør steg med 40 prosent i april\n"
             "(EN: Power price in the south rose 40 percent in April)\n"
             "Low reservoir levels and exports to the continent pushed prices up in the southern zones.\n\n"
             "=== DENMARK ===\n\n"
             "Børsen · 2026-05-16\n"
             "Regeringen vil halvere afgiften på elbiler fra 2027\n"
             "(EN: Government wants to halve the tax on electric cars from 2027)\n"
             "The tax cut would cost the treasury about 1.2 billion kroner a year, the ministry estimates.\n\n"
             "=== FINLAND ===\n\n"
             "Helsingin Sanomat\n"
             "Finland's grid operator warns of tight supply during the next cold snap\n"
             "Fingrid says new wind farms cannot cover peaks when the wind drops on the coldest days.\n\n"
             "You receive this review because you signed up on our website. Unsubscribe\n")


def test_an_outlet_line_under_a_section_divider_names_the_item_below_it():
    stories = _by_title(_BRIEFING)
    assert stories["Vattenfall skjuter upp beslutet om ny kärnkraft till hösten"] == (dt.date(2026, 5, 18), "Dagens Industri")
    assert stories["Strømprisen i sør steg med 40 prosent i april"] == (dt.date(2026, 5, 17), "Aftenposten")
    assert stories["Regeringen vil halvere afgiften på elbiler fra 2027"] == (dt.date(2026, 5, 16), "Børsen")
    assert stories["Finland's grid operator warns of tight supply during the next cold snap"] == (None, "Helsingin Sanomat")


def test_a_bracketed_rendering_under_a_headline_is_neither_title_nor_item():
    titles = [s.title for s in _stories(_BRIEFING)]
    assert not any("EN:" in t or "Vattenfall postpones" in t for t in titles)
    assert "Strømprisen i sør steg med 40 prosent i april" in titles


def test_a_rendering_labelled_in_words_in_a_french_briefing():
    page = ("REVUE DE PRESSE EUROPÉENNE\n\n"
            "Handelsblatt\n"
            "Bundesregierung plant Förderprogramm für Batteriespeicher mit 2 Milliarden Euro\n"
            "[Traduction : Le gouvernement prévoit un programme d'aide pour le stockage par batteries]\n"
            "Le ministère veut soutenir les grands parcs de batteries raccordés au réseau de transport.\n\n"
            "Corriere della Sera\n"
            "Bollette, dal 1° luglio cambia la tariffa per 3 milioni di famiglie\n"
            "[Traduction : Factures, le tarif change en juillet pour des millions de foyers]\n"
            "La fin du service de protection renvoie les ménages vers le marché libre.\n\n"
            "El Mundo\n"
            "Red Eléctrica pide 5.000 millones para reforzar la red tras el apagón\n"
            "[Traduction : Red Eléctrica demande des milliards pour renforcer le réseau après la panne]\n"
            "Le gestionnaire du réseau veut doubler ses investissements d'ici 2030.\n")
    titles = [s.title for s in _stories(page)]
    assert "Bundesregierung plant Förderprogramm für Batteriespeicher mit 2 Milliarden Euro" in titles
    assert "Bollette, dal 1° luglio cambia la tariffa per 3 milioni di famiglie" in titles
    assert not any(t.startswith(("Traduction", "[Traduction")) for t in titles)
