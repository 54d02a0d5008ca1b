"""A teaser with its media icon's label glued after its last sentence, as a listing copies it ('…
the drug-buying agency says. Audio', '… in der Innenstadt. Video', '… selon la police. Vidéo'):
the label says the item has a player, it is no word of the text. Left on, the line ended on no
stop and read as a headline (the teaser became the item's title, its headline an item of its
own). The label is taken off and the line is the item's text."""
from __future__ import annotations

import re

from ..leads import kicker, opens_with_date
from ..lines import Line, is_head

# the labels of a player's or a gallery's icon, in en/de/fr/es/it/nl/pt (one word, or two: 'Watch video')
_LABELS = ("audio|video|vídeo|vidéo|podcast|gallery|photos|galerie|bildergalerie|fotostrecke|diaporama|"
           "galería|fotogalería|galleria|fotogallery|fotos|foto|listen|watch|watch video|play|live")
_GLUED = re.compile(r"(?<=[.!?…\"”’»])\s+(?:" + _LABELS + r")\s*$", re.I)


def mark(ls: list[Line]) -> int:
    """Take the labels off the lines that end with one, in place; how many there were."""
    n = 0
    for l in ls:
        if l.kind in ("head", "prose") and l.text[-1:].isalpha():
            m = _GLUED.search(l.text)
            if m and len(l.text[:m.start()].split()) >= 6:   # (a sentence before it, not 'Listen. Watch')
                l.text = l.text[:m.start()]
                l.kind, n = ("head" if is_head(l.text) else "prose"), n + 1
                l.lead, l.dated = (kicker(l.text), opens_with_date(l.text)) if l.kind == "prose" else ("", False)
    return n
