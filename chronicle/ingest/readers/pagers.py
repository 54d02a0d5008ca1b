"""A list page's pager, copied with its items: 'Load more', '« Older posts', 'Next page', 'Mehr laden',
'Voir plus d'articles', 'Cargar más', 'Carica altri', 'Meer laden'. A line alone, it read as an
item of one line (and on pages whose dates stand below their items, it took the last item's date).
It is page furniture (reported). Words that also head a section over more items ('More stories',
'Weitere Meldungen', 'Plus d'articles', 'Altre notizie') are a pager only when no text follows."""
from __future__ import annotations

import re

from ..lines import Line

_W = r"[\s«»‹›<>←→…·|.:!-]*"
# a pager's words wherever they stand
_PAGER = re.compile(r"(?i)^" + _W + r"(?:(?:load|show|see|view) more(?: \w+)?|older (?:posts|entries|articles|stories)|"
                    r"newer (?:posts|entries|articles|stories)|(?:next|previous) page|"
                    r"mehr (?:laden|anzeigen)|weitere (?:laden|anzeigen)|ältere (?:beiträge|einträge|artikel)|"
                    r"neuere (?:beiträge|einträge|artikel)|(?:nächste|vorherige) seite|"
                    r"(?:voir|charger|afficher) plus(?: d['’](?:articles|actualités|infos))?|"
                    r"articles (?:plus anciens|plus récents|précédents|suivants)|page (?:suivante|précédente)|"
                    r"(?:ver|cargar|mostrar) más(?: noticias| artículos| entradas)?|entradas (?:anteriores|antiguas|siguientes)|"
                    r"página (?:siguiente|anterior)|(?:mostra|carica|vedi) altr[ei](?: notizie| articoli)?|"
                    r"articoli (?:precedenti|successivi)|pagina (?:successiva|precedente)|"
                    r"(?:meer|laad meer) (?:laden|nieuws|artikelen|berichten)|meer laden|laad meer|toon meer|"
                    r"oudere (?:berichten|artikelen)|nieuwere (?:berichten|artikelen)|(?:volgende|vorige) pagina)" + _W + r"$")
# the same words as a section's heading: a pager only at the foot of the items
_FOOT = re.compile(r"(?i)^" + _W + r"(?:more (?:items|stories|articles|news|headlines|posts)|weitere (?:meldungen|nachrichten|artikel|beiträge)|"
                   r"mehr (?:meldungen|nachrichten|artikel)|plus d['’](?:articles|actualités)|más (?:noticias|artículos)|"
                   r"altre notizie|altri articoli|meer (?:nieuws|artikelen))" + _W + r"$")
_TEXT = ("prose", "head")


def mark(ls: list[Line]) -> int:
    """Mark the pager lines as furniture, in place; how many there were."""
    last_prose = max((k for k, l in enumerate(ls) if l.kind == "prose"), default=-1)
    n = 0
    for k, l in enumerate(ls):
        if l.kind in _TEXT and not l.marker and len(l.text) <= 40 and (
                _PAGER.match(l.text) or k > last_prose and _FOOT.match(l.text)):
            l.kind, n = "furn", n + 1
    return n
