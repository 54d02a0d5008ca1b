"""Links glued under an item's text, as a press-release wire or a news site prints them: a link's
words ('View the clinic opening hours', 'Download the full report', 'Télécharger le rapport',
'Zum vollständigen Bericht', 'Consulte el informe', 'Scarica il documento') and a pointer to
another story ('Related: Drought support for farmers extended', 'Lesen Sie auch: …', 'À lire
aussi : …', 'Lee también: …', 'Leggi anche: …'). Right under the text with no blank line, and
nothing under them before the next blank line, they are page furniture (reported), neither an
item of one line nor the item's text; so is such a pointer on a line of its own between blank
lines ('Lire aussi : Nos cartes des résultats'), a link to a story the page does not give."""
from __future__ import annotations

import re

from ..lines import Line, words

# a link's words: a verb of looking or fetching, then what it opens ('the …', 'our …', 'le …', 'den …')
_LINK = re.compile(r"(?i)^(?:(?:view|see|read|watch|download|visit|find|check) (?:the|our|all|full|this|more)|"
                   r"(?:zum|zur|zu den) |(?:den|die|das) \w+ (?:herunterladen|ansehen|lesen)$|(?:hier|mehr) (?:geht['’]s )?zu[mr]? |"
                   r"(?:voir|consulter|télécharger|lire|découvrir) (?:le|la|les|l['’]|notre|nos|tout|toute)|"
                   r"(?:ver|consult[ae]|consultar|descarg[ae]|descargar|leer|lea) (?:el|la|los|las|nuestro|nuestra|todo)|"
                   r"(?:vedi|consulta|scarica|leggi|guarda) (?:il|lo|la|i|gli|le|l['’]|tutto|tutti|il nostro))\b")
# another story's headline after a label
_RELATED = re.compile(r"(?i)^(?:related|see also|read also|also read|lesen sie auch|mehr zum thema|auch interessant|"
                      r"à lire aussi|lire aussi|voir aussi|lee también|lea también|ver también|leggi anche|vedi anche)\s*:\s*\S")


def mark(ls: list[Line]) -> int:
    """Mark the link lines as furniture, in place; how many."""
    n = 0
    for k, l in enumerate(ls):
        last = k + 1 == len(ls) or ls[k + 1].gap > 0
        if l.kind in ("head", "prose") and last and (k == 0 or l.gap) and len(l.text) <= 160 and _RELATED.match(l.text):
            l.kind, n = "furn", n + 1   # (a pointer on a line of its own between blank lines: 'Lire aussi : …')
            continue
        if k == 0 or l.kind not in ("head", "prose") or l.gap or ls[k - 1].kind != "prose" or len(l.text) > 120:
            continue
        if last and (_RELATED.match(l.text) or l.kind == "head" and words(l.text) <= 8 and _LINK.match(l.text)):
            l.kind, n = "furn", n + 1
    return n
