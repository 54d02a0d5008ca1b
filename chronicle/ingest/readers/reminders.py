"""A collector's reminders to self in a notes file: a to-do line ('TODO: check the figures',
'- to read: the piece on …', '- à relire : …', '- nachlesen: …', '- da leggere: …', '- por leer: …')
or an open task of a Markdown task list ('- [ ] call the press office'). They are no news item:
furniture, reported with their line numbers."""
from __future__ import annotations

import re

from ..lines import Line

_REMINDER = re.compile(
    r"(?i)^(?:\[\s?\]\s+\S|(?:todo|to ?do|to read|to check|read later|follow up|à (?:re)?lire|à vérifier|à faire|"
    r"zu lesen|nachlesen|prüfen|zu prüfen|erledigen|da (?:ri)?leggere|da verificare|da fare|por leer|pendiente|"
    r"revisar|por hacer)\s*:\s*\S+\s+\S)")


def mark(ls: list[Line]) -> int:
    """Mark the reminder lines as furniture, in place; how many there were."""
    n = 0
    for l in ls:
        if l.kind in ("head", "prose") and len(l.text) <= 300 and _REMINDER.match(l.text):
            l.kind, n = "furn", n + 1
    return n
