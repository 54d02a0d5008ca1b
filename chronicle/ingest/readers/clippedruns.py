"""A press review's one-line items one under another, each closing with its paper and date ('Bauarbeiten
dauern ein Jahr länger (Der Landbote, 24.11.2026)' / 'Spital baut Notfallstation aus – Tages-Anzeiger,
23. Nov.'): with no blank line between, the second read as the first one's text. Each such line is
an item of one line (mode 'headonly'), the first one too when it opened an item with a text."""
from __future__ import annotations

from ..lines import Line, words
from ..outletnames import looks_like_name
from ..outlets import _PAREN_TAIL, _PIPE_TAIL, _undated

_LEAST_WORDS = 4   # a headline before the paper's name


def closes_with_paper(text: str) -> bool:
    """The line ends with a name and a date in brackets or after a dash ('(Der Landbote, 24.11.2026)',
    '– Tages-Anzeiger, 23. Nov.'), a headline of some words before them."""
    s = text.strip()
    tail = s[-90:]
    undated = _undated(tail)
    if undated == tail:
        return False   # (no date closing the line)
    m = _PAREN_TAIL.match(undated) or _PIPE_TAIL.match(undated)
    return bool(m) and looks_like_name(m["name"].strip()) and words(s[:len(s) - len(tail)] + m["rest"]) >= _LEAST_WORDS


def run_on(ls: list[Line], i: int, starts: list[tuple[int, str]]) -> bool:
    """Whether line i, right under the last item's first line, is the next item of such a run (and
    then it is one, and the item above is one line)."""
    l, prev = ls[i], ls[i - 1] if i else None
    if prev is None or l.gap or not starts or starts[-1][0] != i - 1 or prev.kind not in ("head", "prose") \
            or not (closes_with_paper(l.text) and closes_with_paper(prev.text)):
        return False
    starts[-1] = (i - 1, "headonly")
    starts.append((i, "headonly"))
    return True
