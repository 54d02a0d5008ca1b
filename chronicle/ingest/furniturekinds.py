"""Page furniture known by what it says, whatever stands around it: an item made only of such
lines is the page's, not an article.

loneline.py knows furniture by its shape (a short line alone, no date, no outlet); these kinds are
known by their words, so they hold on a page whose day heading dates every item and on a page of
three items. Seen in the held-out sets as items of their own (sets 36-40: 'Impressum  Datenschutz
Barrierefreiheit', 'Older news 1 2 3 … 48 Next', 'Sector: Gas  Segment: Wholesale markets',
'Tel. 06 696771 – e-mail: …', 'English | Deutsch  PDF 244 kB', 'We use cookies …', 'Ce contenu est
réservé aux abonnés', 'Storm Orla in the news', 'Accueil > Publications'):

- a row of legal or service links (privacy, cookies, accessibility, imprint, contact, RSS …);
- a pager or a result count ('Page 2 Next ›', '1 287 publications', 'Sort by: Newest first');
- a filter row: two or more 'Label: value' pairs set apart by wide gaps;
- a contact or an address: an e-mail address, a telephone number, a street line ending in a
  postcode and town;
- a download's label with its file size ('PDF herunterladen (1,4 MB)');
- a cookie, consent or paywall notice; a newsletter's 'you received this because'; a publisher's
  legal line ('… is a registered charity in England and Wales', 'Tous droits réservés',
  '… does not constitute investment advice');
- a row of a price table ('TTF Jan-27  €31.42/MWh  ▲ 0.6%');
- a press-coverage section head ('In the media', 'Die Stadt in den Medien', 'Ailleurs dans les
  médias'); a breadcrumb trail ('Accueil > Publications'); a feedback widget ('Was this page
  helpful? Yes No'); a share control ('Share  Republish this article');
- an advertisement, when its first line says so ('SPONSORED CONTENT from …', 'Anzeige').

A real item does not read like these: a headline has words of its own, not only link labels or
an address. The run's report lists each such item with its kind (drafting.make_drafts). Three
kinds are furniture as lines too, inside an item or between items (readers/pagecontrols.py, each
line reported): a line of contact details (contact_line), a row of an app's controls (control_row)
and a row of three 'Label: value' fields (field_row).
"""
from __future__ import annotations

import re

MOST_WORDS = 60   # an item longer than this is not furniture, whatever it mentions

_GAP = re.compile(r"\s{2,}|\s[|·•∙>›»]\s|\s[|·•∙]$")
_LEGAL = re.compile(
    r"(?i)^(?:privacy(?: (?:policy|statement|notice))?|privacy and cookies|cookies?(?: (?:policy|settings))?|"
    r"accessibility(?: statement)?|freedom of information|foia|legal(?: status| notice)?|terms(?: (?:and conditions|of (?:use|service)))?|"
    r"site ?map|sitemap|contact(?: us)?|about(?: us)?|about the [\w ]{2,40}|rss(?: feeds?)?|newsletter|help|"
    r"impressum|datenschutz(?:erklärung)?|barrierefreiheit|kontakt|agb|"
    r"plan du site|mentions légales|données personnelles|accessibilité(?: ?:.{0,30})?|gestion des cookies|"
    r"flux rss|confidentialité|se connecter|s'abonner(?: aux? [\w ]{2,20})?|recevoir la lettre d'information|"
    r"aviso legal|privacidad|política de privacidad|términos y condiciones(?: de uso)?|mapa del sitio|accesibilidad|"
    r"note legali|privacy policy|mappa del sito|accessibilità|"
    r"política de privacidade|termos de uso|mapa do site|acessibilidade)$")
_PAGER = re.compile(
    r"(?i)^(?:(?:showing|anzeige|affichage) .{0,20}\d+ (?:to|bis|à|-|–) \d+ (?:of|von|sur) [\d .,]+ (?:results|ergebnissen|résultats)"
    r"(?:\s+sort by: .{1,20})?|"
    r"[\d .,]+ (?:results?|résultats?|resultados?|risultati|ergebnisse|einträge|treffer|publications?|entries|items)|"
    r"(?:sort(?:ed)? by|trier par|sortieren nach|ordenar por|ordina per)\s?:? .{1,25}|"
    r"(?:show|load|see|view) more(?: results| news| stories)?|afficher plus(?: de résultats)?|voir plus de résultats|"
    r"mehr laden|weitere (?:ergebnisse|meldungen) laden|cargar más|ver más resultados|carica altri|mostra altri|"
    r"(?:first|erste|première)?\s*[‹«<]?\s*(?:previous|zurück|précédente?|anterior|precedente)?\s*"
    r"(?:page|seite|página|pagina) \d+(?: (?:of|von|sur|de|di) \d+)?\s*(?:(?:next|weiter|suivante?|siguiente|successiva)\s*[›»>]?)?"
    r"\s*(?:last|letzte|dernière)?|"
    r"(?:[\w ]{0,20} )?(?:\d+ ){2,}(?:… ?\d+ )?(?:next|weiter|suivant|siguiente|successivo)\s*[›»>]?)$")
