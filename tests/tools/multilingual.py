"""A multilingual archive for the search agreement (issue 12 parts 3-4): articles in sixteen
languages and scripts, and the tokens that split differently from one engine to another
(hyphens, apostrophes straight and curly, decimals, acronyms with dots, underscores, addresses,
emoji, ligatures and full-width letters, ß, Turkish İ, Greek final sigma, Arabic vowel marks,
text without spaces), with the queries a reader of each language types.

    multilingual_corpus(out, language="en", per_language=4, seed=12) -> content folder

writes OUT/content/articles/*.md and OUT/config.yaml with `site.language: <language>`: Chronicle
has one language per site (the `lang` of every page), so a German article on an English site is
indexed and searched with the English stemmer by both engines; `SITE_LANGUAGES` are the sites
bench/search_agreement.py builds, each with the whole archive. Seeded and deterministic: the
same arguments give the same bytes.
"""
from __future__ import annotations

import random
import shutil
from pathlib import Path

# language -> (titles, sentences); every article takes a title and three sentences of its language
TEXTS: dict[str, tuple[list[str], list[str]]] = {
    "de": (["Verhandlungen über Gaspreise", "Außenministerin in Düsseldorf", "Nord-Stream-2 und die Bundesregierung",
            "Großbritannien und die Straßenbahn"],
           ["Die Bundesregierung verhandelt über die Gaspreisbremse; die Verhandlungen dauerten bis zum Abend.",
            "Die Außenministerin traf den Außenminister in Düsseldorf, schrieb Müller per E-Mail.",
            "Die Pipeline Nord-Stream-2 bleibt außer Betrieb, sagte die Bundestagsabgeordnete.",
            "In der Strasse standen Bürgerinnen und Bürger; GROSSBRITANNIEN meldete 2,5 % Inflation.",
            "Der Fußballverband zahlte 1.000 Euro für die Straßenbahn; Kinderbetreuungseinrichtungen fehlen."]),
    "fr": (["L'Europe et l’énergie", "Les négociations à Montréal", "Élections régionales en Île-de-France",
            "Œuvre d'art et communiqué"],
           ["L'Europe négocie l’accord sur l'énergie; les négociateurs étaient prudents.",
            "Aujourd'hui, le ministère des Affaires étrangères a publié un communiqué à Montréal.",
            "Les élections régionales en Île-de-France ont eu lieu; l’électorat a voté à 52,3 %.",
            "Un chef-d'œuvre a été vendu; l'acheteur est arrivé en TGV de Besançon.",
            "Le président s’est exprimé sur la sécurité des États européens et de l’OTAN."]),
    "es": (["Elecciones en España", "El Niño y la sequía", "Negociaciones en Bogotá", "Acuerdo pesquero"],
           ["Las elecciones en España fueron reñidas; los españoles votaron el domingo.",
            "El fenómeno de El Niño agravó la sequía en Andalucía, según el ministerio.",
            "Las negociaciones de paz en Bogotá continúan; el negociador llegó el año pasado.",
            "El acuerdo pesquero con Marruecos fue firmado por 2.300 millones de euros.",
            "¿Qué pasará con la inflación? ¡Nadie lo sabe!, dijo la portavoz."]),
    "it": (["Elezioni in Italia", "Perché il governo cade", "Città e università", "Accordo sul gas"],
           ["Le elezioni in Italia sono state vinte dalla coalizione; gli elettori hanno votato.",
            "Perché il governo è caduto? L'opposizione ha presentato una mozione di sfiducia.",
            "Le università della città hanno protestato contro i tagli all'istruzione.",
            "L'accordo sul gas con l'Algeria è stato firmato dall'ENI a Roma.",
            "Il sindaco ha detto che c’è più sicurezza nelle città italiane."]),
    "nl": (["Verkiezingen in Nederland", "De Tweede Kamer debatteert", "Rijksoverheid en gemeenten", "Ziekenhuizen in IJmuiden"],
           ["De verkiezingen in Nederland werden gewonnen door de oppositie; kiezers stemden massaal.",
            "De Tweede Kamer debatteert over de begroting van de rijksoverheid.",
            "In IJmuiden en 's-Hertogenbosch sloten ziekenhuizen hun afdelingen.",
            "Het kabinet zei dat de gemeenten meer geld krijgen voor zorg.",
            "De ministers overlegden met de vakbonden over de lonen."]),
    "pt": (["Eleições em São Paulo", "Negociações comerciais", "A coração da Amazônia", "Inflação no Brasil"],
           ["As eleições em São Paulo foram disputadas; os eleitores votaram em massa.",
            "As negociações comerciais com a União Europeia avançaram, disse o ministério.",
            "A desflorestação da Amazônia preocupa os cientistas e as organizações.",
            "A inflação no Brasil subiu para 4,5 % em março, segundo o IBGE.",
            "O governo português anunciou ações para as populações do interior."]),
    "pl": (["Wybory w Polsce", "Łódź i Gdańsk", "Rząd w Warszawie", "Żołnierze na granicy"],
           ["Wybory w Polsce wygrała opozycja; wyborcy głosowali tłumnie.",
            "W Łodzi i Gdańsku protestowali nauczyciele, powiedział rzecznik.",
            "Rząd w Warszawie przyjął ustawę o bezpieczeństwie energetycznym.",
            "Żołnierze na granicy z Białorusią zatrzymali przemytników.",
            "Prezydent podpisał ustawę; Sejm głosował w czwartek."]),
    "tr": (["İstanbul seçimleri", "Türkiye ve enflasyon", "Ankara'da görüşmeler", "Işık ve ıslak sokaklar"],
           ["İstanbul seçimlerinde muhalefet kazandı; seçmenler sandığa gitti.",
            "Türkiye'de enflasyon yüzde 61,5 oldu, dedi Merkez Bankası.",
            "Ankara'da görüşmeler sürüyor; Cumhurbaşkanı açıklama yaptı.",
            "Işıklar söndü ve ıslak sokaklarda İZMİR halkı bekledi.",
            "Dışişleri Bakanlığı, İsveç'in NATO üyeliğini onayladı."]),
    "el": (["Εκλογές στην Ελλάδα", "Η κυβέρνηση στην Αθήνα", "ΟΔΟΣ ΣΤΑΔΙΟΥ", "Διαπραγματεύσεις για το χρέος"],
           ["Οι εκλογές στην Ελλάδα κέρδισε η αντιπολίτευση· οι ψηφοφόροι ψήφισαν.",
            "Η κυβέρνηση στην Αθήνα ανακοίνωσε νέα μέτρα για την ακρίβεια.",
            "Στην ΟΔΟΣ ΣΤΑΔΙΟΥ έγινε διαδήλωση των εργαζομένων.",
            "Οι διαπραγματεύσεις για το χρέος συνεχίζονται με τους δανειστές.",
            "Ο πρωθυπουργός μίλησε για την ασφάλεια της χώρας."]),
    "ru": (["Выборы в России", "Переговоры в Москве", "Ёлки и зелёные", "Нефть и газ"],
           ["Выборы в России прошли в сентябре; избиратели голосовали три дня.",
            "Переговоры в Москве продолжались; переговорщики не договорились.",
            "Зелёные ёлки продавали на рынке, сообщил Газпром.",
            "Цены на нефть и газ выросли на 3,5 %, заявил министр.",
            "Правительство обсуждало санкции и безопасность границ."]),
    "ar": (["الانتخابات في مصر", "المفاوضات في القاهرة", "الحكومة اللبنانية", "النفط والغاز"],
           ["جرت الانتخابات في مصر وصوّت النّاخبون بكثافة.",
            "استمرت المفاوضات في القاهرة بين الوفود، قال المتحدث.",
            "أعلنت الحكومة اللبنانية عن إصلاحات جديدة للكهرباء.",
            "ارتفعت أسعار النفط والغاز بنسبة ٣٫٥ في المئة.",
            "قال الوزير إن الأمن مستقر على الحدود."]),
    "he": (["הבחירות בישראל", "המשא ומתן בירושלים", "הממשלה והתקציב", "הכנסת מצביעה"],
           ["הבחירות בישראל הסתיימו; הבוחרים הצביעו בהמוניהם.",
            "המשא ומתן בירושלים נמשך, אמר הדובר.",
            "הממשלה אישרה את התקציב לשנת 2025.",
            "הכנסת מצביעה על החוק החדש ביום שלישי.",
            "שר הביטחון ביקר בגבול הצפון."]),
    "zh": (["中国经济增长放缓", "北京举行谈判", "上海股市下跌", "台湾选举结果"],
           ["中国经济增长放缓，国家统计局表示。",
            "北京举行谈判，双方同意继续对话。",
            "上海股市下跌2.5%，投资者担心通胀。",
            "台湾选举结果公布，选民投票踊跃。",
            "外交部发言人在记者会上回答问题。"]),
    "ja": (["日本の選挙結果", "東京で交渉", "円安と物価", "首相の記者会見"],
           ["日本の選挙で与党が勝利した。有権者は投票所に向かった。",
            "東京で交渉が行われ、両国は合意した。",
            "円安が進み、物価が上昇した（２．５％）。",
            "首相は記者会見で防衛費について説明した。",
            "カタカナのニュース：インフレとエネルギー。"]),
    "en": (["U.S. and E.U. talks on COVID-19", "O'Brien's e-mail to the F-35 team", "5G masts and the 2024/25 budget",
            "Don’t panic: the ﬁnal ＡＩ report"],
           ["The U.S. and the E.U. agreed on COVID-19 rules; officials didn't comment.",
            "O'Brien sent an e-mail to press@example.org about the F-35 order; see https://example.org/f35_deal.",
            "5G masts went up in 2024/25, costing 1,000,000 dollars and 2.5 % of the budget.",
            "Don’t panic, said the ﬁnal ＡＩ report on rock’n’roll 🎸 and the snake_case_names.",
            "NATO's and the UN's envoys met; the U.K. minister was late. 🇺🇦 Kyiv thanked them."]),
    "mixed": (["German words on an English site", "Über Nord-Stream-2 auf Englisch"],
              ["The Bundesregierung said the Verhandlungen on Nord-Stream-2 would resume in Düsseldorf.",
               "Reporters in İstanbul and Αθήνα heard that Москва and 北京 disagreed.",
               "The café's crème brûlée, the naïve coöperation and Zoë's résumé."]),
}

