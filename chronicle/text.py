"""Plain-text helpers shared by the build and ingest: sentences, leads, headlines."""
from __future__ import annotations

import re

# Words whose trailing period does not end a sentence.
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gen", "lt", "col", "maj", "capt", "sgt", "adm",
    "gov", "pres", "st", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "fig",
    "e.g", "i.e", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "d.c",
}
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")


def sentences(text: str) -> list[str]:
    """Split prose into sentences; abbreviations (U.S., Mr., Jan.) and initials do not end one."""
    text = " ".join(text.split())
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end()
        if text[m.start()] == "." and _is_abbreviation(text, m.start()):
            continue
        out.append(text[start:end].strip())
        start = end
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


def _is_abbreviation(text: str, dot: int) -> bool:
    word_start = dot
    while word_start > 0 and not text[word_start - 1].isspace() and text[word_start - 1] not in "(\"“‘'":
        word_start -= 1
    word = text[word_start:dot].lower().strip("\"'“”‘’()")
    if word in ABBREVIATIONS:
        return True
    return len(word) == 1 and word.isalpha()  # an initial: "John F. Kennedy"


def lead(text: str, limit: int = 300) -> str:
    """One or two whole sentences under `limit` characters; a shortened first sentence otherwise."""
    parts = sentences(text)
    if not parts:
        return ""
    chosen = parts[0]
    if len(parts) > 1 and len(chosen) + 1 + len(parts[1]) <= limit and len(chosen) < limit * 0.5:
        chosen = chosen + " " + parts[1]
    if len(chosen) <= limit:
        return chosen
    return shorten(chosen, limit)


def shorten(text: str, limit: int) -> str:
    """Cut at a word boundary and mark the cut with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(",;:—–- ") + "…"