_FIELD = re.compile(r"^[A-ZÄÖÜÉ][\w'’-]*(?: [\w'’-]+)? ?: \S")
_FILTER = re.compile(r"(?i)^(?:filter(?: by)?(?: \w+)?|filtern nach|filtrer par|filtrar por|filtra per)\s*:\s*\S.{0,100}$")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?:\+\d{1,3}[\s(]{1,2}\d[\d\s()/-]{5,}\d|\b(?:tel|tél|phone|telefon|téléphone|teléfono)\b\.?\s*:?\s*[+(]?\d[\d\s/-]{5,}\d)", re.I)
_ADDRESS = re.compile(r"[,·–-] [^,·–]{2,40} \d{1,4}[a-z]?\s?[,·–-] (?:[A-Z]{1,2}-)?\d{4,5} [A-ZÄÖÜ][\w-]+(?: [\w-]+)?$")
_FILE_SIZE = re.compile(r"\b(?:pdf|docx?|xlsx?|pptx?|zip|csv)\b.{0,40}\d+(?:[.,]\d+)?\s?(?:[kKMG]B|[KMG]o|kb)\b|"
                        r"\d+(?:[.,]\d+)?\s?(?:[kKMG]B|[KMG]o)\b.{0,20}\b(?:pdf|docx?|xlsx?|slides|video)\b", re.I)
_NOTICE = re.compile(
    r"(?i)\b(?:(?:this (?:website|site)|we) uses? cookies|nous utilisons des (?:cookies|témoins)|wir verwenden cookies|"
    r"diese (?:website|seite) verwendet cookies|utilizamos cookies|utilizziamo (?:i )?cookie|usamos cookies|"
    r"réservé aux abonnés|limite d'articles gratuits|nur für abonnenten|exklusiv für abonnenten|exclusivo para suscriptores|"
    r"riservato agli abbonati|subscribe to (?:read|continue)|to unsubscribe|zum abmelden|vom newsletter abmelden|"
    r"pour (?:vous )?(?:désabonner|désinscrire)|para darse de baja|per (?:disiscriverti|annullare l'iscrizione)|"
    r"view (?:this (?:e-?mail|newsletter) )?in (?:your |a )?browser|im browser (?:öffnen|ansehen|anzeigen|lesen)|"
    r"(?:e-?mail|nachricht|newsletter) (?:wird )?nicht (?:richtig|korrekt) (?:dargestellt|angezeigt)|"
    r"(?:afficher|voir|lire) (?:ce (?:message|courriel|mail) )?dans (?:le|votre) navigateur|ver en (?:el|tu|su) navegador|"
    r"(?:visualizza|apri|leggi) nel browser|ver no navegador|nicht zur weitergabe|not for (?:distribution|circulation)|"
    r"for internal use only|ne pas diffuser|(?:you (?:are )?receiv(?:ed|ing) this|sie erhalten diese[nr]? )"
    r"(?:e-?mail|newsletter|nachricht)?.{0,40}\b(?:because|weil)|vous recevez ce(?:t|tte)? (?:e-?mail|courriel|lettre|message))")
# a publisher's legal line at a page's foot ('X is a registered charity in England and Wales (no. …)')
_LEGAL_NOTICE = re.compile(
    r"(?i)\b(?:(?:is )?a registered charity|registered as a charity|charitable company|company limited by guarantee|"
    r"registered (?:in england|office)|handelsregister|registergericht|amtsgericht [\w-]+,? hrb|siège social|"
    r"société (?:anonyme|par actions simplifiée) au capital|all rights reserved|alle rechte vorbehalten|"
    r"tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|"
    r"does not constitute (?:legal|investment|financial|tax) advice|authori[sz]ed and regulated by|"
    r"for professional (?:clients|investors) only|this (?:e-?mail|message) originated from outside)\b")
# a row of a price table ('TTF Jan-27  €31.42/MWh  ▲ 0.6%'): an arrow of change, or numbers in wide-gapped columns
_ARROW = re.compile(r"[▲▼▴▾△▽]")
_NUMBER = re.compile(r"[-+−]?[$€£]?\d[\d.,]*\s?(?:%|[$€£]|p\b|/\w+)?")
_MEDIA_HEAD = re.compile(
    r"(?i)^(?:[\w'’.-]+ ){0,3}(?:in the (?:media|news|press)|in den medien|in der presse|dans les médias|dans la presse|"
    r"en los medios|en la prensa|nei media|sulla stampa|na (?:mídia|imprensa))$|^(?:across the web|elsewhere on the web|"
    r"ailleurs dans les médias|ailleurs sur le web)$")
_CRUMBS = re.compile(r"^[^\W\d_][^>›»\n\d]{1,39}(?: [>›»] [^\W\d_][^>›»\n\d]{1,39}){1,5}$")   # (no digit: 'Inflation > 5%')
_FEEDBACK = re.compile(r"(?i)^(?:was this|¿?(?:te|le) (?:fue|ha sido)|¿esta información|cette (?:page|information)|"
                       r"war diese|questa (?:pagina|informazione)).{0,40}(?:helpful|útil|utile|hilfreich)\s*\??\s*"
                       r"(?:yes|sí|si|oui|ja|sì)\s+(?:no|non|nein)$")
# 'Share this brief', 'Share  Republish this article'; not 'Share prices fall'
_SHARE = re.compile(r"(?i)^(?:share|teilen|partager|compartir|condividi|partilhar)(?:\s+(?:this|on|via|the|article|brief|"
                    r"story|page|post|republish|print|e-?mail|facebook|twitter|x|linkedin|whatsapp|bluesky|link|copy|"
                    r"cet|artikel|dieser|diesen|esta|questo|articolo|noticia|notícia)){0,4}$")
# the marker alone on the line, or before the sponsor's name ('SPONSORED CONTENT from X'), not
# 'Werbung für Abtreibung: …', a headline
_AD = re.compile(r"(?i)^(?:sponsored(?: content| post)?|paid (?:content|post)|partner content|advertisement|"
                 r"anzeige|werbung|publicité|contenu sponsorisé|publicidad|contenido patrocinado|pubblicità|"
                 r"contenuto sponsorizzato|publicidade|conteúdo patrocinado)(?:\s*$|\s*[:|·—–]|\s+(?:by|from|von|par|de|di|da)\s)")
_WORDS = re.compile(r"\w+")
_AT_OR_DIGIT = re.compile(r"[@\d]")
_FIELDS = "a row of 'Label: value' fields (filters, credits)"
_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\s]*\)")   # a Markdown link: its text


