"""Attribution lines between a headline and its text, which lines.classify takes for headlines of
their own (they are short and not sentences): an author key ('Author: …', 'Autore: …'), a byline
with its outlet and read time ('A Name, The Associated Press 2 minute read Tuesday, Mar. 4, 2025'),
a name alone under a headline and over the text (an author, or a channel when its words are a
medium's, 'DW News', or the page's other names there are outlets). Taken for headlines, each made
the headline above it an empty item and itself the title of the text below. With them, the other
card and page furniture set 5 showed: a headline printed twice in a row, badge lines ('New   CC',
'4K'), 'Read' buttons, 'See more in A; B' (the item's own labels), a thread's reply counter, a
list of office holders, 'LIVE' in a card's duration slot, a dated byline at the page's top (the
page's date line), a pasted table's cell borders. `mark` re-kinds them in place, before the
page's items are cut (evidence.segment); the rest are small tests the cutting and the items'
reading ask (a section word over a headline, a newsletter's numbered slot, the outlet line of an
item, a glued label)."""
from __future__ import annotations

import re

from .. import when
from ..lines import BYLINE, Line, words
from ..outlets import Outlets, looks_like_name, spelled
from .openers import followed_by_text

_META = ("date", "time", "furn", "labels", "outlet")
# a ticker's label glued to the headline's first word ('BreakingGermany …', 'EilmeldungBahn …')
# or a newsletter's numbered slot before its headline ('1 big thing: ', '1 fun thing: ')
GLUED_LABEL = re.compile(r"^(?:(?:Breaking(?: News)?|Live|Update[d]?|Exclusive|Watch|Video|Eilmeldung|Exklusiv|Urgent|"
                         r"Exclusif|Direct|Urgente|Última hora|Ultim['’]ora|Esclusiva)(?=[A-ZÀ-Ý][a-zà-ÿ'’])"
                         r"|\d{1,2}\s+[a-zà-ÿ][\wà-ÿ ]{1,20}?\s?:\s+(?=\S))")
_SLOT = re.compile(r"^[^\w]*(?P<n>\d{1,2})\s+[a-zà-ÿ][\wà-ÿ ]{1,20}?\s?:\s+\S")
_KEYED = re.compile(r"(?i)^(?:authors?|author\(s\)|autor(?:in|en|es|\(en\)|\(innen\))?|auteur(?:e|s|es|\(s\)|\(e\)s)?|autori?|autore\(i\)|autrice|autoras?|autor\(es\)|written by|"   # ('Author(s):', 'Auteur(s) :')
                    r"illustrations?|ilustraci[oó]n|illustrazione|grafik|graphic)\s*:\s*(?P<who>[A-ZÀ-Ý].{1,80})$")
_READ_TIME = r"\d+\s*(?:min(?:ute)?s?|Min\.?)\.?\s+(?:read|Lesezeit|de lecture|de lectura|di lettura)\b"
# 'A Name, Outlet 2 minute read …' / 'A Name and B Name, Outlet'
_BYLINE_OUTLET = re.compile(r"^(?P<who>[A-ZÀ-Ý][\w.'’-]+(?:\s+(?:and|und|et|y|e|&)?\s*[A-ZÀ-Ý][\w.'’-]+){0,5}),\s+"
                            r"(?P<outlet>[^,]{2,40}?)(?:\s+" + _READ_TIME + r"(?P<rest>.*))?$")
# '3 replies  Last reply 1 day ago', '12 Antworten  Letzte Antwort vor 2 Tagen': a thread's counter (its
# relative date is the last reply's, not the item's)
_THREAD = re.compile(r"(?i)^(?:\d+\s+)?(?:repl(?:y|ies)|answers?|antworten|kommentare?|réponses?|commentaires?|"
                     r"respuestas?|comentarios?|risposte|commenti)(?:\s{2,}|\s*[·•|,]\s*|$).{0,60}$")
# '- Chancellor – Olaf Scholz': a role, a dash, a person's name of two to four words
_ROLE_NAME = re.compile(r"^(?P<role>[^–—:]{2,60}?)\s+[–—-]\s+(?P<who>\S+(?:\s+\S+){1,3})$")
# buttons and badges of a video or article card: 'New   CC', '4K   CC', 'HD', 'Read'
_BADGE = re.compile(r"(?i)^(?:(?:new|neu|nouveau|nuevo|nuovo|cc|untertitel|sous-titres|subtítulos|sottotitoli|hd|4k|8k|"
                    r"hdr|vr|360°?)\s*)+$|^(?:read|lesen|lire|leer|leggi)$")
_LIVE = re.compile(r"(?i)^(?:live|live now|en direct|en vivo|en directo|in diretta|diretta|streaming|premiere)$")
# 'See more in Europe; Defense and Security': the item's own labels
_SEE_MORE = re.compile(r"(?i)^(?:see more in|more in|more on|mehr zu|plus sur|más sobre|más en|altro su|altri articoli su)"
                       r"\s*:?\s+(?P<labels>\S.{1,200})$")
