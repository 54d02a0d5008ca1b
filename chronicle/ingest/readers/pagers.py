"""A list page's pager, copied with its items. Two kinds, both page furniture (reported):
- words alone: 'Load more', '« Older posts', 'Next page', 'Mehr laden', 'Voir plus d'articles', 'Cargar más',
  'Carica altri', 'Meer laden'. A line alone, it read as an item of one line (and on pages whose dates stand
  below their items, it took the last item's date). Words that also head a section over more items ('More
  stories', 'Weitere Meldungen', 'Plus d'articles', 'Altre notizie') are a pager only when no text follows;
- page numbers among navigation words and arrows: '« first ‹ previous 1 2 3 4 next › last »', 'Anterior 1 2 3
  … 98 Siguiente', '‹ Zurück 1 2 3 Weiter ›', '1 2 3 … 12 Suivant »': the page's, not the last item's text.
Under the last item, a pager ends the list: a few lines of text under it are the site's footer."""
from __future__ import annotations

import re

from ..lines import Line

_W = r"[\s«»‹›<>←→…·|.:!-]*"
# a pager's words wherever they stand
_PAGER = re.compile(r"(?i)^" + _W + r"(?:(?:load|show|see|view) more(?: \w+)?|older (?:posts|entries|articles|stories|releases|news|items)|"
                    r"newer (?:posts|entries|articles|stories|releases|news|items)|(?:next|previous) page|"
                    r"(?:mehr|weitere)(?: \w+)? (?:laden|anzeigen)|ältere (?:beiträge|einträge|artikel|meldungen|pressemitteilungen|nachrichten)|"
                    r"neuere (?:beiträge|einträge|artikel)|(?:nächste|vorherige) seite|"
                    r"(?:voir|charger|afficher) plus(?: d['’](?:articles|actualités|infos))?|"
                    r"(?:articles|communiqués|actualités) (?:plus anciens|plus récents|précédents|suivants)|page (?:suivante|précédente)|"
                    r"(?:ver|cargar|mostrar) más(?: noticias| artículos| entradas)?|(?:entradas|noticias|comunicados) (?:anteriores|antiguas|siguientes)|"
                    r"página (?:siguiente|anterior)|(?:mostra|carica|vedi) altr[ei](?: notizie| articoli)?|"
                    r"(?:articoli|comunicati|notizie) (?:precedenti|successivi)|pagina (?:successiva|precedente)|"
                    r"(?:meer|laad meer) (?:laden|nieuws|artikelen|berichten)|meer laden|laad meer|toon meer|"
                    r"oudere (?:berichten|artikelen)|nieuwere (?:berichten|artikelen)|(?:volgende|vorige) pagina|"
                    # an endless list's loader: 'Loading more articles …', 'Weitere Artikel werden geladen …'
                    r"loading more(?: \w+)?|weitere (?:artikel|beiträge|meldungen) werden geladen|chargement(?: en cours)?|"
                    r"cargando más(?: \w+)?|caricamento(?: in corso)?|meer (?:artikelen )?laden)" + _W + r"$")
# the same words as a section's heading: a pager only at the foot of the items
_FOOT = re.compile(r"(?i)^" + _W + r"(?:more (?:items|stories|articles|news|headlines|posts)|weitere (?:meldungen|nachrichten|artikel|beiträge)|"
                   r"mehr (?:meldungen|nachrichten|artikel)|plus d['’](?:articles|actualités)|más (?:noticias|artículos)|"
                   r"altre notizie|altri articoli|meer (?:nieuws|artikelen))" + _W + r"$")
_TEXT = ("prose", "head")
# a newsletter's sign-up box under the list, its button last ('Enter your email   Sign up', 'Recevez … S'inscrire')
_SIGN_UP = re.compile(r"(?i)(?:sign up|subscribe|s['’]inscrire|s['’]abonner|abonnieren|anmelden|suscr[ií]bete|suscribirse|"
                      r"iscriviti|aanmelden)\s*[!.›»→]*$")
# a footer's contact or sign-up line opening with its label ('Contact: The Committee, …', 'Kontakt: …',
# 'Subscribe to committee news by email', 'Get council news by email', 'Newsletter abonnieren')
_FOOT_LINE = re.compile(r"(?i)^(?:contact(?:ez-nous| us)?|kontakt|contacto|contatti|contato|press office|media (?:enquiries|contacts?)|"
                        r"pressestelle|service de presse|oficina de prensa|ufficio stampa|subscribe|sign up|abonnez-vous|suscr[ií]bete|"
                        r"iscriviti|newsletter)\b|^.{0,60}\b(?:by|per|par|por|via|tramite) (?:e-?mail|courriel|correo(?: electrónico)?)\s*[.!›»→]*$")

_NAV = frozenset("""first previous prev next last older newer page pages of more
erste vorherige zurück weiter nächste letzte seite von
début premier précédent précédente suivant suivante fin dernier dernière page sur
primera primero anterior siguiente última último página de
prima precedente successivo successiva ultima pagina di""".split())
_NUMBERS = re.compile(r"\d\D{1,20}?\d")   # (two numbers: a cheap test before the tokens, on every line)
_TOKEN = re.compile(r"\d{1,4}|[^\W\d_]+|[^\w\s]+")


def pager_words(text: str) -> bool:
    """A pager's words alone on a line ('Load more', 'Mehr laden', 'Voir plus d'articles')."""
    return len(text) <= 40 and _PAGER.match(text) is not None


def pager(text: str) -> bool:
    """Two page numbers or more, and nothing but navigation words, arrows and dots besides."""
    tokens = _TOKEN.findall(text)
    numbers = sum(1 for t in tokens if t.isdigit())
    return numbers >= 2 and all(t.isdigit() or t.lower() in _NAV or not t[:1].isalpha() for t in tokens) \
        and any(not t.isdigit() for t in tokens)


def mark(ls: list[Line]) -> int:
    """Mark the pager lines as furniture, in place; how many there were."""
    last_prose = max((k for k, l in enumerate(ls) if l.kind == "prose"), default=-1)
    n = foot = 0
    for k, l in enumerate(ls):
        if l.kind not in _TEXT:
            continue
        words = len(l.text) <= 40 and not l.marker and (_PAGER.match(l.text) or k > last_prose and _FOOT.match(l.text))
        if words or len(l.text) <= 120 and _NUMBERS.search(l.text) and pager(l.text):
            l.kind, n = "furn", n + 1
            foot = k
    return n + (_footer(ls, foot) if n else 0)


def _footer(ls: list[Line], k: int) -> int:
    """A pager under the last item ends the list: the few lines of text under it, no headline among
    them but a sign-up box's or a row of columns ('Accessibility   Privacy Notice   Site Map', an
    address in parts) or a contact or sign-up line by its label ('Contact: …'), are the site's footer ('NZ Press Wire publishes releases as received. …'), not
    an item."""
    rest = [l for l in ls[k + 1:] if l.kind in _TEXT]
    if k < 0.6 * len(ls) or not rest or len(rest) > 3 or any(l.kind == "head" and not _SIGN_UP.search(l.text) and not _columns(l.text)
                                                            and not _FOOT_LINE.match(l.text) or l.dates for l in rest):
        return 0
    for l in rest:
        l.kind = "furn"
    return len(rest)


def _columns(text: str) -> bool:
    """Parts set apart by wide spaces, as a footer's links or address print ('A   B   C'): no headline."""
    return "   " in text and len([p for p in text.split("   ") if p.strip()]) >= 2
