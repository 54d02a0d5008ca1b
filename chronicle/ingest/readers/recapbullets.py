"""An e-mail's recap at its top: a heading, then a few bullets of one line each ('If you spent the
day on a train' / '• …' / '• …'), then the stories themselves, each a headline over its text. The
bullets sum up the day (the stories below tell it): furniture, reported, not items of one line
each. Only when the page's bullets are that one run, under a heading, above every story, with
two stories or more under it, and when they do not name the stories' headlines (a table of
contents, 'Sommario' / '- Headline', which contents.py reads) nor credit an outlet (a recap is the
sender's own words; 'OVERNIGHT HEADLINES' / '• Troll gas field back at full capacity (Reuters)' are
items, one a line). The heading right over them
('Belangrijke data', 'Termine', 'If you spent the day on a train') goes with them."""
from __future__ import annotations

from ..lines import Line, sentence_like
from ..outlets import Outlets
from .contents import lists_headlines
from .openers import followed_by_text

_TEXT = ("head", "prose")
_LEAST = 2


def mark(ls: list[Line], outlets: Outlets | None = None) -> int:
    """Mark the recap's bullets as furniture, in place; how many."""
    # (or a dates list: '- 21. Mai: Sportfest', '- 22 May: sports day', each day with what happens on it)
    run = [i for i, l in enumerate(ls) if l.marker and (l.kind in _TEXT or l.kind == "date" and ": " in l.text[:16])]
    if len(run) < _LEAST or run[-1] - run[0] != len(run) - 1 or any(ls[i].gap for i in run[1:]):
        return 0   # (not one run of bullets, one a line)
    above = [i for i in range(run[0]) if ls[i].kind in _TEXT]
    if not above or ls[above[-1]].kind != "head" or sentence_like(ls[above[-1]].text) \
            or any(followed_by_text(ls, i) for i in above):
        return 0   # (no heading over them, or a story above them)
    stories = [i for i in range(run[-1] + 1, len(ls)) if ls[i].kind == "head" and not ls[i].marker and followed_by_text(ls, i)]
    if len(stories) < _LEAST or lists_headlines(ls, run):
        return 0   # (a table of contents: contents.py reads it)
    if outlets and any(outlets.tail(ls[i].text)[1] for i in run):
        return 0   # (headlines, each crediting its outlet)
    for i in run:
        ls[i].kind = "furn"
    if above[-1] == run[0] - 1 and not ls[run[0]].gap:
        ls[above[-1]].kind = "furn"   # (the recap's heading right over it: 'Belangrijke data' / '- 19 mei: …')
    return len(run)