# what a reader types, by language of the words: exact words, other inflections, accent-less
# spellings, upper and lower case, partial words, two and three words, quoted phrases, signs
QUERIES: dict[str, list[str]] = {
    "de": ["Verhandlungen", "Verhandlung", "verhandelt", "Außenminister", "Aussenminister", "aussenministerin",
           "Straße", "Strasse", "STRASSE", "Düsseldorf", "Dusseldorf", "Nord-Stream-2", "Nord Stream 2", "Stream",
           "E-Mail", "email", "Gaspreis", "Gaspreisbremse", "Verhand", "\"die Verhandlungen\"", "Müller",
           "Mueller", "Bürger", "Grossbritannien", "Kinderbetreuung", "2,5 %", "1.000"],
    "fr": ["l'Europe", "l’Europe", "Europe", "négociations", "negociation", "négocie", "énergie", "energie",
           "Élections", "election", "Île-de-France", "ile de france", "chef-d'œuvre", "oeuvre", "œuvre",
           "aujourd'hui", "communiqué", "Besançon", "besancon", "États", "52,3", "négo", "\"les élections régionales\""],
    "es": ["elecciones", "elección", "España", "espana", "Niño", "nino", "sequía", "sequia", "negociaciones",
           "Bogotá", "bogota", "¿Qué?", "2.300", "acuerdo pesquero", "Andalu"],
    "it": ["elezioni", "elezione", "perché", "perche", "città", "citta", "università", "universita",
           "l'accordo", "accordo", "c’è", "sicurezza", "governo caduto", "elett"],
    "nl": ["verkiezingen", "verkiezing", "IJmuiden", "ijmuiden", "'s-Hertogenbosch", "Hertogenbosch",
           "ziekenhuizen", "ziekenhuis", "Tweede Kamer", "gemeenten", "stemden", "verkie"],
    "pt": ["eleições", "eleicoes", "eleição", "São Paulo", "sao paulo", "negociações", "negociacao",
           "Amazônia", "amazonia", "inflação", "inflacao", "4,5", "ações", "acoes", "União Europeia", "eleiç"],
    "pl": ["wybory", "wyborcy", "Łódź", "Lodz", "Łodzi", "Gdańsku", "gdansku", "Żołnierze", "zolnierze",
           "Warszawie", "Warszawa", "bezpieczeństwie", "bezpieczenstwo", "głosowali", "glos", "Białorusią"],
    "tr": ["İstanbul", "istanbul", "ISTANBUL", "Istanbul", "seçimleri", "secimleri", "seçim", "Türkiye",
           "turkiye", "TÜRKİYE", "enflasyon", "Ankara'da", "Ankara", "ışık", "Işıklar", "isik", "ıslak",
           "İZMİR", "izmir", "İsveç'in", "61,5", "Cumhurbaşkanı", "cumhurbaskani", "seç"],
    "el": ["εκλογές", "εκλογες", "ΕΚΛΟΓΕΣ", "Ελλάδα", "ελλαδα", "κυβέρνηση", "κυβερνηση", "Αθήνα", "αθηνα",
           "οδός", "ΟΔΟΣ", "οδος", "διαπραγματεύσεις", "διαπραγματευση", "ασφάλεια", "εκλ", "Σταδίου"],
    "ru": ["выборы", "выбор", "Выборах", "переговоры", "переговорщики", "Москве", "Москва", "москва",
           "ёлки", "елки", "зелёные", "зеленые", "нефть", "газ", "санкции", "безопасность", "пере",
           "нефть и газ", "Газпром"],
    "ar": ["الانتخابات", "انتخابات", "المفاوضات", "مفاوضات", "القاهرة", "الحكومة", "حكومة", "النّاخبون",
           "الناخبون", "النفط", "الغاز", "النفط والغاز", "مصر", "٣٫٥", "المفا"],
    "he": ["הבחירות", "בחירות", "ישראל", "בישראל", "המשא ומתן", "ירושלים", "בירושלים", "הממשלה", "הכנסת",
           "הבח"],
    "zh": ["中国", "中国经济", "经济", "北京", "谈判", "北京举行谈判", "上海", "股市", "选举", "台湾选举结果",
           "发言人", "2.5%"],
    "ja": ["日本", "選挙", "日本の選挙結果", "東京", "交渉", "円安", "物価", "首相", "記者会見", "カタカナ",
           "インフレ", "２．５％", "2.5%"],
    "en": ["U.S.", "US", "us", "E.U.", "EU", "COVID-19", "covid", "COVID 19", "covid19", "O'Brien", "obrien",
           "O’Brien", "Brien", "e-mail", "email", "mail", "F-35", "f35", "F 35", "5G", "5g", "2024/25", "2024",
           "1,000,000", "2.5", "2.5 %", "don't", "dont", "don’t", "didn't", "final", "ﬁnal", "AI", "ＡＩ", "ai",
           "rock’n’roll", "rock", "snake_case_names", "snake", "press@example.org", "example.org", "press",
           "https://example.org/f35_deal", "f35_deal", "🎸", "🇺🇦", "NATO's", "nato", "UN's", "U.K.", "uk",
           "\"the final report\"", "officials didn't", "u.s. officials agreed"],
    "mixed": ["Bundesregierung", "Verhandlungen", "Nord-Stream-2", "İstanbul", "Αθήνα", "Москва", "北京",
              "café", "cafe", "crème brûlée", "creme brulee", "naïve", "naive", "coöperation", "cooperation",
              "Zoë", "zoe", "résumé", "resume"],
}

