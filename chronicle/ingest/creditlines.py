"""A credit line that names its piece before its author or agency ('Ein Artikel von A Name',
'Eine Meldung der dpa', 'Un article de l'AFP', 'Un artículo de Reuters'): a byline in other words.
An agency or outlet named there is the item's outlet; an author's name alone is furniture."""
from __future__ import annotations

import re

from .outletnames import names_like
from .outlets import spelled

# (a piece's noun, then the preposition or article that names who wrote or sent it)
_CREDIT = re.compile(
    r"(?i)^\s*(?:ein|eine|un|une|una|uno|een|an?)\s+"
    r"(?:artikel|beitrag|bericht|meldung|kommentar|analyse|text|article|dépêche|artículo|nota|crónica|"
    r"articolo|bericht|stuk|report|story|piece)\s+"
    r"(?:von\s+der|von\s+den|von|der|des|vom|de\s+la|de\s+l['’]|del|de|du|d['’]|di|della|dell['’]|dello|van|by|from)\s*"
    r"(?P<name>[^\s,|·].{0,40}?)\s*$")
# a digest's pointer to the report it sums up ('Reported by Outlet on Jan. 8 ↗', 'Selon Le Monde ↗'):
# the date taken off before; an arrow says the name is a link out, to the outlet
_REPORTED = re.compile(r"(?i)^\s*(?:(?:as\s+)?reported\s+by|berichtet\s+von|rapporté\s+par|selon|según|reportado\s+por|"
                       r"secondo|riportato\s+da)\s+(?P<name>[^\s,|·].{0,40}?)(?:\s+(?:on|am|le|el|il)(?:\s+[^↗→»›]{1,20}?)?)?\s*(?P<arrow>[↗→»›]?)\s*$")

# a closing line naming who supplied the facts ('Con información de EFE', 'With files from The Canadian
# Press', 'Mit Material von dpa', 'Com informações da Agência Brasil'): the agency is the outlet
_SUPPLIED = re.compile(r"(?i)^\s*(?:con\s+informaci[oó]n\s+de(?:\s+la\s+agencia)?|com\s+informa[cç][oõ]es\s+(?:de|da|do)|"
                       r"with\s+(?:files|reporting)\s+from|mit\s+material\s+(?:von|der|des)|con\s+informazioni\s+(?:di|da))\s+"
                       r"(?P<name>[^\s,|·].{0,40}?)\s*\.?$")


# the next field of a meta line after the credit ('Eine Meldung der dpa · Sonntag, 17.05.')
_FIELD = re.compile(r"\s+[·|•]\s+")
# who supplied the facts, after the author's name in a byline ('Von A Name, mit Material von Reuters · …',
# 'By A Name, with reporting from AP', 'Por A Name, con información de EFE')
_SUPPLIED_IN = re.compile(r"(?i),\s+(?:mit\s+material\s+(?:von|der|des)|with\s+(?:files|reporting)\s+from|"
                          r"con\s+informaci[oó]n\s+de|com\s+informa[cç][oõ]es\s+(?:de|da|do)|con\s+informazioni\s+(?:di|da))\s+"
                          r"(?P<name>[^\s,|·•][^,|·•]{1,40}?)\s*(?:$|\s[|·•]\s)")


def credited(text: str) -> str | None:
    """The name a credit line gives (an author's or an agency's), or None when the line is no credit."""
    text = _FIELD.split(text, 1)[0] if "·" in text or "|" in text or "•" in text else text
    m = (_CREDIT.match(text) or _REPORTED.match(text) or _SUPPLIED.match(text)) if len(text) <= 80 else None
    if not m or len(m["name"].split()) > 5:
        return None
    return m["name"]


def as_byline(text: str) -> str:
    """A credit line as the byline it stands for ('Eine Meldung der dpa' -> 'von dpa'); other text as it is."""
    name = credited(text)
    return text if name is None else "von " + name.strip(" .")


def outlet(text: str, outlets) -> str:
    """The outlet a byline or credit line names (its dates taken off), '' for an author's alone."""
    m = _REPORTED.match(text) if len(text) <= 80 else None
    if m and m["arrow"] and names_like(m["name"]):   # ('Reported by The Colorado Sun ↗': a link out to it)
        return spelled(m["name"])
    m = _SUPPLIED.match(text) if len(text) <= 80 else None
    if m and names_like(m["name"]):   # ('Con información de Colprensa': who supplied it, listed or not)
        return spelled(m["name"].strip())
    name = (credited(text) or "").strip(" .")
    if name and outlets.is_outlet(name):   # ('Eine Meldung der dpa': the piece's sender, listed, in any case)
        return spelled(name)
    m = _SUPPLIED_IN.search(text) if "," in text else None
    if m and names_like(m["name"]):   # ('Von A Name, mit Material von Reuters · 14.05.2026': the agency's)
        return spelled(m["name"].strip())
    return outlets.byline(as_byline(text))
