"""What each line of a digest is, from its own features: a date or time line, furniture (captions, read-more links,
share buttons, promos), labels, an outlet's name (a byline's too), a list marker, a headline-like line or prose."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import bylinedates, chapters, clockzones, creditlines, datefields, footwords, headingnumbers, hints, metafields, newsletter, numdates, outletnotes, placedates, postmeta, pubdays, refs, scriptlines, sourcefields, sourcemarks, speechlines, viadates, when
from .leads import WORD, bold_lead, kicker, opens_with_date, words
from .clockoutlets import clock_outlet
from .outletnames import card_name, looks_like_name
from .outlets import Outlets, beside_date
from .readmore import _READ_MORE, _READ_MORE_HINT, READ_MORE_LINE, READ_MORE_TAIL, READ_MORE_WORDS  # noqa: F401 (tests read them here)

# a bullet, '1.', '1)', '1 Headline', '1 | Headline', 'a.' / 'b)' before a capital ('a. Headline': a lettered list)
MARKER = re.compile(r"^\s*(?P<m>[-–*•●▪◦·⇒→►▶➤▸▹‣➔»□■☐◆◇○★☆✓✔]|\d{1,3}[.)]|\d{1,2}(?: \|)?(?=\s+[A-ZÀ-Ý\"“«‘'])|[a-z][.)](?=\s+[A-ZÀ-Ý\"“«‘']))"
                    r"\s+(?P<text>\S.*)$")
MARKER_FIRST = "-–*•●▪◦·⇒→►▶➤▸▹‣➔»□■☐◆◇○★☆✓✔"   # or a digit, or a letter before '.' or ')': what a stripped line MARKER takes starts with
SEPARATOR = re.compile(r"^\s*([-*_=~#•·|])(?:\s*\1)*\s*$")
# '4 min read', 'Lesezeit: 4 Min.', '3 min de lecture', 'lectura: 2 min', '5 minuti di lettura', '3 min leestijd'
READ_TIME = re.compile(r"(?i)\b(?:(?:reading time|lesezeit|temps de lecture|lecture|tiempo de lectura|lectura|tempo di lettura|"
                       r"lettura|leestijd)\s*:?\s*\d+\s*min(?:ute[ns]?|uti|utos)?\.?|\d+\s*min(?:ute[ns]?|uti|utos|s)?\.?\s+"
                       r"(?:read|reading|lesezeit|de lecture|de lectura|di lettura|leestijd)\b)")
_READ_TIME_HINT = re.compile("(?i)min")
_READ_MINUTES = re.compile(r"\s+[·•|]\s+\d{1,3}\s+min\.?(?:\s+read)?$")   # ('5 min', '6 min read'; no age: when.py reads '5min', '5m', '5 min ago')
FURNITURE = re.compile(
    r"(?i)^\s*\[?(?:share(?: this(?: article| story| post)?)?|teilen|partager|compartir|condividi|advertisement|anzeige|"
    r"publicité|publicidad|pubblicità|sponsored(?: content| by .{2,40})?|gesponsert|sponsor(?:ed)?|"
    r"(?:sign up|subscribe|abonnieren|s['’]abonner|suscríbete|iscriviti)\b.{0,80}|.{0,40}\bnewsletter\b.{0,40}|"
    r"(?:unsubscribe|abbestellen|abmelden|(?:se )?désabonner|désinscription|darse de baja|cancelar (?:la )?suscripción|"
    r"disiscriviti|annulla(?:re)? l['’]iscrizione)\b.{0,80}|manage (?:your )?(?:preferences|subscriptions?)\b.{0,40}|"
    r"you(?:['’]re| are) (?:receiving|getting) this\b.{0,120}|(?:authori[sz]ed|authorised and printed) by .{2,80}|you (?:have )?received this (?:e-?mail|message|newsletter|alert)\b.{0,120}|"
    r"(?:sie erhalten|du erhältst) diese (?:e-?mail|nachricht|benachrichtigung)\b.{0,120}|vous (?:recevez|avez reçu) ce(?:t)? (?:e-?mail|courriel|message)\b.{0,120}|"
    r"(?:recibes|has recibido|usted recibe) este (?:correo|e-?mail|mensaje)\b.{0,120}|(?:ricevi|hai ricevuto) questa (?:e-?mail|mail|comunicazione)\b.{0,120}|"
    r"view (?:this )?(?:e-?mail )?in (?:your |a )?browser|"
    r"-*\s*(?:forwarded message|original message|weitergeleitete nachricht|ursprüngliche nachricht|message transféré|"
    r"message d['’]origine|mensaje reenviado|mensaje original|messaggio inoltrato|messaggio originale)\s*-*|"
    r"(?:forwarded from|weitergeleitet von|transféré de|reenviado de|inoltrato da)\s.{2,60}|"
    r"(?:lesezeit|reading time|temps de lecture|tiempo de lectura|tempo di lettura)\s*:?.{0,20}|\d+\s*min(?:ute)?s?\.? read|"
    r"(?:no |\d[\d.,]*\s?[km]? )?comments?(?: yet)?.{0,40}|be the first to .{0,40}|leave a (?:reply|comment)|back to top(?: button)?|"
    r"related(?: articles| stories| posts)?|see also|read also|more from .{2,40}|most (?:read|popular|viewed)|trending|"
    r"(?:skip to (?:the )?(?:main )?|(?:passer|aller) au |(?:direkt )?zum |(?:ir|saltar) al |(?:vai|salta) al |(?:ga )?naar de )(?:content|navigation|contenu|inhalt|contenido|contenuto|inhoud)(?: springen| principal| principale)?|logo|(?:see|view|show) all|alle anzeigen|tout voir|voir tout|"
    r"ver todo|ver todas|vedi tutt[ie]|bekijk alles|toon alles|ver tud[oa]|more|mehr|plus|más|altro|meer|full coverage|vollständige berichterstattung|"
    r"couverture complète|cobertura completa|copertura completa|volledige berichtgeving|(?:other|more|autres|weitere|andere|otras|más|altre|outras|meer) (?:sources|quellen|fuentes|fonti|fontes|bronnen)\s?:.{2,180}|"
    r"you may also like|\+?\s*(?:follow|folgen|suivre|seguir)|(?:\d+\s+(?:unread|ungelesen|non lus?|sin leer|non letti)\s*)?"
    r"(?:mark (?:all )?as read|(?:alle )?als gelesen markieren|(?:tout )?marquer comme lu|marcar (?:todo )?como leído|"
    r"segna (?:tutto )?come letto)|"
    r"\d+\s+(?:unread|ungelesen|non lus?|sin leer|non letti)|print|e-?mail|facebook|twitter|whatsapp|linkedin|copy link|menu|search|log ?in|home|accueil|startseite|inicio|"
    r"posted(?: on| in| by)?:?|published:?|updated:?|today['’]s best video|photos?|videos?|gallery|audio|"
    r"listen(?: to this article)?|watch|hören|anhören|écouter|escuchar|ascolta|ad|©.*|\(c\) .*)\]?(?:\s\(\d[\d.,]*(?:\s\w+)?\))?\s*[.:!…»›]*\s*$")   # ('Full coverage (38 articles) »')
TERMINAL = re.compile(r"(?i)^\s*(?:leave a (?:reply|comment)|no comments yet.*|comments|back to top(?: button)?|today['’]s best video|" + footwords.TERMINAL + r")\s*[.!]*\s*$")
GREETING = newsletter.GREETING   # (a newsletter's greeting: newsletter.py)
# A list of other headlines beside the items ('Most read', 'Related'): in the middle of a page it is
# a sidebar (its lines, up to the next blank line, are furniture); at the end of a page, a footer.
SIDEBAR = re.compile(r"(?i)^\s*(?:related(?: articles| stories| posts| links)?|you may also like|most (?:read|popular|viewed)|"
                     r"(?:trending|im trend|tendances|tendencias|di tendenza)(?: now| (?:on|auf|bei|sur|en|su) [\w. ]{2,30})?|read also|see also|more (?:stories|news)|meistgelesen|les plus lus|lo más leído|"
                     r"i più letti|auch interessant|à lire aussi|te puede interesar|leggi anche|" + footwords.RELATED + r")\s*[:.!]*\s*$")
# ('Pieter de Vries', 'Ursula von der Leyen': a name's particles in lowercase)
BYLINE = re.compile(r"^\s*(?:[Bb]y|BY|[Mm]ade by:|[Ww]ritten by:|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor)\s+(?:[A-ZÀ-Ý][\w'’.-]+\.?\s*|(?:(?:the|la|der|el|la|de) )?(?:staff|editors|rédaction|redaktion|redacción|redazione|redactie)\s*)"
                    r"(?:(?:[A-ZÀ-Ý][\w'’.-]+|(?:de|van|von|der|den|da|di|del|della|du|le|la|ter|ten)(?=\s+(?:[A-ZÀ-Ý]|de[rn]\s)))\.?\s*){0,4}"
                    r"(?:(?:and|und|et|y|e|&|,|with|mit|avec|con|met)\s+(?:[A-ZÀ-Ý][\w'’.-]+\.?\s*){1,4})*(?:(?:in|aus|à|en|a|da|from)\s+[A-ZÀ-Ý][\w'’.-]+\s*)?(?:\s*[|,·-].{0,80}|\s*\([^()]{2,80}\))?$")
CAPTION = re.compile(r"(?i)^\s*\(?(?:file|archivo|archiv|archivbild|foto|photo|image|bild|picture)\s*[-–—:]\s|photograph:|"
                     r"\((?:ap|afp|reuters|getty|epa|dpa)(?:\s*photo|\s*images|/(?!(?-i:[a-z]{2,4})\)))[^)]*\)\s*$|(?:photo|foto|bild|credit|crédit)s?\s*:\s*\S(?![^.!?]{45,}$)|^[^©]{10,200}\s©\s?[^©.!?]{2,60}$")   # (… © A Name/dpa; '(dpa/lnw)', '(AFP/red)': a desk's mark, the text's credit)
_CAPTION_HINT = hints.words_hint(("file", "archiv", "foto", "photo", "image", "bild", "picture", "credit", "crédit", "(ap", "(afp", "(reuters", "(getty", "(epa", "(dpa", "©"))   # in when.folded(line)
LABELS = re.compile(r"(?i)^\s*(?:tagged(?: under| with)?|tags?|topics?|filed under|schlagw(?:ö|oe)rter|themen|"
                    r"étiquettes|mots-clés|etiquetas|temas|temi|argomenti|categor(?:y|ies)|kategorien?|catégories?|"
                    r"categorías?|categorie|section)\s*:\s*(?P<labels>\S.{0,300})$")
# (Spanish, French and Italian short keys, 'De:', 'À:', 'Da:', 'A:', only with an address: 'A: …' answers)
EMAIL_HEADER = re.compile(r"(?i)^(?:(?:from|to|cc|bcc|sent|subject|reply-to|von|an|gesendet|betreff|objet|envoyé|"
                          r"asunto|enviado|oggetto|inviato)\s*:\s+\S|(?:de|à|para|da|a)\s*:\s+.*[@<])")
# its closing hashes cut by md_heading_text: `(?P<text>.+?)\s*#*\s*$` took cubic time on a heading
# followed by spaces and a letter ('# a', 1,500 spaces, 'x': 15 s; 20,000: hours)
_MD_HEADING = re.compile(r"^#{1,6}\s+(?P<text>.+)$")


def md_heading_text(m: re.Match) -> str:
    """A heading's text without the spaces and closing hashes after it ('## Title ##' -> 'Title')."""
    text = m["text"].rstrip()
    return text.rstrip("#").rstrip() or text[:1] or m["text"][:1]
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]*$")
LINK_LINE = re.compile(r"(?i)^(?:[^\w\s]+\s*)?(?:(?:sources?|quelle|fuente|fonte|bron|lien|link|enlace|via|url|(?:read|see) "
                       r"more|more|full (?:story|article)|continue reading|mehr(?: lesen)?|weiterlesen|lire la suite|en savoir "
                       r"plus|leer más|leggi(?: tutto| di più)?|leia mais|lees meer)\s*:\s*)?(?P<url>(?:https?://|www\.)\S+)$")
