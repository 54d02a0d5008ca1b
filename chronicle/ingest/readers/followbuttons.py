"""A topic page's head: the topic's name, a line or two about it and the button to follow it
('Strompreise' / 'Was Haushalte … zahlen. Alle Artikel zum Thema.' / '[ + Thema folgen ]';
'Climate' / 'Our coverage of …' / '+ Follow topic'; 'Suivre ce sujet', 'Seguir tema', 'Segui
argomento', 'Volg dit onderwerp'). The button says the lines right above it are the page's own, not
an item: they are the page's heading (reported), the button furniture. Only above the page's first
date or outlet line, where the items have not begun."""
from __future__ import annotations

import re

from ..lines import Line, words

_VERB = r"(?:follow|folgen|suivre|seguir|segui|volg(?:en)?|abonnieren|subscribe(?: to)?|s['’]abonner(?: à| au)?|suscribirse(?: a)?|iscriviti(?: a)?)"
_TOPIC = (r"(?:(?:this|the|dem|das|ce|le|este|el|questo|l['’]|dit|het)\s+)?(?:topic|thema|sujet|thème|tema|argomento|onderwerp|"
          r"dossier|author|autor|auteur|autore)")
# the topic's count of articles after the button ('[ Thema abonnieren ]   48 Artikel')
_COUNT = r"(?:\s+\d[\d'’.,]*\s+(?:articles?|artikel|beiträge|artículos|articoli|artigos|artikelen|stories|items))?"
_FOLLOW = re.compile(r"(?i)^[\[(]?\s*[+✚＋]?\s*(?:" + _VERB + r"\s+" + _TOPIC + r"|" + _TOPIC + r"\s+" + _VERB + r")\s*[\])]?" + _COUNT + "$")
_HEAD_WORDS = 60   # words at most in the lines above the button


def button(text: str) -> bool:
    return len(text) <= 60 and bool(_FOLLOW.match(text))


def mark(ls: list[Line]) -> int:
    """Mark the topic's head as the page's heading and its button as furniture, in place; how many lines."""
    first_meta = next((k for k, l in enumerate(ls) if l.kind in ("date", "outlet") and l.dates), len(ls))
    for b in range(min(first_meta, len(ls))):
        if ls[b].kind in ("head", "prose", "furn", "plus") and button(ls[b].text):
            break
    else:
        return 0
    top = b
    while top > 0 and ls[top].gap == 0 and ls[top - 1].kind in ("head", "prose", "furn"):   # (the topic's name read as a crumb's)
        top -= 1
    block = ls[top:b]
    if not block or block[0].kind not in ("head", "furn") or sum(words(l.text) for l in block) > _HEAD_WORDS:
        return 0
    for l in block:
        l.section = True
    ls[b].kind = "furn"
    return len(block) + 1