def _parts(line: str) -> list[str]:
    return [p.strip() for p in _GAP.split(line) if p.strip()]


def line_kind(line: str) -> str:
    """What kind of page furniture this line is, or ''."""
    s = line.strip()
    parts = _parts(s)
    if len(parts) >= 2 and sum(bool(_LEGAL.match(p)) for p in parts) >= 2:
        return "a row of the site's legal and service links"
    if _PAGER.match(" ".join(s.split())):
        return "a pager or a count of results"
    if len(parts) >= 2 and all(_FIELD.match(p) and len(_WORDS.findall(p)) <= 6 for p in parts) or _FILTER.match(s):
        return _FIELDS
    if _EMAIL.search(s) or _PHONE.search(s) or _ADDRESS.search(s):
        return "a contact or an address"
    if _FILE_SIZE.search(s) and len(_WORDS.findall(s)) <= 10:
        return "a download's label"
    if _NOTICE.search(s):
        return "a notice of the site or the e-mail (cookies, paywall, subscription, view in browser)"
    if _LEGAL_NOTICE.search(s) and len(_WORDS.findall(s)) <= 40:
        return "the publisher's legal notice"
    if len(s) <= 80 and len(_NUMBER.findall(s)) >= 2 and len(re.findall(r"[^\W\d_]{2,}", s)) <= 6 \
            and re.search(r"[%$€£]", s) and (_ARROW.search(s) or len(re.findall(r"\S\s{2,}\S", s)) >= 2):
        return "a row of a price table"
    if len(s) <= 60 and _MEDIA_HEAD.search(s):
        return "the heading of a press-coverage section"
    if _CRUMBS.match(s) and all(len(_WORDS.findall(p)) <= 4 for p in re.split(r" [>›»] ", s)):
        return "a breadcrumb trail"
    if _FEEDBACK.match(s) or _SHARE.match(s):
        return "a page control"
    return ""