# LINK_LINE: an address, alone or labelled. _COUNTER: '👁 12.4K', '❤ 320  💬 14', each repeat read one way (digits
# whole, a space before 'K' only with it; split every way, '1111111111111111111111111x' took 9 s, each digit doubling it)
_COUNTER = re.compile(r"(?i)^(?:(?:[^\w\s]+\s*)?\d[\d.,]*+(?:\s?[km])?(?:\s+(?:views?|vues|aufrufe|vistas|"
                      r"visualizzazioni|visualizaciones|likes?|shares?|comments?))?\s*+)+$")
# 'REVUE DE PRESSE — SANTÉ      Page 2': a printed page's running header or footer with its number
_PAGE_NO = re.compile(r"(?i)(?:^|\s{3,}|\s[-–—|·]\s)(?:page|seite|pag\.?|pagina|página|pág\.?)\s*\d{1,4}"
                      r"(?:\s*(?:/|of|sur|von|di|de)\s*\d{1,4})?$")
_PAGE_REF = re.compile(r"(?i),\s*(?:page|seite|s\.|pag\.?|pagina|página|pág\.?|p\.|pp\.)\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?$")
# a sentence ending inside a line ('… Heizungstausch. Eigentümer …'), not an abbreviation or initial
_POSTED_AT = re.compile(r"(?i)^(?:posted|updated|published|publié|mis à jour|veröffentlicht|aktualisiert|publicado|actualizado|"
                        r"pubblicato|aggiornato|geplaatst|bijgewerkt)(?:\s+(?:at|à|um|a las|alle|om))?\s+(?=\d)")
