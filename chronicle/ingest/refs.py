"""Reference lines of official lists (press offices, courts, parliaments): a document's type and
number ('Press release 62/25 Judgment in Case C-211/23 …', 'Pressemitteilung Nr. 31/2025 vom
10. April 2025', 'Comunicato n. 123 del 4 marzo 2025'), a docket alone ('1 BvR 1912/23',
'C-211/23') and the date of the decision reported ('Beschluss vom 18. März 2025', 'Judgment of
12 March 2025'). None is a headline: a reference line is the item's date line when it gives a
full date (the day the item was issued), else furniture; a docket is furniture; a decision's date
is the date of what the item reports, not of the item, and is furniture too (lines.classify)."""
from __future__ import annotations

import re

_TYPE = (r"press release|press notice|news release|pressemitteilung|pressemeldung|presseinformation|"
         r"communiqué(?: de presse)?|comunicato(?: stampa)?|nota (?:de prensa|stampa)|comunicado(?: de prensa)?|"
         r"judgment|urteil|beschluss|arrêt|sentenza|sentencia|case|rechtssache|affaire|causa|asunto|"
         r"drucksache|bulletin|circular|circolare|memo")
REFERENCE = re.compile(r"(?i)^\s*(?:" + _TYPE + r")\s+(?:no\.?|nr\.?|n[°º.]|núm\.?|num\.?)?\s*[A-Z]{0,3}-?\d{1,5}/\d{2,4}\b")
DOCKET = re.compile(r"^\s*(?:\d{1,2}\s+)?[A-Z][A-Za-z]{0,4}\s?-?\s?\d{1,5}/\d{2,4}\s*-?\s*$")
DECISION = re.compile(r"(?i)^\s*(?:beschluss|urteil|entscheidung|judg(?:e)?ment|decision|order|ruling|opinion|"
                      r"arrêt|décision|ordonnance|avis|sentenza|ordinanza|decisione|sentencia|auto|resolución)"
                      r"\s+(?:vom|of|du|de la|del|de|dell['’])\s")


def kind(text: str, dates: list) -> str:
    """'date', 'furn' or '' (not a reference line)."""
    if len(text) > 200:
        return ""
    if dates and len(text) <= 60 and DECISION.match(text):
        return "furn"
    if "/" not in text:   # (a number or docket has its slash: most lines have none)
        return ""
    if DOCKET.match(text):
        return "furn"
    if REFERENCE.match(text):
        return "date" if any(f.year and f.kind != "relative" for f in dates) else "furn"
    return ""