# the words of a medium's name ('DW News', 'Sky Sport HD', 'France 24 English'): a channel line, not an author
_MEDIA = frozenset("news tv radio channel channels press times post journal daily herald tribune gazette online media "
                   "english español français deutsch live network broadcasting nachrichten noticias notizie info "
                   "zeitung television televisión télévision tele telegraph express".split())


# a byline's second line, the author's role ('Transport correspondent', 'Wirtschaftsredakteurin',
# 'correspondante à Bruxelles', 'corresponsal en Lisboa', 'inviato a Kiev')
_ROLE = re.compile(r"(?i)^(?:[\w'’-]+\s+){0,3}(?:correspondent|editor|reporter|writer|columnist|\w*korrespondent(?:in)?|"
                   r"\w*redakteur(?:in)?|correspondante?|journaliste|chroniqueu(?:r|se)|corresponsal|periodista|"
                   r"redactora?|corrispondente|inviat[oa]|giornalista|redattrice|redattore)(?:\s+[\w'’-]+){0,3}$")


def mark(ls: list[Line], outlets: Outlets) -> None:
    _cell_borders(ls)
    _author_and_role(ls)
    _twice(ls)
    _live(ls)
    _dated_byline(ls)
    _roster(ls, outlets)
    texts = [i for i, l in enumerate(ls) if l.kind not in _META or l.kind == "outlet"]
    named: list[Line] = []   # names alone between a headline and its text
    slugs = _caps_slugs(ls, texts)
    for k, i in enumerate(texts):
        l = ls[i]
        if l.kind == "head" and _THREAD.match(l.text):
            l.kind = "furn"   # (its count may have been read as a list marker: '12 Antworten')
        if l.kind != "head" or l.marker:
            continue
        see = _SEE_MORE.match(l.text)
        if _BADGE.match(l.text) or _KEYED.match(l.text):
            l.kind = "furn"
        elif see:
            l.kind, l.labels = "labels", [x.strip() for x in re.split(r"\s*[;|]\s*", see["labels"]) if x.strip()]
        elif _byline_outlet(l, outlets):
            pass
        elif 0 < k < len(texts) - 1 and ls[texts[k - 1]].kind == "head" and ls[texts[k + 1]].kind == "prose" \
                and not (slugs >= 2 and l.text.isupper()):
            named.extend(_name_alone(l, ls[texts[k - 1]], outlets))
    # names in that place, most of them channels (or outlet lines there already): the others there
    # are channels too ('Quarks')
    placed = [l for k, i in enumerate(texts[1:-1], 1) if ls[i].kind == "outlet" and ls[texts[k - 1]].kind == "head"
              and ls[texts[k + 1]].kind == "prose"]
    authors = [l for l in named if l.kind == "furn"]
    if authors and len(placed) >= max(2, len(authors)):
        for l in authors:
            l.kind, l.outlet = "outlet", spelled(l.text.strip())


def _caps_slugs(ls: list[Line], texts: list[int]) -> int:
    """How many items open with a line in capitals right over their text, with no headline above it
    ('PARO REGISTRADO' / 'Madrid - …', an agency's slugs): the first item's, under the page's title,
    is one of them, not an author's name between a headline and its text."""
    return sum(1 for k, i in enumerate(texts[1:-1], 1) if ls[i].kind == "head" and ls[i].text.isupper()
               and ls[texts[k + 1]].kind == "prose" and ls[texts[k - 1]].kind != "head")


def _author_and_role(ls: list[Line]) -> None:
    """A name alone over the author's role, under a headline ('Helen Pritchard' / 'Transport
    correspondent'): a byline over two lines, furniture (it was a title of its own)."""
    for a, b in zip(ls, ls[1:]):
        if b.no == a.no + 1 and "head" == a.kind == b.kind and _ROLE.match(b.text) and words(a.text) <= 4 \
                and looks_like_name(a.text):
            a.kind = b.kind = "furn"


def _cell_borders(ls: list[Line]) -> None:
    """Headlines and teasers pasted from a table ('| Headline |' / '| teaser' with the closing '|'
    on a line of its own, three rows or more): the cells' borders are no part of their text."""
    if sum(1 for l in ls if l.text.startswith("|")) >= 3:
        for l in ls:
            if l.kind in ("prose", "head") and l.text.startswith("|"):
                l.text = l.text.strip("| ").strip() or l.text


def _twice(ls: list[Line]) -> None:
    """A headline printed twice with only an attribution between (a card's preview, then the item):
    the first copy is furniture."""
    for a, l in enumerate(ls):
        if l.kind == "head" and not l.marker and words(l.text) >= 4 and any(
                m.kind == "head" and m.text == l.text for m in ls[a + 1:a + 4]):
            l.kind = "furn"


