"""Lines of a broadcast script or rundown that time or cue the read, not text a listener hears:
'Time: 0:29s', '[Running: 01:15s]', 'Duration: 2:30', 'Clip:  [004 – 00:19]', 'Dauer: 1:30',
'Durée : 0:45', 'Duración: 1:10', 'Durata: 0:50'; a clip's in and out words ('They've been asking
us to work (audio begin)', '… had enough (audio end)', 'OUT: … in the spring'); the script's
segment labels alone on their line ('Opener', 'Closer', 'Anmoderation') (lines.classify takes them
for furniture)."""
from __future__ import annotations

import re

_TIMING = re.compile(r"(?i)^\[?\s*(?:time|timing|running|run ?time|total|duration|dur|length|clip|cut|in|out|tc|"
                     r"dauer|laufzeit|länge|durée|temps|duración|duracion|tiempo|durata|tempo|duur|duração)\s*:\s*"
                     r"\[?\s*\d[\d:.,'\"\s–—-]*(?:s|sec|secs|min)?\.?\s*\]?\s*\]?$")
_CUE = re.compile(r"(?i)\((?:audio|clip|sound|sot|actuality|o-?ton|ton|son|extrait|corte|sonoro)\s*"
                  r"(?:begins?|ends?|in|out|starts?|stops?|anfang|ende|début|fin|inicio|final|inizio|fine)\)\s*$")
_CUE_KEY = re.compile(r"(?i)^(?:in|out|outcue|out-cue|in-cue|incue)\s*:\s*\S")
_SEGMENT = re.compile(r"(?i)^(?:opener|closer|outro|sign-?off|back-?announce|anmoderation|abmoderation|lancement|"
                      r"desanuncio|lancio)$")


def timing(text: str) -> bool:
    """A label and a duration or time code alone on the line, a clip's cue, a segment's label."""
    n = len(text)
    if n > 200:
        return False
    if ":" in text[:60] and (n <= 60 and _TIMING.match(text) or _CUE_KEY.match(text)):
        return True
    return text[-1:] == ")" and bool(_CUE.search(text, max(0, n - 30))) or n <= 16 and bool(_SEGMENT.match(text))