_SIGNED = re.compile(r"[.!?]\s+[—–-]\s*[^\s.!?][^.!?]{1,40}$")
_SENTENCE_INSIDE = re.compile(r"[a-zà-ÿ0-9)\]\"”»'’]{2}[.!?][\"”»'’]?\s+[A-ZÀ-Ý\"“«]")
# '3 March 2025 — ', '03/03/2025 | ': a date set off before a headline
DATE_LEAD = re.compile(r"^(?:\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\.?(?: de)? [^\W\d]{3,12}\.?(?: de)?(?: \d{4})?|"
                       r"[^\W\d]{3,12}\.? \d{1,2}(?:, \d{4})?)\s+[—–|·-]\s+(?=\S)")
_HEAD_SUFFIX = re.compile(r"(?<!\s)(?:\s*\([^()]{1,60}\)\s*$|\s*[|]\s*$)")


@dataclass
class Line:
    no: int                 # 1-based line number in the raw file
    text: str               # stripped, without its list marker
    marker: str = ""        # '-', '•', '1.' ... when the line is a list item
    gap: int = 0            # blank lines before it
    kind: str = "prose"     # date, time, furn, labels, outlet, head, prose, plus
    dates: list = field(default_factory=list)
    outlet: str = ""
    labels: list = field(default_factory=list)
    tail_more: bool = False  # ended with a read-more link (an item ends here)
    indent: int = 0         # leading spaces (continuation lines of a list item are indented)
    section: bool = False   # a heading over items (set by the reader), neither title nor text
    # of a prose line, read where the line is classified (on every core) for the evidence reader:
    lead: str = ""          # its bold lead ('Lead. Body…', 'KICKER: body', '**Lead** — body'): bold_lead, kicker(text)
    dated: bool = False     # it opens with a date ('March 3, 2025: …'): opens_with_date(text)

    def __reduce__(self):
        # A long page's lines come back from the workers that classify them (pagelines.py) to the
        # one process that reads the page: pickled as the arguments of Line(...), not as a dict of
        # attributes per line, they load in 40% of the time there (21,018 lines: 0.082 -> 0.032 s).
        return (Line, (self.no, self.text, self.marker, self.gap, self.kind, self.dates, self.outlet, self.labels,
                       self.tail_more, self.indent, self.section, self.lead, self.dated))


