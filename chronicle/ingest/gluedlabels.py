"""An item's labels glued to the end of its text after a separator ('… hasta finales de año. |
etiquetas: jornada laboral , congreso', '… | Tags: rail, strikes', '… · Schlagwörter: Bahn'), as
link-voting sites and some feed readers print them: split off, so the label line is read as
labels (lines.LABELS) and the text ends where the writer's text does."""
from __future__ import annotations

import re

_TAIL = re.compile(r"^(?P<text>.{20,}?\S)\s+[|·•]\s+(?P<labels>(?:tags?|etiquetas|étiquettes|mots-clés|schlagw(?:ö|oe)rter|"
                   r"themen|temas|temi|argomenti|topics?|categor(?:y|ies)|kategorien?|catégories?|categorías?|categorie)"
                   r"\s*:\s*\S.{0,300})$", re.I)


def glued_labels(s: str) -> list[str] | None:
    """[text, 'label key: labels'] when labels are glued to the line's end; else None."""
    if ":" not in s or not ("|" in s or "·" in s or "•" in s):
        return None
    m = _TAIL.match(s)
    return [m["text"], m["labels"]] if m else None
