"""Regenerate common/<lang>.txt: the words of each language ingest reads that are common enough
(Zipf frequency 3.0 or more by wordfreq, case-folded, letters only) that a capitalised one opening a
title is that word, not a name ('Households', 'Scientists'); a title opening with a word outside
the list ('Pharmac', 'Moneypoint') opens with a name (entities.py).

    python -m venv /tmp/dv && /tmp/dv/bin/pip install wordfreq
    /tmp/dv/bin/python chronicle/ingest/data/make_common.py

Only this script needs wordfreq; ingest reads the text it writes (sorted, deterministic)."""
from __future__ import annotations

import re
from pathlib import Path

from wordfreq import top_n_list, zipf_frequency

LANGS = ("en", "fr", "es", "it", "de")
MIN_ZIPF = 3.0
# German capitalises every noun, so its list answers another question (entities._german_name):
# whether a capitalised word is an everyday noun ('Kosten', 'Behörde'), not a name. Only the
# everyday ones: a compound a story is about ('Schuldenpaket', 'Bezahlkarte') is rarer.
MIN_ZIPF_BY_LANG = {"de": 3.5}
_LETTERS = re.compile(r"[^\W\d_]+")


def main() -> None:
    out = Path(__file__).with_name("common")
    out.mkdir(exist_ok=True)
    for lang in LANGS:
        words = sorted({w for w in top_n_list(lang, 80000)
                        if _LETTERS.fullmatch(w) and zipf_frequency(w, lang) >= MIN_ZIPF_BY_LANG.get(lang, MIN_ZIPF)})
        (out / f"{lang}.txt").write_text("\n".join(words) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