def sentence_like(text: str) -> bool:
    return bool(_SENTENCE_END.search(text.strip()))


_FILLER = re.compile(r"(?i)\b(?:posted|published|updated|update|released|issued|aktualisiert|veröffentlicht|publié|diffusé|mis à jour|"
                  r"publicado|actualizado|pubblicato|aggiornato|on|am|le|el|il|at|um|à|a las|alle|in|dans|en|"
                  r"or before|(?:\d{1,2}[:.h]\d{2}|\d{1,2})\s*(?:a\.?m\.?|p\.?m\.?|uhr|h)?|et|gmt|utc|cet|cest|edt|est|pst|bst)\b")
_ENDS = re.compile(r"^[\W_]+|[^\w.]+$")   # what stands around a name: pictograms, brackets, commas
# a wire dateline once its date is out: the city in capitals, the agency in brackets, a dash
# ('SEVILLA 17 Mar. (EUROPA PRESS) -', 'BERLIN, 17. März (dpa) –', 'PARIS, 17 mars (AFP) —')
_WIRE_DATELINE = re.compile(r"^\s*[A-ZÀ-Ý][A-ZÀ-Ý'’ .-]{1,30}[ ,]*\([^()]{2,40}\)\s*[-–—]+\s*$")
_WEEKDAY_WORDS = re.compile(r"(?i)\b(?:" + "|".join(map(re.escape, when.WEEKDAYS)) + r")\b\.?")


