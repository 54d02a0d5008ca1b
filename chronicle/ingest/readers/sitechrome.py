"""A web page's own chrome, copied with its list of items: the cookie banner ('Cookies on X' / 'We use
some essential cookies …' / 'Accept additional cookies   Reject additional cookies', or its 'Close'
button; 'Wir verwenden Cookies', 'Nous utilisons des cookies' (in Québec 'des témoins'), 'Utilizamos cookies', 'Utilizziamo i cookie', 'Wij gebruiken
cookies') and the feedback box under the list ('Is this page useful?  Yes  No', 'War diese Seite
hilfreich?', 'Cette page vous a-t-elle été utile ?', '¿Le ha resultado útil esta página?', 'Questa
pagina ti è stata utile?', 'Was deze pagina nuttig?'). Read as lines, the banner's title and text
made an item, its buttons another. So is an item's action bar ('☆ Save   ✉ Email   ⤴ Share', 'Teilen ·
Merken', an alert's 'Save · Share · Flag as irrelevant', a monitoring alert's 'Open   Mute this source'). Each is page furniture (reported), never an item."""
from __future__ import annotations

import re

from ..lines import Line

# a line of the banner: it speaks of cookies, or it is its buttons
_COOKIES = re.compile(r"(?i)\b(?:cookies?|témoins?)\b")   # (Québec French: 'témoins')
_CONSENT = re.compile(r"(?i)^(?:(?:accept|reject|allow|deny|decline|manage|view|set|change|customi[sz]e) (?:all |additional |optional |essential |"
                      r"analytics )?(?:cookies?(?: settings| preferences)?|settings|preferences)|(?:alle )?(?:akzeptieren|ablehnen)|einstellungen|"
                      r"(?:tout )?(?:accepter|refuser)|paramétrer|personnaliser|(?:aceptar|rechazar)(?: todas?)?|configurar|"
                      r"(?:accetta|rifiuta)(?: tutti)?|personalizza|(?:alles )?(?:accepteren|weigeren)|instellingen|"
                      r"(?:accept|reject|allow|deny|decline) (?:all|additional|optional|essential|necessary|analytics)|"
                      r"accept(?: all)?|reject(?: all)?|i agree|got it|ok|close|fermer|schließen|cerrar|chiudi|sluiten|"
                      r"einverstanden|j['’]accepte|d['’]accord|paramètres|acepto|de acuerdo|ajustes|accetto|impostazioni|akkoord)$")   # (or its close button)
_BUTTONS = re.compile(r"\s{2,}|\s*[|·]\s*")
_SENTENCE_END = re.compile(r"[.!?]\s+(?:\S+\s){0,2}\S+$")   # (the text's last sentence, then the first button glued on)
# the feedback box: its question, and what follows on its line (its buttons, 'Report a problem …')
_USEFUL = re.compile(r"(?i)^(?:is this page useful|was this (?:page|article) (?:useful|helpful)|did you find (?:this|what you)|"
                     r"war (?:diese seite|dieser artikel) hilfreich|ist diese seite nützlich|"
                     r"(?:cette page|cet article) vous a-t-(?:elle|il) été utile|avez-vous trouvé|"
                     r"¿?(?:le|te) (?:ha )?resultado útil (?:esta página|este artículo)|¿?(?:fue|es) útil esta página|"
                     r"(?:questa pagina|questo articolo) (?:ti|le) è stat[ao] utile|hai trovato|"
                     r"was (?:deze pagina|dit artikel) (?:nuttig|behulpzaam)|heeft deze pagina)\b.{0,120}$")
# an item's action bar ('☆ Save   ✉ Email   ⤴ Share', 'Teilen · Merken', 'Translate · Share'): its words all actions
_ACTIONS = frozenset("""save share email e-mail mail print like comment comments reply bookmark copy link tweet follow listen
teilen merken drucken kommentieren speichern kopieren partager enregistrer imprimer commenter copier lien écouter
compartir guardar imprimir comentar copiar enlace escuchar condividi salva stampa commenta copia ascolta
delen opslaan bewaar printen reageren kopiëren luister whatsapp facebook twitter x bluesky reddit linkedin telegram
translate übersetzen traduire traducir traduci vertalen traduzir folgen suivre seguir segui volgen""".split())
# a monitoring alert's buttons under each result: open it, or stop results from its source ('Open   Mute this source')
_OPEN = frozenset("open view öffnen ansehen ouvrir voir abrir ver apri vedi openen bekijk".split())
_MUTE = re.compile(r"(?i)^(?:(?:mute|block|hide|unfollow|ignore) (?:this )?(?:source|site|outlet|publisher)|(?:diese )?quelle "
                   r"(?:stummschalten|blockieren|ausblenden)|(?:masquer|bloquer|ignorer) cette source|ne plus suivre cette source|"
                   r"(?:silenciar|bloquear|ocultar) (?:esta )?fuente|(?:silenzia|blocca|nascondi) (?:questa )?fonte|"
                   r"(?:deze )?bron (?:dempen|blokkeren|verbergen))$")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")   # ('E-Mail' one word)
