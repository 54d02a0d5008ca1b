"""The offline index holds the words Pagefind holds (issue 12, part 3): decoded from both
indexes after a real build, every term lists the same articles in each.

Checked on the fixture site and on a page made of the hard cases: accents, apostrophes
(straight and curly), hyphens, camel case, numbers with units, currency, HTML-looking text,
images (Pagefind indexes the first one's address and alt text as metadata).
"""
from __future__ import annotations

import sys

import pytest

from chronicle.outputs.searchwords import Words
from conftest import FIXTURE, ROOT, build_fixture

sys.path.insert(0, str(ROOT / "bench"))
from search_terms import offline_terms, pagefind_terms  # noqa: E402
from tools.multilingual import multilingual_corpus  # noqa: E402

HARD = """---
title: "Défense talks in Chișinău — Kraków’s mayor"
date: 2025-01-02
source: Le Monde
url: https://example.org/x
---
Müller said the naïve résumés were running; Gdańsk hosted Zelenskyy's team. U.S. and NATO-led
peacekeepers' e-mail cost 3.5% of £20bn. The “quoted” word, McDonald and iPhone, São Paulo,
façades. Ærø Straße Œuvre İstanbul WKWebView G7 COVID-19 x86_64. Guitar🎸solo 🇺🇦 ❤️ 👍🏽 🧑‍💻 ★ ©
ＡＩ ﬁnal ５Ｇ.

- &lt;em&gt;ital&lt;/em&gt;ic split *word*s here

![A satellite view of Kherson](https://example.org/photos/kherson-bridge.png)
![Second picture](two.png)
"""


def test_words_are_pagefinds_for_the_hard_cases():
    words = Words("english")
    assert words.piece("Kraków’s") == ("krakow", "krakow’")
    assert words.piece("NATO-led") == ("natol", "nato", "led")
    assert words.piece("McDonald") == ("mcdonald", "mc", "donald")
    assert words.piece("résumés") == ("resum",)
    assert words.piece("U.S.") == ("us",)
    assert words.piece("—") == ()
    # emoji, whole (flags, skin tones, joined sequences), as Pagefind's emoji list finds them
    assert words.piece("Guitar🎸solo") == ("guitarsolo", "guitar🎸solo", "🎸")
    assert words.piece("🇺🇦") == ("🇺🇦",) and words.piece("👍🏽") == ("👍🏽",)
    assert words.piece("🧑\u200d💻") == ("🧑\u200d💻",) and words.piece("★") == ()


@pytest.mark.slow
def test_offline_terms_equal_pagefinds_on_the_fixture_site(fixture_site_search):
    assert offline_terms(fixture_site_search) == pagefind_terms(fixture_site_search)


@pytest.mark.slow
def test_offline_terms_equal_pagefinds_on_the_hard_cases(tmp_path):
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    (content / "articles" / "hard.md").write_text(HARD, encoding="utf-8")
    site = tmp_path / "site"
    build_fixture(site, content=content, config=FIXTURE / "config.yaml")
    pagefind, offline = pagefind_terms(site), offline_terms(site)
    assert {"defens", "chisinau", "krakow", "muller", "naiv", "resum", "gdansk", "mc", "donald", "satellit"} <= set(pagefind)
    assert "second" not in pagefind
    assert {"🎸", "🇺🇦", "👍🏽"} <= set(pagefind)
    assert offline == pagefind


@pytest.mark.slow
@pytest.mark.parametrize("language", ["tr", "pl"])
def test_offline_terms_equal_pagefinds_in_other_languages(tmp_path, language):
    """A site in a language the offline engine once left unstemmed while Pagefind stemmed it
    (Turkish, and Polish, which Pagefind 1.5 stems): the multilingual archive's words."""
    content = multilingual_corpus(tmp_path, language, per_language=1)
    site = tmp_path / "site"
    build_fixture(site, content=content, config=tmp_path / "config.yaml")
    pagefind, offline = pagefind_terms(site), offline_terms(site)
    assert {"tr": "secim", "pl": "wybor"}[language] in pagefind   # stemmed: "seçimleri", "wybory"
    assert offline == pagefind