def without_dates(text: str, found: list) -> str:
    """`text` with the dates `found` in it blanked out."""
    for f in sorted(found, key=lambda f: -f.start):
        text = text[:f.start] + " " + text[f.end:]
    return text


def date_only(text: str, found: list) -> bool:
    """The line is a date, time or relative date with a few filler words around it ('… · Bas-Saint-Laurent': one)."""
    if not found:
        return False
    rest = numdates.without_sender(_FILLER.sub(" ", without_dates(text, found)))   # ('Channel, [3/11/2025 8:02 PM]')
    rest = _WEEKDAY_WORDS.sub(" ", rest)
    return (words(rest.replace("-", "")) <= 2 or bool(_WIRE_DATELINE.match(rest)) or placedates.dateline(text, found)) and len(text) <= 80


def classify(no: int, raw: str, gap: int, outlets: Outlets) -> Line:
    text = chapters.unmarked(raw.strip())   # ('[02:10] Headline': a show's chapter mark)
    marker = ""
    # (each pattern only where its first character is: classify sees every line of a page)
    m = MARKER.match(text) if text[:1] in MARKER_FIRST or text[:1].isdigit() or text[1:2] in (".", ")") else None
    if m and not any(f.start == 0 for f in when.find_dates(text[:40])) and (m["m"] != "–" or len(text.split()) > 6):   # ('22. März 2025' is a date, not item 22; '– Harbour Courier, 19/6/2025' a signature)
        marker, text = m["m"].replace(" |", "."), m["text"].strip()   # ('1 | Headline': item 1, as '1.')
    heading = _MD_HEADING.match(text) if text.startswith("#") else None
    if heading:   # Markdown '## Title': a headline whatever its length ('### 1. Title': its number a marker)
        marker, text = headingnumbers.numbered(md_heading_text(heading), marker)
    bold = ""
    if "**" in text or "__" in text:
        bold, text = bold_lead(text), _MD_EMPHASIS.sub(r"\2", text)
    elif text[:1] == "*" and text[-1:] == "*" and len(text) > 2:
        text = text[1:-1].strip()   # '*Headline*': a plain-text e-mail's emphasis
    page_no = _PAGE_NO.search(text) if text[-1:].isdigit() else None
    if page_no:   # the page's header or footer: kept when it is a date or source line, else furniture
        text = text[:page_no.start()].rstrip()
    wide = raw.expandtabs(4) if raw[:1].isspace() else ""
    line = Line(no, text, marker, gap, indent=len(wide) - len(wide.lstrip()))
    if text.startswith("+ ") and not marker and not FURNITURE.match(text):   # ('+ Follow' is a button)
        line.kind = "plus"
        return line
    # a date line is short; in a long line only a date at its start or end can be the item's
    line.dates = (when.find_dates(text) or metafields.numeric_middle(text) or viadates.tail_dates(text, marker) or pubdays.labelled_day(text)) if len(text) <= 120 else [
        f for f in when.find_dates(text[:60]) if f.end < 60]
    cut = max(0, len(text) - 90)   # a read-more link ends a line: look at the end only
    end = when.folded(text[cut:])   # as (?i) reads it, so the words are found where the pattern would be
    tail = READ_MORE_TAIL.search(text, cut) if _READ_MORE_HINT.search(end) else None
    if tail and not READ_MORE_LINE.match(text):
        line.text, line.tail_more = text[: tail.start()].rstrip(), True
        text = line.text
    line.kind = _kind(line, outlets) if text else "furn"
    if line.kind == "head" and tail and (tail[0].lstrip()[:1] in ("…", ".") or text.endswith(".")):
        line.kind = "prose"   # 'Text cut short … Read more »', 'A sentence. Leggi →': a teaser, however short
    if page_no and line.kind not in ("date", "outlet"):   # (a clipping's 'Outlet | date | Seite 11': its source line)
        line.kind = "furn"
    line.kind = "head" if heading and line.kind in ("prose", "head") else line.kind
    if line.kind == "prose":
        line.lead, line.dated = bold or kicker(text), opens_with_date(text)
    return line


