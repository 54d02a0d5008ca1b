"""A forum thread copied from the browser (phpBB and its kin): each post under its subject ('Re:
Revue de presse …') and a header naming the poster and the day ('Message par X » mar. 29 avr.
2025 07:58', 'by X » Tue Apr 29, 2025 7:58 am', 'Beitrag von X » Di 29. Apr 2025, 07:58',
'Messaggio da X » mar 29 apr 2025, 07:58', 'Mensaje por X » Mar 29 Abr 2025 07:58'); then the
post, the poster's signature under a rule of underscores, and a back-to-top link. A press review
thread pastes a headline, its paragraph and 'Source : site' into each post: one item per such
post, dated by its header, the source line its outlet; a post of talk alone ('Merci ! On se
partage la revue demain ?'), signatures and the forum's lines are left out and counted."""
from __future__ import annotations

import re

from .. import when
from ..lang import language
from ..model import Context, Parsed, Story, is_prose
from ..outlets import Outlets

_HEADER = re.compile(r"^(?:message par|by|beitrag von|von|messaggio da|mensaje por|mensagem por|bericht door|door)\s+"
                     r"(?P<name>\S.{0,40}?)\s+»\s+(?P<when>\S.{5,40})$", re.I)
_RULE = re.compile(r"^_{5,}$")   # (the signature's rule)
_TOP = re.compile(r"(?i)^(?:haut|top|nach oben|arriba|subir|torna su|inizio|topo|naar boven|back to top)$")
_LEAST = 2


def read(lines: list[str], ctx: Context) -> Parsed | None:
    heads = [k for k, l in enumerate(lines) if _HEADER.match(l.strip())]
    if len(heads) < _LEAST:
        return None
    found = [f for k in heads for f in when.find_dates(_HEADER.match(lines[k].strip())["when"])]
    lang = language("\n".join(lines))
    order = when.decide_order(found, lang, ctx.captured)
    outlets, stories, left = Outlets.of_page(lines), [], 0
    for n, k in enumerate(heads):
        end = heads[n + 1] - 1 if n + 1 < len(heads) else len(lines)   # (the next post's subject line)
        text = _post(lines[k + 1:end])
        dates = when.find_dates(_HEADER.match(lines[k].strip())["when"])
        day = dates[0].resolve(order) if dates else None
        st = _item(text, k + 1, day, outlets)
        stories += [st] if st else []
        left += sum(1 for l in lines[k + 1:end] if l.strip()) - (len(st.paras) + 1 + bool(st.source) if st else 0)
    if not stories:
        return None
    notes = [f"{left} line(s) of talk, signatures and the forum's links left out"] if left > 0 else []
    notes += [f"left out, above the first post: {heads[0]} line(s) of the forum's page"]
    return Parsed("generic", stories, notes=notes, lang=lang)


def _post(lines: list[str]) -> list[str]:
    """The post's own lines: up to its signature's rule, without the back-to-top link."""
    out = []
    for l in lines:
        s = l.strip()
        if _RULE.match(s):
            break
        if s and not _TOP.match(s):
            out.append(s)
    return out


def _item(text: list[str], line: int, day, outlets: Outlets) -> Story | None:
    """A headline (three words or more, no full stop) over a paragraph: an item; else None (talk)."""
    if len(text) < 2 or len(text[0].split()) < 3 or text[0].endswith(".") or not is_prose(text[1], 80):
        return None
    source = ""
    body = []
    for s in text[1:]:
        name = outlets.line(s) if not source and len(s) <= 80 else ""
        if name:
            source = name
        else:
            body.append(s)
    return Story(line=line, paras=body, title=text[0], date=day, date_basis="stated" if day else "", source=source)
