"""Headlines glued to their text with no space or stop between them ('A second try for the
chancellorIt is a first since 1949: …', 'Le cinéma dans le viseurDonald Trump veut …'), as some
e-mails lose the break between the two when copied: split into the headline and its text, so
each reads as a headline over its paragraph. Only where the page does it to most of the long
lines that open its blocks (two or more), and where the word glued is one of letters, so a
brand's capital inside a word ('YouTube', 'iPhone') or an amount ('$14B') never splits one."""
from __future__ import annotations

import re

# a lowercase letter (or a digit, a closing quote) ending the headline, then the text's first capital
_TURN = re.compile(r"(?<=[a-zß-ÿ0-9%)»\"”'’])(?=[A-ZÀ-ÖØ-Þ\"«“])")
_SENTENCE_END = re.compile(r"[.!?…]\s")
_LONG = 80        # a paragraph's line (a headline alone is shorter)
_HEAD_WORDS = (2, 16)
_LEAST = 2


def _split(s: str) -> list[str] | None:
    """[headline, text] when the line opens with a headline glued to a sentence; else None."""
    if len(s) < _LONG or not s[:1].isupper():
        return None
    m = _TURN.search(s, 8, 140)
    if not m:
        return None
    head, text = s[:m.start()], s[m.start():]
    piece = head.rsplit(" ", 1)[-1].split("'")[-1].split("’")[-1]   # the word glued: 'essai', 'l'éponge' -> 'éponge'
    if len(piece) < 3 or not piece.isalpha() or _SENTENCE_END.search(head) or not _HEAD_WORDS[0] <= len(head.split()) <= _HEAD_WORDS[1]:
        return None
    return [head.strip(), text] if len(text.split()) >= 8 else None


def split_lines(lines: list[str]) -> dict[int, list[str]]:
    """Line number (1-based) -> [headline, text] for each glued line, when most long lines are;
    each opens a block (a blank line above it), as a headline does."""
    long = [(no, s) for no, raw in enumerate(lines, 1) for s in [raw.strip()]
            if len(s) >= _LONG and (no == 1 or not lines[no - 2].strip())]
    found = {no: p for no, s in long for p in [_split(s)] if p}
    return found if len(found) >= _LEAST and 2 * len(found) >= len(long) else {}