def dates_of_text(line: Line) -> bool:
    """Whether line.dates are all of line.text's (a long line's are read near its start only)."""
    return line.kind != "plus" and not line.tail_more and len(line.text) <= 120


def _kind(line: Line, outlets: Outlets) -> str:
    text = line.text
    n = len(text)   # furniture is short: long lines skip the costly patterns
    if n <= 200 and (BYLINE.match(text) or creditlines.credited(text)):   # 'By A Name, Reuters': the outlet's line; an author's alone is furniture
        line.outlet = creditlines.outlet(without_dates(text, line.dates).rstrip(" ,|·–—-"), outlets)   # ('By A | Reuters | 3 March 2025', 'Eine Meldung der dpa')
        return "outlet" if line.outlet else "date" if line.dates else "furn"
    post, labels = postmeta.kind(text, line.dates) if n <= 200 else ("", [])
    if post:   # 'Posted on 3 March 2025 by A Name', 'Posted in Water | Tagged rivers | Leave a comment'
        line.labels, line.outlet = labels, postmeta.agency(text, line.dates) if post == "date" else ""
        return "outlet" if line.outlet else post   # ('15th May 2025 By: Reuters': the agency is the outlet)
    if n <= 200 and (READ_MORE_LINE.match(text) or FURNITURE.match(text) or newsletter.furniture(text) or scriptlines.timing(text) or speechlines.by(text)) \
            or n <= 400 and _CAPTION_HINT.search(when.folded(text)) and CAPTION.search(text):
        return "furn"
    lab = LABELS.match(text) if n <= 330 else None
    if lab:
        line.labels = [x.strip() for x in re.split(r"\s*[|,;·•]\s*", lab["labels"]) if x.strip()]
        return "labels"
    clock = clockzones.bare(_POSTED_AT.sub("", text, count=1)) if n <= 40 else text   # ('Posted at 14:05': a live blog's entry time)
    if when.is_time(clock) and words(when.TIME.sub("", clock, count=1)) == 0 and not numdates.day_month_dot(clock):
        return "time"
    ref = refs.kind(text, line.dates)
    if ref:
        return ref   # 'Pressemitteilung Nr. 31/2025 vom 10. April 2025', '1 BvR 1912/23', 'Beschluss vom …'
    keyed = n <= 60 and (":" in text[:8] or not text[:1].isalnum() and ":" in text[:10]) or sourcemarks.marked(text)
    direct = outlets.line(text) if keyed else ""   # 'Fuente: Hoy' ('hoy' is also 'today': no date), '🔗 Source: X'
    dated = keyed and line.dates and (not direct or when.find_dates(direct)) and (outlets.dated(text, line.dates) or sourcefields.name(text, line.dates)) or ""   # 'Quelle: X, 03.03.2025', 'Source ➜ X, 11 September' (a name holding a date: the date is the item's)
    if direct or dated:
        line.outlet, line.dates = dated or direct, line.dates if dated else [f for f in line.dates if f.kind == "num"]
        return "outlet"
    card = bool(line.dates) and any(f.kind == "relative" for f in line.dates) and bool(card_name(text))
    # 'Outlet · 3 Mar 2025 · 4 min read': the reading time says nothing of the item (blanked, the
    # dates keep their places); an outlet's name of three words or more beside a date is no sentence
    meta = bylinedates.meta(READ_TIME.sub(lambda m: " " * len(m[0]), text) if _READ_TIME_HINT.search(text) else text) if line.dates else text
    named = n <= 80 and bool(line.dates) and not card and (outlets.dated(meta, line.dates) or sourcemarks.arrow_outlet(text, line.marker) or viadates.bracket_name(text, line.dates))
    # 'A Name, 07/03/25': a name in no list beside a date, an author's or an outlet's: a date line all the same
    # ('Daily Edition for Tuesday, August 19, 2025' is a heading: its words end on no name)
    name = _WEEKDAY_WORDS.sub("", beside_date(bylinedates.blanked(meta), line.dates)) if n <= 80 and line.dates and not named else ""
    name = _ENDS.sub("", name)   # ('📰 Name | 📅 date', '(Name) · date')
    byname = looks_like_name(name) and name.split()[-1][:1].isupper() and all(f.kind != "relative" for f in line.dates)
    if card or named or byname or date_only(meta, line.dates) or datefields.dated_fields(text, line.dates):   # ('date | place | author')
        line.outlet = named or (outlets.dated(meta, line.dates) if words(text) else "") or datefields.field_outlet(text, outlets)   # ("Reuters | 03/03/2025": one word)
        return "outlet" if line.outlet else "date"   # 'Reuters · 2 days ago': the outlet and its date
    if n <= 200 and EMAIL_HEADER.match(text):
        return "furn"   # a forwarded e-mail's headers (its 'Sent:' date line is a date line, above)
    m = _READ_MINUTES.search(text, max(0, n - 17)) if n <= 60 else None   # ('bbc.co.uk · 5 min': a read-later app's reading time)
    name = (outlets.line(outletnotes.bare(text[:m.start()] if m else text)) or clock_outlet(text, outlets) if n <= 60 else "") \
        or (clipping(text, line.dates, outlets) if n <= 120 else "")
    if name:
        line.outlet = name
        return "outlet"
    if not WORD.search(text) or LINK_LINE.match(text) or (n <= 2 and text.isupper()) \
            or (n <= 40 and not text[:1].isalpha() and _COUNTER.match(text)):
        return "furn"   # nothing but symbols, an address, an author's initials ('L', 'JD') or counters
    if is_head(text) and not ("(" in text[:60] and outlets.wire(text)[1]):   # 'ZURICH (Reuters) – …' is text
        return "head"
    return "prose"


