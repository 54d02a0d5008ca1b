"""A photo's caption inside an article, under its text: a short line, then the credit alone on the
next line as the site prints it under the picture ('Contributor', 'Colaborador', 'Collaborateur',
'Mitarbeiter', 'Bijdrager', 'Photo'). The caption reads like a headline and, left so, opens an item of one
line; caption and credit are furniture (reported). Only between the text above and what follows:
a credit word alone over nothing is no caption's."""
from __future__ import annotations

import re

from ..lines import Line

_CREDIT = re.compile(r"(?i)^(?:contributor|colaborador|colaboradora|colaboración|collaborateur|collaboratrice|"
                     r"collaboratore|mitarbeiter|mitarbeiterin|medewerker|bijdrager|photo|foto|bild|picture)$")


def mark(ls: list[Line]) -> int:
    """Mark each caption and its credit line as furniture, in place; how many lines."""
    n = 0
    for k in range(1, len(ls) - 1):
        above, cap, credit = ls[k - 1], ls[k], ls[k + 1]
        if cap.kind == "head" and above.kind == "prose" and len(cap.text) <= 120 and _CREDIT.match(credit.text.strip()):
            cap.kind = credit.kind = "furn"
            cap.section = credit.section = False
            n += 2
    return n
