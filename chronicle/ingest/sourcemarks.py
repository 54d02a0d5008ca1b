"""A source line whose label is joined to the outlet by an arrow ('Source ➜ Daily Nation', 'Quelle →
dpa') or stands in parentheses on a line of its own ('(Source: Mint, June 6)') or says where a monitoring service found the item ('Found in: Punch (punchng.com)', 'Gefunden
in: Die Zeit') or that only says where it came from ('via RTÉ News', 'vía Clarín'): read as the plain 'Source: Outlet' it means, the site's address after a name dropped
(the name is the outlet's)."""
from __future__ import annotations

import re

from .monthnames import MONTHS
from .when import Found, folded

_ARROWS = "➜➔→⇒►▶➤»>"
_MARKED = re.compile(r"(?i)^(?:(?:sources?|quelle|fuente|fonte|bron)\s*[" + _ARROWS + r"]+|"
                     r"\(\s*(?:sources?|quelle|fuente|fonte|bron)\s*:|(?:(?:found|seen|spotted) (?:in|on)|"
                     r"gefunden (?:in|bei|auf)|trouvé (?:dans|sur)|encontrado en|trovato (?:in|su)|gevonden (?:in|op))\s*:)"
                     r"\s*(?P<rest>\S.*)$")   # (a colon after 'Found in': 'Found in the attic' is a sentence)
# 'Punch (punchng.com)': the name, then its site's address
_NAME_SITE = re.compile(r"^(?P<name>\S.*?\S)\s*\((?:www\.)?[\w-]+(?:\.[\w-]+)+\)(?P<after>.*)$")


# 'via RTÉ News': a capitalised name after it (a sentence's 'via the bypass' is no source)
_VIA = re.compile(r"(?i:via|vía)\s+(?P<rest>[A-ZÀ-Ý\d].*)$")
# '(via Punch)': the same in brackets, a line of its own under the text
_BRACKETED = re.compile(r"^[(\[]((?i:via|vía)\s+[^()\[\]]+)[)\]]$")


# a news app's share text signing the link above it ('Shared from the BBC News app', 'Download the
# Guardian app: https://…', 'Geteilt aus der tagesschau-App'): the app's outlet
_SHARED = re.compile(r"(?i)^(?:shared (?:from|via|with)|download|get|geteilt (?:aus|über|mit)|lade|partagé (?:depuis|via|avec)|"
                     r"téléchargez|compartido (?:desde|con|vía|via)|descarga|condiviso (?:da|con|tramite)|scarica)\s+"
                     r"(?:the |der |die |das |l['’]|la |le |el |la )?(?!(?:the|der|die|das|la|le|el|our|unsere?|notre|nuestra|la nostra)[\s-]+app)(?P<rest>\S.{1,50}?)[\s-]+(?:app|application|aplicación|applicazione)"
                     r"(?:\s+(?:herunter|runter))?\s*(?::\s*\S+)?\s*$")


# the words such a line starts with (every pattern above is anchored at the line's start)
_STARTS = ("(", "[", "source", "quelle", "fuente", "fonte", "bron", "found", "seen", "spotted", "gefunden", "trouvé",
           "encontrado", "trovato", "gevonden", "via", "vía", "shared", "download", "get", "geteilt", "lade", "partagé",
           "téléchargez", "compartido", "descarga", "condiviso", "scarica")


def marked(text: str) -> bool:
    # (asked of every line of a page: most are longer than any such mark, or start otherwise)
    if len(text) > 122 or not text[:12].lower().startswith(_STARTS):
        return False
    text = _BRACKETED.sub(r"\1", text) if text[:1] in "([" else text
    return len(text) <= 120 and bool(_MARKED.match(text) or _VIA.match(text) or _SHARED.match(text))


def plain(text: str) -> str:
    """'Source ➜ X, 11 September' -> 'Source: X, 11 September'; 'Found in: X (x.com) · 15 Sep' -> 'Source: X · 15 Sep';
    any other line as it is."""
    text = _BRACKETED.sub(r"\1", text)
    m = (_MARKED.match(text) or _VIA.match(text) or _SHARED.match(text)) if marked(text) else None
    if not m:
        return text
    rest = m["rest"].rstrip(") ") if text.startswith("(") else m["rest"]   # ('(Source: X, June 6)': a note closing a paragraph)
    site = _NAME_SITE.match(rest)
    return "Source: " + (site["name"] + site["after"] if site else rest)


# a day and month closing a source line, each number with its dot ('→ Ärzteblatt, 10.4.'): German
# pages print the yearless date so; without the closing dot '10.4' may be a clock time or a version
_DOTTED_TAIL = re.compile(r",\s*(?P<day>0?[1-9]|[12]\d|3[01])\.(?P<month>0?[1-9]|1[0-2])\.\s*$")
_LABELLED = re.compile(r"(?i)^(?:sources?|quelle|fuente|fonte|bron|read|lesen|lire|leer|leia|leggi|lees)\s*:\s*\S")
# a day and a month's name closing such a line ('Bron: AD, 13 mei', 'Read: X, 16 May', 'Quelle: X, 9. Mai'):
# after the outlet's comma a date, though alone 'mei', 'may' or 'mar' may be a common word
_NAMED_TAIL = re.compile(r",\s*(?:(?P<day>0?[1-9]|[12]\d|3[01])\.?\s+(?P<mon>[^\W\d]{3,10})|(?P<mon2>[^\W\d]{3,10})\.?\s+"
                         r"(?P<day2>0?[1-9]|[12]\d|3[01]))\.?\s*$")


def dotted_tail(text: str, marker: str = "") -> list:
    """[the yearless date] closing a source line under an arrow or a label ('→ X, 10.4.', 'Quelle: X,
    9.4.', 'Bron: X, 13 mei'), else []."""
    if not (marker in _ARROWS and marker or _LABELLED.match(text) or marked(text)):
        return []
    m = _DOTTED_TAIL.search(text) if text[-1:] == "." else None
    if m:
        return [Found("dmy", m.start("day"), m.end(), None, month=int(m["month"]), day=int(m["day"]))]
    m = _NAMED_TAIL.search(text) if "," in text else None
    month = MONTHS.get(folded(m["mon"] or m["mon2"]).lower().rstrip(".")) if m else None
    if not month:
        return []
    at = "day" if m["day"] else "mon2"
    return [Found("dmy", m.start(at), m.end(), None, month=month, day=int(m["day"] or m["day2"]))]


# what stands before that date: a name, or what the item reports 'via' a name ('vdek-Auswertung via
# Süddeutsche Zeitung': the outlet is the one it came through)
_ARROW_NAME = re.compile(r"^(?:[^,]{1,40}?\s(?:via|vía)\s+)?(?P<name>[^\W\d][\w.&'’ -]{1,40}?),\s*\d")


def arrow_outlet(text: str, marker: str) -> str:
    """The outlet of a source line under an arrow closing with its date ('→ Allgäuer Zeitung, 9.4.'),
    a capitalised name of at most five words (an arrow's line of prose has a verb and more words)."""
    m = _ARROW_NAME.match(text) if marker in _ARROWS and marker and dotted_tail(text, marker) else None
    name = m["name"].strip() if m else ""
    return name if name[:1].isupper() and len(name.split()) <= 5 else ""