_PARTS = re.compile(r"\s*[·•|]\s*|\s{2,}")
_TEXT = ("prose", "head")


def mark(ls: list[Line]) -> int:
    """Mark the cookie banner's and the feedback box's lines as furniture, in place; how many."""
    n = 0
    for k, l in enumerate(ls):
        if l.kind not in _TEXT or len(l.text) > 240:
            continue
        t = l.text
        cookies = ("ookie" in t or "OOKIE" in t or "émoin" in t) and _COOKIES.search(t)
        if _USEFUL.match(t) or cookies and _banner(ls, k) or _buttons(t) or _actions(t):
            l.kind, n = "furn", n + 1
    return n


def _buttons(text: str) -> bool:
    """'Accept additional cookies   Reject additional cookies   View cookies', 'Alle akzeptieren | Einstellungen'."""
    if not ("  " in text or "|" in text or "·" in text):
        return False   # (one part: no buttons)
    parts = [p for p in _BUTTONS.split(text.strip()) if p]
    return len(parts) >= 2 and all(_CONSENT.match(p) for p in parts)


def _banner(ls: list[Line], k: int) -> bool:
    """A line on cookies in the banner: its block, or the one after it, holds the buttons (a news item
    on cookie rules has none), or the line ends with them ('… how it is used. Accept all   Reject optional')."""
    tail = _BUTTONS.split(ls[k].text.strip())
    if len(tail) >= 3 and all(_CONSENT.match(p) for p in tail[-2:]) and _SENTENCE_END.search(tail[-3]):
        return True
    glued = _SENTENCE_END.search(tail[-2]) if len(tail) >= 2 and _CONSENT.match(tail[-1]) else None
    if glued and _CONSENT.match(glued[0][1:].strip()):   # ('… relevant ads. Accept all   Manage preferences')
        return True
    for j in range(k, min(len(ls), k + 4)):
        if _buttons(ls[j].text) or _CONSENT.match(ls[j].text.strip()):
            return True
    return False


def _actions(text: str) -> bool:
    first = _WORD.search(text) if len(text) <= 80 else None
    if first is not None and first[0].lower() in _OPEN | _ACTIONS and _alert_bar(text):
        return True
    if first is None or first[0].lower() not in _ACTIONS:
        return False   # (most lines open with another word)
    found = _WORD.findall(text.lower())
    if len(found) >= 2 and all(w in _ACTIONS for w in found):
        return True
    # an alert's or a feed's bar with a feedback button among the actions ('Follow · Share · Not
    # relevant', 'Folgen · Teilen · Nicht relevant'): three parts or more, two of them actions
    parts = [p.strip().lower() for p in _PARTS.split(text) if p.strip()]
    if len(parts) >= 3 and all(len(_WORD.findall(p)) <= 3 for p in parts) and sum(p in _ACTIONS for p in parts) >= 2:
        return True
    # 'Enregistrer · Partager · Ne plus suivre cette source', 'Save · Share · Flag as irrelevant': an alert's
    # bar, its buttons each a word but the last a short phrase
    parts = [p.strip().lower() for p in _BUTTONS.split(text.strip()) if p.strip()]
    single = [p for p in parts if p in _ACTIONS]
    return len(parts) >= 3 and len(single) >= 2 and parts[0] in _ACTIONS and all(len(p.split()) <= 6 for p in parts)


def _alert_bar(text: str) -> bool:
    parts = [p.strip() for p in _BUTTONS.split(text.strip()) if p.strip()]
    return len(parts) >= 2 and any(_MUTE.match(p) for p in parts) and all(
        _MUTE.match(p) or p.lower() in _OPEN | _ACTIONS for p in parts)
