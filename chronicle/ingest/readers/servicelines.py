"""A news agency's items: a slug, the text, then service notes on a line of their own ('(Texto
enviado a las 17:45 horas) (Gráfico) (Vídeo)', '(Sent at 09:02) (Photo)', '[Foto] [Audio]') and
sometimes a follow-up sent later as a bullet ('- The bank urged calm. (Sent at 18:20)').

A line made only of bracketed notes, two of them or one with a number (a time, a picture's code),
is neither a headline nor text: page furniture (reported), so the item keeps its title and text.
A lone bullet right under a titled item's text, with no other bullet next to it, continues that
item (a follow-up, without its notes), where a run of bullets is a list of items of its own."""
from __future__ import annotations

import re

from ..lines import Line
from .openers import META

_NOTES = re.compile(r"^(?:[(\[][^()\[\]]{1,160}[)\]]\s*)+$")
_NOTE = re.compile(r"[(\[][^()\[\]]*[)\]]")
_TRAILING_NOTES = re.compile(r"(?:\s*[(\[][^()\[\]]{1,160}[)\]])+\s*$")
_BULLETS = "-–—•·*▪"


def mark(ls: list[Line]) -> None:
    for l in ls:
        if l.kind in ("head", "prose") and _NOTES.match(l.text):
            notes = _NOTE.findall(l.text)
            if len(notes) >= 2 or any(c.isdigit() for c in l.text):
                l.kind = "furn"
    texts = [l for l in ls if l.kind not in META]
    for k, l in enumerate(texts):
        if 2 <= k and l.marker and l.marker in _BULLETS and _sentence(l) and _follows_titled_text(texts, k):
            l.marker, l.kind = "", "prose"   # (its text goes on the item above: see the module's note)
            notes = _TRAILING_NOTES.search(l.text)
            if notes and any(c.isdigit() for c in notes[0]):   # '… (Sent at 18:20)': when it was sent, not text
                l.text = l.text[:notes.start()]


def _sentence(l: Line) -> bool:
    """Prose, or a short sentence with its notes after it ('Talks resume on Friday. (Sent at 16:05)')."""
    return l.kind == "prose" or l.kind == "head" and _TRAILING_NOTES.sub("", l.text).endswith(".")


def _follows_titled_text(texts: list[Line], k: int) -> bool:
    before, above = texts[k - 1], texts[k - 2]
    after = texts[k + 1] if k + 1 < len(texts) else None
    return before.kind == "prose" and not before.marker and above.kind == "head" and not above.marker \
        and not (after is not None and after.marker)
