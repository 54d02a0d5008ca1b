"""A photo's caption inside an article, under its text: a short line, then the credit alone on the
next line as the site prints it under the picture ('Contributor', 'Colaborador', 'Collaborateur',
'Mitarbeiter', 'Bijdrager', 'Photo', or labelled: 'Photo: Name / AFP'), or the rights or archive in its place ('DR', 'Droits réservés',
'Arquivo', 'Archivbild', 'Handout'). The caption reads like a headline and, left so, opens an item of one
line; caption and credit are furniture (reported). Only between the text above and what follows:
a credit word alone over nothing is no caption's."""
from __future__ import annotations

import re

from ..lines import Line

_CREDIT = re.compile(r"(?i)^(?:contributor|colaborador|colaboradora|colaboración|collaborateur|collaboratrice|"
                     r"collaboratore|mitarbeiter|mitarbeiterin|medewerker|bijdrager|photo|foto|bild|picture)$")
# the credit with its label ('Photo: contributor / AFP', 'Foto: Name / dpa', 'Image: Getty', 'Credit: …')
_LABELLED = re.compile(r"(?i)^(?:photo|photos|foto|fotos|bild|image|picture|photograph|credit|crédit|crédito|"
                       r"photo credit|fotografía|immagine)\s*:\s*\S[^.!?]{0,60}$")
# the rights or the archive in the credit's place ('DR': droits / direitos reservados); as 'DR' is a
# broadcaster's name too, only where no text follows right under it (an outlet line's item text)
_RIGHTS = re.compile(r"^(?:D\.? ?R\.?|(?i:droits réservés|direitos reservados|derechos reservados|all rights reserved|"
                     r"archive|archives|arquivo|archivo|archiv|archivbild|symbolbild|handout|file photo))$")


def mark(ls: list[Line]) -> int:
    """Mark each caption and its credit line as furniture, in place; how many lines."""
    n = 0
    for k in range(1, len(ls) - 1):
        above, cap, credit = ls[k - 1], ls[k], ls[k + 1]
        if cap.kind != "head" or above.kind != "prose" or len(cap.text) > 120:
            continue
        after = ls[k + 2] if k + 2 < len(ls) else None
        if _CREDIT.match(credit.text.strip()) or _LABELLED.match(credit.text.strip()) and _described(cap.text) or _RIGHTS.match(credit.text.strip()) and not (
                after is not None and after.kind == "prose" and not after.gap):
            cap.kind = credit.kind = "furn"
            cap.section = credit.section = False
            n += 2
    return n


def _described(text: str) -> bool:
    """A caption over a labelled credit describes the picture in a phrase of five words or more: a
    meta line ('Economy | ANA-MPA') over the next item's 'Photo: …' is none."""
    return len(text.split()) >= 5 and "|" not in text
