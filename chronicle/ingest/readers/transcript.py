"""A broadcast's transcript: every paragraph opens with its speaker ('Apresentador Rui Castanheira:',
'Rui:', 'Repórter Inês Tavares:', 'Moderatorin Anna Weber:', 'Reporter:'). An anchor's paragraph opens
a story, untitled (its title is derived); a reporter's or correspondent's paragraph goes on the story
before it, label and all; the anchors' short lines (a greeting, the time, 'Foram as notícias') are
furniture. The story's text starts after its anchor's label. Read only where five paragraphs or more
open with a label and most of the page's text does; a label is a speaker's when a name in it comes
back in another ('Apresentador Rui Castanheira:' … 'Rui:') or it names a reporter: a page of 'Key:
value' fields, or its 'Destaques:' summary, has no speaker coming back."""
from __future__ import annotations

import re

from ..lines import Line, words

_LABEL = re.compile(r"^(?P<label>(?:[A-ZÀ-Ý][a-zà-ÿ]+\s+)?[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2})\s*:\s+(?P<text>\S.*)$")
_REPORTER = re.compile(r"(?i)^(?:rep[oó]rter(?:in|a)?|correspond(?:ent|ant|ante)e?|korrespondent(?:in)?|corresponsal|"
                       r"corrispondente|inviat[oa]|enviad[oa]|journaliste|periodista|giornalista|verslaggever|"
                       r"reportera?)\b")
_LEAST, _SHORT = 5, 12   # labelled paragraphs on the page; words of an anchor's line that tells no story


def starts(ls: list[Line]) -> list[tuple[int, str]]:
    """The lines opening the stories (their labels taken off; short anchor lines made furniture)."""
    said = [(i, m) for i, l in enumerate(ls) if l.kind in ("prose", "head") and ":" in l.text[:45]
            for m in [_LABEL.match(l.text)] if m]
    text = [l for l in ls if l.kind in ("prose", "head") and words(l.text) >= _SHORT]
    long = [(i, m) for i, m in said if words(m["text"]) >= _SHORT]
    heard = [w for _, m in said for w in set(m["label"].split())]
    said = [(i, m) for i, m in said if _REPORTER.match(m["label"]) or any(heard.count(w) > 1 for w in m["label"].split())]
    # (two voices at least: one label over every paragraph, 'Berlin: (hib) …', is a dateline)
    if len(long) < _LEAST or len(long) < 0.8 * len(text) or len(said) < _LEAST or len({m["label"] for _, m in long}) < 2:
        return []
    out = []
    for i, m in said:
        if words(m["text"]) < _SHORT:
            ls[i].kind = "furn"
        elif not (_REPORTER.match(m["label"]) and out):
            ls[i].text, ls[i].kind = m["text"], "prose"
            out.append((i, "plain"))
    return out
