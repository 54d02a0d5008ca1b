"""A public body's name with 'and' inside ('Independent Electoral and Boundaries Commission',
'Competition and Markets Authority', 'Food and Drug Administration'): entities reads runs of
capitalised words, and 'and' ends a run there ('LIGO and Virgo' are two names), so such a name
came out as two halves, each taken for a name of its own."""
from __future__ import annotations

from . import commonwords

# the word a body's name ends with
HEADS = frozenset("""Commission Authority Administration Agency Board Council Department Ministry Office Bureau
Institute Service Services Committee Tribunal Fund Foundation Regulator Directorate Inspectorate""".split())
_AND = (" and ", " & ")


def joined(runs: list[tuple[str, int]], text: str, lang: str) -> list[tuple[str, int]]:
    """`runs` ((phrase, offset) in `text`, in order) with each 'A and B Head' made one, where A's
    words are all everyday words of the language ('Independent Electoral', 'Food'): a name before
    'and' ('Microsoft and Justice Department') is a second subject, not part of the body's name."""
    if lang not in ("en", "") or len(runs) < 2:
        return runs
    out: list[tuple[str, int]] = []
    i = 0
    while i < len(runs):
        phrase, pos = runs[i]
        if i + 1 < len(runs):
            nxt, at = runs[i + 1]
            words = phrase.split()
            if (text[pos + len(phrase):at] in _AND and nxt.split()[-1] in HEADS and len(words) <= 3
                    and text[pos:pos + len(phrase)] == phrase
                    and all(commonwords.is_common(w, "en") for w in words if w[:1].isupper())):
                out.append((f"{phrase}{text[pos + len(phrase):at]}{nxt}", pos))
                i += 2
                continue
        out.append((phrase, pos))
        i += 1
    return out
