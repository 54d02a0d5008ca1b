"""A podcast's show page, copied from its app or site: the show's name, host, category and rating,
its description and its buttons ('▶ Latest episode', '+ Follow'), then an 'Episodes' heading
('Afleveringen', 'Folgen', 'Épisodes', 'Episodios', 'Episodi') over the list. What stands above
that heading is the show's, not an episode: read as lines, its name and description made an item.
Those lines are page furniture (reported); the episodes below are the items."""
from __future__ import annotations

import re

from ..lines import Line

_EPISODES = re.compile(r"(?i)^\W*(?:(?:all |latest |recent )?episodes|alle (?:episoden|folgen)|episoden|folgen|afleveringen|"
                       r"alle afleveringen|(?:tous les )?épisodes|(?:todos los )?episodios|(?:tutti gli )?episodi|"
                       r"(?:todos os )?episódios)\W*$")
_LEAST = 2   # episodes, each a headline, under the heading


def mark(ls: list[Line]) -> int:
    """Mark the show's lines above its episodes heading as furniture, in place; how many."""
    at = next((k for k, l in enumerate(ls) if l.kind == "head" and not l.marker and _EPISODES.match(l.text)), -1)
    if at < 0 or sum(1 for l in ls[at + 1:] if l.kind == "head") < _LEAST:
        return 0
    n = 0
    for l in ls[:at + 1]:
        if l.kind in ("prose", "head", "plus"):
            l.kind, n = "furn", n + 1
    return n