def _roster(ls: list[Line], outlets: Outlets) -> None:
    """Three bullets or more in a row that each pair a role with a person ('- Chancellor – Olaf
    Scholz', '- Presidente – Sergio Mattarella'): a list of office holders, page furniture. (An
    outlet's headline after a dash is longer than a name, and an outlet is no role.)"""
    run: list[Line] = []
    for l in ls + [Line(0, "")]:
        m = _ROLE_NAME.match(l.text) if l.marker else None
        if m and looks_like_name(m["who"]) and not outlets.is_outlet(m["role"]) and not l.dates:
            run.append(l)
            continue
        if len(run) >= 3:
            for r in run:
                r.kind = "furn"
        run = []


def _dated_byline(ls: list[Line]) -> None:
    """A newsletter's byline with the issue's date at the top of the page ('By A Name · Mar 05,
    2025'): the page's date line (a byline, furniture elsewhere, would take the date with it)."""
    for l in ls[:4]:
        if l.kind == "furn" and l.dates and BYLINE.match(l.text) and any(f.year for f in l.dates):
            l.kind = "date"


def slot_number(l: Line) -> str:
    """'1 big thing: Headline', '🚀 1 fun thing: Headline': a newsletter's numbered item whose
    number is not a list marker (no dot, a lowercase word after it)."""
    m = _SLOT.match(l.text) if l.kind == "head" and not l.marker else None
    return m["n"] if m else ""


def _live(ls: list[Line]) -> None:
    """'LIVE' alone where a video card prints its duration ('14:22'): on a page of such cards it
    opens its card as the durations open theirs (below the first card: a live page's 'LIVE' banner
    above its entries stays a heading)."""
    times = [i for i, l in enumerate(ls) if l.kind == "time"]
    if len(times) >= 2:
        for l in ls[times[0] + 1:]:
            if l.kind == "head" and _LIVE.match(l.text):
                l.kind = "time"


def _byline_outlet(l: Line, outlets: Outlets) -> bool:
    """'A Name, The Associated Press 2 minute read Tuesday, Mar. 4, 2025' -> an outlet line with its date."""
    m = _BYLINE_OUTLET.match(l.text)
    if not m or not looks_like_name(m["who"]) or words(l.text) > 20:
        return False
    name = m["outlet"].strip()
    if m["rest"] is None and not outlets.is_outlet(name, strict=True):
        return False   # 'Headline, Place' without a read time: only a listed outlet makes it a byline
    if not (outlets.is_outlet(name) or looks_like_name(name)):
        return False
    l.kind, l.outlet = "outlet", spelled(name)
    l.dates = when.find_dates(m["rest"] or "")
    return True


def _name_alone(l: Line, headline: Line, outlets: Outlets) -> list[Line]:
    """A few capitalised words under a headline and over the text: a channel's name (an outlet
    line) when listed or made of a medium's words, else an author's (furniture). [l] when it is one."""
    t = l.text.strip()
    n = words(t)
    if not (1 <= n <= 4 and looks_like_name(t) and n < words(headline.text) and not t.endswith((":", "."))):
        return []
    if outlets.is_outlet(t, strict=True) or any(w.lower() in _MEDIA for w in t.split()):
        l.kind, l.outlet = "outlet", spelled(t)
    else:
        l.kind = "furn"
    return [l]


def text_before(ls: list[Line], i: int) -> int:
    """The line before ls[i] that is not a date or outlet line (an item's headline over its byline
    and its text; a page's intro between its heading and the first paragraph is no byline)."""
    return next((j for j in range(i - 1, -1, -1) if ls[j].kind not in ("date", "outlet")), -1)


def kicker_over(ls: list[Line], i: int, nxt: int) -> bool:
    """A section's word or two over a longer headline that has its text ('Politica' / 'Il premierato
    torna in aula' / text): the headline opens the item, the kicker is a heading."""
    return words(ls[i].text) <= 2 and nxt >= 0 and ls[nxt].kind == "head" and not ls[nxt].marker \
        and words(ls[nxt].text) > 3 and followed_by_text(ls, nxt)


def outlet_line(lines: list[Line]) -> Line | None:
    """An item's outlet line; of two, the dated one (a card's preview byline, then the item's with its date)."""
    own = [l for l in lines if l.kind == "outlet"]
    return next((l for l in own if l.dates), own[0] if own else None)


def in_full(source: str, outlet: str, line: str = "") -> str:
    """The item's outlet: the outlet line's, unless the text named another; the name printed in
    full wins over its initials in a wire lead ('(AP) —' under 'A Name, The Associated Press'); a
    line labelled as the source ('Source: X', `line`) wins over a word before the headline ('Economy – …')."""
    return outlet if not source or source == _initials(outlet) or _LABELLED.match(line) else source


_LABELLED = re.compile(r"(?i)^\W*(?:sources?|quelle|fuente|fonte|bron)\s*:\s*\S")


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper() and w not in ("The", "Der", "Die", "Le", "La", "El", "Il"))
