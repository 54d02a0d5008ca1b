"""Issuer lines: who put an item out, as release wires and government news lists print it under or
over each item ('News provided by' over the company's name, 'From: Environment Agency', 'Bereitgestellt
von', 'Fourni par', 'Publicado por'). The name is the item's outlet: the line becomes an outlet line
in its place, and the evidence reader reads it as it reads any outlet line (above its headline or
in its item, from the page's shape). A mail's 'From:' is no issuer: a 'From:' line beside other mail
headers ('To:', 'Subject:', 'Sent:') is left to them, and only a key repeated over three items or
more is read, so one stray 'From: the editors' stays text."""
from __future__ import annotations

import re

from ..lines import EMAIL_HEADER, Line, sentence_like
from . import postrows

_BY = (r"(?:news |content |release )?(?:provided|supplied|issued|distributed|published) by|"
       r"(?:bereitgestellt|veröffentlicht|herausgegeben|verbreitet) von|(?:fourni|publié|diffusé|émis) par|"
       r"(?:proporcionado|publicado|distribuido|emitido) por|(?:fornito|pubblicato|diffuso) da|"
       r"(?:aangeboden|gepubliceerd|verspreid) door|(?:fornecido|divulgado) por")
_PROVIDED = re.compile(r"(?i)^(?:" + _BY + r")\s*:?(?:\s+(?P<name>\S.{1,79}))?$")
_FROM = re.compile(r"(?i)^(?:from|von|de|da|van|door|issuer|publisher|herausgeber|émetteur|éditeur|editor|emisor|"
                   r"editore|uitgever|" + _BY + r")\s*:\s+(?P<name>[^@<>]{2,80})$")
_MAIL = re.compile(r"(?i)^(?:to|an|à|a|para|aan|cc|subject|betreff|objet|asunto|oggetto|onderwerp|assunto|sent|"
                   r"gesendet|envoyé|enviado|inviato|verzonden|date|datum|fecha|data)\s*:")
_LEAST_FROM, _LEAST_BY = 3, 2


def mark(ls: list[Line]) -> int:
    """Mark issuer lines as outlet lines in place; the number marked."""
    hits = []
    for i, l in enumerate(ls):
        m = _FROM.match(l.text) if l.kind != "outlet" and ":" in l.text[:40] else None
        if m and not _beside_mail(ls, i):
            hits.append((i, m))
    named = 0
    if len(hits) >= _LEAST_FROM:
        for i, m in hits:
            named += _name(ls[i], m["name"])
    # (not a blog's row, 'Publié par A Name | 14 mai 2026 | Économie': its author's, postrows.py)
    bys = [i for i, l in enumerate(ls) if l.kind != "outlet" and len(l.text) <= 100 and _PROVIDED.match(l.text) and postrows.row(l.text) is None]
    if len(bys) >= _LEAST_BY:
        for i in bys:
            name = _PROVIDED.match(ls[i].text)["name"]
            if name:
                named += _name(ls[i], name)
            elif i + 1 < len(ls) and ls[i + 1].gap == 0 and _name(ls[i + 1], ls[i + 1].text):
                ls[i].kind, ls[i].dates, named = "furn", [], named + 1
    return named


def _beside_mail(ls: list[Line], i: int) -> bool:
    return any(0 <= j < len(ls) and (_MAIL.match(ls[j].text) or EMAIL_HEADER.match(ls[j].text) and j != i)
               for j in (i - 1, i + 1))


def _name(line: Line, name: str) -> int:
    """Make `line` the outlet line of `name` (1), unless the name reads as a sentence (0)."""
    name = name.strip()
    if not name or len(name.split()) > 10 or sentence_like(name) and not name.endswith(("Inc.", "Ltd.", "Co.")):
        return 0
    line.kind, line.outlet, line.dates, line.labels = "outlet", name, [], []
    return 1