# the sites bench/search_agreement.py builds: `site.language` of each (all hold every article)
SITE_LANGUAGES = ["en", "de", "fr", "es", "it", "nl", "pt", "pl", "tr", "el", "ru", "ar", "he", "zh", "ja"]


def all_queries() -> list[str]:
    """Every language's queries once, in a fixed order."""
    return list(dict.fromkeys(q for qs in QUERIES.values() for q in qs))


def _article(rng: random.Random, language: str, i: int, day: int) -> tuple[str, str]:
    titles, sentences = TEXTS[language]
    title = titles[i % len(titles)]
    body = " ".join(rng.sample(sentences, min(3, len(sentences))))
    name = f"2025-{1 + day // 28:02d}-{1 + day % 28:02d}-{language}-{i}.md"
    escaped = title.replace("\\", "\\\\").replace('"', '\\"')
    return name, (f'---\ntitle: "{escaped}"\ndate: 2025-{1 + day // 28:02d}-{1 + day % 28:02d}\n'
                  f"source: Wire {language.upper()}\ntags: [{language}]\n---\n{body}\n")


def multilingual_corpus(out: Path, language: str = "en", per_language: int = 4, seed: int = 12) -> Path:
    """Write the archive into `out` (replacing its content/) with `site.language: language`;
    returns the content folder."""
    if (out / "content").exists():
        shutil.rmtree(out / "content")
    articles = out / "content" / "articles"
    articles.mkdir(parents=True)
    rng = random.Random(seed)
    day = 0
    for lang in TEXTS:
        for i in range(per_language):
            name, text = _article(rng, lang, i, day)
            (articles / name).write_text(text, encoding="utf-8")
            day += 1
    (out / "config.yaml").write_text(
        "site:\n  title: Multilingual Chronicle\n  description: Many languages.\n  url: https://example.org\n"
        f"  base_path: /repo/\n  language: {language}\n  author: Desk\n", encoding="utf-8")
    return out / "content"
