"""A newsletter's issue line ('Issue #87 | Tuesday, January 13, 2026', 'Ausgabe Nr. 12 vom 3.
Februar 2026', 'Numéro 45 – 3 février 2026', 'Nieuwsbrief 16 – vrijdag 15 mei 2026'): the date the
issue went out, heading no item (nor is a date under a masthead naming its issue, 'Init Weekly #42: …'); so is
an episode's date line with its length ('April 13, 2026 · 48 min', '13. April 2026 | 1 Std. 5 Min.', '… – 1:02:45'):
the day the show went out, not the day of the stories it discusses."""
from __future__ import annotations

import re

_ISSUE = re.compile(r"(?i)^\s*(?:issue|edition|vol\.?|volume|no\.|ausgabe|nummer|numéro|n°|édition|número|edición|"
                    r"numero|edizione|editie|nummer|newsletter|nieuwsbrief|rundbrief|infobrief|boletim|boletín|bollettino|"
                    # a weekly's week of the year ('Week 38 · Monday, 21 September 2026', 'KW 38 | …', 'Semaine 38 –')
                    r"week|kw|woche|semaine|semana|settimana|vecka|uke|uge|tydzień)"
                    r"\s*(?:nr\.?\s*|no\.?\s*|n\.\s*)?#?\s*\d{1,5}\b")
# a newsletter's name with the issue's number in its masthead ('Init Weekly #42: The hottest week')
_NAMED_ISSUE = re.compile(r"^[^\W\d][\w'’&.-]*(?:\s[\w'’&.-]+){0,4}\s#\d{1,5}\b")

# the issue's number closing its date line ('Dienstag, 23. Juni 2026 · Ausgabe 412', 'Tuesday, June
# 23, 2026 | Issue #412', 'mardi 23 juin 2026 – Numéro 412'): as the number before it
_ISSUE_TAIL = re.compile(r"(?i)\s[·|•–—-]\s*(?:" + _ISSUE.pattern.removeprefix(r"(?i)^\s*(?:") + r"\s*$")

# the episode's length closing the line, after a separator ('· 48 min', '| 1 h 12 min', '– 1:02:45')
_LENGTH = re.compile(r"(?i)\s[·|•–—-]\s*(?:(?:\d{1,2}\s*(?:h|hr|hrs|std\.?|stunden?|heures?|horas?)\s*)?\d{1,3}\s*"
                     r"(?:min|mins|minutes|minuten|min\.|minutos|minuti)|\d{1,2}:\d{2}:\d{2})\s*$")   # (not '09:30': a clock)


def issue_line(text: str) -> bool:
    return len(text) <= 80 and bool(_ISSUE.match(text) or _LENGTH.search(text) or _ISSUE_TAIL.search(text))


def issue_head(text: str) -> bool:
    """A masthead's line naming the issue by its number ('Init Weekly #42: …', 'Nieuwsbrief 16 – …',
    'Issue 87'): a date printed beside it or under it is the issue's."""
    return len(text) <= 120 and bool(_ISSUE.match(text) or _NAMED_ISSUE.match(text))
