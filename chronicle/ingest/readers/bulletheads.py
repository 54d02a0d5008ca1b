"""A run of bullets, one headline each, where one bullet reads like a sentence's start: a headline
too ('• Troll gas field back at full capacity (Reuters)' / '• EDF trims … — Montel' / '• Poland's grid
operator PSE calls extra capacity auction for 2031 delivery'). Its siblings are headlines (two
thirds of the run or more, three bullets or more, one a line, no blank line between), and it has
no full stop and 20 words at most: read as a headline it keeps its whole words as its title, where
read as text its title was cut from it at a clause."""
from __future__ import annotations

from ..lines import Line, sentence_like

_LEAST = 3
_MOST_WORDS = 20


def mark(ls: list[Line]) -> int:
    """Make such bullets headlines, in place; how many."""
    n, end = 0, -1
    for i in [k for k, l in enumerate(ls) if l.marker]:   # (the runs start at bullets: most lines are none)
        if i < end:
            continue
        j = i
        while j < len(ls) and ls[j].marker == ls[i].marker and (j == i or not ls[j].gap) and ls[j].kind in ("head", "prose"):
            j += 1
        run, end = ls[i:j], max(j, i + 1)
        if len(run) >= _LEAST and 3 * sum(l.kind == "head" for l in run) >= 2 * len(run):
            for l in run:
                if l.kind == "prose" and not sentence_like(l.text) and len(l.text.split()) <= _MOST_WORDS:
                    l.kind, n = "head", n + 1
    return n


def last_of_run(ls: list[Line], i: int, starts: list[tuple[int, str]]) -> bool:
    """Bullet i closes a run of headlines alone (the bullet right above it, with its marker, was
    one): a headline alone too, though text follows it (the next section's)."""
    return bool(starts) and starts[-1] == (i - 1, "headonly") and ls[i - 1].marker == ls[i].marker and not ls[i].gap
