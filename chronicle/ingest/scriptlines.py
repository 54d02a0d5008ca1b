"""Lines of a broadcast script or rundown that time the read, not text a listener hears: 'Time:
0:29s', '[Running: 01:15s]', 'Duration: 2:30', 'Clip:  [004 – 00:19]', 'Dauer: 1:30', 'Durée :
0:45', 'Duración: 1:10', 'Durata: 0:50' (lines.classify takes them for furniture)."""
from __future__ import annotations

import re

_TIMING = re.compile(r"(?i)^\[?\s*(?:time|timing|running|run ?time|total|duration|dur|length|clip|cut|in|out|tc|"
                     r"dauer|laufzeit|länge|durée|temps|duración|duracion|tiempo|durata|tempo|duur|duração)\s*:\s*"
                     r"\[?\s*\d[\d:.,'\"\s–—-]*(?:s|sec|secs|min)?\.?\s*\]?\s*\]?$")


def timing(text: str) -> bool:
    """A label and a duration or time code alone on the line."""
    return len(text) <= 60 and ":" in text and bool(_TIMING.match(text))