def clipping(text: str, found: list, outlets: Outlets) -> str:
    """'Corriere della Sera, 12/03/2025, pag. 31': a press review's line above each clipping
    (outlet, date, page) -> the outlet ('' when the line is anything else)."""
    comma = text.find(",")
    if comma < 2 or not found or found[0].start <= comma:
        return ""
    name = text[:comma].strip()
    ref = _PAGE_REF.search(text)
    rest = text[comma + 1:ref.start() if ref else len(text)]
    shift = comma + 1
    for f in sorted(found, key=lambda f: -f.start):
        if f.end - shift <= len(rest):
            rest = rest[:max(0, f.start - shift)] + " " + rest[f.end - shift:]
    if words(_FILLER.sub(" ", rest)) or not (outlets.is_outlet(name) or ref and looks_like_name(name)):
        return ""
    return name


def is_head(text: str) -> bool:
    """Headline-like: a few words, not ending like a running sentence (a '?' or quoted end is fine)."""
    if text.rstrip().endswith((")", "|")):   # '… (Outlet $)', '… |' say nothing
        text = _HEAD_SUFFIX.sub("", text) or text
    signed = _SIGNED.search(text)   # 'A sentence of the text. — Outlet': the text, its source after it
    if signed and words(text[:signed.start() + 1]) > 6:
        return False
    n = words(text)
    if n == 0 or n > 22 or len(text) > 180:
        return False
    found = when.find_dates(text[:12]) if n > 6 else None
    if found and found[0].start == 0 and found[0].kind != "relative" and not DATE_LEAD.match(text):
        return False   # '02/10/2025 Councils are set to …': a dated teaser ('3 March 2025 — Headline' is one)
    if text.rstrip().endswith(("...", "…")) and (_SENTENCE_INSIDE.search(text) or n > 12):
        return False   # 'Sentence. Sentence cut short ...', a long sentence cut short: a snippet, not a headline
    if text.rstrip().endswith((".", ";", ",")) and not text.rstrip().endswith(("...", "..")):
        return n <= 6 and text[:1].isupper() and not text.rstrip().endswith((";", ","))   # 'Mauvais présage.'
    return True