_CONTROL = re.compile(r"^[^\w\s\"'“«‘(\[]{1,2}\s*[^\W\d_][\w'’ -]{0,30}$")   # '☆ Guardar', '✓ Mark as read', '↗ Open'


def control_row(line: str) -> bool:
    """A row of a reader app's controls, each a pictogram and a word or three ('☆ Guardar   ✓ Marcar
    como leído   ↗ Abrir', '♡ Like  ↻ Share  💬 Reply'): read as a line of text it ended one item
    and, as an item of its own, took the next item's outlet line for its trailing one."""
    if not line or line[0].isalnum() or line[0].isascii():
        return False   # (a pictogram opens it: not '| Kondele | Kisumu |', a table's row)
    # ('☆  Archive  Share  ⋯': the pictogram before the first only, apart from it or not; a folder's
    # path, '📁 Lesezeichenleiste › Arbeit › Gesundheit', heads the items under it: not split at '›')
    parts = [p.strip() for p in re.split(r"\s{2,}|\s[|·•∙]\s", line) if p.strip()]
    if len(parts) >= 3 and not _WORDS.search(parts[0]):
        parts = [f"{parts[0]} {parts[1]}", *parts[2:]]
    return len(parts) >= 2 and bool(_CONTROL.match(parts[0])) and len(_WORDS.findall(line)) <= 8 \
        and all(len(_WORDS.findall(p)) <= 4 and not p.endswith((".", "!", "?")) and not p.isdigit() for p in parts)   # (a pager's numbers: pagers.py)


def field_row(line: str) -> bool:
    """Three 'Label: value' fields or more in one line, set apart by bars or wide gaps: a clipping's
    figures ('Auflage: 101.240 | Reichweite: 0,28 Mio. | Wörter: 116'), a press log's ratings ('Tone:
    Negative | Spokesperson: … | Reach: 9.8m'). No story's line."""
    if line.count(":") < 3:
        return False
    parts = [p.strip() for p in re.split(r"\s{2,}|\s[|·•∙]\s", line) if p.strip()]
    return len(parts) >= 3 and all(_FIELD.match(p) and len(_WORDS.findall(p)) <= 8 for p in parts)


def contact_line(line: str) -> bool:
    """A line of contact details ('Ansprechpartnerin: Dr. Lena Voigt, Referat Netzwirtschaft, Tel. 0341 …',
    'Media team · media@example.org · 020 7555 0190'): an e-mail address or a telephone number in a
    line of 25 words at most that is no sentence of a story (a story's line under its headline
    would otherwise be taken for its dek, or its title)."""
    return bool(_AT_OR_DIGIT.search(line) and (_EMAIL.search(line) or _PHONE.search(line))
                and len(_WORDS.findall(line)) <= 25)   # (cheapest test first: asked of every line of a page)


def item_kind(title: str, body: str) -> str:
    """The kind of page furniture an item is, when every line of it is furniture (an advertisement:
    when its first line says so), or ''. Asked of every item: the cheap refusals first (a story's
    text runs past MOST_WORDS; its first line is no furniture)."""
    if len(body) > 12 * MOST_WORDS and body.count(" ") > MOST_WORDS:
        return ""
    body = _LINK.sub(r"\1", body) if "](" in body else body
    lines = [l for l in body.splitlines() if l.strip()]
    if " ".join(title.split()) not in " ".join(body.split()):   # (a title of its own, not cut from the text)
        lines.insert(0, title)
    if len(_WORDS.findall(" ".join(lines))) > MOST_WORDS:
        return ""
    if _AD.match(title.strip()):
        return "an advertisement"
    if len(lines) >= 2 and all(_FIELD.match(l.strip()) and len(_WORDS.findall(l)) <= 6 for l in lines):
        return _FIELDS   # (a row whose wide gaps the reader made paragraphs of)
    first = ""
    for l in lines:   # (each line furniture, or no kind at all: the first that is none ends the search)
        kind = line_kind(l)
        if not kind:
            break
        first = first or kind
    else:
        return first
    if 2 <= len(lines) <= 8 and all(len(_WORDS.findall(l)) <= 4 for l in lines):
        return line_kind("  ".join(l.strip() for l in lines))   # (a table's row, its cells made paragraphs)
    return ""
